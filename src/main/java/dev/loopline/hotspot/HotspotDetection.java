package dev.loopline.hotspot;

import dev.loopline.security.Actor;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketLog;
import dev.loopline.ticket.TicketStatus;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Places a new ticket in a hotspot at intake, in the intake's transaction: it joins its cluster's open hotspot, or its
 * intake is the one that reaches a rule's threshold and opens one, linking the cluster's earlier open tickets. Exactly
 * once per cluster even when intakes race on several instances: the intakes of one cluster take a transaction-scoped
 * advisory lock on its key, so each counts what the one before it committed.
 */
@ApplicationScoped
public class HotspotDetection {

    @Inject
    HotspotRules rules;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry meters;

    /** The hotspot the new ticket joined or opened, if any (the ticket has recorded the link). */
    public Optional<Hotspot> place(Ticket ticket, Instant now) {
        ClusterRule.Facts facts = new ClusterRule.Facts(ticket.utility, ticket.category, ticket.areaCode);
        List<ClusterRule> taking = rules.enabledInOrder().stream().filter(rule -> rule.takes(facts)).toList();
        // every cluster the ticket counts in is locked before any is counted, in key order: two intakes of the same
        // clusters lock them in the same order even while an administrator's reordering of the rules reaches one
        // instance before the other, so they never wait on each other in a circle
        // (none of these statements reads what the intake has not flushed yet: the new ticket is left out by its id,
        // and no other ticket or hotspot has changed in its session; so they do not flush it, and intake writes it
        // once, after them, instead of dirty-checking the session before each of them)
        taking.stream().map(rule -> rule.clusterOf(facts).key()).distinct().sorted().forEach(key ->
                em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setFlushMode(FlushModeType.COMMIT).setParameter(1, key).getSingleResult());
        for (ClusterRule rule : taking) {
            ClusterRule.Cluster cluster = rule.clusterOf(facts);
            Optional<Hotspot> open = Hotspot.takingTicketsFor(cluster.key());
            if (open.isPresent()) {
                open.get().join(now);
                ticket.linkToHotspot(open.get().id, rule.name(), false, open.get().lastNotice(), Actor.SYSTEM, now);
                return open;
            }
            if (rule.reached(((Number) earlier(rule, cluster, ticket.id, now, false).getSingleResult()).longValue() + 1)) {
                // lock them in id order; a ticket another cluster linked meanwhile no longer matches and drops out
                List<UUID> locked = earlier(rule, cluster, ticket.id, now, true).getResultList().stream()
                        .map(UUID.class::cast).toList();
                if (rule.reached(locked.size() + 1)) {
                    return Optional.of(open(rule, cluster, ticket, locked, now));
                }
            }
        }
        return Optional.empty();
    }

    private Hotspot open(ClusterRule rule, ClusterRule.Cluster cluster, Ticket ticket, List<UUID> earlierIds,
            Instant now) {
        List<Ticket> tickets = new ArrayList<>(Ticket.<Ticket>list("id in ?1", earlierIds));
        tickets.add(ticket);
        tickets.sort(Comparator.comparing((Ticket t) -> t.acceptedAt).thenComparing(t -> t.id));
        Hotspot hotspot = Hotspot.open(rule, cluster, tickets.size(), tickets.get(0).acceptedAt, now);
        hotspot.persist();
        for (Ticket t : tickets) {
            t.linkToHotspot(hotspot.id, rule.name(), t == ticket, null, Actor.SYSTEM, now);
            if (t != ticket) {
                TicketLog.write(t);
            }
        }
        ticket.record(new TicketEvents.HotspotRaised(hotspot.id, rule.name(), hotspot.utility, hotspot.category,
                hotspot.categories, hotspot.areaCode, tickets.size(), tickets.stream().map(t -> t.number).toList(),
                hotspot.firstAt), Actor.SYSTEM, now);
        meters.counter("loopline.hotspots.raised", "rule", rule.name(),
                "utility", hotspot.utility == null ? "ANY" : hotspot.utility.name()).increment();
        return hotspot;
    }

    /** The open tickets of the cluster within the rule's window that are in no hotspot: their count, or their ids. */
    private Query earlier(ClusterRule rule, ClusterRule.Cluster cluster, UUID self, Instant now, boolean lock) {
        Query query = em.createNativeQuery(earlierSql(rule, cluster, lock)).setFlushMode(FlushModeType.COMMIT)
                .setParameter("from", rule.windowStart(now))
                .setParameter("closed", TicketStatus.CLOSED.name()).setParameter("self", self);
        if (cluster.utility() != null) {
            query.setParameter("utility", cluster.utility().name());
        } else if (!rule.utilities().isEmpty()) {
            query.setParameter("utilities", rule.utilities().stream().map(Enum::name).toList());
        }
        if (!cluster.categories().isEmpty()) {
            query.setParameter("categories", cluster.categories());
        }
        if (cluster.areaCode() != null) {
            query.setParameter("area", cluster.areaCode());
        }
        return query;
    }

    /**
     * The statement of {@link #earlier}. The window is a closed range (no accepted_at is infinite, so the upper
     * bound filters nothing): without statistics the planner takes a two-sided range for a narrow one and walks
     * ticket_list_order, where "accepted_at >= :from" alone, a third of the table by its default, lost to a
     * sequential scan for a rule without an area (issue 16).
     */
    static String earlierSql(ClusterRule rule, ClusterRule.Cluster cluster, boolean lock) {
        StringBuilder sql = new StringBuilder(lock ? "select t.id" : "select count(*)").append(
                " from ticket t where t.accepted_at >= :from and t.accepted_at < 'infinity' and t.status <> :closed"
                        + " and t.hotspot_id is null and t.id <> :self");
        if (cluster.utility() != null) {
            sql.append(" and t.utility = :utility");
        } else if (!rule.utilities().isEmpty()) {
            sql.append(" and t.utility in (:utilities)");
        }
        if (!cluster.categories().isEmpty()) {
            sql.append(" and t.category in (:categories)");
        }
        if (cluster.areaCode() != null) {
            sql.append(" and t.area_code = :area");
        }
        if (lock) {
            sql.append(" order by t.id for update");
        }
        return sql.toString();
    }
}
