package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes the second key of every body and of its aliases as {@link OrgKey#base}, the key bodies are found by: V3
 * filled bodies' rows with a person's surname, and the base now also drops a country's name that opens a body's
 * ("United States Air Force" gives {@code air force}). Flyway takes the version from the class name.
 */
final class V4__Refresh_body_keys extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        refresh(c, "SELECT id, name FROM actors WHERE kind = 'ORGANIZATION'", "UPDATE actors SET surname_key = ? WHERE id = ?");
        refresh(c, "SELECT l.id, l.alias FROM actor_aliases l JOIN actors a ON a.id = l.actor_id WHERE a.kind = 'ORGANIZATION'",
                "UPDATE actor_aliases SET surname_key = ? WHERE id = ?");
    }

    private static void refresh(Connection c, String select, String update) throws Exception {
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery(select);
             PreparedStatement write = c.prepareStatement(update)) {
            while (rs.next()) {
                write.setString(1, OrgKey.base(rs.getString(2)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
