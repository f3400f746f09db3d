package dev.loopline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The contract checker itself: it finds operations by path template and names the operation and JSON path it faults. */
class ContractTest {

    private static final Contract CONTRACT = new Contract(Path.of("openapi/loopline.yaml"));
    private static final ObjectMapper JSON = new ObjectMapper();

    // DESIGN §2, verbatim: the hotline agent's screen sends "severity": null
    private static final String CANONICAL_INTAKE = """
            {"utility": "HEATING", "channel": "HOTLINE", "category": "INDOOR_TEMPERATURE_LOW",
             "customer": {"name": "王秀英", "phone": "13900001234", "accountNo": "HT-0098812",
                          "vulnerabilities": ["ELDERLY_ALONE"], "language": "zh"},
             "address": "幸福小区 3号楼 2单元 501", "areaCode": "XF-001",
             "description": "暖气不热，室温只有15度", "occurredAt": "2026-11-20T08:00:00Z",
             "severity": null, "severityReason": null}""";

    @Test
    void findsTheOperationByMethodAndPathTemplateLiteralSegmentsFirst() {
        assertThat(CONTRACT.find("GET", "/api/v1/tickets/abc").orElseThrow().id()).isEqualTo("getTicket");
        assertThat(CONTRACT.find("GET", "/api/v1/tickets/abc/timeline/verification").orElseThrow().path())
                .isEqualTo("/api/v1/tickets/{id}/timeline/verification");
        assertThat(CONTRACT.find("DELETE", "/api/v1/tickets/abc")).isEmpty();
        assertThat(CONTRACT.documents("/api/v1/tickets/abc")).isTrue();
        assertThat(CONTRACT.documents("/api/v1/nothing")).isFalse();
    }

    @Test
    void theCanonicalIntakeOfTheDesignIsAValidRequest() throws Exception {
        Contract.Operation intake = CONTRACT.find("POST", "/api/v1/tickets").orElseThrow();
        assertThat(CONTRACT.checkRequest(intake, "application/json", JSON.readTree(CANONICAL_INTAKE))).isEmpty();
    }

    @Test
    void aWrongTypeIsNamedByOperationAndJsonPath() throws Exception {
        Contract.Operation intake = CONTRACT.find("POST", "/api/v1/tickets").orElseThrow();
        JsonNode body = JSON.readTree(CANONICAL_INTAKE.replace("\"vulnerabilities\": [\"ELDERLY_ALONE\"]",
                "\"vulnerabilities\": 7"));
        assertThat(CONTRACT.checkRequest(intake, "application/json", body)).singleElement().asString()
                .startsWith("createTicket (POST /api/v1/tickets) request: $.customer.vulnerabilities");
        Contract.Operation read = CONTRACT.find("GET", "/api/v1/tickets/x").orElseThrow();
        assertThat(CONTRACT.checkResponse(read, 200, "application/json", h -> null,
                JSON.readTree("{\"number\": 12}"), true)).singleElement().asString()
                .startsWith("getTicket (GET /api/v1/tickets/{id}) response 200: $.number");
    }

    @Test
    void anUndocumentedStatusOrContentTypeIsADeviation() throws Exception {
        Contract.Operation read = CONTRACT.find("GET", "/api/v1/tickets/x").orElseThrow();
        assertThat(CONTRACT.checkResponse(read, 418, "application/json", h -> null, JSON.readTree("{}"), true))
                .singleElement().asString().contains("status 418 is not documented");
        assertThat(CONTRACT.checkResponse(read, 200, "text/plain", h -> null, null, true))
                .singleElement().asString().contains("content type text/plain is not documented");
        assertThat(CONTRACT.checkResponse(read, 404, "application/problem+json", h -> null,
                JSON.readTree("{\"type\": \"https://loopline.dev/problems/not-found\", \"status\": \"404\"}"), true))
                .singleElement().asString().contains("$.status");
    }

    @Test
    void aTimelinePayloadIsCheckedAgainstItsTypesRecord() throws Exception {
        Contract.Operation timeline = CONTRACT.find("GET", "/api/v1/tickets/x/timeline").orElseThrow();
        String entry = """
                {"items": [{"id": "6f1c2a52-6d0c-4c1e-9a57-1d3f2b8c9e10", "seq": 3, "type": "ticket.findings_recorded",
                  "actor": "wang.fang", "actorRole": "agent", "occurredAt": "2026-11-20T08:00:00Z", "hash": "ab",
                  "payload": {"findings": "入户测温17.5度", "rootCause": %s,
                              "responsibleDepartments": [{"name": "管网运行部", "role": "PRIMARY"}]}}],
                 "nextCursor": null}""";
        assertThat(CONTRACT.checkResponse(timeline, 200, "application/json", h -> null,
                JSON.readTree(entry.formatted("\"PRODUCT\"")), true)).isEmpty();
        assertThat(CONTRACT.checkResponse(timeline, 200, "application/json", h -> null,
                JSON.readTree(entry.formatted("\"WEATHER\"")), true))
                .anySatisfy(deviation -> assertThat(deviation).contains("$.items[0].payload.rootCause"));
        assertThat(CONTRACT.checkResponse(timeline, 200, "application/json", h -> null,
                JSON.readTree(entry.formatted("\"PRODUCT\"").replace("ticket.findings_recorded", "ticket.made_up")),
                true)).isNotEmpty();
    }
}
