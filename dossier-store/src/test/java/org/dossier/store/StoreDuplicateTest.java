package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.dossier.pipeline.ProcessedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDuplicateTest {
    @TempDir
    Path dir;

    @Test
    void theSameContentHashTwiceIsADuplicateAndChangesNoCounts() {
        try (Store store = Store.open(dir)) {
            assertThat(store.contains("abc123")).isFalse();
            assertThat(store.save(StoreRoundTripTest.fullDocument()).isStored()).isTrue();
            Counts before = store.counts();

            SaveResult again = store.save(StoreRoundTripTest.fullDocument());

            assertThat(again).isEqualTo(new SaveResult(SaveResult.Status.DUPLICATE, null));
            assertThat(store.counts()).isEqualTo(before);
            assertThat(store.contains("abc123")).isTrue();
        }
    }

    @Test
    void twoThreadsSavingTheSameDocumentStoreItOnce() throws Exception {
        try (Store store = Store.open(dir)) {
            List<SaveResult> results = race(8, i -> store.save(StoreRoundTripTest.fullDocument()));

            assertThat(results).filteredOn(SaveResult::isStored).hasSize(1);
            assertThat(store.counts()).isEqualTo(new Counts(1, 3, 2, 2, 2, 2));
        }
    }

    /** Two stores on one database do not share a save lock, so the database's unique key decides the race. */
    @Test
    void twoStoresRacingForOneHashLeaveOneCompleteDocument() throws Exception {
        try (Store first = Store.open(dir); Store second = Store.open(dir)) {
            for (int round = 0; round < 10; round++) {
                ProcessedDocument doc = TestDocuments.document("race-" + round, "Kyiv said no.", f -> {});
                List<SaveResult> results = race(2, i -> (i == 0 ? first : second).save(doc));

                assertThat(results).filteredOn(SaveResult::isStored).hasSize(1);
            }
            assertThat(first.counts().documents()).isEqualTo(10);
        }
    }

    /** Runs {@code save} with 0, 1, ... on {@code threads} threads released at once; returns what each returned. */
    private static List<SaveResult> race(int threads, IntFunction<SaveResult> save) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SaveResult>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return save.apply(index);
                }));
            }
            start.countDown();
            List<SaveResult> results = new ArrayList<>();
            for (Future<SaveResult> f : futures)
                results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
