package dev.loopline.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The console's one defence against cross-site requests: every form carries a token that is an HMAC of the signed-in
 * session (its ID token), which another site can neither read nor compute; each POST checks it.
 */
@ApplicationScoped
public class ConsoleCsrf {

    private static final Logger LOG = Logger.getLogger(ConsoleCsrf.class);

    private final byte[] key;

    ConsoleCsrf(@ConfigProperty(name = "loopline.console.csrf-key") Optional<String> configured) {
        if (configured.isPresent() && configured.get().length() >= 32) {
            key = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            // one instance only: several behind a proxy need the same LOOPLINE_CONSOLE_CSRF_KEY
            LOG.debug("loopline.console.csrf-key is not set (or shorter than 32): using a key of this instance");
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    /** The token of the session that `sessionToken` (the raw ID token) identifies. */
    public String tokenFor(String sessionToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(sessionToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether a form's token belongs to this session; compared in constant time. */
    public boolean matches(String sessionToken, String formToken) {
        if (sessionToken == null || formToken == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(sessionToken).getBytes(StandardCharsets.US_ASCII),
                formToken.getBytes(StandardCharsets.US_ASCII));
    }
}
