package org.dossier.eval.polnear;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores quotation extraction on a PolNeAR split: Dossier's extractor and, on request, CoreNLP's quote annotator as
 * a baseline, in one table. Content is matched by {@link QuoteMatcher} (at least half of the letters and digits
 * shared both ways, one to one, best pairs first) and scored per kind by {@link QuoteScorer}; speaker accuracy
 * is counted where the gold source is a name ({@link SpeakerNames}). Throughput counts whitespace-separated tokens
 * over the time spent inside {@link QuoteSystem#quotes}, model loading excluded.
 */
public final class QuoteEval {
    private QuoteEval() {
    }

    /**
     * Loads {@code split} of the corpus under {@code polnearDir}, scores Dossier and, when {@code baseline}, CoreNLP,
     * and prints the table to {@code out}. Progress goes to standard error, one line per ten articles.
     *
     * @return the reports in the order printed
     * @throws java.nio.file.NoSuchFileException when the split is missing
     */
    public static List<SystemReport> run(Path polnearDir, String split, boolean baseline, PrintStream out)
            throws IOException {
        return run(polnearDir, split, baseline, out, null);
    }

    /**
     * As {@link #run(Path, String, boolean, PrintStream)}, and when {@code misses} is not null, Dossier's errors go
     * to it, article by article, as {@link QuoteMisses} writes them.
     */
    public static List<SystemReport> run(Path polnearDir, String split, boolean baseline, PrintStream out,
            PrintStream misses) throws IOException {
        List<PolnearArticle> articles = PolnearCorpus.load(polnearDir, split);
        List<SystemReport> reports = new ArrayList<>();
        reports.add(evaluate("dossier", new DossierQuotes(), articles, misses));
        if (baseline)
            reports.add(evaluate("corenlp", new CoreNlpQuotes(), articles, null));
        out.print(table(split, articles, reports));
        out.flush();
        return reports;
    }

    /** Runs {@code system} over {@code articles} on this thread and scores it under the name {@code label}. */
    public static SystemReport evaluate(String label, QuoteSystem system, List<PolnearArticle> articles) {
        return evaluate(label, system, articles, null);
    }

    /** As {@link #evaluate(String, QuoteSystem, List)}, writing the errors to {@code misses} unless it is null. */
    static SystemReport evaluate(String label, QuoteSystem system, List<PolnearArticle> articles, PrintStream misses) {
        QuoteScorer scorer = new QuoteScorer();
        long nanos = 0, tokens = 0;
        int done = 0;
        for (PolnearArticle a : articles) {
            long t0 = System.nanoTime();
            List<SystemQuote> found = system.quotes(a.name(), a.text(), a.published());
            nanos += System.nanoTime() - t0;
            tokens += whitespaceTokens(a.text());
            scorer.add(a.text(), a.attributions(), found);
            if (misses != null)
                misses.print(QuoteMisses.of(a.name(), a.text(), a.attributions(), found,
                        QuoteMatcher.match(a.text(), a.attributions(), found)));
            if (++done % 10 == 0 || done == articles.size())
                System.err.printf(Locale.ROOT, "%s: %d/%d articles, %.0f s%n", label, done, articles.size(), nanos / 1e9);
        }
        return scorer.report(label, articles.size(), tokens, nanos / 1e9);
    }

    /** The printed table: gold counts by kind, one row per system and kind, then speakers and throughput. */
    static String table(String split, List<PolnearArticle> articles, List<SystemReport> reports) {
        int direct = 0, indirect = 0;
        for (PolnearArticle a : articles)
            for (GoldAttribution g : a.attributions())
                if (SystemQuote.DIRECT.equals(g.kind()))
                    direct++;
                else
                    indirect++;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles, %d gold attributions (%d direct, %d indirect)%n",
                split, articles.size(), direct + indirect, direct, indirect));
        sb.append(String.format(Locale.ROOT, "%-8s %-8s %6s %6s %6s %6s %6s %6s%n",
                "system", "kind", "gold", "pred", "match", "P", "R", "F1"));
        for (SystemReport r : reports)
            for (KindScore k : r.kinds())
                sb.append(String.format(Locale.ROOT, "%-8s %-8s %6d %6d %6d %6.3f %6.3f %6.3f%n", r.system(), k.kind(),
                        k.gold(), k.predicted(), k.matched(), k.precision(), k.recall(), k.f1()));
        for (SystemReport r : reports)
            sb.append(String.format(Locale.ROOT,
                    "%-8s speaker %.3f (%d/%d matched pairs with a named source); %.1f s, %.2f articles/s, %.0f tokens/s%n",
                    r.system(), r.speakerAccuracy(), r.speakerRight(), r.speakerPairs(), r.seconds(),
                    r.articlesPerSecond(), r.tokensPerSecond()));
        return sb.toString();
    }

    static long whitespaceTokens(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** {@code QuoteEval [--split dev|train] [--baseline] [--misses] [POLNEAR_DIR]}; the folder defaults to the shared data. */
    public static void main(String[] args) throws IOException {
        String split = "dev";
        boolean baseline = false, misses = false;
        Path dir = Path.of("../shared/data/polnear");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--baseline" -> baseline = true;
                case "--misses" -> misses = true;
                default -> {
                    if (args[i].startsWith("-"))
                        throw new IllegalArgumentException("usage: QuoteEval [--split dev|train] [--baseline] [--misses] [POLNEAR_DIR]");
                    dir = Path.of(args[i]);
                }
            }
        }
        run(dir, split, baseline, System.out, misses ? System.out : null);
    }
}
