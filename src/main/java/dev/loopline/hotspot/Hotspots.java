package dev.loopline.hotspot;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.common.ProblemException;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.ticket.Utility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading hotspots and acknowledging one; the incident's actions on its tickets are the workflow's. */
@ApplicationScoped
public class Hotspots {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<Hotspot> list(Hotspot.Status status, Utility utility, String area, String cursor, int limit) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            clauses.add("status = :status");
            parameters.put("status", status);
        }
        if (utility != null) {
            clauses.add("utility = :utility");
            parameters.put("utility", utility);
        }
        if (area != null) {
            clauses.add("areaCode = :area");
            parameters.put("area", area);
        }
        return Keyset.newestFirst((q, p) -> Hotspot.find(q, p), clauses, parameters, "openedAt",
                h -> new Cursor(h.openedAt, h.id), cursor, limit);
    }

    /**
     * The hotspots that still take tickets, oldest first (the board's list, from index hotspot_taking_tickets), read
     * through the board's entity manager (the replica's when it serves the board).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<Hotspot> takingTickets(EntityManager em, String cursor, int limit) {
        return Keyset.oldestFirst(em, Hotspot.class, List.of("status <> :resolved"),
                new HashMap<>(Map.of("resolved", Hotspot.Status.RESOLVED)), "openedAt",
                h -> new Cursor(h.openedAt, h.id), cursor, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Hotspot get(UUID id) {
        return Hotspot.<Hotspot>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Hotspot", id));
    }

    /** The hotspot's tickets, in the order they were accepted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<Ticket> ticketsOf(UUID id, String cursor, int limit) {
        // index ticket_by_hotspot (hotspot_id, accepted_at)
        return Keyset.oldestFirst((q, p) -> Ticket.find(q, p), List.of("hotspotId = :hotspot"),
                new HashMap<>(Map.of("hotspot", id)), "acceptedAt", t -> new Cursor(t.acceptedAt, t.id), cursor, limit);
    }

    /** The ids of the hotspot's open tickets, in the order an incident action locks them. */
    public List<UUID> openTicketIds(UUID id) {
        return Ticket.<Ticket>find("hotspotId = ?1 and status <> ?2 order by id", id, TicketStatus.CLOSED).project(
                TicketId.class).list().stream().map(TicketId::id).toList();
    }

    /** A ticket's id alone. */
    public record TicketId(UUID id) {
    }

    @Transactional
    public Hotspot acknowledge(UUID id, Actor actor, String note) {
        Hotspot hotspot = Hotspot.lockForChange(id);
        hotspot.acknowledge(actor, note, Instant.now(clock));
        return hotspot;
    }
}
