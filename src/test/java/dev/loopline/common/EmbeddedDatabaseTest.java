package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL starts on this machine (as root too) and keeps dev mode's data across a restart. */
class EmbeddedDatabaseTest {

    @Test
    void aKeptClusterKeepsItsDataAcrossARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("dev");
        try (EmbeddedPostgres first = EmbeddedDatabase.start(data);
                Connection connection = first.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('written before the restart')");
        }
        try (EmbeddedPostgres second = EmbeddedDatabase.start(data);
                Connection connection = second.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note, version() from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the restart");
            assertThat(rows.getString(2)).startsWith("PostgreSQL 17.");
        }
    }

    @Test
    void withoutADirectoryEachStartIsEmpty() throws SQLException, java.io.IOException {
        try (EmbeddedPostgres cluster = EmbeddedDatabase.start(null);
                Connection connection = cluster.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }
}
