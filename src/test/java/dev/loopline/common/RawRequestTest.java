package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests the HTTP layer refuses before any resource runs still get a problem document, never an empty body. They
 * are written on a socket: HTTP clients (REST Assured too) refuse to send a malformed %-escape at all.
 */
@QuarkusTest
class RawRequestTest {

    @ParameterizedTest(name = "{0} {1} (Accept {2}) → {3}")
    @CsvSource({
            "GET, /api/v1/tickets?cursor=%%%garbage, application/json, 400, malformed-request",
            "GET, /api/v1/tickets?phone=%G1, application/json, 400, malformed-request",
            "GET, /api/v1/tickets?%zz=1, application/json, 400, malformed-request",
            "GET, /api/v1/tickets/%zz, application/json, 400, malformed-request",
            "GET, /api/v1/tickets/%zz/timeline, application/json, 400, malformed-request",
            "GET, api/v1/tickets, application/json, 404, not-found",
            "GET, /api/v1/tickets, text/csv, 406, not-acceptable",
            "FOO, /api/v1/tickets, application/json, 405, method-not-allowed",
            "DELETE, /api/v1/tickets, application/json, 405, method-not-allowed"})
    void everyRefusalIsAProblemDocument(String method, String target, String accept, int status, String type)
            throws IOException {
        String response = send(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.supervisor() + "\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(head).startsWith("http/1.1 " + status + " ").contains("content-type: application/problem+json");
        assertThat(body).contains("\"type\":\"https://loopline.dev/problems/" + type + "\"")
                .contains("\"status\":" + status).doesNotContain("Exception");
    }

    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
