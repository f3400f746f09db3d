package dev.loopline.ticket;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.ticket.SlaTerms.Milestone;
import dev.loopline.ticket.StepFacts.CompensationType;
import dev.loopline.ticket.StepFacts.ContactChannel;
import dev.loopline.ticket.StepFacts.Department;
import dev.loopline.ticket.StepFacts.RootCause;
import jakarta.persistence.*;
import java.math.RoundingMode;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SecondaryRow;
import org.hibernate.type.SqlTypes;

/** A complaint ticket: the five elements of the complaint, its place in the loop, its SLA clocks and its owner. */
@Entity
@Table(name = "ticket")
@SecondaryTable(name = Ticket.SLA_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "ticket_id"))
@SecondaryRow(table = Ticket.SLA_TABLE, optional = false)
public class Ticket extends ChainedAggregate {

    static final String SLA_TABLE = "ticket_sla";

    public String number;
    @Enumerated(EnumType.STRING) public Utility utility;
    @Enumerated(EnumType.STRING) public Channel channel;
    public String category;
    public String customerName;
    public String customerPhone;
    public String customerAccount;
    @JdbcTypeCode(SqlTypes.ARRAY) public List<String> customerVulnerabilities;
    public String customerLanguage;
    public String address;
    public String areaCode;
    public String description;
    public Instant occurredAt;
    public Instant acceptedAt;
    public String acceptedBy;
    @Enumerated(EnumType.STRING) public TicketStatus status;
    @Enumerated(EnumType.STRING) public Severity severity;
    @Enumerated(EnumType.STRING) public Severity suggestedSeverity;
    @JdbcTypeCode(SqlTypes.ARRAY) public List<String> severityRules;
    public String severityReason;
    @Enumerated(EnumType.STRING) public ComplaintClass complaintClass;
    public boolean publicOpinionRisk;
    public String owner;
    public Long slaPolicyId;
    public String slaClock;
    // The SLA state lives in ticket_sla, one row per ticket, so the sweep's flags do not rewrite the wide ticket
    // row's indexes (V7__ticket_sla.sql).
    @Column(table = SLA_TABLE) public Instant responseDueAt;
    @Column(table = SLA_TABLE) public Instant responseAtRiskAt;
    @Column(table = SLA_TABLE) public Instant resolutionDueAt;
    @Column(table = SLA_TABLE) public Instant resolutionAtRiskAt;
    @Column(table = SLA_TABLE) public Instant resolutionOverrunAt;
    @Column(table = SLA_TABLE) public Instant resolutionOverrunFlaggedAt;
    @Column(table = SLA_TABLE) public Instant firstResponseAt;
    @Column(table = SLA_TABLE) public Instant responseAtRiskFlaggedAt;
    @Column(table = SLA_TABLE) public Instant responseBreachedAt;
    @Column(table = SLA_TABLE) public Instant resolutionAtRiskFlaggedAt;
    @Column(table = SLA_TABLE) public Instant resolutionBreachedAt;
    @Column(table = SLA_TABLE) public Instant pausedAt;
    @Column(table = SLA_TABLE) public Instant closedAt;
    /**
     * acceptedAt, kept beside the SLA state: the lists filtered on that state (breached, at risk) walk an index of
     * ticket_sla in the lists' order (V25). Copied from acceptedAt when the ticket is stored, never changed.
     */
    @Column(table = SLA_TABLE, name = "ticket_accepted_at", updatable = false) public Instant slaAcceptedAt;
    /** When the current resolution target started: acceptance, or the latest reopen. */
    @Column(table = SLA_TABLE) public Instant resolutionStartedAt;
    /** Paused time counted on the policy's clock since acceptance, and since the resolution target started. */
    @Column(table = SLA_TABLE) public long pausedCountedMicros;
    @Column(table = SLA_TABLE) public long resolutionPausedCountedMicros;
    /** A resolution breach of an earlier target (before a reopen): it stays on record and counts in reports. */
    @Column(table = SLA_TABLE) public Instant earlierResolutionBreachedAt;
    /** The agreement's promise: met when the compensation step is done; if not by then, flagged broken once. */
    @Column(table = SLA_TABLE) public Instant promisedBy;
    @Column(table = SLA_TABLE) public Instant promiseMetAt;
    @Column(table = SLA_TABLE) public Instant promiseBrokenAt;
    @Enumerated(EnumType.STRING) public TicketStatus pausedFrom;
    public long pausedSeconds;
    public int contactCount;
    public String rootCause;
    public String primaryDepartment;
    public String compensationType;
    public BigDecimal compensationAmount;
    public String compensationCurrency;
    public String compensationRequestedBy;
    /** What the missed milestones earned the customer under the policy, set when the ticket reaches compensation. */
    public BigDecimal proposedCompensationAmount;
    public String proposedCompensationCurrency;
    @JdbcTypeCode(SqlTypes.ARRAY) public List<String> proposedCompensationMilestones;
    public String closureSignedOffBy;
    public Short satisfaction;
    public int reopenCount;
    /** The hotspot (one incident of many tickets, DESIGN §2) this ticket belongs to, if any. */
    public UUID hotspotId;
    @Version public long version;

    /** Earlier tickets of the same customer and category that this one repeats. */
    @ElementCollection
    @CollectionTable(name = "ticket_repeat", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "repeat_of_id")
    public Set<UUID> repeatOf = new LinkedHashSet<>();

    /** The timeline's partition key: the chain begins at acceptance, so all its events share the ticket's month. */
    @Override
    public Instant chainStartedAt() {
        return acceptedAt;
    }

    @PrePersist
    void keepAcceptanceBesideTheSla() {
        slaAcceptedAt = acceptedAt;
    }

    // --- the closed loop's transitions: each asks ClosedLoop and LoopRules, changes the ticket, records an event ---

    public void require(Action action) {
        ClosedLoop.require(status, action);
    }

    /**
     * The one place due times are written: every running milestone is its start plus its target plus the time it was
     * paused, on the policy's clock (the first response from acceptance, the resolution from its latest start).
     */
    public void schedule(SlaTerms terms) {
        slaPolicyId = terms.policyId();
        slaClock = terms.clockName();
        if (firstResponseAt == null) {
            SlaTerms.Due response = terms.due(Milestone.FIRST_RESPONSE, acceptedAt,
                    SlaTerms.micros(pausedCountedMicros));
            responseDueAt = response.dueAt();
            responseAtRiskAt = response.atRiskAt();
        }
        if (closedAt == null) {
            SlaTerms.Due resolution = terms.due(Milestone.RESOLUTION, resolutionStartedAt,
                    SlaTerms.micros(resolutionPausedCountedMicros));
            resolutionDueAt = resolution.dueAt();
            resolutionAtRiskAt = resolution.atRiskAt();
            resolutionOverrunAt = resolution.overrunAt();
        }
    }

    /** A contact with the customer; the first one of a channel the policy counts is the first response. */
    public void recordContact(ContactChannel channel, String summary, boolean customerFacing, String text,
            UUID noticeOfHotspot, SlaTerms terms, Actor actor, Instant now) {
        require(Action.LOG_CONTACT);
        boolean first = markFirstResponse(channel.name(), terms, now);
        contactCount++;
        record(new TicketEvents.ContactLogged(channel, summary.strip(), customerFacing, text, first, noticeOfHotspot,
                Fields.NONE, first ? Fields.NONE.withFirstResponseAt(now) : Fields.NONE), actor, now);
    }

    /** Sets the first response if none came before and the policy counts this channel; says whether it did. */
    public boolean markFirstResponse(String channel, SlaTerms terms, Instant now) {
        if (firstResponseAt != null || !terms.countsAsFirstResponse(channel)) {
            return false;
        }
        firstResponseAt = now;
        return true;
    }

    public void startInvestigation(String note, Actor actor, Instant now) {
        require(Action.START_INVESTIGATION);
        LoopRules.firstContactLogged(contactCount);
        TicketStatus from = enter(TicketStatus.INVESTIGATING);
        moved(from, new TicketEvents.InvestigationStarted(note, Fields.status(from), Fields.status(status)), actor,
                now);
    }

    public void recordFindings(String findings, RootCause cause, List<Department> departments, long openWorkOrders,
            Actor actor, Instant now) {
        require(Action.RECORD_FINDINGS);
        LoopRules.workOrdersClosed(openWorkOrders);
        LoopRules.findingsComplete(findings, cause, departments);
        rootCause = cause.name();
        primaryDepartment = StepFacts.primaryOf(departments);
        TicketStatus from = enter(TicketStatus.NEGOTIATING);
        moved(from, new TicketEvents.FindingsRecorded(findings.strip(), cause, departments, Fields.status(from),
                Fields.status(status)), actor, now);
    }

    /** Step 3 → 4; `proposal` is what missed milestones earn the customer (null when nothing), shown at step 4. */
    public void agree(List<String> options, Integer agreedOption, String singleOptionReason, Instant promised,
            SlaTerms.Proposal proposal, Actor actor, Instant now) {
        require(Action.REACH_AGREEMENT);
        LoopRules.agreementComplete(options, agreedOption, singleOptionReason, promised, now);
        // a new agreement (after a reopen) is a new promise, tracked afresh
        promisedBy = promised;
        promiseMetAt = null;
        promiseBrokenAt = null;
        proposedCompensationAmount = proposal == null ? null : proposal.amount();
        proposedCompensationCurrency = proposal == null ? null : proposal.currency();
        proposedCompensationMilestones = proposal == null ? null : proposal.milestoneNames();
        TicketStatus from = enter(TicketStatus.COMPENSATING);
        moved(from, new TicketEvents.AgreementReached(options, agreedOption, options.get(agreedOption),
                singleOptionReason, promised, Fields.status(from), Fields.status(status)), actor, now);
    }

    /** Records the compensation, or asks for approval when the amount is beyond the actor's limit. */
    public void compensate(CompensationType type, BigDecimal amount, String reason, String currency,
            BigDecimal actorLimit, Actor actor, Instant now) {
        require(Action.RECORD_COMPENSATION);
        LoopRules.compensationComplete(type, amount, reason);
        BigDecimal scaled = amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
        TicketEvents.ProposalDecision decision = LoopRules.decideOnProposal(proposal(), type, scaled, reason);
        compensationType = type.name();
        compensationAmount = scaled;
        compensationCurrency = scaled == null ? null : currency;
        compensationRequestedBy = actor.id();
        if (scaled == null || actorLimit.compareTo(scaled) >= 0) {
            TicketStatus from = compensated(now);
            moved(from, new TicketEvents.CompensationRecorded(type, scaled, compensationCurrency, reason,
                    proposal(), decision, Fields.status(from), Fields.status(status)), actor, now);
        } else {
            TicketStatus from = enter(TicketStatus.PENDING_APPROVAL);
            moved(from, new TicketEvents.CompensationRequested(type, scaled, compensationCurrency, reason, actorLimit,
                    proposal(), decision, Fields.status(from), Fields.status(status)), actor, now);
        }
    }

    public void decideApproval(boolean approved, String note, boolean approverCovers, Actor actor, Instant now) {
        require(Action.DECIDE_APPROVAL);
        LoopRules.approverMayApprove(compensationRequestedBy, actor.id(), approverCovers);
        CompensationType type = CompensationType.valueOf(compensationType);
        TicketStatus from = approved ? compensated(now) : enter(TicketStatus.COMPENSATING);
        moved(from, approved
                ? new TicketEvents.CompensationApproved(true, note, type, compensationAmount, compensationRequestedBy,
                        Fields.status(from), Fields.status(status))
                : new TicketEvents.CompensationRejected(false, note, type, compensationAmount,
                        compensationRequestedBy, Fields.status(from), Fields.status(status)), actor, now);
    }

    public void signOffClosure(String note, boolean granted, Actor actor, Instant now) {
        require(Action.SIGN_OFF_CLOSURE);
        LoopRules.maySignOff(granted);
        Fields before = Fields.NONE.withClosureSignedOffBy(closureSignedOffBy);
        closureSignedOffBy = actor.id();
        record(new TicketEvents.ClosureSignedOff(note, before, Fields.NONE.withClosureSignedOffBy(actor.id())), actor,
                now);
    }

    /** The callback (回访): satisfied closes, dissatisfied reopens, not reached stays. */
    public void followUp(Boolean reached, Integer score, String comment, SlaTerms terms, Actor actor, Instant now) {
        require(Action.RECORD_FOLLOW_UP);
        LoopRules.followUpComplete(reached, score);
        if (!reached) {
            record(new TicketEvents.FollowUpAttempted(false, score, comment), actor, now);
        } else if (score >= 3) {
            LoopRules.closureSignedOff(complaintClass, closureSignedOffBy);
            satisfaction = score.shortValue();
            closedAt = now;
            TicketStatus from = enter(TicketStatus.CLOSED);
            record(new TicketEvents.Closed(number, true, score, comment, Fields.status(from), Fields.status(status)),
                    actor, now);
        } else {
            reopen("dissatisfied follow-up", score, comment, terms, actor, now);
        }
    }

    /**
     * Back into investigation with all history. A reopen starts a new resolution target under the ticket's policy;
     * a breach of the earlier target stays on record (earlierResolutionBreachedAt) and counts in reports.
     */
    public void reopen(String reason, Integer score, String comment, SlaTerms terms, Actor actor, Instant now) {
        require(Action.REOPEN);
        reopenCount++;
        closedAt = null;
        satisfaction = null;
        closureSignedOffBy = null;
        if (earlierResolutionBreachedAt == null) {
            earlierResolutionBreachedAt = resolutionBreachedAt;
        }
        resolutionBreachedAt = null;
        resolutionAtRiskFlaggedAt = null;
        resolutionOverrunFlaggedAt = null;
        resolutionStartedAt = now;
        resolutionPausedCountedMicros = 0;
        Instant dueBefore = resolutionDueAt;
        schedule(terms);
        TicketStatus from = enter(TicketStatus.INVESTIGATING);
        moved(from, new TicketEvents.Reopened(reason, score, comment, reopenCount,
                Fields.status(from).withResolutionDueAt(dueBefore),
                Fields.status(status).withResolutionDueAt(resolutionDueAt)), actor, now);
    }

    /** Joins the hotspot this ticket is one of (at most one); `opened` when this ticket's intake raised it. */
    public void linkToHotspot(UUID hotspot, String rule, boolean opened, TicketEvents.HotspotLinked.Notice notice,
            Actor actor, Instant now) {
        LoopRules.oneHotspot(hotspotId);
        hotspotId = hotspot;
        record(new TicketEvents.HotspotLinked(hotspot, rule, opened, notice), actor, now);
    }

    public void pause(String reason, Actor actor, Instant now) {
        require(Action.PAUSE);
        pausedAt = now;
        pausedFrom = status;
        TicketStatus from = enter(TicketStatus.AWAITING_CUSTOMER);
        moved(from, new TicketEvents.Paused(reason.strip(), Fields.status(from), Fields.status(status)), actor, now);
    }

    /** Resumes where the ticket stopped; returns the paused time counted on the clock, which every due time moved by. */
    public Duration resume(String note, SlaTerms terms, Actor actor, Instant now) {
        require(Action.RESUME);
        Duration counted = terms.clock().counted(pausedAt, now);
        long wall = Duration.between(pausedAt, now).toSeconds();
        Fields before = Fields.status(status).withDueTimes(responseDueAt, resolutionDueAt);
        pausedSeconds += wall;
        pausedCountedMicros += SlaTerms.toMicros(counted);
        resolutionPausedCountedMicros += SlaTerms.toMicros(counted);
        pausedAt = null;
        schedule(terms);
        TicketStatus from = enter(pausedFrom);
        pausedFrom = null;
        moved(from, new TicketEvents.Resumed(note, wall, before,
                Fields.status(status).withDueTimes(responseDueAt, resolutionDueAt)), actor, now);
        return counted;
    }

    /**
     * PATCH: severity (measured against the suggestion, due times on the new policy), class (a decision of the
     * authority matrix), owner, public-opinion risk. Returns what changed, as recorded.
     */
    public TicketEvents.Updated update(TicketEdit edit, TicketEdit.Grants grants, SlaTerms newTerms,
            StepPeriods.Paused paused, Actor actor, Instant now) {
        require(Action.UPDATE);
        Fields before = Fields.NONE;
        Fields after = Fields.NONE;
        if (edit.severity() != null && edit.severity() != severity) {
            SeverityOverride.Decision decision = SeverityOverride.decide(suggestedSeverity, edit.severity(),
                    edit.severityReason(), grants.mayDowngradeSeverity());
            SeverityOverride.requireReason(edit.severityReason());
            before = before.withSeverity(severity).withDueTimes(responseDueAt, resolutionDueAt);
            severity = decision.severity();
            severityReason = edit.severityReason().strip();
            // the new policy may run on another clock: the pauses so far count as that clock counts them
            pausedCountedMicros = SlaTerms.toMicros(paused.sinceAcceptance());
            resolutionPausedCountedMicros = SlaTerms.toMicros(paused.sinceResolutionStart());
            schedule(newTerms);
            after = after.withSeverity(severity).withDueTimes(responseDueAt, resolutionDueAt);
        }
        if (edit.complaintClass() != null && edit.complaintClass() != complaintClass) {
            LoopRules.mayChangeClass(grants.mayChangeClass());
            before = before.withComplaintClass(complaintClass);
            complaintClass = edit.complaintClass();
            after = after.withComplaintClass(complaintClass);
        }
        if (edit.owner() != null && !edit.owner().strip().equals(owner)) {
            before = before.withOwner(owner);
            owner = edit.owner().strip();
            after = after.withOwner(owner);
        }
        if (edit.publicOpinionRisk() != null && edit.publicOpinionRisk() != publicOpinionRisk) {
            before = before.withPublicOpinionRisk(publicOpinionRisk);
            publicOpinionRisk = edit.publicOpinionRisk();
            after = after.withPublicOpinionRisk(publicOpinionRisk);
        }
        if (after.equals(Fields.NONE)) {
            throw new ProblemException(ProblemType.VALIDATION, "The patch changes nothing");
        }
        TicketEvents.Updated updated = new TicketEvents.Updated(edit.severityReason(), before, after);
        record(updated, actor, now);
        return updated;
    }

    /** The breach-linked proposal the ticket holds, or null. */
    public SlaTerms.Proposal proposal() {
        return SlaTerms.Proposal.stored(proposedCompensationAmount, proposedCompensationCurrency,
                proposedCompensationMilestones);
    }

    /** The compensation step is done: on to the follow-up, and the agreement's promise is met. */
    private TicketStatus compensated(Instant now) {
        promiseMetAt = now;
        return enter(TicketStatus.FOLLOWING_UP);
    }

    private TicketStatus enter(TicketStatus to) {
        TicketStatus from = status;
        status = to;
        return from;
    }

    /** Records a step's event and announces the step outbound (closing announces itself: ticket.closed). */
    private void moved(TicketStatus from, TicketEvents.Payload event, Actor actor, Instant now) {
        record(event, actor, now);
        record(new TicketEvents.StepCompleted(number, TicketEvents.typeOf(event), from, status), actor, now);
    }
}
