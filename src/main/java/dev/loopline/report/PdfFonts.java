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

/**
 * The PDF report's fonts, embedded as subsets: Liberation Sans for Latin and Droid Sans Fallback for Chinese.
 * A character neither font has is never drawn as "?" or a missing-glyph box: a letter (a rare hanzi in a name) becomes
 * 〓, the typesetter's mark for a missing character, so a name is not silently shortened; anything else (emoji,
 * their modifiers and joiners, control and format characters) is left out.
 */
final class PdfFonts {

    private static final String LATIN_FONT = "/fonts/LiberationSans-Regular.ttf";
    /** Has no Latin glyphs, hence the second font. */
    private static final String CHINESE_FONT = "/fonts/DroidSansFallbackFull.ttf";
    /** Stands in for a letter that neither font can draw (U+3013 GETA MARK, which the Chinese font has). */
    static final String MISSING_LETTER = "〓";
    private static final Glyph LEFT_OUT = new Glyph(null, "");

    private final PDFont latin;
    private final PDFont chinese;
    private final Map<Integer, Glyph> glyphByCharacter = new HashMap<>();

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
            Glyph glyph = glyphByCharacter.computeIfAbsent(character, this::glyphFor);
            if (glyph == LEFT_OUT) {
                continue;
            }
            if (glyph.font() != pendingFont && pending.length() > 0) {
                runs.add(new Run(pendingFont, pending.toString()));
                pending.setLength(0);
            }
            pendingFont = glyph.font();
            pending.append(glyph.text());
        }
        if (pending.length() > 0) {
            runs.add(new Run(pendingFont, pending.toString()));
        }
        return runs;
    }

    private Glyph glyphFor(int character) {
        int type = Character.getType(character);
        if (type == Character.CONTROL || type == Character.FORMAT) {
            return LEFT_OUT;
        }
        String text = Character.toString(character);
        if (canDraw(latin, text)) {
            return new Glyph(latin, text);
        }
        if (canDraw(chinese, text)) {
            return new Glyph(chinese, text);
        }
        return Character.isLetter(character) ? new Glyph(chinese, MISSING_LETTER) : LEFT_OUT;
    }

    private static boolean canDraw(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** What a character is drawn as, and in which font. */
    private record Glyph(PDFont font, String text) {
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
