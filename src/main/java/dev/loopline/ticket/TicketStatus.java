package dev.loopline.ticket;

/** Where a ticket stands in the five-step closed loop (受理 → 调查 → 协商 → 补偿 → 跟进). */
public enum TicketStatus {
    ACCEPTED, INVESTIGATING, NEGOTIATING, COMPENSATING, PENDING_APPROVAL, FOLLOWING_UP, AWAITING_CUSTOMER, CLOSED;

    /** Open means not CLOSED: the one definition (in ticket_sla, closed_at is null, kept in step with it). */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
