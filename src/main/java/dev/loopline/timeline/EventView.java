package dev.loopline.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.common.Json;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline entry as the API shows it. */
public record EventView(UUID id, int seq, String type, String actor, String actorRole, Instant occurredAt,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class,
                description = "The event's own fields, by its type") JsonNode payload, String hash) {

    public static EventView from(TicketEvent event) {
        return new EventView(event.id, event.seq, event.type, event.actor, event.actorRole, event.occurredAt,
                Json.tree(event.payload), event.hash);
    }
}
