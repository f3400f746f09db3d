package dev.loopline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RepeatComplaintsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final RepeatComplaints RULE = new RepeatComplaints(Duration.ofDays(30), 3);

    @Test
    void aFirstComplaintIsNoRepeat() {
        var finding = RULE.assess(List.of(), "NO_HEATING", NOW);
        assertThat(finding.isRepeat()).isFalse();
        assertThat(finding.escalate()).isFalse();
    }

    @Test
    void oneEarlierOfTheSameCategoryMakesARepeatButNoEscalation() {
        var earlier = earlier("NO_HEATING", Duration.ofDays(3));
        var finding = RULE.assess(List.of(earlier), "NO_HEATING", NOW);
        assertThat(finding.repeats()).containsExactly(earlier);
        assertThat(finding.escalate()).isFalse();
    }

    @Test
    void theThirdInTheWindowEscalatesAndLinksOldestFirst() {
        var older = earlier("NO_HEATING", Duration.ofDays(20));
        var newer = earlier("NO_HEATING", Duration.ofDays(2));
        var finding = RULE.assess(List.of(newer, older), "NO_HEATING", NOW);
        assertThat(finding.repeats()).containsExactly(older, newer);
        assertThat(finding.escalate()).isTrue();
    }

    @Test
    void otherCategoriesAndTicketsOutsideTheWindowDoNotCount() {
        var otherCategory = earlier("HEATING_FEE", Duration.ofDays(1));
        var tooOld = earlier("NO_HEATING", Duration.ofDays(30).plusSeconds(1));
        var onTheEdge = earlier("NO_HEATING", Duration.ofDays(30));
        var finding = RULE.assess(List.of(otherCategory, tooOld, onTheEdge), "NO_HEATING", NOW);
        assertThat(finding.repeats()).containsExactly(onTheEdge);
    }

    @Test
    void aWindowMustBePositiveAndEscalationAtLeastTheSecond() {
        assertThatThrownBy(() -> new RepeatComplaints(Duration.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepeatComplaints(Duration.ofDays(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RepeatComplaints.Earlier earlier(String category, Duration ago) {
        return new RepeatComplaints.Earlier(UUID.randomUUID(), "HT-2026-000001", category, NOW.minus(ago));
    }
}
