package dev.loopline.report;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(chinese.severity("URGENT")).isEqualTo("紧急");
        assertThat(chinese.rootCause("CUSTOMER")).isEqualTo("用户偏差");
        assertThat(english.rootCause("CUSTOMER")).isEqualTo("Customer-side deviation");
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
        assertThat(chinese.severity("PRODUCT")).isEqualTo("PRODUCT");
    }
}
