package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.CONTACT;
import static dev.loopline.support.Journeys.FINDINGS;
import static dev.loopline.support.Journeys.agreement;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClosedLoopJourneyTest {

    @Test
    void aTicketRunsTheFiveStepsToClosedAndItsTimelineTellsTheWholeStory() {
        String id = Journeys.accepted();
        step(id, "contacts", CONTACT).statusCode(200)
                .header("ETag", "\"1\"")
                .body("ticket.status", equalTo("ACCEPTED"))
                .body("ticket.sla.firstResponse.metAt", notNullValue())
                .body("warnings", hasSize(0));
        step(id, "investigation", Map.of("note", "派管家上门测温")).statusCode(200)
                .body("ticket.status", equalTo("INVESTIGATING"));
        step(id, "findings", FINDINGS).statusCode(200)
                .body("ticket.status", equalTo("NEGOTIATING"))
                .body("ticket.outcomes.rootCause", equalTo("PRODUCT"))
                .body("ticket.outcomes.primaryDepartment", equalTo("管网运行部"));
        step(id, "agreement", agreement()).statusCode(200)
                .body("ticket.status", equalTo("COMPENSATING"))
                .body("ticket.outcomes.promisedBy", notNullValue());
        step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 150, "currency", "CNY")).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"))
                .body("ticket.outcomes.compensationAmount", equalTo(150.0f));
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 4, "comment", "满意")).statusCode(200)
                .body("ticket.status", equalTo("CLOSED"))
                .body("ticket.closedAt", notNullValue())
                .body("ticket.sla.resolution.metAt", notNullValue())
                .body("ticket.outcomes.satisfaction", equalTo(4));

        as(Tokens.supervisor()).get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("items.type", contains("ticket.accepted", "ticket.contact_logged", "ticket.investigation_started",
                        "ticket.findings_recorded", "ticket.agreement_reached", "ticket.compensation_recorded",
                        "ticket.closed"))
                .body("items.actor", everyItem(equalTo("wang.fang")))
                .body("items[3].payload.before.status", equalTo("INVESTIGATING"))
                .body("items[3].payload.after.status", equalTo("NEGOTIATING"))
                .body("items[3].payload.responsibleDepartments[0].name", equalTo("管网运行部"))
                .body("items[4].payload.agreedSolution", equalTo("今日排气调试"))
                .body("items[6].payload.satisfaction", equalTo(4));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("events", equalTo(7));
    }

    @Test
    void theTicketShowsHowLongEachStepTookAndWhoHeldIt() {
        String id = Journeys.closed();
        ticket(id)
                .body("steps.status", contains("ACCEPTED", "INVESTIGATING", "NEGOTIATING", "COMPENSATING",
                        "FOLLOWING_UP", "CLOSED"))
                .body("steps.heldBy", everyItem(equalTo("wang.fang")))
                .body("steps[0].leftBy", equalTo("wang.fang"))
                .body("steps.seconds", everyItem(greaterThanOrEqualTo(0)))
                .body("steps[5].leftAt", equalTo(null));
    }

    @Test
    void aNewOwnerHoldsTheStepsAfterTheHandover() {
        String id = Journeys.investigating();
        String etag = ticket(id).extract().header("ETag");
        as(Tokens.supervisor()).header("If-Match", etag).body(Map.of("owner", "li.na"))
                .patch("/api/v1/tickets/" + id).then().statusCode(200).body("ticket.owner", equalTo("li.na"));
        step(id, "findings", FINDINGS).statusCode(200);
        ticket(id).body("steps[1].heldBy", equalTo("wang.fang")).body("steps[2].heldBy", equalTo("li.na"));
    }

    @Test
    void oneOptionIsEnoughWithAReason() {
        String id = Journeys.negotiating();
        step(id, "agreement", Map.of("options", java.util.List.of("更换阀门"), "agreedOption", 0,
                "singleOptionReason", "阀门损坏，只能更换", "promisedBy", "2099-01-01T00:00:00Z")).statusCode(200)
                .body("ticket.status", equalTo("COMPENSATING"));
    }

    @Test
    void noCompensationWithAReasonMovesToFollowUp() {
        String id = Journeys.compensating();
        step(id, "compensation", Map.of("type", "NONE", "reason", "用户原因，未造成损失")).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"))
                .body("ticket.outcomes.compensationType", equalTo("NONE"));
    }

    @Test
    void theETagFollowsEveryStep() {
        String id = Journeys.accepted();
        String etag = step(id, "contacts", CONTACT).statusCode(200).extract().header("ETag");
        ticket(id).header("ETag", equalTo(etag)).body("version", equalTo(1));
        step(id, "investigation", Map.of()).statusCode(200).header("ETag", matchesPattern("\"2\""));
    }
}
