package dev.loopline.monthly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rolls the report query's rows (counts per month × utility × category × root cause × department, all additive)
 * up into the report: totals, the TOP-3 categories, the trend, each utility. Plain Java, so it is tested without
 * a database.
 */
public final class MonthlyRollup {

    static final int TOP = 3;
    static final List<String> ROOT_CAUSES = List.of("SERVICE", "PRODUCT", "CUSTOMER", "UNKNOWN");

    /** One row of the aggregate: `current` is the report's month (else the month before). */
    public record Row(boolean current, String utility, String category, String rootCause, String department,
            long tickets, long repeats, long responseBreaches, long resolutionBreaches, long arrivalBreaches,
            long closed, long scored, long scoreSum, long satisfied, long promises, long kept, long broken) {
    }

    /** The medians of the month's closed tickets, in seconds: per category, and over all of them. */
    public record Medians(Map<String, Double> byCategory, Double overall) {
    }

    private MonthlyRollup() {
    }

    public static MonthlyReport report(ReportMonth month, List<Row> rows, Medians medians,
            Function<String, String> label, List<MonthlyReport.Hotspot> hotspots, Instant asOf) {
        List<Row> current = rows.stream().filter(Row::current).toList();
        List<Row> previous = rows.stream().filter(r -> !r.current()).toList();
        Tally total = Tally.of(current);
        Map<String, Tally> byCategory = group(current, Row::category);
        Map<String, Tally> previousByCategory = group(previous, Row::category);
        List<MonthlyReport.TopCategory> top = new ArrayList<>();
        List<Map.Entry<String, Tally>> ranked = byCategory.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Tally> e) -> -e.getValue().tickets)
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP).toList();
        for (Map.Entry<String, Tally> entry : ranked) {
            String category = entry.getKey();
            List<Row> ofCategory = current.stream().filter(r -> r.category().equals(category)).toList();
            top.add(new MonthlyReport.TopCategory(top.size() + 1, category, label.apply(category),
                    entry.getValue().tickets, rootCauses(ofCategory), departments(ofCategory),
                    entry.getValue().figures(medians.byCategory().get(category)),
                    trend(entry.getValue().tickets, previousByCategory.getOrDefault(category, new Tally()).tickets),
                    entry.getValue().promises()));
        }
        Map<String, Tally> previousByUtility = group(previous, Row::utility);
        List<MonthlyReport.UtilityFigures> byUtility = group(current, Row::utility).entrySet().stream()
                .map(e -> new MonthlyReport.UtilityFigures(e.getKey(), e.getValue().tickets, e.getValue().closed,
                        e.getValue().breaches(),
                        trend(e.getValue().tickets, previousByUtility.getOrDefault(e.getKey(), new Tally()).tickets)))
                .toList();
        return new MonthlyReport(month.toString(), month.zone().getId(), month.from(), month.to(),
                month.previous().toString(), total.figures(medians.overall()),
                trend(total.tickets, Tally.of(previous).tickets), top, byUtility, hotspots, total.promises(), asOf);
    }

    static MonthlyReport.Trend trend(long current, long previous) {
        return new MonthlyReport.Trend(previous, current - previous,
                previous == 0 ? null : Math.round((current - previous) * 1000.0 / previous) / 10.0);
    }

    private static Map<String, Long> rootCauses(List<Row> rows) {
        Map<String, Long> causes = new LinkedHashMap<>();
        ROOT_CAUSES.forEach(cause -> causes.put(cause, 0L));
        rows.forEach(r -> causes.merge(r.rootCause(), r.tickets(), Long::sum));
        return causes;
    }

    private static List<MonthlyReport.DepartmentCount> departments(List<Row> rows) {
        Map<String, Long> counts = new TreeMap<>();
        rows.stream().filter(r -> r.department() != null)
                .forEach(r -> counts.merge(r.department(), r.tickets(), Long::sum));
        return counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new MonthlyReport.DepartmentCount(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Tally> group(List<Row> rows, Function<Row, String> key) {
        Map<String, Tally> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new Tally()).add(r));
        return groups;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** The sums of a group of rows. */
    private static final class Tally {
        long tickets, repeats, responseBreaches, resolutionBreaches, arrivalBreaches, closed, scored, scoreSum,
                satisfied, promises, kept, broken;

        static Tally of(List<Row> rows) {
            Tally tally = new Tally();
            rows.forEach(tally::add);
            return tally;
        }

        void add(Row r) {
            tickets += r.tickets();
            repeats += r.repeats();
            responseBreaches += r.responseBreaches();
            resolutionBreaches += r.resolutionBreaches();
            arrivalBreaches += r.arrivalBreaches();
            closed += r.closed();
            scored += r.scored();
            scoreSum += r.scoreSum();
            satisfied += r.satisfied();
            promises += r.promises();
            kept += r.kept();
            broken += r.broken();
        }

        MonthlyReport.Breaches breaches() {
            return new MonthlyReport.Breaches(responseBreaches, resolutionBreaches, arrivalBreaches);
        }

        MonthlyReport.Figures figures(Double medianSecondsToClose) {
            return new MonthlyReport.Figures(tickets, closed, repeats, share(repeats, tickets), breaches(),
                    medianSecondsToClose, new MonthlyReport.Satisfaction(scored,
                            scored == 0 ? null : Math.round(scoreSum * 1000.0 / scored) / 1000.0,
                            share(satisfied, scored)));
        }

        MonthlyReport.Promises promises() {
            return new MonthlyReport.Promises(promises, kept, broken, promises - kept - broken,
                    share(kept, kept + broken));
        }
    }
}
