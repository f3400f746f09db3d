package dev.loopline.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the acting user from the verified token: `upn`, else `preferred_username`, else `sub`. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Actor get() {
        String id = token.getName();
        if (id == null || id.isBlank()) {
            id = identity.getPrincipal().getName();
        }
        return new Actor(id, Set.copyOf(identity.getRoles()));
    }
}
