package dev.loopline.workorder;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Json;
import dev.loopline.common.Keyset;
import dev.loopline.outbox.OutboxEvent;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.security.Roles;
import dev.loopline.sla.SlaPolicies;
import dev.loopline.sla.SlaPolicy;
import dev.loopline.sla.SlaTargets;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.timeline.Timeline;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Field work orders (DESIGN §6): dispatch from a ticket, the steward's steps, cancellation. Every step is on the
 * ticket's timeline at once and goes outbound as workorder.*; stewards see and change only their own.
 */
@ApplicationScoped
public class WorkOrderService {

    public static final String DISPATCH_NEEDS_OPEN_STEP = "DISPATCH_NEEDS_ACCEPTED_OR_INVESTIGATING";

    @Inject
    Clock clock;

    @Inject
    SlaPolicies policies;

    @Transactional
    public WorkOrder dispatch(UUID ticketId, Actor actor, WorkOrderRequests.Dispatch request) {
        Ticket ticket = Ticket.lockForChange(ticketId, null);
        if (ticket.status != TicketStatus.ACCEPTED && ticket.status != TicketStatus.INVESTIGATING) {
            throw ProblemException.refusedBy(DISPATCH_NEEDS_OPEN_STEP, ProblemType.RULE_VIOLATED,
                    "Work orders are dispatched while a ticket is ACCEPTED or INVESTIGATING; it is " + ticket.status);
        }
        Instant now = Instant.now(clock);
        SlaPolicy policy = SlaPolicy.findById(ticket.slaPolicyId);
        SlaTargets.Due arrival = policy.targets().onSiteArrivalFrom(now, policies.workingTime(policy.clock));
        WorkOrder w = new WorkOrder();
        w.id = UUID.randomUUID();
        w.ticketId = ticket.id;
        w.steward = request.steward();
        w.instructions = request.instructions().strip();
        w.status = WorkOrderStatus.DISPATCHED;
        w.dispatchedAt = now;
        w.dispatchedBy = actor.id();
        w.arrivalDueAt = arrival.dueAt();
        w.arrivalAtRiskAt = arrival.atRiskAt();
        w.photos = List.of();
        w.persist();
        Map<String, Object> record = record(w, ticket);
        record.put("instructions", w.instructions);
        record.put("arrivalDueAt", w.arrivalDueAt);
        announce(ticket, w, "workorder.dispatched", actor, now, record);
        return w;
    }

    @Transactional
    public WorkOrder accept(UUID id, Actor actor, String note) {
        return step(id, actor, WorkOrderStatus.ACCEPTED, "workorder.accepted", note);
    }

    @Transactional
    public WorkOrder arrive(UUID id, Actor actor, String note) {
        return step(id, actor, WorkOrderStatus.ON_SITE, "workorder.arrived", note);
    }

    @Transactional
    public WorkOrder complete(UUID id, Actor actor, WorkOrderRequests.Completion completion) {
        Change change = begin(id, actor, true, WorkOrderStatus.COMPLETED);
        WorkOrder w = change.workOrder();
        Instant now = change.at();
        w.completedAt = now;
        w.findings = completion.findings().strip();
        w.measurements = Json.canonical(completion.measurements() == null ? List.of() : completion.measurements());
        w.actions = completion.actions();
        w.photos = completion.photos() == null ? List.of() : List.copyOf(completion.photos());
        Map<String, Object> record = record(w, change.ticket());
        record.put("findings", w.findings);
        record.put("measurements", completion.measurements() == null ? List.of() : completion.measurements());
        record.put("actions", w.actions);
        record.put("photos", w.photos);
        announce(change.ticket(), w, "workorder.completed", actor, now, record);
        return w;
    }

    @Transactional
    public WorkOrder cancel(UUID id, Actor actor, String reason) {
        Change change = begin(id, actor, false, WorkOrderStatus.CANCELLED);
        WorkOrder w = change.workOrder();
        w.cancelledAt = change.at();
        w.cancelReason = reason.strip();
        Map<String, Object> record = record(w, change.ticket());
        record.put("reason", w.cancelReason);
        announce(change.ticket(), w, "workorder.cancelled", actor, change.at(), record);
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkOrder get(UUID id, Actor actor) {
        return visible(id, actor, false);
    }

    /** A steward's own work orders; dispatchers see all, filtered by steward, ticket or status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<WorkOrder> list(Actor actor, String steward, UUID ticketId, WorkOrderStatus status,
            String cursor, int limit) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        String only = isOnlySteward(actor) ? actor.id() : steward;
        if (only != null) {
            clauses.add("steward = :steward");
            parameters.and("steward", only);
        }
        if (ticketId != null) {
            clauses.add("ticketId = :ticketId");
            parameters.and("ticketId", ticketId);
        }
        if (status != null) {
            clauses.add("status = :status");
            parameters.and("status", status);
        }
        return Keyset.newestFirst((q, p) -> WorkOrder.find(q, p), clauses, parameters, "dispatchedAt",
                w -> new Cursor(w.dispatchedAt, w.id), cursor, limit);
    }

    private WorkOrder step(UUID id, Actor actor, WorkOrderStatus to, String type, String note) {
        Change change = begin(id, actor, true, to);
        WorkOrder w = change.workOrder();
        Ticket ticket = change.ticket();
        Instant now = change.at();
        Map<String, Object> record = record(w, ticket);
        record.put("note", note);
        if (to == WorkOrderStatus.ACCEPTED) {
            w.acceptedAt = now;
        } else {
            w.arrivedAt = now;
            record.put("lateBySeconds", Math.max(0, java.time.Duration.between(w.arrivalDueAt, now).toSeconds()));
            record.put("firstResponse", countsAsFirstResponse(ticket, now));
        }
        announce(ticket, w, type, actor, now, record);
        return w;
    }

    /** A steward's arrival is the first response when the ticket's policy says so and none came before. */
    private static boolean countsAsFirstResponse(Ticket ticket, Instant now) {
        SlaPolicy policy = SlaPolicy.findById(ticket.slaPolicyId);
        if (ticket.firstResponseAt == null && policy.firstResponseChannels.contains("STEWARD_ARRIVAL")) {
            ticket.firstResponseAt = now;
            return true;
        }
        return false;
    }

    private static Map<String, Object> record(WorkOrder w, Ticket ticket) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("workOrderId", w.id);
        record.put("number", ticket.number);
        record.put("steward", w.steward);
        record.put("status", w.status);
        return record;
    }

    private static void announce(Ticket ticket, WorkOrder w, String type, Actor actor, Instant at,
            Map<String, Object> record) {
        Timeline.append(ticket, type, actor, at, record);
        ticket.updatedAt = at;
        OutboxEvent.publish(type, ticket.id, at, record);
        WorkOrder.flush();
    }

    /** A step under way: the work order and its ticket, both locked (ticket first, as every ticket change does). */
    private record Change(WorkOrder workOrder, Ticket ticket, Instant at) {
    }

    private Change begin(UUID id, Actor actor, boolean stewardItself, WorkOrderStatus to) {
        Ticket ticket = Ticket.lockForChange(visible(id, actor, stewardItself).ticketId, null);
        WorkOrder w = WorkOrder.findById(id, LockModeType.PESSIMISTIC_WRITE);
        w.status = w.status.then(to);
        return new Change(w, ticket, Instant.now(clock));
    }

    /**
     * The work order if the actor may see it: a steward only his own (or, for the steward's steps, the steward it
     * names, whatever other roles one holds); anyone else's is answered as not found, so ids reveal nothing.
     */
    private static WorkOrder visible(UUID id, Actor actor, boolean stewardItself) {
        WorkOrder w = WorkOrder.findById(id);
        boolean own = w != null && w.steward.equals(actor.id());
        if (w == null || ((stewardItself || isOnlySteward(actor)) && !own)) {
            throw ProblemException.notFound("Work order", id);
        }
        return w;
    }

    private static boolean isOnlySteward(Actor actor) {
        return !actor.hasAny(Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER);
    }
}
