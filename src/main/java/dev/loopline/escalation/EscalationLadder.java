package dev.loopline.escalation;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Roles;
import java.util.Set;

/**
 * The escalation path (DESIGN §5): 0 owner → 1 supervisor → 2 manager → 3 crisis group (应急小组). Pure: who a level
 * goes to, who may acknowledge it, where an unacknowledged one climbs.
 */
public final class EscalationLadder {

    public static final int TOP = 3;
    public static final String ACKNOWLEDGE_NEEDS_ROLE = "ACKNOWLEDGE_NEEDS_ROLE";

    private EscalationLadder() {
    }

    public static String targetRole(int level) {
        return switch (level) {
            case 1 -> Roles.SUPERVISOR;
            case 2 -> Roles.MANAGER;
            case 3 -> "crisis_group";
            default -> throw new IllegalArgumentException("escalation levels are 1 to 3, not " + level);
        };
    }

    /** Level 1 is a supervisor's (or a manager's); level 2 and above only a manager's. */
    public static boolean mayAcknowledge(int level, Set<String> roles) {
        return roles.contains(Roles.MANAGER) || (level == 1 && roles.contains(Roles.SUPERVISOR));
    }

    public static void requireMayAcknowledge(int level, Set<String> roles) {
        if (!mayAcknowledge(level, roles)) {
            throw ProblemException.refusedBy(ACKNOWLEDGE_NEEDS_ROLE, ProblemType.FORBIDDEN,
                    "A level " + level + " escalation is acknowledged by " + (level == 1 ? "a supervisor" : "a manager"));
        }
    }

    /** The level an unacknowledged escalation climbs to, or 0 at the top. */
    public static int next(int level) {
        return level < TOP ? level + 1 : 0;
    }
}
