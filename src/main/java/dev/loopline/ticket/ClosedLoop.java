package dev.loopline.ticket;

import static dev.loopline.ticket.TicketStatus.ACCEPTED;
import static dev.loopline.ticket.TicketStatus.AWAITING_CUSTOMER;
import static dev.loopline.ticket.TicketStatus.CLOSED;
import static dev.loopline.ticket.TicketStatus.COMPENSATING;
import static dev.loopline.ticket.TicketStatus.FOLLOWING_UP;
import static dev.loopline.ticket.TicketStatus.INVESTIGATING;
import static dev.loopline.ticket.TicketStatus.NEGOTIATING;
import static dev.loopline.ticket.TicketStatus.PENDING_APPROVAL;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.TicketStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of the five steps (受理 → 调查 → 协商 → 补偿 → 跟进): which action each state admits and where a
 * step leads. Steps are taken in order; none may be skipped.
 */
public final class ClosedLoop {

    public static final String STEPS_IN_ORDER = "STEPS_IN_ORDER";

    /** The states a ticket can be paused from (any open step, not while waiting for approval). */
    public static final Set<TicketStatus> PAUSABLE = EnumSet.of(ACCEPTED, INVESTIGATING, NEGOTIATING, COMPENSATING,
            FOLLOWING_UP);

    private static final Set<TicketStatus> OPEN = EnumSet.copyOf(
            Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen).toList());

    private static final Map<Action, Set<TicketStatus>> ADMITTED_IN = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.LOG_CONTACT, OPEN),
            Map.entry(Action.START_INVESTIGATION, EnumSet.of(ACCEPTED)),
            Map.entry(Action.RECORD_FINDINGS, EnumSet.of(INVESTIGATING)),
            Map.entry(Action.REACH_AGREEMENT, EnumSet.of(NEGOTIATING)),
            Map.entry(Action.RECORD_COMPENSATION, EnumSet.of(COMPENSATING)),
            Map.entry(Action.DECIDE_APPROVAL, EnumSet.of(PENDING_APPROVAL)),
            Map.entry(Action.SIGN_OFF_CLOSURE, OPEN),
            Map.entry(Action.RECORD_FOLLOW_UP, EnumSet.of(FOLLOWING_UP)),
            Map.entry(Action.PAUSE, PAUSABLE),
            Map.entry(Action.RESUME, EnumSet.of(AWAITING_CUSTOMER)),
            Map.entry(Action.REOPEN, EnumSet.of(FOLLOWING_UP, CLOSED)),
            Map.entry(Action.UPDATE, OPEN),
            Map.entry(Action.DISPATCH_WORK_ORDER, EnumSet.of(ACCEPTED, INVESTIGATING))));

    private ClosedLoop() {
    }

    public static boolean admits(TicketStatus status, Action action) {
        return ADMITTED_IN.get(action).contains(status);
    }

    /** Refuses, naming rule STEPS_IN_ORDER, an action the ticket's state does not admit. */
    public static void require(TicketStatus status, Action action) {
        if (!admits(status, action)) {
            throw ProblemException.refusedBy(STEPS_IN_ORDER, ProblemType.RULE_VIOLATED,
                    "A ticket in " + status + " does not admit " + action + "; the steps are taken in order");
        }
    }

    /** Where a step leads when it is completed. */
    public static TicketStatus afterStep(Action action) {
        return switch (action) {
            case START_INVESTIGATION -> INVESTIGATING;
            case RECORD_FINDINGS -> NEGOTIATING;
            case REACH_AGREEMENT -> COMPENSATING;
            case RECORD_COMPENSATION, DECIDE_APPROVAL -> FOLLOWING_UP;
            case RECORD_FOLLOW_UP -> CLOSED;
            case REOPEN -> INVESTIGATING;
            default -> throw new IllegalArgumentException(action + " is not a step");
        };
    }

    /** The five steps and their labels, for per-step clocks and the report. */
    public static String stepLabelZh(TicketStatus status) {
        return switch (status) {
            case ACCEPTED -> "受理";
            case INVESTIGATING -> "调查";
            case NEGOTIATING -> "协商";
            case COMPENSATING, PENDING_APPROVAL -> "补偿";
            case FOLLOWING_UP -> "跟进";
            case AWAITING_CUSTOMER -> "等待用户";
            case CLOSED -> "已结案";
        };
    }
}
