package dev.loopline.outbox;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.common.ProblemException;
import dev.loopline.security.Actor;
import dev.loopline.ticket.TicketEvents;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/** Registering webhooks and reading their delivery log. */
@ApplicationScoped
public class Webhooks {

    @Inject
    Clock clock;

    /** Refuses a subscription that names no outbound event: a typo would otherwise receive nothing, silently. */
    static void requireKnownEvents(List<String> events) {
        List<String> outbound = TicketEvents.types().stream().filter(TicketEvents::isOutbound).toList();
        for (int i = 0; i < events.size(); i++) {
            Webhook probe = new Webhook();
            probe.events = List.of(events.get(i));
            if (outbound.stream().noneMatch(probe::takes)) {
                throw ProblemException.invalid("events[" + i + "]", "names no outbound event; known: " + outbound);
            }
        }
    }

    @Transactional
    public Webhook register(String url, String secret, List<String> events, Actor actor) {
        requireKnownEvents(events);
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.url = url;
        webhook.secret = secret;
        webhook.events = events.stream().distinct().sorted().toList();
        webhook.active = true;
        webhook.createdAt = Instant.now(clock);
        webhook.createdBy = actor.id();
        webhook.persist();
        return webhook;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Webhook> list() {
        return Webhook.listAll(Sort.by("createdAt"));
    }

    @Transactional
    public void deactivate(UUID id) {
        find(id).active = false;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<WebhookDelivery> deliveries(UUID webhookId, String cursor, int limit) {
        find(webhookId);
        return Keyset.newestFirst((q, p) -> WebhookDelivery.find(q, p), List.of("webhookId = :webhook"),
                new HashMap<>(Map.of("webhook", webhookId)), "createdAt", d -> new Cursor(d.createdAt, d.id), cursor, limit);
    }

    private static Webhook find(UUID id) {
        Webhook webhook = Webhook.<Webhook>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Webhook", id));
        return webhook;
    }
}
