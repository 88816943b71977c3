package org.dossier.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text whose UTF-8 bytes were once decoded as Windows-1252, the commonest mojibake on the web:
 * {@code â€œ} back to {@code “}, {@code â€™} to {@code ’}, {@code Ã©} to {@code é}. A run is repaired only when
 * its characters, encoded back to Windows-1252, form exactly one valid UTF-8 character, so correct text is left
 * alone. A lost last byte (shown as U+FFFD, as for the undefined 0x9D of {@code ”}) is restored when the first two
 * bytes leave one common choice.
 */
public final class MojibakeRepair {
    /** Windows-1252 bytes 0x80..0x9F as the characters they decode to; unassigned ones stay C1 controls. */
    private static final String CP1252_HIGH =
            "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
                    + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

    private MojibakeRepair() {
    }

    /** The repaired text with a map from its offsets to those of {@code raw}. */
    public static Mapped repair(String raw) {
        StringBuilder out = null;
        OffsetMap.Builder map = new OffsetMap.Builder();
        int copiedUpTo = 0;
        for (int i = 0; i < raw.length(); i++) {
            int lead = raw.charAt(i);
            int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (continuations == 0)
                continue;
            String fixed = decodeRun(raw, i, continuations);
            if (fixed == null)
                continue;
            if (out == null)
                out = new StringBuilder(raw.length());
            out.append(raw, copiedUpTo, i);
            map.copy(copiedUpTo, i - copiedUpTo);
            out.append(fixed);
            map.add(fixed.length(), i, continuations + 1);
            copiedUpTo = i + continuations + 1;
            i = copiedUpTo - 1;
        }
        if (out == null)
            return new Mapped(raw, OffsetMap.identity(raw.length()));
        out.append(raw, copiedUpTo, raw.length());
        map.copy(copiedUpTo, raw.length() - copiedUpTo);
        return new Mapped(out.toString(), map.build());
    }

    /** The character that {@code raw[i..i+continuations]} was meant to be, or null if it is not mojibake. */
    private static String decodeRun(String raw, int i, int continuations) {
        if (i + continuations >= raw.length())
            return null;
        byte[] bytes = new byte[continuations + 1];
        bytes[0] = (byte) raw.charAt(i);
        for (int k = 1; k <= continuations; k++) {
            int b = toCp1252Byte(raw.charAt(i + k));
            // "â€" + U+FFFD: the undefined 0x9D of a right double quote was lost in decoding
            if (b < 0 && k == continuations && raw.charAt(i + k) == '\uFFFD' && bytes[0] == (byte) 0xE2 && bytes[1] == (byte) 0x80)
                b = 0x9D;
            if (b < 0x80 || b > 0xBF)
                return null;
            bytes[k] = (byte) b;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePointCount(0, s.length()) == 1 ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int toCp1252Byte(char c) {
        if (c >= 0xA0 && c <= 0xFF)
            return c;
        int k = CP1252_HIGH.indexOf(c);
        return k >= 0 ? 0x80 + k : -1;
    }

    /** A text with a map from its offsets to those of the text it was made from. */
    public record Mapped(String text, OffsetMap offsets) {
    }
}
