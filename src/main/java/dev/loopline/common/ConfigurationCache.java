package dev.loopline.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The in-memory copies of configuration on this instance ({@link Refreshing}): each is kept for
 * {@code loopline.configuration-cache}, and all are dropped when an administrator's change commits here.
 */
@ApplicationScoped
public class ConfigurationCache {

    @Inject
    LooplineConfig config;

    @Inject
    Event<ConfigurationChanged> changes;

    private final List<Refreshing<?>> copies = new CopyOnWriteArrayList<>();

    /** A copy of what the loader reads. */
    public <T> Refreshing<T> copyOf(Supplier<T> loader) {
        Refreshing<T> copy = new Refreshing<>(config.configurationCache(), loader);
        copies.add(copy);
        return copy;
    }

    /** Called inside an administrator's change: once it commits, the next read on this instance sees it. */
    public void changed(String what) {
        changes.fire(new ConfigurationChanged(what));
    }

    void dropCopies(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        copies.forEach(Refreshing::invalidate);
    }
}
