package dev.loopline.archive;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.partition.Partitions;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.Race;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The archive of closed tickets: a month of tickets closed for five years goes to the schema `archive` whole, with
 * its timeline partition and chains intact; the live API answers 410 and the archive's read shows it; an open
 * ticket holds its month back; instances archiving at once move each ticket once.
 */
@QuarkusTest
class ArchiveTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    Archive archive;

    @Inject
    Partitions partitions;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource db;

    @Test
    void aMonthClosedFiveYearsAgoGoesToTheArchiveWholeAndIsReadThereIntact() throws Exception {
        YearMonth month = aMonthOfItsOwn();
        moveTo(month.atDay(10).atStartOfDay(SHANGHAI).toInstant());
        partitions.ensureAhead(clock.instant());
        Map<String, Object> complaint = Intakes.aRoutineHeatingFeeComplaint();
        String first = closed(complaint);
        String repeat = closed(complaint);
        moveTo(month.plusMonths(1).atDay(3).atStartOfDay(SHANGHAI).toInstant());
        String nextMonths = intake(Tokens.agent(), complaint).statusCode(201).extract().path("id");
        Instant fiveYearsOn = month.plusMonths(1).plusYears(5).atDay(2).atStartOfDay(SHANGHAI).toInstant();
        moveTo(fiveYearsOn);
        partitions.ensureAhead(clock.instant());

        int events = as(Tokens.agent()).get("/api/v1/tickets/" + first + "/timeline?limit=200").then()
                .statusCode(200).extract().path("items.size()");
        assertThat(archive.candidates(clock.instant())).contains(month).doesNotContain(month.plusMonths(1));
        assertThat(archive.archive(month.plusMonths(1), clock.instant())).as("its tickets closed less than five"
                + " years ago").isEqualTo("kept");
        assertThat(archive.archive(month, clock.instant())).isEqualTo("marked");
        as(Tokens.agent()).get("/api/v1/tickets/" + first).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopline.dev/problems/archived"));
        as(Tokens.agent()).body(Map.of("reason", "客户再次来电")).post("/api/v1/tickets/" + first + "/reopen").then()
                .statusCode(410);
        as(Tokens.supervisor()).get("/api/v1/archive/tickets/" + first).then().statusCode(200)
                .body("state", equalTo("ARCHIVING")).body("verification.intact", equalTo(true));
        assertThat(archive.archive(month, clock.instant())).as("instances have not all read the mark yet")
                .isEqualTo("marked");

        clock.advance(Duration.ofSeconds(11));
        assertThat(archive.archive(month, clock.instant())).isEqualTo("archived");

        String table = "archive.ticket_event_" + month.toString().replace('-', '_');
        assertThat(Sql.number(db, "select count(*) from pg_inherits where inhrelid = cast(? as regclass)", table))
                .as("detached").isZero();
        assertThat(Sql.number(db, "select count(*) from ticket where id in (?, ?)", uuid(first), uuid(repeat)))
                .isZero();
        assertThat(Sql.number(db, "select count(*) from archive.ticket where id in (?, ?)", uuid(first),
                uuid(repeat))).isEqualTo(2);
        assertThat(Sql.number(db, "select count(*) from archive.ticket_sla where ticket_id in (?, ?)", uuid(first),
                uuid(repeat))).isEqualTo(2);
        assertThat(Sql.number(db, "select count(*) from archive.ticket_repeat where ticket_id = ?", uuid(repeat)))
                .isEqualTo(1);
        assertThat(Sql.number(db, "select count(*) from ticket_repeat where ticket_id = ? and repeat_of_id = ?",
                uuid(nextMonths), uuid(first))).as("the live repeat keeps its link into the archive").isEqualTo(1);
        assertThat(Sql.number(db, "select count(*) from " + table + " where ticket_id = ?", uuid(first)))
                .isEqualTo(events);
        assertThatThrownBy(() -> Sql.execute(db, "update " + table + " set actor = 'mallory' where ticket_id = ?",
                uuid(first))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> Sql.execute(db, "delete from " + table + " where ticket_id = ?", uuid(first)))
                .hasMessageContaining("append-only");
        assertThat(Sql.number(db, "select count(*) from archive_month where month = cast(? as date)"
                + " and state = 'ARCHIVED' and tickets = 2 and events = (select count(*) from " + table + ")",
                month.atDay(1).toString())).isEqualTo(1);

        as(Tokens.supervisor()).get("/api/v1/archive/tickets/" + first).then().statusCode(200)
                .body("number", equalTo(numberOf(first))).body("state", equalTo("ARCHIVED"))
                .body("month", equalTo(month.toString())).body("status", equalTo("CLOSED"))
                .body("timeline", hasSize(events)).body("timeline[0].type", equalTo("ticket.accepted"))
                .body("verification.intact", equalTo(true)).body("verification.events", equalTo(events));
        as(Tokens.agent()).get("/api/v1/tickets/" + repeat + "/timeline").then().statusCode(410);
        as(Tokens.agent()).get("/api/v1/tickets/" + nextMonths).then().statusCode(200);
        as(Tokens.agent()).get("/api/v1/archive/tickets/" + nextMonths).then().statusCode(404);
        as(Tokens.supervisor()).get("/api/v1/reports/monthly?month=" + month).then().statusCode(410);
        intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201);
        assertThat(archive.archive(month, clock.instant())).isEqualTo("archived");
    }

    @Test
    void aTicketStillOpenHoldsItsMonthBackAndNothingOfItMoves() throws Exception {
        YearMonth month = aMonthOfItsOwn();
        moveTo(month.atDay(20).atStartOfDay(SHANGHAI).toInstant());
        partitions.ensureAhead(clock.instant());
        String closed = closed(Intakes.aRoutineHeatingFeeComplaint());
        String open = Journeys.accepted();
        moveTo(month.plusMonths(2).plusYears(6).atDay(1).atStartOfDay(SHANGHAI).toInstant());
        partitions.ensureAhead(clock.instant());

        assertThat(archive.archive(month, clock.instant())).isEqualTo("held back");

        assertThat(Sql.number(db, "select count(*) from archive_month where month = cast(? as date)",
                month.atDay(1).toString())).isZero();
        assertThat(Sql.number(db, "select count(*) from ticket where id in (?, ?)", uuid(closed), uuid(open)))
                .isEqualTo(2);
        as(Tokens.agent()).get("/api/v1/tickets/" + closed).then().statusCode(200);
        as(Tokens.agent()).get("/api/v1/archive/tickets/" + closed).then().statusCode(404);
    }

    @Test
    void instancesArchivingTheSameMonthAtOnceMoveEachTicketOnce() throws Exception {
        YearMonth month = aMonthOfItsOwn();
        moveTo(month.atDay(5).atStartOfDay(SHANGHAI).toInstant());
        partitions.ensureAhead(clock.instant());
        List<String> tickets = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tickets.add(closed(Intakes.aRoutineHeatingFeeComplaint()));
        }
        moveTo(month.plusMonths(1).plusYears(5).atDay(1).atStartOfDay(SHANGHAI).toInstant());
        partitions.ensureAhead(clock.instant());
        assertThat(archive.archive(month, clock.instant())).isEqualTo("marked");
        clock.advance(Duration.ofSeconds(11));

        List<String> outcomes = Race.of(3, () -> archive.archive(month, clock.instant()));

        assertThat(outcomes).contains("archived");
        assertThat(archive.archive(month, clock.instant())).isEqualTo("archived");
        for (String id : tickets) {
            assertThat(Sql.number(db, "select count(*) from archive.ticket where id = ?", uuid(id))).isEqualTo(1);
            assertThat(Sql.number(db, "select count(*) from ticket where id = ?", uuid(id))).isZero();
            as(Tokens.manager()).get("/api/v1/archive/tickets/" + id).then().statusCode(200)
                    .body("verification.intact", equalTo(true)).body("archivedAt", org.hamcrest.Matchers
                            .not(nullValue()));
        }
    }

    /** A ticket taken through the five steps at the clock's time. */
    private String closed(Map<String, Object> complaint) {
        String id = intake(Tokens.agent(), complaint).statusCode(201).extract().path("id");
        Journeys.step(id, "contacts", Journeys.CONTACT).statusCode(200);
        Journeys.step(id, "investigation", Map.of("note", "派管家上门测温")).statusCode(200);
        Journeys.step(id, "findings", Journeys.FINDINGS).statusCode(200);
        Journeys.step(id, "agreement", Map.of("options", List.of("今日排气调试", "更换阀门"), "agreedOption", 0,
                "promisedBy", clock.instant().plus(Duration.ofDays(1)).toString())).statusCode(200);
        Journeys.step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 150, "currency", "CNY"))
                .statusCode(200);
        Journeys.step(id, "follow-up", Map.of("reached", true, "satisfaction", 4, "comment", "满意"))
                .statusCode(200);
        return id;
    }

    /** A month after every partition any table has, two years on, so that each run archives its own. */
    private YearMonth aMonthOfItsOwn() throws SQLException {
        String last;
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select max(substring(c.relname from '(\\d{4}_\\d{2})$')) from pg_inherits i"
                        + " join pg_class c on c.oid = i.inhrelid where i.inhparent in ('ticket_event'::regclass,"
                        + " 'outbox_event'::regclass, 'webhook_delivery'::regclass)");
                ResultSet row = select.executeQuery()) {
            row.next();
            last = row.getString(1);
        }
        return YearMonth.of(Integer.parseInt(last.substring(0, 4)) + 2, 3);
    }

    private String numberOf(String id) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select number from archive.ticket where id = ?")) {
            select.setObject(1, uuid(id));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
