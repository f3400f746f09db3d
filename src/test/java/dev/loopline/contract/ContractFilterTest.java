package dev.loopline.contract;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopline.support.Intakes;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every call of the suite passes the contract check: an answer the contract does not know fails the calling test. */
@QuarkusTest
class ContractFilterTest {

    @Test
    void everyTestCallsThroughTheCheck() {
        assertThat(RestAssured.filters()).hasAtLeastOneElementOfType(ContractFilter.class);
    }

    @Test
    void aSuccessOnAPathTheContractDoesNotListFailsTheCall() {
        // JAX-RS answers the trailing slash like the list; the contract has no such path
        assertThatThrownBy(() -> as(Tokens.agent()).get("/api/v1/admin/severity-rules/"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/admin/severity-rules/ is not in the contract, yet answered 200");
    }

    @Test
    void aBadBodySentOnPurposePassesWhenTheServiceRefusesIt() {
        Map<String, Object> body = new HashMap<>(Intakes.aRoutineHeatingFeeComplaint());
        body.remove("utility"); // required by the contract and by the service
        as(Tokens.agent()).body(body).post("/api/v1/tickets").then().statusCode(422);
    }
}
