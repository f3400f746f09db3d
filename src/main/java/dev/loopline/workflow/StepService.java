package dev.loopline.workflow;

import dev.loopline.authority.Authority;
import dev.loopline.authority.AuthorityService;
import dev.loopline.phrase.PhraseCheck;
import dev.loopline.security.Actor;
import dev.loopline.sla.SlaPolicy;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.workorder.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The five steps (受理 → 调查 → 协商 → 补偿 → 跟进): each checks the state machine and its guards, then records. */
@ApplicationScoped
public class StepService {

    @Inject
    AuthorityService authority;

    /** The changed ticket and any forbidden phrases found in its customer-facing text. */
    public record Outcome(Ticket ticket, List<PhraseCheck.Hit> warnings) {

        static Outcome of(Ticket ticket) {
            return new Outcome(ticket, List.of());
        }
    }

    @Inject
    Clock clock;

    @Inject
    TicketChanges changes;

    @Transactional
    public Outcome logContact(UUID id, Long ifMatch, Actor actor, StepRequests.Contact contact) {
        Ticket t = changes.start(id, ifMatch, Action.LOG_CONTACT);
        Instant now = Instant.now(clock);
        boolean customerFacing = Boolean.TRUE.equals(contact.customerFacing());
        Map<String, Object> before = new HashMap<>();
        Map<String, Object> after = new HashMap<>();
        boolean first = t.firstResponseAt == null
                && SlaPolicy.<SlaPolicy>findById(t.slaPolicyId).firstResponseChannels.contains(contact.channel().name());
        if (first) {
            before.put("firstResponseAt", null);
            t.firstResponseAt = now;
            after.put("firstResponseAt", now);
        }
        t.contactCount++;
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("channel", contact.channel());
        record.put("summary", contact.summary().strip());
        record.put("customerFacing", customerFacing);
        record.put("text", contact.text());
        record.put("firstResponse", first);
        changes.record(t, "ticket.contact_logged", actor, now, before, after, record);
        List<PhraseCheck.Hit> warnings = customerFacing
                ? changes.checkPhrases(t, actor, now, text("text", contact.text())) : List.of();
        changes.flush();
        return new Outcome(t, warnings);
    }

    @Transactional
    public Outcome startInvestigation(UUID id, Long ifMatch, Actor actor, StepRequests.Investigation request) {
        Ticket t = changes.start(id, ifMatch, Action.START_INVESTIGATION);
        LoopRules.firstContactLogged(t.contactCount);
        changes.move(t, ClosedLoop.afterStep(Action.START_INVESTIGATION), "ticket.investigation_started", actor,
                Instant.now(clock), detail("note", request == null ? null : request.note()));
        changes.flush();
        return Outcome.of(t);
    }

    @Transactional
    public Outcome recordFindings(UUID id, Long ifMatch, Actor actor, StepRequests.Findings findings) {
        Ticket t = changes.start(id, ifMatch, Action.RECORD_FINDINGS);
        LoopRules.workOrdersClosed(WorkOrder.countOpen(t.id));
        LoopRules.findingsComplete(findings);
        t.rootCause = findings.rootCause().name();
        t.primaryDepartment = findings.responsibleDepartments().stream()
                .filter(d -> d.role() == StepRequests.DepartmentRole.PRIMARY).map(StepRequests.Department::name)
                .findFirst().orElse(findings.responsibleDepartments().get(0).name());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("findings", findings.findings().strip());
        record.put("rootCause", findings.rootCause());
        record.put("responsibleDepartments", findings.responsibleDepartments());
        changes.move(t, ClosedLoop.afterStep(Action.RECORD_FINDINGS), "ticket.findings_recorded", actor,
                Instant.now(clock), record);
        changes.flush();
        return Outcome.of(t);
    }

    @Transactional
    public Outcome reachAgreement(UUID id, Long ifMatch, Actor actor, StepRequests.Agreement agreement) {
        Ticket t = changes.start(id, ifMatch, Action.REACH_AGREEMENT);
        Instant now = Instant.now(clock);
        LoopRules.agreementComplete(agreement, now);
        t.promisedBy = agreement.promisedBy();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("options", agreement.options());
        record.put("agreedOption", agreement.agreedOption());
        record.put("agreedSolution", agreement.options().get(agreement.agreedOption()));
        record.put("singleOptionReason", agreement.singleOptionReason());
        record.put("promisedBy", agreement.promisedBy());
        changes.move(t, ClosedLoop.afterStep(Action.REACH_AGREEMENT), "ticket.agreement_reached", actor, now, record);
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < agreement.options().size(); i++) {
            texts.put("options[" + i + "]", agreement.options().get(i));
        }
        List<PhraseCheck.Hit> warnings = changes.checkPhrases(t, actor, now, texts);
        changes.flush();
        return new Outcome(t, warnings);
    }

    @Transactional
    public Outcome recordCompensation(UUID id, Long ifMatch, Actor actor, StepRequests.Compensation compensation) {
        Ticket t = changes.start(id, ifMatch, Action.RECORD_COMPENSATION);
        LoopRules.compensationComplete(compensation);
        Instant now = Instant.now(clock);
        BigDecimal amount = compensation.amount() == null ? null
                : compensation.amount().setScale(2, RoundingMode.UNNECESSARY);
        t.compensationType = compensation.type().name();
        t.compensationAmount = amount;
        t.compensationCurrency = amount == null ? null : "CNY";
        t.compensationRequestedBy = actor.id();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", compensation.type());
        record.put("amount", amount);
        record.put("currency", t.compensationCurrency);
        record.put("reason", compensation.reason());
        Authority matrix = authority.matrix();
        if (amount == null || matrix.covers(actor.roles(), amount)) {
            changes.move(t, ClosedLoop.afterStep(Action.RECORD_COMPENSATION), "ticket.compensation_recorded", actor,
                    now, record);
        } else {
            record.put("requesterLimit", matrix.of(actor.roles()).compensationLimit());
            changes.move(t, TicketStatus.PENDING_APPROVAL, "ticket.compensation_requested", actor, now, record);
        }
        changes.flush();
        return Outcome.of(t);
    }

    @Transactional
    public Outcome decideApproval(UUID id, Long ifMatch, Actor actor, StepRequests.Approval approval) {
        Ticket t = changes.start(id, ifMatch, Action.DECIDE_APPROVAL);
        LoopRules.approverMayApprove(t.compensationRequestedBy, actor.id(),
                authority.matrix().covers(actor.roles(), t.compensationAmount));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("approved", approval.approved());
        record.put("note", approval.note());
        record.put("type", t.compensationType);
        record.put("amount", t.compensationAmount);
        record.put("requestedBy", t.compensationRequestedBy);
        if (approval.approved()) {
            changes.move(t, ClosedLoop.afterStep(Action.DECIDE_APPROVAL), "ticket.compensation_approved", actor,
                    Instant.now(clock), record);
        } else {
            changes.move(t, TicketStatus.COMPENSATING, "ticket.compensation_rejected", actor, Instant.now(clock),
                    record);
        }
        changes.flush();
        return Outcome.of(t);
    }

    @Transactional
    public Outcome signOffClosure(UUID id, Long ifMatch, Actor actor, StepRequests.SignOff signOff) {
        Ticket t = changes.start(id, ifMatch, Action.SIGN_OFF_CLOSURE);
        LoopRules.maySignOff(authority.matrix().of(actor.roles()).maySignOffClosure());
        Map<String, Object> before = new HashMap<>();
        before.put("closureSignedOffBy", t.closureSignedOffBy);
        t.closureSignedOffBy = actor.id();
        changes.record(t, "ticket.closure_signed_off", actor, Instant.now(clock), before,
                Map.of("closureSignedOffBy", actor.id()), detail("note", signOff == null ? null : signOff.note()));
        changes.flush();
        return Outcome.of(t);
    }

    static Map<String, Object> detail(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private static Map<String, String> text(String key, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
