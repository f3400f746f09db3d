package dev.loopline.authority;

import io.quarkus.panache.common.Sort;
import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.Refreshing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reads and edits the authority matrix. */
@ApplicationScoped
public class AuthorityService {

    @Inject
    Clock clock;

    @Inject
    ConfigurationCache cache;

    private Refreshing<Authority> matrix;

    @PostConstruct
    void init() {
        matrix = cache.copyOf(AuthorityLimit::matrix);
    }

    /** The matrix every decision is checked against (kept briefly in memory). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Authority matrix() {
        return matrix.get();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthorityLimit> list() {
        return AuthorityLimit.listAll(Sort.by("compensationLimit").and("role"));
    }

    @Transactional
    public AuthorityLimit set(String role, BigDecimal limit, boolean mayDowngrade, boolean maySignOff,
            Boolean mayChangeClass) {
        AuthorityLimit row = AuthorityLimit.findById(role);
        boolean added = row == null;
        if (added) {
            row = new AuthorityLimit();
            row.role = role;
        }
        row.compensationLimit = limit;
        row.mayDowngradeSeverity = mayDowngrade;
        row.maySignOffClosure = maySignOff;
        if (mayChangeClass != null) {
            row.mayChangeClass = mayChangeClass;
        }
        row.updatedAt = Instant.now(clock);
        if (added) {
            row.persist();
        }
        cache.changed("authority of " + role);
        return row;
    }
}
