package dev.loopline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaTargetsTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-20T23:50:00Z");

    @Test
    void urgentTargetsRunOnTheTwentyFourSevenClock() {
        var urgent = new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24), "24x7", 80);
        var due = urgent.dueFrom(ACCEPTED);
        assertThat(due.firstResponse().dueAt()).isEqualTo(Instant.parse("2026-11-21T00:20:00Z"));
        assertThat(due.firstResponse().atRiskAt()).isEqualTo(Instant.parse("2026-11-21T00:14:00Z"));
        assertThat(due.resolution().dueAt()).isEqualTo(Instant.parse("2026-11-21T23:50:00Z"));
        assertThat(urgent.onSiteArrivalFrom(ACCEPTED).dueAt()).isEqualTo(Instant.parse("2026-11-21T01:50:00Z"));
    }

    @Test
    void theAtRiskShareFollowsThePolicy() {
        var routine = new SlaTargets(Duration.ofHours(72), Duration.ofHours(72), Duration.ofDays(7), "24x7", 50);
        assertThat(routine.dueFrom(ACCEPTED).firstResponse().atRiskAt()).isEqualTo(ACCEPTED.plus(Duration.ofHours(36)));
    }
}
