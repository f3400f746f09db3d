package dev.loopline.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A database of its own beside the suite's, migrated by the service's Flyway scripts and never analyzed: what a new
 * installation starts on (issue 16). Dropped on close.
 */
public final class FreshDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final DataSource suite;
    private final String name;
    private final String url;
    private final Properties credentials = new Properties();

    private FreshDatabase(DataSource suite, String name, String url, String user) {
        this.suite = suite;
        this.name = name;
        this.url = url;
        credentials.setProperty("user", user);
        ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> credentials.setProperty("password", password));
    }

    /** Creates and migrates the database; its name is the suite's with the suffix, so parallel suites never meet. */
    public static FreshDatabase create(DataSource suite, String suffix) throws SQLException {
        return create(suite, suffix, MigrationVersion.LATEST);
    }

    /** Creates the database migrated as far as the version, e.g. to load rows a later migration converts. */
    public static FreshDatabase create(DataSource suite, String suffix, MigrationVersion target) throws SQLException {
        FreshDatabase fresh;
        try (Connection connection = suite.getConnection(); Statement statement = connection.createStatement()) {
            Matcher url = URL.matcher(connection.getMetaData().getURL());
            if (!url.matches()) {
                throw new IllegalStateException("not a PostgreSQL URL: " + connection.getMetaData().getURL());
            }
            String name = connection.getCatalog() + "_" + suffix;
            fresh = new FreshDatabase(suite, name, url.group(1) + name + url.group(3),
                    connection.getMetaData().getUserName());
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        fresh.migrate(target);
        try (Connection connection = fresh.connect(); Statement statement = connection.createStatement()) {
            // where autovacuum runs (the embedded PostgreSQL, a default install) it must not analyze behind the test
            statement.execute("alter table ticket set (autovacuum_enabled = false)");
            statement.execute("alter table hotspot set (autovacuum_enabled = false)");
        }
        return fresh;
    }

    /** Runs the service's migrations up to the version (LATEST: all). */
    public void migrate(MigrationVersion target) {
        Flyway.configure().dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                .locations("classpath:db/migration").target(target)
                .placeholders(Map.of("zone", ConfigProvider.getConfig().getValue("loopline.zone", String.class)))
                .load().migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    /**
     * Adds tickets as a busy service centre accepts them over 30 days, without ANALYZE: 5,000 phones and 7,000
     * accounts that recur and cross (one ticket in 11 without a phone, one in 13 without an account), 800 areas.
     * A customer's tickets share utility and category, so repeat look-ups find some.
     */
    public static void addTickets(Connection connection, int tickets) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                    insert into ticket (id, number, utility, channel, category, customer_name, customer_phone,
                        customer_account, address, area_code, description, accepted_at, accepted_by, status, severity,
                        suggested_severity, complaint_class, owner, sla_clock, sla_policy_id, timeline_head, updated_at)
                    select gen_random_uuid(), 'FD-' || g, (array['HEATING','POWER','WATER','GAS'])[1 + g % 4],
                           'HOTLINE', (array['SERVICE_ATTITUDE','REPAIR_DELAY','PROPERTY_BOUNDARY','OTHER'])[1 + g % 4],
                           '用户' || g,
                           case when g % 11 <> 0 then '+86139' || lpad((g % 5000)::text, 8, '0') end,
                           case when g % 13 <> 0 or g % 11 = 0 then 'ACC-' || (g % 7000) end,
                           '幸福小区 ' || (g % 800) || '号楼', 'AREA-' || (g % 800), '合成的工单',
                           now() - (g % 43200) * interval '1 minute', 'agent', (array['ACCEPTED','CLOSED'])[1 + g % 2],
                           'ROUTINE', 'ROUTINE', 'ORDINARY', 'agent', '24x7',
                           (select max(id) from sla_policy_version where severity = 'ROUTINE'), repeat('0', 64), now()
                    from generate_series(1, ?) g""")) {
            statement.setInt(1, tickets);
            statement.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = suite.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
