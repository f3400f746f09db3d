package dev.loopline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One condition, two query languages: the same columns, aliased for SQL, as attributes for JPQL. */
class SlaConditionsTest {

    @Test
    void theAtRiskConditionNamesEachColumnWithItsAliasInSql() {
        assertThat(SlaConditions.AT_RISK.sql("s")).isEqualTo("s.closed_at is null and s.response_breached_at is null"
                + " and s.resolution_breached_at is null"
                + " and (s.response_at_risk_flagged_at is not null or s.resolution_at_risk_flagged_at is not null)");
    }

    @Test
    void theAtRiskConditionNamesTheTicketsAttributesInJpql() {
        assertThat(SlaConditions.AT_RISK.jpql()).isEqualTo("closedAt is null and responseBreachedAt is null"
                + " and resolutionBreachedAt is null"
                + " and (responseAtRiskFlaggedAt is not null or resolutionAtRiskFlaggedAt is not null)");
    }
}
