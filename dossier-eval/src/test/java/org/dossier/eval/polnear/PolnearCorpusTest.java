package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {
    @TempDir
    Path dir;

    /** The shared data folder: {@code dossier.root} (set by surefire to the repository root) or the working folder. */
    static Path polnear() {
        String root = System.getProperty("dossier.root");
        Path base = root != null ? Path.of(root).resolve("../shared") : Path.of("../shared");
        return base.resolve("data/polnear").normalize();
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void theFirstAnnotatorFileByNameIsUsedAndTheDateComesFromTheMetadata() throws IOException {
        write("dev/text/nyt_2016-09-30_one.txt", "One\n\nIt rains, Smith said.\n");
        write("dev/attributions/nyt_2016-09-30_one_ef2d.ann",
                "T1\tContent 5 13\tIt rains\nT2\tSource 15 20\tSmith\nE1\tAttribution:T9 Content:T1 Source:T2\n");
        write("dev/attributions/nyt_2016-09-30_one_4e07.ann",
                "T1\tContent 5 12\tIt rain\nE1\tAttribution-no-source:T9 Content:T1\n");
        write("dev/text/nyt_2016-10-01_two.txt", "Two\n");
        write("metadata.tsv", "compartment\tfilename\tpublication_date\n"
                + "dev\tnyt_2016-09-30_one\t2016-09-30\ndev\tnyt_2016-10-01_two\tNone\n");

        List<PolnearArticle> articles = PolnearCorpus.load(dir, "dev");

        assertThat(articles).extracting(PolnearArticle::name).containsExactly("nyt_2016-09-30_one", "nyt_2016-10-01_two");
        PolnearArticle one = articles.get(0);
        assertThat(one.published()).isEqualTo(LocalDate.of(2016, 9, 30));
        assertThat(one.attributions()).hasSize(1);
        assertThat(one.attributions().get(0).contentText(one.text())).isEqualTo("It rain");
        assertThat(one.attributions().get(0).source()).isNull();
        assertThat(articles.get(1).published()).isNull();
        assertThat(articles.get(1).attributions()).isEmpty();
    }

    @Test
    void theDevSplitHas84ArticlesAnd2192Attributions428OfThemDirect() throws IOException {
        assumeTrue(Files.isDirectory(polnear().resolve("dev/text")), "PolNeAR is not under " + polnear());

        List<PolnearArticle> dev = PolnearCorpus.load(polnear(), "dev");

        List<GoldAttribution> gold = dev.stream().flatMap(a -> a.attributions().stream()).toList();
        assertThat(dev).hasSize(84);
        assertThat(dev).allSatisfy(a -> assertThat(a.published()).isNotNull());
        // 2,320 events in all files; 2,193 in the first annotator's files, one of which has no content
        assertThat(gold).hasSize(2192);
        assertThat(gold.stream().filter(g -> g.kind().equals("direct")).count()).isEqualTo(428);
        assertThat(gold.stream().filter(g -> g.source() == null).count()).isEqualTo(126);
    }
}
