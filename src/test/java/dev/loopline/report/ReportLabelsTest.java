package dev.loopline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    private final ReportLabels chinese = ReportLabels.forLanguage("zh");
    private final ReportLabels english = ReportLabels.forLanguage("en");

    @Test
    void anyLanguageOtherThanEnglishFallsBackToChinese() {
        for (String language : new String[] {"fr", "", null, "zh-TW"}) {
            ReportLabels labels = ReportLabels.forLanguage(language);
            assertThat(labels.heading(ReportHeading.TITLE)).isEqualTo("书面处理报告");
            assertThat(labels.languageTag()).isEqualTo("zh-CN");
        }
    }

    @Test
    void regionalEnglishIsEnglish() {
        assertThat(ReportLabels.forLanguage("en-GB").heading(ReportHeading.TITLE)).isEqualTo("Written handling report");
        assertThat(ReportLabels.forLanguage("EN_us").languageTag()).isEqualTo("en");
    }

    @Test
    void codesAreTranslatedIntoBothLanguages() {
        assertThat(chinese.utility("HEATING")).isEqualTo("供热");
        assertThat(english.utility("POWER")).isEqualTo("Electricity");
        assertThat(chinese.measurement("indoor_temperature")).isEqualTo("室内温度");
        assertThat(english.measurement("indoor_temperature")).isEqualTo("Indoor temperature");
        assertThat(chinese.departmentRole("SECONDARY")).isEqualTo("次责部门");
        assertThat(chinese.compensationType("IN_KIND")).isEqualTo("实物补偿");
        assertThat(english.compensationType("NONE")).isEqualTo("No compensation");
    }

    @Test
    void everyHeadingHasTextInBothLanguages() {
        for (ReportHeading heading : ReportHeading.values()) {
            assertThat(chinese.heading(heading)).isNotBlank().isNotEqualTo(english.heading(heading));
        }
    }

    @Test
    void unknownCodesRenderAsTheCodeItself() {
        assertThat(chinese.utility("STEAM")).isEqualTo("STEAM");
        assertThat(english.compensationType("SHARES")).isEqualTo("SHARES");
        assertThat(chinese.departmentRole("PRODUCT")).isEqualTo("PRODUCT");
        assertThat(english.measurement("flow_rate")).isEqualTo("flow_rate");
    }

    @Test
    void amountsAreWrittenAsTheReaderWritesThem() {
        assertThat(chinese.amount(new BigDecimal("150"), "CNY")).isEqualTo("150 元");
        assertThat(chinese.amount(new BigDecimal("150.00"), null)).isEqualTo("150 元");
        assertThat(chinese.amount(new BigDecimal("150.5"), "CNY")).isEqualTo("150.50 元");
        assertThat(english.amount(new BigDecimal("150"), "CNY")).isEqualTo("CNY 150.00");
        assertThat(english.amount(new BigDecimal("2000.5"), "CNY")).isEqualTo("CNY 2,000.50");
        assertThat(chinese.amount(new BigDecimal("20"), "USD")).isEqualTo("20 USD");
    }

    @Test
    void datesAndTimesCarryNoZoneId() {
        Instant morning = Instant.parse("2026-11-20T00:00:00Z");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        assertThat(chinese.time(morning, shanghai)).isEqualTo("2026年11月20日 08:00");
        assertThat(english.time(morning, shanghai)).isEqualTo("20 Nov 2026, 08:00");
        assertThat(chinese.date(LocalDate.parse("2026-01-05"))).isEqualTo("2026年1月5日");
        assertThat(english.date(LocalDate.parse("2026-09-05"))).isEqualTo("5 Sep 2026");
    }

    @Test
    void theSalutationAssumesNoGender() {
        assertThat(chinese.salutation("王秀英")).isEqualTo("尊敬的王秀英用户：");
        assertThat(english.salutation("Wang Xiuying")).isEqualTo("Dear Wang Xiuying,");
        assertThat(chinese.salutation(null)).isEqualTo("尊敬的用户：");
        assertThat(english.salutation(" ")).isEqualTo("Dear customer,");
    }

    @Test
    void theClosingGivesTheHotline() {
        assertThat(chinese.closing("96069")).startsWith("感谢您对我们工作的理解与支持。").contains("服务热线 96069");
        assertThat(english.closing("96069")).contains("call our hotline 96069.");
        assertThat(english.closing(null)).isEqualTo("Thank you for your patience and understanding.");
    }
}
