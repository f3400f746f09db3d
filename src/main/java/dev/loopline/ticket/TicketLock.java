package dev.loopline.ticket;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
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
        boolean found = !Ticket.getEntityManager().createNativeQuery("select 1 from ticket where id = ?1 for update")
                .setParameter(1, id).getResultList().isEmpty();
        if (!found) {
            throw ProblemException.notFound("Ticket", id);
        }
        Ticket ticket = Ticket.findById(id);
        if (expectedVersion != null && expectedVersion != ticket.version) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The ticket is at version " + ticket.version
                    + ", not " + expectedVersion + "; reload it and decide again");
        }
        return ticket;
    }
}
