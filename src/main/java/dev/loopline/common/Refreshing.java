package dev.loopline.common;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Configuration that every request reads and an administrator rarely changes (categories, severity rules, the
 * authority matrix, SLA policies and calendars), kept in memory for a short while. A change made through this
 * instance drops the value when its transaction commits ({@link ConfigurationCache}); a change made through
 * another instance, or in the database by hand, is read within {@code loopline.configuration-cache}.
 */
public final class Refreshing<T> {

    private record Loaded<T>(T value, long at, long generation) {
    }

    private final Supplier<T> loader;
    private final long maxAgeNanos;
    private volatile Loaded<T> loaded;
    private volatile long generation;

    /** Made by {@link ConfigurationCache#copyOf(Supplier)}, which drops it on a change. */
    Refreshing(Duration maxAge, Supplier<T> loader) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public T get() {
        Loaded<T> current = loaded;
        long now = System.nanoTime();
        if (current != null && current.generation == generation && now - current.at < maxAgeNanos) {
            return current.value;
        }
        // a load that began before an invalidation may have read the old rows: it is used once, not kept
        long before = generation;
        T value = loader.get();
        if (before == generation) {
            loaded = new Loaded<>(value, now, before);
        }
        return value;
    }

    public void invalidate() {
        synchronized (this) {
            generation++;
        }
        loaded = null;
    }
}
