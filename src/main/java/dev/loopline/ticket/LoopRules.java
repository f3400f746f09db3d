package dev.loopline.ticket;

import dev.loopline.common.Problem;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.ComplaintClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The named guards of the closed loop; each refusal names its rule. Pure: values in, refusal or nothing out. */
public final class LoopRules {

    public static final String FIRST_CONTACT_REQUIRED = "FIRST_CONTACT_REQUIRED";
    public static final String FINDINGS_NEED_TEXT = "FINDINGS_NEED_TEXT";
    public static final String FINDINGS_WAIT_FOR_WORK_ORDERS = "FINDINGS_WAIT_FOR_WORK_ORDERS";
    public static final String FINDINGS_NEED_ROOT_CAUSE = "FINDINGS_NEED_ROOT_CAUSE";
    public static final String FINDINGS_NEED_RESPONSIBLE_DEPARTMENT = "FINDINGS_NEED_RESPONSIBLE_DEPARTMENT";
    public static final String AGREEMENT_NEEDS_TWO_OPTIONS = "AGREEMENT_NEEDS_TWO_OPTIONS";
    public static final String AGREED_OPTION_AMONG_OPTIONS = "AGREED_OPTION_AMONG_OPTIONS";
    public static final String AGREEMENT_NEEDS_PROMISED_TIME = "AGREEMENT_NEEDS_PROMISED_TIME";
    public static final String NO_COMPENSATION_NEEDS_REASON = "NO_COMPENSATION_NEEDS_REASON";
    public static final String COMPENSATION_NEEDS_AMOUNT = "COMPENSATION_NEEDS_AMOUNT";
    public static final String NO_SELF_APPROVAL = "NO_SELF_APPROVAL";
    public static final String APPROVAL_BEYOND_AUTHORITY = "APPROVAL_BEYOND_AUTHORITY";
    public static final String FOLLOW_UP_NEEDS_SATISFACTION = "FOLLOW_UP_NEEDS_SATISFACTION";
    public static final String CLOSE_NEEDS_SUPERVISOR_SIGN_OFF = "CLOSE_NEEDS_SUPERVISOR_SIGN_OFF";
    public static final String SIGN_OFF_NEEDS_AUTHORITY = "SIGN_OFF_NEEDS_AUTHORITY";
    public static final String CLASS_CHANGE_NEEDS_AUTHORITY = "CLASS_CHANGE_NEEDS_AUTHORITY";
    public static final String DECLINING_A_PROPOSAL_NEEDS_REASON = "DECLINING_A_PROPOSAL_NEEDS_REASON";
    public static final String ONE_HOTSPOT_PER_TICKET = "ONE_HOTSPOT_PER_TICKET";

    private LoopRules() {
    }

    public static void firstContactLogged(int contacts) {
        refuseIf(contacts == 0, FIRST_CONTACT_REQUIRED, null,
                "Log a contact with the customer (POST /contacts) before leaving step 1");
    }

    public static void workOrdersClosed(long openWorkOrders) {
        refuseIf(openWorkOrders > 0, FINDINGS_WAIT_FOR_WORK_ORDERS, null,
                openWorkOrders + " field work order(s) still open: complete or cancel them before the findings");
    }

    public static void findingsComplete(String findings, StepFacts.RootCause rootCause,
            List<StepFacts.Department> departments) {
        refuseIf(findings == null || findings.isBlank(), FINDINGS_NEED_TEXT, "findings",
                "Record what the investigation found");
        refuseIf(rootCause == null, FINDINGS_NEED_ROOT_CAUSE, "rootCause",
                "Name the root cause: SERVICE, PRODUCT or CUSTOMER");
        refuseIf(departments == null || departments.isEmpty(),
                FINDINGS_NEED_RESPONSIBLE_DEPARTMENT, "responsibleDepartments",
                "Name at least one responsible department");
    }

    public static void agreementComplete(List<String> offered, Integer agreedOption, String singleOptionReason,
            Instant promisedBy, Instant now) {
        List<String> options = offered == null ? List.of() : offered;
        boolean singleExplained = options.size() == 1 && singleOptionReason != null && !singleOptionReason.isBlank();
        refuseIf(options.size() < 2 && !singleExplained, AGREEMENT_NEEDS_TWO_OPTIONS, "options",
                "Offer at least two solutions, or one with a singleOptionReason");
        refuseIf(agreedOption == null || agreedOption < 0 || agreedOption >= options.size(),
                AGREED_OPTION_AMONG_OPTIONS, "agreedOption",
                "agreedOption must be the index of one of the options");
        refuseIf(promisedBy == null || !promisedBy.isAfter(now),
                AGREEMENT_NEEDS_PROMISED_TIME, "promisedBy", "Promise a completion time in the future");
    }

    public static void compensationComplete(StepFacts.CompensationType type, BigDecimal amount, String reason) {
        boolean none = type == StepFacts.CompensationType.NONE;
        refuseIf(none && (reason == null || reason.isBlank()),
                NO_COMPENSATION_NEEDS_REASON, "reason", "Say why there is no compensation");
        refuseIf(none && amount != null, COMPENSATION_NEEDS_AMOUNT, "amount",
                "No compensation carries no amount");
        refuseIf(!none && amount == null, COMPENSATION_NEEDS_AMOUNT, "amount",
                "Give the amount of the compensation");
    }

    /**
     * A breach-linked proposal is taken as it is, raised (within authority, as any amount), or declined — giving less
     * or nothing — with a reason the customer reads. Null when there is no proposal.
     */
    public static TicketEvents.ProposalDecision decideOnProposal(SlaTerms.Proposal proposal,
            StepFacts.CompensationType type, BigDecimal amount, String reason) {
        if (proposal == null) {
            return null;
        }
        BigDecimal proposed = proposal.amount();
        if (type != StepFacts.CompensationType.NONE && amount.compareTo(proposed) >= 0) {
            return amount.compareTo(proposed) == 0 ? TicketEvents.ProposalDecision.ACCEPTED
                    : TicketEvents.ProposalDecision.RAISED;
        }
        refuseIf(reason == null || reason.isBlank(), DECLINING_A_PROPOSAL_NEEDS_REASON, "reason",
                "The missed SLA earns the customer " + proposed.toPlainString() + " " + proposal.currency()
                        + "; say why you give less");
        return TicketEvents.ProposalDecision.DECLINED;
    }

    /** Whether an approver may decide a compensation request: not his own, and within his authority. */
    public static boolean mayDecideApproval(String requester, String approver, boolean approverCovers) {
        return !requester.equals(approver) && approverCovers;
    }

    public static void approverMayApprove(String requester, String approver, boolean approverCovers) {
        if (mayDecideApproval(requester, approver, approverCovers)) {
            return;
        }
        if (requester.equals(approver)) {
            throw ProblemException.refusedBy(NO_SELF_APPROVAL, ProblemType.FORBIDDEN,
                    "Nobody approves his own compensation request");
        }
        throw ProblemException.refusedBy(APPROVAL_BEYOND_AUTHORITY, ProblemType.FORBIDDEN,
                "The amount is beyond your authority; a role with a higher limit must decide");
    }

    public static void followUpComplete(Boolean reached, Integer satisfaction) {
        if (Boolean.TRUE.equals(reached) && satisfaction == null) {
            throw new ProblemException(ProblemType.VALIDATION, "satisfaction: needed when the customer was reached",
                    FOLLOW_UP_NEEDS_SATISFACTION, List.of(new Problem.FieldError("satisfaction",
                            "needed when the customer was reached")));
        }
    }

    public static void closureSignedOff(ComplaintClass complaintClass, String signedOffBy) {
        boolean needsSignOff = complaintClass == ComplaintClass.MAJOR || complaintClass == ComplaintClass.DIFFICULT;
        refuseIf(needsSignOff && signedOffBy == null, CLOSE_NEEDS_SUPERVISOR_SIGN_OFF, null,
                "A " + complaintClass + " ticket closes only after a supervisor's sign-off (POST /sign-off)");
    }

    /** Changing a ticket's class (e.g. out of MAJOR, which needs a sign-off to close) is a decision of the matrix. */
    public static void mayChangeClass(boolean granted) {
        if (!granted) {
            throw ProblemException.refusedBy(CLASS_CHANGE_NEEDS_AUTHORITY, ProblemType.FORBIDDEN,
                    "Your role may not change a ticket's complaint class");
        }
    }

    public static void maySignOff(boolean granted) {
        if (!granted) {
            throw ProblemException.refusedBy(SIGN_OFF_NEEDS_AUTHORITY, ProblemType.FORBIDDEN,
                    "Your role may not sign off a closure");
        }
    }

    /** A ticket belongs to one incident: a cluster counts only tickets that are in no hotspot yet. */
    public static void oneHotspot(UUID current) {
        refuseIf(current != null, ONE_HOTSPOT_PER_TICKET, null, "The ticket is already in hotspot " + current);
    }

    private static void refuseIf(boolean refused, String rule, String field, String detail) {
        if (refused) {
            List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, detail));
            throw new ProblemException(ProblemType.RULE_VIOLATED, detail, rule, errors);
        }
    }
}
