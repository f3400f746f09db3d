package dev.loopline.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why the service escalated a ticket, as data: put into words in the reader's language when it is read (Chinese by
 * default, English on request), never frozen in one language when it is raised. `detail` is the one variable part
 * (a count, a channel, a user, a level) and `at` the time it refers to, if any.
 */
public record EscalationReason(Code code, String detail, Instant at) {

    /** The reasons the service itself gives. */
    public enum Code {
        RESPONSE_NOT_IN_TIME, RESOLUTION_NOT_IN_TIME, RESOLUTION_OVERRUN, REPEAT_COMPLAINT, EXTERNAL_CHANNEL,
        PUBLIC_OPINION_RISK, CLASS_ESCALATED, NOT_ACKNOWLEDGED,
        /** A person's own words (an escalation by hand): shown as written. */
        GIVEN
    }

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    public static EscalationReason of(Code code, String detail) {
        return new EscalationReason(code, detail, null);
    }

    public static EscalationReason of(Code code, Instant at) {
        return new EscalationReason(code, null, at);
    }

    /**
     * A stored reason in the reader's language: rows from before reasons were data (no code) show their text as
     * written.
     */
    public static String text(String written, Code code, String detail, Instant at, boolean english, ZoneId zone) {
        return code == null ? written : new EscalationReason(code, detail, at).text(english, zone);
    }

    /** The reason in Chinese (`english` false) or English, times in the utility's zone. */
    public String text(boolean english, ZoneId zone) {
        String time = at == null ? "" : (english ? EN : ZH).withZone(zone).format(at);
        return english ? switch (code) {
            case RESPONSE_NOT_IN_TIME -> "No first response by " + time;
            case RESOLUTION_NOT_IN_TIME -> "Not resolved by " + time;
            case RESOLUTION_OVERRUN -> "Still not resolved at " + time + ", half the resolution target past its due";
            case REPEAT_COMPLAINT -> "Complaint " + detail + " of the same kind within the repeat window";
            case EXTERNAL_CHANNEL -> "The complaint came through " + detail;
            case PUBLIC_OPINION_RISK -> "Public-opinion risk flagged by " + detail;
            case CLASS_ESCALATED -> "Class set to ESCALATED by " + detail;
            case NOT_ACKNOWLEDGED -> "Level " + detail + " not acknowledged by " + time;
            case GIVEN -> detail;
        } : switch (code) {
            case RESPONSE_NOT_IN_TIME -> "未在" + time + "前首次响应";
            case RESOLUTION_NOT_IN_TIME -> "未在" + time + "前办结";
            case RESOLUTION_OVERRUN -> "至" + time + "仍未办结，已超出办结时限的一半";
            case REPEAT_COMPLAINT -> "时限内同类投诉第" + detail + "次";
            case EXTERNAL_CHANNEL -> "投诉来自" + channelZh(detail);
            case PUBLIC_OPINION_RISK -> detail + "标记舆情风险";
            case CLASS_ESCALATED -> detail + "将投诉类别设为升级";
            case NOT_ACKNOWLEDGED -> detail + "级升级未在" + time + "前确认";
            case GIVEN -> detail;
        };
    }

    private static String channelZh(String channel) {
        return switch (channel) {
            case "MEDIA" -> "媒体";
            case "REGULATOR" -> "监管部门";
            default -> channel;
        };
    }
}
