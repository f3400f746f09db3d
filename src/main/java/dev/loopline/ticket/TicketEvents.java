package dev.loopline.ticket;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.loopline.ticket.StepFacts.CompensationType;
import dev.loopline.ticket.StepFacts.ContactChannel;
import dev.loopline.ticket.StepFacts.Department;
import dev.loopline.ticket.StepFacts.Measurement;
import dev.loopline.ticket.StepFacts.PhraseHit;
import dev.loopline.ticket.StepFacts.RootCause;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue of a ticket's events: each type name and its payload record, and where it goes (the timeline, the
 * outbox, or both). Every writer and every reader (report, step clocks, webhooks) uses these records.
 */
public final class TicketEvents {

    /** An event's payload. */
    public sealed interface Payload {
    }

    /** An event that changes fields of the ticket, with their values before and after. */
    public interface Change {
        Fields before();

        Fields after();
    }

    /** An event carrying text the customer reads (a contact's message, findings, options, reasons): checked for 服务禁语. */
    public interface CustomerFacing {
        /** The customer-facing texts by field name. */
        Map<String, String> customerFacingTexts();
    }

    private static Map<String, String> texts(Object... fieldsAndTexts) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            if (fieldsAndTexts[i + 1] != null) {
                texts.put((String) fieldsAndTexts[i], (String) fieldsAndTexts[i + 1]);
            }
        }
        return texts;
    }

    public record Accepted(String number, Utility utility, Channel channel, String category, Severity severity,
            Severity suggestedSeverity, List<String> severityRules, SeverityChosen severityOverride,
            ComplaintClass complaintClass, List<String> repeatOf, String owner, Instant responseDueAt,
            Instant resolutionDueAt) implements Payload {
    }

    /** The agent chose another severity than the suggestion, with a reason. */
    public record SeverityChosen(Severity from, Severity to, String reason) {
    }

    public record ContactLogged(ContactChannel channel, String summary, boolean customerFacing, String text,
            boolean firstResponse, UUID hotspotId, Fields before, Fields after)
            implements Payload, Change, CustomerFacing {

        @Override
        public Map<String, String> customerFacingTexts() {
            return customerFacing ? texts("text", text) : Map.of();
        }
    }

    public record InvestigationStarted(String note, Fields before, Fields after) implements Payload, Change {
    }

    public record FindingsRecorded(String findings, RootCause rootCause, List<Department> responsibleDepartments,
            Fields before, Fields after) implements Payload, Change, CustomerFacing {

        @Override
        public Map<String, String> customerFacingTexts() {
            return texts("findings", findings);
        }
    }

    public record AgreementReached(List<String> options, int agreedOption, String agreedSolution,
            String singleOptionReason, Instant promisedBy, Fields before, Fields after)
            implements Payload, Change, CustomerFacing {

        @Override
        public Map<String, String> customerFacingTexts() {
            Map<String, String> texts = texts("singleOptionReason", singleOptionReason);
            for (int i = 0; i < options.size(); i++) {
                texts.put("options[" + i + "]", options.get(i));
            }
            return texts;
        }
    }

    /** What the agent did with a breach-linked proposal: took it as it was, gave more, or gave less or nothing. */
    public enum ProposalDecision { ACCEPTED, RAISED, DECLINED }

    public record CompensationRecorded(CompensationType type, BigDecimal amount, String currency, String reason,
            SlaTerms.Proposal proposal, ProposalDecision proposalDecision, Fields before, Fields after)
            implements Payload, Change, CustomerFacing {

        @Override
        public Map<String, String> customerFacingTexts() {
            return texts("reason", reason);
        }
    }

    public record CompensationRequested(CompensationType type, BigDecimal amount, String currency, String reason,
            BigDecimal requesterLimit, SlaTerms.Proposal proposal, ProposalDecision proposalDecision, Fields before,
            Fields after) implements Payload, Change, CustomerFacing {

        @Override
        public Map<String, String> customerFacingTexts() {
            return texts("reason", reason);
        }
    }

    public record CompensationApproved(boolean approved, String note, CompensationType type, BigDecimal amount,
            String requestedBy, Fields before, Fields after) implements Payload, Change {
    }

    public record CompensationRejected(boolean approved, String note, CompensationType type, BigDecimal amount,
            String requestedBy, Fields before, Fields after) implements Payload, Change {
    }

    public record ClosureSignedOff(String note, Fields before, Fields after) implements Payload, Change {
    }

    public record FollowUpAttempted(Boolean reached, Integer satisfaction, String comment) implements Payload {
    }

    public record Closed(String number, Boolean reached, Integer satisfaction, String comment, Fields before,
            Fields after) implements Payload, Change {
    }

    public record Reopened(String reason, Integer satisfaction, String comment, int reopenCount, Fields before,
            Fields after) implements Payload, Change {
    }

    public record Paused(String reason, Fields before, Fields after) implements Payload, Change {
    }

    public record Resumed(String note, long pausedSeconds, Fields before, Fields after) implements Payload, Change {
    }

    public record Updated(String reason, Fields before, Fields after) implements Payload, Change {
    }

    public record ForbiddenPhrasesUsed(List<PhraseHit> hits) implements Payload {
    }

    /** Outbound only: a step was completed (the timeline has the step's own event). */
    public record StepCompleted(String number, String event, TicketStatus from, TicketStatus to) implements Payload {
    }

    public record EscalationRaised(UUID escalationId, String number, int level, String trigger, String reason,
            String targetRole, Instant ackDueAt, UUID climbedFrom) implements Payload {
    }

    public record EscalationAcknowledged(UUID escalationId, String number, int level, String note,
            long lateBySeconds) implements Payload {
    }

    public record EscalationOverdue(UUID escalationId, String number, int level, Instant ackDueAt, Integer climbsTo)
            implements Payload {
    }

    public record EscalationClosed(UUID escalationId, String number, int level, String reason) implements Payload {
    }

    /** The SLA flags: a milestone at risk, breached, or its resolution overrun (one record per type name). */
    public record SlaAtRisk(String number, String milestone, Severity severity, Instant dueAt, Instant flaggedAt,
            UUID workOrderId) implements Payload {
    }

    public record SlaBreached(String number, String milestone, Severity severity, Instant dueAt, Instant flaggedAt,
            UUID workOrderId) implements Payload {
    }

    public record SlaOverrun(String number, String milestone, Severity severity, Instant dueAt, Instant flaggedAt,
            UUID workOrderId) implements Payload {
    }

    /** The agreement's promise passed before the compensation step was done (flagged once by the sweep). */
    public record PromiseBroken(String number, Severity severity, Instant promisedBy, Instant flaggedAt)
            implements Payload {
    }

    public record WorkOrderDispatched(UUID workOrderId, String number, String steward, String status,
            String instructions, Instant arrivalDueAt) implements Payload {
    }

    public record WorkOrderAccepted(UUID workOrderId, String number, String steward, String status, String note)
            implements Payload {
    }

    public record WorkOrderArrived(UUID workOrderId, String number, String steward, String status, String note,
            long lateBySeconds, boolean firstResponse) implements Payload {
    }

    public record WorkOrderCompleted(UUID workOrderId, String number, String steward, String status, String findings,
            List<Measurement> measurements, String actions, List<String> photos) implements Payload {
    }

    public record WorkOrderCancelled(UUID workOrderId, String number, String steward, String status, String reason)
            implements Payload {
    }

    /** The ticket is one of a hotspot's tickets; `opened` when its intake raised the hotspot. */
    public record HotspotLinked(UUID hotspotId, String rule, boolean opened, Notice notice) implements Payload {

        /**
         * The hotspot's latest shared notice when the ticket joined after one was sent (else null): what the
         * hotspot's other customers were told, and the restore time last announced, for the agent to pass on.
         */
        public record Notice(Instant sentAt, String text, Instant expectedRestoreAt) {
        }
    }

    /** Outbound only: a cluster of tickets reached a hotspot rule's threshold (each ticket's timeline has the link). */
    public record HotspotRaised(UUID hotspotId, String rule, Utility utility, String category,
            List<String> categories, String areaCode, int ticketCount, List<String> ticketNumbers, Instant firstAt)
            implements Payload {
    }

    /** Where an event type goes. */
    public enum Route { TIMELINE, OUTBOX, BOTH;

        public boolean timeline() {
            return this != OUTBOX;
        }

        public boolean outbox() {
            return this != TIMELINE;
        }
    }

    /** A type's name, where its events go, and what readers call it in Chinese and English. */
    private record Entry(String type, Route route, String labelZh, String labelEn) {
    }

    private static final Map<Class<? extends Payload>, Entry> CATALOGUE = new LinkedHashMap<>();
    private static final Map<String, Class<? extends Payload>> BY_TYPE = new LinkedHashMap<>();

    static {
        add("ticket.accepted", Accepted.class, Route.BOTH, "受理", "Accepted");
        add("ticket.contact_logged", ContactLogged.class, Route.TIMELINE, "联系客户", "Customer contacted");
        add("ticket.investigation_started", InvestigationStarted.class, Route.TIMELINE, "开始调查", "Investigation started");
        add("ticket.findings_recorded", FindingsRecorded.class, Route.TIMELINE, "记录调查结论", "Findings recorded");
        add("ticket.agreement_reached", AgreementReached.class, Route.TIMELINE, "达成解决方案", "Agreement reached");
        add("ticket.compensation_recorded", CompensationRecorded.class, Route.TIMELINE, "记录补偿", "Compensation recorded");
        add("ticket.compensation_requested", CompensationRequested.class, Route.TIMELINE, "补偿提交审批", "Compensation sent for approval");
        add("ticket.compensation_approved", CompensationApproved.class, Route.TIMELINE, "补偿已批准", "Compensation approved");
        add("ticket.compensation_rejected", CompensationRejected.class, Route.TIMELINE, "补偿被驳回", "Compensation rejected");
        add("ticket.closure_signed_off", ClosureSignedOff.class, Route.TIMELINE, "办结已签批", "Closure signed off");
        add("ticket.follow_up_attempted", FollowUpAttempted.class, Route.TIMELINE, "回访", "Follow-up call");
        add("ticket.closed", Closed.class, Route.BOTH, "办结", "Closed");
        add("ticket.reopened", Reopened.class, Route.TIMELINE, "重新处理", "Reopened");
        add("ticket.paused", Paused.class, Route.TIMELINE, "暂停（等待客户）", "Paused for the customer");
        add("ticket.resumed", Resumed.class, Route.TIMELINE, "恢复处理", "Resumed");
        add("ticket.updated", Updated.class, Route.TIMELINE, "修改工单", "Ticket updated");
        add("text.forbidden_phrase", ForbiddenPhrasesUsed.class, Route.TIMELINE, "使用了服务禁语", "Forbidden phrase used");
        add("ticket.step_completed", StepCompleted.class, Route.OUTBOX, "步骤完成", "Step completed");
        add("escalation.raised", EscalationRaised.class, Route.BOTH, "升级", "Escalated");
        add("escalation.acknowledged", EscalationAcknowledged.class, Route.BOTH, "升级已确认", "Escalation acknowledged");
        add("escalation.overdue", EscalationOverdue.class, Route.BOTH, "升级未按时确认", "Escalation not acknowledged in time");
        add("escalation.closed", EscalationClosed.class, Route.BOTH, "升级关闭", "Escalation closed");
        add("sla.at_risk", SlaAtRisk.class, Route.BOTH, "即将超时", "SLA at risk");
        add("sla.breached", SlaBreached.class, Route.BOTH, "已超时", "SLA breached");
        add("sla.overrun", SlaOverrun.class, Route.BOTH, "严重超时", "SLA overrun");
        add("promise.broken", PromiseBroken.class, Route.BOTH, "承诺未兑现", "Promise broken");
        add("workorder.dispatched", WorkOrderDispatched.class, Route.BOTH, "派发现场工单", "Work order dispatched");
        add("workorder.accepted", WorkOrderAccepted.class, Route.BOTH, "管家接单", "Work order accepted");
        add("workorder.arrived", WorkOrderArrived.class, Route.BOTH, "管家到场", "Steward on site");
        add("workorder.completed", WorkOrderCompleted.class, Route.BOTH, "现场工单完成", "Work order completed");
        add("workorder.cancelled", WorkOrderCancelled.class, Route.BOTH, "现场工单取消", "Work order cancelled");
        add("ticket.hotspot_linked", HotspotLinked.class, Route.TIMELINE, "并入热点事件", "Linked to a hotspot");
        add("hotspot.raised", HotspotRaised.class, Route.OUTBOX, "发现热点事件", "Hotspot raised");
    }

    // reads stored payloads of every age: fields an older writer wrote and this record lacks are skipped
    private static final ObjectMapper READER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private TicketEvents() {
    }

    private static void add(String type, Class<? extends Payload> record, Route route, String labelZh,
            String labelEn) {
        CATALOGUE.put(record, new Entry(type, route, labelZh, labelEn));
        BY_TYPE.put(type, record);
    }

    /** What a reader calls events of this type (English or Chinese); a type the catalogue lacks is shown as is. */
    public static String label(String type, boolean english) {
        Class<? extends Payload> record = BY_TYPE.get(type);
        if (record == null) {
            return type;
        }
        Entry entry = CATALOGUE.get(record);
        return english ? entry.labelEn() : entry.labelZh();
    }

    public static String typeOf(Payload payload) {
        return CATALOGUE.get(payload.getClass()).type();
    }

    public static Route routeOf(Payload payload) {
        return CATALOGUE.get(payload.getClass()).route();
    }

    /** Every event type name, for the contract and webhook subscriptions. */
    public static List<String> types() {
        return List.copyOf(BY_TYPE.keySet());
    }

    /** The payload record of each type name that is written to the timeline, in catalogue order. */
    public static Map<String, Class<? extends Payload>> timelineRecords() {
        Map<String, Class<? extends Payload>> records = new LinkedHashMap<>();
        BY_TYPE.forEach((type, record) -> {
            if (CATALOGUE.get(record).route().timeline()) {
                records.put(type, record);
            }
        });
        return records;
    }

    /** Whether events of this type name go to the outbox (and so to webhooks). */
    public static boolean isOutbound(String type) {
        Class<? extends Payload> record = BY_TYPE.get(type);
        return record != null && CATALOGUE.get(record).route().outbox();
    }

    /** The stored payload as its record; empty for a type the catalogue does not know. */
    public static Optional<Payload> read(String type, String json) {
        Class<? extends Payload> record = BY_TYPE.get(type);
        if (record == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(READER.readValue(json, record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored payload read as the given record type, if the event is of that type. */
    public static <T extends Payload> Optional<T> read(String type, String json, Class<T> record) {
        return record.equals(BY_TYPE.get(type)) ? read(type, json).map(record::cast) : Optional.empty();
    }
}
