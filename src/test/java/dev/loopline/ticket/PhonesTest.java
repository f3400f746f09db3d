package dev.loopline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"13900001234", "139 0000-1234", "+86 139 0000 1234", "0086 13900001234",
            "+86-139-0000-1234", "(+86) 139 0000 1234"})
    void everyNotationOfOneMobileIsOneE164Number(String typed) {
        assertThat(Phones.e164(typed, "CN")).contains("+8613900001234");
    }

    @Test
    void landlinesKeepTheirAreaCode() {
        assertThat(Phones.e164("010-6552 1234", "CN")).contains("+861065521234");
        assertThat(Phones.e164("(010) 65521234", "CN")).contains("+861065521234");
        assertThat(Phones.e164("+86 10 6552 1234", "CN")).contains("+861065521234");
        assertThat(Phones.e164("0571-8765 4321", "CN")).contains("+8657187654321");
    }

    @Test
    void theDefaultRegionReadsNumbersWithoutACountryCode() {
        assertThat(Phones.e164("020 7946 0018", "GB")).contains("+442079460018");
        assertThat(Phones.e164("+44 20 7946 0018", "CN")).contains("+442079460018");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1' or '1'='1", "hello", "139000012345678", "+999 1234 5678", "   "})
    void whatIsNotAPhoneNumberHasNoNormalForm(String typed) {
        assertThat(Phones.e164(typed, "CN")).isEmpty();
        assertThat(Phones.e164(null, "CN")).isEmpty();
    }

    @Test
    void listsShowTheCountryCodeAndOnlyTheFirstThreeAndLastFourDigits() {
        assertThat(Phones.mask("+8613900001234")).isEqualTo("+86 139****1234");
        assertThat(Phones.mask("+861065521234")).isEqualTo("+86 106****1234");
        assertThat(Phones.mask(null)).isNull();
    }

    @Test
    void aNumberStoredBeforeE164IsMaskedAsItsDigits() {
        assertThat(Phones.mask("13900001234")).isEqualTo("139****1234");
        assertThat(Phones.mask("95598")).isEqualTo("***98");
    }
}
