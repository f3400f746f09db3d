package dev.loopline.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Every character one unit wide, so a width of 6 holds six characters. */
    private final LineBreaker sixWide = new LineBreaker(6, text -> text.codePointCount(0, text.length()));

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertThat(sixWide.lines("今日排气调试并更换阀门")).containsExactly("今日排气调试", "并更换阀门");
    }

    @Test
    void latinWordsMoveWholeToTheNextLine() {
        assertThat(sixWide.lines("fix the valve now")).containsExactly("fix", "the", "valve", "now");
        assertThat(sixWide.lines("at 15 C")).containsExactly("at 15", "C");
    }

    @Test
    void aWordWiderThanTheLineIsBrokenByCharacter() {
        assertThat(sixWide.lines("HT-2026-000123")).containsExactly("HT-202", "6-0001", "23");
    }

    @Test
    void latinWordsAfterChineseStayTogether() {
        assertThat(sixWide.lines("室温只有15度OK")).containsExactly("室温只有15", "度OK");
        assertThat(sixWide.lines("室温已到ENDMARK")).containsExactly("室温已到", "ENDMAR", "K");
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertThat(sixWide.lines("第一行\n\n第二行")).containsExactly("第一行", "", "第二行");
    }

    @Test
    void noCharacterIsLostWhenWrapping() {
        String text = "暖气不热，室温只有15度；the valve was replaced at 10:00 by crew-7。".repeat(9);

        String joined = String.join("", sixWide.lines(text));

        assertThat(joined.replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }
}
