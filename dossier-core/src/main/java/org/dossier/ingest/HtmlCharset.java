package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.clean.TextDecoder;

/**
 * Decodes the bytes of an HTML page. Valid UTF-8 wins, as browsers' sniffing does in practice; otherwise the
 * charset the page declares in a {@code <meta>} tag is used, and without one {@link TextDecoder}'s Windows-1252
 * fallback.
 */
final class HtmlCharset {
    /** {@code <meta charset=x>} and {@code <meta http-equiv=Content-Type content="text/html; charset=x">}. */
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int HEAD = 4096;

    private HtmlCharset() {
    }

    /**
     * Decodes {@code bytes} as described above.
     *
     * @throws org.dossier.clean.UnreadableInputException when the bytes are empty, blank or binary
     */
    static String decode(byte[] bytes) {
        String text = TextDecoder.decode(bytes);
        if (isUtf8(bytes))
            return text;
        return declared(bytes).map(cs -> new String(bytes, cs)).orElse(text);
    }

    /** The supported charset a {@code <meta>} tag in the first bytes declares; UTF-16 and UTF-32 do not count. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find())
            return Optional.empty();
        return charset(m.group(1));
    }

    /** The charset named {@code name} when Java knows it and it can be declared in a page, else empty. */
    static Optional<Charset> charset(String name) {
        if (name == null || name.toLowerCase(Locale.ROOT).startsWith("utf-16")
                || name.toLowerCase(Locale.ROOT).startsWith("utf-32"))
            return Optional.empty();
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
