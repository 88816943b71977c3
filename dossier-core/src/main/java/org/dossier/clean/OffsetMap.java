package org.dossier.clean;

import java.util.Arrays;
import org.dossier.model.Span;

/**
 * Maps offsets of a cleaned text back to the raw text it was made from. The cleaned text is a sequence of pieces,
 * each either a copy of a raw range (offsets map one to one) or an inserted or replaced string (a paragraph break,
 * a repaired character), whose inner offsets map to the start of the raw range it stands for.
 * Immutable; build one with {@link Builder}.
 */
public final class OffsetMap {
    /** Per piece: clean start, raw start, clean length, raw length. */
    private final int[] cleanStart, rawStart, cleanLength, rawLength;

    private OffsetMap(int[] cleanStart, int[] rawStart, int[] cleanLength, int[] rawLength) {
        this.cleanStart = cleanStart;
        this.rawStart = rawStart;
        this.cleanLength = cleanLength;
        this.rawLength = rawLength;
    }

    /** The map of a text that is its own raw text. */
    public static OffsetMap identity(int length) {
        return new Builder().copy(0, length).build();
    }

    /** The raw offset of clean offset {@code offset}; an offset at the very end maps to the end of the last piece. */
    public int toRaw(int offset) {
        int n = cleanStart.length;
        if (n == 0)
            return 0;
        int i = Arrays.binarySearch(cleanStart, offset);
        if (i < 0)
            i = -i - 2;
        if (i < 0)
            return rawStart[0];
        // several zero-length pieces may share a start: take the last one that begins here
        while (i + 1 < n && cleanStart[i + 1] == offset)
            i++;
        int into = offset - cleanStart[i];
        if (into >= cleanLength[i])
            return rawStart[i] + rawLength[i];
        return cleanLength[i] == rawLength[i] ? rawStart[i] + into : rawStart[i];
    }

    /** The raw span of a clean span. */
    public Span toRaw(Span span) {
        int start = toRaw(span.start());
        int end = span.end() == span.start() ? start : toRawEnd(span.end());
        return new Span(start, Math.max(start, end));
    }

    /** Maps an exclusive end offset: the end of the piece that holds the last character. */
    private int toRawEnd(int end) {
        int last = end - 1;
        int i = Arrays.binarySearch(cleanStart, last);
        if (i < 0)
            i = -i - 2;
        if (i < 0)
            return toRaw(end);
        int into = last - cleanStart[i];
        if (cleanLength[i] == rawLength[i])
            return rawStart[i] + into + 1;
        return rawStart[i] + rawLength[i];
    }

    /**
     * This map followed by {@code inner}: when this map leads from a cleaned text to an intermediate text and
     * {@code inner} from the intermediate text to the raw one, the result leads from the cleaned text to the raw.
     */
    public OffsetMap then(OffsetMap inner) {
        Builder b = new Builder();
        for (int i = 0; i < cleanStart.length; i++) {
            if (cleanLength[i] != rawLength[i]) {
                Span raw = inner.toRaw(new Span(rawStart[i], rawStart[i] + rawLength[i]));
                b.add(cleanLength[i], raw.start(), raw.length());
                continue;
            }
            // a copied piece may cross pieces of the inner map: split it there
            int pos = 0;
            while (pos < cleanLength[i]) {
                int mid = rawStart[i] + pos;
                int j = inner.pieceAt(mid);
                int take = cleanLength[i] - pos;
                if (j >= 0) {
                    int end = inner.cleanStart[j] + inner.cleanLength[j];
                    take = Math.max(1, Math.min(take, end - mid));
                    if (inner.cleanLength[j] == inner.rawLength[j])
                        b.add(take, inner.rawStart[j] + (mid - inner.cleanStart[j]), take);
                    else
                        b.add(take, inner.rawStart[j], inner.rawLength[j]);
                } else {
                    b.add(take, inner.toRaw(mid), take);
                }
                pos += take;
            }
        }
        return b.build();
    }

    private int pieceAt(int offset) {
        int i = Arrays.binarySearch(cleanStart, offset);
        if (i < 0)
            i = -i - 2;
        while (i >= 0 && i + 1 < cleanStart.length && cleanStart[i + 1] == offset)
            i++;
        return i >= 0 && offset < cleanStart[i] + cleanLength[i] ? i : -1;
    }

    /** The pieces as a flat array of (clean start, raw start, clean length, raw length), for storage. */
    public int[] toArray() {
        int[] out = new int[cleanStart.length * 4];
        for (int i = 0; i < cleanStart.length; i++) {
            out[4 * i] = cleanStart[i];
            out[4 * i + 1] = rawStart[i];
            out[4 * i + 2] = cleanLength[i];
            out[4 * i + 3] = rawLength[i];
        }
        return out;
    }

    /** Reads what {@link #toArray()} wrote. */
    public static OffsetMap fromArray(int[] flat) {
        if (flat.length % 4 != 0)
            throw new IllegalArgumentException("offset map of " + flat.length + " ints is not a multiple of 4");
        Builder b = new Builder();
        for (int i = 0; i < flat.length; i += 4)
            b.add(flat[i + 2], flat[i + 1], flat[i + 3]);
        return b.build();
    }

    /** Builds a map piece by piece, in the order the cleaned text is written. */
    public static final class Builder {
        private int[] data = new int[64];
        private int pieces, cleanLength;

        /** The next {@code length} characters of the cleaned text copy raw {@code [rawStart, rawStart+length)}. */
        public Builder copy(int rawStart, int length) {
            return add(length, rawStart, length);
        }

        /** The next {@code cleanLength} characters stand for raw {@code [rawStart, rawStart+rawLength)}. */
        public Builder add(int cleanLength, int rawStart, int rawLength) {
            if (cleanLength < 0 || rawStart < 0 || rawLength < 0)
                throw new IllegalArgumentException("Bad piece: clean length " + cleanLength + ", raw " + rawStart + "+" + rawLength);
            if (cleanLength == 0 && rawLength == 0)
                return this;
            // merge a copy that continues the previous copy
            if (pieces > 0 && cleanLength == rawLength) {
                int p = 4 * (pieces - 1);
                if (data[p + 2] == data[p + 3] && data[p + 1] + data[p + 3] == rawStart) {
                    data[p + 2] += cleanLength;
                    data[p + 3] += rawLength;
                    this.cleanLength += cleanLength;
                    return this;
                }
            }
            if (4 * pieces + 4 > data.length)
                data = Arrays.copyOf(data, data.length * 2);
            int p = 4 * pieces++;
            data[p] = this.cleanLength;
            data[p + 1] = rawStart;
            data[p + 2] = cleanLength;
            data[p + 3] = rawLength;
            this.cleanLength += cleanLength;
            return this;
        }

        public OffsetMap build() {
            int[] cs = new int[pieces], rs = new int[pieces], cl = new int[pieces], rl = new int[pieces];
            for (int i = 0; i < pieces; i++) {
                cs[i] = data[4 * i];
                rs[i] = data[4 * i + 1];
                cl[i] = data[4 * i + 2];
                rl[i] = data[4 * i + 3];
            }
            return new OffsetMap(cs, rs, cl, rl);
        }
    }
}
