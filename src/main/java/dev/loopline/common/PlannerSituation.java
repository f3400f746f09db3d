package dev.loopline.common;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL's planner has to go on (issue 16): whether the database keeps its statistics fresh by itself
 * (autovacuum, which needs track_counts), and which of the given tables it has never analyzed (reltuples -1).
 */
public record PlannerSituation(boolean autovacuum, boolean trackCounts, List<String> neverAnalyzed) {

    /** The tables intake reads and writes. */
    public static final List<String> INTAKE_TABLES = List.of("ticket", "ticket_sla", "ticket_event", "ticket_repeat",
            "outbox_event", "idempotency_key", "hotspot", "escalation");

    private static final String READ = """
            select current_setting('autovacuum')::boolean, current_setting('track_counts')::boolean,
                   array(select c.relname::text from pg_class c
                         where c.relname = any(?) and c.relkind in ('r', 'p') and pg_table_is_visible(c.oid)
                           and c.reltuples < 0
                         order by 1)""";

    public PlannerSituation {
        neverAnalyzed = List.copyOf(neverAnalyzed);
    }

    /** The situation of the database the connection is on, for the given tables of its search path. */
    public static PlannerSituation read(Connection connection, List<String> tables) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Array never = row.getArray(3);
                return new PlannerSituation(row.getBoolean(1), row.getBoolean(2),
                        Arrays.asList((String[]) never.getArray()));
            }
        }
    }

    /** Whether anything analyzes the tables as they grow: autovacuum on, and the counts it decides by kept. */
    public boolean statisticsKeptFresh() {
        return autovacuum && trackCounts;
    }

    /** What an operator is told at start when nothing keeps the statistics fresh; empty when autovacuum does. */
    public Optional<String> warning() {
        if (statisticsKeptFresh()) {
            return Optional.empty();
        }
        String cause = !autovacuum ? "autovacuum is off on this PostgreSQL"
                : "track_counts is off on this PostgreSQL, so autovacuum cannot tell which tables changed";
        String tables = neverAnalyzed.isEmpty() ? ""
                : " (never analyzed so far: " + String.join(", ", neverAnalyzed) + ")";
        return Optional.of(cause + ": nothing analyzes or vacuums the tables as they grow, so the planner keeps "
                + "planning for them as they were when last analyzed" + tables + ". Intake's statements stay on "
                + "their indexes without statistics; lists, the board and reports need them. Run ANALYZE after "
                + "loading data and then regularly (e.g. vacuumdb --analyze-only from cron), or turn autovacuum on "
                + "(it needs track_counts on).");
    }
}
