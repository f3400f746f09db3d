package dev.loopline.ticket;

import dev.loopline.common.Problem;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import java.util.List;

/** The agent's say over the suggested severity: any change needs a reason, a downgrade needs a supervisor. */
public final class SeverityOverride {

    public static final String DOWNGRADE_RULE = "SEVERITY_DOWNGRADE_NEEDS_SUPERVISOR";
    public static final String REASON_RULE = "SEVERITY_OVERRIDE_NEEDS_REASON";

    /** The severity a ticket gets, and the reason recorded with it (null when the suggestion stands). */
    public record Decision(Severity severity, String reason, boolean overridden) {
    }

    private SeverityOverride() {
    }

    public static Decision decide(Severity suggested, Severity requested, String reason, boolean mayDowngrade) {
        if (requested == null || requested == suggested) {
            return new Decision(suggested, blankToNull(reason), false);
        }
        if (suggested.isAbove(requested) && !mayDowngrade) {
            throw ProblemException.refusedBy(DOWNGRADE_RULE, ProblemType.FORBIDDEN,
                    "Lowering the severity below the suggested " + suggested + " needs a supervisor");
        }
        if (blankToNull(reason) == null) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "severityReason: needed when the severity differs from the suggested " + suggested, REASON_RULE,
                    List.of(new Problem.FieldError("severityReason",
                            "needed when the severity differs from the suggestion")));
        }
        return new Decision(requested, reason.strip(), true);
    }

    /** A change of a ticket's severity after intake always gives its reason. */
    public static void requireReason(String reason) {
        if (blankToNull(reason) == null) {
            throw new ProblemException(ProblemType.VALIDATION, "severityReason: needed to change the severity",
                    REASON_RULE, List.of(new Problem.FieldError("severityReason", "needed to change the severity")));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
