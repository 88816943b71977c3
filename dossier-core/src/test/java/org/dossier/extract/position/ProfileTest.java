package org.dossier.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {
    private static Profile read(String text) throws IOException {
        return Profile.read("test.tsv", new BufferedReader(new StringReader(text)));
    }

    private static String found(Profile p, String text) {
        return p.find(text, 0, text.length()).stream().map(m -> m.proposal() + "=" + text.substring(m.start(), m.end())).toList().toString();
    }

    @Test
    void theBundledProfileHasTheTwelveProposalsOfFactsMd() {
        assertThat(Profile.standard().proposals()).extracting(Profile.Proposal::id).containsExactly(
                "foreign-troops", "us-backstop", "nato-membership", "article5-like", "eu-membership", "ceasefire",
                "monitoring-mission", "sanctions-relief", "minerals-deal", "arms-supply", "european-defense",
                "territorial-concessions");
    }

    @Test
    void cuesMatchWholeWordsInAnyCaseWithOpenEndingsApostrophesAndRegexes() throws IOException {
        Profile p = read("""
                # a comment
                proposal\tgas\ta gas deal
                cue\tgas\tgas deal
                cue\tgas\tpipeline*
                cue\tgas\tEurope's gas
                cue\tgas\tre:gas (price|cap)s?
                """);
        assertThat(found(p, "The Gas Deal, new pipelines and Europe’s gas; gas caps but no gasdeal.")).isEqualTo(
                "[gas=Gas Deal, gas=pipelines, gas=Europe’s gas, gas=gas caps]");
    }

    @Test
    void anExceptionSilencesTheCuesInsideIt() throws IOException {
        Profile p = read("proposal\tarms\tarms for Ukraine\ncue\tarms\tweapons\nexcept\tarms\tweapons to Russia\n");
        assertThat(found(p, "weapons to Russia, weapons for Kyiv")).isEqualTo("[arms=weapons]");
    }

    @Test
    void aBadLineIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> read("proposal\tx\tX\ncue\ty\tsomething\n"))
                .hasMessage("test.tsv:2: cue for unknown proposal 'y' (declare it on a 'proposal' line first)");
        assertThatThrownBy(() -> read("proposal\tx\tX\ncue\tx\tre:(unclosed\n"))
                .hasMessageStartingWith("test.tsv:2: bad pattern 're:(unclosed'");
        assertThatThrownBy(() -> read("proposal\tx\n")).hasMessageContaining("test.tsv:1: expected 3 tab-separated columns");
    }

    @Test
    void aUserProfileIsReadFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("energy.tsv"), "proposal\tgrain-corridor\ta Black Sea grain corridor\ncue\tgrain-corridor\tgrain corridor\n");
        Profile p = Profile.load(file);
        assertThat(p.findProposal("grain-corridor")).isPresent();
        assertThat(new PositionExtractor(p).profile().proposals()).hasSize(1);
    }

    @Test
    void aDocumentOutsideTheScopeIsNotRead() throws IOException {
        Profile p = read("scope\tUkraine\nproposal\tx\tX\ncue\tx\ttruce\n");
        assertThat(p.inScope("A truce in Syria.")).isFalse();
        assertThat(p.inScope("A truce in Ukraine.")).isTrue();
        assertThat(read("proposal\tx\tX\n").inScope("anything")).isTrue();
    }
}
