package org.dossier.eval.meantime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.clean.OffsetMap;
import org.dossier.extract.Gazetteer;
import org.dossier.extract.actor.ActorOccurrences;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Reference;
import org.dossier.model.Span;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.ProcessedDocument;
import org.dossier.store.Store;
import org.dossier.store.StoredActor;

/**
 * Scores actor resolution across documents on MEANTIME: every article runs through the pipeline and into a
 * temporary store, so that the store's own cross-document resolution decides which actors are one. A gold mention
 * belongs to the system actor written at its head — by name or alias, or by a pronoun or description the actor stage
 * resolved ({@link Reference}) — see {@link #head}; a mention with no actor at its head is a cluster of its own, so
 * that B³ runs over all gold mentions and a mention the system misses costs recall. B³ precision and recall are averaged over the gold mentions of instances linked to DBpedia,
 * of the types persons, organizations and locations.
 */
public final class MeantimeEval {
    /** The scores. */
    public record Report(int documents, int mentions, int instances, int covered, double precision, double recall,
                         Map<MentionForm, double[]> byForm) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format("MEANTIME cross-document actors: %d documents, %d gold mentions of %d linked instances (PER, ORG, LOC); "
                    + "%d covered by an actor%nB3 precision %.3f  recall %.3f  F1 %.3f%n", documents, mentions, instances, covered,
                    precision, recall, f1()) + forms();
        }

        /** One line per form of mention: how many, how many an actor covers, and their share of B³ P and R. */
        private String forms() {
            StringBuilder b = new StringBuilder();
            for (var e : byForm.entrySet())
                b.append(String.format("  %-11s %5d mentions, %5d covered; B3 P %.3f R %.3f%n", e.getKey().name().toLowerCase(java.util.Locale.ROOT),
                        (int) e.getValue()[0], (int) e.getValue()[1], e.getValue()[2], e.getValue()[3]));
            return b.toString();
        }
    }

    private MeantimeEval() {
    }

    /** Scores the articles under {@code dir} (the {@code intra_cross-doc_annotation} folder or one of its corpora). */
    public static Report run(Path dir, Pipeline pipeline) throws IOException {
        return run(dir, pipeline, null);
    }

    /**
     * Scores as {@link #run(Path, Pipeline)} and, where {@code listing} is not null, writes one line per gold mention:
     * document, instance, text, the system cluster and the actor's name ("-" where no actor covers it).
     */
    public static Report run(Path dir, Pipeline pipeline, java.io.PrintStream listing) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Path storeDir = Files.createTempDirectory("dossier-meantime");
        List<String> gold = new ArrayList<>(), system = new ArrayList<>();
        List<MentionForm> forms = new ArrayList<>();
        int covered = 0;
        try (Store store = Store.open(storeDir)) {
            List<MeantimeDocument> docs = new ArrayList<>();
            List<DocumentFacts> facts = new ArrayList<>();
            for (Path f : files) {
                MeantimeDocument doc = MeantimeDocument.read(f);
                DocumentFacts found = pipeline.analyze(doc.name(), doc.text(), null).facts();
                store.save(new ProcessedDocument(doc.name(), null, null, null, "none", doc.text(), doc.text(), List.of(),
                        OffsetMap.identity(doc.text().length()), sha256(doc.name() + "\n" + doc.text()), found));
                docs.add(doc);
                facts.add(found);
            }
            Map<String, Long> global = globalIds(store.actors());
            int singleton = 0;
            for (int d = 0; d < docs.size(); d++) {
                MeantimeDocument doc = docs.get(d);
                List<Occurrence> written = new ArrayList<>(ActorOccurrences.find(doc.text(), facts.get(d).actors()));
                for (Reference r : facts.get(d).references())
                    written.add(new Occurrence(r.span(), facts.get(d).actor(r.actorKey())));
                for (MeantimeDocument.Mention m : doc.mentions()) {
                    gold.add(m.instance());
                    forms.add(MentionForm.of(doc.text().substring(m.span().start(), m.span().end())));
                    Occurrence best = head(doc.text(), m.span(), written);
                    // the store may have filed a local actor under another kind ("Apple" said, a body elsewhere)
                    Long id = best == null ? null : global.getOrDefault(best.actor().kind() + ":" + Gazetteer.key(best.actor().name()),
                            global.get(Gazetteer.key(best.actor().name())));
                    if (id != null)
                        covered++;
                    system.add(id != null ? "a" + id : "none" + singleton++);
                    if (listing != null)
                        listing.printf("%s\t%s\t%s\t%s\t%s%n", doc.name(), m.instance(), doc.text().substring(m.span().start(), m.span().end()),
                                id == null ? "-" : "a" + id, best == null ? "-" : best.actor().kind() + ":" + best.actor().name());
                }
            }
        } finally {
            try (Stream<Path> s = Files.walk(storeDir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        double[][] each = bCubedEach(gold, system);
        double[] b3 = {average(each[0], null, forms), average(each[1], null, forms)};
        Map<MentionForm, double[]> byForm = new java.util.EnumMap<>(MentionForm.class);
        for (MentionForm f : MentionForm.values()) {
            int n = 0, c = 0;
            for (int i = 0; i < forms.size(); i++)
                if (forms.get(i) == f) {
                    n++;
                    if (!system.get(i).startsWith("none"))
                        c++;
                }
            byForm.put(f, new double[]{n, c, average(each[0], f, forms), average(each[1], f, forms)});
        }
        return new Report(files.size(), gold.size(), (int) gold.stream().distinct().count(), covered, b3[0], b3[1], byForm);
    }

    /** The mean of {@code values} over the mentions of form {@code form} (all where null). */
    private static double average(double[] values, MentionForm form, List<MentionForm> forms) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++)
            if (form == null || forms.get(i) == form) {
                sum += values[i];
                n++;
            }
        return n == 0 ? 0 : sum / n;
    }

    /** Each mention's B³ precision and recall: {@code [precisions, recalls]}. */
    static double[][] bCubedEach(List<String> gold, List<String> system) {
        Map<String, Integer> g = new HashMap<>(), s = new HashMap<>(), both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            g.merge(gold.get(i), 1, Integer::sum);
            s.merge(system.get(i), 1, Integer::sum);
            both.merge(gold.get(i) + "\u0000" + system.get(i), 1, Integer::sum);
        }
        double[][] out = new double[2][gold.size()];
        for (int i = 0; i < gold.size(); i++) {
            int shared = both.get(gold.get(i) + "\u0000" + system.get(i));
            out[0][i] = (double) shared / s.get(system.get(i));
            out[1][i] = (double) shared / g.get(gold.get(i));
        }
        return out;
    }


    /** The global actor id of each kind and folded name or alias the store knows, and of each folded name alone. */
    private static Map<String, Long> globalIds(List<StoredActor> actors) {
        Map<String, Long> ids = new HashMap<>();
        for (StoredActor a : actors) {
            ids.putIfAbsent(a.kind() + ":" + Gazetteer.key(a.name()), a.id());
            ids.putIfAbsent(Gazetteer.key(a.name()), a.id());
            for (String alias : a.aliases()) {
                ids.putIfAbsent(a.kind() + ":" + Gazetteer.key(alias), a.id());
                ids.putIfAbsent(Gazetteer.key(alias), a.id());
            }
        }
        return ids;
    }

    /**
     * A word after an actor's name inside a mention: the name modifies the head ("U.S. automaker"); a preposition
     * there opens what completes the name instead ("the chief executive of GM" after a reference on "chief executive").
     */
    private static final java.util.regex.Pattern MODIFIES = java.util.regex.Pattern.compile(
            "^\\s*(['’]s\\b|(?!(?i:of|in|at|from|for|to|on|with|by|across)\\b)[\\p{L}\\p{N}])");
    /**
     * A preposition before an actor's name inside a mention: the name completes the head ("President of the United
     * States", "the largest bank in the United States").
     */
    private static final java.util.regex.Pattern COMPLETES = java.util.regex.Pattern.compile("(?i)\\b(of|in|at|from|for|to|on|with|by|across)\\s+(the\\s+)?$");

    /**
     * The occurrence that is the head of the gold mention {@code mention}, or null: of the actors written over it, the
     * one that ends last (the earlier starting where two end together) among those that no word follows inside the
     * mention (a name that modifies another noun, "U.S. automaker", "Boeing's rival", is not what the mention refers
     * to) and that no preposition precedes there ("President of the United States", "the largest bank in the United
     * States"). "Apple CEO Steve Jobs" is Steve Jobs; "Airbus parent EADS" is EADS; "the chief executive of GM" is the
     * person a reference on "chief executive" names, not GM.
     */
    static Occurrence head(String text, Span mention, List<Occurrence> written) {
        Occurrence last = null;
        for (Occurrence w : written)
            if (w.span().overlaps(mention) && atHead(text, mention, w) && (last == null || w.span().end() > last.span().end()
                    || w.span().end() == last.span().end() && w.span().start() < last.span().start()))
                last = w;
        return last;
    }

    /** Whether {@code w} neither modifies nor completes another noun inside {@code mention}. */
    private static boolean atHead(String text, Span mention, Occurrence w) {
        int end = Math.min(w.span().end(), mention.end()), start = Math.max(w.span().start(), mention.start());
        return !MODIFIES.matcher(text.substring(end, mention.end())).find() && !COMPLETES.matcher(text.substring(mention.start(), start)).find();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
