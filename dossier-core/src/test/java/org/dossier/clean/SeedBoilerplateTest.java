package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.model.Span;
import org.dossier.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The cleaner on real news pages: the seed articles and their gold boilerplate, scored the way
 * {@code shared/eval/score.py} scores it (non-space characters of the raw text).
 */
class SeedBoilerplateTest {
    @Test
    void removesTheGoldBoilerplateOfTheSeedsWithF1AboveNinety() throws IOException {
        Path corpus = SharedData.require("corpus/seeds");
        Path gold = SharedData.require("eval/gold/seeds");
        Cleaner cleaner = Cleaner.standard();
        ObjectMapper json = new ObjectMapper();
        long tp = 0, predicted = 0, expected = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                String raw = Files.readString(file);
                Set<Integer> goldChars = new HashSet<>();
                JsonNode g = json.readTree(gold.resolve(file.getFileName().toString().replace(".txt", ".json")).toFile());
                for (JsonNode b : g.get("boilerplate"))
                    for (int i = raw.indexOf(b.asText()); i >= 0; i = raw.indexOf(b.asText(), i + 1))
                        for (int k = i; k < i + b.asText().length(); k++)
                            if (!Character.isWhitespace(raw.charAt(k)))
                                goldChars.add(k);
                Set<Integer> predChars = new HashSet<>();
                for (Span s : cleaner.cleanText(raw).removed())
                    for (int k = s.start(); k < s.end(); k++)
                        if (!Character.isWhitespace(raw.charAt(k)))
                            predChars.add(k);
                expected += goldChars.size();
                predicted += predChars.size();
                predChars.retainAll(goldChars);
                tp += predChars.size();
            }
        }
        double p = (double) tp / predicted, r = (double) tp / expected;
        assertThat(2 * p * r / (p + r)).isGreaterThanOrEqualTo(0.90);
    }
}
