package org.dossier.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens a connection pool and brings its schema up to date with the Flyway migrations in {@code db/migration}.
 * One code path for the embedded H2 file and for a shared PostgreSQL server: only the JDBC URL differs.
 */
final class Database implements AutoCloseable {
    private static final int POOL_SIZE = 4;

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens a pool on {@code jdbcUrl} and migrates it; closes the pool again when migration fails. */
    static Database open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("dossier-store");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .javaMigrations(new V3__Fill_surname_keys(), new V4__Refresh_body_keys())
                    .load()
                    .migrate();
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
