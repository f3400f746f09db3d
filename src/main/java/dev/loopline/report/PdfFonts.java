package dev.loopline.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The PDF report's fonts, embedded as subsets: Liberation Sans for Latin and Droid Sans Fallback for Chinese. */
final class PdfFonts {

    private static final String LATIN_FONT = "/fonts/LiberationSans-Regular.ttf";
    /** Has no Latin glyphs, hence the second font. */
    private static final String CHINESE_FONT = "/fonts/DroidSansFallbackFull.ttf";
    /** Stands in for a character that neither font can draw, such as an emoji. */
    private static final String MISSING = "?";

    private final PDFont latin;
    private final PDFont chinese;
    private final Map<Integer, PDFont> fontByCharacter = new HashMap<>();

    private PdfFonts(PDFont latin, PDFont chinese) {
        this.latin = latin;
        this.chinese = chinese;
    }

    /** Loads the fonts into {@code document}; their bytes are read from the classpath once per JVM. */
    static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(PDType0Font.load(document, new ByteArrayInputStream(FontFiles.LATIN), true),
                PDType0Font.load(document, new ByteArrayInputStream(FontFiles.CHINESE), true));
    }

    /** The width of {@code text} in points at {@code size}. */
    float width(String text, float size) {
        float width = 0;
        try {
            for (Run run : runs(text)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** Shows {@code text} at the current text position, switching fonts as the characters require. */
    void show(PDPageContentStream content, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        PDFont pendingFont = null;
        for (int character : text.codePoints().toArray()) {
            PDFont font = fontByCharacter.computeIfAbsent(character, this::fontFor);
            String drawn = font == null ? MISSING : Character.toString(character);
            font = font == null ? latin : font;
            if (font != pendingFont && pending.length() > 0) {
                runs.add(new Run(pendingFont, pending.toString()));
                pending.setLength(0);
            }
            pendingFont = font;
            pending.append(drawn);
        }
        if (pending.length() > 0) {
            runs.add(new Run(pendingFont, pending.toString()));
        }
        return runs;
    }

    private PDFont fontFor(int character) {
        if (Character.isISOControl(character)) {
            return null;
        }
        String text = Character.toString(character);
        return canDraw(latin, text) ? latin : canDraw(chinese, text) ? chinese : null;
    }

    private static boolean canDraw(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** A stretch of text drawn in one font. */
    private record Run(PDFont font, String text) {
    }

    /** The font files' bytes, read on first use; each document still gets its own font objects. */
    private static final class FontFiles {
        static final byte[] LATIN = read(LATIN_FONT);
        static final byte[] CHINESE = read(CHINESE_FONT);

        private static byte[] read(String path) {
            try (InputStream font = PdfFonts.class.getResourceAsStream(path)) {
                if (font == null) {
                    throw new IllegalStateException("Font missing from the classpath: " + path);
                }
                return font.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
