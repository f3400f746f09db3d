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
    private static final float LABEL_WIDTH = 110;
    private static final float LABEL_GAP = 10;
    private static final float TITLE_SIZE = 18;
    private static final float HEADING_SIZE = 13;
    private static final float BODY_SIZE = 10.5f;
    private static final float FOOTER_SIZE = 8;
    private static final float LINE_SPACING = 1.6f;
    private static final float LABEL_GREY = 0.35f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream content;
    private float top;

    PdfTextFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    void title(String text) throws IOException {
        for (String line : lines(text, TITLE_SIZE, CONTENT_WIDTH)) {
            makeRoom(height(TITLE_SIZE));
            show(line, (A4.getWidth() - fonts.width(line, TITLE_SIZE)) / 2, TITLE_SIZE);
            top -= height(TITLE_SIZE);
        }
        top -= BODY_SIZE;
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
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, top + 3);
        content.lineTo(MARGIN + CONTENT_WIDTH, top + 3);
        content.stroke();
        top -= 4;
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
