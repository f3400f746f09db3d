package dev.loopline.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads what the service wrote straight from PostgreSQL, for what the API does not show (events, outbox rows). */
public final class Sql {

    private Sql() {
    }

    /** The single number a query answers, e.g. a count; UUIDs, instants and text bind as given. */
    public static long number(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
