package dev.loopline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.ticket.SlaClock;
import dev.loopline.ticket.SlaTerms;
import dev.loopline.ticket.SlaTerms.Milestone;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one due-time arithmetic: start + target + paused time, counted on the policy's clock. */
class SlaTermsTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-20T23:50:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar WEEKDAYS = weekdaysNineToFive();

    private static SlaTerms terms(SlaClock clock, Duration response, Duration arrival, Duration resolution,
            int atRisk, int overrun) {
        return new SlaTerms(1, "test", clock, Map.of(Milestone.FIRST_RESPONSE, response, Milestone.ON_SITE_ARRIVAL,
                arrival, Milestone.RESOLUTION, resolution), atRisk, overrun, "CNY", Set.of("PHONE"),
                Map.of(Milestone.RESOLUTION, new BigDecimal("50.00")));
    }

    private static BusinessCalendar weekdaysNineToFive() {
        var nineToFive = List.of(BusinessCalendar.Hours.parse("09:00-17:00"));
        Map<DayOfWeek, List<BusinessCalendar.Hours>> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, nineToFive);
        }
        return new BusinessCalendar("weekdays", SHANGHAI, week, Set.of(), Map.of());
    }

    private static Instant shanghai(String date, int hour) {
        return LocalDate.parse(date).atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }

    @Test
    void urgentTargetsRunOnTheTwentyFourSevenClock() {
        var urgent = terms(SlaClock.TWENTY_FOUR_SEVEN, Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(24), 80, 50);
        var response = urgent.due(Milestone.FIRST_RESPONSE, ACCEPTED, Duration.ZERO);
        assertThat(response.dueAt()).isEqualTo(Instant.parse("2026-11-21T00:20:00Z"));
        assertThat(response.atRiskAt()).isEqualTo(Instant.parse("2026-11-21T00:14:00Z"));
        var resolution = urgent.due(Milestone.RESOLUTION, ACCEPTED, Duration.ZERO);
        assertThat(resolution.dueAt()).isEqualTo(Instant.parse("2026-11-21T23:50:00Z"));
        assertThat(resolution.overrunAt()).isEqualTo(Instant.parse("2026-11-22T11:50:00Z"));
        assertThat(urgent.due(Milestone.ON_SITE_ARRIVAL, ACCEPTED, Duration.ZERO).dueAt())
                .isEqualTo(Instant.parse("2026-11-21T01:50:00Z"));
    }

    @Test
    void theAtRiskShareAndTheOverrunFollowThePolicy() {
        var routine = terms(SlaClock.TWENTY_FOUR_SEVEN, Duration.ofHours(72), Duration.ofHours(72),
                Duration.ofDays(7), 50, 100);
        assertThat(routine.due(Milestone.FIRST_RESPONSE, ACCEPTED, Duration.ZERO).atRiskAt())
                .isEqualTo(ACCEPTED.plus(Duration.ofHours(36)));
        assertThat(routine.due(Milestone.RESOLUTION, ACCEPTED, Duration.ZERO).overrunAt())
                .isEqualTo(ACCEPTED.plus(Duration.ofDays(14)));
    }

    @Test
    void onABusinessCalendarTheAtRiskPointIsInWorkingTimeToo() {
        var important = terms(WEEKDAYS, Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(16), 80, 50);
        Instant mondayNine = shanghai("2026-11-23", 9);
        // 8 h on Monday, then 2 h on Tuesday; at risk after 8 h of working time: Monday 17:00
        var response = important.due(Milestone.FIRST_RESPONSE, mondayNine, Duration.ZERO);
        assertThat(response.dueAt()).isEqualTo(mondayNine.plus(Duration.ofHours(26)));
        assertThat(response.atRiskAt()).isEqualTo(mondayNine.plus(Duration.ofHours(8)));
        assertThat(important.due(Milestone.RESOLUTION, mondayNine, Duration.ZERO).dueAt())
                .isEqualTo(mondayNine.plus(Duration.ofHours(32)));
    }

    @Test
    void aPauseOverAWeekendMovesAWorkingTimeTargetByTheWorkingTimeItCovered() {
        var important = terms(WEEKDAYS, Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(16), 80, 50);
        Instant fridayFour = shanghai("2026-11-27", 16);
        Instant mondayTen = shanghai("2026-11-30", 10);
        // paused Friday 16:00 to Monday 10:00: one working hour on Friday and one on Monday
        Duration paused = WEEKDAYS.counted(fridayFour, mondayTen);
        assertThat(paused).isEqualTo(Duration.ofHours(2));
        Instant mondayNine = shanghai("2026-11-23", 9);
        var before = important.due(Milestone.RESOLUTION, mondayNine, Duration.ZERO);
        var after = important.due(Milestone.RESOLUTION, mondayNine, paused);
        // 16 h from Monday 09:00 is Tuesday 17:00; two more working hours are Wednesday 11:00, not Monday + 66 h
        assertThat(before.dueAt()).isEqualTo(shanghai("2026-11-24", 17));
        assertThat(after.dueAt()).isEqualTo(shanghai("2026-11-25", 11));
    }

    @Test
    void nothingCountsWhileTheCalendarIsClosed() {
        assertThat(WEEKDAYS.counted(shanghai("2026-11-28", 9), shanghai("2026-11-29", 18))).isZero();
        assertThat(WEEKDAYS.counted(shanghai("2026-11-30", 12), shanghai("2026-11-30", 11))).isZero();
        assertThat(SlaClock.TWENTY_FOUR_SEVEN.counted(ACCEPTED, ACCEPTED.plusSeconds(90)))
                .isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aMissedMilestoneEarnsWhatThePolicySays() {
        var urgent = terms(SlaClock.TWENTY_FOUR_SEVEN, Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(24), 80, 50);
        assertThat(urgent.proposalFor(List.of(Milestone.FIRST_RESPONSE))).isNull();
        var proposal = urgent.proposalFor(List.of(Milestone.FIRST_RESPONSE, Milestone.RESOLUTION));
        assertThat(proposal.amount()).isEqualByComparingTo("50");
        assertThat(proposal.milestones()).containsExactly(Milestone.RESOLUTION);
    }
}
