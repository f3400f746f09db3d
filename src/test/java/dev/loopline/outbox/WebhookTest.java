package dev.loopline.outbox;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A local receiver that fails first proves the Standard Webhooks signature (checked as a receiver would), the
 * retries with backoff, the same event id, no loss.
 */
@QuarkusTest
class WebhookTest {

    private static final String SECRET = "s3cret-for-the-test-receiver";

    /** One request as the receiver saw it. */
    record Received(String body, String id, String timestamp, String signature, int answered) {
    }

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    TestClock clock;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private String webhookId;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            var headers = exchange.getRequestHeaders();
            received.add(new Received(body, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        if (webhookId != null) {
            as(Tokens.admin()).delete("/api/v1/admin/webhooks/" + webhookId).then().statusCode(204);
        }
    }

    @Test
    void aFailingReceiverGetsTheSameSignedEventAgainUntilItTakesIt() throws Exception {
        register(List.of("ticket.accepted"));
        dispatcher.dispatch(clock.instant());
        received.clear();
        failuresLeft.set(2);
        String ticket = Journeys.accepted();

        dispatcher.dispatch(clock.instant());
        assertThat(received).hasSize(1);
        dispatcher.dispatch(clock.instant());
        assertThat(received).as("no retry before the backoff").hasSize(1);
        clock.advance(Duration.ofSeconds(6));
        dispatcher.dispatch(clock.instant());
        assertThat(received).hasSize(2);
        clock.advance(Duration.ofSeconds(11));
        dispatcher.dispatch(clock.instant());
        assertThat(received).hasSize(3);
        assertThat(received).extracting(Received::answered).containsExactly(500, 500, 204);

        JsonNode event = new ObjectMapper().readTree(received.get(0).body());
        assertThat(event.path("type").asText()).isEqualTo("ticket.accepted");
        assertThat(event.path("ticketId").asText()).isEqualTo(ticket);
        assertThat(event.path("data").path("number").asText()).startsWith("HT-");
        assertThat(received).extracting(Received::body).containsOnly(received.get(0).body());
        assertThat(received).extracting(Received::id).containsOnly(event.path("id").asText());
        assertThat(received).allSatisfy(r -> assertThat(ReceiverCheck.accepts(r, SECRET, Instant.now())).isTrue());
        assertThat(received).extracting(r -> Long.parseLong(r.timestamp())).as("each attempt is stamped anew")
                .isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        as(Tokens.admin()).get("/api/v1/admin/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].eventId", equalTo(event.path("id").asText()));
        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatch(clock.instant());
        assertThat(received).as("delivered once, not again").hasSize(3);
    }

    @Test
    void aWebhookTakesOnlyTheEventsItAskedFor() {
        register(List.of("workorder.*", "sla.breached"));
        dispatcher.dispatch(clock.instant());
        received.clear();
        Journeys.accepted();
        dispatcher.dispatch(clock.instant());
        assertThat(received).isEmpty();
    }

    @Test
    void eachNewEventBecomesOneDeliveryToEachWebhookThatTakesIt() {
        register(List.of("ticket.*"));
        String other = as(Tokens.admin()).body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hooks", "secret", SECRET, "events", List.of("sla.breached"))).post("/api/v1/admin/webhooks")
                .then().statusCode(201).extract().path("id");
        try {
            dispatcher.dispatch(clock.instant());
            received.clear();
            List<String> tickets = List.of(Journeys.accepted(), Journeys.accepted(), Journeys.accepted());

            dispatcher.dispatch(clock.instant());
            dispatcher.dispatch(clock.instant());

            assertThat(received).extracting(r -> r.body()).hasSize(3)
                    .allSatisfy(body -> assertThat(body).contains("\"type\":\"ticket.accepted\""));
            assertThat(received.stream().map(r -> readTicketId(r.body())).toList())
                    .containsExactlyInAnyOrderElementsOf(tickets);
            as(Tokens.admin()).get("/api/v1/admin/webhooks/" + other + "/deliveries").then().statusCode(200)
                    .body("items.size()", equalTo(0));
        } finally {
            as(Tokens.admin()).delete("/api/v1/admin/webhooks/" + other).then().statusCode(204);
        }
    }

    private static String readTicketId(String body) {
        try {
            return new ObjectMapper().readTree(body).path("ticketId").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aReceiverRefusesATamperedBodyAForeignSecretAndAReplayedDelivery() {
        register(List.of("ticket.accepted"));
        dispatcher.dispatch(clock.instant());
        received.clear();
        Journeys.accepted();
        dispatcher.dispatch(clock.instant());
        assertThat(received).hasSize(1);
        Received r = received.get(0);
        Instant now = Instant.now();

        assertThat(ReceiverCheck.accepts(r, SECRET, now)).isTrue();
        assertThat(ReceiverCheck.accepts(new Received(r.body().replace("HT-", "HX-"), r.id(), r.timestamp(),
                r.signature(), 204), SECRET, now)).as("tampered body").isFalse();
        assertThat(ReceiverCheck.accepts(new Received(r.body(), "another-id", r.timestamp(), r.signature(), 204),
                SECRET, now)).as("another event's id").isFalse();
        assertThat(ReceiverCheck.accepts(r, "another-secret-of-16+-chars", now)).as("foreign secret").isFalse();
        assertThat(ReceiverCheck.accepts(r, SECRET, now.plus(Duration.ofMinutes(6)))).as("replayed later").isFalse();
        assertThat(ReceiverCheck.accepts(r, SECRET, now.minus(Duration.ofMinutes(6)))).as("from the future")
                .isFalse();
    }

    @Test
    void aWhsecSecretSignsWithItsDecodedKey() {
        String secret = "whsec_" + Base64.getEncoder().encodeToString("twenty-four-random-bytes".getBytes(
                StandardCharsets.UTF_8));
        register(List.of("ticket.accepted"), secret);
        dispatcher.dispatch(clock.instant());
        received.clear();
        Journeys.accepted();
        dispatcher.dispatch(clock.instant());
        assertThat(received).hasSize(1);
        assertThat(ReceiverCheck.accepts(received.get(0), secret, Instant.now())).isTrue();
        assertThat(ReceiverCheck.accepts(received.get(0), secret.substring(6), Instant.now()))
                .as("the whsec_ text itself is not the key").isFalse();
    }

    @Test
    void secretsThatCannotSignAreRefusedAndNothingIsRegistered() {
        int before = as(Tokens.admin()).get("/api/v1/admin/webhooks").then().statusCode(200).extract()
                .path("items.size()");
        for (String secret : List.of("fifteen-chars!!", "whsec_not base64!!!!!!!!!", "whsec_c2hvcnQta2V5")) {
            as(Tokens.admin()).body(Map.of("url", "http://127.0.0.1:1/x", "secret", secret, "events", List.of("*")))
                    .post("/api/v1/admin/webhooks").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("secret")));
        }
        as(Tokens.admin()).get("/api/v1/admin/webhooks").then().statusCode(200).body("items.size()", equalTo(before));
    }

    @Test
    void onlyAdminsRegisterWebhooksAndBadOnesAreRefused() {
        as(Tokens.supervisor()).body(Map.of("url", "http://127.0.0.1:1/x", "secret", SECRET,
                "events", List.of("*"))).post("/api/v1/admin/webhooks").then().statusCode(403);
        as(Tokens.admin()).body(Map.of("url", "ftp://example", "secret", "short", "events", List.of("Not An Event")))
                .post("/api/v1/admin/webhooks").then().statusCode(422)
                .body("errors.field", hasItem("url")).body("errors.field", hasItem("secret"));
        // a well-formed name that no outbound event has, or an event that never goes outbound, would receive nothing
        for (String silent : List.of("sla.breachd", "ticket.contact_logged", "billing.*")) {
            as(Tokens.admin()).body(Map.of("url", "http://127.0.0.1:1/x", "secret", SECRET, "events",
                    List.of("sla.breached", silent))).post("/api/v1/admin/webhooks").then().statusCode(422)
                    .body("errors[0].field", equalTo("events[1]"));
        }
    }

    private void register(List<String> events) {
        register(events, SECRET);
    }

    private void register(List<String> events, String secret) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        webhookId = as(Tokens.admin()).body(Map.of("url", url, "secret", secret, "events", events))
                .post("/api/v1/admin/webhooks").then().statusCode(201)
                .body("secret", equalTo(null)).extract().path("id");
    }

    /**
     * What a receiver runs, written from the Standard Webhooks spec and not from the service's code: the HMAC of
     * "id.timestamp.body", compared in constant time, and a timestamp at most 5 minutes from the receiver's clock.
     */
    static final class ReceiverCheck {

        static boolean accepts(Received r, String secret, Instant receiverNow) {
            long timestamp = Long.parseLong(r.timestamp());
            if (Math.abs(receiverNow.getEpochSecond() - timestamp) > 300) {
                return false;
            }
            byte[] key = secret.startsWith("whsec_") ? Base64.getDecoder().decode(secret.substring(6))
                    : secret.getBytes(StandardCharsets.UTF_8);
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body())
                        .getBytes(StandardCharsets.UTF_8));
                // the header may carry several space-separated signatures (key rotation); one match is enough
                for (String signature : r.signature().split(" ")) {
                    if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                            Base64.getDecoder().decode(signature.substring(3)))) {
                        return true;
                    }
                }
                return false;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
