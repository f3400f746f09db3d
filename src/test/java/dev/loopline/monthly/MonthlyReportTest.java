package dev.loopline.monthly;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Journeys.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly report against tickets the test makes in a month of its own (and the month before), far enough ahead
 * that no other test has tickets there, so every count is exact. The figures are also computed here from the
 * tickets' own views.
 */
@QuarkusTest
class MonthlyReportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PATH = "/api/v1/reports/monthly";
    private static final String QUOTED_DEPARTMENT = "客服中心, \"热线\"组";

    /** The report's month, the tickets made in it by category, and the hotspot opened in it. */
    private static YearMonth month;
    private static final Map<String, List<String>> mine = new java.util.TreeMap<>();
    private static UUID hotspot;

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void ticketsOfAMonthOfTheirOwn() throws Exception {
        if (month == null) {
            month = anEmptyMonthPair();
            makeTheTickets();
        }
        moveTo(month.plusMonths(1).atDay(1).atTime(12, 0).atZone(SHANGHAI).toInstant());
    }

    @Test
    void theTopThreeCategoriesComeWithTheirRootCausesDepartmentsRepeatsBreachesAndSatisfaction() {
        JsonPath report = json(Tokens.supervisor());
        assertThat(report.getList("top.category")).containsExactly("INDOOR_TEMPERATURE_LOW", "NO_HEATING",
                "RADIATOR_LEAK");
        assertThat(report.getList("top.label")).containsExactly("室温不达标", "暖气不热/停暖", "暖气漏水");
        assertThat(report.getList("top.count", Integer.class)).containsExactly(4, 3, 2);
        assertThat(report.getList("top.rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(report.getMap("top[0].rootCauses")).containsExactly(Map.entry("SERVICE", 1), Map.entry("PRODUCT", 1),
                Map.entry("CUSTOMER", 0), Map.entry("UNKNOWN", 2));
        assertThat(report.getList("top[0].departments.department")).containsExactlyInAnyOrder("管网运行部",
                QUOTED_DEPARTMENT);
        assertThat(report.getList("top[0].departments.tickets", Integer.class)).containsExactly(1, 1);
        assertThat(report.getInt("top[0].figures.breaches.firstResponse")).isEqualTo(1);
        assertThat(report.getInt("top[0].figures.breaches.resolution")).isEqualTo(1);
        assertThat(report.getInt("top[0].figures.breaches.onSiteArrival")).isEqualTo(1);
        assertThat(report.getInt("top[1].figures.repeats")).isEqualTo(1);
        assertThat(report.getDouble("top[1].figures.repeatRate")).isEqualTo(0.3333);
        assertThat(report.getInt("top[0].figures.satisfaction.responses")).isEqualTo(1);
        assertThat(report.getDouble("top[0].figures.satisfaction.average")).isEqualTo(5.0);
        assertThat(report.getDouble("top[0].figures.satisfaction.satisfiedRate")).isEqualTo(1.0);
        for (int rank = 0; rank < 3; rank++) {
            String category = report.getString("top[" + rank + "].category");
            assertThat(report.getMap("top[" + rank + "].figures")).as(category)
                    .isEqualTo(expectedFigures(mine.get(category)));
        }
    }

    @Test
    void totalsUtilitiesPromisesAndTheMonthsHotspotsAreReported() {
        JsonPath report = json(Tokens.manager());
        List<String> all = mine.values().stream().flatMap(List::stream).toList();
        assertThat(report.getMap("totals")).isEqualTo(expectedFigures(all));
        assertThat(report.getString("month")).isEqualTo(month.toString());
        assertThat(report.getString("previousMonth")).isEqualTo(month.minusMonths(1).toString());
        assertThat(report.getString("zone")).isEqualTo("Asia/Shanghai");
        assertThat(Instant.parse(report.getString("from"))).isEqualTo(month.atDay(1).atStartOfDay(SHANGHAI).toInstant());
        assertThat(report.getList("byUtility.utility")).containsExactly("HEATING", "POWER");
        assertThat(report.getList("byUtility.count", Integer.class)).containsExactly(9, 1);
        assertThat(report.getInt("promises.made")).isEqualTo(2);
        assertThat(report.getInt("promises.kept")).isEqualTo(1);
        assertThat(report.getInt("promises.broken")).isEqualTo(1);
        assertThat(report.getInt("promises.pending")).isZero();
        assertThat(report.getDouble("promises.keptRate")).isEqualTo(0.5);
        assertThat(report.getList("hotspots.id")).containsExactly(hotspot.toString());
        assertThat(report.getString("hotspots[0].label")).isEqualTo("室温不达标");
        assertThat(report.getInt("hotspots[0].ticketCount")).isEqualTo(5);
    }

    @Test
    void theTrendComparesWithThePreviousMonthCutInTheServiceCentresZone() {
        // the month before holds 2 + 3 tickets, one of them at 23:30 on its last day in Shanghai; this month's first
        // ticket was accepted at 00:30 on its first day in Shanghai, still the month before in UTC
        JsonPath report = json(Tokens.supervisor());
        assertThat(report.getMap("trend")).isEqualTo(Map.of("previous", 5, "change", 5, "changePercent", 100.0f));
        assertThat(report.getMap("top[0].trend")).isEqualTo(Map.of("previous", 2, "change", 2, "changePercent", 100.0f));
        assertThat(report.getMap("top[1].trend")).isEqualTo(Map.of("previous", 3, "change", 0, "changePercent", 0.0f));
        assertThat(report.getInt("top[2].trend.previous")).isZero();
        assertThat(report.<Object>get("top[2].trend.changePercent")).as("no percent of nothing").isNull();
        assertThat(report.getInt("byUtility[0].trend.previous")).isEqualTo(5);
        assertThat(report.getDouble("byUtility[0].trend.changePercent")).isEqualTo(80.0);

        JsonPath before = as(Tokens.supervisor()).queryParam("month", month.minusMonths(1).toString()).get(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertThat(before.getInt("totals.tickets")).isEqualTo(5);
        assertThat(before.getList("top.category")).containsExactly("NO_HEATING", "INDOOR_TEMPERATURE_LOW");
    }

    @Test
    void theCsvIsUtf8WithABomAHeaderRowPerSectionAndChineseLabels() {
        byte[] body = io.restassured.RestAssured.given().auth().oauth2(Tokens.supervisor()).accept("text/csv")
                .queryParam("month", month.toString()).get(PATH).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n").doesNotContain("\uFEFF");
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertThat(lines).contains("TOP-3 投诉类别 Top categories",
                "rank,category,label,SERVICE,PRODUCT,CUSTOMER,UNKNOWN,tickets,closed,repeats,repeatRate,"
                        + "firstResponseBreaches,resolutionBreaches,onSiteArrivalBreaches,medianSecondsToClose,"
                        + "satisfactionResponses,satisfactionAverage,satisfiedRate");
        assertThat(lines).anyMatch(l -> l.startsWith("1,INDOOR_TEMPERATURE_LOW,室温不达标,1,1,0,2,4,1,0,"));
        assertThat(lines).anyMatch(l -> l.startsWith("3,RADIATOR_LEAK,暖气漏水,"));
        // RFC 4180: a field with a comma or a quote is quoted, its quotes doubled
        assertThat(lines).contains("1,INDOOR_TEMPERATURE_LOW,\"客服中心, \"\"热线\"\"组\",1");
        assertThat(lines).contains("scope,made,kept,broken,pending,keptRate", "all,2,1,1,0,0.5");
        assertThat(lines).anyMatch(l -> l.startsWith(hotspot + ",HEATING,INDOOR_TEMPERATURE_LOW,室温不达标,"));
    }

    @Test
    void acceptPicksTheFormatTheClientWantsMost() {
        for (Map.Entry<String, String> ask : Map.of("text/*", "text/csv", "text/csv;q=0.5, application/json",
                "application/json", "*/*", "application/json").entrySet()) {
            io.restassured.RestAssured.given().auth().oauth2(Tokens.supervisor()).accept(ask.getKey())
                    .queryParam("month", month.toString()).get(PATH).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith(ask.getValue()));
        }
    }

    @Test
    void englishLabelsWhenTheReaderAsksForThem() {
        JsonPath report = as(Tokens.supervisor()).header("Accept-Language", "en").queryParam("month",
                month.toString()).get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("top[0].label")).isEqualTo("Indoor temperature below standard");
    }

    @Test
    void onlySupervisorsAndManagersReadTheReport() {
        for (String token : List.of(Tokens.agent(), Tokens.steward(), Tokens.admin())) {
            as(token).queryParam("month", month.toString()).get(PATH).then().statusCode(403);
        }
        io.restassured.RestAssured.given().queryParam("month", month.toString()).get(PATH).then().statusCode(401);
        as(Tokens.manager()).queryParam("month", month.toString()).get(PATH).then().statusCode(200);
    }

    @Test
    void aMissingMalformedOrFutureMonthIsA400Problem() {
        as(Tokens.supervisor()).get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
        for (String bad : List.of("2026-13", "2026-1", "November", "2026-11-01", "2026/11")) {
            as(Tokens.supervisor()).queryParam("month", bad).get(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("month"));
        }
        as(Tokens.supervisor()).queryParam("month", month.plusMonths(2).toString()).get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        as(Tokens.supervisor()).queryParam("month", month.plusMonths(1).toString()).get(PATH).then()
                .statusCode(200).body("totals.tickets", equalTo(0)).body("top.size()", equalTo(0));
    }

    private JsonPath json(String token) {
        return as(token).queryParam("month", month.toString()).get(PATH).then().statusCode(200).extract().jsonPath();
    }

    /** The figures of a group of tickets, computed from their own views as the report should. */
    private Map<String, Object> expectedFigures(List<String> ids) {
        long closed = 0;
        long repeats = 0;
        long response = 0;
        long resolution = 0;
        long arrival = 0;
        List<Integer> scores = new ArrayList<>();
        List<Double> toClose = new ArrayList<>();
        for (String id : ids) {
            JsonPath t = Journeys.ticket(id).extract().jsonPath();
            repeats += t.getList("repeatOf").isEmpty() ? 0 : 1;
            response += t.getBoolean("sla.firstResponse.breached") ? 1 : 0;
            resolution += t.getBoolean("sla.resolution.breached") ? 1 : 0;
            arrival += arrivalBreached(id) ? 1 : 0;
            if (t.getString("closedAt") != null) {
                closed++;
                scores.add(t.getInt("outcomes.satisfaction"));
                toClose.add(seconds(t.getString("acceptedAt"), t.getString("closedAt")));
            }
        }
        Map<String, Object> figures = new java.util.HashMap<>();
        figures.put("tickets", ids.size());
        figures.put("closed", (int) closed);
        figures.put("repeats", (int) repeats);
        figures.put("repeatRate", (float) (Math.round(repeats * 10000.0 / ids.size()) / 10000.0));
        figures.put("breaches", Map.of("firstResponse", (int) response, "resolution", (int) resolution,
                "onSiteArrival", (int) arrival));
        toClose.sort(null);
        figures.put("medianSecondsToClose", toClose.isEmpty() ? null : (float) median(toClose));
        Map<String, Object> satisfaction = new java.util.HashMap<>();
        satisfaction.put("responses", scores.size());
        satisfaction.put("average", scores.isEmpty() ? null
                : (float) (Math.round(scores.stream().mapToInt(i -> i).average().orElseThrow() * 1000) / 1000.0));
        satisfaction.put("satisfiedRate", scores.isEmpty() ? null
                : (float) (Math.round(scores.stream().filter(s -> s >= 4).count() * 10000.0 / scores.size()) / 10000.0));
        figures.put("satisfaction", satisfaction);
        return figures;
    }

    private boolean arrivalBreached(String ticketId) {
        try {
            return Sql.number(db, "select count(*) from work_order where ticket_id = ? and arrival_breached_at is not null",
                    UUID.fromString(ticketId)) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        double exact = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(exact * 1000) / 1000.0;
    }

    private static double seconds(String from, String to) {
        Duration d = Duration.between(Instant.parse(from), Instant.parse(to));
        return d.getSeconds() + d.getNano() / 1e9;
    }

    // --- the tickets ---

    /** A month, 40 to 240 years ahead, where neither it, the month before nor after holds a ticket or a hotspot. */
    private YearMonth anEmptyMonthPair() throws Exception {
        YearMonth candidate = YearMonth.now(ZoneOffset.UTC).plusMonths(480 + ThreadLocalRandom.current().nextInt(2400));
        while (Sql.number(db, "select count(*) from ticket where accepted_at >= ? and accepted_at < ?",
                start(candidate.minusMonths(1)), start(candidate.plusMonths(2))) > 0
                || Sql.number(db, "select count(*) from hotspot where opened_at >= ? and opened_at < ?",
                        start(candidate.minusMonths(1)), start(candidate.plusMonths(2))) > 0) {
            candidate = candidate.plusMonths(3);
        }
        return candidate;
    }

    private static java.time.OffsetDateTime start(YearMonth m) {
        return m.atDay(1).atStartOfDay(SHANGHAI).toOffsetDateTime();
    }

    private void makeTheTickets() throws Exception {
        YearMonth before = month.minusMonths(1);
        moveTo(at(before.atDay(10), 10, 0));
        accepted("HEATING", "INDOOR_TEMPERATURE_LOW", false);
        for (int i = 0; i < 3; i++) {
            accepted("HEATING", "NO_HEATING", false);
        }
        moveTo(at(before.atEndOfMonth(), 23, 30));
        accepted("HEATING", "INDOOR_TEMPERATURE_LOW", false);

        moveTo(at(month.atDay(1), 0, 30));
        String closed = mineIn("INDOOR_TEMPERATURE_LOW", accepted("HEATING", "INDOOR_TEMPERATURE_LOW", false));
        step(closed, "contacts", Journeys.CONTACT).statusCode(200);
        step(closed, "investigation", Map.of("note", "派管家上门测温")).statusCode(200);
        step(closed, "findings", Journeys.FINDINGS).statusCode(200);
        step(closed, "agreement", agreementIn(Duration.ofDays(1))).statusCode(200);
        clock.advance(Duration.ofHours(2));
        step(closed, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 150, "currency", "CNY"))
                .statusCode(200);
        step(closed, "follow-up", Map.of("reached", true, "satisfaction", 5, "comment", "满意")).statusCode(200)
                .body("ticket.status", equalTo("CLOSED"));

        moveTo(at(month.atDay(2), 10, 0));
        String urgent = mineIn("INDOOR_TEMPERATURE_LOW", accepted("HEATING", "INDOOR_TEMPERATURE_LOW", true));
        as(Tokens.agent()).body(Map.of("steward", "li.wei", "instructions", "上门测温并排气"))
                .post("/api/v1/tickets/" + urgent + "/work-orders").then().statusCode(201);
        String investigating = mineIn("INDOOR_TEMPERATURE_LOW", accepted("HEATING", "INDOOR_TEMPERATURE_LOW", false));
        step(investigating, "contacts", Journeys.CONTACT).statusCode(200);
        step(investigating, "investigation", Map.of("note", "派管家上门测温")).statusCode(200);
        String promised = mineIn("INDOOR_TEMPERATURE_LOW", accepted("HEATING", "INDOOR_TEMPERATURE_LOW", false));
        step(promised, "contacts", Journeys.CONTACT).statusCode(200);
        step(promised, "investigation", Map.of("note", "核实服务过程")).statusCode(200);
        step(promised, "findings", Map.of("findings", "坐席未按时回电", "rootCause", "SERVICE",
                "responsibleDepartments", List.of(Map.of("name", QUOTED_DEPARTMENT, "role", "PRIMARY"))))
                .statusCode(200);
        step(promised, "agreement", agreementIn(Duration.ofHours(1))).statusCode(200);

        Map<String, Object> repeating = complaint("HEATING", "NO_HEATING", false);
        for (int i = 0; i < 2; i++) {
            mineIn("NO_HEATING", intake(Tokens.agent(), repeating).statusCode(201).extract().path("id"));
        }
        mineIn("NO_HEATING", accepted("HEATING", "NO_HEATING", false));
        mineIn("RADIATOR_LEAK", accepted("HEATING", "RADIATOR_LEAK", false));
        mineIn("RADIATOR_LEAK", accepted("HEATING", "RADIATOR_LEAK", false));
        mineIn("OUTAGE", accepted("POWER", "OUTAGE", false));

        clock.advance(Duration.ofMinutes(31)); // the urgent ticket's first response is late
        sweep.sweep(clock.instant());
        clock.advance(Duration.ofHours(25)); // its resolution and the steward's arrival too; the promise is broken
        sweep.sweep(clock.instant());

        hotspot = UUID.randomUUID();
        insertHotspot(hotspot, at(month.atDay(2), 11, 0));
        insertHotspot(UUID.randomUUID(), at(before.atDay(12), 9, 0)); // the month before's: not in this report
    }

    private void insertHotspot(UUID id, Instant openedAt) throws Exception {
        Sql.number(db, """
                with h as (insert into hotspot (id, rule_name, cluster_key, utility, category, categories, area_code,
                    status, ticket_count, first_at, last_at, opened_at)
                values (?, 'SAME_PROBLEM_IN_ONE_AREA', ?, 'HEATING', 'INDOOR_TEMPERATURE_LOW',
                    '{INDOOR_TEMPERATURE_LOW}', 'MR-001', 'RESOLVED', 5, ?, ?, ?) returning 1)
                select count(*) from h""", id, "monthly-report-test:" + id, java.sql.Timestamp.from(openedAt.minusSeconds(3600)),
                java.sql.Timestamp.from(openedAt), java.sql.Timestamp.from(openedAt));
    }

    private static String mineIn(String category, String id) {
        mine.computeIfAbsent(category, c -> new ArrayList<>()).add(id);
        return id;
    }

    private String accepted(String utility, String category, boolean urgent) {
        return intake(Tokens.agent(), complaint(utility, category, urgent)).statusCode(201).extract().path("id");
    }

    private static Map<String, Object> complaint(String utility, String category, boolean urgent) {
        Map<String, Object> body = Intakes.aHeatingComplaint(Intakes.aFreshPhone(), Intakes.aFreshAccount(), category,
                List.of());
        body.put("utility", utility);
        // an area of the report's own, so no hotspot rule of another test's area counts these
        body.put("areaCode", "MR-" + ThreadLocalRandom.current().nextInt(1_000_000));
        if (urgent) {
            body.put("severity", "URGENT");
            body.put("severityReason", "家中有婴儿");
        }
        return body;
    }

    private Map<String, Object> agreementIn(Duration in) {
        return Map.of("options", List.of("今日排气调试", "更换阀门"), "agreedOption", 0, "promisedBy",
                Instant.now(clock).plus(in).toString());
    }

    private static Instant at(java.time.LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }
}
