package dev.loopline.monthly;

import dev.loopline.common.LooplineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A month's report, computed once for everyone who reads it within `loopline.monthly-report-refresh` and then
 * answered again (its `asOf` says when it was computed): reading a month of a million tickets takes seconds, and a
 * review meeting opens the same month many times. Readers who ask while it is being computed wait for that one.
 */
@ApplicationScoped
public class MonthlyReports {

    @Inject
    MonthlyReportService service;

    @Inject
    LooplineConfig config;

    private final Computed computed = new Computed();

    public MonthlyReport report(ReportMonth month, String language) {
        return computed.get(month, language, config.monthlyReportRefresh(), service::report);
    }

    /** The reports computed, by month and language, each with when it was computed (plain Java, tested alone). */
    static final class Computed {

        private record Key(String month, String language) {
        }

        private record Report(long computedAtNanos, MonthlyReport report) {
        }

        private final ConcurrentHashMap<Key, CompletableFuture<Report>> reports = new ConcurrentHashMap<>();

        MonthlyReport get(ReportMonth month, String language, Duration refresh,
                BiFunction<ReportMonth, String, MonthlyReport> compute) {
            Key key = new Key(month.toString(), language);
            while (true) {
                CompletableFuture<Report> mine = new CompletableFuture<>();
                CompletableFuture<Report> current = reports.putIfAbsent(key, mine);
                if (current == null) {
                    return computeInto(mine, key, month, language, refresh, compute);
                }
                Report report = await(current);
                if (System.nanoTime() - report.computedAtNanos() < refresh.toNanos()) {
                    return report.report();
                }
                reports.remove(key, current);
            }
        }

        private MonthlyReport computeInto(CompletableFuture<Report> mine, Key key, ReportMonth month, String language,
                Duration refresh, BiFunction<ReportMonth, String, MonthlyReport> compute) {
            try {
                Report report = new Report(System.nanoTime(), compute.apply(month, language));
                mine.complete(report);
                // months nobody read again within the refresh time are let go, so the map stays small
                long now = System.nanoTime();
                reports.entrySet().removeIf(e -> e.getValue().isDone() && !e.getValue().isCompletedExceptionally()
                        && now - e.getValue().join().computedAtNanos() >= refresh.toNanos());
                return report.report();
            } catch (RuntimeException e) {
                reports.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }

        private static Report await(CompletableFuture<Report> report) {
            try {
                return report.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }
}
