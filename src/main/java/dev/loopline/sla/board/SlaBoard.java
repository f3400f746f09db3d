package dev.loopline.sla.board;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Reads;
import dev.loopline.escalation.EscalationReason;
import dev.loopline.hotspot.HotspotView;
import dev.loopline.hotspot.Hotspots;
import dev.loopline.ticket.SlaConditions;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Reads the board: counts and the default period from the snapshot, each list from its partial index. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlaBoard {

    private static final String AT_RISK = SlaConditions.AT_RISK.sql("s");
    private static final String BREACHED = SlaConditions.OPEN_BREACHED.sql("s");
    // the condition of ticket_sla_board_broken_promises (V18)
    static final String BROKEN_PROMISES = "s.closed_at is null and s.promise_broken_at is not null";
    // open escalations: the condition of escalation_board_awaiting_ack (V20)
    static final String AWAITING_ACKNOWLEDGEMENT = """
            select e.id, e.ticket_id, t.number, e.level, e.target_role, e.ack_due_at,
                   e.reason, e.reason_code, e.reason_detail, e.reason_at
            from escalation e join ticket t on t.id = e.ticket_id
            where e.acknowledged_at is null and e.climbed_at is null and e.closed_at is null""";

    /** Where each list of the board starts: the cursor a previous page handed out, null for the first page. */
    public record Cursors(String atRisk, String breached, String awaitingAcknowledgement, String brokenPromises,
            String hotspots) {
    }

    @Inject
    Reads reads;

    @Inject
    BoardSnapshot snapshot;

    @Inject
    Hotspots hotspots;

    @Inject
    PeriodFigures figures;

    @Inject
    LooplineConfig config;

    @Inject
    Clock clock;

    /**
     * The board; without `from` and `to` the period is the default one, taken in the background. Reasons are in
     * English when `english`, else in Chinese.
     */
    public BoardView board(Instant from, Instant to, Cursors cursors, int limit, boolean english) {
        BoardSnapshot.Snapshot latest = snapshot.current();
        long total = latest.bySeverityAndState().values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue).sum();
        // the lists and an explicit period are read live, from the replica when it may serve the board
        return reads.read(em -> new BoardView(new BoardView.Open(latest.asOf(), total, latest.bySeverityAndState()),
                dueList(em, AT_RISK, "next_due_at", SlaBoard::nextDue, cursors.atRisk(), limit),
                dueList(em, BREACHED, "next_due_at", SlaBoard::nextDue, cursors.breached(), limit),
                awaitingAcknowledgement(em, cursors.awaitingAcknowledgement(), limit, english),
                dueList(em, BROKEN_PROMISES, "promised_by", t -> t.promisedBy, cursors.brokenPromises(), limit),
                hotspots.takingTickets(em, cursors.hotspots(), limit).map(HotspotView::from),
                from == null && to == null ? latest.defaultPeriod() : figures.period(em, from, to)));
    }

    /** Tickets matching `condition`, ordered by the ticket_sla column `order` (its partial index's key), then id. */
    private CursorPage<BoardView.DueTicket> dueList(EntityManager em, String condition, String order,
            Function<Ticket, Instant> dueOf, String cursor, int limit) {
        String sql = "select t.*, s.* from ticket_sla s join ticket t on t.id = s.ticket_id where " + condition;
        @SuppressWarnings("unchecked")
        List<Ticket> rows = keyset(em, sql, "s." + order, "s.ticket_id", cursor, limit, Ticket.class).getResultList();
        return Keyset.page(rows, limit, t -> new Cursor(dueOf.apply(t), t.id))
                .map(t -> new BoardView.DueTicket(dueOf.apply(t), TicketSummary.from(t)));
    }

    private CursorPage<BoardView.AwaitingAcknowledgement> awaitingAcknowledgement(EntityManager em, String cursor,
            int limit, boolean english) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = keyset(em, AWAITING_ACKNOWLEDGEMENT, "e.ack_due_at", "e.id", cursor, limit, null)
                .getResultList();
        return Keyset.page(rows.stream().map(r -> {
            Instant due = (Instant) r[5];
            EscalationReason.Code code = r[7] == null ? null : EscalationReason.Code.valueOf((String) r[7]);
            return new BoardView.AwaitingAcknowledgement((UUID) r[0], (UUID) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), code, EscalationReason.text((String) r[6], code, (String) r[8],
                            (Instant) r[9], english, config.zone()), (String) r[4], due, !due.isAfter(now));
        }).toList(), limit, e -> new Cursor(e.ackDueAt(), e.escalationId()));
    }

    /** The page after `cursor` of a query ordered by (`at`, `id`), fetched one row past the limit. */
    private static Query keyset(EntityManager em, String sql, String at, String id, String cursor, int limit,
            Class<?> entity) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        String paged = sql + (after == null ? "" : " and (%s, %s) > (?1, ?2)".formatted(at, id))
                + " order by %s, %s limit %d".formatted(at, id, limit + 1);
        Query query = entity == null ? em.createNativeQuery(paged) : em.createNativeQuery(paged, entity);
        if (after != null) {
            query.setParameter(1, after.at()).setParameter(2, after.id());
        }
        return query;
    }

    /** The same expression as the generated column next_due_at. */
    static Instant nextDue(Ticket t) {
        if (t.firstResponseAt == null) {
            return t.responseDueAt.isBefore(t.resolutionDueAt) ? t.responseDueAt : t.resolutionDueAt;
        }
        return t.resolutionDueAt;
    }
}
