package dev.loopline.ticket;

import java.time.Duration;
import java.time.Instant;

/** The clock an SLA runs on (24×7 or a business calendar): which time counts towards a target. */
public interface SlaClock {

    String TWENTY_FOUR_SEVEN_NAME = "24x7";

    /** Every hour counts. */
    SlaClock TWENTY_FOUR_SEVEN = new SlaClock() {
        @Override
        public Instant plus(Instant start, Duration counted) {
            return start.plus(counted);
        }

        @Override
        public Duration counted(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };

    /** When `counted` time has passed since `start`. */
    Instant plus(Instant start, Duration counted);

    /** How much time counts between two instants (zero when `to` is not after `from`). */
    Duration counted(Instant from, Instant to);
}
