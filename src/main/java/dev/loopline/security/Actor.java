package dev.loopline.security;

import java.util.List;
import java.util.Set;

/** Who is acting: the token's user id and roles; `role` is the most senior one, as recorded on the timeline. */
public record Actor(String id, Set<String> roles) {

    private static final List<String> SENIORITY =
            List.of(Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.AGENT, Roles.STEWARD, Roles.SYSTEM);

    /** Loopline itself, for what its jobs record (SLA flags, automatic escalations). */
    public static final Actor SYSTEM = new Actor("loopline", Set.of(Roles.SYSTEM));

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public String role() {
        return SENIORITY.stream().filter(roles::contains).findFirst().orElse("unknown");
    }
}
