package dev.loopline.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 4180 fields: plain text as it is, a comma, quote or line break quoted with quotes doubled, null empty. */
class MonthlyCsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(MonthlyCsv.field("管网运行部")).isEqualTo("管网运行部");
        assertThat(MonthlyCsv.field(12)).isEqualTo("12");
        assertThat(MonthlyCsv.field(null)).isEmpty();
        assertThat(MonthlyCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(MonthlyCsv.field("说\"好\"的")).isEqualTo("\"说\"\"好\"\"的\"");
        assertThat(MonthlyCsv.field("一行\n两行")).isEqualTo("\"一行\n两行\"");
        assertThat(MonthlyCsv.field("回车\r")).isEqualTo("\"回车\r\"");
    }
}
