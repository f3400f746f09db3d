package dev.loopline.common;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one clock every rule reads; tests replace it to move time instead of sleeping. */
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        // microseconds: what timestamptz stores, so a time read back equals the time written and hashed
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
