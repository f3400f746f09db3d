package dev.loopline.hotspot;

import dev.loopline.ticket.Utility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A hotspot rule as intake applies it (plain Java): which tickets it takes, and what the tickets of one cluster
 * share. `threshold` open tickets of one cluster accepted within `window` are one incident.
 *
 * @param categories the categories the rule takes (empty: every category); matched on CATEGORY they are one group
 * @param utilities the utilities the rule takes (empty: every utility)
 */
public record ClusterRule(String name, int threshold, Duration window, Set<Dimension> matchOn,
        List<String> categories, Set<Utility> utilities) {

    /** What the tickets of one cluster have in common. */
    public enum Dimension { UTILITY, CATEGORY, AREA }

    /** The facts of a new ticket that decide its cluster. */
    public record Facts(Utility utility, String category, String areaCode) {
    }

    /** One cluster of a rule: the key that names it (one open hotspot per key) and the values it matches. */
    public record Cluster(String key, Utility utility, List<String> categories, String areaCode) {

        /** The category the hotspot is shown under: the ticket's own, or the first of the rule's group. */
        public String category() {
            return categories.isEmpty() ? null : categories.get(0);
        }
    }

    public ClusterRule {
        matchOn = Set.copyOf(matchOn);
        categories = List.copyOf(categories);
        utilities = Set.copyOf(utilities);
    }

    /** Whether the rule takes the ticket: its utility and category, and an area when the rule matches on one. */
    public boolean takes(Facts ticket) {
        return (utilities.isEmpty() || utilities.contains(ticket.utility()))
                && (categories.isEmpty() || categories.contains(ticket.category()))
                && (!matchOn.contains(Dimension.AREA) || ticket.areaCode() != null);
    }

    /** The cluster the ticket belongs to under this rule (the rule must take it). */
    public Cluster clusterOf(Facts ticket) {
        Utility utility = matchOn.contains(Dimension.UTILITY) ? ticket.utility() : null;
        String area = matchOn.contains(Dimension.AREA) ? ticket.areaCode() : null;
        List<String> grouped = !matchOn.contains(Dimension.CATEGORY) ? categories
                : categories.isEmpty() ? List.of(ticket.category()) : categories;
        String key = name + "|" + (utility == null ? "*" : utility.name()) + "|"
                + (grouped.isEmpty() ? "*" : String.join(",", grouped)) + "|" + (area == null ? "*" : area);
        return new Cluster(key, utility, grouped, area);
    }

    /** The start of the window that ends now: tickets accepted from then on count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** Whether `count` tickets of one cluster (the new one included) raise a hotspot. */
    public boolean reached(long count) {
        return count >= threshold;
    }
}
