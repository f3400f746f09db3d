package dev.loopline.sla.board;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The supervisors' board against tickets the test makes: counts by severity × state, the at-risk and breached lists
 * in due order, and the period's compliance, medians and satisfaction, each computed here from the tickets' own
 * views.
 */
@QuarkusTest
class SlaBoardTest {

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    BoardSnapshot counts;

    @Test
    void openTicketsAreCountedBySeverityAndStateAndClosedOnesAreNot() {
        counts.refresh();
        Map<String, Map<String, Integer>> before = openCounts();
        List<String> open = List.of(urgentTicket(), urgentTicket(), Journeys.accepted(), Journeys.investigating(),
                Journeys.compensating());
        Journeys.closed();
        counts.refresh();

        Map<String, Map<String, Integer>> expected = copy(before);
        for (String id : open) {
            JsonPath ticket = Journeys.ticket(id).extract().jsonPath();
            expected.computeIfAbsent(ticket.getString("severity"), s -> new TreeMap<>())
                    .merge(ticket.getString("status"), 1, Integer::sum);
        }
        assertThat(openCounts()).isEqualTo(expected);
        long total = expected.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
        as(Tokens.supervisor()).get("/api/v1/sla/board").then().statusCode(200)
                .body("open.total", equalTo((int) total));
    }

    @Test
    void atRiskAndBreachedTicketsAreListedOldestDueFirstAndOnlyWhileOpen() {
        // accepted 2 minutes apart, in the past, so that their due times differ and no later period holds them
        clock.advance(Duration.ofMinutes(-4));
        String first = urgentTicket();
        clock.advance(Duration.ofMinutes(2));
        String second = urgentTicket();
        clock.advance(Duration.ofMinutes(2));
        String third = urgentTicket();
        List<String> mine = List.of(first, second, third);

        clock.advance(Duration.ofMinutes(25)); // the youngest is 25, the oldest 29 minutes old: all at risk
        sweep.sweep(clock.instant());
        assertThat(mineInOrder("atRisk", mine)).containsExactly(first, second, third);
        assertThat(mineInOrder("breached", mine)).isEmpty();

        clock.advance(Duration.ofMinutes(3)); // 32 and 30 minutes: breached; 28: still at risk
        sweep.sweep(clock.instant());
        assertThat(mineInOrder("atRisk", mine)).containsExactly(third);
        assertThat(mineInOrder("breached", mine)).containsExactly(first, second);

        closeBreached(first);
        assertThat(mineInOrder("breached", mine)).as("a closed ticket leaves the list").containsExactly(second);
    }

    @Test
    void thePeriodShowsComplianceResponseAndCloseTimesAndSatisfactionOfItsTickets() {
        Instant from = clock.instant();
        String fastUrgent = urgentTicket();
        String lateUrgent = urgentTicket();
        String routine = Journeys.accepted();
        Instant to = clock.instant().plusMillis(1);

        clock.advance(Duration.ofMinutes(10));
        Journeys.step(fastUrgent, "contacts", Journeys.CONTACT).statusCode(200);
        clock.advance(Duration.ofMinutes(30));
        sweep.sweep(clock.instant()); // lateUrgent's first response (30 min) is breached
        Journeys.step(lateUrgent, "contacts", Journeys.CONTACT).statusCode(200);
        Journeys.step(routine, "contacts", Journeys.CONTACT).statusCode(200);
        clock.advance(Duration.ofHours(2));
        closeFromContacted(fastUrgent, 5);
        clock.advance(Duration.ofHours(3));
        closeFromContacted(routine, 3);

        JsonPath period = as(Tokens.manager()).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/sla/board").then().statusCode(200).extract().jsonPath().setRootPath("period");
        List<JsonPath> tickets = List.of(fastUrgent, lateUrgent, routine).stream()
                .map(id -> Journeys.ticket(id).extract().jsonPath()).toList();

        assertThat(period.getLong("tickets")).isEqualTo(3);
        assertThat(period.getLong("compliance.URGENT.tickets")).isEqualTo(2);
        assertThat(period.getDouble("compliance.URGENT.firstResponse")).isEqualTo(0.5);
        assertThat(period.getDouble("compliance.URGENT.resolution")).isEqualTo(1.0);
        assertThat(period.getLong("compliance.ROUTINE.tickets")).isEqualTo(1);
        assertThat(period.getDouble("compliance.ROUTINE.firstResponse")).isEqualTo(1.0);
        assertThat(period.getLong("compliance.IMPORTANT.tickets")).isZero();
        assertThat(period.<Object>get("compliance.IMPORTANT.firstResponse")).isNull();

        List<Double> toFirstResponse = tickets.stream()
                .map(t -> seconds(t.getString("acceptedAt"), t.getString("sla.firstResponse.metAt"))).toList();
        assertPercentiles(period, "timeToFirstResponse", toFirstResponse);
        List<Double> toClose = tickets.stream().filter(t -> t.getString("closedAt") != null)
                .map(t -> seconds(t.getString("acceptedAt"), t.getString("closedAt"))).toList();
        assertThat(toClose).hasSize(2);
        assertPercentiles(period, "timeToClose", toClose);

        assertThat(period.getLong("satisfaction.responses")).isEqualTo(2);
        assertThat(period.getDouble("satisfaction.average")).isCloseTo(4.0, within(0.001));
        assertThat(period.getDouble("satisfaction.satisfiedRate")).isEqualTo(0.5);
    }

    @Test
    void onlySupervisorsAndManagersSeeTheBoardAndBadParametersAre400() {
        as(Tokens.agent()).get("/api/v1/sla/board").then().statusCode(403);
        as(Tokens.supervisor()).queryParam("from", "yesterday").get("/api/v1/sla/board").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(Tokens.supervisor()).queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/api/v1/sla/board").then().statusCode(400);
        as(Tokens.supervisor()).queryParam("breachedCursor", "garbage").get("/api/v1/sla/board").then().statusCode(400);
    }

    /** Median and 90th percentile as PostgreSQL's percentile_cont computes them: linear between ranks. */
    private static void assertPercentiles(JsonPath period, String figure, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        assertThat(period.getLong(figure + ".count")).isEqualTo(sorted.size());
        assertThat(period.getDouble(figure + ".medianSeconds")).isCloseTo(percentile(sorted, 0.5), within(0.002));
        assertThat(period.getDouble(figure + ".p90Seconds")).isCloseTo(percentile(sorted, 0.9), within(0.002));
    }

    private static double percentile(List<Double> sorted, double fraction) {
        double rank = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    private static double seconds(String from, String to) {
        Duration d = Duration.between(Instant.parse(from), Instant.parse(to));
        return d.getSeconds() + d.getNano() / 1e9;
    }

    /** This test's tickets in the order a board list shows them, walking every page; each id at most once. */
    private List<String> mineInOrder(String list, List<String> mine) {
        List<Map<String, Object>> entries = BoardPages.walk(list);
        List<String> ids = entries.stream().map(e -> (String) ((Map<?, ?>) e.get("ticket")).get("id")).toList();
        List<Instant> dues = entries.stream().map(e -> Instant.parse((String) e.get("dueAt"))).toList();
        assertThat(dues).isSorted();
        for (String id : mine) {
            int at = ids.indexOf(id);
            if (at >= 0) {
                // the due time a list orders by is the ticket's first-response due time while it is awaited
                assertThat(dues.get(at)).isEqualTo(Instant.parse(Journeys.ticket(id).extract()
                        .<String>path("sla.firstResponse.dueAt")));
            }
        }
        return ids.stream().filter(mine::contains).toList();
    }

    private static Map<String, Map<String, Integer>> openCounts() {
        Map<String, Map<String, Integer>> counts = as(Tokens.supervisor()).get("/api/v1/sla/board").then()
                .statusCode(200).extract().path("open.bySeverityAndState");
        return copy(counts);
    }

    private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> counts) {
        Map<String, Map<String, Integer>> copy = new HashMap<>();
        counts.forEach((severity, byState) -> copy.put(severity, new TreeMap<>(byState)));
        return copy;
    }

    private static void closeBreached(String id) {
        Journeys.step(id, "contacts", Journeys.CONTACT).statusCode(200);
        closeFromContacted(id, 4);
    }

    private static void closeFromContacted(String id, int satisfaction) {
        Journeys.step(id, "investigation", Map.of("note", "派管家上门")).statusCode(200);
        Journeys.step(id, "findings", Journeys.FINDINGS).statusCode(200);
        Journeys.step(id, "agreement", Journeys.agreement()).statusCode(200);
        Journeys.step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 150, "currency", "CNY"))
                .statusCode(200);
        Journeys.step(id, "follow-up", Map.of("reached", true, "satisfaction", satisfaction, "comment", "已回访"))
                .statusCode(200).body("ticket.status", equalTo("CLOSED"));
    }

    /** URGENT by the agent's choice: the first response is due in 30 minutes. */
    private static String urgentTicket() {
        Map<String, Object> body = Intakes.aRoutineHeatingFeeComplaint();
        body.put("severity", "URGENT");
        body.put("severityReason", "家中有婴儿");
        return intake(Tokens.agent(), body).statusCode(201).extract().path("id");
    }
}
