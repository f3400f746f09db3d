package dev.loopline.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopline.common.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A report month is cut at midnight in the service centre's zone; a malformed or future month is refused. */
class ReportMonthTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void aMonthRunsFromMidnightToMidnightInTheZone() {
        ReportMonth november = ReportMonth.parse("2026-11", NOW, SHANGHAI);
        assertThat(november.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(november.to()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(november.previous().toString()).isEqualTo("2026-10");
        assertThat(ReportMonth.parse("2026-01", NOW, SHANGHAI).previous().toString()).isEqualTo("2025-12");
    }

    @Test
    void theCurrentMonthIsReportedAndTheNextIsTheFuture() {
        assertThat(ReportMonth.parse("2026-12", NOW, SHANGHAI).toString()).isEqualTo("2026-12");
        assertThatThrownBy(() -> ReportMonth.parse("2027-01", NOW, SHANGHAI)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("future");
        // 23:30 on 31 December in UTC is already January in Shanghai
        assertThat(ReportMonth.parse("2027-01", Instant.parse("2026-12-31T23:30:00Z"), SHANGHAI).toString())
                .isEqualTo("2027-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", "2026/11", "十一月"})
    void aMalformedMonthIsRefusedNamingTheParameter(String month) {
        assertThatThrownBy(() -> ReportMonth.parse(month, NOW, SHANGHAI)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors.get(0).field()).isEqualTo("month"));
    }
}
