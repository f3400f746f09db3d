package dev.loopline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketNumbersTest {

    @Test
    void numbersCarryThePrefixTheYearAndAtLeastSixDigits() {
        assertThat(TicketNumbers.format("HT", 2026, 123)).isEqualTo("HT-2026-000123");
        assertThat(TicketNumbers.format("PW", 2027, 0)).isEqualTo("PW-2027-000000");
        assertThat(TicketNumbers.format("WT", 2026, 999_999)).isEqualTo("WT-2026-999999");
    }

    @Test
    void aSeventhDigitIsAddedRatherThanTheNumberCut() {
        assertThat(TicketNumbers.format("GS", 2026, 1_234_567)).isEqualTo("GS-2026-1234567");
    }
}
