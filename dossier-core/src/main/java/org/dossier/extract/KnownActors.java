package org.dossier.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.ActorKind;

/**
 * Persons and bodies known by name before any article is read: the bundled {@code actors.tsv} of the
 * security-guarantees profile (leaders, ministers, envoys, bodies of 2024–2026) and, where given, a user's file of the
 * same format. They let "Zelenskiy" in one article and "Volodymyr Zelenskyy" in another be one actor, and a surname
 * that stands alone ("Lavrov said") be a person. Names the list does not know still become actors by the text.
 * <p>
 * The user's file is named by the system property {@value #PROPERTY} (set by {@code ingest --actors FILE}) or else by
 * the environment variable {@value #ENV}; its rows come before the bundled ones, so a user may redefine a name.
 * Immutable and shared.
 */
public final class KnownActors {
    /** The system property that names a user's file of actors. */
    public static final String PROPERTY = "dossier.actors";
    /** The environment variable that names a user's file of actors. */
    public static final String ENV = "DOSSIER_ACTORS";

    /**
     * One known actor.
     *
     * @param country ISO 3166-1 alpha-2 code, or null
     * @param role    the office the news most often gives, or null; informational only (roles on actors come from texts)
     */
    public record Known(ActorKind kind, String name, List<String> aliases, String country, String role) {
        public Known {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Known> all = new ArrayList<>();
    private final Map<String, Known> byKey = new HashMap<>();

    private KnownActors(List<List<String[]>> sources, List<String> names) {
        for (int s = 0; s < sources.size(); s++) {
            int line = 0;
            for (String[] row : sources.get(s)) {
                line++;
                add(row, names.get(s), line);
            }
        }
    }

    private static final KnownActors STANDARD = load(userFile());

    /** The bundled actors and the user's file, if one is named. */
    public static KnownActors standard() {
        return STANDARD;
    }

    /**
     * The bundled actors with those of {@code userFile} first (may be null).
     *
     * @throws IllegalStateException naming the file and row when it cannot be read or a row is malformed
     */
    public static KnownActors load(Path userFile) {
        List<List<String[]>> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (userFile != null) {
            sources.add(Resources.rows(userFile, 2));
            names.add(userFile.toString());
        }
        sources.add(Resources.rows("actors.tsv", 2));
        names.add("actors.tsv");
        return new KnownActors(sources, names);
    }

    /** The file the property or environment names, or null. */
    static Path userFile() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank())
            named = System.getenv(ENV);
        return named == null || named.isBlank() ? null : Path.of(named);
    }

    private void add(String[] row, String source, int row1) {
        ActorKind kind;
        try {
            kind = ActorKind.valueOf(row[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": row " + row1 + ": unknown kind '" + row[0] + "', expected one of "
                    + Arrays.toString(ActorKind.values()));
        }
        List<String> aliases = row.length > 2 ? Arrays.stream(row[2].split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList() : List.of();
        String country = row.length > 3 && !row[3].isEmpty() ? row[3].toUpperCase(Locale.ROOT) : null;
        String role = row.length > 4 && !row[4].isEmpty() ? row[4] : null;
        Known k = new Known(kind, row[1], aliases, country, role);
        all.add(k);
        byKey.putIfAbsent(Gazetteer.key(row[1]), k);
        for (String a : aliases)
            byKey.putIfAbsent(Gazetteer.key(a), k);
    }

    /**
     * The actor {@code name} (a canonical name or an alias) stands for, ignoring case, accents and middle initials
     * ("Vladimir V. Putin" is "Vladimir Putin").
     */
    public Optional<Known> find(String name) {
        Known k = byKey.get(Gazetteer.key(name));
        if (k == null && name.indexOf(' ') > 0) {
            String noInitials = MIDDLE_INITIAL.matcher(name).replaceAll(" ");
            if (!noInitials.equals(name))
                k = byKey.get(Gazetteer.key(noInitials));
        }
        return Optional.ofNullable(k);
    }

    /** An initial between two names: " V. " in "Vladimir V. Putin". */
    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("(?<=\\S) (?:\\p{Lu}\\.\\s?)+ (?=\\S)");

    /** The person {@code name} stands for, if the list knows one by it. */
    public Optional<Known> person(String name) {
        return find(name).filter(k -> k.kind() == ActorKind.PERSON);
    }

    /** Every known actor, user's first, in file order. */
    public List<Known> all() {
        return java.util.Collections.unmodifiableList(all);
    }
}
