package org.dossier.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.annotate.Annotator;
import org.junit.jupiter.api.Test;

/** Noun phrases of our own writing read by the name parser, printed as {@code FORM KIND name}. */
class NamePhraseParserTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final NamePhraseParser PARSER = new NamePhraseParser(Names.standard());

    private static String parsed(String phrase) {
        NamePhrase p = PARSER.parse(ANNOTATOR.annotate("t", phrase, null).sentences().get(0).tokens());
        return p == null ? null : p.form() + " " + p.kind() + " " + p.name();
    }

    @Test
    void aTitleWordAfterAGivenNameIsTheSurname() {
        assertThat(parsed("Helen King")).isEqualTo("NAME PERSON Helen King");
        assertThat(parsed("Paul Press")).isEqualTo("NAME PERSON Paul Press");
        assertThat(parsed("Representative Paul J. King")).isEqualTo("NAME PERSON Paul J. King");
    }

    @Test
    void aTitleWordBeforeANameStaysATitle() {
        assertThat(parsed("King Olaf")).isEqualTo("NAME PERSON Olaf");
        assertThat(parsed("the king")).isEqualTo("DESCRIPTION PERSON king");
    }

    @Test
    void aRoleOwnedByAPersonDescribesSomeoneElse() {
        assertThat(parsed("Helen Holt's lawyer")).isEqualTo("DESCRIPTION PERSON Helen Holt's lawyer");
        assertThat(parsed("Helen Holt's office")).isEqualTo("NAME PERSON Helen Holt");
    }

    @Test
    void aNounOfPeopleWrittenWithACapitalIsNoName() {
        // "Critics said …", "Analysts say …" open sentences: the capital is the sentence's, the speakers are unnamed
        assertThat(parsed("Critics")).isEqualTo("ROLE PERSON Critics");
        assertThat(parsed("Analysts")).isEqualTo("ROLE PERSON Analysts");
        assertThat(parsed("Professor Lena Ortiz")).isEqualTo("NAME PERSON Lena Ortiz");
        assertThat(parsed("Helen Judge")).isEqualTo("NAME PERSON Helen Judge");
    }
}
