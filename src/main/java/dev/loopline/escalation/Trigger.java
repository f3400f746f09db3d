package dev.loopline.escalation;

/** Why a ticket was escalated (DESIGN §5). */
public enum Trigger {
    RESPONSE_BREACH(1),
    RESOLUTION_BREACH(2),
    RESOLUTION_OVERRUN(3),
    CUSTOMER_REQUEST(1),
    REPEAT_COMPLAINT(1),
    EXTERNAL_CHANNEL(2),
    PUBLIC_OPINION_RISK(2),
    CLASS_ESCALATED(1),
    MANUAL(1);

    /** The level this trigger raises (MANUAL: the level asked for, 1 by default). */
    public final int level;

    Trigger(int level) {
        this.level = level;
    }
}
