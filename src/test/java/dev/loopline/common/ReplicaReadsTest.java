package dev.loopline.common;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Intakes;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.assertj.core.api.SoftAssertions;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Against a real streaming replica of the test database (made and removed by src/e2e/replica, which names it in
 * `replica-e2e.url` and says how to stop and start it): the board, the monthly report and lists read from
 * it while it keeps up, a writer reads their own write, and reads fall back to the primary while it lags or is away.
 */
@QuarkusTest
@TestProfile(ReplicaReadsTest.WithReplica.class)
@EnabledIfSystemProperty(named = "replica-e2e.url", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {

    static final Duration MAX_LAG = Duration.ofSeconds(5);

    /** The replica the script started, checked every second (the default). */
    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.replica.jdbc.url", System.getProperty("replica-e2e.url", ""),
                    "loopline.replica.max-lag", MAX_LAG.toSeconds() + "s");
        }
    }

    @Inject
    ReadReplica replica;

    @Test
    @Order(1)
    void aLaggingReplicaServesOthersUntilTheBoundButNeverHidesOnesOwnWrite() throws Exception {
        awaitState(ReadReplica.State.IN_USE);
        String phone = Intakes.aFreshPhone();
        long monthBefore = monthTickets();
        long periodBefore = periodTickets();
        replay("pause");
        try {
            String id = intake(Tokens.agent(), Intakes.aHeatingComplaint(phone, Intakes.aFreshAccount(), "HEATING_FEE",
                    List.of())).statusCode(201).extract().path("id");
            Instant written = Instant.now();

            // the others read the replica, which has not replayed the intake yet
            SoftAssertions fromReplica = new SoftAssertions();
            fromReplica.assertThat(listed(Tokens.supervisor(), phone)).as("a reader's list, from the replica").isZero();
            fromReplica.assertThat(periodTickets()).as("the board's period, from the replica").isEqualTo(periodBefore);
            fromReplica.assertThat(monthTickets()).as("the monthly report, from the replica").isEqualTo(monthBefore);
            fromReplica.assertAll();
            assertThat(Duration.between(written, Instant.now())).as("all read within the bound").isLessThan(MAX_LAG);
            assertThat(replica.state()).isEqualTo(ReadReplica.State.IN_USE);
            // one ticket is always the primary's; the writer's own list waits for the replica or reads the primary
            as(Tokens.supervisor()).get("/api/v1/tickets/" + id).then().statusCode(200);
            assertThat(listed(Tokens.agent(), phone)).as("the writer's own list").isEqualTo(1);

            awaitState(ReadReplica.State.LAGGING);
            SoftAssertions fromPrimary = new SoftAssertions();
            fromPrimary.assertThat(listed(Tokens.supervisor(), phone)).as("a reader's list, lagging").isEqualTo(1);
            fromPrimary.assertThat(periodTickets()).as("the board's period, lagging").isEqualTo(periodBefore + 1);
            fromPrimary.assertThat(monthTickets()).as("the monthly report, lagging").isEqualTo(monthBefore + 1);
            fromPrimary.assertAll();
        } finally {
            replay("resume");
        }
        awaitState(ReadReplica.State.IN_USE);
        assertThat(listed(Tokens.supervisor(), phone)).as("the replica, caught up").isEqualTo(1);
    }

    @Test
    @Order(2)
    void readsFallBackToThePrimaryWhenTheReplicaGoesAwayAndReturnWhenItIsBack() throws Exception {
        awaitState(ReadReplica.State.IN_USE);
        String phone = Intakes.aFreshPhone();
        intake(Tokens.agent(), Intakes.aHeatingComplaint(phone, Intakes.aFreshAccount(), "HEATING_FEE", List.of()))
                .statusCode(201);
        awaitReplayed();
        run("replica-e2e.stop-command");
        try {
            // before the next check notices: the read fails on the replica and is answered by the primary
            assertThat(listed(Tokens.supervisor(), phone)).isEqualTo(1);
            periodTickets();
            monthTickets();
            awaitState(ReadReplica.State.DOWN);
            assertThat(listed(Tokens.supervisor(), phone)).isEqualTo(1);
            RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'Read replica' }.data.readsFrom", equalTo("primary"));
        } finally {
            run("replica-e2e.start-command");
        }
        awaitState(ReadReplica.State.IN_USE);
        assertThat(listed(Tokens.supervisor(), phone)).isEqualTo(1);
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Read replica' }.data.readsFrom", equalTo("replica"));
    }

    private static int listed(String token, String phone) {
        return as(token).queryParam("phone", phone).get("/api/v1/tickets").then().statusCode(200).extract()
                .jsonPath().getList("items").size();
    }

    /** Tickets of the board's explicit period around now (computed live, not from the snapshot). */
    private static long periodTickets() {
        Instant now = Instant.now();
        return as(Tokens.supervisor()).queryParam("from", now.minus(Duration.ofHours(1)).toString())
                .queryParam("to", now.plus(Duration.ofHours(1)).toString()).get("/api/v1/sla/board").then()
                .statusCode(200).extract().jsonPath().getLong("period.tickets");
    }

    private static long monthTickets() {
        return as(Tokens.supervisor()).queryParam("month", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString())
                .get("/api/v1/reports/monthly").then().statusCode(200).extract().jsonPath().getLong("totals.tickets");
    }

    private void awaitState(ReadReplica.State expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (replica.state() != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(replica.state()).isEqualTo(expected);
    }

    /** Waits until the replica has replayed everything the primary has written so far. */
    private void awaitReplayed() throws Exception {
        long position = replica.primaryPosition();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (replica.replayed() < position && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(replica.replayed()).isGreaterThanOrEqualTo(position);
    }

    private static void replay(String action) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("replica-e2e.url", ""),
                "postgres", null); Statement statement = connection.createStatement()) {
            statement.execute("select pg_wal_replay_" + action + "()");
        }
    }

    private static void run(String property) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", System.getProperty(property)).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(property).isZero();
    }
}
