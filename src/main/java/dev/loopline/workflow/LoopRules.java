package dev.loopline.workflow;

import dev.loopline.common.Problem;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.ComplaintClass;
import java.time.Instant;
import java.util.List;

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

    public static void findingsComplete(StepRequests.Findings findings) {
        refuseIf(findings.findings() == null || findings.findings().isBlank(), FINDINGS_NEED_TEXT, "findings",
                "Record what the investigation found");
        refuseIf(findings.rootCause() == null, FINDINGS_NEED_ROOT_CAUSE, "rootCause",
                "Name the root cause: SERVICE, PRODUCT or CUSTOMER");
        refuseIf(findings.responsibleDepartments() == null || findings.responsibleDepartments().isEmpty(),
                FINDINGS_NEED_RESPONSIBLE_DEPARTMENT, "responsibleDepartments",
                "Name at least one responsible department");
    }

    public static void agreementComplete(StepRequests.Agreement agreement, Instant now) {
        List<String> options = agreement.options() == null ? List.of() : agreement.options();
        boolean singleExplained = options.size() == 1 && agreement.singleOptionReason() != null
                && !agreement.singleOptionReason().isBlank();
        refuseIf(options.size() < 2 && !singleExplained, AGREEMENT_NEEDS_TWO_OPTIONS, "options",
                "Offer at least two solutions, or one with a singleOptionReason");
        refuseIf(agreement.agreedOption() == null || agreement.agreedOption() < 0
                || agreement.agreedOption() >= options.size(), AGREED_OPTION_AMONG_OPTIONS, "agreedOption",
                "agreedOption must be the index of one of the options");
        refuseIf(agreement.promisedBy() == null || !agreement.promisedBy().isAfter(now),
                AGREEMENT_NEEDS_PROMISED_TIME, "promisedBy", "Promise a completion time in the future");
    }

    public static void compensationComplete(StepRequests.Compensation compensation) {
        boolean none = compensation.type() == StepRequests.CompensationType.NONE;
        refuseIf(none && (compensation.reason() == null || compensation.reason().isBlank()),
                NO_COMPENSATION_NEEDS_REASON, "reason", "Say why there is no compensation");
        refuseIf(none && compensation.amount() != null, COMPENSATION_NEEDS_AMOUNT, "amount",
                "No compensation carries no amount");
        refuseIf(!none && compensation.amount() == null, COMPENSATION_NEEDS_AMOUNT, "amount",
                "Give the amount of the compensation");
    }

    public static void approverMayApprove(String requester, String approver, boolean approverCovers) {
        if (requester.equals(approver)) {
            throw ProblemException.refusedBy(NO_SELF_APPROVAL, ProblemType.FORBIDDEN,
                    "Nobody approves his own compensation request");
        }
        if (!approverCovers) {
            throw ProblemException.refusedBy(APPROVAL_BEYOND_AUTHORITY, ProblemType.FORBIDDEN,
                    "The amount is beyond your authority; a role with a higher limit must decide");
        }
    }

    public static void followUpComplete(StepRequests.FollowUp followUp) {
        if (Boolean.TRUE.equals(followUp.reached()) && followUp.satisfaction() == null) {
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

    public static void maySignOff(boolean granted) {
        if (!granted) {
            throw ProblemException.refusedBy(SIGN_OFF_NEEDS_AUTHORITY, ProblemType.FORBIDDEN,
                    "Your role may not sign off a closure");
        }
    }

    private static void refuseIf(boolean refused, String rule, String field, String detail) {
        if (refused) {
            List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, detail));
            throw new ProblemException(ProblemType.RULE_VIOLATED, detail, rule, errors);
        }
    }
}
