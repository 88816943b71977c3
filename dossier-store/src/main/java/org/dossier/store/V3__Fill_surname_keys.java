package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code surname_key} (added by V2) on the actors and aliases stored before it: the key is
 * {@link NameKey#surname}, folded in Java like every name key. Flyway takes the version from the class name.
 */
final class V3__Fill_surname_keys extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        fill(c, "actors", "name_key");
        fill(c, "actor_aliases", "alias_key");
    }

    private static void fill(Connection c, String table, String keyColumn) throws Exception {
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, " + keyColumn + " FROM " + table);
             PreparedStatement write = c.prepareStatement("UPDATE " + table + " SET surname_key = ? WHERE id = ?")) {
            while (rs.next()) {
                String surname = NameKey.surname(rs.getString(2));
                if (surname == null)
                    continue;
                write.setString(1, surname);
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
