package org.dossier.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.dossier.pipeline.ProcessedDocument;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The fact store: saves processed documents, each with all its facts in one transaction, and reads back the facts
 * of all documents with global ids for export. Safe for use by several threads; close it to release the pool.
 * <p>
 * Saves from the threads of one {@code Store} run one at a time, because actor resolution reads the actors table and
 * then inserts into it: two documents naming the same new actor at once would otherwise create it twice. Writing is
 * short next to extraction, so workers lose little by the wait.
 */
public final class Store implements AutoCloseable {
    private final Database database;
    private final Jdbi jdbi;
    private final ReentrantLock saveLock = new ReentrantLock();

    private Store(Database database) {
        this.database = database;
        this.jdbi = database.jdbi();
    }

    /**
     * Opens (creating it where missing) the embedded H2 database {@code dossier} in folder {@code dir} and brings
     * its schema up to date. Only one process may have it open at a time.
     */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create store folder " + dir, e);
        }
        // a writer waits up to 10 s for another's lock (H2's default of 1 s is short for a large document)
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("dossier")
                + ";AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000";
        return open(url, "sa", "");
    }

    /** Opens the database at {@code jdbcUrl} (H2 or PostgreSQL) and brings its schema up to date. */
    public static Store open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Store(Database.open(jdbcUrl, user, password));
    }

    /** Whether a document with this content hash is stored. */
    public boolean contains(String contentHash) {
        return jdbi.withHandle(h -> new DocumentRepository(h).contains(contentHash));
    }

    /**
     * Writes the document and all its facts in one transaction, or nothing when its content hash is already
     * stored (also when another writer stored it while this save ran).
     *
     * @return STORED with the new document id, or DUPLICATE
     * @throws StoreException           when the database refuses the document; nothing of it is left behind
     * @throws IllegalArgumentException when a fact names an actor key the document does not have, or a span lies
     *                                  outside the text; nothing of the document is left behind
     */
    public SaveResult save(ProcessedDocument doc) {
        Objects.requireNonNull(doc, "doc");
        saveLock.lock();
        try {
            return jdbi.inTransaction(h -> saveIn(h, doc));
        } catch (JdbiException e) {
            // a writer outside this Store (another process, a shared database) may have won the race for the hash
            if (contains(doc.contentHash()))
                return SaveResult.duplicate();
            throw new StoreException("Cannot save document " + doc.name(), e);
        } finally {
            saveLock.unlock();
        }
    }

    private static SaveResult saveIn(Handle handle, ProcessedDocument doc) {
        if (new DocumentRepository(handle).contains(doc.contentHash()))
            return SaveResult.duplicate();
        return SaveResult.stored(new DocumentSaver(handle).save(doc, Instant.now()));
    }

    /** How many documents, actors, quotes, events, positions and removed spans the store holds. */
    public Counts counts() {
        return jdbi.withHandle(h -> new Counts(count(h, "documents"), count(h, "actors"), count(h, "quotes"),
                count(h, "events"), count(h, "positions"),
                h.createQuery("SELECT COALESCE(SUM(removed_count), 0) FROM documents").mapTo(Long.class).one()));
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    /** Every document, by id. */
    public List<StoredDocument> documents() {
        return jdbi.withHandle(h -> new DocumentRepository(h).all());
    }

    /** Every actor with its aliases and roles, by id. */
    public List<StoredActor> actors() {
        return jdbi.withHandle(h -> new ActorRepository(h).all());
    }

    /** Every quote, by id. */
    public List<StoredQuote> quotes() {
        return jdbi.withHandle(h -> new QuoteRepository(h).all());
    }

    /** Every event with its participants and sources, by id. */
    public List<StoredEvent> events() {
        return jdbi.withHandle(h -> new EventRepository(h).all());
    }

    /** Every position, by id. */
    public List<StoredPosition> positions() {
        return jdbi.withHandle(h -> new PositionRepository(h).all());
    }

    @Override
    public void close() {
        database.close();
    }
}
