package dev.loopline.retention;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.loopline.support.Intakes;
import dev.loopline.support.Race;
import dev.loopline.support.Sql;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the retention job removes, what it keeps whatever its age, and that instances running it together agree. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource db;

    @Test
    void deliveredAndFailedDeliveriesGoWithTheirEventsAfterThirtyDaysAndPendingOnesStay() throws Exception {
        Instant now = clock.instant();
        Instant old = now.minus(Duration.ofDays(31));
        Instant recent = now.minus(Duration.ofDays(1));
        UUID webhook = webhook();
        UUID delivered = event(old, true);
        UUID deliveredDelivery = delivery(webhook, delivered, "DELIVERED", old);
        UUID failed = event(old, true);
        UUID failedDelivery = delivery(webhook, failed, "FAILED", old);
        UUID pending = event(old, true);
        UUID pendingDelivery = delivery(webhook, pending, "PENDING", old);
        UUID notFannedOut = event(old, false);
        UUID noSubscriber = event(old, true);
        UUID young = event(recent, true);
        UUID youngDelivery = delivery(webhook, young, "DELIVERED", recent);

        retention.run(now);

        assertThat(exists("webhook_delivery", deliveredDelivery)).isFalse();
        assertThat(exists("webhook_delivery", failedDelivery)).isFalse();
        assertThat(exists("outbox_event", delivered)).isFalse();
        assertThat(exists("outbox_event", failed)).isFalse();
        assertThat(exists("outbox_event", noSubscriber)).as("fanned out to nobody, and old").isFalse();
        assertThat(exists("webhook_delivery", pendingDelivery)).as("still being retried").isTrue();
        assertThat(exists("outbox_event", pending)).as("a delivery still needs it").isTrue();
        assertThat(exists("outbox_event", notFannedOut)).as("not yet turned into deliveries").isTrue();
        assertThat(exists("outbox_event", young)).isTrue();
        assertThat(exists("webhook_delivery", youngDelivery)).isTrue();
    }

    @Test
    void anIdempotencyKeyAnswersItsRetryForSevenDaysAndARetryAfterThatIsANewTicket() throws Exception {
        Map<String, Object> expiring = Intakes.aRoutineHeatingFeeComplaint();
        Map<String, Object> kept = Intakes.aRoutineHeatingFeeComplaint();
        String expiringKey = UUID.randomUUID().toString();
        String keptKey = UUID.randomUUID().toString();
        String first = post(expiringKey, expiring).statusCode(201).extract().path("id");
        String second = post(keptKey, kept).statusCode(201).extract().path("id");
        age(expiringKey, Duration.ofDays(8));
        age(keptKey, Duration.ofDays(6));

        retention.run(clock.instant());

        post(keptKey, kept).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(second));
        post(expiringKey, expiring).statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void instancesRunningItTogetherRemoveEachRowOnceWithoutError() throws Exception {
        Instant now = clock.instant();
        Instant old = now.minus(Duration.ofDays(40));
        UUID webhook = webhook();
        List<UUID> events = new ArrayList<>();
        List<UUID> deliveries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID event = event(old, true);
            events.add(event);
            deliveries.add(delivery(webhook, event, "DELIVERED", old));
        }

        List<Map<String, Long>> runs = Race.of(3, () -> retention.run(now));

        assertThat(runs).hasSize(3);
        for (int i = 0; i < events.size(); i++) {
            assertThat(exists("webhook_delivery", deliveries.get(i))).isFalse();
            assertThat(exists("outbox_event", events.get(i))).isFalse();
        }
    }

    private static io.restassured.response.ValidatableResponse post(String key, Map<String, Object> body) {
        return as(Tokens.agent()).header("Idempotency-Key", key).body(body).post("/api/v1/tickets").then();
    }

    private void age(String key, Duration by) throws Exception {
        assertThat(Sql.execute(db, "update idempotency_key set created_at = created_at - make_interval(days => ?)"
                + " where key = ?", (int) by.toDays(), key)).isEqualTo(1);
    }

    private UUID webhook() throws Exception {
        UUID id = UUID.randomUUID();
        Sql.execute(db, "insert into webhook (id, url, secret, events, created_at, created_by)"
                + " values (?, 'http://127.0.0.1:9/retention-test', 'secret', '{ticket.accepted}', now(), 'test')", id);
        return id;
    }

    private UUID event(Instant at, boolean fannedOut) throws Exception {
        UUID id = UUID.randomUUID();
        Sql.execute(db, "insert into outbox_event (id, type, occurred_at, payload, created_at, fanned_out_at)"
                + " values (?, 'ticket.accepted', ?, '{}', ?, ?)", id, time(at), time(at), fannedOut ? time(at) : null);
        return id;
    }

    private UUID delivery(UUID webhook, UUID event, String status, Instant at) throws Exception {
        UUID id = UUID.randomUUID();
        Sql.execute(db, "insert into webhook_delivery (id, webhook_id, event_id, status, attempts, next_attempt_at,"
                + " delivered_at, created_at, event_created_at) select ?, ?, id, ?, 1, ?, ?, ?, created_at"
                + " from outbox_event where id = ?", id, webhook, status, time(at),
                "DELIVERED".equals(status) ? time(at) : null, time(at), event);
        return id;
    }

    private boolean exists(String table, UUID id) throws Exception {
        return Sql.number(db, "select count(*) from " + table + " where id = ?", id) == 1;
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
