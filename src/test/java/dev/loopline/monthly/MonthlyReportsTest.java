package dev.loopline.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopline.support.Race;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A month's report is computed once for its readers within the refresh time (plain Java). */
class MonthlyReportsTest {

    private static final ReportMonth NOVEMBER = ReportMonth.parse("2026-11", Instant.parse("2026-12-02T00:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static final ReportMonth OCTOBER = ReportMonth.parse("2026-10", Instant.parse("2026-12-02T00:00:00Z"),
            ZoneId.of("Asia/Shanghai"));

    private final MonthlyReports.Computed computed = new MonthlyReports.Computed();
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void aMonthReadAgainWithinTheRefreshTimeIsNotComputedAgain() {
        MonthlyReport first = computed.get(NOVEMBER, "zh", Duration.ofMinutes(5), this::compute);
        assertThat(computed.get(NOVEMBER, "zh", Duration.ofMinutes(5), this::compute)).isSameAs(first);
        assertThat(computations).hasValue(1);
        computed.get(NOVEMBER, "en", Duration.ofMinutes(5), this::compute);
        computed.get(OCTOBER, "zh", Duration.ofMinutes(5), this::compute);
        assertThat(computations).as("each month and language on its own").hasValue(3);
    }

    @Test
    void withoutARefreshTimeEveryReadComputes() {
        computed.get(NOVEMBER, "zh", Duration.ZERO, this::compute);
        computed.get(NOVEMBER, "zh", Duration.ZERO, this::compute);
        assertThat(computations).hasValue(2);
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> computed.get(NOVEMBER, "zh", Duration.ofMinutes(5), (m, l) -> {
            throw new IllegalStateException("database away");
        })).hasMessage("database away");
        computed.get(NOVEMBER, "zh", Duration.ofMinutes(5), this::compute);
        assertThat(computations).hasValue(1);
    }

    @Test
    void readersWhoAskMeanwhileWaitForTheOneComputation() throws Exception {
        List<MonthlyReport> reports = Race.of(6, () -> computed.get(NOVEMBER, "zh", Duration.ofMinutes(5), (m, l) -> {
            sleep();
            return compute(m, l);
        }));
        assertThat(computations).hasValue(1);
        assertThat(reports).allSatisfy(r -> assertThat(r).isSameAs(reports.get(0)));
    }

    private MonthlyReport compute(ReportMonth month, String language) {
        computations.incrementAndGet();
        return new MonthlyReport(month.toString(), language, month.from(), month.to(), month.previous().toString(),
                null, null, List.of(), List.of(), List.of(), null, Instant.now());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
