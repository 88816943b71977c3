package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
    private static final String ARTICLE = """
            <article>
              <h1>Council approves new bridge</h1>
              <p>The city council on Monday approved the construction of a new bridge over the river, ending
                 a debate that has lasted more than a decade and divided residents of both banks.</p>
              <p>"This is a historic day for our city," said Mayor Jane Doe, who had campaigned for the project
                 since her election in 2019. Opponents said the cost, estimated at 40 million euros, was too high.</p>
              <p>Construction is expected to begin next spring and to last about three years, according to the
                 city's planning department, which will publish the tender documents in the coming weeks.</p>
            </article>""";

    private static String page(String head, String article) {
        return "<html><head><title>Bridge | City News</title>" + head + "</head><body>"
                + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/politics'>Politics</a></li></ul></nav>"
                + "<script>var tracking = 'do not show';</script><style>p { color: red }</style>"
                + "<div style='display: none'>Hidden teaser</div>"
                + "<main>" + article + "</main>"
                + "<aside class='sidebar'><h3>Most read</h3><ul><li><a href='/x'>Cat rescued</a></li></ul></aside>"
                + "<footer><p>Copyright 2024 City News. All rights reserved.</p></footer>"
                + "</body></html>";
    }

    @Test
    void theTextIsWhatAReaderSeesInParagraphs() {
        HtmlPage p = HtmlPage.parse("<body><h1>Title</h1><p>One   two\n three</p><div>Four<br>five<br><br>six"
                + "</div><script>x()</script><noscript>no</noscript><template>t</template>"
                + "<p hidden>h</p><p aria-hidden='true'>a</p><span style='visibility:hidden'>v</span>"
                + "<p>A&nbsp;<b>bold</b> word</p></body>", null);
        assertThat(p.text()).isEqualTo("Title\n\nOne two three\n\nFour\nfive\n\nsix\n\nA bold word");
    }

    @Test
    void theMainSpansAreTheArticleParagraphsWithoutBoilerplate() {
        HtmlPage p = HtmlPage.parse(page("", ARTICLE), "https://news.example/bridge");
        assertThat(p.text()).startsWith("Home\n\nPolitics\n\n").contains("Most read").doesNotContain("tracking")
                .doesNotContain("Hidden teaser");
        assertThat(p.main()).isNotEmpty();
        String main = p.mainText();
        assertThat(main).contains("The city council on Monday approved", "historic day", "tender documents");
        assertThat(main).doesNotContain("Politics", "Most read", "Cat rescued", "Copyright");
        assertThat(p.main()).isSorted();
        assertThat(p.main().get(0).of(p.text())).doesNotContain("\n\n");
    }

    @Test
    void thePublicationDateComesFromArticlePublishedTimeFirst() {
        HtmlPage p = HtmlPage.parse(page("""
                <meta property="article:published_time" content="2024-03-04T22:15:00-05:00">
                <script type="application/ld+json">{"datePublished": "2024-01-01"}</script>""", ARTICLE), null);
        assertThat(p.published()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void thePublicationDateIsFoundInJsonLdGraphs() {
        HtmlPage p = HtmlPage.parse(page("""
                <script type="application/ld+json"><![CDATA[
                {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "City News"},
                  {"@type": "NewsArticle", "headline": "Bridge", "datePublished": "2024-02-10T08:00:00Z"}]}
                ]]></script>""", ARTICLE), null);
        assertThat(p.published()).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @Test
    void thePublicationDateFallsBackToATimeElement() {
        HtmlPage p = HtmlPage.parse(page("<script type='application/ld+json'>{broken</script>",
                ARTICLE.replace("<h1>", "<time datetime='2023-12-24'>Dec 24</time><h1>")), null);
        assertThat(p.published()).isEqualTo(LocalDate.of(2023, 12, 24));
    }

    @Test
    void titleAndUrlComeFromOpenGraphAndTheCanonicalLink() {
        HtmlPage p = HtmlPage.parse(page("""
                <meta property="og:title" content="Council approves  new bridge">
                <link rel="canonical" href="/2024/bridge">""", ARTICLE), "https://news.example/x?utm=1");
        assertThat(p.title()).isEqualTo("Council approves new bridge");
        assertThat(p.url()).isEqualTo("https://news.example/2024/bridge");
        assertThat(p.published()).isNull();
    }

    @Test
    void aPageWithoutAnArticleStillHasItsTextAsMain() {
        HtmlPage p = HtmlPage.parse("<body><div>Just a line.</div></body>", null);
        assertThat(p.text()).isEqualTo("Just a line.");
        assertThat(p.mainText()).isEqualTo("Just a line.");
    }

    @Test
    void anEmptyPageHasNoTextAndNoMain() {
        HtmlPage p = HtmlPage.parse("<html><body><script>x</script></body></html>", null);
        assertThat(p.text()).isEmpty();
        assertThat(p.main()).isEmpty();
    }
}
