package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.clean.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void rssItemsBecomeArticlesPreferringFullContentToTheDescription() throws Exception {
        Path file = Files.writeString(dir.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>News</title><link>https://news.example/</link><description>d</description>
                    <item>
                      <title>Mayor resigns</title>
                      <link>https://news.example/mayor</link>
                      <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
                      <description>Teaser only</description>
                      <content:encoded><![CDATA[<p>The mayor resigned on Tuesday.</p>]]></content:encoded>
                    </item>
                    <item>
                      <title>Plain item</title>
                      <description>Just words, no markup.</description>
                    </item>
                    <item><title>Nothing inside</title><link>https://news.example/empty</link></item>
                  </channel>
                </rss>
                """);
        CollectingSink sink = new CollectingSink();
        new FeedReader().read(file, sink);

        assertThat(sink.articles).hasSize(2);
        RawArticle first = sink.articles.get(0);
        assertThat(first.name()).isEqualTo("https://news.example/mayor");
        assertThat(first.url()).isEqualTo("https://news.example/mayor");
        assertThat(first.title()).isEqualTo("Mayor resigns");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.content()).isEqualTo("<p>The mayor resigned on Tuesday.</p>");
        assertThat(first.type()).isEqualTo(RawArticle.ContentType.HTML);

        RawArticle plain = sink.articles.get(1);
        assertThat(plain.name()).as("no link: file#entry").isEqualTo(file + "#2");
        assertThat(plain.content()).isEqualTo("Just words, no markup.");
        assertThat(plain.type()).isEqualTo(RawArticle.ContentType.TEXT);

        assertThat(sink.problems).containsExactly(file + "#3: entry has no content or description");
    }

    @Test
    void atomEntriesUseTheirContentAndFallBackToTheUpdatedDate() throws Exception {
        Path file = Files.writeString(dir.resolve("news.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>News</title><id>urn:feed</id><updated>2024-03-07T00:00:00Z</updated>
                  <entry>
                    <title>Storm hits coast</title>
                    <id>urn:1</id>
                    <link href="https://news.example/storm"/>
                    <updated>2024-03-06T12:00:00Z</updated>
                    <summary>Short</summary>
                    <content type="html">&lt;p&gt;The storm hit the coast.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);
        CollectingSink sink = new CollectingSink();
        new FeedReader().read(file, sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo("https://news.example/storm");
            assertThat(a.title()).isEqualTo("Storm hits coast");
            assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 6));
            assertThat(a.content()).isEqualTo("<p>The storm hit the coast.</p>");
            assertThat(a.type()).isEqualTo(RawArticle.ContentType.HTML);
        });
    }

    @Test
    void xmlThatIsNotAFeedIsUnreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("x.rss"), "<?xml version=\"1.0\"?><catalog><book/></catalog>");
        assertThatThrownBy(() -> new FeedReader().read(file, new CollectingSink()))
                .isInstanceOf(UnreadableInputException.class).hasMessageStartingWith("not an RSS or Atom feed");
    }
}
