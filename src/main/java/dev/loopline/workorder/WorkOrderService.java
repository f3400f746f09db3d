package dev.loopline.workorder;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Json;
import java.time.Duration;
import dev.loopline.common.Keyset;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.security.Roles;
import dev.loopline.sla.SlaPolicies;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketLock;
import dev.loopline.ticket.Action;
import dev.loopline.ticket.ClosedLoop;
import dev.loopline.ticket.StepFacts;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
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
        Ticket ticket = TicketLock.forChange(ticketId, null);
        if (!ClosedLoop.admits(ticket.status, Action.DISPATCH_WORK_ORDER)) {
            throw ProblemException.refusedBy(DISPATCH_NEEDS_OPEN_STEP, ProblemType.RULE_VIOLATED,
                    "Work orders are dispatched while a ticket is ACCEPTED or INVESTIGATING; it is " + ticket.status);
        }
        Instant now = Instant.now(clock);
        WorkOrder w = new WorkOrder();
        w.id = UUID.randomUUID();
        w.ticketId = ticket.id;
        w.steward = request.steward();
        w.instructions = request.instructions().strip();
        w.status = WorkOrderStatus.DISPATCHED;
        w.dispatchedAt = now;
        w.dispatchedBy = actor.id();
        w.schedule(policies.of(ticket.slaPolicyId));
        w.photos = List.of();
        w.persist();
        announce(ticket, new TicketEvents.WorkOrderDispatched(w.id, ticket.number, w.steward, w.status.name(),
                w.instructions, w.arrivalDueAt), actor, now);
        return w;
    }

    @Transactional
    public WorkOrder accept(UUID id, Actor actor, String note) {
        Change change = begin(id, actor, true, WorkOrderStatus.ACCEPTED);
        WorkOrder w = change.workOrder();
        w.acceptedAt = change.at();
        announce(change.ticket(), new TicketEvents.WorkOrderAccepted(w.id, change.ticket().number, w.steward,
                w.status.name(), note), actor, change.at());
        return w;
    }

    /** The steward on site: the first response too when the ticket's policy counts a steward's arrival. */
    @Transactional
    public WorkOrder arrive(UUID id, Actor actor, String note) {
        Change change = begin(id, actor, true, WorkOrderStatus.ON_SITE);
        WorkOrder w = change.workOrder();
        Ticket ticket = change.ticket();
        Instant now = change.at();
        w.arrivedAt = now;
        boolean first = ticket.markFirstResponse("STEWARD_ARRIVAL", policies.of(ticket.slaPolicyId), now);
        announce(ticket, new TicketEvents.WorkOrderArrived(w.id, ticket.number, w.steward, w.status.name(), note,
                Math.max(0, Duration.between(w.arrivalDueAt, now).toSeconds()), first), actor, now);
        return w;
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
        List<StepFacts.Measurement> measured = completion.measurements() == null ? List.of()
                : completion.measurements().stream()
                        .map(m -> new StepFacts.Measurement(m.name(), m.value(), m.unit())).toList();
        announce(change.ticket(), new TicketEvents.WorkOrderCompleted(w.id, change.ticket().number, w.steward,
                w.status.name(), w.findings, measured, w.actions, w.photos), actor, now);
        return w;
    }

    @Transactional
    public WorkOrder cancel(UUID id, Actor actor, String reason) {
        Change change = begin(id, actor, false, WorkOrderStatus.CANCELLED);
        WorkOrder w = change.workOrder();
        w.cancelledAt = change.at();
        w.cancelReason = reason.strip();
        announce(change.ticket(), new TicketEvents.WorkOrderCancelled(w.id, change.ticket().number, w.steward,
                w.status.name(), w.cancelReason), actor, change.at());
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
        Map<String, Object> parameters = new HashMap<>();
        String only = isOnlySteward(actor) ? actor.id() : steward;
        if (only != null) {
            clauses.add("steward = :steward");
            parameters.put("steward", only);
        }
        if (ticketId != null) {
            clauses.add("ticketId = :ticketId");
            parameters.put("ticketId", ticketId);
        }
        if (status != null) {
            clauses.add("status = :status");
            parameters.put("status", status);
        }
        return Keyset.newestFirst((q, p) -> WorkOrder.find(q, p), clauses, parameters, "dispatchedAt",
                w -> new Cursor(w.dispatchedAt, w.id), cursor, limit);
    }

    private static void announce(Ticket ticket, TicketEvents.Payload event, Actor actor, Instant at) {
        ticket.record(event, actor, at);
        TicketLog.write(ticket);
        WorkOrder.flush();
    }

    /** A step under way: the work order and its ticket, both locked (ticket first, as every ticket change does). */
    private record Change(WorkOrder workOrder, Ticket ticket, Instant at) {
    }

    private Change begin(UUID id, Actor actor, boolean stewardItself, WorkOrderStatus to) {
        Ticket ticket = TicketLock.forChange(visible(id, actor, stewardItself).ticketId, null);
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
