package dev.loopline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import org.junit.jupiter.api.Test;

class SeverityOverrideTest {

    @Test
    void noRequestedSeverityTakesTheSuggestion() {
        var decision = SeverityOverride.decide(Severity.IMPORTANT, null, null, false);
        assertThat(decision.severity()).isEqualTo(Severity.IMPORTANT);
        assertThat(decision.overridden()).isFalse();
    }

    @Test
    void anUpgradeWithAReasonIsTheAgentsCall() {
        var decision = SeverityOverride.decide(Severity.ROUTINE, Severity.URGENT, " 老人独居 ", false);
        assertThat(decision.severity()).isEqualTo(Severity.URGENT);
        assertThat(decision.reason()).isEqualTo("老人独居");
        assertThat(decision.overridden()).isTrue();
    }

    @Test
    void aChangeWithoutAReasonIsRefusedByItsRule() {
        assertThatThrownBy(() -> SeverityOverride.decide(Severity.ROUTINE, Severity.IMPORTANT, "  ", false))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.rule).isEqualTo(SeverityOverride.REASON_RULE);
                    assertThat(e.type).isEqualTo(ProblemType.VALIDATION);
                });
    }

    @Test
    void aDowngradeWithoutSupervisorAuthorityIsForbidden() {
        assertThatThrownBy(() -> SeverityOverride.decide(Severity.URGENT, Severity.IMPORTANT, "reason", false))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.rule).isEqualTo(SeverityOverride.DOWNGRADE_RULE);
                    assertThat(e.type).isEqualTo(ProblemType.FORBIDDEN);
                });
    }

    @Test
    void aSupervisorMayDowngradeWithAReason() {
        var decision = SeverityOverride.decide(Severity.URGENT, Severity.ROUTINE, "误报", true);
        assertThat(decision.severity()).isEqualTo(Severity.ROUTINE);
        assertThat(decision.overridden()).isTrue();
    }
}
