package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A store written before V4 gets the second keys of its bodies recomputed as their bases; persons keep theirs. */
class BodyKeyMigrationTest {
    @Test
    void bodiesStoredBeforeGetTheBaseOfTheirNamesAsSecondKey() throws Exception {
        String url = "jdbc:h2:mem:body-key-migration;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO actors (id, kind, name, name_key, surname_key) VALUES (1, 'ORGANIZATION', 'Norway Coastal Guard Service', 'norway coastal guard service', 'service')");
            s.execute("INSERT INTO actor_aliases (actor_id, alias, alias_key, surname_key) VALUES (1, 'Kestrel Inc.', 'kestrel inc.', 'inc.')");
            s.execute("INSERT INTO actors (id, kind, name, name_key, surname_key) VALUES (2, 'PERSON', 'Tom Reed', 'tom reed', 'reed')");
        }
        try (Store store = Store.open(url, "sa", "");
             Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT 'a' || id || '=' || surname_key FROM actors
                     UNION ALL SELECT 'alias' || actor_id || '=' || surname_key FROM actor_aliases ORDER BY 1""")) {
            StringBuilder keys = new StringBuilder();
            while (rs.next())
                keys.append(rs.getString(1)).append(' ');
            assertThat(keys.toString().strip()).isEqualTo("a1=coastal guard service a2=reed alias1=kestrel");
        }
    }
}
