package dev.loopline.outbox;

import dev.loopline.common.LooplineConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox to webhooks, at least once: fan-out, then due deliveries are claimed and POSTed, signed;
 * a failure is retried with exponential backoff until the attempts run out (then FAILED, in the delivery log).
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    OutboxStore store;

    @Inject
    LooplineConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @Scheduled(identity = "outbox-dispatcher", every = "${loopline.outbox.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        dispatch(Instant.now(clock));
    }

    private static final int BATCH = 50;
    private static final Duration ROUND = Duration.ofSeconds(20);

    /** One round: fan out what is new, then send what is due, batch by batch. Returns the deliveries attempted. */
    public int dispatch(Instant now) {
        try {
            while (store.fanOut(now, 500) == 500) {
                now = Instant.now(clock);
            }
        } catch (SQLException e) {
            LOG.warnf("outbox fan-out stopped: %s; the next round takes it up", e.getMessage());
        }
        Instant stop = now.plus(ROUND);
        int attempted = 0;
        List<OutboxStore.Claimed> due;
        do {
            due = store.claim(now, BATCH, Duration.ofSeconds(60));
            for (OutboxStore.Claimed delivery : due) {
                send(delivery);
            }
            attempted += due.size();
            now = Instant.now(clock);
        } while (due.size() == BATCH && now.isBefore(stop));
        return attempted;
    }

    private void send(OutboxStore.Claimed delivery) {
        Integer status = null;
        String error;
        try {
            // the event id stays the same on every retry, the timestamp is this attempt's: a receiver dedupes by
            // the one and refuses a replay by the other
            String id = delivery.eventId().toString();
            long timestamp = Instant.now(clock).getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Loopline-Event", delivery.type())
                    .header("X-Loopline-Delivery", delivery.deliveryId().toString())
                    .header(WebhookSignature.ID, id)
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.of(id, timestamp, delivery.body(),
                            delivery.secret()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Instant now = Instant.now(clock);
        Instant retryAt = error == null || delivery.attempt() >= config.outbox().maxAttempts() ? null
                : now.plus(backoff(delivery.attempt()));
        store.record(delivery.deliveryId(), now, status, error, retryAt);
        meters.counter("loopline.webhook.deliveries", "outcome",
                error == null ? "delivered" : retryAt == null ? "failed" : "retry").increment();
    }

    /** base × 2^(attempt − 1), at most the configured maximum. */
    Duration backoff(int attempt) {
        Duration delay = config.outbox().retryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(config.outbox().retryMax()) > 0 ? config.outbox().retryMax() : delay;
    }
}
