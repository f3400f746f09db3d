package dev.loopline.workorder;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import java.util.EnumSet;
import java.util.Set;

/** A field work order's steps (工单): DISPATCHED → ACCEPTED → ON_SITE → COMPLETED, or CANCELLED before completion. */
public enum WorkOrderStatus {
    DISPATCHED, ACCEPTED, ON_SITE, COMPLETED, CANCELLED;

    public static final String STEPS_IN_ORDER = "WORK_ORDER_STEPS_IN_ORDER";
    public static final Set<WorkOrderStatus> OPEN = EnumSet.of(DISPATCHED, ACCEPTED, ON_SITE);

    /** Where a step leads from here, or a refusal naming rule WORK_ORDER_STEPS_IN_ORDER. */
    public WorkOrderStatus then(WorkOrderStatus next) {
        boolean allowed = switch (next) {
            case ACCEPTED -> this == DISPATCHED;
            case ON_SITE -> this == ACCEPTED;
            case COMPLETED -> this == ON_SITE;
            case CANCELLED -> OPEN.contains(this);
            case DISPATCHED -> false;
        };
        if (!allowed) {
            throw ProblemException.refusedBy(STEPS_IN_ORDER, ProblemType.RULE_VIOLATED,
                    "A work order " + this + " cannot become " + next);
        }
        return next;
    }
}
