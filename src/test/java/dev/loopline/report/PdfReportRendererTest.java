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
                "供热", "产品偏差", "费用减免", "150 CNY", "2026-11-20 09:30 Asia/Shanghai", "感谢您对我们工作的理解与支持。");
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

        assertThat(text).contains("Written handling report", "Product deviation", "District heating", "Fee reduction",
                "Thank you for your patience and understanding.", "The radiators stay cold; the room is at 15 degrees.");
        assertThat(text).doesNotContain("书面处理报告", "产品偏差");
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

        assertThat(text).contains("无补偿", "室温已达标，属用户自行关阀").doesNotContain("金额", "CNY");
    }

    @Test
    void missingOptionalPartsNeverPrintNull() throws IOException {
        String text = textOf(renderer.render(HandlingReports.aReportWithOnlyTheRequiredParts(), SHANGHAI));

        assertThat(text).doesNotContainIgnoringCase("null").contains("补偿", ReportOutline.DASH, "5 / 5");
    }

    @Test
    void charactersNoFontCanDrawBecomeQuestionMarksInsteadOfFailing() throws IOException {
        String text = textOf(renderer.render(HandlingReports.aClosedHeatingComplaintDescribedAs("暖气不热😡 ok"), SHANGHAI));

        assertThat(text).contains("暖气不热? ok");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
