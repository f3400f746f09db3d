package dev.loopline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due-time arithmetic over a business calendar, without Quarkus. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<BusinessCalendar.Hours> OFFICE =
            List.of(BusinessCalendar.Hours.parse("08:30-12:00"), BusinessCalendar.Hours.parse("13:00-17:30"));

    /** Mon–Fri office hours; National Day 2026-10-01..07 off; Sat 2026-10-10 a make-up working day. */
    private static final BusinessCalendar CHINA = new BusinessCalendar("cn", SHANGHAI, weekdays(OFFICE),
            Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"),
                    LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")),
            Map.of(LocalDate.parse("2026-10-10"), OFFICE));

    @Test
    void withinOneWorkingStretchTheTargetIsPlainAddition() {
        assertThat(CHINA.plusWorkingTime(at("2026-11-23T09:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-23T11:00"));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(CHINA.plusWorkingTime(at("2026-11-23T11:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-23T14:00"));
    }

    @Test
    void overnightTheClockStopsAtCloseAndRunsOnAtOpening() {
        assertThat(CHINA.plusWorkingTime(at("2026-11-23T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-24T09:00"));
    }

    @Test
    void aTicketLoggedAtNightStartsItsClockAtOpening() {
        assertThat(CHINA.plusWorkingTime(at("2026-11-23T22:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-11-24T09:00"));
    }

    @Test
    void theWeekendIsSkipped() {
        assertThat(CHINA.plusWorkingTime(at("2026-11-27T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-30T09:00"));
    }

    @Test
    void publicHolidaysAreSkipped() {
        // Wed 30 Sep 17:00 + 1 h: 1–7 Oct are off (3–4 Oct a weekend), so it runs out on Thu 8 Oct
        assertThat(CHINA.plusWorkingTime(at("2026-09-30T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-10-08T09:00"));
    }

    @Test
    void aMakeUpWorkingDayCountsThoughItIsASaturday() {
        // Fri 9 Oct 17:00 + 1 h: Saturday 10 Oct is a make-up working day (调休)
        assertThat(CHINA.plusWorkingTime(at("2026-10-09T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-10-10T09:00"));
    }

    @Test
    void aTargetSpanningMoreThanAWeekCountsOnlyWorkingTime() {
        // 8 working hours a day; 72 working hours = 9 working days: Mon 23 Nov 08:30 → Thu 3 Dec 17:30
        assertThat(CHINA.plusWorkingTime(at("2026-11-23T08:30"), Duration.ofHours(72)))
                .isEqualTo(at("2026-12-03T17:30"));
    }

    @Test
    void aZoneWithDaylightSavingKeepsLocalOfficeHours() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar calendar = new BusinessCalendar("de", berlin, weekdays(List.of(
                BusinessCalendar.Hours.parse("09:00-17:00"))), Set.of(), Map.of());
        // Fri 27 Mar 2026 16:00 CET + 2 h: one hour on Friday, one on Monday 30 Mar after the switch to CEST
        Instant due = calendar.plusWorkingTime(ZonedDateTime.of(2026, 3, 27, 16, 0, 0, 0, berlin).toInstant(),
                Duration.ofHours(2));
        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 3, 30, 10, 0, 0, 0, berlin).toInstant());
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void aCalendarWithoutWorkingTimeIsAnError() {
        BusinessCalendar closed = new BusinessCalendar("closed", SHANGHAI, Map.of(), Set.of(), Map.of());
        assertThatThrownBy(() -> closed.plusWorkingTime(at("2026-11-23T09:00"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BusinessCalendar.Hours.parse("17:00-09:00")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String localShanghai) {
        return java.time.LocalDateTime.parse(localShanghai).atZone(SHANGHAI).toInstant();
    }

    private static Map<DayOfWeek, List<BusinessCalendar.Hours>> weekdays(List<BusinessCalendar.Hours> hours) {
        Map<DayOfWeek, List<BusinessCalendar.Hours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, hours);
        }
        return week;
    }
}
