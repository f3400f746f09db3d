package dev.loopline.ticket;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Intakes.aFreshPhone;
import static dev.loopline.support.Intakes.aHeatingComplaint;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketReadTest {

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
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(Tokens.agent()).queryParam("phone", phone).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/tickets").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void filtersNarrowTheList() {
        String phone = aFreshPhone();
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "HEATING_FEE", List.of())).statusCode(201);
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of("DISABLED"))).statusCode(201);
        list(Map.of("phone", phone, "severity", "URGENT")).body("items.category", contains("NO_HEATING"));
        list(Map.of("phone", phone, "category", "HEATING_FEE")).body("items", hasSize(1));
        list(Map.of("phone", phone, "status", "accepted", "utility", "HEATING", "area", "XF-001",
                "owner", "wang.fang")).body("items", hasSize(2));
        list(Map.of("phone", phone, "status", "CLOSED")).body("items", hasSize(0));
        list(Map.of("phone", phone, "breached", "false", "atRisk", "false")).body("items", hasSize(2))
                .body("items.breached", everyItem(equalTo(false)));
        list(Map.of("phone", phone, "breached", "true")).body("items", hasSize(0));
        list(Map.of("phone", phone, "utility", "WATER")).body("items", hasSize(0)).body("nextCursor", nullValue());
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

    private static io.restassured.response.ValidatableResponse list(Map<String, ?> query) {
        return as(Tokens.agent()).queryParams(query).get("/api/v1/tickets").then().statusCode(200);
    }

    private static void badParameter(Map<String, ?> query, String field) {
        as(Tokens.agent()).queryParams(query).get("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
