package dev.loopline.severity;

import dev.loopline.ticket.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopline.common.ProblemException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default rules of DESIGN §2, as seeded, evaluated without Quarkus. */
class SeverityCriteriaTest {

    private static final Set<String> WITHOUT_SUPPLY =
            Set.of("INDOOR_TEMPERATURE_LOW", "NO_HEATING", "OUTAGE", "NO_WATER", "NO_GAS");
    private static final Set<String> ALL_VULNERABILITIES = Set.of("ELDERLY_ALONE", "DISABLED", "HEARING_IMPAIRED",
            "NON_NATIVE_SPEAKER", "INFANT_OR_CHILD", "MEDICAL_EQUIPMENT");

    static final List<SeverityCriteria> DEFAULT_RULES = List.of(
            rule("SAFETY_HAZARD", Severity.URGENT, Set.of("SAFETY_HAZARD", "GAS_LEAK_SUSPECTED"), Set.of(), Set.of(),
                    false),
            rule("HEALTH_RISK", Severity.URGENT, Set.of("WATER_QUALITY"), Set.of(), Set.of(), false),
            rule("CHILD_WITHOUT_SUPPLY", Severity.URGENT, WITHOUT_SUPPLY, Set.of(), Set.of("INFANT_OR_CHILD"), false),
            rule("VULNERABLE_WITHOUT_SUPPLY", Severity.URGENT, WITHOUT_SUPPLY, Set.of(), ALL_VULNERABILITIES, false),
            rule("MEDIA_OR_REGULATOR", Severity.URGENT, Set.of(), Set.of("MEDIA", "REGULATOR"), Set.of(), false),
            rule("REPEAT_COMPLAINT", Severity.IMPORTANT, Set.of(), Set.of(), Set.of(), true),
            rule("GOV_HOTLINE_TRANSFER", Severity.IMPORTANT, Set.of(), Set.of("GOV_HOTLINE_12345"), Set.of(), false));

    @Test
    void anOrdinaryComplaintIsRoutineWithNoRuleFired() {
        var suggestion = suggest("HEATING_FEE", "HOTLINE", Set.of(), false);
        assertThat(suggestion.severity()).isEqualTo(Severity.ROUTINE);
        assertThat(suggestion.rulesFired()).isEmpty();
    }

    @Test
    void aSafetyHazardIsUrgentWhateverTheChannel() {
        assertThat(suggest("GAS_LEAK_SUSPECTED", "APP", Set.of(), false).rulesFired()).containsExactly("SAFETY_HAZARD");
        assertThat(suggest("SAFETY_HAZARD", "HOTLINE", Set.of(), false).severity()).isEqualTo(Severity.URGENT);
    }

    @Test
    void aVulnerableCustomerWithoutHeatIsUrgent() {
        var suggestion = suggest("INDOOR_TEMPERATURE_LOW", "HOTLINE", Set.of("ELDERLY_ALONE"), false);
        assertThat(suggestion.severity()).isEqualTo(Severity.URGENT);
        assertThat(suggestion.rulesFired()).containsExactly("VULNERABLE_WITHOUT_SUPPLY");
    }

    @Test
    void aChildWithoutPowerFiresBothTheChildAndTheVulnerableRule() {
        assertThat(suggest("OUTAGE", "HOTLINE", Set.of("INFANT_OR_CHILD"), false).rulesFired())
                .containsExactly("CHILD_WITHOUT_SUPPLY", "VULNERABLE_WITHOUT_SUPPLY");
    }

    @Test
    void aVulnerableCustomerWithABillingQuestionIsNotUrgent() {
        assertThat(suggest("ELECTRICITY_BILL", "HOTLINE", Set.of("ELDERLY_ALONE"), false).severity())
                .isEqualTo(Severity.ROUTINE);
    }

    @Test
    void mediaOrRegulatorIsUrgent() {
        assertThat(suggest("HEATING_FEE", "REGULATOR", Set.of(), false).severity()).isEqualTo(Severity.URGENT);
    }

    @Test
    void aRepeatOrA12345TransferIsAtLeastImportant() {
        assertThat(suggest("HEATING_FEE", "HOTLINE", Set.of(), true).rulesFired()).containsExactly("REPEAT_COMPLAINT");
        assertThat(suggest("HEATING_FEE", "GOV_HOTLINE_12345", Set.of(), false).severity())
                .isEqualTo(Severity.IMPORTANT);
        var repeatedTransfer = suggest("HEATING_FEE", "GOV_HOTLINE_12345", Set.of(), true);
        assertThat(repeatedTransfer.severity()).isEqualTo(Severity.IMPORTANT);
        assertThat(repeatedTransfer.rulesFired()).containsExactly("REPEAT_COMPLAINT", "GOV_HOTLINE_TRANSFER");
    }

    @Test
    void theMostSevereFiredRuleWins() {
        var suggestion = suggest("NO_HEATING", "GOV_HOTLINE_12345", Set.of("DISABLED"), true);
        assertThat(suggestion.severity()).isEqualTo(Severity.URGENT);
        assertThat(suggestion.rulesFired())
                .containsExactly("VULNERABLE_WITHOUT_SUPPLY", "REPEAT_COMPLAINT", "GOV_HOTLINE_TRANSFER");
    }

    @Test
    void aRuleWithNoCriteriaButRepeatFiresOnlyOnRepeats() {
        var always = rule("EVERYTHING", Severity.IMPORTANT, Set.of(), Set.of(), Set.of(), false);
        assertThat(always.firesFor(new SeverityCriteria.Intake("OTHER", "APP", Set.of(), false))).isTrue();
    }

    @Test
    void aRuleThatWouldFireForEveryIntakeIsRefusedAndEveryDefaultRuleSetsACriterion() {
        var always = rule("EVERYTHING", Severity.IMPORTANT, Set.of(), Set.of(), Set.of(), false);
        assertThatThrownBy(always::requireACriterion).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).rule).isEqualTo(SeverityCriteria.NEEDS_A_CRITERION));
        DEFAULT_RULES.forEach(SeverityCriteria::requireACriterion);
    }

    private static SeverityCriteria.Suggestion suggest(String category, String channel, Set<String> vulnerabilities,
            boolean repeat) {
        return SeverityCriteria.suggest(DEFAULT_RULES,
                new SeverityCriteria.Intake(category, channel, vulnerabilities, repeat));
    }

    private static SeverityCriteria rule(String name, Severity severity, Set<String> categories, Set<String> channels,
            Set<String> vulnerabilities, boolean repeat) {
        return new SeverityCriteria(name, severity, categories, channels, vulnerabilities, repeat);
    }
}
