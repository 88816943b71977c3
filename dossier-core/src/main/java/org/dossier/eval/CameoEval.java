package org.dossier.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.Event;
import org.dossier.pipeline.Pipeline;

/**
 * Scores event typing on real news sentences coded with CAMEO's four quad classes (ConfliBERT's
 * {@code cameo_class/train.tsv}: sentence, tab, class 0..4). Each sentence is a document of its own; the first
 * event Dossier finds that has a quad class gives the sentence's class. Coverage is the share of sentences with an event; accuracy counts
 * over the covered ones. Class 0 ("make statement") has no PLOVER event type: such sentences count as uncovered.
 */
public final class CameoEval {
    /** PLOVER type → CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    static final Map<String, Integer> QUAD = Map.ofEntries(
            Map.entry("CONSULT", 1), Map.entry("AGREE", 1), Map.entry("SUPPORT", 1), Map.entry("REQUEST", 1),
            Map.entry("AID", 2), Map.entry("COOPERATE", 2), Map.entry("RETREAT", 2), Map.entry("CONCEDE", 2),
            Map.entry("ACCUSE", 3), Map.entry("REJECT", 3), Map.entry("THREATEN", 3), Map.entry("INVESTIGATE", 3),
            Map.entry("SANCTION", 3), Map.entry("ASSAULT", 4), Map.entry("MOBILIZE", 4), Map.entry("PROTEST", 4),
            Map.entry("COERCE", 4));

    /** The scores, with a confusion count per gold class and predicted class. */
    public record Report(int sentences, int covered, int correct, int[][] confusion) {
        public double coverage() {
            return sentences == 0 ? 0 : (double) covered / sentences;
        }

        public double accuracy() {
            return covered == 0 ? 0 : (double) correct / covered;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("CAMEO quad classes: %d sentences, %d coded (coverage %.3f), %d right (accuracy %.3f)%n",
                    sentences, covered, coverage(), correct, accuracy()));
            b.append("gold\\pred      1      2      3      4   none\n");
            for (int g = 0; g < 5; g++) {
                b.append(String.format("%-9d", g));
                for (int p = 1; p <= 5; p++)
                    b.append(String.format("%7d", confusion[g][p % 5 == 0 ? 0 : p]));
                b.append('\n');
            }
            return b.toString();
        }
    }

    private CameoEval() {
    }

    /**
     * The quad class of {@code e}, or null for none. Where PLOVER and these data cut differently:
     * <ul>
     * <li>PLOVER's REQUEST holds CAMEO's demand (verbal conflict) and appeal, which these data code with the
     * statements (class 0: "called on X to", "urged"), so an appeal has no class;</li>
     * <li>SANCTION is CAMEO's "reduce relations" (sanctions, expulsions, aid cut), which these data code as
     * verbal conflict;</li>
     * <li>cooperation refused ("will not lift the embargo") is CAMEO's "reject", verbal conflict;</li>
     * <li>material cooperation that is only planned or proposed ("offered to send troops", "is willing to
     * provide") is CAMEO's "express intent to cooperate", verbal cooperation.</li>
     * </ul>
     */
    static Integer quad(Event e) {
        if (e.type().equals("REQUEST"))
            return "demand".equals(e.mode()) ? Integer.valueOf(3) : null;
        Integer q = QUAD.get(e.type());
        if (q != null && q <= 2 && e.status().equals("denied"))
            return 3;
        if (q != null && q == 2 && (e.status().equals("planned") || e.status().equals("proposed")))
            return 1;
        return q;
    }

    /** Scores {@code pipeline} on the sentences of {@code tsv}. */
    public static Report run(Path tsv, Pipeline pipeline) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        int sentences = 0, covered = 0, correct = 0;
        int[][] confusion = new int[5][5];
        for (String line : lines) {
            String[] cols = line.replace("\r", "").split("\t");
            if (cols.length < 2 || !cols[1].strip().matches("[0-4]"))
                continue;
            int gold = Integer.parseInt(cols[1].strip());
            sentences++;
            List<Event> events = pipeline.analyze("cameo", cols[0], null).facts().events();
            Integer predicted = events.stream().map(CameoEval::quad).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            confusion[gold][predicted == null ? 0 : predicted]++;
            if (predicted == null)
                continue;
            covered++;
            if (predicted == gold)
                correct++;
        }
        return new Report(sentences, covered, correct, confusion);
    }
}
