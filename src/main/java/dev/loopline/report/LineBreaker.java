package dev.loopline.report;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a limit: Latin words stay whole where they fit, Chinese breaks anywhere. */
final class LineBreaker {

    /** How wide a piece of text is when drawn. */
    @FunctionalInterface
    interface TextWidth {
        float of(String text);
    }

    /** Code points from here on (CJK radicals, ideographs, kana, full-width forms) may be broken after. */
    private static final int FIRST_CJK_CODE_POINT = 0x2E80;

    private final float maxWidth;
    private final TextWidth width;

    LineBreaker(float maxWidth, TextWidth width) {
        this.maxWidth = maxWidth;
        this.width = width;
    }

    /** The lines of {@code text}; its line breaks are kept, and an empty text gives one empty line. */
    List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrap(paragraph, lines);
        }
        return lines;
    }

    private void wrap(String paragraph, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String token : tokens(paragraph)) {
            float tokenWidth = width.of(token);
            if (lineWidth + tokenWidth <= maxWidth) {
                line.append(token);
                lineWidth += tokenWidth;
                continue;
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().stripTrailing());
            }
            line.setLength(0);
            lineWidth = 0;
            if (token.isBlank()) {
                continue;
            }
            for (int character : token.codePoints().toArray()) {
                String piece = Character.toString(character);
                float pieceWidth = width.of(piece);
                if (lineWidth + pieceWidth > maxWidth && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(piece);
                lineWidth += pieceWidth;
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Words of non-CJK characters, single spaces, and single CJK characters, in order. */
    private static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(character -> {
            if (Character.isWhitespace(character) || character >= FIRST_CJK_CODE_POINT) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(Character.toString(character));
            } else {
                word.appendCodePoint(character);
            }
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
