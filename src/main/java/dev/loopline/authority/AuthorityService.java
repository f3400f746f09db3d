package dev.loopline.authority;

import io.quarkus.panache.common.Sort;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthorityLimit> list() {
        return AuthorityLimit.listAll(Sort.by("compensationLimit").and("role"));
    }

    @Transactional
    public AuthorityLimit set(String role, BigDecimal limit, boolean mayDowngrade, boolean maySignOff) {
        AuthorityLimit row = AuthorityLimit.findById(role);
        boolean added = row == null;
        if (added) {
            row = new AuthorityLimit();
            row.role = role;
        }
        row.compensationLimit = limit;
        row.mayDowngradeSeverity = mayDowngrade;
        row.maySignOffClosure = maySignOff;
        row.updatedAt = Instant.now(clock);
        if (added) {
            row.persist();
        }
        return row;
    }
}
