package dev.loopline.ticket;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Intakes.aFreshAccount;
import static dev.loopline.support.Intakes.aFreshPhone;
import static dev.loopline.support.Intakes.aHeatingComplaint;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.common.Cursor;
import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.Sql;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketReadTest {

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    AgroalDataSource db;

    @Test
    void oneTicketCarriesItsVersionAsETagAndTheFullPhoneInE164() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        String id = intake(Tokens.agent(), body).statusCode(201).extract().path("id");
        as(Tokens.supervisor()).get("/api/v1/tickets/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("customer.phone", equalTo("+86" + ((Map<?, ?>) body.get("customer")).get("phone")));
    }

    @Test
    void anUnknownTicketIs404AndAMalformedIdIs400() {
        as(Tokens.agent()).get("/api/v1/tickets/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopline.dev/problems/not-found"));
        as(Tokens.agent()).get("/api/v1/tickets/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as(Tokens.agent()).get("/api/v1/tickets/" + UUID.randomUUID() + "/timeline").then().statusCode(404);
    }

    @Test
    void cursorPagingWalksEveryTicketOnceNewestFirst() {
        String phone = aFreshPhone();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, intake(Tokens.agent(), aHeatingComplaint(phone, null, "OTHER", List.of())).statusCode(201)
                    .extract().path("id"));
        }
        assertThat(walk(Map.of("phone", phone))).containsExactlyElementsOf(created);
    }

    /**
     * The breached and at-risk lists are ordered by the copy of acceptedAt kept in ticket_sla (V25): paged, they
     * still give every ticket once, newest first, ties on the acceptance time broken by id.
     */
    @Test
    void theBreachedAndAtRiskListsPageNewestFirstToo() {
        String phone = aFreshPhone();
        List<String> breached = new ArrayList<>();
        List<String> atRisk = new ArrayList<>();
        clock.advance(Duration.ofMinutes(-36));
        for (int i = 0; i < 3; i++) {
            breached.add(urgent(phone, null, "RADIATOR_LEAK"));
        }
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            atRisk.add(urgent(phone, null, "NO_HEATING"));
        }
        clock.reset();
        sweep.sweep(clock.instant());
        assertThat(walk(Map.of("phone", phone, "breached", "true"))).containsExactlyElementsOf(newestFirst(breached));
        assertThat(walk(Map.of("phone", phone, "atRisk", "true"))).containsExactlyElementsOf(newestFirst(atRisk));
    }

    /** Every page of the list, two at a time: the ids in the order the pages gave them. */
    private static List<String> walk(Map<String, ?> query) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(Tokens.agent()).queryParams(query).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/tickets").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return seen;
    }

    /** The tickets in the lists' order: newest accepted first, then the greatest id first. */
    private static List<String> newestFirst(List<String> ids) {
        List<String> ordered = new ArrayList<>(ids);
        // PostgreSQL compares uuids byte by byte, as their lowercase hex text compares
        ordered.sort((a, b) -> {
            Instant at = acceptedAt(a);
            Instant bt = acceptedAt(b);
            return at.equals(bt) ? b.compareTo(a) : bt.compareTo(at);
        });
        return ordered;
    }

    private static Instant acceptedAt(String id) {
        return Instant.parse(as(Tokens.agent()).get("/api/v1/tickets/" + id).then().statusCode(200).extract()
                .path("acceptedAt"));
    }

    @Test
    void everyFilterReturnsAllItsMatchesAndNothingElse() {
        String phone = aFreshPhone();
        String account1 = aFreshAccount();
        String account2 = aFreshAccount();
        // accepted in the past, so that no later test's period of real time holds these tickets
        clock.advance(Duration.ofMinutes(-36));
        String routine = intake(Tokens.agent(), aHeatingComplaint(phone, account1, "HEATING_FEE", List.of()))
                .statusCode(201).extract().path("id");
        String breached = urgent(phone, account2, "RADIATOR_LEAK");
        clock.advance(Duration.ofMinutes(10));
        String atRisk = urgent(phone, account2, "NO_HEATING");
        String closedAtRisk = urgent(phone, aFreshAccount(), "REPAIR_DELAY");
        // now the first urgent ticket's 30-minute first response is 6 minutes overdue; the others', 26 minutes old,
        // is at risk but not yet breached
        clock.reset();
        sweep.sweep(clock.instant());
        closeWithoutBreach(closedAtRisk);
        Set<String> all = Set.of(routine, breached, atRisk, closedAtRisk);

        assertThat(ids(Map.of("phone", phone))).isEqualTo(all);
        assertThat(ids(Map.of("phone", phone, "account", account2))).containsExactlyInAnyOrder(breached, atRisk);
        assertThat(ids(Map.of("phone", phone, "account", account1))).containsExactly(routine);
        assertThat(ids(Map.of("account", account2))).containsExactlyInAnyOrder(breached, atRisk);
        assertThat(ids(Map.of("phone", phone, "breached", "true"))).containsExactly(breached);
        assertThat(ids(Map.of("phone", phone, "breached", "false")))
                .containsExactlyInAnyOrder(routine, atRisk, closedAtRisk);
        assertThat(ids(Map.of("phone", phone, "atRisk", "true"))).as("open, at risk, not breached")
                .containsExactly(atRisk);
        assertThat(ids(Map.of("phone", phone, "atRisk", "false")))
                .containsExactlyInAnyOrder(routine, breached, closedAtRisk);
        assertThat(ids(Map.of("phone", phone, "severity", "URGENT")))
                .containsExactlyInAnyOrder(breached, atRisk, closedAtRisk);
        assertThat(ids(Map.of("phone", phone, "severity", "ROUTINE"))).containsExactly(routine);
        assertThat(ids(Map.of("phone", phone, "status", "closed"))).containsExactly(closedAtRisk);
        assertThat(ids(Map.of("phone", phone, "status", "ACCEPTED")))
                .containsExactlyInAnyOrder(routine, breached, atRisk);
        assertThat(ids(Map.of("phone", phone, "category", "NO_HEATING"))).containsExactly(atRisk);
        assertThat(ids(Map.of("phone", phone, "utility", "HEATING", "area", Intakes.areaOf(phone), "owner", "wang.fang")))
                .isEqualTo(all);
        assertThat(ids(Map.of("phone", phone, "utility", "WATER"))).isEmpty();
        assertThat(ids(Map.of("phone", phone, "area", "XF-002"))).isEmpty();
        assertThat(ids(Map.of("phone", phone, "owner", "li.na"))).isEmpty();
        assertThat(ids(Map.of("phone", phone, "breached", "true", "atRisk", "true"))).isEmpty();

        // the summary's flags say the same as the filters
        list(Map.of("phone", phone)).body("items.find { it.id == '%s' }.atRisk".formatted(atRisk), equalTo(true))
                .body("items.find { it.id == '%s' }.atRisk".formatted(closedAtRisk), equalTo(false))
                .body("items.find { it.id == '%s' }.atRisk".formatted(breached), equalTo(false))
                .body("items.find { it.id == '%s' }.breached".formatted(breached), equalTo(true))
                .body("items.findAll { it.breached }.size()", equalTo(1));
    }

    /**
     * The breached and atRisk filters' where-clauses, their fields read as ticket_sla's columns, with the lists' order
     * by the acceptance time kept there, are answered by walking each list's partial index in order: no sort, no
     * scan of all tickets (sequential, bitmap scans and sorts are off for the EXPLAIN, as in SweepIndexTest).
     */
    @Test
    void theBreachedAndAtRiskListsWalkTheirOwnIndexesInTheListsOrder() throws Exception {
        assertWalks(new TicketFilter(null, null, null, null, null, true, null, null, null, null),
                "ticket_sla_breached_list");
        assertWalks(new TicketFilter(null, null, null, null, null, null, true, null, null, null),
                "ticket_sla_at_risk_list");
    }

    private void assertWalks(TicketFilter filter, String index) throws Exception {
        TicketFilter.Where where = filter.where();
        assertThat(where.acceptedAt()).isEqualTo("slaAcceptedAt");
        String columns = Pattern.compile("([a-z])([A-Z])").matcher(where.clause()).replaceAll("$1_$2").toLowerCase();
        String plan = Sql.indexPlan(db, "select t.id from ticket t join ticket_sla s on t.id = s.ticket_id where "
                + columns + " order by s.ticket_accepted_at desc, t.id desc limit 51");
        assertThat(plan).contains("using " + index).doesNotContain("Sort").doesNotContain("Seq Scan");
    }

    @Test
    void theTimelineIsPagedOldestFirstBySeq() {
        String id = Journeys.negotiating();
        var first = as(Tokens.agent()).queryParam("limit", 3).get("/api/v1/tickets/" + id + "/timeline").then()
                .statusCode(200).body("items.seq", contains(1, 2, 3)).extract();
        String cursor = first.path("nextCursor");
        assertThat(cursor).isNotNull();
        as(Tokens.agent()).queryParam("limit", 3).queryParam("cursor", cursor)
                .get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("items.seq", contains(4)).body("items[0].type", equalTo("ticket.findings_recorded"))
                .body("nextCursor", nullValue());
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("items.seq", contains(1, 2, 3, 4)).body("nextCursor", nullValue());

        String listCursor = new Cursor(Instant.now(), UUID.randomUUID()).encode();
        String seqZero = Base64.getUrlEncoder().withoutPadding().encodeToString("seq:0".getBytes(UTF_8));
        for (String forged : List.of("garbage", "%%%", listCursor, seqZero)) {
            as(Tokens.agent()).queryParam("cursor", forged).get("/api/v1/tickets/" + id + "/timeline").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
        as(Tokens.agent()).queryParam("limit", 201).get("/api/v1/tickets/" + id + "/timeline").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void badFiltersAreBadRequestsNamingTheParameter() {
        badParameter(Map.of("status", "OPENED"), "status");
        badParameter(Map.of("severity", "HIGH"), "severity");
        badParameter(Map.of("breached", "yes"), "breached");
        badParameter(Map.of("limit", "201"), "limit");
        badParameter(Map.of("limit", "0"), "limit");
        badParameter(Map.of("cursor", "bm90LWEtY3Vyc29y"), "cursor");
        badParameter(Map.of("cursor", "%%%"), "cursor");
    }

    @Test
    void sqlLikeFilterValuesAreJustValues() {
        list(Map.of("category", "x'; drop table ticket; --", "area", "1' or '1'='1")).body("items", hasSize(0));
        badParameter(Map.of("phone", "1' or '1'='1"), "phone");
    }

    private static Set<String> ids(Map<String, ?> query) {
        List<String> ids = as(Tokens.agent()).queryParams(query).queryParam("limit", 200).get("/api/v1/tickets").then()
                .statusCode(200).body("nextCursor", nullValue()).extract().path("items.id");
        return Set.copyOf(ids);
    }

    /** An urgent ticket: the agent chose URGENT above the suggestion, so its first response is due in 30 minutes. */
    private static String urgent(String phone, String account, String category) {
        Map<String, Object> body = aHeatingComplaint(phone, account, category, List.of());
        body.put("severity", "URGENT");
        body.put("severityReason", "家中有婴儿");
        return intake(Tokens.agent(), body).statusCode(201).extract().path("id");
    }

    private static void closeWithoutBreach(String id) {
        Journeys.step(id, "contacts", Journeys.CONTACT).statusCode(200);
        Journeys.step(id, "investigation", Map.of("note", "派管家上门")).statusCode(200);
        Journeys.step(id, "findings", Journeys.FINDINGS).statusCode(200);
        Journeys.step(id, "agreement", Journeys.agreement()).statusCode(200);
        Journeys.step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 150, "currency", "CNY"))
                .statusCode(200);
        Journeys.step(id, "follow-up", Map.of("reached", true, "satisfaction", 4, "comment", "满意"))
                .statusCode(200).body("ticket.status", equalTo("CLOSED"));
    }

    private static io.restassured.response.ValidatableResponse list(Map<String, ?> query) {
        return as(Tokens.agent()).queryParams(query).get("/api/v1/tickets").then().statusCode(200);
    }

    private static void badParameter(Map<String, ?> query, String field) {
        as(Tokens.agent()).queryParams(query).get("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
