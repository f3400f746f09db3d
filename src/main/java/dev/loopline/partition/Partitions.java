package dev.loopline.partition;

import dev.loopline.common.LooplineConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Makes the month partitions of the timeline, the outbox and the deliveries ahead of time: the current month in
 * {@code loopline.zone} and {@code loopline.partitions.ahead} after it, so that no intake waits for a month's
 * partition at its boundary. Safe on several instances at once: one of them takes a transaction-scoped advisory lock
 * (the others leave it to that one), and the database's {@code month_partition} (V23) makes each month once.
 */
@ApplicationScoped
public class Partitions {

    /** The partitioned tables, each by a time its rows share with their unique groups (README "Partitions"). */
    public static final List<String> TABLES = List.of("ticket_event", "outbox_event", "webhook_delivery");

    private static final Logger LOG = Logger.getLogger(Partitions.class);

    @Inject
    EntityManager em;

    @Inject
    LooplineConfig config;

    /** The months whose partitions are made as of `now`: its month in the zone and `ahead` after it. */
    static List<LocalDate> monthsAhead(Instant now, ZoneId zone, int ahead) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        List<LocalDate> months = new ArrayList<>();
        for (int i = 0; i <= ahead; i++) {
            months.add(current.plusMonths(i).atDay(1));
        }
        return months;
    }

    /** Makes the partitions missing as of `now`; answers what each table's months were ("created", "exists"…). */
    public Map<String, String> ensureAhead(Instant now) {
        List<LocalDate> months = monthsAhead(now, config.zone(), config.partitions().ahead());
        Map<String, String> outcome = QuarkusTransaction.requiringNew().call(() -> {
            // a partition that cannot be attached within the second is made on the next run, not waited for
            em.createNativeQuery("set local lock_timeout = '1s'").executeUpdate();
            Map<String, String> made = new LinkedHashMap<>();
            if (!(Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('loopline.partitions'))")
                    .getSingleResult()) {
                return made; // another instance is making them right now
            }
            for (String table : TABLES) {
                for (LocalDate month : months) {
                    made.put(table + "_" + month.toString().substring(0, 7).replace('-', '_'), (String) em
                            .createNativeQuery("select month_partition(?1, cast(?2 as date), ?3)")
                            .setParameter(1, table).setParameter(2, month.toString())
                            .setParameter(3, config.zone().getId()).getSingleResult());
                }
            }
            return made;
        });
        outcome.forEach((partition, result) -> {
            if ("created".equals(result)) {
                LOG.infof("created partition %s", partition);
            } else if (!"exists".equals(result)) {
                LOG.warnf("partition %s not made: its month's rows are in the default partition already (README"
                        + " \"Partitions\")", partition);
            }
        });
        return outcome;
    }
}
