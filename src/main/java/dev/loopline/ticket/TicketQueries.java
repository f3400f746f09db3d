package dev.loopline.ticket;

import dev.loopline.archive.ArchivedMonths;
import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.common.ProblemException;
import dev.loopline.common.Reads;
import dev.loopline.common.SeqCursor;
import dev.loopline.timeline.ChainVerification;
import dev.loopline.timeline.EventView;
import dev.loopline.timeline.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** Reads of tickets: one ticket, filtered lists with keyset paging, a customer's history, the timeline. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketQueries {

    /**
     * The repeat look-up (ofCustomerSince): ?1 phone, ?2 account, ?3 utility, ?4 category, ?5 since. One probe of
     * ticket_by_phone and one of ticket_by_account, the second leaving out what the first found: written as
     * "phone = ?1 or account = ?2" it needs a BitmapOr of both, which loses to a sequential scan while the table
     * has no statistics, and a connection kept that plan as the table grew (issue 16).
     */
    static final String EARLIER_OF_CUSTOMER = """
            select t.id, t.number, t.accepted_at, t.status from ticket t
            where t.customer_phone = ?1 and t.utility = ?3 and t.category = ?4 and t.accepted_at >= ?5
            union all
            select t.id, t.number, t.accepted_at, t.status from ticket t
            where t.customer_account = ?2 and t.utility = ?3 and t.category = ?4 and t.accepted_at >= ?5
              and (t.customer_phone = ?1) is not true
            order by accepted_at""";

    @Inject
    Clock clock;

    @Inject
    Reads reads;

    @Inject
    ArchivedMonths archivedMonths;

    public TicketView get(UUID id) {
        return viewOf(find(id));
    }

    public TicketView viewOf(Ticket ticket) {
        List<TicketView.RepeatView> repeats = ticket.repeatOf.isEmpty() ? List.of()
                : Ticket.find("id in ?1", ticket.repeatOf).project(TicketView.RepeatView.class).list();
        return viewOf(ticket, TicketEvent.ofChain(ticket), repeats);
    }

    /**
     * The view with the ticket's timeline (oldest first) and the tickets it repeats in hand, e.g. what intake has
     * just written and found.
     */
    public TicketView viewOf(Ticket ticket, List<TicketEvent> timeline, List<TicketView.RepeatView> repeats) {
        return TicketView.from(ticket, repeats, StepPeriods.of(timeline, Instant.now(clock)));
    }

    /**
     * Earlier tickets of the same customer (phone or account), utility and category accepted since the given time:
     * repeats never cross utilities.
     */
    public List<TicketView.RepeatView> ofCustomerSince(Utility utility, String phone, String account,
            String category, Instant since) {
        // only what the repeat rule and the answer show: no entity is loaded, so none is dirty-checked later
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = Ticket.getEntityManager().createNativeQuery(EARLIER_OF_CUSTOMER)
                .unwrap(NativeQuery.class);
        List<Object[]> rows = query.setParameter(1, phone, String.class).setParameter(2, account, String.class)
                .setParameter(3, utility.name()).setParameter(4, category).setParameter(5, since)
                .addScalar("id", UUID.class).addScalar("number", String.class)
                .addScalar("accepted_at", Instant.class).addScalar("status", String.class).getResultList();
        return rows.stream().map(r -> new TicketView.RepeatView((UUID) r[0], (String) r[1], (Instant) r[2],
                TicketStatus.valueOf((String) r[3]))).toList();
    }

    /** The live ticket; one of an archived month is answered 410, pointing at the archive's read. */
    public Ticket find(UUID id) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(id).orElseThrow(() -> archivedMonths.holds(id)
                ? ArchivedMonths.archived(id) : ProblemException.notFound("Ticket", id));
        if (archivedMonths.covers(ticket.acceptedAt)) {
            throw ArchivedMonths.archived(id);
        }
        return ticket;
    }

    public CursorPage<TicketSummary> list(TicketFilter filter, String cursor, int limit) {
        TicketFilter.Where where = filter.where();
        return page(where.clause(), where.parameters(), where.acceptedAt(), cursor, limit);
    }

    /** The customer's tickets, newest first, by phone (E.164) or account (either matches when both are given). */
    public CursorPage<TicketSummary> history(String phone, String account, String cursor, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String clause;
        if (phone != null && account != null) {
            clause = "(customerPhone = :phone or customerAccount = :account)";
            parameters.put("phone", phone);
            parameters.put("account", account);
        } else if (phone != null) {
            clause = "customerPhone = :phone";
            parameters.put("phone", phone);
        } else {
            clause = "customerAccount = :account";
            parameters.put("account", account);
        }
        return page(clause, parameters, "acceptedAt", cursor, limit);
    }

    /** A page of the ticket's timeline, oldest first: the events after the cursor's seq. */
    public CursorPage<EventView> timeline(UUID ticketId, String cursor, int limit) {
        Ticket ticket = find(ticketId);
        int after = cursor == null ? 0 : SeqCursor.decode(cursor).seq();
        // range is inclusive: one row past the limit tells whether there is a next page
        List<TicketEvent> rows = TicketEvent.<TicketEvent>find("ticketId = ?1 and ticketAcceptedAt = ?2 and seq > ?3"
                + " order by seq", ticketId, ticket.acceptedAt, after).range(0, limit).list();
        return Keyset.pageBy(rows, limit, e -> new SeqCursor(e.seq).encode()).map(EventView::from);
    }

    public ChainVerification verifyTimeline(UUID ticketId) {
        Ticket ticket = find(ticketId);
        return ChainVerification.of(TicketEvent.ofChain(ticket), ticket.timelineLength, ticket.timelineHead);
    }

    /** A page of a list; lists may read from the replica (one ticket, its timeline and intake's look-ups never do). */
    private CursorPage<TicketSummary> page(String clause, Map<String, Object> parameters, String acceptedAt,
            String cursor, int limit) {
        return reads.read(em -> Keyset.newestFirst(em, Ticket.class, List.of(clause), parameters, acceptedAt,
                (Ticket t) -> new Cursor(t.acceptedAt, t.id), cursor, limit).map(TicketSummary::from));
    }
}
