package dev.loopline.common;

import java.time.Duration;

/** How an admin's target durations (SLA targets, acknowledgement targets) are checked before they are stored. */
public final class Durations {

    private static final Duration LONGEST = Duration.ofDays(366);

    private Durations() {
    }

    /** The target in whole seconds; refuses (422 on the field) a missing, non-positive, fractional or over-a-year one. */
    public static long targetSeconds(String field, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.toNanosPart() != 0) {
            throw ProblemException.invalid(field, "must be a positive ISO-8601 duration in whole seconds, e.g. PT30M");
        }
        if (duration.compareTo(LONGEST) > 0) {
            throw ProblemException.invalid(field, "must be at most a year");
        }
        return duration.toSeconds();
    }
}
