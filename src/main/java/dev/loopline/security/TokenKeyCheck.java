package dev.loopline.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;

/** Refuses to start without a key to verify tokens, rather than running and answering every call with 401. */
public class TokenKeyCheck {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key) {
        if (keyLocation.isEmpty() && key.isEmpty()) {
            throw new IllegalStateException("No token verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to your "
                    + "IdP's public key or JWKS URL (for local use: src/main/resources/jwt/local-public.pem)");
        }
    }
}
