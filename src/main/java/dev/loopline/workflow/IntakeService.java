package dev.loopline.workflow;

import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.ticket.TicketView;
import dev.loopline.ticket.TicketQueries;
import dev.loopline.ticket.TicketNumbers;
import dev.loopline.ticket.CustomerPhones;
import dev.loopline.ticket.RepeatComplaints;
import dev.loopline.ticket.Channel;
import dev.loopline.ticket.ComplaintClass;

import dev.loopline.authority.AuthorityService;
import dev.loopline.category.CategoryService;
import dev.loopline.common.IdempotencyKeys;
import dev.loopline.escalation.EscalationReason;
import dev.loopline.escalation.Escalations;
import dev.loopline.escalation.Trigger;
import dev.loopline.hotspot.HotspotDetection;
import dev.loopline.common.Json;
import dev.loopline.common.LooplineConfig;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.severity.SeverityCriteria;
import dev.loopline.ticket.SeverityOverride;
import dev.loopline.severity.SeverityRules;
import dev.loopline.sla.SlaPolicies;
import dev.loopline.timeline.TicketEvent;
import dev.loopline.timeline.Timeline;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketLog;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Step 1, accept (受理): turns an intake into a ticket with its severity, SLA due times, repeat and hotspot links. */
@ApplicationScoped
public class IntakeService {

    /** The ticket intake produced (as the API shows it), and whether an earlier request's ticket is answered again. */
    public record Intake(TicketView ticket, boolean replayed) {
    }

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    @Inject
    LooplineConfig config;

    @Inject
    TicketNumbers numbers;

    @Inject
    TicketQueries queries;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    MeterRegistry meters;

    @Inject
    SlaPolicies policies;

    @Inject
    Escalations escalations;

    @Inject
    CategoryService categories;

    @Inject
    SeverityRules severityRules;

    @Inject
    AuthorityService authority;

    @Inject
    CustomerPhones phones;

    @Inject
    HotspotDetection hotspots;

    @Transactional
    public Intake accept(Actor actor, String idempotencyKey, CreateTicketRequest request) {
        Instant now = Instant.now(clock);
        UUID ticketId = UUID.randomUUID();
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.Earlier> earlier = idempotencyKeys.claim(actor.id(), idempotencyKey,
                    Json.sha256(Json.canonical(request)), ticketId, now);
            if (earlier.isPresent()) {
                return new Intake(queries.viewOf(replay(earlier.get(), request)), true);
            }
        }
        Created created = create(actor, request, ticketId, now);
        // the answer shows the version that is stored: write everything (escalations raised at intake change the
        // ticket again) before reading it off the entity
        Ticket.flush();
        // a new ticket's steps are read off its accepted event alone: what else intake appended (escalations
        // raised) does not move it, so the timeline is not read back; its repeats are those intake found
        return new Intake(queries.viewOf(created.ticket(), List.of(created.accepted()), created.repeats()), false);
    }

    private Ticket replay(IdempotencyKeys.Earlier earlier, CreateTicketRequest request) {
        if (!earlier.requestHash().equals(Json.sha256(Json.canonical(request)))) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different intake; use a new key for a new ticket");
        }
        return Ticket.findById(earlier.resultId());
    }

    private record Created(Ticket ticket, TicketEvent accepted, List<TicketView.RepeatView> repeats) {
    }

    private Created create(Actor actor, CreateTicketRequest request, UUID ticketId, Instant now) {
        CreateTicketRequest.Customer customer = request.customer();
        String phone = phones.ofIntake(customer.phone());
        String account = blankToNull(customer.accountNo());
        checkIntake(request, phone, account, now);

        RepeatComplaints repeatRule = new RepeatComplaints(config.repeat().window(), config.repeat().escalateAt());
        List<TicketView.RepeatView> earlier =
                queries.ofCustomerSince(request.utility(), phone, account, request.category(), repeatRule.windowStart(now));
        RepeatComplaints.Finding repeats = repeatRule.assess(earlier.stream()
                .map(e -> new RepeatComplaints.Earlier(e.id(), e.number(), request.category(), e.acceptedAt()))
                .toList(), request.category(), now);

        TreeSet<String> vulnerabilities = new TreeSet<>();
        if (customer.vulnerabilities() != null) {
            customer.vulnerabilities().forEach(v -> vulnerabilities.add(v.name()));
        }
        SeverityCriteria.Suggestion suggestion = SeverityCriteria.suggest(severityRules.enabledInOrder(),
                new SeverityCriteria.Intake(request.category(), request.channel().name(), vulnerabilities,
                        repeats.isRepeat()));
        SeverityOverride.Decision severity = SeverityOverride.decide(suggestion.severity(), request.severity(),
                request.severityReason(), authority.matrix().of(actor.roles()).mayDowngradeSeverity());

        Ticket t = new Ticket();
        t.id = ticketId;
        t.number = numbers.next(request.utility(), now, config.zone());
        t.utility = request.utility();
        t.channel = request.channel();
        t.category = request.category();
        t.customerName = customer.name().strip();
        t.customerPhone = phone;
        t.customerAccount = account;
        t.customerVulnerabilities = List.copyOf(vulnerabilities);
        t.customerLanguage = customer.language() == null ? "zh" : customer.language();
        t.address = request.address().strip();
        t.areaCode = blankToNull(request.areaCode());
        t.description = request.description().strip();
        t.occurredAt = request.occurredAt();
        t.acceptedAt = now;
        t.acceptedBy = actor.id();
        t.status = TicketStatus.ACCEPTED;
        t.suggestedSeverity = suggestion.severity();
        t.severityRules = suggestion.rulesFired();
        t.severity = severity.severity();
        t.severityReason = severity.reason();
        t.complaintClass = repeats.escalate() ? ComplaintClass.ESCALATED
                : request.complaintClass() == null ? ComplaintClass.ORDINARY : request.complaintClass();
        t.publicOpinionRisk = Boolean.TRUE.equals(request.publicOpinionRisk());
        t.owner = actor.id();
        t.resolutionStartedAt = now;
        t.schedule(policies.current(t.severity));
        t.timelineHead = Timeline.GENESIS;
        repeats.repeats().forEach(r -> t.repeatOf.add(r.id()));
        t.record(accepted(t, severity, repeats), actor, now);
        TicketLog.Rows rows = TicketLog.chain(t);
        t.persist();
        TicketEvent accepted = rows.persist().get(0);
        escalateAtIntake(t, repeats, now);
        hotspots.place(t, now);
        TicketLog.write(t);
        meters.counter("loopline.tickets.accepted", "utility", t.utility.name(), "severity", t.severity.name())
                .increment();
        List<TicketView.RepeatView> linked = earlier.stream().filter(e -> t.repeatOf.contains(e.id())).toList();
        return new Created(t, accepted, linked);
    }

    /** DESIGN §5: a third repeat goes to a supervisor; media, a regulator or public-opinion risk to a manager. */
    private void escalateAtIntake(Ticket t, RepeatComplaints.Finding repeats, Instant now) {
        if (repeats.escalate()) {
            escalations.raise(t, Trigger.REPEAT_COMPLAINT.level, Trigger.REPEAT_COMPLAINT,
                    EscalationReason.of(EscalationReason.Code.REPEAT_COMPLAINT,
                            Integer.toString(repeats.repeats().size() + 1)), Actor.SYSTEM, now, null);
        }
        if (t.channel == Channel.MEDIA || t.channel == Channel.REGULATOR) {
            escalations.raise(t, Trigger.EXTERNAL_CHANNEL.level, Trigger.EXTERNAL_CHANNEL,
                    EscalationReason.of(EscalationReason.Code.EXTERNAL_CHANNEL, t.channel.name()), Actor.SYSTEM, now,
                    null);
        } else if (t.publicOpinionRisk) {
            escalations.raise(t, Trigger.PUBLIC_OPINION_RISK.level, Trigger.PUBLIC_OPINION_RISK,
                    EscalationReason.of(EscalationReason.Code.PUBLIC_OPINION_RISK, t.acceptedBy), Actor.SYSTEM, now,
                    null);
        }
    }

    private void checkIntake(CreateTicketRequest request, String phone, String account, Instant now) {
        if (phone == null && account == null) {
            throw ProblemException.invalid("customer", "give the customer's phone or account number");
        }
        if (!categories.takenAtIntake(request.category(), request.utility())) {
            throw ProblemException.invalid("category",
                    "is not an active category of " + request.utility() + " (see /api/v1/admin/categories)");
        }
        if (request.occurredAt() != null && request.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("occurredAt", "must not be in the future");
        }
    }

    private static TicketEvents.Accepted accepted(Ticket t, SeverityOverride.Decision severity,
            RepeatComplaints.Finding repeats) {
        return new TicketEvents.Accepted(t.number, t.utility, t.channel, t.category, t.severity, t.suggestedSeverity,
                t.severityRules, severity.overridden()
                        ? new TicketEvents.SeverityChosen(t.suggestedSeverity, t.severity, severity.reason()) : null,
                t.complaintClass, repeats.repeats().stream().map(RepeatComplaints.Earlier::number).toList(), t.owner,
                t.responseDueAt, t.resolutionDueAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
