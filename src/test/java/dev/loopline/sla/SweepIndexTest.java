package dev.loopline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each sweep query can be answered from its partial index. Sequential scans, bitmap scans and sorts are switched
 * off for the EXPLAIN so the planner's choice on a small test table does not hide whether the index's condition
 * matches the query's (src/bench/sla-bench measures the real plans at a million tickets).
 */
@QuarkusTest
class SweepIndexTest {

    private static final Map<SlaFlag, String> INDEX = Map.of(
            SlaFlag.RESPONSE_AT_RISK, "ticket_sla_response_at_risk_due",
            SlaFlag.RESPONSE_BREACHED, "ticket_sla_response_breach_due",
            SlaFlag.RESOLUTION_AT_RISK, "ticket_sla_resolution_at_risk_due",
            SlaFlag.RESOLUTION_BREACHED, "ticket_sla_resolution_breach_due",
            SlaFlag.RESOLUTION_OVERRUN, "ticket_sla_resolution_overrun_due",
            SlaFlag.ARRIVAL_AT_RISK, "work_order_arrival_at_risk_due",
            SlaFlag.ARRIVAL_BREACHED, "work_order_arrival_breach_due",
            SlaFlag.PROMISE_BROKEN, "ticket_sla_promise_due");

    @Inject
    AgroalDataSource db;

    @ParameterizedTest
    @EnumSource(SlaFlag.class)
    void theSweepQueryUsesItsPartialIndex(SlaFlag flag) throws Exception {
        // on a small table another partial index on "closed_at is null" can tie; the sweep's index also gives the
        // order the query asks for, which is what makes it win at scale (hence sorts off too)
        assertThat(Sql.indexPlan(db, flag.dueQuery(), Timestamp.from(Instant.now()), 1000))
                .contains("Index Scan using " + INDEX.get(flag)).doesNotContain("Seq Scan");
    }
}
