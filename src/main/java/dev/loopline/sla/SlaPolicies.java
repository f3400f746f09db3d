package dev.loopline.sla;

import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.Durations;
import dev.loopline.common.ProblemException;
import dev.loopline.common.Refreshing;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Severity;
import dev.loopline.ticket.SlaClock;
import dev.loopline.ticket.SlaTerms;
import java.util.concurrent.ConcurrentHashMap;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The current SLA policies and calendars, and the due times they give a ticket. */
@ApplicationScoped
public class SlaPolicies {

    @Inject
    Clock clock;

    @Inject
    ConfigurationCache cache;

    /** The current version of each severity's policy, and each calendar's working time (kept briefly in memory). */
    private Refreshing<Map<Severity, SlaPolicy>> currentPolicies;
    private Refreshing<Map<String, SlaClock>> calendarClocks;
    /** Policy versions by id: immutable once written, so kept without expiry (a handful per year). */
    private final Map<Long, SlaPolicy> versions = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        currentPolicies = cache.copyOf(() -> Stream.of(Severity.values())
                .collect(Collectors.toUnmodifiableMap(severity -> severity, SlaPolicy::current)));
        calendarClocks = cache.copyOf(() -> SlaCalendar.<SlaCalendar>listAll()
                .stream().collect(Collectors.toUnmodifiableMap(c -> c.name,
                        c -> CalendarDefinition.of(c).calendar(c.name))));
    }

    /** The terms of the current policy of a severity: what a ticket accepted now (or changed to it) is held to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaTerms current(Severity severity) {
        SlaPolicy policy = currentPolicies.get().get(severity);
        return policy.terms(workingTime(policy.clock));
    }

    /** The terms of the policy version a ticket keeps (versions never change once written). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaTerms of(long policyId) {
        SlaPolicy policy = versions.computeIfAbsent(policyId, id -> {
            SlaPolicy found = SlaPolicy.findById(id);
            if (found == null) {
                throw new IllegalStateException("no SLA policy version " + id);
            }
            return found;
        });
        return policy.terms(workingTime(policy.clock));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaClock workingTime(String clockName) {
        if (SlaClock.TWENTY_FOUR_SEVEN_NAME.equals(clockName)) {
            return SlaClock.TWENTY_FOUR_SEVEN;
        }
        SlaClock calendar = calendarClocks.get().get(clockName);
        if (calendar == null) {
            throw new IllegalStateException("SLA clock " + clockName + " names no calendar");
        }
        return calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaPolicy> current() {
        return Stream.of(Severity.values()).map(SlaPolicy::current).toList();
    }

    /** A new version of a severity's policy; tickets accepted from now on are held to it. */
    @Transactional
    public SlaPolicy change(Severity severity, PolicyRequest request, Actor actor) {
        if (!SlaClock.TWENTY_FOUR_SEVEN_NAME.equals(request.clock()) && SlaCalendar.findById(request.clock()) == null) {
            throw ProblemException.invalid("clock", "must be 24x7 or the name of a calendar (see /api/v1/sla/calendars)");
        }
        SlaPolicy policy = new SlaPolicy();
        policy.severity = severity;
        policy.firstResponseSeconds = Durations.targetSeconds("firstResponse", request.firstResponse());
        policy.onSiteArrivalSeconds = Durations.targetSeconds("onSiteArrival", request.onSiteArrival());
        policy.resolutionSeconds = Durations.targetSeconds("resolution", request.resolution());
        policy.clock = request.clock();
        policy.atRiskPercent = request.atRiskPercent() == null ? 80 : request.atRiskPercent();
        policy.firstResponseChannels = request.firstResponseChannels() == null
                ? SlaPolicy.current(severity).firstResponseChannels
                : request.firstResponseChannels().stream().map(Enum::name).sorted().toList();
        policy.overrunPercent = request.overrunPercent() == null
                ? SlaPolicy.DEFAULT_OVERRUN_PERCENT : request.overrunPercent();
        policy.currency = currency(request.currency());
        policy.breachCompensation = request.breachCompensation() == null
                ? List.of() : List.copyOf(request.breachCompensation());
        BreachCompensation.requireOnePerMilestone(policy.breachCompensation);
        policy.createdAt = Instant.now(clock);
        policy.createdBy = actor.id();
        policy.persist();
        cache.changed("SLA policy " + severity);
        return policy;
    }

    private static String currency(String code) {
        if (code == null) {
            return SlaPolicy.DEFAULT_CURRENCY;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", "must be an ISO 4217 code such as CNY");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaCalendar> calendars() {
        return SlaCalendar.listAll(Sort.by("name"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaCalendar calendar(String name) {
        SlaCalendar calendar = SlaCalendar.<SlaCalendar>findByIdOptional(name)
                .orElseThrow(() -> ProblemException.notFound("Calendar", name));
        return calendar;
    }

    @Transactional
    public SlaCalendar putCalendar(String name, CalendarDefinition definition) {
        definition.calendar(name);
        SlaCalendar calendar = SlaCalendar.findById(name);
        boolean added = calendar == null;
        if (added) {
            calendar = new SlaCalendar();
            calendar.name = name;
        }
        calendar.zone = definition.zone();
        calendar.definition = definition.storedDefinition();
        calendar.updatedAt = Instant.now(clock);
        if (added) {
            calendar.persist();
        }
        cache.changed("calendar " + name);
        return calendar;
    }
}
