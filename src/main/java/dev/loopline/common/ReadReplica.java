package dev.loopline.common;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jboss.logging.Logger;

/**
 * The optional read replica (the datasource `replica`, active once its URL is set) and whether it may serve reads
 * now: checked every `loopline.replica.check-every`, it serves them while it is a standby that has replayed what the
 * primary had written `loopline.replica.max-lag` ago. Each change of state is logged once.
 */
@ApplicationScoped
public class ReadReplica {

    /** Where the reads that may use the replica go, and why. */
    public enum State {
        /** No replica configured: every read on the primary, as without this class. */
        UNCONFIGURED,
        IN_USE,
        LAGGING,
        /** Unreachable, too slow to answer, or failing a read; also before its first check. */
        DOWN,
        /** It answers but is not in recovery (promoted, or the primary itself): it may miss the primary's writes. */
        NOT_A_STANDBY
    }

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    private static final String POSITION = " - '0/0'::pg_lsn";

    /** The primary's WAL position at a check, and when (System.nanoTime). */
    private record Sample(long atNanos, long written) {
    }

    @Inject
    @DataSource("replica")
    InjectableInstance<AgroalDataSource> replicas;

    @Inject
    AgroalDataSource primary;

    @Inject
    LooplineConfig config;

    private AgroalDataSource replica;
    private final Deque<Sample> written = new ArrayDeque<>();
    private volatile State state = State.UNCONFIGURED;
    private volatile long replayed;
    private volatile Duration lag;
    private boolean reported;

    @PostConstruct
    void findReplica() {
        replica = replicas.listActive().stream().findFirst().orElse(null);
        state = replica == null ? State.UNCONFIGURED : State.DOWN;
    }

    void registerGauges(@Observes StartupEvent start, MeterRegistry meters) {
        Gauge.builder("loopline.replica.in.use", this, r -> r.state == State.IN_USE ? 1 : 0)
                .description("1 while the board, the monthly report and lists read from the replica").register(meters);
        Gauge.builder("loopline.replica.lag.seconds", this, r -> r.lag == null ? Double.NaN : r.lag.toMillis() / 1e3)
                .description("How far the replica's replay is behind the primary, as of the last check")
                .register(meters);
    }

    public boolean configured() {
        return replica != null;
    }

    /** Whether reads may go to the replica (then each read still checks its caller's own writes). */
    public boolean inUse() {
        return state == State.IN_USE;
    }

    public State state() {
        return state;
    }

    /** The lag measured at the last check; null before one succeeded. */
    public Duration lag() {
        return lag;
    }

    /** The replica's replay position as of the last check. */
    public long replayed() {
        return replayed;
    }

    /** A connection to the replica (reads only: it is never part of a transaction of the service). */
    Connection connection() throws SQLException {
        return replica.getConnection();
    }

    /** Whether the replica, on this connection, has replayed the WAL up to `position`. */
    static boolean hasReplayed(Connection connection, long position) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_last_wal_replay_lsn()" + POSITION)) {
            return row.next() && row.getLong(1) >= position;
        }
    }

    /** The primary's current WAL position: past the commit of every transaction that committed before this call. */
    long primaryPosition() throws SQLException {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_current_wal_lsn()" + POSITION)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A read on the replica failed: reads go to the primary until the next check finds it well. */
    void failed(Exception e) {
        if (state == State.IN_USE) {
            change(State.DOWN, "a read failed (" + e.getMessage() + ")");
        }
    }

    @Scheduled(identity = "replica-check", every = "${loopline.replica.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledCheck() {
        if (configured()) {
            check();
        }
    }

    /**
     * Reads the replica's replay position, then the primary's position, and keeps the primary's positions of the
     * last checks: the lag is the age of the newest of them the replica has replayed (an idle primary is no lag).
     */
    public synchronized State check() {
        long replay;
        try (Connection connection = replica.getConnection()) {
            connection.setNetworkTimeout(Runnable::run, (int) config.replica().checkTimeout().toMillis());
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                    "select pg_is_in_recovery(), pg_last_wal_replay_lsn()" + POSITION)) {
                row.next();
                if (!row.getBoolean(1)) {
                    lag = null;
                    return change(State.NOT_A_STANDBY, "it is not in recovery");
                }
                replay = row.getLong(2);
            }
        } catch (SQLException e) {
            lag = null;
            return change(State.DOWN, "unreachable (" + e.getMessage() + ")");
        }
        long now;
        try {
            long position = primaryPosition();
            now = System.nanoTime();
            written.addLast(new Sample(now, position));
        } catch (SQLException e) {
            return state; // the primary itself is away: every read fails alike, whatever the replica's state
        }
        long horizon = now - 2 * config.replica().maxLag().toNanos();
        while (written.size() > 1 && written.peekFirst().atNanos() < horizon) {
            written.removeFirst();
        }
        replayed = replay;
        Sample passed = null;
        for (Sample sample : written) {
            if (sample.written() <= replay) {
                passed = sample;
            }
        }
        // none passed: behind every position kept, so at least as old as the oldest (or not yet known)
        lag = Duration.ofNanos(now - (passed == null ? written.peekFirst().atNanos() : passed.atNanos()));
        if (passed == null || lag.compareTo(config.replica().maxLag()) > 0) {
            return change(State.LAGGING, "its replay is more than " + config.replica().maxLag().toMillis()
                    + " ms behind the primary (" + lag.toMillis() + " ms)");
        }
        return change(State.IN_USE, "its replay is " + lag.toMillis() + " ms behind the primary");
    }

    private State change(State next, String why) {
        State previous = state;
        state = next;
        if (previous != next || !reported) { // the first check's finding is logged too, even "down" from the start
            reported = true;
            String message = "Read replica " + next + ": " + why + "; the board, the monthly report and lists read"
                    + (next == State.IN_USE ? " from the replica" : " from the primary");
            if (next == State.IN_USE) {
                LOG.info(message);
            } else {
                LOG.warn(message);
            }
        }
        return next;
    }
}
