package dev.loopline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures against vectors computed elsewhere, and which secrets sign at all. */
class WebhookSignatureTest {

    @Test
    void aWhsecSecretSignsLikeTheStandardWebhooksReferenceVector() {
        // the vector of the Standard Webhooks reference libraries' tests; `openssl dgst -sha256 -mac HMAC` gives
        // the same with the base64-decoded key
        assertThat(WebhookSignature.of("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}",
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aPlainSecretIsKeyedWithItsUtf8Bytes() {
        // printf '%s' 'evt_1.1700000000.{"type":"ticket.accepted"}' \
        //   | openssl dgst -sha256 -hmac 'a-plain-secret-of-28-chars!!' -binary | base64
        assertThat(WebhookSignature.of("evt_1", 1700000000L, "{\"type\":\"ticket.accepted\"}",
                "a-plain-secret-of-28-chars!!")).isEqualTo("v1,Xxv6XcJzCsC1/ioOaRWFoGIWN7c510FxtZXnNe+juk8=");
    }

    @Test
    void secretsShorterThan16CharactersOrMalformedWhsecKeysDoNotSign() {
        assertThat(WebhookSignature.keyOf("fifteen-chars!!")).isNull();
        assertThat(WebhookSignature.keyOf("sixteen-chars!!!")).isEqualTo("sixteen-chars!!!".getBytes(
                StandardCharsets.UTF_8));
        assertThat(WebhookSignature.keyOf("whsec_not base64 at all!!")).isNull();
        assertThat(WebhookSignature.keyOf("whsec_c2hvcnQta2V5")).as("base64 of 9 bytes").isNull();
        assertThat(WebhookSignature.keyOf("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).hasSize(24);
        assertThat(WebhookSignature.keyOf(null)).isNull();
    }
}
