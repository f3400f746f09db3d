package dev.loopline.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The one place that decides where a read of the board, the monthly report or a list goes. It goes to the replica
 * when one is configured and {@link ReadReplica#inUse() in use}, the caller is in no transaction (what a write
 * transaction reads stays on the primary) and the replica has replayed the caller's own last write
 * ({@link RecentWrites}); otherwise, or when the replica fails it, the same read runs on the primary. The read is one
 * function of an entity manager, so each query is written once for both.
 */
@ApplicationScoped
public class Reads {

    @Inject
    ReadReplica replica;

    @Inject
    RecentWrites writes;

    @Inject
    EntityManager primary;

    @Inject
    SessionFactory sessions;

    @Inject
    MeterRegistry meters;

    private Counter fromReplica;
    private Counter fromPrimary;

    @PostConstruct
    void counters() {
        fromReplica = Counter.builder("loopline.replica.reads").tag("source", "replica")
                .description("Reads of the board, the monthly report and lists, by where they were read")
                .register(meters);
        fromPrimary = Counter.builder("loopline.replica.reads").tag("source", "primary")
                .description("Reads of the board, the monthly report and lists, by where they were read")
                .register(meters);
    }

    /** Runs `read` on the replica or, as without one, on the primary in the caller's context. */
    public <T> T read(Function<EntityManager, T> read) {
        return route(read, false);
    }

    /** The same for a read that needs a transaction (it sets options for it): on the primary it joins or begins one. */
    public <T> T readInTransaction(Function<EntityManager, T> read) {
        return route(read, true);
    }

    private <T> T route(Function<EntityManager, T> read, boolean transaction) {
        if (replica.inUse() && !QuarkusTransaction.isActive()) {
            Answer<T> answer = onReplica(read);
            if (answer != null) {
                fromReplica.increment();
                return answer.value();
            }
        }
        if (replica.configured()) {
            fromPrimary.increment();
        }
        return transaction ? QuarkusTransaction.joiningExisting().call(() -> read.apply(primary)) : read.apply(primary);
    }

    private record Answer<T>(T value) {
    }

    /** The read on a replica's connection in a read-only transaction; null when the primary must answer it. */
    private <T> Answer<T> onReplica(Function<EntityManager, T> read) {
        long mustSee;
        try {
            mustSee = writes.positionFor(caller());
        } catch (SQLException e) {
            return null; // the primary's position unread: the primary answers, or fails as it would without a replica
        }
        try (Connection connection = replica.connection()) {
            if (mustSee > replica.replayed() && !ReadReplica.hasReplayed(connection, mustSee)) {
                return null;
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Session session = sessions.withOptions().connection(connection).readOnly(true)
                    .flushMode(FlushMode.MANUAL).openSession()) {
                return new Answer<>(read.apply(session));
            } finally {
                connection.rollback();
            }
        } catch (SQLException | PersistenceException e) {
            replica.failed(e);
            return null;
        }
    }

    /** The user of the request being answered; null in a job. */
    private static String caller() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
