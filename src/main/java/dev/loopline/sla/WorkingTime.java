package dev.loopline.sla;

import java.time.Duration;
import java.time.Instant;

/** The clock an SLA runs on: when a given amount of counted time has passed since a start. */
@FunctionalInterface
public interface WorkingTime {

    String TWENTY_FOUR_SEVEN_NAME = "24x7";

    /** Every hour counts. */
    WorkingTime TWENTY_FOUR_SEVEN = Instant::plus;

    Instant plus(Instant start, Duration target);
}
