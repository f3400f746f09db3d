package dev.loopline.workflow;

import dev.loopline.authority.Authority;
import dev.loopline.authority.AuthorityService;
import dev.loopline.escalation.EscalationReason;
import dev.loopline.escalation.Escalations;
import dev.loopline.escalation.Trigger;
import dev.loopline.security.Actor;
import dev.loopline.sla.SlaPolicies;
import dev.loopline.ticket.ComplaintClass;
import dev.loopline.ticket.SlaTerms;
import dev.loopline.ticket.StepPeriods;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketEdit;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.timeline.TicketEvent;
import dev.loopline.workorder.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Step 5 (跟进) that closes or reopens, reopening by hand, pausing the clocks, and edits of a ticket's fields. */
@ApplicationScoped
public class LoopControlService {

    @Inject
    AuthorityService authority;

    @Inject
    TicketChanges changes;

    @Inject
    SlaPolicies policies;

    @Inject
    Escalations escalations;

    @Transactional
    public StepService.Outcome followUp(UUID id, Long ifMatch, Actor actor, StepRequests.FollowUp followUp) {
        Ticket t = changes.load(id, ifMatch);
        Instant now = changes.now();
        t.followUp(followUp.reached(), followUp.satisfaction(), followUp.comment(), changes.termsOf(t), actor, now);
        if (t.status == TicketStatus.CLOSED) {
            escalations.closeOpen(t, actor, now);
        }
        return new StepService.Outcome(t, changes.save(t, actor));
    }

    @Transactional
    public StepService.Outcome reopen(UUID id, Long ifMatch, Actor actor, StepRequests.Reopen request) {
        Ticket t = changes.load(id, ifMatch);
        t.reopen(request.reason().strip(), null, null, changes.termsOf(t), actor, changes.now());
        return new StepService.Outcome(t, changes.save(t, actor));
    }

    /** Stops every clock of the ticket, its open work orders' arrival clocks too. */
    @Transactional
    public StepService.Outcome pause(UUID id, Long ifMatch, Actor actor, StepRequests.Pause pause) {
        Ticket t = changes.load(id, ifMatch);
        Instant now = changes.now();
        t.pause(pause.reason(), actor, now);
        WorkOrder.pauseOpen(t.id, now);
        return new StepService.Outcome(t, changes.save(t, actor));
    }

    /** Resumes where the ticket stopped; every running due time moves by the paused time counted on its clock. */
    @Transactional
    public StepService.Outcome resume(UUID id, Long ifMatch, Actor actor, StepRequests.Resume resume) {
        Ticket t = changes.load(id, ifMatch);
        SlaTerms terms = changes.termsOf(t);
        Duration counted = t.resume(resume == null ? null : resume.note(), terms, actor, changes.now());
        WorkOrder.resumeOpen(t.id, counted, terms);
        return new StepService.Outcome(t, changes.save(t, actor));
    }

    /** PATCH: severity, class, owner, public-opinion risk; an ESCALATED class or a risk flag raises an escalation. */
    @Transactional
    public StepService.Outcome update(UUID id, long ifMatch, Actor actor, TicketPatch patch) {
        Ticket t = changes.load(id, ifMatch);
        Instant now = changes.now();
        Authority.Grant grant = authority.matrix().of(actor.roles());
        SlaTerms newTerms = patch.severity() == null ? null : policies.current(patch.severity());
        StepPeriods.Paused paused = newTerms == null ? null : StepPeriods.paused(
                StepPeriods.of(TicketEvent.ofChain(t), now), newTerms.clock(), t.resolutionStartedAt);
        TicketEvents.Updated updated = t.update(new TicketEdit(patch.severity(), patch.severityReason(),
                patch.complaintClass(), patch.owner(), patch.publicOpinionRisk()),
                new TicketEdit.Grants(grant.mayDowngradeSeverity(), grant.mayChangeClass()), newTerms, paused, actor,
                now);
        if (updated.after().severity() != null) {
            WorkOrder.rescheduleOpen(t.id, newTerms);
        }
        if (updated.after().complaintClass() == ComplaintClass.ESCALATED) {
            escalations.raise(t, Trigger.CLASS_ESCALATED.level, Trigger.CLASS_ESCALATED,
                    EscalationReason.of(EscalationReason.Code.CLASS_ESCALATED, actor.id()), actor, now, null);
        }
        if (Boolean.TRUE.equals(updated.after().publicOpinionRisk())) {
            escalations.raise(t, Trigger.PUBLIC_OPINION_RISK.level, Trigger.PUBLIC_OPINION_RISK,
                    EscalationReason.of(EscalationReason.Code.PUBLIC_OPINION_RISK, actor.id()), actor, now, null);
        }
        return new StepService.Outcome(t, changes.save(t, actor));
    }
}
