package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorRoundTripsToTheMicrosecond() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-22T10:00:00.123456Z"), UUID.randomUUID());
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void aForgedCursorIsAnInvalidParameter() {
        assertThatThrownBy(() -> Cursor.decode("bm9wZQ")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type).isEqualTo(ProblemType.INVALID_PARAMETER));
    }
}
