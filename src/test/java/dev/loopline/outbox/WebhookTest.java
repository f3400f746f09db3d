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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A local receiver that fails first proves the signature, the retries with backoff, the same event id, no loss. */
@QuarkusTest
class WebhookTest {

    private static final String SECRET = "s3cret-for-the-test-receiver";

    /** One request as the receiver saw it. */
    record Received(String body, String signature, String eventId, int answered) {
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
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Loopline-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Loopline-Event-Id"), status));
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
        assertThat(received).extracting(Received::eventId).containsOnly(event.path("id").asText());
        for (Received r : received) {
            assertThat(r.signature()).isEqualTo(WebhookSignature.of(r.body(), SECRET)).startsWith("sha256=");
        }
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
    void onlyAdminsRegisterWebhooksAndBadOnesAreRefused() {
        as(Tokens.supervisor()).body(Map.of("url", "http://127.0.0.1:1/x", "secret", SECRET,
                "events", List.of("*"))).post("/api/v1/admin/webhooks").then().statusCode(403);
        as(Tokens.admin()).body(Map.of("url", "ftp://example", "secret", "short", "events", List.of("Not An Event")))
                .post("/api/v1/admin/webhooks").then().statusCode(422)
                .body("errors.field", hasItem("url")).body("errors.field", hasItem("secret"));
    }

    private void register(List<String> events) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        webhookId = as(Tokens.admin()).body(Map.of("url", url, "secret", SECRET, "events", events))
                .post("/api/v1/admin/webhooks").then().statusCode(201)
                .body("secret", equalTo(null)).extract().path("id");
    }
}
