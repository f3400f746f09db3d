package dev.loopline.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The repeat-complaint rule (DESIGN §2): earlier tickets of the same customer and category within the window
 * are linked, and once the new ticket is the `escalateAt`-th in the window its class becomes ESCALATED.
 */
public record RepeatComplaints(Duration window, int escalateAt) {

    /** An earlier ticket of the same customer (by phone or account). */
    public record Earlier(UUID id, String number, String category, Instant acceptedAt) {
    }

    /** The earlier tickets the new one repeats, oldest first, and whether it is to be ESCALATED. */
    public record Finding(List<Earlier> repeats, boolean escalate) {

        public boolean isRepeat() {
            return !repeats.isEmpty();
        }
    }

    public RepeatComplaints {
        if (window.isNegative() || window.isZero() || escalateAt < 2) {
            throw new IllegalArgumentException("the repeat window must be positive and escalation at least the 2nd");
        }
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    public Finding assess(List<Earlier> sameCustomer, String category, Instant now) {
        Instant since = windowStart(now);
        List<Earlier> repeats = sameCustomer.stream()
                .filter(e -> e.category().equals(category))
                .filter(e -> !e.acceptedAt().isBefore(since) && !e.acceptedAt().isAfter(now))
                .sorted(Comparator.comparing(Earlier::acceptedAt))
                .toList();
        return new Finding(repeats, repeats.size() + 1 >= escalateAt);
    }
}
