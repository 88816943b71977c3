package org.dossier.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.time.PublicationDates;
import org.dossier.extract.time.Timex;
import org.dossier.extract.time.Timexes;
import org.dossier.model.Span;

/**
 * Dates an article from another one: where this article places an occasion relative to its own day ("today",
 * "yesterday", "tomorrow", "on Thursday", "last Thursday", "next week") and another, dated article gives the calendar
 * day of the same occasion, the article's date follows, or a window of days it lies in ({@link RelativeAnchor}).
 * Two sentences tell of the same occasion when both put the same proper names next to an occasion word ("the Paris
 * summit", "talks in Paris"), where one sentence names no name there that the other does not (the "Republican
 * National Convention" is not the "Democratic National Convention"), and where in the dated sentence the occasion
 * word also stands next to the date ("the Paris summit on March 27"), and, for a weekday or a week, in this article's sentence next to the weekday or week too.
 * A weekday must be the occasion day's own weekday: "on Thursday" never names a Friday. Occasion words are one class:
 * "discussions in Paris" meets "the Paris summit".
 * <p>
 * For each expression, of the occasions that match it, the one sharing the most names wins; where several share as
 * many and give different windows, the expression allows any day of them (their hull). The windows of all the
 * expressions are intersected, and with the bounds the article's own dates set ({@link PublicationDates#bounds}: the
 * day after its latest dated statement, the day before its earliest announced event). A date is inferred only where
 * that leaves exactly one day: where the evidence leaves several days open ("on Thursday" alone allows the Thursday
 * and the six days after), or contradicts itself (no day left), nothing is inferred, since a wrong date is worse than
 * none.
 * <p>
 * The dated sentence must give the day itself: a hedged or coarse count back ("less than two weeks ago", "about a
 * month ago") resolves to a day only by arithmetic, and a date so derived is no date of the occasion.
 */
public final class SharedEventDates {
    /** How many words apart an occasion word and its name, or an occasion word and its date, may stand. */
    static final int NEAR = 3;
    private static final Set<String> OCCASIONS = Set.of("summit", "summits", "meeting", "meetings", "talks",
            "discussions", "conference", "visit", "vote", "election", "session", "debate", "hearing", "ceremony",
            "rally", "forum", "negotiations", "gathering", "congress", "convention", "trial", "match",
            "launch", "parade", "funeral", "inauguration", "referendum", "strike", "protest", "festival", "race", "regatta", "tournament", "concert", "exhibition");
    // "final" is no occasion word: news writes it as an adjective far more often ("final discussions", "his final
    // State of the Union address")
    /** Capitalized words that name no place or party of an occasion. */
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "the", "a", "an", "on", "in", "at", "of", "for", "this", "that",
            "today", "tomorrow", "yesterday", "last", "next",
            // pronouns, conjunctions and titles, capitalized in any sentence that names anyone
            "i", "he", "she", "we", "they", "it", "you", "his", "her", "their", "our", "my", "its", "but", "and", "or",
            "so", "if", "when", "while", "as", "after", "before", "mr", "mrs", "ms", "dr", "president", "sen", "senator",
            "rep", "gov", "governor", "secretary", "minister", "prime", "gen", "general");
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

    /** An occasion a dated document gives its day: the day, the names next to it, the document, and where it was read. */
    private record Occasion(LocalDate day, Set<String> names, DatedText document, String source) {
    }

    /** What one expression of the article says of its date, by the occasion it matched best. */
    private record Candidate(DayWindow window, int shared, String reason) {
    }

    /**
     * The date of {@code text} that other documents support, if any.
     *
     * @param others documents with a known date; one with the same text as {@code text} is passed over
     */
    public static Optional<Inference> infer(String text, List<DatedText> others) {
        Occasions occasions = new Occasions();
        others.forEach(occasions::add);
        return occasions.infer(text);
    }

    /**
     * The occasions that dated documents give a day, each document read once: for dating many documents against the
     * same others.
     */
    public static final class Occasions {
        private final List<Occasion> occasions = new ArrayList<>();

        /** Reads the occasions {@code dated} gives a day; one without a date gives none. */
        public void add(DatedText dated) {
            if (dated.published() == null)
                return;
            for (Timex t : Timexes.find(dated.text(), dated.published())) {
                if (!t.isCalendarDate() || !"day".equals(t.granularity()) || NOT_TO_THE_DAY.matcher(t.text()).find()
                        || RelativeAnchor.namedDay(dated.text(), t.span()))
                    continue;
                Span bounds = sentence(dated.text(), t.span());
                String sentence = bounds.of(dated.text());
                Span dateInSentence = new Span(t.span().start() - bounds.start(), t.span().end() - bounds.start());
                Set<String> names = occasionNames(sentence, dateInSentence);
                if (!names.isEmpty())
                    occasions.add(new Occasion(LocalDate.parse(t.value().substring(0, 10)), names, dated,
                            dated.name() + ": '" + sentence.strip() + "'"));
            }
        }

        /** The date of {@code text} that the documents read support, if any; occasions read from the same text are passed over. */
        public Optional<Inference> infer(String text) {
            return infer(text, null);
        }

        /**
         * The date of {@code text} that the documents read support, if any, passing over the occasions read from the
         * same text or from a document named {@code name} (null: none), such as another version of this one.
         */
        public Optional<Inference> infer(String text, String name) {
            List<RelativeAnchor> anchors = RelativeAnchor.find(text);
            if (anchors.isEmpty())
                return Optional.empty();
            List<Occasion> others = occasions.stream()
                    .filter(o -> !o.document.text().equals(text) && !o.document.name().equals(name)).toList();
            DayWindow window = DayWindow.ANY;
            List<String> reasons = new ArrayList<>();
            for (RelativeAnchor a : anchors) {
                Candidate best = best(a, others);
                if (best == null)
                    continue;
                window = window.and(best.window);
                reasons.add(best.reason);
            }
            if (reasons.isEmpty() || window.isEmpty())
                return Optional.empty();
            PublicationDates.Bounds own = PublicationDates.bounds(text, window.first() != null ? window.first() : window.last());
            if (own.latestStatement() != null || own.earliestAnnounced() != null) {
                window = window.and(new DayWindow(own.earliest(), own.latest()));
                reasons.add("own dates: latest statement " + own.latestStatement() + ", earliest announced " + own.earliestAnnounced());
            }
            if (!window.isOneDay())
                return Optional.empty();
            return Optional.of(new Inference(window.first(), String.join("; ", reasons)));
        }
    }

    /**
     * The window of the occasion that shares the most names with {@code anchor} and whose day it can name; the hull
     * of the windows of several that share as many; null where none matches.
     */
    private static Candidate best(RelativeAnchor anchor, List<Occasion> occasions) {
        Candidate best = null;
        for (Occasion o : occasions) {
            Set<String> names = new HashSet<>(anchor.names);
            names.retainAll(o.names);
            // one sentence must name nothing of the occasion that the other does not: the Republican and the
            // Democratic National Convention share two names, and are two occasions
            if (names.size() < anchor.kind.namesNeeded || names.size() < Math.min(anchor.names.size(), o.names.size())
                    || best != null && names.size() < best.shared)
                continue;
            DayWindow w = anchor.window(o.day);
            if (w.isEmpty())
                continue;
            String reason = "'" + anchor.sentence.strip() + "' ~ " + o.source + " -> " + w;
            if (best == null || names.size() > best.shared)
                best = new Candidate(w, names.size(), reason);
            else if (!w.equals(best.window))
                best = new Candidate(best.window.hull(w), best.shared, best.reason + " | " + reason);
        }
        return best;
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
            String word = tokens.get(i).of(sentence);
            if (!OCCASIONS.contains(word.toLowerCase(Locale.ROOT)))
                continue;
            // inside a longer name an occasion word names a body or a day: "Federal Election Commission", "Election Day"
            if (Character.isUpperCase(word.charAt(0)) && i + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(i + 1).of(sentence).charAt(0)))
                continue;
            // the date sits between tokens dateToken - 1 and dateToken
            if (date != null && (i < dateToken ? dateToken - i : i - dateToken + 1) > NEAR)
                continue;
            for (int j = Math.max(1, i - NEAR); j <= Math.min(tokens.size() - 1, i + NEAR); j++) {
                String w = tokens.get(j).of(sentence);
                if (Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
                        && !opensClause(sentence, tokens.get(j).start()))
                    names.add(w.replaceAll("['’]s?$", ""));
            }
        }
        return names;
    }

    /**
     * Whether the word at {@code start} opens a quotation, a parenthesis or a clause after a colon, where any word is
     * capitalized: "Rubio said on CNN. ''I think the race ...".
     */
    private static boolean opensClause(String sentence, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i)))
            i--;
        return i >= 0 && "\"“‘'`(:".indexOf(sentence.charAt(i)) >= 0;
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
