package org.dossier.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.extract.Gazetteer;
import org.dossier.extract.KnownActors;
import org.dossier.model.ActorKind;

/**
 * Checks the actors of an export against gold annotations in the shape of {@code ../shared/eval/gold}: that no two
 * actors denote the same entity, and that every speaker and event participant the gold names is an actor of the
 * export, of the right kind. Names are compared as the referee {@code score.py} compares them: folded, titles
 * dropped, the gold's {@code aliases.json} mapping names of one actor to one, a surname alone matching the full name.
 * The right kind is the one the gazetteer or the known-actors list gives the gold name (a name neither knows may be
 * of any kind).
 */
public final class ActorCheck {
    /** What the check found: each problem as one line. */
    public record Report(List<String> duplicates, List<String> unresolved, List<String> wrongKind, List<String> unwritten,
                         int goldNames) {
        public boolean passed() {
            return duplicates.isEmpty() && unresolved.isEmpty() && wrongKind.isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("Actors against the gold: %d names of speakers and participants; %d duplicate actors, "
                    + "%d names with no actor, %d of the wrong kind; %d names the texts never write (not counted)%n", goldNames,
                    duplicates.size(), unresolved.size(), wrongKind.size(), unwritten.size()));
            duplicates.forEach(d -> b.append("duplicate: ").append(d).append('\n'));
            unresolved.forEach(d -> b.append("no actor: ").append(d).append('\n'));
            wrongKind.forEach(d -> b.append("wrong kind: ").append(d).append('\n'));
            unwritten.forEach(d -> b.append("never written: ").append(d).append('\n'));
            return b.toString();
        }
    }

    /** The title words the referee drops from names before comparing them. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "prime", "minister", "chancellor",
            "secretary", "general", "sir", "the", "vice", "deputy", "foreign", "defense", "defence", "chief", "head",
            "spokesman", "spokeswoman");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, String> canon = new HashMap<>();

    private ActorCheck(JsonNode aliases) {
        if (aliases != null)
            aliases.fields().forEachRemaining(e -> {
                canon.put(nameKey(e.getKey()), nameKey(e.getKey()));
                e.getValue().forEach(v -> canon.put(nameKey(v.asText()), nameKey(e.getKey())));
            });
    }

    /** Checks {@code export} (the JSON of FACTS.md) against the gold files and {@code aliases.json} of {@code goldDir}. */
    public static Report run(JsonNode export, Path goldDir) throws IOException {
        Path aliasFile = goldDir.resolve("aliases.json");
        ActorCheck check = new ActorCheck(Files.isRegularFile(aliasFile) ? MAPPER.readTree(aliasFile.toFile()) : null);
        List<JsonNode> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("aliases.json")).sorted().toList())
                gold.add(MAPPER.readTree(f.toFile()));
        }
        return check.check(export, gold);
    }

    private Report check(JsonNode export, List<JsonNode> gold) {
        List<JsonNode> actors = new ArrayList<>();
        export.path("actors").forEach(actors::add);
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++)
            for (int j = i + 1; j < actors.size(); j++)
                if (same(actors.get(i).path("name").asText(), actors.get(j).path("name").asText()))
                    duplicates.add(describe(actors.get(i)) + " and " + describe(actors.get(j)));
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode g : gold) {
            g.path("quotes").forEach(q -> names.add(q.path("speaker").asText("")));
            g.path("events").forEach(e -> e.path("participants").forEach(p -> names.add(p.path("name").asText(""))));
        }
        names.remove("");
        StringBuilder texts = new StringBuilder();
        export.path("documents").forEach(d -> texts.append(nameKey(d.path("text").asText())).append(' '));
        String words = " " + texts + " ";
        List<String> unresolved = new ArrayList<>(), wrongKind = new ArrayList<>(), unwritten = new ArrayList<>();
        for (String name : names) {
            List<JsonNode> found = actors.stream().filter(a -> denotes(a, name)).toList();
            if (found.isEmpty()) {
                (written(name, words) ? unresolved : unwritten).add(name);
                continue;
            }
            ActorKind expected = expectedKind(name);
            if (expected != null && found.stream().noneMatch(a -> a.path("kind").asText().equals(expected.name())))
                wrongKind.add(name + " should be " + expected + ", is " + found.stream().map(ActorCheck::describe).toList());
        }
        return new Report(duplicates, unresolved, wrongKind, unwritten, names.size());
    }

    /**
     * Whether the texts (their folded words, space-separated) write the name or one of its names in aliases.json, in
     * full or by its last word: an actor can only be found for a name the text gives.
     */
    private boolean written(String name, String words) {
        String k = key(name);
        for (var e : canon.entrySet())
            if (e.getValue().equals(k) || e.getKey().equals(nameKey(name))) {
                String[] w = e.getKey().split(" ");
                if (!e.getKey().isEmpty() && (words.contains(" " + e.getKey() + " ") || words.contains(" " + w[w.length - 1] + " ")))
                    return true;
            }
        String[] w = nameKey(name).split(" ");
        return words.contains(" " + nameKey(name) + " ") || words.contains(" " + w[w.length - 1] + " ");
    }

    /** Whether the actor's name or one of its aliases denotes the gold name. */
    private boolean denotes(JsonNode actor, String name) {
        if (same(actor.path("name").asText(), name))
            return true;
        for (JsonNode alias : actor.path("aliases"))
            if (key(alias.asText()).equals(key(name)))
                return true;
        return false;
    }

    /** The kind the gazetteer or the known-actors list gives the name, or null where neither knows it. */
    private static ActorKind expectedKind(String name) {
        var g = Gazetteer.standard().find(name);
        if (g.isPresent() && g.get().how() == Gazetteer.How.NAME)
            return g.get().kind();
        return KnownActors.standard().find(name).map(KnownActors.Known::kind).orElse(null);
    }

    /** The referee's sameness: one key after aliases, or a surname alone against a full name ending in it. */
    boolean same(String a, String b) {
        String ka = key(a), kb = key(b);
        if (ka.isEmpty() || kb.isEmpty())
            return false;
        if (ka.equals(kb))
            return true;
        String[] ta = ka.split(" "), tb = kb.split(" ");
        return ta[ta.length - 1].equals(tb[tb.length - 1]) && (ta.length == 1 || tb.length == 1);
    }

    private String key(String s) {
        String k = nameKey(s);
        return canon.getOrDefault(k, k);
    }

    private static String nameKey(String s) {
        String folded = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find())
            if (!TITLES.contains(m.group()) && !m.group().equals("s"))
                words.add(m.group());
        return String.join(" ", words);
    }

    private static String describe(JsonNode actor) {
        return actor.path("id").asText() + " " + actor.path("kind").asText() + " " + actor.path("name").asText();
    }
}
