package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void readsUtf8WithOrWithoutBom() {
        byte[] body = "Kyiv – “quoted”".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertThat(TextDecoder.decode(body)).isEqualTo("Kyiv – “quoted”");
        assertThat(TextDecoder.decode(bom)).isEqualTo("Kyiv – “quoted”");
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() {
        byte[] cp1252 = "Elysée said “no”".getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(cp1252)).isEqualTo("Elysée said “no”");
    }

    @Test
    void rejectsEmptyBlankAndBinaryInputWithAReason() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("whitespace");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).hasMessageContaining("binary");
    }
}
