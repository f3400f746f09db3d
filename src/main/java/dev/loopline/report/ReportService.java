package dev.loopline.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.category.CategoryService;
import dev.loopline.common.Json;
import dev.loopline.common.LooplineConfig;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketQueries;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.timeline.TicketEvent;
import dev.loopline.workorder.WorkOrder;
import dev.loopline.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    CategoryService categories;

    @Inject
    LooplineConfig config;

    @Inject
    Clock clock;

    @Inject
    TicketQueries tickets;

    @Transactional(Transactional.TxType.SUPPORTS)
    public HandlingReport build(UUID id, String requestedLanguage) {
        Ticket t = tickets.find(id);
        if (t.status != TicketStatus.CLOSED) {
            throw ProblemException.refusedBy(REPORT_NEEDS_CLOSED_TICKET, ProblemType.RULE_VIOLATED,
                    "The written report is issued once the ticket is CLOSED; it is " + t.status);
        }
        String language = requestedLanguage != null ? requestedLanguage : t.customerLanguage;
        boolean english = "en".equals(ReportLabels.forLanguage(language).languageTag());
        List<TicketEvent> events = TicketEvent.ofChain(t);
        // no label, no category: the customer's copy never shows the internal code
        String categoryLabel = categories.label(t.category, english);
        LocalDate issuedOn = LocalDate.ofInstant(clock.instant(), config.zone());
        return new HandlingReport(t.number, language, organisation(english), issuedOn, t.acceptedAt, t.closedAt,
                new HandlingReport.Complaint(t.customerName, t.address, t.utility.name(), t.category, categoryLabel,
                        t.description, t.occurredAt, t.severity.name()),
                latest(events, TicketEvents.FindingsRecorded.class).map(ReportService::findings).orElse(null),
                measurements(id),
                latest(events, TicketEvents.AgreementReached.class).map(ReportService::agreement).orElse(null),
                compensation(events),
                latest(events, TicketEvents.Closed.class).map(e -> new HandlingReport.FollowUp(
                        e.payload().satisfaction(), e.payload().comment(), e.at())).orElse(null));
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

    /** A stored event read as its catalogue record, with who recorded it and when. */
    private record Read<T extends TicketEvents.Payload>(T payload, String actor, Instant at) {
    }

    private static HandlingReport.Findings findings(Read<TicketEvents.FindingsRecorded> e) {
        List<HandlingReport.Department> departments = e.payload().responsibleDepartments().stream()
                .map(d -> new HandlingReport.Department(d.name(), d.role().name())).toList();
        return new HandlingReport.Findings(e.payload().findings(), e.payload().rootCause().name(), departments,
                e.actor(), e.at());
    }

    private static HandlingReport.Agreement agreement(Read<TicketEvents.AgreementReached> e) {
        TicketEvents.AgreementReached p = e.payload();
        return new HandlingReport.Agreement(p.options(), p.agreedOption(), p.singleOptionReason(), p.promisedBy(),
                e.at());
    }

    /**
     * The compensation the customer got: recorded within authority, or requested and then approved (the request
     * holds what was asked and why); with the breach-linked proposal it answered, if there was one.
     */
    private static HandlingReport.Compensation compensation(List<TicketEvent> events) {
        Optional<Read<TicketEvents.CompensationRecorded>> recorded = latest(events,
                TicketEvents.CompensationRecorded.class);
        Optional<Read<TicketEvents.CompensationApproved>> approved = latest(events,
                TicketEvents.CompensationApproved.class);
        boolean viaApproval = approved.isPresent()
                && (recorded.isEmpty() || approved.get().at().isAfter(recorded.get().at()));
        if (viaApproval) {
            TicketEvents.CompensationRequested request = latest(events, TicketEvents.CompensationRequested.class)
                    .orElseThrow().payload();
            return new HandlingReport.Compensation(request.type().name(), request.amount(), request.currency(),
                    request.reason(), approved.get().actor(), approved.get().at(), request.proposal(),
                    request.proposalDecision());
        }
        return recorded.map(e -> new HandlingReport.Compensation(e.payload().type().name(), e.payload().amount(),
                e.payload().currency(), e.payload().reason(), null, e.at(), e.payload().proposal(),
                e.payload().proposalDecision())).orElse(null);
    }

    private static <T extends TicketEvents.Payload> Optional<Read<T>> latest(List<TicketEvent> events,
            Class<T> record) {
        for (int i = events.size() - 1; i >= 0; i--) {
            TicketEvent e = events.get(i);
            Optional<T> payload = TicketEvents.read(e.type, e.payload, record);
            if (payload.isPresent()) {
                return Optional.of(new Read<>(payload.get(), e.actor, e.occurredAt));
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
