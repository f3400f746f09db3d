package dev.loopline.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.category.Category;
import dev.loopline.common.Json;
import dev.loopline.common.LooplineConfig;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.timeline.TicketEvent;
import dev.loopline.workorder.WorkOrder;
import dev.loopline.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the written handling report of a closed ticket from the ticket, the latest record of each step, the
 * measurements of its completed work orders and the organisation that issues it.
 */
@ApplicationScoped
public class ReportService {

    public static final String REPORT_NEEDS_CLOSED_TICKET = "REPORT_NEEDS_CLOSED_TICKET";

    @Inject
    LooplineConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public HandlingReport build(UUID id, String requestedLanguage) {
        Ticket t = Ticket.<Ticket>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Ticket", id));
        if (t.status != TicketStatus.CLOSED) {
            throw ProblemException.refusedBy(REPORT_NEEDS_CLOSED_TICKET, ProblemType.RULE_VIOLATED,
                    "The written report is issued once the ticket is CLOSED; it is " + t.status);
        }
        String language = requestedLanguage != null ? requestedLanguage : t.customerLanguage;
        boolean english = "en".equals(ReportLabels.forLanguage(language).languageTag());
        List<TicketEvent> events = TicketEvent.ofTicket(id);
        Category category = Category.findById(t.category);
        // no label, no category: the customer's copy never shows the internal code
        String categoryLabel = category == null ? null : english ? category.labelEn : category.labelZh;
        LocalDate issuedOn = LocalDate.ofInstant(clock.instant(), config.zone());
        return new HandlingReport(t.number, language, organisation(english), issuedOn, t.acceptedAt, t.closedAt,
                new HandlingReport.Complaint(t.customerName, t.address, t.utility.name(), t.category, categoryLabel,
                        t.description, t.occurredAt, t.severity.name()),
                latest(events, "ticket.findings_recorded").map(ReportService::findings).orElse(null),
                measurements(id),
                latest(events, "ticket.agreement_reached").map(ReportService::agreement).orElse(null),
                compensation(events),
                latest(events, "ticket.closed").map(e -> new HandlingReport.FollowUp(
                        payload(e).path("satisfaction").asInt(), text(payload(e), "comment"), e.occurredAt))
                        .orElse(null));
    }

    private HandlingReport.Organisation organisation(boolean english) {
        LooplineConfig.Organisation organisation = config.organisation();
        return english ? new HandlingReport.Organisation(organisation.nameEn(), organisation.hotline(),
                organisation.addressEn())
                : new HandlingReport.Organisation(organisation.nameZh(), organisation.hotline(), organisation.addressZh());
    }

    /** The stewards' readings from the ticket's completed work orders, in the order they were taken. */
    private static List<HandlingReport.Measurement> measurements(UUID ticketId) {
        List<WorkOrder> completed = WorkOrder.list("ticketId = ?1 and status = ?2 order by completedAt, id", ticketId,
                WorkOrderStatus.COMPLETED);
        List<HandlingReport.Measurement> measurements = new ArrayList<>();
        for (WorkOrder workOrder : completed) {
            if (workOrder.measurements != null) {
                Json.tree(workOrder.measurements).forEach(m -> measurements.add(new HandlingReport.Measurement(
                        text(m, "name"), m.path("value").decimalValue(), text(m, "unit"))));
            }
        }
        return measurements;
    }

    private static HandlingReport.Findings findings(TicketEvent e) {
        JsonNode p = payload(e);
        List<HandlingReport.Department> departments = new ArrayList<>();
        p.path("responsibleDepartments").forEach(d -> departments.add(
                new HandlingReport.Department(d.path("name").asText(), d.path("role").asText())));
        return new HandlingReport.Findings(text(p, "findings"), text(p, "rootCause"), departments, e.actor,
                e.occurredAt);
    }

    private static HandlingReport.Agreement agreement(TicketEvent e) {
        JsonNode p = payload(e);
        List<String> options = new ArrayList<>();
        p.path("options").forEach(o -> options.add(o.asText()));
        return new HandlingReport.Agreement(options, p.path("agreedOption").asInt(), text(p, "singleOptionReason"),
                instant(p, "promisedBy"), e.occurredAt);
    }

    /** The compensation the customer got: recorded within authority, or requested and then approved. */
    private static HandlingReport.Compensation compensation(List<TicketEvent> events) {
        Optional<TicketEvent> given = latestOf(events, "ticket.compensation_recorded", "ticket.compensation_approved");
        if (given.isEmpty()) {
            return null;
        }
        TicketEvent e = given.get();
        JsonNode p = payload(e);
        boolean approved = e.type.equals("ticket.compensation_approved");
        JsonNode request = approved ? latest(events, "ticket.compensation_requested").map(ReportService::payload)
                .orElse(p) : p;
        BigDecimal amount = request.path("amount").isNumber() ? request.path("amount").decimalValue() : null;
        return new HandlingReport.Compensation(text(request, "type"), amount, amount == null ? null : "CNY",
                text(request, "reason"), approved ? e.actor : null, e.occurredAt);
    }

    private static Optional<TicketEvent> latest(List<TicketEvent> events, String type) {
        return latestOf(events, type);
    }

    private static Optional<TicketEvent> latestOf(List<TicketEvent> events, String... types) {
        List<String> wanted = List.of(types);
        for (int i = events.size() - 1; i >= 0; i--) {
            if (wanted.contains(events.get(i).type)) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    private static JsonNode payload(TicketEvent e) {
        return Json.tree(e.payload);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value);
    }
}
