package dev.loopline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The report's words in Chinese ("zh", the default) or English ("en"): headings, the labels of codes, and dates,
 * amounts and the letter's sentences written as a reader of that language writes them.
 */
public final class ReportLabels {

    private static final ReportLabels CHINESE = new ReportLabels(false);
    private static final ReportLabels ENGLISH = new ReportLabels(true);

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    /** Code labels keyed by kind and code; each row holds the Chinese and the English label. */
    private static final Map<String, String[]> CODES = Map.ofEntries(
            row("utility.HEATING", "供热", "District heating"),
            row("utility.POWER", "供电", "Electricity"),
            row("utility.WATER", "供水", "Water"),
            row("utility.GAS", "燃气", "Gas"),
            row("role.PRIMARY", "主责部门", "Primary"),
            row("role.SECONDARY", "次责部门", "Secondary"),
            row("compensation.FEE_REDUCTION", "费用减免", "Fee reduction"),
            row("compensation.REFUND", "退款", "Refund"),
            row("compensation.CASH", "现金补偿", "Cash compensation"),
            row("compensation.VOUCHER", "代金券", "Voucher"),
            row("compensation.IN_KIND", "实物补偿", "Compensation in kind"),
            row("compensation.SERVICE", "免费服务", "Free service"),
            row("compensation.NONE", "无补偿", "No compensation"),
            row("missed.FIRST_RESPONSE", "未按时首次响应", "first response late"),
            row("missed.ON_SITE_ARRIVAL", "未按时上门", "visit late"),
            row("missed.RESOLUTION", "未按时办结", "not resolved in time"),
            row("measurement.indoor_temperature", "室内温度", "Indoor temperature"),
            row("measurement.outdoor_temperature", "室外温度", "Outdoor temperature"),
            row("measurement.supply_temperature", "供水温度", "Supply temperature"),
            row("measurement.return_temperature", "回水温度", "Return temperature"),
            row("measurement.water_pressure", "水压", "Water pressure"),
            row("measurement.voltage", "电压", "Voltage"));

    private final boolean english;

    private ReportLabels(boolean english) {
        this.english = english;
    }

    /** English for "en" and its regional variants ("en-GB", "en_US"); Chinese for anything else. */
    public static ReportLabels forLanguage(String language) {
        String primary = language == null ? "" : language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.equals("en") ? ENGLISH : CHINESE;
    }

    /** The BCP 47 tag of the report's language, for HTML's lang attribute and the PDF catalogue. */
    public String languageTag() {
        return english ? "en" : "zh-CN";
    }

    /** A label and its value on one line, e.g. "服务热线：96069" or "Hotline: 96069". */
    public String labelled(String label, String value) {
        return label + (english ? ": " : "：") + value;
    }

    public String heading(ReportHeading heading) {
        return english ? heading.english : heading.chinese;
    }

    public String utility(String code) {
        return label("utility", code);
    }

    public String departmentRole(String code) {
        return label("role", code);
    }

    public String compensationType(String code) {
        return label("compensation", code);
    }

    /** A service commitment the utility missed, as the customer reads it. */
    public String missedMilestone(String milestone) {
        return label("missed", milestone);
    }

    /** A steward's measurement by its name; a name we have no label for is shown as it is. */
    public String measurement(String name) {
        return label("measurement", name);
    }

    /** A follow-up score out of five, e.g. "4 / 5". */
    public String satisfaction(int score) {
        return score + " / 5";
    }

    /** A text with a note in brackets, e.g. a department with its role. */
    public String withNote(String text, String note) {
        return english ? text + " (" + note + ")" : text + "（" + note + "）";
    }

    /** What separates the items of a list written on one line. */
    public String listSeparator() {
        return english ? "; " : "；";
    }

    /** A day, e.g. "2026年11月20日" or "20 Nov 2026". */
    public String date(LocalDate day) {
        return day == null ? null : (english ? ENGLISH_DATE : CHINESE_DATE).format(day);
    }

    /** A time in {@code zone} without the zone's id, e.g. "2026年11月20日 08:00" or "20 Nov 2026, 08:00". */
    public String time(Instant instant, ZoneId zone) {
        return instant == null ? null : (english ? ENGLISH_TIME : CHINESE_TIME).withZone(zone).format(instant);
    }

    /** An amount as the reader writes it: "150 元" or "150.50 元" in Chinese, "CNY 150.00" in English. */
    public String amount(BigDecimal amount, String currency) {
        String code = currency == null ? "CNY" : currency;
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        if (english) {
            DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            return code + " " + grouped.format(cents);
        }
        String number = cents.remainder(BigDecimal.ONE).signum() == 0 ? cents.setScale(0).toPlainString()
                : cents.toPlainString();
        return number + " " + (code.equals("CNY") ? "元" : code);
    }

    /** "尊敬的王秀英用户：" or "Dear 王秀英,": the customer's gender is not known, so no 女士/先生 or Ms/Mr. */
    public String salutation(String customerName) {
        boolean named = customerName != null && !customerName.isBlank();
        if (english) {
            return "Dear " + (named ? customerName.strip() : "customer") + ",";
        }
        return "尊敬的" + (named ? customerName.strip() : "") + "用户：";
    }

    /** The opening paragraph: when the customer came to us, about what, and that the complaint is resolved. */
    public String opening(LocalDate acceptedOn, String category, String number) {
        if (english) {
            return "On " + date(acceptedOn) + " you contacted us about "
                    + (category == null ? "a problem" : "“" + category + "”")
                    + (number == null ? "" : " (complaint " + number + ")")
                    + ". We have completed its handling; this letter reports what we found, what we agreed with you, "
                    + "the compensation and your feedback.";
        }
        return "您于" + date(acceptedOn) + "向我们反映的" + (category == null ? "" : "“" + category + "”") + "问题"
                + (number == null ? "" : "（投诉编号 " + number + "）")
                + "已处理完毕。现将调查结果、解决方案、补偿及回访情况报告如下。";
    }

    /** The closing paragraph: thanks, and where to call with a question. */
    public String closing(String hotline) {
        String thanks = heading(ReportHeading.CLOSING);
        if (hotline == null || hotline.isBlank()) {
            return thanks;
        }
        return english ? thanks + " If you have any question about this report, please call our hotline " + hotline + "."
                : thanks + "如对处理结果有任何疑问，请拨打服务热线 " + hotline + "。";
    }

    /** The words before the signature, where the language has them. */
    public String signOff() {
        return english ? "Yours sincerely," : null;
    }

    private String label(String kind, String code) {
        if (code == null) {
            return null;
        }
        String[] row = CODES.get(kind + "." + code);
        return row == null ? code : row[english ? 1 : 0];
    }

    private static Map.Entry<String, String[]> row(String key, String chinese, String english) {
        return Map.entry(key, new String[] {chinese, english});
    }
}
