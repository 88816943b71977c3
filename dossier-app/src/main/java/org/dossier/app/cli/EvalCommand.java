package org.dossier.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dossier.eval.CameoEval;
import org.dossier.eval.HiddenDateLines;
import org.dossier.eval.HtmlEval;
import org.dossier.eval.TimeMlDocument;
import org.dossier.eval.TimexEval;
import org.dossier.eval.meantime.MeantimeEval;
import org.dossier.eval.meantime.MeantimeTimexes;
import org.dossier.eval.polnear.PolnearCorpus;
import org.dossier.eval.polnear.QuoteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval ...}: the evaluation harnesses on public annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a stage of Dossier on public annotated data.",
        subcommands = {EvalCommand.Html.class, EvalCommand.Quotes.class, EvalCommand.Dates.class, EvalCommand.Cameo.class,
                EvalCommand.Actors.class, EvalCommand.SeedActors.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code dossier eval html DIR}. */
    @Command(name = "html", mixinStandardHelpOptions = true,
            description = {"Scores HTML ingestion on Readability's test pages: main-text word overlap, titles, publication dates.",
                    "DIR holds one folder per page with source.html, expected.html and expected-metadata.json",
                    "(default: ../shared/data/readability-pages)."})
    static final class Html implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "../shared/data/readability-pages")
        Path dir;

        @Override
        public Integer call() throws IOException {
            if (Inputs.missing(dir, true))
                return 2;
            System.out.println(HtmlEval.run(dir));
            return 0;
        }
    }

    /** {@code dossier eval quotes [--split dev] [--baseline] [--misses] [DIR]}. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Scores quotation extraction on PolNeAR: content P/R/F1 for direct, indirect and all quotes,",
                    "speaker accuracy where the gold source is a name, throughput. DIR is the PolNeAR folder",
                    "(default: ../shared/data/polnear). --baseline adds CoreNLP's quote annotator (minutes; give it",
                    "DOSSIER_JAVA_OPTS=-Xmx5g)."})
    static final class Quotes implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "../shared/data/polnear")
        Path dir;

        @Option(names = "--split", defaultValue = "dev", description = "dev or train (default: ${DEFAULT-VALUE})")
        String split;

        @Option(names = "--baseline", description = "also score CoreNLP's quote annotator")
        boolean baseline;

        @Option(names = "--misses", description = "also print Dossier's errors, one tab-separated line each: MISS (gold not found), FP (found, not in the gold), SPEAKER (wrong speaker)")
        boolean misses;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(dir.resolve(split).resolve("text"))) {
                System.err.println("error: " + dir.resolve(split) + ": no such PolNeAR split");
                return 2;
            }
            QuoteEval.run(dir, split, baseline, System.out, misses ? System.out : null);
            return 0;
        }
    }

    /** {@code dossier eval cameo [FILE]}. */
    @Command(name = "cameo", mixinStandardHelpOptions = true,
            description = {"Scores event typing on CAMEO-coded news sentences (ConfliBERT's quad classes):",
                    "coverage (sentences with an event) and accuracy on the covered ones.",
                    "FILE is sentence<TAB>class per line (default: ../shared/data/conflibert_cameo/cameo_class/train.tsv)."})
    static final class Cameo implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "../shared/data/conflibert_cameo/cameo_class/train.tsv")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (Inputs.missing(file, false))
                return 2;
            System.out.print(CameoEval.run(file, org.dossier.pipeline.Pipeline.standard()));
            return 0;
        }
    }

    /** {@code dossier eval dates [--misses] [DIR]}. */
    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = {"Scores temporal expressions on TempEval-3's TimeBank and AQUAINT: relaxed (overlap) span P/R/F1,",
                    "value F1 (a match with the gold value), type accuracy, per corpus and in total. DIR holds one folder of",
                    ".tml files per corpus (default: ../shared/data/tempeval3/TBAQ-cleaned)."})
    static final class Dates implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "../shared/data/tempeval3/TBAQ-cleaned")
        Path dir;

        @Option(names = "--misses", description = "also print every missed, spurious and misvalued expression (with --lowercase, of the lower-cased run)")
        boolean misses;

        @Option(names = "--hidden-dct", description = {"instead: hide each document's date and count how often the in-document",
                "publication-date inference fires and is right; then blank each date line and infer from the text, else from the",
                "other documents of its folder (with --misses, one line per inference)"})
        boolean hiddenDct;

        @Option(names = "--system", defaultValue = "dossier",
                description = "dossier (default) or sutime (Stanford CoreNLP's SUTime, for comparison; give it DOSSIER_JAVA_OPTS=-Xmx3g)")
        String system;

        @Option(names = "--meantime", description = {"score on MEANTIME's TIMEX3 instead (Wikinews; DIR defaults to",
                "../shared/data/meantime_en/intra_cross-doc_annotation)"})
        boolean meantime;

        @Option(names = "--lowercase", description = {"also score every text lower-cased (offsets kept), as some feeds deliver news,",
                "next to the cased run: the closer the two, the less the rules lean on capitals"})
        boolean lowercase;

        @Option(names = "--polnear", description = {"with --hidden-dct: run the date-line-blanked inference on PolNeAR's train",
                "and dev articles instead (dated by metadata.tsv; each split one group; DIR defaults to ../shared/data/polnear)"})
        boolean polnear;

        @Override
        public Integer call() throws IOException {
            if (polnear && hiddenDct) {
                if (dir.equals(Path.of("../shared/data/tempeval3/TBAQ-cleaned")))
                    dir = Path.of("../shared/data/polnear");
                if (Inputs.missing(dir, true))
                    return 2;
                Map<String, List<TimeMlDocument>> splits = new TreeMap<>();
                for (String split : List.of("train", "dev"))
                    splits.put(split, PolnearCorpus.load(dir, split).stream()
                            .map(a -> new TimeMlDocument(a.name(), a.text(), a.published(), List.of())).toList());
                for (var split : splits.entrySet()) {
                    System.out.print(split.getKey() + ": ");
                    HiddenDateLines.run(Map.of(split.getKey(), split.getValue()), System.out, misses);
                }
                return 0;
            }
            if (meantime && dir.equals(Path.of("../shared/data/tempeval3/TBAQ-cleaned")))
                dir = Path.of("../shared/data/meantime_en/intra_cross-doc_annotation");
            if (Inputs.missing(dir, true))
                return 2;
            if (meantime && hiddenDct) {
                TimexEval.hiddenDct(org.dossier.eval.meantime.MeantimeTimexes.read(dir), System.out, misses);
                // the documents of one topic folder (corpus_airbus, ...) may tell of the same occasions
                Map<String, List<TimeMlDocument>> topics = new TreeMap<>();
                try (var folders = Files.list(dir)) {
                    for (Path folder : folders.filter(Files::isDirectory).sorted().toList())
                        topics.put(folder.getFileName().toString(), MeantimeTimexes.read(folder));
                }
                HiddenDateLines.run(topics, System.out, misses);
                return 0;
            }
            if (meantime) {
                TimexEval.System tagger = system.equals("sutime") ? new org.dossier.eval.sutime.SuTimeDates() : TimexEval.dossier();
                var docs = org.dossier.eval.meantime.MeantimeTimexes.read(dir);
                TimexEval.run("MEANTIME", docs, tagger, System.out, misses && !lowercase);
                if (lowercase)
                    TimexEval.run("MEANTIME lower", docs, TimexEval.lowerCased(tagger), System.out, misses);
                return 0;
            }
            if (hiddenDct) {
                TimexEval.hiddenDct(dir, System.out, misses);
                return 0;
            }
            TimexEval.System tagger = switch (system) {
                case "dossier" -> TimexEval.dossier();
                case "sutime" -> new org.dossier.eval.sutime.SuTimeDates();
                default -> null;
            };
            if (tagger == null) {
                System.err.println("error: --system must be dossier or sutime, not " + system);
                return 2;
            }
            TimexEval.run(dir, tagger, System.out, misses && !lowercase);
            if (lowercase)
                TimexEval.run(dir, TimexEval.lowerCased(tagger), " lower", System.out, misses);
            return 0;
        }
    }

    /** {@code dossier eval actors [DIR]}. */
    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = {"Scores actor resolution across documents on MEANTIME: B3 over the gold mentions of instances linked to",
                    "DBpedia (persons, organizations, locations). DIR holds the CAT XML files",
                    "(default: ../shared/data/meantime_en/intra_cross-doc_annotation)."})
    static final class Actors implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "../shared/data/meantime_en/intra_cross-doc_annotation")
        Path dir;

        @Option(names = "--misses", description = "also list every gold mention with the actor (cluster) it was given")
        boolean misses;

        @Override
        public Integer call() throws IOException {
            if (Inputs.missing(dir, true))
                return 2;
            System.out.print(MeantimeEval.run(dir, org.dossier.pipeline.Pipeline.standard(), misses ? System.out : null));
            return 0;
        }
    }

    /** {@code dossier eval seed-actors [--gold DIR] [CORPUS]}. */
    @Command(name = "seed-actors", mixinStandardHelpOptions = true,
            description = {"Ingests the seed corpus into a temporary store and checks its actors against the gold: no two actors",
                    "denote one entity (by the gold's aliases.json), every speaker and participant the gold names is an actor",
                    "of the right kind. Exit code 1 when a check fails. CORPUS defaults to ../shared/corpus/seeds."})
    static final class SeedActors implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS", arity = "0..1", defaultValue = "../shared/corpus/seeds")
        Path corpus;

        @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/eval/gold/seeds",
                description = "gold files and aliases.json (default: ${DEFAULT-VALUE})")
        Path gold;

        @Override
        public Integer call() throws IOException {
            if (Inputs.missing(corpus, true) || Inputs.missing(gold, true))
                return 2;
            org.dossier.export.ActorCheck.Report report = SeedActorsRun.check(corpus, gold);
            System.out.print(report);
            return report.passed() ? 0 : 1;
        }
    }
}
