package dev.loopline.console;

import dev.loopline.category.CategoryService;
import dev.loopline.common.CursorPage;
import dev.loopline.common.LooplineConfig;
import dev.loopline.escalation.EscalationLadder;
import dev.loopline.escalation.Escalations;
import dev.loopline.hotspot.Hotspot;
import dev.loopline.hotspot.HotspotView;
import dev.loopline.hotspot.Hotspots;
import dev.loopline.monthly.MonthlyReport;
import dev.loopline.monthly.MonthlyReports;
import dev.loopline.monthly.ReportMonth;
import dev.loopline.report.ReportLabels;
import dev.loopline.security.Actor;
import dev.loopline.security.Roles;
import dev.loopline.sla.board.BoardView;
import dev.loopline.sla.board.SlaBoard;
import dev.loopline.ticket.Severity;
import dev.loopline.ticket.StepPeriods;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketQueries;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.ticket.TicketView;
import dev.loopline.timeline.EventView;
import dev.loopline.workflow.StepService;
import dev.loopline.workorder.WorkOrder;
import dev.loopline.workorder.WorkOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the console's pages from what the features already answer: the SLA board, escalations, the ticket. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsolePages {

    static final int LIST_LIMIT = 20;
    /** A hotspot's page lists its oldest tickets; the count says how many it has. */
    static final int HOTSPOT_TICKETS = 200;
    private static final SlaBoard.Cursors FIRST_PAGES = new SlaBoard.Cursors(null, null, null, null, null);
    private static final List<TicketStatus> OPEN_STATES =
            Arrays.stream(TicketStatus.values()).filter(s -> s != TicketStatus.CLOSED).toList();

    @Inject
    SlaBoard board;

    @Inject
    Escalations escalations;

    @Inject
    TicketQueries tickets;

    @Inject
    WorkOrderService workOrders;

    @Inject
    StepService loop;

    @Inject
    Hotspots hotspots;

    @Inject
    CategoryService categories;

    @Inject
    MonthlyReports monthly;

    @Inject
    LooplineConfig config;

    @Inject
    Clock clock;

    public BoardPage board(Actor reader, boolean english) {
        BoardView view = board.board(null, null, FIRST_PAGES, LIST_LIMIT, english);
        Instant now = Instant.now(clock);
        ZoneId zone = config.zone();
        List<BoardPage.OpenRow> open = Arrays.stream(Severity.values()).map(severity -> {
            Map<String, Long> byState = view.open().bySeverityAndState().getOrDefault(severity.name(), Map.of());
            List<Long> counts = OPEN_STATES.stream().map(s -> byState.getOrDefault(s.name(), 0L)).toList();
            return new BoardPage.OpenRow(severity, counts, counts.stream().mapToLong(Long::longValue).sum());
        }).toList();
        List<BoardPage.EscalationRow> awaiting = view.awaitingAcknowledgement().items().stream()
                .map(e -> new BoardPage.EscalationRow(e.escalationId(), e.ticketId(), e.number(), e.level(),
                        e.reason(), e.targetRole(), ConsoleFormat.time(e.ackDueAt(), zone), e.overdue(),
                        EscalationLadder.mayAcknowledge(e.level(), reader.roles()))).toList();
        return new BoardPage(ConsoleFormat.time(view.open().asOf(), zone), view.open().total(), OPEN_STATES, open,
                dueRows(view.atRisk().items(), now, english), more(view.atRisk()),
                dueRows(view.breached().items(), now, english), more(view.breached()),
                awaiting, more(view.awaitingAcknowledgement()),
                awaiting.stream().anyMatch(BoardPage.EscalationRow::mayAcknowledge),
                dueRows(view.brokenPromises().items(), now, english), more(view.brokenPromises()),
                view.hotspots().items().stream().map(h -> hotspotRow(h, english)).toList(), more(view.hotspots()),
                period(view.period(), english));
    }

    private static boolean more(CursorPage<?> page) {
        return page.nextCursor() != null;
    }

    public TicketPage ticket(UUID id, Actor reader, boolean english) {
        TicketView t = tickets.get(id);
        ZoneId zone = config.zone();
        long longest = t.steps().stream().mapToLong(StepPeriods.Period::seconds).max().orElse(0);
        List<TicketPage.StepBar> steps = t.steps().stream().map(p -> new TicketPage.StepBar(
                TicketStatus.valueOf(p.status()), p.heldBy(), ConsoleFormat.duration(Duration.ofSeconds(p.seconds()),
                english), longest == 0 ? 0 : (int) (Math.round(p.seconds() * 20.0 / longest) * 5),
                ConsoleFormat.time(p.enteredAt(), zone), ConsoleFormat.time(p.leftAt(), zone))).toList();
        List<TicketPage.Entry> timeline = tickets.timeline(id, null, 200).items().stream()
                .map(e -> entry(e, zone, english)).toList();
        List<TicketPage.Entry> orders = workOrders.list(reader, null, id, null, null, 50).items().stream()
                .map(w -> workOrder(w, zone, english)).toList();
        List<TicketPage.Entry> raised = escalations.list(null, null, id, null, 50).items().stream()
                .map(e -> new TicketPage.Entry(ConsoleFormat.time(e.raisedAt, zone),
                        "L" + e.level + " · " + e.reasonIn(english, zone), e.acknowledgedBy == null ? ""
                        : e.acknowledgedBy + " " + ConsoleFormat.time(e.acknowledgedAt, zone), null)).toList();
        return new TicketPage(t, categories.labelOrCode(t.category(), english),
                ConsoleFormat.time(t.occurredAt(), zone), ConsoleFormat.time(t.acceptedAt(), zone),
                clock(t.sla().firstResponse(), zone), clock(t.sla().resolution(), zone), hotspotNote(t, zone),
                approval(t, reader, english),
                steps, timeline, orders, raised);
    }

    private TicketPage.HotspotNote hotspotNote(TicketView t, ZoneId zone) {
        if (t.hotspotId() == null) {
            return null;
        }
        Hotspot h = hotspots.get(t.hotspotId());
        return new TicketPage.HotspotNote(h.id, h.areaCode, h.lastNoticeText, ConsoleFormat.time(h.lastNoticeAt, zone),
                ConsoleFormat.time(h.expectedRestoreAt, zone));
    }

    private TicketPage.Approval approval(TicketView t, Actor reader, boolean english) {
        TicketView.Outcomes o = t.outcomes();
        if (t.status() != TicketStatus.PENDING_APPROVAL || o.compensationAmount() == null) {
            return null;
        }
        ReportLabels labels = ReportLabels.forLanguage(english ? "en" : "zh");
        return new TicketPage.Approval(labels.compensationType(o.compensationType()),
                labels.amount(o.compensationAmount(), o.compensationCurrency()), o.compensationRequestedBy(),
                loop.mayDecideApproval(t, reader), t.version());
    }

    /** The month's report (the current month when none is named), drawn for the page. */
    public MonthlyReport monthlyReport(String month, boolean english) {
        ZoneId zone = config.zone();
        Instant now = Instant.now(clock);
        ReportMonth chosen = ReportMonth.parse(month != null ? month
                : java.time.YearMonth.from(now.atZone(zone)).toString(), now, zone);
        return monthly.report(chosen, english ? "en" : "zh");
    }

    public MonthlyPage monthly(String month, boolean english) {
        MonthlyReport r = monthlyReport(month, english);
        List<MonthlyPage.TopRow> top = r.top().stream().map(c -> {
            List<MonthlyPage.Segment> causes = new java.util.ArrayList<>();
            int x = 0;
            for (Map.Entry<String, Long> cause : c.rootCauses().entrySet()) {
                int width = c.count() == 0 ? 0 : (int) Math.round(600.0 * cause.getValue() / c.count());
                causes.add(new MonthlyPage.Segment(cause.getKey(), cause.getValue(),
                        ConsoleFormat.percent(c.count() == 0 ? null : (double) cause.getValue() / c.count()), x, width));
                x += width;
            }
            String departments = String.join(", ", c.departments().stream()
                    .map(d -> d.department() + " " + d.tickets()).toList());
            return new MonthlyPage.TopRow(c.rank(), c.label() != null ? c.label() : c.category(), c.count(),
                    change(c.trend()), causes, departments.isEmpty() ? "–" : departments,
                    c.promises().kept() + " / " + c.promises().made());
        }).toList();
        long most = r.top().stream().mapToLong(c -> Math.max(c.count(), c.trend().previous())).max().orElse(0);
        List<MonthlyPage.TrendBar> trend = new java.util.ArrayList<>();
        for (int i = 0; i < r.top().size(); i++) {
            MonthlyReport.TopCategory c = r.top().get(i);
            trend.add(new MonthlyPage.TrendBar(top.get(i).label(), c.trend().previous(), c.count(), i * 70,
                    width(c.trend().previous(), most), width(c.count(), most)));
        }
        MonthlyReport.Figures t = r.totals();
        return new MonthlyPage(r.month(), ConsoleFormat.time(r.asOf(), config.zone()), r.previousMonth(), t.tickets(),
                t.closed(),
                ConsoleFormat.percent(t.repeatRate()), ConsoleFormat.seconds(t.medianSecondsToClose(), english),
                ConsoleFormat.percent(t.satisfaction().satisfiedRate()), r.trend().previous(), change(r.trend()), top,
                trend, Math.max(70, trend.size() * 70));
    }

    private static int width(long value, long most) {
        return most == 0 ? 0 : (int) Math.round(480.0 * value / most);
    }

    private static String change(MonthlyReport.Trend trend) {
        String sign = trend.change() > 0 ? "▲ +" : trend.change() < 0 ? "▼ " : "= ";
        return sign + trend.change() + (trend.changePercent() == null ? ""
                : " (" + String.format("%+.1f %%", trend.changePercent()) + ")");
    }

    /** The newest hotspots first, as the API lists them. */
    public List<HotspotPage.Row> hotspots(boolean english) {
        return hotspots.list(null, null, null, null, 50).items().stream()
                .map(h -> hotspotRow(HotspotView.from(h), english)).toList();
    }

    public HotspotPage hotspot(UUID id, boolean english) {
        Hotspot h = hotspots.get(id);
        ZoneId zone = config.zone();
        var first = hotspots.ticketsOf(id, null, HOTSPOT_TICKETS);
        return new HotspotPage(hotspotRow(HotspotView.from(h), english), first.nextCursor() != null, first.items()
                .stream()
                .map(t -> new HotspotPage.TicketLine(t.id, t.number, t.severity, t.status, t.customerName,
                        ConsoleFormat.time(t.acceptedAt, zone))).toList());
    }

    private HotspotPage.Row hotspotRow(HotspotView h, boolean english) {
        ZoneId zone = config.zone();
        return new HotspotPage.Row(h.id(), h.rule(), h.utility(), categories.labelOrCode(h.category(), english),
                h.areaCode(), h.status(),
                h.ticketCount(), ConsoleFormat.time(h.firstAt(), zone), ConsoleFormat.time(h.lastAt(), zone),
                h.acknowledgement() == null ? null : h.acknowledgement().by(),
                h.notices() == null ? 0 : h.notices().count(),
                h.resolution() == null ? null : h.resolution().findings());
    }

    private List<BoardPage.DueRow> dueRows(List<BoardView.DueTicket> due, Instant now, boolean english) {
        ZoneId zone = config.zone();
        return due.stream().map(d -> {
            Duration left = Duration.between(now, d.dueAt());
            var t = d.ticket();
            return new BoardPage.DueRow(t.id(), t.number(), t.severity(), t.status(),
                    categories.labelOrCode(t.category(), english), t.customerName(),
                    t.owner(), ConsoleFormat.time(d.dueAt(), zone), ConsoleFormat.duration(left, english),
                    left.isNegative());
        }).toList();
    }

    private static BoardPage.PeriodFigures period(BoardView.Period p, boolean english) {
        List<BoardPage.ComplianceRow> compliance = Arrays.stream(Severity.values()).map(s -> {
            BoardView.Compliance c = p.compliance().get(s.name());
            return c == null ? new BoardPage.ComplianceRow(s, 0, "–", "–") : new BoardPage.ComplianceRow(s,
                    c.tickets(), ConsoleFormat.percent(c.firstResponse()), ConsoleFormat.percent(c.resolution()));
        }).toList();
        return new BoardPage.PeriodFigures(p.tickets(), compliance,
                ConsoleFormat.seconds(p.timeToFirstResponse().medianSeconds(), english),
                ConsoleFormat.seconds(p.timeToFirstResponse().p90Seconds(), english),
                ConsoleFormat.seconds(p.timeToClose().medianSeconds(), english),
                ConsoleFormat.seconds(p.timeToClose().p90Seconds(), english),
                ConsoleFormat.percent(p.satisfaction().satisfiedRate()), p.satisfaction().responses());
    }

    private static TicketPage.Clock clock(TicketView.Milestone m, ZoneId zone) {
        String state = m.breached() ? "breached" : m.metAt() != null ? "met" : m.atRisk() ? "at_risk" : "on_track";
        return new TicketPage.Clock(ConsoleFormat.time(m.dueAt(), zone), state, "state-" + state.replace('_', '-'),
                ConsoleFormat.time(m.metAt(), zone));
    }

    private static TicketPage.Entry entry(EventView e, ZoneId zone, boolean english) {
        return new TicketPage.Entry(ConsoleFormat.time(e.occurredAt(), zone), TicketEvents.label(e.type(), english),
                e.actor(), e.actorRole());
    }

    private static TicketPage.Entry workOrder(WorkOrder w, ZoneId zone, boolean english) {
        return new TicketPage.Entry(ConsoleFormat.time(w.dispatchedAt, zone),
                ConsoleFormat.workOrderStatus(w.status, english) + " · " + w.instructions, w.steward, Roles.STEWARD);
    }
}
