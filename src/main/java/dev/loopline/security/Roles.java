package dev.loopline.security;

/** The roles of DESIGN §1, as they appear in a token's `groups` claim. */
public final class Roles {

    public static final String AGENT = "agent";
    public static final String STEWARD = "steward";
    public static final String SUPERVISOR = "supervisor";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /** Not a token role: the service's own jobs. */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
