package dev.loopline.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.category.Category;
import dev.loopline.common.Json;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.timeline.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the written handling report of a closed ticket from the ticket and the latest record of each step. */
@ApplicationScoped
public class ReportService {

    public static final String REPORT_NEEDS_CLOSED_TICKET = "REPORT_NEEDS_CLOSED_TICKET";

    @Transactional(Transactional.TxType.SUPPORTS)
    public HandlingReport build(UUID id, String requestedLanguage) {
        Ticket t = Ticket.<Ticket>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Ticket", id));
        if (t.status != TicketStatus.CLOSED) {
            throw ProblemException.refusedBy(REPORT_NEEDS_CLOSED_TICKET, ProblemType.RULE_VIOLATED,
                    "The written report is issued once the ticket is CLOSED; it is " + t.status);
        }
        String language = requestedLanguage != null ? requestedLanguage : t.customerLanguage;
        List<TicketEvent> events = TicketEvent.ofTicket(id);
        Category category = Category.findById(t.category);
        String categoryLabel = category == null ? t.category
                : "en".equals(ReportLabels.forLanguage(language).languageTag()) ? category.labelEn : category.labelZh;
        return new HandlingReport(t.number, language, t.acceptedAt, t.closedAt,
                new HandlingReport.Complaint(t.customerName, t.address, t.utility.name(), t.category, categoryLabel,
                        t.description, t.occurredAt, t.severity.name()),
                latest(events, "ticket.findings_recorded").map(ReportService::findings).orElse(null),
                latest(events, "ticket.agreement_reached").map(ReportService::agreement).orElse(null),
                compensation(events),
                latest(events, "ticket.closed").map(e -> new HandlingReport.FollowUp(
                        payload(e).path("satisfaction").asInt(), text(payload(e), "comment"), e.occurredAt))
                        .orElse(null));
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
