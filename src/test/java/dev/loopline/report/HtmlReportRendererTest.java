package dev.loopline.report;

import static dev.loopline.report.HandlingReports.NUMBER;
import static dev.loopline.report.HandlingReports.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {

    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Test
    void chineseReportIsACompleteUtf8DocumentInChinese() {
        String html = renderer.render(HandlingReports.aClosedHeatingComplaint(), SHANGHAI);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").endsWith("</html>\n")
                .contains("<meta charset=\"utf-8\">", "<style>", "<h1>书面处理报告</h1>", NUMBER)
                .contains("今日排气调试", "更换阀门", "供热一公司（主责部门）", "费用减免", "150 元")
                .contains("4 / 5", "满意", "感谢您对我们工作的理解与支持。");
    }

    @Test
    void englishReportDeclaresEnglishAndUsesEnglishLabels() {
        String html = renderer.render(HandlingReports.aClosedHeatingComplaintInEnglish(), SHANGHAI);

        assertThat(html).contains("<html lang=\"en\">", "<h1>Written handling report</h1>", "Dear 王秀英,",
                "District heating", "供热一公司 (Primary)", "Thank you for your patience and understanding.",
                "CNY 150.00", "Indoor temperature 17.5 °C");
    }

    @Test
    void timesAreWrittenInTheGivenZoneWithoutItsId() {
        assertThat(renderer.render(HandlingReports.aClosedHeatingComplaint(), SHANGHAI))
                .contains("2026年11月20日 09:30", "2026年11月22日 14:00").doesNotContain("Asia/Shanghai");
        assertThat(renderer.render(HandlingReports.aClosedHeatingComplaintInEnglish(), ZoneId.of("UTC")))
                .contains("20 Nov 2026, 01:30").doesNotContain("UTC");
    }

    @Test
    void theReportIsALetterFromTheUtilityToTheCustomer() {
        String html = renderer.render(HandlingReports.aClosedHeatingComplaint(), SHANGHAI);

        assertThat(html).contains("<p class=\"organisation\">幸福热力有限公司</p>",
                        "北京市朝阳区幸福路88号 · 服务热线：96069", "<p class=\"salutation\">尊敬的王秀英用户：</p>",
                        "您于2026年11月20日向我们反映的“室温不达标”问题（投诉编号 HT-2026-000123）已处理完毕。",
                        "出具日期", "请拨打服务热线 96069。")
                .containsSubsequence("<div class=\"signature\">", "幸福热力有限公司", "2026年11月23日", "</div>");
    }

    @Test
    void markupInADescriptionIsEscaped() {
        HandlingReport report = HandlingReports.aClosedHeatingComplaintDescribedAs(
                "<script>alert('x')</script> 暖气 & \"热水\"");

        String html = renderer.render(report, SHANGHAI);

        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 暖气 &amp; &quot;热水&quot;");
    }

    @Test
    void noCompensationShowsTheReasonAndNoAmount() {
        HandlingReport report = HandlingReports.aClosedHeatingComplaintCompensatedWith(
                HandlingReports.noCompensationBecause("室温已达标，属用户自行关阀"));

        assertThat(renderer.render(report, SHANGHAI)).contains("无补偿", "室温已达标，属用户自行关阀")
                .doesNotContain("金额", "CNY", " 元");
    }

    @Test
    void missingOptionalPartsNeverPrintNull() {
        String html = renderer.render(HandlingReports.aReportWithOnlyTheRequiredParts(), SHANGHAI);

        assertThat(html).doesNotContainIgnoringCase("null").doesNotContain("办结时间", "地址", "其他备选方案")
                .contains("<h2>补偿</h2>\n<p>" + ReportOutline.DASH + "</p>");
    }
}
