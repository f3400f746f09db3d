package dev.loopline.authority;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The authority matrix (处理权限) as pure data: what the roles someone holds let them decide. */
public record Authority(Map<String, Grant> grants) {

    /** What one role may decide. */
    public record Grant(BigDecimal compensationLimit, boolean mayDowngradeSeverity, boolean maySignOffClosure,
            boolean mayChangeClass) {
    }

    private static final Grant NOTHING = new Grant(BigDecimal.ZERO, false, false, false);

    /** The widest grant among the roles held: the highest limit, and any permission one of them has. */
    public Grant of(Collection<String> roles) {
        Grant widest = NOTHING;
        for (String role : roles) {
            Grant grant = grants.getOrDefault(role, NOTHING);
            widest = new Grant(widest.compensationLimit().max(grant.compensationLimit()),
                    widest.mayDowngradeSeverity() || grant.mayDowngradeSeverity(),
                    widest.maySignOffClosure() || grant.maySignOffClosure(),
                    widest.mayChangeClass() || grant.mayChangeClass());
        }
        return widest;
    }

    public boolean covers(Collection<String> roles, BigDecimal amount) {
        return of(roles).compensationLimit().compareTo(amount) >= 0;
    }
}
