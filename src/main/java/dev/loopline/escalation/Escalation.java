package dev.loopline.escalation;

import dev.loopline.ticket.TicketEvents;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** An escalation of a ticket to a level above its owner, waiting to be acknowledged. */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public int level;

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    /** The reason as first written (Chinese for the service's own); readers get {@link #reasonIn}. */
    public String reason;

    @Enumerated(EnumType.STRING)
    public EscalationReason.Code reasonCode;

    public String reasonDetail;

    public Instant reasonAt;

    @Column(name = "target_role")
    public String targetRole;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "raised_by")
    public String raisedBy;

    @Column(name = "ack_due_at")
    public Instant ackDueAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "ack_note")
    public String ackNote;

    @Column(name = "overdue_at")
    public Instant overdueAt;

    @Column(name = "climbed_at")
    public Instant climbedAt;

    @Column(name = "climbed_from")
    public UUID climbedFrom;

    /** Closed with its ticket (or otherwise ended without an acknowledgement), and why. */
    public Instant closedAt;

    public String closeReason;

    @Version
    public long version;

    /** A new open escalation, not yet persisted (the sweep writes it in bulk, everything else persists it). */
    public static Escalation open(UUID ticketId, int level, Trigger trigger, EscalationReason reason, ZoneId zone,
            String raisedBy, Instant at, Instant ackDueAt, UUID climbedFrom) {
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.ticketId = ticketId;
        e.level = level;
        e.trigger = trigger;
        e.reason = reason.text(false, zone);
        e.reasonCode = reason.code();
        e.reasonDetail = reason.detail();
        e.reasonAt = reason.at();
        e.targetRole = EscalationLadder.targetRole(level);
        e.raisedAt = at;
        e.raisedBy = raisedBy;
        e.ackDueAt = ackDueAt;
        e.climbedFrom = climbedFrom;
        return e;
    }

    /** The reason in the reader's language (rows from before reasons were data show their text as written). */
    public String reasonIn(boolean english, ZoneId zone) {
        return EscalationReason.text(reason, reasonCode, reasonDetail, reasonAt, english, zone);
    }

    /** Open: waiting for acknowledgement, neither acknowledged, climbed nor closed (the query form: OPEN). */
    public boolean isOpen() {
        return acknowledgedAt == null && climbedAt == null && closedAt == null;
    }

    /** The one definition of an open escalation in queries (and, in SQL, the partial index escalation_one_open_per_level). */
    public static final String OPEN = "acknowledgedAt is null and climbedAt is null and closedAt is null";

    /** What the timeline and the outbox say when it is raised. */
    public TicketEvents.EscalationRaised raised(String ticketNumber) {
        return new TicketEvents.EscalationRaised(id, ticketNumber, level, trigger.name(), reason, targetRole, ackDueAt,
                climbedFrom);
    }

    /**
     * A ticket's open escalations in SQL, found through escalation_by_ticket: the condition is {@link #OPEN} written
     * so that it implies no partial index's predicate. Spelled as OPEN, on a table PostgreSQL had never analyzed
     * the look-up walked escalation_board_awaiting_ack from end to end, filtering by ticket (issue 16), and a
     * connection keeps such a plan as the table grows.
     */
    static final String OPEN_OF_A_TICKET = "coalesce(acknowledged_at, climbed_at, closed_at) is null";
    static final String OPEN_AT = "select * from escalation where ticket_id = ?1 and level = ?2 and "
            + OPEN_OF_A_TICKET;
    static final String OPEN_OF = "select * from escalation where ticket_id = ?1 and " + OPEN_OF_A_TICKET
            + " order by level";

    public static Escalation openAt(UUID ticketId, int level) {
        List<Escalation> open = escalations(OPEN_AT).setParameter(1, ticketId).setParameter(2, level)
                .getResultList();
        return open.isEmpty() ? null : open.get(0);
    }

    public static List<Escalation> openOf(UUID ticketId) {
        return escalations(OPEN_OF).setParameter(1, ticketId).getResultList();
    }

    /** A native query of escalations that flushes only pending escalation changes first, as HQL would. */
    @SuppressWarnings("unchecked")
    private static NativeQuery<Escalation> escalations(String sql) {
        return getEntityManager().createNativeQuery(sql, Escalation.class).unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Escalation.class);
    }
}
