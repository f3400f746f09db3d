package dev.loopline.ticket;

/** 紧急 / 重要 / 常规, most severe first. */
public enum Severity {
    URGENT, IMPORTANT, ROUTINE;

    public boolean isAbove(Severity other) {
        return ordinal() < other.ordinal();
    }

    public static Severity mostSevere(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
