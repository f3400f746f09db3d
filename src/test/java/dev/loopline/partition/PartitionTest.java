package dev.loopline.partition;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.outbox.OutboxStore;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.Sql;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The month partitions: made ahead by the service so that a new year's first intake finds its month, each ticket's
 * chain in its acceptance month (and verifiable there), the tamper trigger on every partition, and the default
 * partition as the net for a month nobody made.
 */
@QuarkusTest
class PartitionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    Partitions partitions;

    @Inject
    OutboxStore outbox;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource db;

    @Test
    void intakesEitherSideOfNewYearsMidnightInShanghaiLandInTheirMonthsAndTheirChainsVerify() throws Exception {
        Instant midnight = aNewYearNoPartitionIsMadeFor().atStartOfDay(SHANGHAI).toInstant();
        int december = midnight.atZone(SHANGHAI).getYear() - 1;
        String decemberPartition = december + "_12";
        String januaryPartition = (december + 1) + "_01";
        moveTo(midnight.minus(Duration.ofMinutes(10)));
        partitions.ensureAhead(clock.instant());
        UUID webhook = aWebhookFromNow();

        String before = intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201)
                .extract().path("id");
        moveTo(midnight.plus(Duration.ofMinutes(10)));
        String after = intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201)
                .extract().path("id");
        // December's ticket goes on in the new year: its events stay with its chain
        Journeys.step(before, "contacts", Journeys.CONTACT).statusCode(200);
        Journeys.step(before, "investigation", Map.of("note", "派管家上门测温")).statusCode(200);
        while (outbox.fanOut(clock.instant(), 1000) > 0) {
            // every event not yet fanned out, this test's among them
        }
        Sql.execute(db, "update webhook set active = false where id = ?", webhook);

        assertThat(partitionsOf("ticket_event", "ticket_id = ?", before)).containsExactly(
                "ticket_event_" + decemberPartition);
        assertThat(partitionsOf("ticket_event", "ticket_id = ?", after)).containsExactly(
                "ticket_event_" + januaryPartition);
        assertThat(partitionsOf("outbox_event", "ticket_id = ? and type = 'ticket.accepted'", before))
                .containsExactly("outbox_event_" + decemberPartition);
        assertThat(partitionsOf("outbox_event", "ticket_id = ? and type = 'ticket.accepted'", after))
                .containsExactly("outbox_event_" + januaryPartition);
        assertThat(partitionsOf("webhook_delivery", "event_id in (select id from outbox_event where ticket_id = ?)",
                after)).containsExactly("webhook_delivery_" + januaryPartition);
        assertThat(partitionsOf("webhook_delivery", "event_id in (select id from outbox_event where ticket_id = ?)",
                before)).containsExactly("webhook_delivery_" + decemberPartition);
        verification(before).body("intact", equalTo(true)).body("events", equalTo(3));
        verification(after).body("intact", equalTo(true)).body("events", equalTo(1));
        as(Tokens.agent()).get("/api/v1/tickets/" + before + "/timeline").then().statusCode(200)
                .body("items.size()", equalTo(3));
    }

    @Test
    void theAppendOnlyTriggerRefusesChangesOnEveryPartitionThoseMadeLaterToo() throws Exception {
        Instant midnight = aNewYearNoPartitionIsMadeFor().atStartOfDay(SHANGHAI).toInstant();
        moveTo(midnight.plus(Duration.ofHours(1)));
        partitions.ensureAhead(clock.instant());
        String id = Journeys.investigating();
        String partition = partitionsOf("ticket_event", "ticket_id = ?", id).get(0);

        assertThat(Sql.number(db, "select count(*) from pg_inherits i where i.inhparent = 'ticket_event'::regclass"
                + " and not exists (select 1 from pg_trigger t where t.tgrelid = i.inhrelid"
                + " and t.tgname = 'ticket_event_append_only' and t.tgenabled = 'O')")).isZero();
        for (String table : List.of("ticket_event", partition)) {
            assertThatThrownBy(() -> Sql.execute(db, "update " + table + " set actor = 'mallory' where ticket_id = ?",
                    UUID.fromString(id))).as(table).hasMessageContaining("append-only");
            assertThatThrownBy(() -> Sql.execute(db, "delete from " + table + " where ticket_id = ?",
                    UUID.fromString(id))).as(table).hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> Sql.execute(db, "update ticket_event set ticket_accepted_at = ticket_accepted_at"
                + " - interval '1 year' where ticket_id = ?", UUID.fromString(id))).as("moved to another month")
                .hasMessageContaining("append-only");
        verification(id).body("intact", equalTo(true)).body("events", equalTo(3));
    }

    @Test
    void anIntakeInAMonthNobodyMadeLandsInTheDefaultPartitionAndTheJobLeavesThatMonthThere() throws Exception {
        LocalDate unmade = aNewYearNoPartitionIsMadeFor().plusMonths(6);
        moveTo(unmade.plusDays(14).atStartOfDay(SHANGHAI).toInstant());

        String id = intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201)
                .extract().path("id");
        Map<String, String> made = partitions.ensureAhead(clock.instant());
        Journeys.step(id, "contacts", Journeys.CONTACT).statusCode(200);

        String month = unmade.getYear() + "_" + String.format("%02d", unmade.getMonthValue());
        String next = unmade.plusMonths(1).getYear() + "_" + String.format("%02d", unmade.plusMonths(1)
                .getMonthValue());
        assertThat(made).containsEntry("ticket_event_" + month, "rows in default")
                .containsEntry("outbox_event_" + month, "rows in default")
                .containsEntry("ticket_event_" + next, "created");
        assertThat(partitionsOf("ticket_event", "ticket_id = ?", id)).containsExactly("ticket_event_default");
        assertThatThrownBy(() -> Sql.execute(db, "delete from ticket_event_default where ticket_id = ?",
                UUID.fromString(id))).hasMessageContaining("append-only");
        verification(id).body("intact", equalTo(true)).body("events", equalTo(2));
    }

    /** The 1 January after the last month any table has a partition for, so that the test makes its own. */
    private LocalDate aNewYearNoPartitionIsMadeFor() throws SQLException {
        String last;
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select max(substring(c.relname from '(\\d{4}_\\d{2})$')) from pg_inherits i"
                        + " join pg_class c on c.oid = i.inhrelid"
                        + " where i.inhparent in ('ticket_event'::regclass, 'outbox_event'::regclass,"
                        + " 'webhook_delivery'::regclass)");
                ResultSet row = select.executeQuery()) {
            row.next();
            last = row.getString(1);
        }
        return LocalDate.of(Integer.parseInt(last.substring(0, 4)) + 2, 1, 1);
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    private UUID aWebhookFromNow() throws SQLException {
        UUID id = UUID.randomUUID();
        Sql.execute(db, "insert into webhook (id, url, secret, events, created_at, created_by)"
                + " values (?, 'http://127.0.0.1:9/partition-test', 'secret', '{ticket.accepted}', ?, 'test')", id,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return id;
    }

    /** The partitions holding the table's rows that match, by name. */
    private List<String> partitionsOf(String table, String where, String ticketId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select distinct tableoid::regclass::text from " + table + " where " + where + " order by 1")) {
            select.setObject(1, UUID.fromString(ticketId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static io.restassured.response.ValidatableResponse verification(String id) {
        return as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline/verification").then().statusCode(200);
    }
}
