package dev.loopline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The archive moves rows with `insert into archive.t select * from t` (Archive.MOVE_BATCH): each archive table has
 * its live table's columns, in the same order and of the same types. A migration that adds a column to one and not
 * the other fails here, not in a month's archiving years later.
 */
@QuarkusTest
class ArchiveSchemaTest {

    private static final List<String> MOVED = List.of("ticket", "ticket_sla", "ticket_repeat", "escalation",
            "work_order");

    @Inject
    AgroalDataSource db;

    @Test
    void everyArchiveTableHasItsLiveTablesColumnsInOrder() throws Exception {
        for (String table : MOVED) {
            assertThat(columns("archive." + table)).as(table).isNotEmpty().isEqualTo(columns("public." + table));
        }
        assertThat(Archive.MOVE_BATCH).contains(MOVED.stream().map(t -> "insert into archive." + t + " select")
                .toArray(String[]::new));
    }

    private List<String> columns(String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select attname || ' ' || format_type(atttypid, atttypmod) from pg_attribute"
                        + " where attrelid = cast(? as regclass) and attnum > 0 and not attisdropped"
                        + " order by attnum")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
