package dev.loopline.console;

import dev.loopline.security.Actor;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.HttpURLConnection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who reads the console and what they may see: the signed-in reader's frame, the roles each page admits, and the
 * session's CSRF token for the forms. A page the reader may not see is a {@link ConsoleRefusal}.
 */
@ApplicationScoped
class ConsoleReaders {

    @Inject
    ConsoleCsrf csrf;

    @Inject
    CurrentActor actor;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean signInConfigured;

    /** The frame of a page at {@code path}, in the language chosen now ({@code lang}) or before ({@code cookie}). */
    Chrome chrome(String lang, String cookie, String path) {
        String user = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        String role = identity.isAnonymous() ? null : actor.get().role();
        return new Chrome(user, role, ConsoleLanguage.of(lang, cookie), path);
    }

    /** The board, tickets and their reports: supervisors, managers and agents. */
    Actor reader(Chrome chrome) {
        if (!signInConfigured) {
            throw new ConsoleRefusal(chrome, HttpURLConnection.HTTP_NOT_FOUND, "not_configured", null);
        }
        Actor reader = actor.get();
        if (!reader.hasAny(Roles.SUPERVISOR, Roles.MANAGER, Roles.AGENT)) {
            throw new ConsoleRefusal(new Chrome(reader.id(), reader.role(), chrome.language(), chrome.path()),
                    HttpURLConnection.HTTP_FORBIDDEN, "forbidden", reader.role());
        }
        return reader;
    }

    /** Hotspots are the supervisors' and managers' (DESIGN §10); an agent reads the board and tickets only. */
    Actor steering(Chrome chrome) {
        Actor reader = reader(chrome);
        if (!reader.hasAny(Roles.SUPERVISOR, Roles.MANAGER)) {
            throw new ConsoleRefusal(chrome, HttpURLConnection.HTTP_FORBIDDEN, "forbidden", reader.role());
        }
        return reader;
    }

    /** The token a page's forms carry: an HMAC of the session (empty without one). */
    String csrfToken() {
        String session = sessionToken();
        return session == null ? "" : csrf.tokenFor(session);
    }

    /** Whether a form's token is this session's. */
    boolean formTokenMatches(String token) {
        return csrf.matches(sessionToken(), token);
    }

    private String sessionToken() {
        IdTokenCredential id = identity.getCredential(IdTokenCredential.class);
        return id == null ? null : id.getToken();
    }
}
