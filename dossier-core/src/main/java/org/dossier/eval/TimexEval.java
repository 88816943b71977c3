package org.dossier.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Annotator;
import org.dossier.extract.time.PublicationDates;
import org.dossier.extract.time.Timex;
import org.dossier.extract.time.Timexes;

/**
 * Scores temporal expressions against TempEval-3's TimeBank and AQUAINT ({@code tempeval3/TBAQ-cleaned}), the way
 * TempEval-3 does: a system expression matches a gold one when their spans overlap (relaxed match, one to one, in
 * text order); span precision, recall and F1 count the matches; value F1 counts the matches whose normalized value
 * is equal as well ({@link TimexValues}); type accuracy is over the matches. Per corpus and in total.
 */
public final class TimexEval {
    /** A system under test: the expressions of a text, given its document date. */
    @FunctionalInterface
    public interface System {
        List<Timex> find(String text, LocalDate dct);
    }

    /** Counts over a set of documents. */
    public record Score(int gold, int system, int matched, int valueOk, int typeOk) {
        Score plus(Score o) {
            return new Score(gold + o.gold, system + o.system, matched + o.matched, valueOk + o.valueOk, typeOk + o.typeOk);
        }

        public double spanF1() {
            return f1(matched);
        }

        public double valueF1() {
            return f1(valueOk);
        }

        private double f1(int ok) {
            double p = system == 0 ? 0 : (double) ok / system;
            double r = gold == 0 ? 0 : (double) ok / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("gold %4d  system %4d  span P %.3f R %.3f F1 %.3f  value F1 %.3f (accuracy %.3f)  type accuracy %.3f",
                    gold, system, system == 0 ? 0 : (double) matched / system, gold == 0 ? 0 : (double) matched / gold, spanF1(),
                    valueF1(), matched == 0 ? 0 : (double) valueOk / matched, matched == 0 ? 0 : (double) typeOk / matched);
        }
    }

    private TimexEval() {
    }

    /**
     * Dossier's own rules, with the sentences of the annotation pass. Where a document has no date, the date the
     * text itself gives ({@link PublicationDates}) stands in, as it does in the pipeline.
     */
    public static System dossier() {
        Annotator annotator = new Annotator();
        return (text, dct) -> {
            LocalDate date = dct != null ? dct : PublicationDates.infer(text, null).map(PublicationDates.Inference::date).orElse(null);
            AnnotatedDocument d = annotator.annotate("tml", text, date);
            return Timexes.find(text, d.sentences(), date);
        };
    }

    /**
     * {@code system} reading every text lower-cased, as some feeds deliver news (IndiaPoliceEvents): each character
     * is lower-cased on its own, so the text keeps its length and every offset, and the gold spans still hold. The
     * document date is given as before.
     */
    public static System lowerCased(System system) {
        return (text, dct) -> system.find(lowerCase(text), dct);
    }

    /** {@code text} with every character lower-cased on its own: same length, same offsets (unlike {@link String#toLowerCase}, which may grow "İ"). */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++)
            chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    /**
     * Scores {@code system} on the corpora under {@code dir} (each sub-folder of {@code .tml} files is one corpus)
     * and prints one line per corpus and the total; with {@code misses}, every disagreement too.
     */
    public static Score run(Path dir, System system, PrintStream out, boolean misses) throws IOException {
        return run(dir, system, "", out, misses);
    }

    /** {@link #run(Path, System, PrintStream, boolean)} with {@code suffix} after each line's label ("AQUAINT lower"). */
    public static Score run(Path dir, System system, String suffix, PrintStream out, boolean misses) throws IOException {
        Score total = new Score(0, 0, 0, 0, 0);
        List<Path> corpora;
        try (Stream<Path> s = Files.list(dir)) {
            corpora = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path corpus : corpora) {
            Score score = new Score(0, 0, 0, 0, 0);
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            }
            for (Path f : files)
                score = score.plus(score(TimeMlDocument.read(f), system, misses ? out : null));
            out.printf("%-16s %s%n", corpus.getFileName() + suffix, score);
            total = total.plus(score);
        }
        out.printf("%-16s %s%n", "total" + suffix, total);
        return total;
    }

    /** How often the in-document publication-date inference fired on texts whose date was hidden, and how often it was right. */
    public record Inferred(int documents, int fired, int right, int yearRight) {
        @Override
        public String toString() {
            return String.format("documents %d  fired %d  right (day) %d  right (year) %d", documents, fired, right, yearRight);
        }
    }

    /**
     * Hides the document date of every {@code .tml} file under {@code dir} and runs {@link PublicationDates#infer} on
     * the text alone; counts how often it fires and how often the date it gives is the hidden one. With {@code misses},
     * one line per inference.
     */
    public static Inferred hiddenDct(Path dir, PrintStream out, boolean misses) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        Map<String, List<TimeMlDocument>> byFolder = new TreeMap<>();
        for (Path f : files) {
            TimeMlDocument doc = TimeMlDocument.read(f);
            docs.add(doc);
            byFolder.computeIfAbsent(String.valueOf(f.getParent()), k -> new ArrayList<>()).add(doc);
        }
        Inferred result = hiddenDct(docs, out, misses);
        HiddenDateLines.run(byFolder, out, misses);
        return result;
    }

    /** {@link #hiddenDct(Path, PrintStream, boolean)} on documents read elsewhere (MEANTIME). */
    public static Inferred hiddenDct(List<TimeMlDocument> docs, PrintStream out, boolean misses) {
        int fired = 0, right = 0, yearRight = 0;
        for (TimeMlDocument doc : docs) {
            var found = PublicationDates.infer(doc.text(), null);
            if (found.isEmpty())
                continue;
            fired++;
            LocalDate d = found.get().date();
            if (d.equals(doc.dct()))
                right++;
            if (doc.dct() != null && d.getYear() == doc.dct().getYear())
                yearRight++;
            if (misses)
                out.println(doc.name() + " dct " + doc.dct() + " inferred " + d + " (" + found.get().reason() + ")");
        }
        Inferred result = new Inferred(docs.size(), fired, right, yearRight);
        out.println("hidden DCT " + result);
        return result;
    }

    /** Scores {@code system} on {@code docs}, one corpus, and prints one line labelled {@code label}; with {@code misses}, every disagreement too. */
    public static Score run(String label, List<TimeMlDocument> docs, System system, PrintStream out, boolean misses) {
        Score score = new Score(0, 0, 0, 0, 0);
        for (TimeMlDocument d : docs)
            score = score.plus(score(d, system, misses ? out : null));
        out.printf("%-16s %s%n", label, score);
        return score;
    }

    static Score score(TimeMlDocument doc, System system, PrintStream misses) {
        List<Timex> found = system.find(doc.text(), doc.dct());
        boolean[] used = new boolean[found.size()];
        int matched = 0;
        int valueOk = 0;
        int typeOk = 0;
        List<String> log = new ArrayList<>();
        for (TimeMlDocument.Gold g : doc.timexes()) {
            int hit = -1;
            for (int i = 0; i < found.size() && hit < 0; i++)
                if (!used[i] && found.get(i).span().overlaps(g.span()))
                    hit = i;
            String gt = g.span().of(doc.text()).replace('\n', ' ');
            if (hit < 0) {
                log.add("missed   " + g.type() + " " + g.value() + " '" + gt + "'");
                continue;
            }
            used[hit] = true;
            Timex t = found.get(hit);
            matched++;
            if (TimexValues.same(t.value(), g.value()))
                valueOk++;
            else
                log.add("value    '" + gt + "' gold " + g.value() + " got " + t.value() + " ('" + t.text() + "')");
            if (t.type().equals(g.type()))
                typeOk++;
        }
        for (int i = 0; i < found.size(); i++)
            if (!used[i])
                log.add("spurious " + found.get(i).type() + " " + found.get(i).value() + " '" + found.get(i).text() + "'");
        if (misses != null)
            for (String l : log)
                misses.println(doc.name() + " dct " + doc.dct() + " " + l);
        return new Score(doc.timexes().size(), found.size(), matched, valueOk, typeOk);
    }
}
