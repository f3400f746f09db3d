package dev.loopline.common;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.loopline.support.Intakes;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A replica configured where none answers (a port nothing listens on): the service starts, stays ready, and the
 * board, the monthly report and lists are answered from the primary. (src/e2e/replica runs a real one.)
 */
@QuarkusTest
@TestProfile(ReplicaAwayTest.ReplicaNobodyAnswers.class)
class ReplicaAwayTest {

    /** The replica's URL points at port 1 of this machine. */
    public static class ReplicaNobodyAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.replica.jdbc.url", "jdbc:postgresql://127.0.0.1:1/loopline");
        }
    }

    @Inject
    ReadReplica replica;

    @Test
    void theBoardTheMonthlyReportAndListsAreAnsweredFromThePrimaryWhileTheReplicaIsAway() {
        assertThat(replica.configured()).isTrue();
        assertThat(replica.check()).isEqualTo(ReadReplica.State.DOWN);
        String phone = Intakes.aFreshPhone();
        intake(Tokens.agent(), Intakes.aHeatingComplaint(phone, Intakes.aFreshAccount(), "HEATING_FEE",
                List.of())).statusCode(201);

        as(Tokens.supervisor()).queryParam("phone", phone).get("/api/v1/tickets").then().statusCode(200)
                .body("items", hasSize(1));
        as(Tokens.supervisor()).get("/api/v1/sla/board").then().statusCode(200);
        as(Tokens.supervisor()).queryParam("month", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString())
                .get("/api/v1/reports/monthly").then().statusCode(200);
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.state", equalTo("DOWN"))
                .body("checks.find { it.name == 'Read replica' }.data.readsFrom", equalTo("primary"));
    }
}
