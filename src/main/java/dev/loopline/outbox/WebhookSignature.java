package dev.loopline.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing (standardwebhooks.com): {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "<webhook-id>.<webhook-timestamp>.<body>">}, so a receiver can check the sender and refuse a replayed delivery.
 */
public final class WebhookSignature {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    /** The spec's prefix of a base64-encoded key. */
    static final String KEY_PREFIX = "whsec_";
    /** 128 bits: the least key (or plain secret) a delivery is signed with. */
    static final int MIN_SECRET = 16;

    private WebhookSignature() {
    }

    /** The header value for one attempt of one event. */
    public static String of(String id, long timestamp, String body, String secret) {
        byte[] key = keyOf(secret);
        if (key == null) {
            throw new IllegalArgumentException("not a signing secret");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The HMAC key of a secret: {@code whsec_} + base64 of at least 16 bytes gives the decoded bytes, any other
     * text of at least 16 characters its UTF-8 bytes; null for anything else.
     */
    public static byte[] keyOf(String secret) {
        if (secret == null) {
            return null;
        }
        if (secret.startsWith(KEY_PREFIX)) {
            try {
                byte[] key = Base64.getDecoder().decode(secret.substring(KEY_PREFIX.length()));
                return key.length >= MIN_SECRET ? key : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return secret.codePointCount(0, secret.length()) >= MIN_SECRET ? secret.getBytes(StandardCharsets.UTF_8)
                : null;
    }
}
