package dev.loopline.sla.board;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Journeys.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.Sql;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board's lists of open escalations awaiting acknowledgement and of open tickets with a broken promise. */
@QuarkusTest
class BoardListsTest {

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    AgroalDataSource db;

    @Test
    void openEscalationsAwaitAcknowledgementOldestDeadlineFirstUntilAcknowledged() {
        clock.advance(Duration.ofMinutes(-3));
        String first = escalated(Journeys.accepted());
        clock.advance(Duration.ofMinutes(2));
        String second = escalated(Journeys.accepted());
        clock.advance(Duration.ofMinutes(1));
        List<String> mine = List.of(first, second);

        List<Map<String, Object>> listed = awaiting(mine);
        assertThat(listed).extracting(e -> e.get("escalationId")).containsExactly(first, second);
        JsonPath view = as(Tokens.supervisor()).get("/api/v1/escalations/" + first).then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> entry = listed.get(0);
        assertThat(entry.get("ticketId")).isEqualTo(view.getString("ticketId"));
        assertThat(entry.get("number")).isEqualTo(Journeys.ticket(view.getString("ticketId")).extract().path("number"));
        assertThat(entry).containsEntry("level", 1).containsEntry("targetRole", view.getString("targetRole"))
                .containsEntry("overdue", false).containsEntry("reasonCode", "GIVEN")
                .containsEntry("reason", "用户要求领导回复");
        assertThat(Instant.parse((String) entry.get("ackDueAt"))).isEqualTo(Instant.parse(view.getString("ackDueAt")));

        clock.advance(Duration.between(clock.instant(), Instant.parse(view.getString("ackDueAt"))).plusSeconds(1));
        assertThat(awaiting(mine).get(0)).as("past its deadline").containsEntry("overdue", true);

        as(Tokens.supervisor()).body(Map.of("note", "已接手")).post("/api/v1/escalations/" + first + "/acknowledgement")
                .then().statusCode(200);
        assertThat(awaiting(mine)).extracting(e -> e.get("escalationId")).containsExactly(second);
    }

    @Test
    void anEscalationTheSweepRaisedGivesItsReasonInTheReadersLanguage() {
        String ticket = intake(Tokens.agent(), Intakes.aVulnerableCustomerWithoutHeat()).statusCode(201).extract()
                .path("id");
        clock.advance(Duration.ofDays(2));
        sweep.sweep(clock.instant());
        String raised = as(Tokens.supervisor()).get("/api/v1/escalations?open=true&level=1&ticketId=" + ticket).then()
                .statusCode(200).extract().path("items[0].id");
        List<String> mine = List.of(raised);

        Map<String, Object> chinese = awaiting(mine, null).get(0);
        assertThat(chinese).containsEntry("reasonCode", "RESPONSE_NOT_IN_TIME");
        assertThat((String) chinese.get("reason")).startsWith("未在").endsWith("前首次响应");
        assertThat((String) awaiting(mine, "en-GB,en;q=0.8").get(0).get("reason")).startsWith("No first response by");
    }

    @Test
    void openTicketsWithABrokenPromiseAreListedUntilClosed() {
        String id = Journeys.negotiating();
        step(id, "agreement", Map.of("options", List.of("今日排气调试", "更换阀门"), "agreedOption", 0, "promisedBy",
                Instant.now(clock).plus(Duration.ofHours(1)).toString())).statusCode(200);
        assertThat(brokenPromises(id)).isEmpty();
        clock.advance(Duration.ofHours(2));
        sweep.sweep(clock.instant());
        List<Map<String, Object>> listed = brokenPromises(id);
        assertThat(listed).hasSize(1);
        assertThat(Instant.parse((String) listed.get(0).get("dueAt")))
                .isEqualTo(Instant.parse(Journeys.ticket(id).extract().path("outcomes.promisedBy")));

        step(id, "compensation", Map.of("type", "NONE", "reason", "用户同意无需补偿")).statusCode(200);
        assertThat(brokenPromises(id)).as("still open: still listed").hasSize(1);
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 4, "comment", "满意")).statusCode(200);
        assertThat(brokenPromises(id)).as("a closed ticket leaves the list").isEmpty();
    }

    @Test
    void eachNewListReadsFromItsPartialIndex() throws Exception {
        assertThat(Sql.indexPlan(db, SlaBoard.AWAITING_ACKNOWLEDGEMENT + " order by e.ack_due_at, e.id limit 21"))
                .contains("escalation_board_awaiting_ack");
        assertThat(Sql.indexPlan(db, "select s.ticket_id from ticket_sla s where " + SlaBoard.BROKEN_PROMISES
                + " order by s.promised_by, s.ticket_id limit 21")).contains("ticket_sla_board_broken_promises");
    }

    private static String escalated(String ticketId) {
        return as(Tokens.agent()).body(Map.of("trigger", "CUSTOMER_REQUEST", "reason", "用户要求领导回复"))
                .post("/api/v1/tickets/" + ticketId + "/escalations").then().statusCode(201).extract().path("id");
    }

    /** This test's escalations as the awaitingAcknowledgement list shows them, walking every page, in order. */
    private static List<Map<String, Object>> awaiting(List<String> mine) {
        return awaiting(mine, null);
    }

    private static List<Map<String, Object>> awaiting(List<String> mine, String acceptLanguage) {
        List<Map<String, Object>> entries = BoardPages.walk("awaitingAcknowledgement", acceptLanguage);
        List<Instant> deadlines = entries.stream().map(e -> Instant.parse((String) e.get("ackDueAt"))).toList();
        assertThat(deadlines).isSorted();
        return entries.stream().filter(e -> mine.contains((String) e.get("escalationId"))).toList();
    }

    private static List<Map<String, Object>> brokenPromises(String ticketId) {
        List<Map<String, Object>> entries = BoardPages.walk("brokenPromises");
        assertThat(entries.stream().map(e -> Instant.parse((String) e.get("dueAt"))).toList()).isSorted();
        return entries.stream().filter(e -> ticketId.equals(((Map<?, ?>) e.get("ticket")).get("id"))).toList();
    }
}
