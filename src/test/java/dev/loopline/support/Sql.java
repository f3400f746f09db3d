package dev.loopline.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Reads what the service wrote straight from PostgreSQL, for what the API does not show (events, outbox rows). */
public final class Sql {

    private Sql() {
    }

    /** Runs one statement that answers no rows (insert, update); answers how many rows it changed. */
    public static int execute(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
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

    /**
     * The plan of a query with sequential scans, bitmap scans and sorts switched off, so the planner's choice on a
     * small test table does not hide whether a partial index's condition matches the query's.
     */
    public static String indexPlan(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local enable_seqscan = off");
                settings.execute("set local enable_bitmapscan = off");
                settings.execute("set local enable_sort = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                connection.rollback();
            }
        }
    }
}
