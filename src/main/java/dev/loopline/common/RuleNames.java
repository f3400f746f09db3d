package dev.loopline.common;

/** How a configurable rule is named (severity rules, hotspot rules): tickets and hotspots keep the name. */
public final class RuleNames {

    private static final String NAME = "[A-Z][A-Z0-9_]{1,63}";

    private RuleNames() {
    }

    /** Refuses (422 on `name`) a name that is not UPPER_SNAKE_CASE of 2 to 64 characters. */
    public static void require(String name) {
        if (!name.matches(NAME)) {
            throw ProblemException.invalid("name", "must be UPPER_SNAKE_CASE, 2 to 64 characters");
        }
    }
}
