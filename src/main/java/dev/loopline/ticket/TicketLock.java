package dev.loopline.ticket;

import dev.loopline.archive.ArchivedMonths;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import java.util.List;
import java.util.UUID;

/** How a change takes a ticket: its row locked for the transaction, checked against the version the caller read. */
public final class TicketLock {

    private TicketLock() {
    }

    /**
     * Locks the ticket row for this transaction, so racing writes run one after another and the later one sees
     * what the first did (and is refused by the rules, or by If-Match when it read an older version).
     */
    public static Ticket forChange(UUID id, Long expectedVersion) {
        // FOR UPDATE, then a plain read: Hibernate's pessimistic load of this entity (secondary table, collection)
        // takes a follow-on locking path that threw ConcurrentModificationException under racing requests
        // the archive's marks are read in the same statement: no change slips into a month being archived
        List<?> archived = Ticket.getEntityManager().createNativeQuery("select "
                + ArchivedMonths.COVERS.formatted("accepted_at") + " from ticket where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (archived.isEmpty()) {
            throw ArchivedMonths.holds(Ticket.getEntityManager(), id) ? ArchivedMonths.archived(id)
                    : ProblemException.notFound("Ticket", id);
        }
        if ((Boolean) archived.get(0)) {
            throw ArchivedMonths.archived(id);
        }
        Ticket ticket = Ticket.findById(id);
        if (expectedVersion != null && expectedVersion != ticket.version) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The ticket is at version " + ticket.version
                    + ", not " + expectedVersion + "; reload it and decide again");
        }
        return ticket;
    }
}
