package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Canonical JSON hashes requests (Idempotency-Key) and is the stored text of timeline events and webhook payloads:
 * the same content must give the same text, whatever the order it was built in, and the text is pinned here.
 */
class JsonTest {

    record Inner(String zeta, BigDecimal amount, Instant at) {
    }

    record Outer(String name, Map<String, Object> details, List<Inner> items, Double share, Long count,
            UUID id, Enum<?> kind) {
    }

    enum Kind { REFUND }

    @Test
    void keysAreSortedAtEveryDepthAndValuesKeepTheirForm() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("b", 2);
        details.put("a", Map.of("y", true, "x", "中文"));
        Outer value = new Outer("n", details,
                List.of(new Inner("z", new BigDecimal("2000.00"), Instant.parse("2026-11-23T01:02:03.456789Z"))),
                0.5, 12L, UUID.fromString("00000000-0000-0000-0000-000000000001"), Kind.REFUND);
        // decimals as given: 2000.00 (money), not 2E+3 as the former text round trip wrote them
        assertThat(Json.canonical(value)).isEqualTo("{\"count\":12,\"details\":{\"a\":{\"x\":\"中文\",\"y\":true},"
                + "\"b\":2},\"id\":\"00000000-0000-0000-0000-000000000001\",\"items\":[{\"amount\":2000.00,"
                + "\"at\":\"2026-11-23T01:02:03.456789Z\",\"zeta\":\"z\"}],\"kind\":\"REFUND\",\"name\":\"n\","
                + "\"share\":0.5}");
    }

    @Test
    void theSameContentBuiltInAnotherOrderGivesTheSameText() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("reason", "x");
        one.put("amount", new BigDecimal("150"));
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("amount", new BigDecimal("150"));
        two.put("reason", "x");
        assertThat(Json.canonical(one)).isEqualTo(Json.canonical(two)).isEqualTo("{\"amount\":150,\"reason\":\"x\"}");
    }

    @Test
    void aTreeIsWrittenWithSortedKeysToo() {
        JsonNode tree = Json.tree("{\"b\":1,\"a\":[{\"d\":1,\"c\":2}]}");
        assertThat(Json.canonical(tree)).isEqualTo("{\"a\":[{\"c\":2,\"d\":1}],\"b\":1}");
    }
}
