package dev.loopline.console;

import dev.loopline.security.Roles;

/** What every page's frame shows: who reads, in which language, and the way to the other one. */
public record Chrome(String user, String role, String language, String path) {

    public boolean english() {
        return "en".equals(language);
    }

    public boolean steers() {
        return Roles.SUPERVISOR.equals(role) || Roles.MANAGER.equals(role);
    }
}
