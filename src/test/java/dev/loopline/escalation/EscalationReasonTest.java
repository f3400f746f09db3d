package dev.loopline.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.common.Languages;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The service's own reasons are data, put into words in the reader's language. */
class EscalationReasonTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aBreachReadsInChineseByDefaultAndInEnglishOnRequest() {
        var reason = EscalationReason.of(EscalationReason.Code.RESPONSE_NOT_IN_TIME,
                Instant.parse("2026-11-20T00:30:00Z"));
        assertThat(reason.text(false, SHANGHAI)).isEqualTo("未在11月20日 08:30前首次响应");
        assertThat(reason.text(true, SHANGHAI)).isEqualTo("No first response by 20 Nov 08:30");
    }

    @Test
    void aRepeatAndAClimbNameTheirNumbers() {
        assertThat(EscalationReason.of(EscalationReason.Code.REPEAT_COMPLAINT, "3").text(false, SHANGHAI))
                .isEqualTo("时限内同类投诉第3次");
        assertThat(EscalationReason.of(EscalationReason.Code.REPEAT_COMPLAINT, "3").text(true, SHANGHAI))
                .isEqualTo("Complaint 3 of the same kind within the repeat window");
        var climb = new EscalationReason(EscalationReason.Code.NOT_ACKNOWLEDGED, "1",
                Instant.parse("2026-11-20T02:15:00Z"));
        assertThat(climb.text(false, SHANGHAI)).isEqualTo("1级升级未在11月20日 10:15前确认");
        assertThat(EscalationReason.of(EscalationReason.Code.EXTERNAL_CHANNEL, "MEDIA").text(false, SHANGHAI))
                .isEqualTo("投诉来自媒体");
    }

    @Test
    void aPersonsOwnWordsStayAsWritten() {
        var given = EscalationReason.of(EscalationReason.Code.GIVEN, "用户要求领导回复");
        assertThat(given.text(true, SHANGHAI)).isEqualTo("用户要求领导回复");
    }

    @Test
    void theReadersLanguageComesFromAcceptLanguage() {
        assertThat(Languages.preferred("en-US,en;q=0.8")).isEqualTo("en");
        assertThat(Languages.preferred("zh-CN,en;q=0.5")).isEqualTo("zh");
        assertThat(Languages.preferred("*")).isNull();
        assertThat(Languages.preferred(null)).isNull();
        assertThat(Languages.preferred("not a language ;;;")).isNull();
    }
}
