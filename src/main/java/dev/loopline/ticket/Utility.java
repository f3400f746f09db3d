package dev.loopline.ticket;

/** The utility a complaint is about; its prefix starts the ticket number (HT-2026-000123). */
public enum Utility {
    HEATING("HT", "供热"),
    POWER("PW", "供电"),
    WATER("WA", "供水"),
    GAS("GS", "燃气");

    public final String numberPrefix;
    public final String labelZh;

    Utility(String numberPrefix, String labelZh) {
        this.numberPrefix = numberPrefix;
        this.labelZh = labelZh;
    }
}
