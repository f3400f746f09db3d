package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory copy of configuration: kept while young, read again when old or invalidated. */
class RefreshingTest {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aYoungValueIsNotReadAgain() {
        Refreshing<Integer> value = new Refreshing<>(Duration.ofHours(1), loads::incrementAndGet);
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);
        assertThat(loads).hasValue(1);
    }

    @Test
    void anInvalidatedValueIsReadAgainAtOnce() {
        Refreshing<Integer> value = new Refreshing<>(Duration.ofHours(1), loads::incrementAndGet);
        value.get();
        value.invalidate();
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void anOldValueIsReadAgain() throws InterruptedException {
        Refreshing<Integer> value = new Refreshing<>(Duration.ofMillis(20), loads::incrementAndGet);
        value.get();
        Thread.sleep(40);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void aLoadOverlappingAnInvalidationIsUsedOnceButNotKept() {
        Refreshing<Integer>[] holder = new Refreshing[1];
        // the loader reads the old rows while a change commits and invalidates
        holder[0] = new Refreshing<>(Duration.ofHours(1), () -> {
            int n = loads.incrementAndGet();
            if (n == 1) {
                holder[0].invalidate();
            }
            return n;
        });
        assertThat(holder[0].get()).isEqualTo(1);
        assertThat(holder[0].get()).isEqualTo(2);
        assertThat(holder[0].get()).isEqualTo(2);
    }
}
