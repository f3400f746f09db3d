package dev.loopline.report;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** Counts the glyphs a PDF draws with the font's "missing glyph" (glyph 0), the empty box a reader would see. */
final class GlyphsDrawn extends PDFTextStripper {

    private int missing;

    private GlyphsDrawn() {
    }

    static int missingIn(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            GlyphsDrawn counter = new GlyphsDrawn();
            counter.getText(document);
            return counter.missing;
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
            missing++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }
}
