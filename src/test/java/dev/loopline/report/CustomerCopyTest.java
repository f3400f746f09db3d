package dev.loopline.report;

import static dev.loopline.report.HandlingReports.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's copy (HTML and PDF, both languages) holds no internal code, class or label meant for staff. */
class CustomerCopyTest {

    /** The fixture's codes (severity, root cause, category, utility, roles, compensation, measurement) and labels. */
    private static final List<String> INTERNAL = List.of("IMPORTANT", "PRODUCT", "INDOOR_TEMPERATURE_LOW", "HEATING",
            "PRIMARY", "SECONDARY", "FEE_REDUCTION", "indoor_temperature", "CLOSED", "重要", "紧急程度", "Severity",
            "产品偏差", "原因类别", "Product deviation", "Root cause", "Asia/Shanghai");

    @Test
    void theChineseCopiesHoldNoInternalCode() throws IOException {
        HandlingReport report = HandlingReports.aClosedHeatingComplaint();

        assertThat(new HtmlReportRenderer().render(report, SHANGHAI)).doesNotContain(INTERNAL).contains("室温不达标");
        assertThat(pdfText(report)).doesNotContain(INTERNAL).contains("室温不达标");
    }

    @Test
    void theEnglishCopiesHoldNoInternalCode() throws IOException {
        HandlingReport report = HandlingReports.aClosedHeatingComplaintInEnglish();

        assertThat(new HtmlReportRenderer().render(report, SHANGHAI)).doesNotContain(INTERNAL)
                .contains("Indoor temperature");
        assertThat(pdfText(report)).doesNotContain(INTERNAL).contains("Indoor temperature");
    }

    @Test
    void aCategoryWithoutALabelIsLeftOutRatherThanShownAsItsCode() throws IOException {
        HandlingReport report = HandlingReports.aReportWithOnlyTheRequiredParts();

        assertThat(new HtmlReportRenderer().render(report, SHANGHAI)).doesNotContain("NO_HEATING", "ROUTINE", "常规");
        assertThat(pdfText(report)).doesNotContain("NO_HEATING", "ROUTINE", "常规");
    }

    private static String pdfText(HandlingReport report) throws IOException {
        return PdfReportRendererTest.textOf(new PdfReportRenderer().render(report, SHANGHAI));
    }
}
