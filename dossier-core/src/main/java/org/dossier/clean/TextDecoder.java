package org.dossier.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article into text. UTF-8 is tried strictly first (with or without BOM); UTF-16 is taken
 * when a BOM says so; anything that is not valid UTF-8 is read as Windows-1252, the usual encoding of pages that
 * are not UTF-8 (it is a superset of Latin-1 for printable text). Binary and empty input is rejected with a reason,
 * because storing it would only pollute the record.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws UnreadableInputException when the bytes are empty, blank or look binary
     */
    public static String decode(byte[] bytes) {
        if (bytes.length == 0)
            throw new UnreadableInputException("empty file");
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8(bytes, 3);
            if (text == null)
                text = new String(bytes, 3, bytes.length - 3, WINDOWS_1252);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            if (looksBinary(bytes))
                throw new UnreadableInputException("binary content, not text");
            text = utf8(bytes, 0);
            if (text == null)
                text = new String(bytes, WINDOWS_1252);
        }
        if (text.isBlank())
            throw new UnreadableInputException("no text (only whitespace)");
        return text;
    }

    /** Binary files have NUL bytes or many control characters in their first kilobytes; text has neither. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0)
                return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
                control++;
        }
        return control > n / 20;
    }

    private static String utf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length)
            return false;
        for (int i = 0; i < prefix.length; i++)
            if ((bytes[i] & 0xFF) != prefix[i])
                return false;
        return true;
    }
}
