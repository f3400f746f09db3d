package dev.loopline.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Renders a handling report as an A4 PDF in the customer's language, with the Chinese font embedded as a subset. */
public final class PdfReportRenderer {

    /** The PDF's bytes; times are written in {@code zone}, as the reader writes them and without the zone's id. */
    public byte[] render(HandlingReport report, ZoneId zone) {
        ReportOutline outline = ReportOutline.of(report, zone);
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(outline.number());
            document.getDocumentCatalog().setLanguage(outline.languageTag());
            PdfTextFlow flow = new PdfTextFlow(document, PdfFonts.load(document));
            if (outline.letterhead() != null) {
                flow.letterhead(outline.letterhead().name(), String.join(" · ", outline.letterhead().details()));
            }
            flow.title(outline.title());
            for (ReportOutline.Field field : outline.header()) {
                flow.field(field.label(), field.value());
            }
            flow.gap();
            flow.paragraph(outline.salutation());
            if (outline.opening() != null) {
                flow.paragraph(outline.opening());
            }
            for (ReportOutline.Section section : outline.sections()) {
                flow.heading(section.heading());
                for (ReportOutline.Field field : section.fields()) {
                    if (field.label() == null) {
                        flow.paragraph(field.value());
                    } else {
                        flow.field(field.label(), field.value());
                    }
                }
            }
            flow.closing(outline.closing(), outline.signature());
            flow.finish(outline.number() == null ? outline.title() : outline.number());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the handling report " + report.number() + " as PDF", e);
        }
    }
}
