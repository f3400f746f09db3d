package dev.loopline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void spacesAndDashesAreDroppedAndALeadingPlusKept() {
        assertThat(Phones.normalize("139 0000-1234")).isEqualTo("13900001234");
        assertThat(Phones.normalize("+86 139 0000 1234")).isEqualTo("+8613900001234");
        assertThat(Phones.normalize("  ")).isNull();
    }

    @Test
    void listsShowOnlyTheFirstThreeAndLastFourDigits() {
        assertThat(Phones.mask("13900001234")).isEqualTo("139****1234");
        assertThat(Phones.mask("95598")).isEqualTo("***98");
        assertThat(Phones.mask(null)).isNull();
    }
}
