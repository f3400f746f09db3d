package dev.loopline.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which months the service makes ahead: counted from the current month in the service centre's zone. */
class PartitionMonthsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void tenPastMidnightOnNewYearsDayInShanghaiIsJanuaryThoughItIsStillDecemberInUtc() {
        assertThat(Partitions.monthsAhead(Instant.parse("2026-12-31T16:10:00Z"), SHANGHAI, 3)).containsExactly(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1));
    }

    @Test
    void tenToMidnightOnNewYearsEveMakesDecemberAndTheNewYearsFirstMonths() {
        assertThat(Partitions.monthsAhead(Instant.parse("2026-12-31T15:50:00Z"), SHANGHAI, 3)).containsExactly(
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1));
    }
}
