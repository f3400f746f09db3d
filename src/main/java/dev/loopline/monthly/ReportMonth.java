package dev.loopline.monthly;

import dev.loopline.common.ProblemException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A calendar month cut in the service centre's zone: [from, to) as instants, and the month before it. */
public record ReportMonth(YearMonth month, ZoneId zone) {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    /** The month a request names (YYYY-MM); a missing, malformed or future month is a 400 on `month`. */
    public static ReportMonth parse(String value, Instant now, ZoneId zone) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter("month", "is required, as YYYY-MM (e.g. 2026-11)");
        }
        YearMonth month;
        try {
            month = SHAPE.matcher(value.strip()).matches() ? YearMonth.parse(value.strip()) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null) {
            throw ProblemException.badParameter("month", "must be a month as YYYY-MM (e.g. 2026-11)");
        }
        if (month.isAfter(YearMonth.from(now.atZone(zone)))) {
            throw ProblemException.badParameter("month", "must not be in the future (months are cut in " + zone + ")");
        }
        return new ReportMonth(month, zone);
    }

    public Instant from() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public Instant to() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    public ReportMonth previous() {
        return new ReportMonth(month.minusMonths(1), zone);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
