package dev.loopline.ticket;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Intakes.aFreshAccount;
import static dev.loopline.support.Intakes.aFreshPhone;
import static dev.loopline.support.Intakes.aHeatingComplaint;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RepeatComplaintTest {

    @Test
    void secondComplaintOfTheSameCategoryLinksTheFirstAndIsAtLeastImportant() {
        String phone = aFreshPhone();
        String first = intake(Tokens.agent(), aHeatingComplaint(phone, null, "HEATING_FEE", List.of()))
                .statusCode(201).body("severity", equalTo("ROUTINE")).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "HEATING_FEE", List.of())).statusCode(201)
                .body("repeatOf.id", contains(first))
                .body("severity", equalTo("IMPORTANT"))
                .body("severityRules", hasItem("REPEAT_COMPLAINT"))
                .body("complaintClass", equalTo("ORDINARY"));
    }

    @Test
    void theThirdInTheWindowIsEscalatedAndLinksBothEarlierTickets() {
        String phone = aFreshPhone();
        String first = intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of()))
                .statusCode(201).extract().path("id");
        String second = intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of()))
                .statusCode(201).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of())).statusCode(201)
                .body("repeatOf.id", contains(first, second))
                .body("complaintClass", equalTo("ESCALATED"));
    }

    @Test
    void theSameAccountWithAnotherPhoneIsTheSameCustomer() {
        String account = aFreshAccount();
        String first = intake(Tokens.agent(), aHeatingComplaint(aFreshPhone(), account, "RADIATOR_LEAK", List.of()))
                .statusCode(201).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint(aFreshPhone(), account, "RADIATOR_LEAK", List.of()))
                .statusCode(201).body("repeatOf.id", contains(first));
    }

    @Test
    void anEarlierTicketOfTheSamePhoneAndAccountIsLinkedOnceAndCountedOnce() {
        String phone = aFreshPhone();
        String account = aFreshAccount();
        String first = intake(Tokens.agent(), aHeatingComplaint(phone, account, "NO_HEATING", List.of()))
                .statusCode(201).extract().path("id");
        String second = intake(Tokens.agent(), aHeatingComplaint(phone, account, "NO_HEATING", List.of()))
                .statusCode(201).body("repeatOf.id", contains(first))
                .body("complaintClass", equalTo("ORDINARY")).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint(phone, account, "NO_HEATING", List.of())).statusCode(201)
                .body("repeatOf.id", contains(first, second))
                .body("complaintClass", equalTo("ESCALATED"));
    }

    @Test
    void aCustomerWithoutAPhoneIsFoundByTheAccount() {
        String account = aFreshAccount();
        String first = intake(Tokens.agent(), aHeatingComplaint(null, account, "HEATING_FEE", List.of()))
                .statusCode(201).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint(null, account, "HEATING_FEE", List.of())).statusCode(201)
                .body("repeatOf.id", contains(first));
    }

    @Test
    void ticketsFoundByPhoneAndByAccountAreEachLinkedOnce() {
        String phone = aFreshPhone();
        String account = aFreshAccount();
        String byPhone = intake(Tokens.agent(), aHeatingComplaint(phone, null, "RADIATOR_LEAK", List.of()))
                .statusCode(201).extract().path("id");
        String byAccount = intake(Tokens.agent(), aHeatingComplaint(aFreshPhone(), account, "RADIATOR_LEAK",
                List.of())).statusCode(201).body("repeatOf", empty()).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint(phone, account, "RADIATOR_LEAK", List.of())).statusCode(201)
                .body("repeatOf.id", contains(byPhone, byAccount))
                .body("complaintClass", equalTo("ESCALATED"));
    }

    @Test
    void anotherCategoryIsNotARepeat() {
        String phone = aFreshPhone();
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "HEATING_FEE", List.of())).statusCode(201);
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "SERVICE_ATTITUDE", List.of())).statusCode(201)
                .body("repeatOf", empty())
                .body("severity", equalTo("ROUTINE"));
    }

    @Test
    void repeatsStayWithinOneUtility() {
        String phone = aFreshPhone();
        Map<String, Object> power = aHeatingComplaint(phone, null, "SERVICE_ATTITUDE", List.of());
        power.put("utility", "POWER");
        intake(Tokens.agent(), power).statusCode(201);
        String heating = intake(Tokens.agent(), aHeatingComplaint(phone, null, "SERVICE_ATTITUDE", List.of()))
                .statusCode(201).body("repeatOf", empty()).body("severity", equalTo("ROUTINE")).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "SERVICE_ATTITUDE", List.of())).statusCode(201)
                .body("repeatOf.id", contains(heating))
                .body("complaintClass", equalTo("ORDINARY"));
    }

    @Test
    void everyNotationOfOnePhoneIsOneCustomer() {
        String phone = aFreshPhone();
        String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + "-" + phone.substring(7);
        String first = intake(Tokens.agent(), aHeatingComplaint(spaced, null, "NO_HEATING", List.of()))
                .statusCode(201).body("customer.phone", equalTo("+86" + phone)).extract().path("id");
        String second = intake(Tokens.agent(), aHeatingComplaint("+86 " + spaced, null, "NO_HEATING", List.of()))
                .statusCode(201).body("repeatOf.id", contains(first)).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint("0086 " + phone, null, "NO_HEATING", List.of())).statusCode(201)
                .body("repeatOf.id", contains(first, second))
                .body("complaintClass", equalTo("ESCALATED"));
        as(Tokens.agent()).queryParam("phone", "0086-" + spaced).get("/api/v1/customers/history").then()
                .statusCode(200).body("items", hasSize(3));
        as(Tokens.agent()).queryParam("phone", "+86" + phone).get("/api/v1/tickets").then().statusCode(200)
                .body("items", hasSize(3));
    }

    @Test
    void aLandlineWithItsAreaCodeIsStoredInE164() {
        // Beijing subscriber numbers start with 2-8
        String subscriber = "6" + aFreshPhone().substring(4);
        String typed = "010-" + subscriber.substring(0, 4) + " " + subscriber.substring(4);
        String first = intake(Tokens.agent(), aHeatingComplaint(typed, null, "HEATING_FEE", List.of()))
                .statusCode(201).body("customer.phone", equalTo("+8610" + subscriber)).extract().path("id");
        intake(Tokens.agent(), aHeatingComplaint("(010) " + subscriber, null, "HEATING_FEE", List.of()))
                .statusCode(201).body("repeatOf.id", contains(first));
        as(Tokens.agent()).queryParam("phone", "+86 10 " + subscriber).get("/api/v1/customers/history").then()
                .statusCode(200).body("items[0].customerPhone", equalTo("+86 10" + subscriber.charAt(0) + "****"
                        + subscriber.substring(4)));
    }

    @Test
    void whatIsNotAPhoneNumberIsRefusedAtIntakeAndInLookUps() {
        String account = aFreshAccount();
        intake(Tokens.agent(), aHeatingComplaint("12345", account, "HEATING_FEE", List.of())).statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("customer.phone"));
        as(Tokens.agent()).queryParam("account", account).get("/api/v1/customers/history").then().statusCode(200)
                .body("items", empty());
        for (String path : List.of("/api/v1/customers/history", "/api/v1/tickets")) {
            as(Tokens.agent()).queryParam("phone", "not a phone").get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("phone"));
        }
    }

    @Test
    void theCustomersWholeHistoryIsOneCallAway() {
        String phone = aFreshPhone();
        String account = aFreshAccount();
        intake(Tokens.agent(), aHeatingComplaint(phone, account, "HEATING_FEE", List.of())).statusCode(201);
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of())).statusCode(201);
        intake(Tokens.agent(), aHeatingComplaint(aFreshPhone(), account, "OTHER", List.of())).statusCode(201);
        as(Tokens.agent()).queryParam("phone", phone).get("/api/v1/customers/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].category", equalTo("NO_HEATING"))
                .body("items[0].customerPhone", equalTo("+86 " + phone.substring(0, 3) + "****" + phone.substring(7)));
        as(Tokens.agent()).queryParam("account", account).get("/api/v1/customers/history").then().statusCode(200)
                .body("items.category", contains("OTHER", "HEATING_FEE"));
        as(Tokens.agent()).queryParam("phone", phone).queryParam("account", account)
                .get("/api/v1/customers/history").then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void historyNeedsAPhoneOrAnAccount() {
        as(Tokens.agent()).get("/api/v1/customers/history").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("phone"));
    }
}
