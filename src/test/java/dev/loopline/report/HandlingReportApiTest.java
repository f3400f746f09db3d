package dev.loopline.report;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** GET /tickets/{id}/report: the written handling report of a closed ticket, in three forms and two languages. */
@QuarkusTest
class HandlingReportApiTest {

    @Inject
    TestClock clock;

    @Test
    void thePdfHoldsTheNumberAndTheAgreedSolutionInChinese() throws Exception {
        String id = Journeys.closed();
        String number = ticket(id).extract().path("number");
        byte[] pdf = given().auth().oauth2(Tokens.agent()).accept("application/pdf")
                .get("/api/v1/tickets/" + id + "/report").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Language", "zh-CN")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number, "今日排气调试", "书面处理报告", "入户测温17.5度", "管网运行部");
        }
    }

    @Test
    void englishIsGivenOnRequest() throws Exception {
        String id = Journeys.closed();
        byte[] pdf = given().auth().oauth2(Tokens.supervisor()).accept("application/pdf")
                .header("Accept-Language", "en-GB,en;q=0.8").get("/api/v1/tickets/" + id + "/report").then()
                .statusCode(200).header("Content-Language", "en").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Written handling report",
                    "Xingfu Heating Co., Ltd.", "Hotline: 96069").doesNotContain("Product deviation", "PRODUCT");
        }
    }

    @Test
    void theHtmlIsAPrintablePageAndTheJsonTheSameContent() {
        String id = Journeys.closed();
        given().auth().oauth2(Tokens.manager()).accept("text/html").get("/api/v1/tickets/" + id + "/report").then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("今日排气调试"), containsString("<html"));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/report").then().statusCode(200)
                .body("agreement.options[0]", equalTo("今日排气调试"))
                .body("findings.rootCause", equalTo("PRODUCT"))
                .body("compensation.type", equalTo("FEE_REDUCTION"))
                .body("compensation.amount", equalTo(150.0f))
                .body("followUp.satisfaction", equalTo(4))
                .body("language", equalTo("zh"));
    }

    @Test
    void theStewardsMeasurementsTheUtilityAndTheDayOfIssueReachTheReport() throws Exception {
        String id = Journeys.investigating();
        String steward = "steward.report-" + System.nanoTime();
        String wo = as(Tokens.agent()).body(Map.of("steward", steward, "instructions", "上门测温"))
                .post("/api/v1/tickets/" + id + "/work-orders").then().statusCode(201).extract().path("id");
        stewardStep(steward, wo, "acceptance", Map.of());
        stewardStep(steward, wo, "arrival", Map.of());
        stewardStep(steward, wo, "completion", Map.of("findings", "室温偏低", "measurements", List.of(
                Map.of("name", "indoor_temperature", "value", 17.5, "unit", "°C"),
                Map.of("name", "radiator_surface", "value", 38))));
        step(id, "findings", Journeys.FINDINGS).statusCode(200);
        step(id, "agreement", Journeys.agreement()).statusCode(200);
        step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 150.5, "currency", "CNY")).statusCode(200);
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 5, "comment", "很满意👍谢谢")).statusCode(200);

        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/report").then().statusCode(200)
                .body("organisation.name", equalTo("幸福热力有限公司"))
                .body("organisation.hotline", equalTo("96069"))
                .body("issuedOn", equalTo(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).toString()))
                .body("measurements[0].name", equalTo("indoor_temperature"))
                .body("measurements[0].value", equalTo(17.5f))
                .body("measurements[1].unit", equalTo(null));
        byte[] pdf = given().auth().oauth2(Tokens.agent()).accept("application/pdf")
                .get("/api/v1/tickets/" + id + "/report").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("尊敬的", "室内温度 17.5 °C",
                    "radiator_surface 38", "150.50 元", "很满意谢谢", "幸福热力有限公司").doesNotContain("?");
        }
    }

    private static void stewardStep(String steward, String workOrder, String step, Object body) {
        as(Tokens.of("steward", steward)).body(body).post("/api/v1/work-orders/" + workOrder + "/" + step).then()
                .statusCode(200);
    }

    @Test
    void anApprovedCompensationNamesItsApprover() {
        String id = Journeys.compensating();
        step(id, "compensation", Map.of("type", "REFUND", "amount", 600)).statusCode(200);
        step(Tokens.supervisor(), id, "compensation/approval", Map.of("approved", true)).statusCode(200);
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 5)).statusCode(200);
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/report").then().statusCode(200)
                .body("compensation.amount", equalTo(600.0f))
                .body("compensation.approvedBy", equalTo("zhao.lei"));
    }

    @Test
    void anOpenTicketHasNoReportYet() {
        String id = Journeys.followingUp();
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/report").then().statusCode(409)
                .body("rule", equalTo("REPORT_NEEDS_CLOSED_TICKET"));
        given().auth().oauth2(Tokens.steward()).get("/api/v1/tickets/" + id + "/report").then().statusCode(403);
    }
}
