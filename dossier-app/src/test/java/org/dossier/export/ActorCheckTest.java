package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.app.cli.SeedActorsRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of an export's actors against gold names: duplicates, names without an actor, wrong kinds. */
class ActorCheckTest {
    @TempDir
    Path gold;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActorCheck.Report check(String exportJson) throws IOException {
        Files.writeString(gold.resolve("aliases.json"), "{\"Norway\": [\"Oslo\", \"Kingdom of Norway\"]}");
        Files.writeString(gold.resolve("one.json"), """
                {"quotes": [{"speaker": "Ilse Brandvik"}],
                 "events": [{"participants": [{"name": "Norway"}, {"name": "Hanne Lund"}]}]}""");
        JsonNode export = MAPPER.readTree(exportJson);
        return ActorCheck.run(export, gold);
    }

    @Test
    void anExportWithOneActorPerEntityOfTheRightKindPasses() throws IOException {
        ActorCheck.Report r = check("""
                {"documents": [{"text": "Brandvik met Hanne Lund in Oslo."}],
                 "actors": [{"id": "a1", "kind": "PERSON", "name": "Ilse Brandvik", "aliases": ["Brandvik"]},
                            {"id": "a2", "kind": "COUNTRY", "name": "Norway", "aliases": ["Oslo"]},
                            {"id": "a3", "kind": "PERSON", "name": "Hanne Lund", "aliases": []}]}""");
        assertThat(r.passed()).as(r.toString()).isTrue();
    }

    @Test
    void twoActorsForOneEntityAreADuplicateByAliasOrBySurname() throws IOException {
        ActorCheck.Report r = check("""
                {"documents": [{"text": "Brandvik met Hanne Lund in Oslo."}],
                 "actors": [{"id": "a1", "kind": "PERSON", "name": "Ilse Brandvik", "aliases": []},
                            {"id": "a2", "kind": "PERSON", "name": "Brandvik", "aliases": []},
                            {"id": "a3", "kind": "COUNTRY", "name": "Norway", "aliases": []},
                            {"id": "a4", "kind": "COUNTRY", "name": "Kingdom of Norway", "aliases": []},
                            {"id": "a5", "kind": "PERSON", "name": "Hanne Lund", "aliases": []}]}""");
        assertThat(r.duplicates()).containsExactly("a1 PERSON Ilse Brandvik and a2 PERSON Brandvik",
                "a3 COUNTRY Norway and a4 COUNTRY Kingdom of Norway");
    }

    @Test
    void aWrittenNameWithoutActorAndAKnownCountryOfAnotherKindAreReported() throws IOException {
        ActorCheck.Report r = check("""
                {"documents": [{"text": "Brandvik met Hanne Lund in Oslo."}],
                 "actors": [{"id": "a1", "kind": "PERSON", "name": "Ilse Brandvik", "aliases": []},
                            {"id": "a2", "kind": "ORGANIZATION", "name": "Norway", "aliases": []}]}""");
        assertThat(r.unresolved()).containsExactly("Hanne Lund");
        assertThat(r.wrongKind()).singleElement().asString().startsWith("Norway should be COUNTRY");
    }

    @Test
    void aNameTheTextsNeverWriteIsSetApart() throws IOException {
        ActorCheck.Report r = check("""
                {"documents": [{"text": "Brandvik spoke in Oslo."}],
                 "actors": [{"id": "a1", "kind": "PERSON", "name": "Ilse Brandvik", "aliases": []},
                            {"id": "a2", "kind": "COUNTRY", "name": "Norway", "aliases": ["Oslo"]}]}""");
        assertThat(r.unresolved()).isEmpty();
        assertThat(r.unwritten()).containsExactly("Hanne Lund");
    }

    /** The shared folder beside the repository: {@code dossier.root} (set by surefire) or the working folder. */
    private static Path shared() {
        String root = System.getProperty("dossier.root");
        return (root != null ? Path.of(root).resolve("../shared") : Path.of("../shared")).normalize();
    }

    @Test
    void theSeedsGiveOneActorPerEntityAndAnActorOfTheRightKindForEveryNameTheGoldGivesAndTheTextsWrite() throws IOException {
        Path corpus = shared().resolve("corpus/seeds"), seedsGold = shared().resolve("eval/gold/seeds");
        assumeTrue(Files.isDirectory(corpus) && Files.isDirectory(seedsGold), "the seeds are not under " + shared());
        ActorCheck.Report r = SeedActorsRun.check(corpus, seedsGold);
        assertThat(r.passed()).as(r.toString()).isTrue();
        assertThat(r.goldNames()).isGreaterThan(40);
    }
}
