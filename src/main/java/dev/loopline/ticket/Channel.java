package dev.loopline.ticket;

/** Where the complaint came in. */
public enum Channel {
    HOTLINE, GOV_HOTLINE_12345, COUNTER, ONLINE, APP, WECHAT, MEDIA, REGULATOR, FIELD
}
