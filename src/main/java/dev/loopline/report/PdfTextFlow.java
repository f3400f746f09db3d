package dev.loopline.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Lays text out down A4 pages within the margins, wrapping lines and starting a new page when one is full. */
final class PdfTextFlow {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56.7f;
    private static final float CONTENT_WIDTH = A4.getWidth() - 2 * MARGIN;
    /** Wide enough for the longest label, "Responsible departments", on one line. */
    private static final float LABEL_WIDTH = 125;
    private static final float LABEL_GAP = 10;
    private static final float ORGANISATION_SIZE = 15;
    private static final float CONTACT_SIZE = 9;
    private static final float TITLE_SIZE = 18;
    private static final float HEADING_SIZE = 13;
    private static final float BODY_SIZE = 10.5f;
    private static final float FOOTER_SIZE = 8;
    private static final float LINE_SPACING = 1.5f;
    private static final float LABEL_GREY = 0.35f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream content;
    private float top;

    PdfTextFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** The utility's name centred at the top, its address and hotline under it in grey, and a rule below. */
    void letterhead(String name, String details) throws IOException {
        centred(name, ORGANISATION_SIZE);
        content.setNonStrokingColor(LABEL_GREY);
        centred(details, CONTACT_SIZE);
        content.setNonStrokingColor(0f);
        rule(top - 2);
        top -= BODY_SIZE;
    }

    void title(String text) throws IOException {
        centred(text, TITLE_SIZE);
        top -= BODY_SIZE;
    }

    /** The closing paragraph and the signature set flush right under it, kept together so no page ends between. */
    void closing(String text, List<String> signature) throws IOException {
        List<String> lines = lines(text, BODY_SIZE, CONTENT_WIDTH);
        makeRoom(2 * BODY_SIZE + (lines.size() + signature.size()) * height(BODY_SIZE));
        top -= BODY_SIZE;
        paragraph(text);
        for (String line : signature) {
            show(line, MARGIN + CONTENT_WIDTH - fonts.width(line, BODY_SIZE), BODY_SIZE);
            top -= height(BODY_SIZE);
        }
    }

    /** A section heading with a rule under it; it moves to the next page rather than end one. */
    void heading(String text) throws IOException {
        List<String> lines = lines(text, HEADING_SIZE, CONTENT_WIDTH);
        makeRoom(BODY_SIZE + lines.size() * height(HEADING_SIZE) + height(BODY_SIZE));
        top -= BODY_SIZE;
        for (String line : lines) {
            show(line, MARGIN, HEADING_SIZE);
            top -= height(HEADING_SIZE);
        }
        rule(top + 1);
        top -= 5;
    }

    /** A label in a narrow grey column with its value wrapped beside it. */
    void field(String label, String value) throws IOException {
        List<String> labelLines = lines(label, BODY_SIZE, LABEL_WIDTH);
        List<String> valueLines = lines(value, BODY_SIZE, CONTENT_WIDTH - LABEL_WIDTH - LABEL_GAP);
        for (int row = 0; row < Math.max(labelLines.size(), valueLines.size()); row++) {
            makeRoom(height(BODY_SIZE));
            if (row < labelLines.size()) {
                content.setNonStrokingColor(LABEL_GREY);
                show(labelLines.get(row), MARGIN, BODY_SIZE);
                content.setNonStrokingColor(0f);
            }
            if (row < valueLines.size()) {
                show(valueLines.get(row), MARGIN + LABEL_WIDTH + LABEL_GAP, BODY_SIZE);
            }
            top -= height(BODY_SIZE);
        }
    }

    /** Blank space of one body line's size, e.g. between the header and the letter's salutation. */
    void gap() {
        top -= BODY_SIZE;
    }

    /** Text across the full width, with a little space after it. */
    void paragraph(String text) throws IOException {
        for (String line : lines(text, BODY_SIZE, CONTENT_WIDTH)) {
            makeRoom(height(BODY_SIZE));
            show(line, MARGIN, BODY_SIZE);
            top -= height(BODY_SIZE);
        }
        top -= BODY_SIZE / 2;
    }

    /** Ends the last page and writes "{footer} · page / pages" at the foot of every page. */
    void finish(String footer) throws IOException {
        closePage();
        int pages = document.getNumberOfPages();
        for (int index = 0; index < pages; index++) {
            String text = footer + " · " + (index + 1) + " / " + pages;
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(index),
                    AppendMode.APPEND, true, true)) {
                foot.beginText();
                foot.newLineAtOffset(A4.getWidth() - MARGIN - fonts.width(text, FOOTER_SIZE), MARGIN / 2);
                fonts.show(foot, text, FOOTER_SIZE);
                foot.endText();
            }
        }
    }

    private void centred(String text, float size) throws IOException {
        for (String line : lines(text, size, CONTENT_WIDTH)) {
            makeRoom(height(size));
            show(line, (A4.getWidth() - fonts.width(line, size)) / 2, size);
            top -= height(size);
        }
    }

    private void rule(float y) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + CONTENT_WIDTH, y);
        content.stroke();
    }

    private List<String> lines(String text, float size, float width) {
        String normalised = text.replace("\r\n", "\n").replace('\t', ' ');
        return new LineBreaker(width, piece -> fonts.width(piece, size)).lines(normalised);
    }

    private void show(String line, float x, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, top - size * 1.2f);
        fonts.show(content, line, size);
        content.endText();
    }

    private void makeRoom(float height) throws IOException {
        if (content == null || top - height < MARGIN) {
            closePage();
            PDPage page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            top = A4.getHeight() - MARGIN;
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private static float height(float size) {
        return size * LINE_SPACING;
    }
}
