package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void aPageIsOneHtmlArticleNamedAfterTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><body><p>Caf\u00e9</p></body></html>");
        CollectingSink sink = new CollectingSink();
        new HtmlFileReader().read(file, sink);
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("page.html");
            assertThat(a.content()).contains("<p>Caf\u00e9</p>");
            assertThat(a.type()).isEqualTo(RawArticle.ContentType.HTML);
        });
    }

    @Test
    void aPageThatIsNotUtf8IsReadInTheCharsetItsMetaTagDeclares() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041c\u043e\u0441\u043a\u0432\u0430</p>";
        Path file = Files.write(dir.resolve("ru.htm"), html.getBytes(Charset.forName("windows-1251")));
        CollectingSink sink = new CollectingSink();
        new HtmlFileReader().read(file, sink);
        assertThat(sink.articles.get(0).content()).contains("\u041c\u043e\u0441\u043a\u0432\u0430");
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() throws Exception {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>na\u00efve</p>";
        Path file = Files.write(dir.resolve("liar.html"), html.getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = new CollectingSink();
        new HtmlFileReader().read(file, sink);
        assertThat(sink.articles.get(0).content()).contains("na\u00efve");
    }
}
