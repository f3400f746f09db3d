package dev.loopline.ticket;

/** What someone can do to a ticket in the closed loop. */
public enum Action {
    LOG_CONTACT,
    START_INVESTIGATION,
    RECORD_FINDINGS,
    REACH_AGREEMENT,
    RECORD_COMPENSATION,
    DECIDE_APPROVAL,
    SIGN_OFF_CLOSURE,
    RECORD_FOLLOW_UP,
    PAUSE,
    RESUME,
    REOPEN,
    UPDATE,
    DISPATCH_WORK_ORDER
}
