package dev.loopline.archive;

import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.common.Refreshing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The acceptance months that are archived or being archived (table archive_month): their tickets are answered as
 * archived (410, with where to read them) from the moment a month is marked. This instance reads the marks within
 * {@code loopline.configuration-cache}; the archive waits twice that before it detaches a marked month's timeline,
 * so no instance still serves a ticket whose timeline has left. A change to a ticket checks the marks in its
 * locking statement instead ({@link #COVERS}), so no write can slip into a marked month.
 */
@ApplicationScoped
public class ArchivedMonths {

    /** SQL: whether the acceptance time `%1$s` lies in a marked month. */
    public static final String COVERS =
            "exists (select 1 from archive_month a where %1$s >= a.starts_at and %1$s < a.ends_at)";

    private record Span(Instant startsAt, Instant endsAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    ConfigurationCache cache;

    private Refreshing<List<Span>> marked;

    @PostConstruct
    void init() {
        marked = cache.copyOf(this::load);
    }

    /** Whether a ticket accepted at `acceptedAt` is archived or being archived. */
    public boolean covers(Instant acceptedAt) {
        for (Span span : marked.get()) {
            if (!acceptedAt.isBefore(span.startsAt) && acceptedAt.isBefore(span.endsAt)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses a ticket of a marked month: 410, pointing at the archive's read. */
    public static ProblemException archived(UUID id) {
        return new ProblemException(ProblemType.ARCHIVED, "Ticket " + id + " was closed long ago and is archived;"
                + " read it at /api/v1/archive/tickets/" + id);
    }

    /** Whether the ticket is in the archive's tables (asked only when it is not live). */
    public boolean holds(UUID id) {
        return holds(em, id);
    }

    public static boolean holds(EntityManager em, UUID id) {
        return !em.createNativeQuery("select 1 from archive.ticket where id = ?1").setParameter(1, id)
                .getResultList().isEmpty();
    }

    void changed() {
        marked.invalidate();
    }

    private List<Span> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select starts_at, ends_at from archive_month").getResultList();
        return rows.stream().map(r -> new Span(instant(r[0]), instant(r[1]))).toList();
    }

    static Instant instant(Object value) {
        return value instanceof Instant instant ? instant : ((java.time.OffsetDateTime) value).toInstant();
    }
}
