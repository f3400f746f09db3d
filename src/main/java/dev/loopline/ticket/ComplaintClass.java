package dev.loopline.ticket;

/** 普通 / 重大 / 升级 / 疑难. */
public enum ComplaintClass {
    ORDINARY, MAJOR, ESCALATED, DIFFICULT
}
