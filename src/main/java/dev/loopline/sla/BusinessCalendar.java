package dev.loopline.sla;

import dev.loopline.ticket.SlaClock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business calendar as data: working hours per weekday, public holidays, make-up working days (调休, a weekend day
 * that is worked, with its own hours) and a time zone. Due-time arithmetic over it is one pure function.
 */
public record BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<Hours>> workingHours,
        Set<LocalDate> holidays, Map<LocalDate, List<Hours>> makeUpWorkdays) implements SlaClock {

    /** How far ahead a calendar is searched for working time before it is judged to have none. */
    private static final int MAX_DAYS = 3 * 366;

    /** One stretch of working time in a day, in local time; `closes` after `opens`. */
    public record Hours(LocalTime opens, LocalTime closes) {

        public Hours {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("working hours must close after they open: " + opens + "-" + closes);
            }
        }

        /** Parses "08:30-12:00". */
        public static Hours parse(String text) {
            String[] parts = text.strip().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("working hours look like 08:30-12:00, not " + text);
            }
            return new Hours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        }

        @Override
        public String toString() {
            return opens + "-" + closes;
        }
    }

    /** The working hours of one local date: a make-up day's own, none on a holiday, else its weekday's. */
    public List<Hours> hoursOn(LocalDate day) {
        if (makeUpWorkdays.containsKey(day)) {
            return makeUpWorkdays.get(day);
        }
        if (holidays.contains(day)) {
            return List.of();
        }
        return workingHours.getOrDefault(day.getDayOfWeek(), List.of());
    }

    @Override
    public Instant plus(Instant start, Duration target) {
        return plusWorkingTime(start, target);
    }

    /** The instant at which `target` of working time has passed since `start`. */
    public Instant plusWorkingTime(Instant start, Duration target) {
        if (target.isNegative()) {
            throw new IllegalArgumentException("a target cannot be negative");
        }
        Duration left = target;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Hours hours : hoursOn(day)) {
                Instant opens = ZonedDateTime.of(day, hours.opens(), zone).toInstant();
                Instant closes = ZonedDateTime.of(day, hours.closes(), zone).toInstant();
                Instant from = opens.isBefore(start) ? start : opens;
                if (!from.isBefore(closes)) {
                    continue;
                }
                Duration available = Duration.between(from, closes);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("calendar " + name + " has no working time within " + MAX_DAYS + " days");
    }

    /** The working time between two instants: what a pause from `from` to `to` takes off the clock. */
    @Override
    public Duration counted(Instant from, Instant to) {
        Duration counted = Duration.ZERO;
        if (!to.isAfter(from)) {
            return counted;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Hours hours : hoursOn(day)) {
                Instant opens = ZonedDateTime.of(day, hours.opens(), zone).toInstant();
                Instant closes = ZonedDateTime.of(day, hours.closes(), zone).toInstant();
                Instant start = opens.isBefore(from) ? from : opens;
                Instant end = closes.isAfter(to) ? to : closes;
                if (start.isBefore(end)) {
                    counted = counted.plus(Duration.between(start, end));
                }
            }
        }
        return counted;
    }
}
