package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path dir;

    @Test
    void aFolderIsWalkedInSortedOrderWithoutHiddenFilesAndBadFilesAreProblems() throws Exception {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.createDirectories(dir.resolve(".git"));
        Path a = Files.writeString(dir.resolve("a.txt"), "First article.");
        Path page = Files.writeString(dir.resolve("b/page.html"), "<p>Second article.</p>");
        Path lines = Files.writeString(dir.resolve("b/deeper/more.jsonl"), "{\"name\": \"third\", \"text\": \"Third.\"}\n");
        Path binary = Files.write(dir.resolve("b/photo.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        Path empty = Files.write(dir.resolve("b/empty.txt"), new byte[0]);
        Files.writeString(dir.resolve(".hidden.txt"), "Not read.");
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");

        assertThat(Sources.files(List.of(dir))).containsExactly(a, lines, empty, page, binary);

        CollectingSink sink = new CollectingSink();
        Sources.read(List.of(dir), sink);
        assertThat(sink.articles).extracting(RawArticle::name).containsExactly("a.txt", "third", "page.html");
        assertThat(sink.problems).containsExactly(empty + ": empty file", binary + ": binary content, not text");
    }

    @Test
    void aMissingPathIsAnErrorThatNamesIt() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> Sources.files(List.of(missing)))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void xmlFilesAreReadAsFeedsWhenTheirRootIsAFeed() throws Exception {
        Path rss = Files.writeString(dir.resolve("news.xml"), """
                <?xml version="1.0"?>
                <!-- exported -->
                <rss version="2.0"><channel><title>t</title><link>https://n.example/</link><description>d</description>
                <item><title>One</title><link>https://n.example/1</link><description>Body.</description></item>
                </channel></rss>
                """);
        Path other = Files.writeString(dir.resolve("catalog.xml"), "<?xml version=\"1.0\"?><catalog/>");
        CollectingSink sink = new CollectingSink();
        Sources.read(List.of(rss, other), sink);
        assertThat(sink.articles).extracting(RawArticle::url).containsExactly("https://n.example/1");
        assertThat(sink.problems).containsExactly(other + ": XML with root <catalog>, not an RSS or Atom feed");
    }

    @Test
    void aFileWithoutExtensionIsTextUnlessItStartsLikeAPage() throws Exception {
        Path text = Files.writeString(dir.resolve("README"), "Plain words.");
        Path page = Files.writeString(dir.resolve("saved"), "\n<!DOCTYPE html><html><body><p>Hi</p></body></html>");
        CollectingSink sink = new CollectingSink();
        Sources.read(List.of(text, page), sink);
        assertThat(sink.articles).extracting(RawArticle::type)
                .containsExactly(RawArticle.ContentType.TEXT, RawArticle.ContentType.HTML);
    }
}
