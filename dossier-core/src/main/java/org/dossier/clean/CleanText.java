package org.dossier.clean;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;

/**
 * An article after cleaning.
 *
 * @param raw       the text before cleaning (for HTML: the page's text); {@code removed} indexes it
 * @param text      the cleaned text that facts index
 * @param removed   raw spans dropped as boilerplate, in order
 * @param offsets   maps offsets of {@code text} to offsets of {@code raw}
 * @param title     the title found in the text or the page's metadata, or null
 * @param url       the URL the page states (canonical link), or null
 * @param published the publication date the page's metadata states, or null
 */
public record CleanText(String raw, String text, List<Span> removed, OffsetMap offsets, String title, String url,
                        LocalDate published) {
    public CleanText {
        removed = List.copyOf(removed);
    }
}
