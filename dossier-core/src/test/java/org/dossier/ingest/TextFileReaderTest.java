package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.clean.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsOneArticleNamedAfterTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("story.txt"), "Mayor resigns.\n\nThe mayor said on Monday...");
        CollectingSink sink = new CollectingSink();
        new TextFileReader().read(file, sink);
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("story.txt");
            assertThat(a.content()).isEqualTo("Mayor resigns.\n\nThe mayor said on Monday...");
            assertThat(a.type()).isEqualTo(RawArticle.ContentType.TEXT);
        });
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void aWindows1252FileIsDecodedAsSuch() throws Exception {
        Path file = Files.write(dir.resolve("old.txt"),
                "Caf\u00e9 \u201cowner\u201d said \u2013 no".getBytes(Charset.forName("windows-1252")));
        CollectingSink sink = new CollectingSink();
        new TextFileReader().read(file, sink);
        assertThat(sink.articles.get(0).content()).isEqualTo("Caf\u00e9 \u201cowner\u201d said \u2013 no");
    }

    @Test
    void anEmptyFileIsUnreadable() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> new TextFileReader().read(file, new CollectingSink()))
                .isInstanceOf(UnreadableInputException.class).hasMessage("empty file");
    }

    @Test
    void utf8WithAByteOrderMarkLosesTheMark() throws Exception {
        byte[] body = "Zo\u00eb".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        CollectingSink sink = new CollectingSink();
        new TextFileReader().read(Files.write(dir.resolve("bom.txt"), bytes), sink);
        assertThat(sink.articles.get(0).content()).isEqualTo("Zo\u00eb");
    }
}
