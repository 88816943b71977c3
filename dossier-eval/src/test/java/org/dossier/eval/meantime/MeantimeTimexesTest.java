package org.dossier.eval.meantime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.eval.TimeMlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeantimeTimexesTest {
    private static final String CAT = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="ferry" lang="en">
            <token number="0" sentence="0" t_id="1">Ferry</token>
            <token number="1" sentence="0" t_id="2">sinks</token>
            <token number="0" sentence="1" t_id="3">May</token>
            <token number="1" sentence="1" t_id="4">2</token>
            <token number="2" sentence="1" t_id="5">,</token>
            <token number="3" sentence="1" t_id="6">2031</token>
            <token number="0" sentence="2" t_id="7">It</token>
            <token number="1" sentence="2" t_id="8">sank</token>
            <token number="2" sentence="2" t_id="9">yesterday</token>
            <token number="3" sentence="2" t_id="10">.</token>
            <token number="0" sentence="3" t_id="11">Not</token>
            <token number="1" sentence="3" t_id="12">annotated</token>
            <Markables>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2031-05-02">
            <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
            </TIMEX3>
            <TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2031-05-01">
            <token_anchor t_id="9"/>
            </TIMEX3>
            <TIMEX3 TAG_DESCRIPTOR="2032" functionInDocument="NONE" m_id="22" type="DATE" value="2032"/>
            </Markables>
            </Document>
            """;

    @Test
    void theTextIsPrintedAsNewsAndEndsWithTheLastAnnotatedSentence(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ferry.xml"), CAT);
        TimeMlDocument d = MeantimeTimexes.read(dir).get(0);
        assertThat(d.text()).isEqualTo("Ferry sinks\nMay 2, 2031\nIt sank yesterday.");
        assertThat(d.dct()).isEqualTo(LocalDate.of(2031, 5, 2));
        assertThat(d.timexes()).extracting(g -> g.span().of(d.text()) + "|" + g.value())
                .containsExactly("May 2, 2031|2031-05-02", "yesterday|2031-05-01");
    }
}
