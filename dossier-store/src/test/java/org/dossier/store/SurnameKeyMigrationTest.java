package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A store written before V2 gets the surname keys of the actors and aliases it already holds. */
class SurnameKeyMigrationTest {
    @Test
    void actorsStoredBeforeTheSurnameColumnGetTheirSurnameKeys() throws Exception {
        String url = "jdbc:h2:mem:surname-migration;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO actors (id, kind, name, name_key) VALUES (1, 'PERSON', 'Donald Trump', 'donald trump')");
            s.execute("INSERT INTO actors (id, kind, name, name_key) VALUES (2, 'PERSON', 'Lavrov', 'lavrov')");
            s.execute("INSERT INTO actor_aliases (actor_id, alias, alias_key) VALUES (2, 'Sergei Lavrov', 'sergei lavrov')");
        }
        try (Store store = Store.open(url, "sa", "");
             Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT 'a' || id || '=' || COALESCE(surname_key, '-') FROM actors
                     UNION ALL SELECT 'alias' || actor_id || '=' || surname_key FROM actor_aliases ORDER BY 1""")) {
            StringBuilder keys = new StringBuilder();
            while (rs.next())
                keys.append(rs.getString(1)).append(' ');
            assertThat(keys.toString().strip()).isEqualTo("a1=trump a2=- alias2=lavrov");
        }
    }
}
