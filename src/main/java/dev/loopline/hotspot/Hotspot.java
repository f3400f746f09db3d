package dev.loopline.hotspot;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.ticket.StepFacts;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.Utility;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A hotspot: one incident of many tickets (a cluster under a rule), handled by supervisors as one (DESIGN §2). */
@Entity
@Table(name = "hotspot")
public class Hotspot extends PanacheEntityBase {

    /**
     * takingTicketsFor, by hotspot_one_open_per_cluster (V17). 'RESOLVED' is written out: as a parameter, a generic
     * plan could not use the index whose condition names it and scanned every hotspot (issue 16).
     */
    static final String TAKING_TICKETS =
            "select * from hotspot where cluster_key = ?1 and status <> 'RESOLVED' for no key update";

    public static final String HOTSPOT_RESOLVED = "HOTSPOT_RESOLVED";
    public static final String HOTSPOT_ALREADY_ACKNOWLEDGED = "HOTSPOT_ALREADY_ACKNOWLEDGED";

    /** Open takes new tickets; acknowledged, a supervisor has taken it on (and it still takes tickets); resolved, not. */
    public enum Status { OPEN, ACKNOWLEDGED, RESOLVED }

    @Id
    public UUID id;
    public String ruleName;
    public String clusterKey;
    @Enumerated(EnumType.STRING) public Utility utility;
    public String category;
    @JdbcTypeCode(SqlTypes.ARRAY) public List<String> categories;
    public String areaCode;
    @Enumerated(EnumType.STRING) public Status status;
    public int ticketCount;
    public Instant firstAt;
    public Instant lastAt;
    public Instant openedAt;
    public Instant acknowledgedAt;
    public String acknowledgedBy;
    public String acknowledgeNote;
    public int noticeCount;
    public Instant lastNoticeAt;
    public Instant expectedRestoreAt;

    /** The text of the latest notice, as its customers read it. */
    public String lastNoticeText;

    /** What a ticket joining now is to be told: the latest notice, or null before the first. */
    public TicketEvents.HotspotLinked.Notice lastNotice() {
        return lastNoticeAt == null ? null
                : new TicketEvents.HotspotLinked.Notice(lastNoticeAt, lastNoticeText, expectedRestoreAt);
    }
    public Instant resolvedAt;
    public String resolvedBy;
    public String findings;
    @Enumerated(EnumType.STRING) public StepFacts.RootCause rootCause;
    @JdbcTypeCode(SqlTypes.JSON) public List<StepFacts.Department> responsibleDepartments;
    @Version public long version;

    /** A new hotspot of the cluster, with the tickets that reached the threshold. */
    static Hotspot open(ClusterRule rule, ClusterRule.Cluster cluster, int tickets, Instant firstAt, Instant now) {
        Hotspot h = new Hotspot();
        h.id = UUID.randomUUID();
        h.ruleName = rule.name();
        h.clusterKey = cluster.key();
        h.utility = cluster.utility();
        h.category = cluster.category();
        h.categories = cluster.categories();
        h.areaCode = cluster.areaCode();
        h.status = Status.OPEN;
        h.ticketCount = tickets;
        h.firstAt = firstAt;
        h.lastAt = now;
        h.openedAt = now;
        return h;
    }

    /**
     * The cluster's hotspot that still takes tickets (the unique index allows one), locked: a supervisor's action on
     * it runs before or after the join, and one that resolved it meanwhile leaves nothing to join.
     */
    static Optional<Hotspot> takingTicketsFor(String clusterKey) {
        @SuppressWarnings("unchecked")
        List<Hotspot> open = getEntityManager().createNativeQuery(TAKING_TICKETS, Hotspot.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, clusterKey).getResultList();
        return open.stream().findFirst();
    }

    /** Locks the hotspot for an incident action, so two supervisors' actions run one after the other. */
    public static Hotspot lockForChange(UUID id) {
        Hotspot h = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (h == null) {
            throw ProblemException.notFound("Hotspot", id);
        }
        return h;
    }

    void join(Instant at) {
        ticketCount++;
        lastAt = at;
    }

    public boolean takesTickets() {
        return status != Status.RESOLVED;
    }

    void acknowledge(Actor actor, String note, Instant now) {
        requireNotResolved();
        if (acknowledgedAt != null) {
            throw ProblemException.refusedBy(HOTSPOT_ALREADY_ACKNOWLEDGED, ProblemType.RULE_VIOLATED,
                    "Acknowledged by " + acknowledgedBy + " at " + acknowledgedAt);
        }
        status = Status.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = actor.id();
        acknowledgeNote = note;
    }

    /** One notice went to the customers of its open tickets. */
    public void noticeSent(String text, Instant expectedRestore, Instant now) {
        noticeCount++;
        lastNoticeAt = now;
        lastNoticeText = text;
        if (expectedRestore != null) {
            expectedRestoreAt = expectedRestore;
        }
    }

    /** The shared findings: the hotspot is resolved and takes no more tickets; a new cluster opens a new one. */
    public void resolve(String sharedFindings, StepFacts.RootCause cause, List<StepFacts.Department> departments,
            Actor actor, Instant now) {
        requireNotResolved();
        status = Status.RESOLVED;
        resolvedAt = now;
        resolvedBy = actor.id();
        findings = sharedFindings.strip();
        rootCause = cause;
        responsibleDepartments = List.copyOf(departments);
    }

    public void requireNotResolved() {
        if (status == Status.RESOLVED) {
            throw ProblemException.refusedBy(HOTSPOT_RESOLVED, ProblemType.RULE_VIOLATED,
                    "Hotspot " + id + " was resolved at " + resolvedAt + " by " + resolvedBy);
        }
    }
}
