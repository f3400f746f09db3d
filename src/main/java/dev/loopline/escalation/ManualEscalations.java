package dev.loopline.escalation;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketLock;
import dev.loopline.ticket.TicketLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Escalation by hand: the customer asks for a leader (要见领导), or an agent judges it necessary. */
@ApplicationScoped
public class ManualEscalations {

    public static final String TICKET_CLOSED = "ESCALATION_NEEDS_OPEN_TICKET";
    private static final Set<Trigger> BY_HAND = Set.of(Trigger.CUSTOMER_REQUEST, Trigger.MANUAL,
            Trigger.PUBLIC_OPINION_RISK);

    @Inject
    Escalations escalations;

    @Inject
    Clock clock;

    @Transactional
    public Escalations.Raised raise(UUID ticketId, Actor actor, EscalationRequest request) {
        if (!BY_HAND.contains(request.trigger())) {
            throw ProblemException.invalid("trigger", "by hand: one of " + BY_HAND);
        }
        Ticket ticket = TicketLock.forChange(ticketId, null);
        if (!ticket.status.isOpen()) {
            throw ProblemException.refusedBy(TICKET_CLOSED, ProblemType.RULE_VIOLATED,
                    "A closed ticket is reopened, not escalated");
        }
        int level = request.trigger() == Trigger.MANUAL && request.level() != null ? request.level()
                : request.trigger().level;
        Escalations.Raised raised = escalations.raise(ticket, level, request.trigger(),
                EscalationReason.of(EscalationReason.Code.GIVEN, request.reason().strip()),
                actor, Instant.now(clock), null);
        TicketLog.write(ticket);
        Ticket.flush();
        return raised;
    }
}
