package dev.loopline.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every /api/v1 endpoint: 401 without a valid token, 403 for each role it does not admit. */
@QuarkusTest
class AccessTest {

    private static final List<String> ROLES = List.of("agent", "steward", "supervisor", "manager", "admin");

    /** An endpoint and the roles it admits. */
    record Endpoint(String method, String path, Set<String> admits) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        String id = UUID.randomUUID().toString();
        Set<String> readers = Set.of("agent", "supervisor", "manager");
        return Stream.of(
                new Endpoint("POST", "/api/v1/tickets", Set.of("agent", "supervisor")),
                new Endpoint("GET", "/api/v1/tickets", readers),
                new Endpoint("GET", "/api/v1/tickets/" + id, readers),
                new Endpoint("GET", "/api/v1/tickets/" + id + "/timeline", readers),
                new Endpoint("GET", "/api/v1/customers/history?phone=13900001234", readers),
                new Endpoint("GET", "/api/v1/admin/categories", Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("GET", "/api/v1/admin/categories/OTHER", Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("POST", "/api/v1/admin/categories", Set.of("admin")),
                new Endpoint("PUT", "/api/v1/admin/categories/OTHER", Set.of("admin")),
                new Endpoint("GET", "/api/v1/tickets/" + id + "/timeline/verification",
                        Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("GET", "/api/v1/tickets/" + id + "/report", readers),
                new Endpoint("PATCH", "/api/v1/tickets/" + id, readers),
                new Endpoint("GET", "/api/v1/admin/severity-rules", Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("GET", "/api/v1/admin/severity-rules/SAFETY_HAZARD",
                        Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("PUT", "/api/v1/admin/severity-rules/SAFETY_HAZARD", Set.of("admin")),
                new Endpoint("GET", "/api/v1/admin/escalation-ack-targets",
                        Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("PUT", "/api/v1/admin/escalation-ack-targets/1/URGENT", Set.of("admin")),
                new Endpoint("GET", "/api/v1/admin/authority", Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("PUT", "/api/v1/admin/authority/agent", Set.of("admin")),
                new Endpoint("GET", "/api/v1/admin/forbidden-phrases", Set.of("agent", "supervisor", "manager", "admin")),
                new Endpoint("POST", "/api/v1/admin/forbidden-phrases", Set.of("admin")),
                new Endpoint("DELETE", "/api/v1/admin/forbidden-phrases/x", Set.of("admin")),
                new Endpoint("GET", "/api/v1/sla/policies", Set.of("admin", "supervisor", "manager")),
                new Endpoint("PUT", "/api/v1/sla/policies/URGENT", Set.of("admin")),
                new Endpoint("GET", "/api/v1/sla/calendars", Set.of("admin", "supervisor", "manager")),
                new Endpoint("GET", "/api/v1/sla/calendars/cn-mainland", Set.of("admin", "supervisor", "manager")),
                new Endpoint("PUT", "/api/v1/sla/calendars/cn-mainland", Set.of("admin")),
                new Endpoint("GET", "/api/v1/sla/board", Set.of("supervisor", "manager")),
                new Endpoint("GET", "/api/v1/hotspots", Set.of("supervisor", "manager")),
                new Endpoint("GET", "/api/v1/hotspots/" + id, Set.of("supervisor", "manager")),
                new Endpoint("POST", "/api/v1/hotspots/" + id + "/acknowledgement", Set.of("supervisor", "manager")),
                new Endpoint("POST", "/api/v1/hotspots/" + id + "/contacts", Set.of("supervisor", "manager")),
                new Endpoint("POST", "/api/v1/hotspots/" + id + "/resolution", Set.of("supervisor", "manager")),
                new Endpoint("GET", "/api/v1/admin/hotspot-rules", Set.of("admin", "supervisor", "manager")),
                new Endpoint("GET", "/api/v1/admin/hotspot-rules/SAME_PROBLEM_IN_ONE_AREA",
                        Set.of("admin", "supervisor", "manager")),
                new Endpoint("PUT", "/api/v1/admin/hotspot-rules/SAME_PROBLEM_IN_ONE_AREA", Set.of("admin")),
                new Endpoint("GET", "/api/v1/reports/monthly?month=2026-11", Set.of("supervisor", "manager")),
                new Endpoint("POST", "/api/v1/tickets/" + id + "/escalations", readers),
                new Endpoint("GET", "/api/v1/escalations", readers),
                new Endpoint("GET", "/api/v1/escalations/" + id, readers),
                new Endpoint("POST", "/api/v1/escalations/" + id + "/acknowledgement", Set.of("supervisor", "manager")),
                new Endpoint("POST", "/api/v1/tickets/" + id + "/work-orders", readers),
                new Endpoint("GET", "/api/v1/tickets/" + id + "/work-orders", readers),
                new Endpoint("GET", "/api/v1/work-orders", Set.of("steward", "agent", "supervisor", "manager")),
                new Endpoint("GET", "/api/v1/work-orders/" + id, Set.of("steward", "agent", "supervisor", "manager")),
                new Endpoint("POST", "/api/v1/work-orders/" + id + "/acceptance", Set.of("steward")),
                new Endpoint("POST", "/api/v1/work-orders/" + id + "/arrival", Set.of("steward")),
                new Endpoint("POST", "/api/v1/work-orders/" + id + "/completion", Set.of("steward")),
                new Endpoint("POST", "/api/v1/work-orders/" + id + "/cancellation",
                        Set.of("steward", "agent", "supervisor", "manager")),
                new Endpoint("GET", "/api/v1/admin/webhooks", Set.of("admin")),
                new Endpoint("POST", "/api/v1/admin/webhooks", Set.of("admin")),
                new Endpoint("DELETE", "/api/v1/admin/webhooks/" + id, Set.of("admin")),
                new Endpoint("GET", "/api/v1/admin/webhooks/" + id + "/deliveries", Set.of("admin")));
    }

    static Stream<Arguments> refusedRoles() {
        return endpoints().flatMap(e -> ROLES.stream().filter(r -> !e.admits().contains(r))
                .map(r -> Arguments.of(e, r)));
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @MethodSource("endpoints")
    void withoutATokenIs401(Endpoint endpoint) {
        call(given(), endpoint).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://loopline.dev/problems/unauthenticated"));
    }

    @ParameterizedTest(name = "{0} with a token signed by another key is 401")
    @MethodSource("endpoints")
    void withAForgedTokenIs401(Endpoint endpoint) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        String forged = Jwt.issuer(Tokens.ISSUER).upn("mallory").groups(Set.of("admin", "agent", "supervisor"))
                .sign(keys.generateKeyPair().getPrivate());
        call(given().auth().oauth2(forged), endpoint).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} with an expired token is 401")
    @MethodSource("endpoints")
    void withAnExpiredTokenIs401(Endpoint endpoint) {
        long past = System.currentTimeMillis() / 1000 - 7200;
        String expired = Jwt.issuer(Tokens.ISSUER).upn("wang.fang").groups(Set.of("agent", "admin"))
                .issuedAt(past).expiresAt(past + 60).sign();
        call(given().auth().oauth2(expired), endpoint).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} as {1} is 403")
    @MethodSource("refusedRoles")
    void aRoleTheEndpointDoesNotAdmitIs403(Endpoint endpoint, String role) {
        call(given().auth().oauth2(Tokens.of(role, "someone")), endpoint).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopline.dev/problems/forbidden"));
    }

    private static io.restassured.response.Response call(RequestSpecification request, Endpoint endpoint) {
        RequestSpecification r = request.contentType(ContentType.JSON).body(Map.of());
        return switch (endpoint.method()) {
            case "POST" -> r.post(endpoint.path());
            case "PUT" -> r.put(endpoint.path());
            case "PATCH" -> r.patch(endpoint.path());
            case "DELETE" -> r.delete(endpoint.path());
            default -> r.get(endpoint.path());
        };
    }
}
