package dev.loopline.workflow;

import dev.loopline.authority.AuthorityService;
import dev.loopline.common.ProblemException;
import dev.loopline.escalation.Escalations;
import dev.loopline.escalation.Trigger;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.severity.Severity;
import dev.loopline.severity.SeverityOverride;
import dev.loopline.sla.SlaPolicies;
import dev.loopline.sla.SlaTargets;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The follow-up that closes or reopens, reopening by hand, pausing the clocks, and edits of a ticket's fields. */
@ApplicationScoped
public class LoopControlService {

    @Inject
    AuthorityService authority;

    @Inject
    Clock clock;

    @Inject
    TicketChanges changes;

    @Inject
    SlaPolicies policies;

    @Inject
    Escalations escalations;

    @Transactional
    public StepService.Outcome followUp(UUID id, Long ifMatch, Actor actor, StepRequests.FollowUp followUp) {
        Ticket t = changes.start(id, ifMatch, Action.RECORD_FOLLOW_UP);
        LoopRules.followUpComplete(followUp);
        Instant now = Instant.now(clock);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("reached", followUp.reached());
        record.put("satisfaction", followUp.satisfaction());
        record.put("comment", followUp.comment());
        if (!followUp.reached()) {
            changes.record(t, "ticket.follow_up_attempted", actor, now, Map.of(), Map.of(), record);
        } else if (followUp.satisfaction() >= 3) {
            LoopRules.closureSignedOff(t.complaintClass, t.closureSignedOffBy);
            t.satisfaction = followUp.satisfaction().shortValue();
            t.closedAt = now;
            changes.move(t, TicketStatus.CLOSED, "ticket.closed", actor, now, record);
        } else {
            record.put("reason", "dissatisfied follow-up");
            reopen(t, actor, now, record);
        }
        changes.flush();
        return StepService.Outcome.of(t);
    }

    @Transactional
    public StepService.Outcome reopen(UUID id, Long ifMatch, Actor actor, StepRequests.Reopen request) {
        Ticket t = changes.start(id, ifMatch, Action.REOPEN);
        reopen(t, actor, Instant.now(clock), StepService.detail("reason", request.reason().strip()));
        changes.flush();
        return StepService.Outcome.of(t);
    }

    private void reopen(Ticket t, Actor actor, Instant now, Map<String, Object> record) {
        t.reopenCount++;
        t.closedAt = null;
        t.satisfaction = null;
        t.closureSignedOffBy = null;
        record.put("reopenCount", t.reopenCount);
        changes.move(t, ClosedLoop.afterStep(Action.REOPEN), "ticket.reopened", actor, now, record);
    }

    @Transactional
    public StepService.Outcome pause(UUID id, Long ifMatch, Actor actor, StepRequests.Pause pause) {
        Ticket t = changes.start(id, ifMatch, Action.PAUSE);
        Instant now = Instant.now(clock);
        t.pausedAt = now;
        t.pausedFrom = t.status;
        changes.move(t, TicketStatus.AWAITING_CUSTOMER, "ticket.paused", actor, now,
                StepService.detail("reason", pause.reason().strip()));
        changes.flush();
        return StepService.Outcome.of(t);
    }

    /** Resumes where the ticket stopped; every running SLA clock moves by exactly the paused time. */
    @Transactional
    public StepService.Outcome resume(UUID id, Long ifMatch, Actor actor, StepRequests.Resume resume) {
        Ticket t = changes.start(id, ifMatch, Action.RESUME);
        Instant now = Instant.now(clock);
        Duration paused = Duration.between(t.pausedAt, now);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("note", resume == null ? null : resume.note());
        record.put("pausedSeconds", paused.toSeconds());
        if (t.firstResponseAt == null) {
            t.responseDueAt = t.responseDueAt.plus(paused);
            t.responseAtRiskAt = t.responseAtRiskAt.plus(paused);
        }
        t.resolutionDueAt = t.resolutionDueAt.plus(paused);
        t.resolutionAtRiskAt = t.resolutionAtRiskAt.plus(paused);
        t.resolutionOverrunAt = t.resolutionOverrunAt.plus(paused);
        record.put("responseDueAt", t.responseDueAt);
        record.put("resolutionDueAt", t.resolutionDueAt);
        t.pausedSeconds += paused.toSeconds();
        t.pausedAt = null;
        TicketStatus back = t.pausedFrom;
        t.pausedFrom = null;
        changes.move(t, back, "ticket.resumed", actor, now, record);
        changes.flush();
        return StepService.Outcome.of(t);
    }

    /** PATCH: severity (with a reason; recomputes due times), class, owner, public-opinion risk. */
    @Transactional
    public StepService.Outcome update(UUID id, long ifMatch, Actor actor, TicketPatch patch) {
        Ticket t = changes.start(id, ifMatch, Action.UPDATE);
        Instant now = Instant.now(clock);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (patch.severity() != null && patch.severity() != t.severity) {
            changeSeverity(t, patch.severity(), patch.severityReason(), actor, before, after);
        }
        if (patch.complaintClass() != null && patch.complaintClass() != t.complaintClass) {
            before.put("complaintClass", t.complaintClass);
            t.complaintClass = patch.complaintClass();
            after.put("complaintClass", t.complaintClass);
        }
        if (patch.owner() != null && !patch.owner().strip().equals(t.owner)) {
            before.put("owner", t.owner);
            t.owner = patch.owner().strip();
            after.put("owner", t.owner);
        }
        if (patch.publicOpinionRisk() != null && patch.publicOpinionRisk() != t.publicOpinionRisk) {
            before.put("publicOpinionRisk", t.publicOpinionRisk);
            t.publicOpinionRisk = patch.publicOpinionRisk();
            after.put("publicOpinionRisk", t.publicOpinionRisk);
        }
        if (after.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The patch changes nothing");
        }
        changes.record(t, "ticket.updated", actor, now, before, after,
                StepService.detail("reason", patch.severityReason()));
        if (Boolean.TRUE.equals(after.get("publicOpinionRisk"))) {
            escalations.raise(t, Trigger.PUBLIC_OPINION_RISK.level, Trigger.PUBLIC_OPINION_RISK,
                    "Public-opinion risk (舆情风险) flagged by " + actor.id(), actor, now, null);
        }
        changes.flush();
        return StepService.Outcome.of(t);
    }

    private void changeSeverity(Ticket t, Severity to, String reason, Actor actor, Map<String, Object> before,
            Map<String, Object> after) {
        boolean mayDowngrade = authority.matrix().of(actor.roles()).mayDowngradeSeverity();
        SeverityOverride.Decision decision = SeverityOverride.decide(t.severity, to, reason, mayDowngrade);
        SlaPolicies.Applied sla = policies.dueTimes(decision.severity(), t.acceptedAt);
        SlaTargets.TicketDueTimes due = sla.due();
        t.slaPolicyId = sla.policy().id;
        t.slaClock = sla.policy().clock;
        Duration paused = Duration.ofSeconds(t.pausedSeconds);
        before.put("severity", t.severity);
        before.put("responseDueAt", t.responseDueAt);
        before.put("resolutionDueAt", t.resolutionDueAt);
        t.severity = decision.severity();
        t.severityReason = decision.reason();
        if (t.firstResponseAt == null) {
            t.responseDueAt = due.firstResponse().dueAt().plus(paused);
            t.responseAtRiskAt = due.firstResponse().atRiskAt().plus(paused);
        }
        t.resolutionDueAt = due.resolution().dueAt().plus(paused);
        t.resolutionAtRiskAt = due.resolution().atRiskAt().plus(paused);
        t.resolutionOverrunAt = due.resolutionOverrunAt().plus(paused);
        after.put("severity", t.severity);
        after.put("responseDueAt", t.responseDueAt);
        after.put("resolutionDueAt", t.resolutionDueAt);
    }
}
