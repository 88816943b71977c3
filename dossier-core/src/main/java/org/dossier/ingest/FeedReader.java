package org.dossier.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.clean.UnreadableInputException;

/**
 * Reads an RSS or Atom feed (any version Rome knows), one article per entry. News sites publish full articles in
 * {@code content:encoded} or Atom {@code content}; the description (a teaser, often) is taken only when there is
 * nothing better. Rome has already turned the entry's date into an instant, so the date is read in UTC.
 */
final class FeedReader implements ArticleReader {
    /** A start or end tag, a comment or an entity: enough to tell HTML from plain text. */
    private static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z][A-Za-z0-9]*[\\s/>]|/[A-Za-z]|!--)|&#?\\w+;");

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        SyndFeed feed;
        try (InputStream in = Files.newInputStream(file); XmlReader xml = new XmlReader(in)) {
            feed = new SyndFeedInput().build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnreadableInputException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++)
            entry(entries.get(i), file + "#" + (i + 1), sink);
    }

    private static void entry(SyndEntry entry, String where, ArticleSink sink) {
        String content = content(entry);
        if (content == null) {
            sink.problem(where, "entry has no content or description");
            return;
        }
        String link = blankToNull(entry.getLink());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate published = date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
        sink.article(new RawArticle(link != null ? link : where, blankToNull(entry.getTitle()), link, published, null,
                content, MARKUP.matcher(content).find() ? RawArticle.ContentType.HTML : RawArticle.ContentType.TEXT));
    }

    /** The entry's full content when it has one, else its description; null when both are blank. */
    private static String content(SyndEntry entry) {
        StringBuilder all = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank())
                all.append(all.isEmpty() ? "" : "\n\n").append(c.getValue().strip());
        }
        if (!all.isEmpty())
            return all.toString();
        SyndContent description = entry.getDescription();
        return description == null ? null : blankToNull(description.getValue());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
