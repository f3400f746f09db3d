package dev.loopline.report;

import static dev.loopline.report.HandlingReports.NUMBER;
import static dev.loopline.report.HandlingReports.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportRendererTest {

    private final PdfReportRenderer renderer = new PdfReportRenderer();

    @Test
    void chineseReportShowsTheNumberTheAgreedSolutionAndTheSatisfaction() throws IOException {
        String text = textOf(renderer.render(HandlingReports.aClosedHeatingComplaint(), SHANGHAI));

        assertThat(text).contains("书面处理报告", NUMBER, "今日排气调试", "更换阀门", "4 / 5", "满意",
                "供热", "费用减免", "150 元", "2026年11月20日 09:30", "感谢您对我们工作的理解与支持。",
                "室内温度 17.5 °C");
    }

    @Test
    void documentIsA4AndTitledWithTheTicketNumber() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(HandlingReports.aClosedHeatingComplaint(), SHANGHAI))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(NUMBER);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(HandlingReports.aClosedHeatingComplaint(), SHANGHAI))) {
            PDResources resources = pdf.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue())
                    .extracting(PDFont::getName).hasSize(2)
                    .anyMatch(name -> name.matches("[A-Z]{6}\\+DroidSansFallback"))
                    .anyMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans"));
        }
    }

    @Test
    void englishReportUsesEnglishHeadingsAndLabels() throws IOException {
        String text = textOf(renderer.render(HandlingReports.aClosedHeatingComplaintInEnglish(), SHANGHAI));

        assertThat(text).contains("Written handling report", "Xingfu Heating Co., Ltd.", "District heating", "Fee reduction",
                "Thank you for your patience and understanding.", "The radiators stay cold; the room is at 15 degrees.");
        assertThat(text).doesNotContain("书面处理报告", "幸福热力");
    }

    @Test
    void longDescriptionFlowsOntoFurtherPagesWithoutLosingText() throws IOException {
        String description = "室内温度长期偏低影响老人生活".repeat(215) + "描述结束ENDMARK";
        byte[] bytes = renderer.render(HandlingReports.aClosedHeatingComplaintDescribedAs(description), SHANGHAI);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("描述结束ENDMARK", NUMBER + " · 2 / " + pdf.getNumberOfPages());
            String withoutFooters = text.replaceAll(NUMBER + " · \\d+ / \\d+", "");
            assertThat(withoutFooters.replaceAll("\\s", "")).contains(description);
        }
    }

    @Test
    void noCompensationShowsTheReasonAndNoAmount() throws IOException {
        HandlingReport report = HandlingReports.aClosedHeatingComplaintCompensatedWith(
                HandlingReports.noCompensationBecause("室温已达标，属用户自行关阀"));

        String text = textOf(renderer.render(report, SHANGHAI));

        assertThat(text).contains("无补偿", "室温已达标，属用户自行关阀").doesNotContain("金额", "CNY", " 元");
    }

    @Test
    void missingOptionalPartsNeverPrintNull() throws IOException {
        String text = textOf(renderer.render(HandlingReports.aReportWithOnlyTheRequiredParts(), SHANGHAI));

        assertThat(text).doesNotContainIgnoringCase("null").contains("补偿", ReportOutline.DASH, "5 / 5");
    }

    @Test
    void theLetterIsSignedByTheUtilityOnTheDayOfIssue() throws IOException {
        String chinese = textOf(renderer.render(HandlingReports.aClosedHeatingComplaint(), SHANGHAI));
        String english = textOf(renderer.render(HandlingReports.aClosedHeatingComplaintInEnglish(), SHANGHAI));

        assertThat(chinese).containsSubsequence("幸福热力有限公司", "北京市朝阳区幸福路88号 · 服务热线：96069", "书面处理报告",
                "出具日期", "2026年11月23日", "尊敬的王秀英用户：", "您于2026年11月20日向我们反映的", "请拨打服务热线 96069。",
                "幸福热力有限公司", "2026年11月23日");
        assertThat(english).containsSubsequence("Xingfu Heating Co., Ltd.", "Hotline: 96069", "Date of issue",
                "23 Nov 2026", "Dear 王秀英,", "On 20 Nov 2026 you contacted us", "CNY 150.00", "hotline 96069.",
                "Yours sincerely,", "Xingfu Heating Co., Ltd.", "23 Nov 2026");
    }

    @Test
    void emojiAreLeftOutAndAMissingLetterIsMarkedNeverAQuestionMark() throws IOException {
        HandlingReport report = HandlingReports.aClosedHeatingComplaintWithTheComment("很满意👍谢谢❤️，1️⃣号师傅👨‍👩‍👧好");
        byte[] pdf = renderer.render(HandlingReports.aClosedHeatingComplaintDescribedAs("吉\uD842\uDFB7家暖气不热😡 ok"),
                SHANGHAI);

        assertThat(textOf(renderer.render(report, SHANGHAI))).contains("很满意谢谢，1号师傅好").doesNotContain("?");
        assertThat(textOf(pdf)).contains("吉" + PdfFonts.MISSING_LETTER + "家暖气不热 ok").doesNotContain("?");
        assertThat(GlyphsDrawn.missingIn(renderer.render(report, SHANGHAI))).isZero();
        assertThat(GlyphsDrawn.missingIn(pdf)).isZero();
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
