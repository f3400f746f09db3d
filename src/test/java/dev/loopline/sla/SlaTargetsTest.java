package dev.loopline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaTargetsTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-20T23:50:00Z");

    @Test
    void urgentTargetsRunOnTheTwentyFourSevenClock() {
        var urgent = new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24), 80, 50);
        var due = urgent.dueFrom(ACCEPTED, WorkingTime.TWENTY_FOUR_SEVEN);
        assertThat(due.firstResponse().dueAt()).isEqualTo(Instant.parse("2026-11-21T00:20:00Z"));
        assertThat(due.firstResponse().atRiskAt()).isEqualTo(Instant.parse("2026-11-21T00:14:00Z"));
        assertThat(due.resolution().dueAt()).isEqualTo(Instant.parse("2026-11-21T23:50:00Z"));
        assertThat(urgent.onSiteArrivalFrom(ACCEPTED, WorkingTime.TWENTY_FOUR_SEVEN).dueAt())
                .isEqualTo(Instant.parse("2026-11-21T01:50:00Z"));
    }

    @Test
    void theOverrunIsThePolicysShareOfTheResolutionTargetPastItsDueTime() {
        var halfPast = new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24), 80, 50);
        var twicePast = new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24), 80, 200);
        assertThat(halfPast.dueFrom(ACCEPTED, WorkingTime.TWENTY_FOUR_SEVEN).resolutionOverrunAt())
                .isEqualTo(Instant.parse("2026-11-22T11:50:00Z"));
        assertThat(twicePast.dueFrom(ACCEPTED, WorkingTime.TWENTY_FOUR_SEVEN).resolutionOverrunAt())
                .isEqualTo(Instant.parse("2026-11-23T23:50:00Z"));
    }

    @Test
    void theAtRiskShareFollowsThePolicy() {
        var routine = new SlaTargets(Duration.ofHours(72), Duration.ofHours(72), Duration.ofDays(7), 50, 50);
        assertThat(routine.dueFrom(ACCEPTED, WorkingTime.TWENTY_FOUR_SEVEN).firstResponse().atRiskAt())
                .isEqualTo(ACCEPTED.plus(Duration.ofHours(36)));
    }

    @Test
    void onABusinessCalendarTheAtRiskPointIsInWorkingTimeToo() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        var nineToFive = List.of(BusinessCalendar.Hours.parse("09:00-17:00"));
        var calendar = new BusinessCalendar("weekdays", shanghai, Map.of(java.time.DayOfWeek.MONDAY, nineToFive,
                java.time.DayOfWeek.TUESDAY, nineToFive), Set.of(), Map.of());
        var important = new SlaTargets(Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(16), 80, 50);
        Instant mondayNine = LocalDate.parse("2026-11-23").atTime(9, 0).atZone(shanghai).toInstant();
        var due = important.dueFrom(mondayNine, calendar);
        // 8 h on Monday, then 2 h on Tuesday; at risk after 8 h of working time: Monday 17:00
        assertThat(due.firstResponse().dueAt()).isEqualTo(mondayNine.plus(Duration.ofHours(26)));
        assertThat(due.firstResponse().atRiskAt()).isEqualTo(mondayNine.plus(Duration.ofHours(8)));
        assertThat(due.resolution().dueAt()).isEqualTo(mondayNine.plus(Duration.ofHours(32)));
    }
}
