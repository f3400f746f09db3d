package dev.loopline.severity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** The rules seeded into PostgreSQL are the default rules the unit tests check. */
@QuarkusTest
class SeededRulesTest {

    @Test
    @Transactional
    void theSeededRulesAreTheDefaultRulesOfTheDesign() {
        assertThat(SeverityRule.enabledInOrder()).containsExactlyElementsOf(SeverityCriteriaTest.DEFAULT_RULES);
    }
}
