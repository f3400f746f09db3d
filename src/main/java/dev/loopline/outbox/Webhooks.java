package dev.loopline.outbox;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.ProblemException;
import dev.loopline.security.Actor;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Registering webhooks and reading their delivery log. */
@ApplicationScoped
public class Webhooks {

    @Inject
    Clock clock;

    @Transactional
    public Webhook register(String url, String secret, List<String> events, Actor actor) {
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
        String where = "webhookId = :webhook";
        Parameters parameters = Parameters.with("webhook", webhookId);
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            where += " and (createdAt < :at or (createdAt = :at and id < :id))";
            parameters.and("at", after.at()).and("id", after.id());
        }
        List<WebhookDelivery> rows = WebhookDelivery.<WebhookDelivery>find(where + " order by createdAt desc, id desc",
                parameters).range(0, limit).list();
        String next = rows.size() > limit ? new Cursor(rows.get(limit - 1).createdAt, rows.get(limit - 1).id).encode()
                : null;
        return new CursorPage<>(rows.stream().limit(limit).toList(), next);
    }

    private static Webhook find(UUID id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null) {
            throw ProblemException.notFound("Webhook", id);
        }
        return webhook;
    }
}
