package org.dossier.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names the root element of an XML document from its first bytes, to tell a feed from other XML cheaply. */
final class XmlRoot {
    /** Skips the declaration, processing instructions, comments and a doctype, then captures the first tag name. */
    private static final Pattern ROOT = Pattern.compile(
            "\\A(?:\\uFEFF|\\u00EF\\u00BB\\u00BF)?(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*"
                    + "<([A-Za-z_][\\w.:-]*)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private XmlRoot() {
    }

    /** The qualified name of the root element, or null when {@code head} does not start like XML. */
    static String of(String head) {
        Matcher m = ROOT.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
