package org.dossier.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.time.Timex;
import org.dossier.extract.time.Timexes;
import org.dossier.model.Span;

/**
 * Dates an article from another one: where this article says an occasion happens "today" (or "yesterday",
 * "tomorrow") and another, dated article gives the calendar date of the same occasion, the article's date follows.
 * Two sentences tell of the same occasion when both put the same proper name next to an occasion word ("the Paris
 * summit", "talks in Paris"), where in the dated sentence the occasion word also stands next to the date ("the Paris
 * summit on March 27"). Of the sentences that match, the one sharing the most names wins; a tie between different
 * dates gives nothing. Occasion words are one class: "discussions in Paris" meets "the Paris summit".
 * <p>
 * The dated sentence must give the day itself: a hedged or coarse count back ("less than two weeks ago", "about a
 * month ago") resolves to a day only by arithmetic, and a date so derived is no date of the occasion.
 */
public final class SharedEventDates {
    /** How many words apart an occasion word and its name, or an occasion word and its date, may stand. */
    static final int NEAR = 3;
    private static final Map<String, Integer> DEICTIC = Map.of("today", 0, "tonight", 0, "this morning", 0,
            "this afternoon", 0, "this evening", 0, "yesterday", -1, "tomorrow", 1);
    private static final Set<String> OCCASIONS = Set.of("summit", "summits", "meeting", "meetings", "talks",
            "discussions", "conference", "visit", "vote", "election", "session", "debate", "hearing", "ceremony",
            "rally", "forum", "negotiations", "gathering", "congress", "convention", "trial", "match", "final",
            "launch", "parade", "funeral", "inauguration", "referendum", "strike", "protest", "festival", "race", "regatta", "tournament", "concert", "exhibition");
    /** Capitalized words that name no place or party of an occasion. */
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "the", "a", "an", "on", "in", "at", "of", "for", "this", "that",
            "today", "tomorrow", "yesterday");
    /**
     * Date expressions that name no day, though they resolve to one: a count of weeks or more back or ahead, or any
     * hedged count ("less than", "about", "nearly").
     */
    private static final Pattern NOT_TO_THE_DAY = Pattern.compile(
            "\\b(?:weeks?|fortnights?|months?|years?|decades?)\\s+(?:ago|earlier|later|before|after|from\\s+now)\\b"
                    + "|\\b(?:less|more|fewer)\\s+than\\b|\\b(?:about|around|nearly|almost|roughly|some|approximately|over|under)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+(?=[\"“A-Z])|\\n");

    private SharedEventDates() {
    }

    /** A document whose date is known, as the other side of a match. */
    public record DatedText(String name, String text, LocalDate published) {
    }

    /** An inferred date and the sentences that gave it. */
    public record Inference(LocalDate date, String reason) {
    }

    /**
     * The date of {@code text} that another document supports, if any.
     *
     * @param others documents with a known date; one with the same text as {@code text} is passed over
     */
    public static Optional<Inference> infer(String text, List<DatedText> others) {
        List<Anchor> anchors = anchors(text);
        if (anchors.isEmpty())
            return Optional.empty();
        List<Candidate> candidates = new ArrayList<>();
        for (DatedText other : others) {
            if (other.published() == null || other.text().equals(text))
                continue;
            for (Timex t : Timexes.find(other.text(), other.published())) {
                if (!t.isCalendarDate() || !"day".equals(t.granularity()) || NOT_TO_THE_DAY.matcher(t.text()).find())
                    continue;
                LocalDate date = LocalDate.parse(t.value().substring(0, 10));
                Span bounds = sentence(other.text(), t.span());
                String sentence = bounds.of(other.text());
                Span dateInSentence = new Span(t.span().start() - bounds.start(), t.span().end() - bounds.start());
                Set<String> dated = occasionNames(sentence, dateInSentence);
                if (dated.isEmpty())
                    continue;
                for (Anchor a : anchors) {
                    Set<String> names = new HashSet<>(a.names);
                    names.retainAll(dated);
                    if (!names.isEmpty())
                        candidates.add(new Candidate(date.minusDays(a.offset), names.size(),
                                "'" + a.sentence.strip() + "' ~ " + other.name() + ": '" + sentence.strip() + "'"));
                }
            }
        }
        Candidate best = null;
        boolean tied = false;
        for (Candidate c : candidates) {
            if (best == null || c.shared > best.shared) {
                best = c;
                tied = false;
            } else if (c.shared == best.shared && !c.date.equals(best.date))
                tied = true;
        }
        if (best == null || tied)
            return Optional.empty();
        return Optional.of(new Inference(best.date, best.reason));
    }

    private record Anchor(int offset, String sentence, Set<String> names) {
    }

    private record Candidate(LocalDate date, int shared, String reason) {
    }

    /**
     * The sentences that say "today", "yesterday" or "tomorrow" and name an occasion, with the day each is off the
     * article's date.
     */
    private static List<Anchor> anchors(String text) {
        List<Anchor> found = new ArrayList<>();
        for (Timex t : Timexes.find(text, null)) {
            Integer offset = DEICTIC.get(t.text().toLowerCase(Locale.ROOT));
            if (offset == null)
                continue;
            String sentence = sentence(text, t.span()).of(text);
            Set<String> names = occasionNames(sentence, null);
            if (!names.isEmpty())
                found.add(new Anchor(offset, sentence, names));
        }
        return found;
    }

    /**
     * The capitalized words within {@value #NEAR} words of an occasion word of {@code sentence}, its first word
     * aside. With {@code date} (offsets into the sentence), only occasion words within {@value #NEAR} words of the
     * date count.
     */
    static Set<String> occasionNames(String sentence, Span date) {
        List<Span> tokens = new ArrayList<>();
        int dateToken = -1;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            if (date != null && m.start() < date.end() && m.end() > date.start()) {
                if (dateToken < 0)
                    dateToken = tokens.size();
                continue;
            }
            tokens.add(new Span(m.start(), m.end()));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!OCCASIONS.contains(tokens.get(i).of(sentence).toLowerCase(Locale.ROOT)))
                continue;
            // the date sits between tokens dateToken - 1 and dateToken
            if (date != null && (i < dateToken ? dateToken - i : i - dateToken + 1) > NEAR)
                continue;
            for (int j = Math.max(1, i - NEAR); j <= Math.min(tokens.size() - 1, i + NEAR); j++) {
                String w = tokens.get(j).of(sentence);
                if (Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)))
                    names.add(w.replaceAll("['’]s?$", ""));
            }
        }
        return names;
    }

    /** The sentence around {@code span}: between sentence ends or line breaks. */
    static Span sentence(String text, Span span) {
        int start = 0;
        int end = text.length();
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.end() <= span.start())
                start = m.end();
            else if (m.start() >= span.end()) {
                end = Math.min(text.length(), m.start() + 1);
                break;
            }
        }
        return new Span(start, end);
    }
}
