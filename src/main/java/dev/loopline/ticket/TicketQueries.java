package dev.loopline.ticket;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.common.ProblemException;
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

/** Reads of tickets: one ticket, filtered lists with keyset paging, a customer's history, the timeline. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketQueries {

    @Inject
    Clock clock;

    public TicketView get(UUID id) {
        return viewOf(find(id));
    }

    public TicketView viewOf(Ticket ticket) {
        List<TicketView.RepeatView> repeats = ticket.repeatOf.isEmpty() ? List.of()
                : Ticket.find("id in ?1", ticket.repeatOf).project(TicketView.RepeatView.class).list();
        return viewOf(ticket, TicketEvent.ofTicket(ticket.id), repeats);
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
        return Ticket.find("(customerPhone = ?1 or customerAccount = ?2) and utility = ?3 and category = ?4"
                + " and acceptedAt >= ?5 order by acceptedAt", phone, account, utility, category, since)
                .project(TicketView.RepeatView.class).list();
    }

    public Ticket find(UUID id) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Ticket", id));
        return ticket;
    }

    public CursorPage<TicketSummary> list(TicketFilter filter, String cursor, int limit) {
        TicketFilter.Where where = filter.where();
        return page(where.clause(), where.parameters(), cursor, limit);
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
        return page(clause, parameters, cursor, limit);
    }

    /** A page of the ticket's timeline, oldest first: the events after the cursor's seq. */
    public CursorPage<EventView> timeline(UUID ticketId, String cursor, int limit) {
        find(ticketId);
        int after = cursor == null ? 0 : SeqCursor.decode(cursor).seq();
        // range is inclusive: one row past the limit tells whether there is a next page
        List<TicketEvent> rows = TicketEvent.<TicketEvent>find("ticketId = ?1 and seq > ?2 order by seq", ticketId,
                after).range(0, limit).list();
        return Keyset.pageBy(rows, limit, e -> new SeqCursor(e.seq).encode()).map(EventView::from);
    }

    public ChainVerification verifyTimeline(UUID ticketId) {
        Ticket ticket = find(ticketId);
        return ChainVerification.of(TicketEvent.ofTicket(ticketId), ticket.timelineLength, ticket.timelineHead);
    }

    private CursorPage<TicketSummary> page(String clause, Map<String, Object> parameters, String cursor, int limit) {
        return Keyset.newestFirst((q, p) -> Ticket.find(q, p), List.of(clause), parameters, "acceptedAt",
                (Ticket t) -> new Cursor(t.acceptedAt, t.id), cursor, limit).map(TicketSummary::from);
    }
}
