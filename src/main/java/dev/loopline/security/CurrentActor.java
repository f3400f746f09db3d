package dev.loopline.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Reads the acting user from the verified identity, a bearer token (API) or a signed-in session (console): its
 * principal's name is the token's `upn`, else `preferred_username`, else `sub`.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        return new Actor(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()));
    }
}
