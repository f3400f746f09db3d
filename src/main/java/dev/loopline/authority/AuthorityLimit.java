package dev.loopline.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** One row of the authority matrix, as admins edit it. */
@Entity
@Table(name = "authority_limit")
public class AuthorityLimit extends PanacheEntityBase {

    @Id
    public String role;

    @Column(name = "compensation_limit")
    public BigDecimal compensationLimit;

    @Column(name = "may_downgrade_severity")
    public boolean mayDowngradeSeverity;

    @Column(name = "may_sign_off_closure")
    public boolean maySignOffClosure;

    /** Whether the role may change a ticket's complaint class (e.g. take a MAJOR ticket out of sign-off). */
    public boolean mayChangeClass;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Read through {@link AuthorityService#matrix()}, which keeps it briefly in memory. */
    static Authority matrix() {
        Map<String, Authority.Grant> grants = AuthorityLimit.<AuthorityLimit>listAll().stream()
                .collect(Collectors.toMap(l -> l.role,
                        l -> new Authority.Grant(l.compensationLimit, l.mayDowngradeSeverity, l.maySignOffClosure,
                                l.mayChangeClass)));
        return new Authority(grants);
    }
}
