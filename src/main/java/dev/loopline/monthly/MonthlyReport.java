package dev.loopline.monthly;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly root-cause report (每月汇总, DESIGN §7) of the tickets accepted in one month: totals, the TOP-3
 * categories with their root causes, departments, repeats, breaches, close time and satisfaction, the trend against
 * the month before, each utility, the hotspots opened in the month, and the promises kept.
 */
public record MonthlyReport(
        String month,
        String zone,
        Instant from,
        Instant to,
        String previousMonth,
        Figures totals,
        Trend trend,
        List<TopCategory> top,
        List<UtilityFigures> byUtility,
        List<Hotspot> hotspots,
        Promises promises,
        Instant asOf) {

    /** What a group of the month's tickets shows; rates are shares from 0 to 1, null without tickets. */
    public record Figures(long tickets, long closed, long repeats, Double repeatRate, Breaches breaches,
            Double medianSecondsToClose, Satisfaction satisfaction) {
    }

    /** Tickets with a breach of each milestone (resolution: also a target missed before a reopen). */
    public record Breaches(long firstResponse, long resolution, long onSiteArrival) {
    }

    /** Follow-up scores of closed tickets: how many, the average, and the share of 4 or 5. */
    public record Satisfaction(long responses, Double average, Double satisfiedRate) {
    }

    /** Against the month before: its count, the change, and the change in percent (null when it had none). */
    public record Trend(long previous, long change, Double changePercent) {
    }

    /**
     * One of the month's three most frequent categories (ties by code), with its label in the reader's language,
     * the root causes found (SERVICE, PRODUCT, CUSTOMER, UNKNOWN while not yet investigated) and the primary
     * responsible departments, most frequent first.
     */
    public record TopCategory(int rank, String category, String label, long count, Map<String, Long> rootCauses,
            List<DepartmentCount> departments, Figures figures, Trend trend, Promises promises) {
    }

    public record DepartmentCount(String department, long tickets) {
    }

    public record UtilityFigures(String utility, long count, long closed, Breaches breaches, Trend trend) {
    }

    /** A hotspot opened in the month. */
    public record Hotspot(UUID id, String utility, String category, String label, String areaCode, String status,
            int ticketCount, Instant firstAt, Instant openedAt) {
    }

    /**
     * The agreements' promises of the month's tickets: kept (compensation done by promisedBy), broken (flagged by
     * the sweep), pending (not yet due or not yet swept); keptRate is kept of kept and broken.
     */
    public record Promises(long made, long kept, long broken, long pending, Double keptRate) {
    }
}
