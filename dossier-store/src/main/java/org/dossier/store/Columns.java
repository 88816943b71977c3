package org.dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.dossier.model.DateValue;
import org.dossier.model.Span;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Binds and reads the column groups that several tables share: a span ({@code span_start}, {@code span_end}) and a
 * date ({@code date_value}, {@code date_granularity}, {@code date_source}).
 */
final class Columns {
    private Columns() {
    }

    static <S extends SqlStatement<S>> S bindSpan(S statement, Span span) {
        return statement.bind("span_start", span == null ? null : span.start())
                .bind("span_end", span == null ? null : span.end());
    }

    static <S extends SqlStatement<S>> S bindDate(S statement, DateValue date) {
        return statement.bind("date_value", date == null ? null : date.value())
                .bind("date_granularity", date == null ? null : date.granularity())
                .bind("date_source", date == null ? null : date.source());
    }

    /** The span of this row, or null when its columns are null. */
    static Span span(ResultSet rs) throws SQLException {
        int start = rs.getInt("span_start");
        if (rs.wasNull())
            return null;
        return new Span(start, rs.getInt("span_end"));
    }

    /** The date of this row, or null when it has no value. */
    static DateValue date(ResultSet rs) throws SQLException {
        String value = rs.getString("date_value");
        return value == null ? null
                : new DateValue(value, rs.getString("date_granularity"), rs.getString("date_source"));
    }

    /** A nullable BIGINT column. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
