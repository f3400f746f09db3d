package dev.loopline.workflow;

import dev.loopline.authority.Authority;
import dev.loopline.authority.AuthorityService;
import dev.loopline.security.Actor;
import dev.loopline.ticket.LoopRules;
import dev.loopline.ticket.SlaTerms;
import dev.loopline.ticket.StepFacts.PhraseHit;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.ticket.TicketView;
import dev.loopline.workorder.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The steps of the loop (受理 → 调查 → 协商 → 补偿): load the ticket, call its transition, save what it recorded. */
@ApplicationScoped
public class StepService {

    @Inject
    AuthorityService authority;

    @Inject
    TicketChanges changes;

    /** The changed ticket and any forbidden phrases found in its customer-facing text. */
    public record Outcome(Ticket ticket, List<PhraseHit> warnings) {
    }

    @Transactional
    public Outcome logContact(UUID id, Long ifMatch, Actor actor, StepRequests.Contact contact) {
        Ticket t = changes.load(id, ifMatch);
        t.recordContact(contact.channel(), contact.summary(), Boolean.TRUE.equals(contact.customerFacing()),
                contact.text(), null, changes.termsOf(t), actor, changes.now());
        return new Outcome(t, changes.save(t, actor));
    }

    @Transactional
    public Outcome startInvestigation(UUID id, Long ifMatch, Actor actor, StepRequests.Investigation request) {
        Ticket t = changes.load(id, ifMatch);
        t.startInvestigation(request == null ? null : request.note(), actor, changes.now());
        return new Outcome(t, changes.save(t, actor));
    }

    @Transactional
    public Outcome recordFindings(UUID id, Long ifMatch, Actor actor, StepRequests.Findings findings) {
        Ticket t = changes.load(id, ifMatch);
        t.recordFindings(findings.findings(), findings.rootCause(),
                StepRequests.Department.facts(findings.responsibleDepartments()),
                WorkOrder.countOpen(t.id), actor, changes.now());
        return new Outcome(t, changes.save(t, actor));
    }

    @Transactional
    public Outcome reachAgreement(UUID id, Long ifMatch, Actor actor, StepRequests.Agreement agreement) {
        Ticket t = changes.load(id, ifMatch);
        t.agree(agreement.options(), agreement.agreedOption(), agreement.singleOptionReason(), agreement.promisedBy(),
                changes.termsOf(t).proposalFor(missedMilestones(t)), actor, changes.now());
        return new Outcome(t, changes.save(t, actor));
    }

    /** The milestones the ticket missed: a breached first response, resolution (any target) or steward arrival. */
    private static List<SlaTerms.Milestone> missedMilestones(Ticket t) {
        List<SlaTerms.Milestone> missed = new ArrayList<>();
        if (t.responseBreachedAt != null) {
            missed.add(SlaTerms.Milestone.FIRST_RESPONSE);
        }
        if (WorkOrder.anyArrivalBreached(t.id)) {
            missed.add(SlaTerms.Milestone.ON_SITE_ARRIVAL);
        }
        if (t.resolutionBreachedAt != null || t.earlierResolutionBreachedAt != null) {
            missed.add(SlaTerms.Milestone.RESOLUTION);
        }
        return missed;
    }

    @Transactional
    public Outcome recordCompensation(UUID id, Long ifMatch, Actor actor, StepRequests.Compensation compensation) {
        Ticket t = changes.load(id, ifMatch);
        Authority matrix = authority.matrix();
        t.compensate(compensation.type(), compensation.amount(), compensation.reason(), changes.termsOf(t).currency(),
                matrix.of(actor.roles()).compensationLimit(), actor, changes.now());
        return new Outcome(t, changes.save(t, actor));
    }

    @Transactional
    public Outcome decideApproval(UUID id, Long ifMatch, Actor actor, StepRequests.Approval approval) {
        Ticket t = changes.load(id, ifMatch);
        t.decideApproval(approval.approved(), approval.note(), covers(actor, t.compensationAmount), actor,
                changes.now());
        return new Outcome(t, changes.save(t, actor));
    }

    /** Whether the actor may approve or reject the ticket's pending compensation, so a page offers it only then. */
    public boolean mayDecideApproval(TicketView t, Actor actor) {
        TicketView.Outcomes o = t.outcomes();
        return t.status() == TicketStatus.PENDING_APPROVAL && o.compensationRequestedBy() != null
                && LoopRules.mayDecideApproval(o.compensationRequestedBy(), actor.id(),
                        covers(actor, o.compensationAmount()));
    }

    private boolean covers(Actor actor, BigDecimal amount) {
        return amount != null && authority.matrix().covers(actor.roles(), amount);
    }

    @Transactional
    public Outcome signOffClosure(UUID id, Long ifMatch, Actor actor, StepRequests.SignOff signOff) {
        Ticket t = changes.load(id, ifMatch);
        t.signOffClosure(signOff == null ? null : signOff.note(),
                authority.matrix().of(actor.roles()).maySignOffClosure(), actor, changes.now());
        return new Outcome(t, changes.save(t, actor));
    }
}
