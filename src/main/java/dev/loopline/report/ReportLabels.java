package dev.loopline.report;

import java.util.Locale;
import java.util.Map;

/** The report's words in Chinese ("zh", the default) or English ("en"): headings and the labels of codes. */
public final class ReportLabels {

    private static final ReportLabels CHINESE = new ReportLabels(false);
    private static final ReportLabels ENGLISH = new ReportLabels(true);

    /** Code labels keyed by kind and code; each row holds the Chinese and the English label. */
    private static final Map<String, String[]> CODES = Map.ofEntries(
            row("utility.HEATING", "供热", "District heating"),
            row("utility.POWER", "供电", "Electricity"),
            row("utility.WATER", "供水", "Water"),
            row("utility.GAS", "燃气", "Gas"),
            row("severity.URGENT", "紧急", "Urgent"),
            row("severity.IMPORTANT", "重要", "Important"),
            row("severity.ROUTINE", "常规", "Routine"),
            row("rootCause.SERVICE", "服务偏差", "Service deviation"),
            row("rootCause.PRODUCT", "产品偏差", "Product deviation"),
            row("rootCause.CUSTOMER", "用户偏差", "Customer-side deviation"),
            row("role.PRIMARY", "主责部门", "Primary"),
            row("role.SECONDARY", "次责部门", "Secondary"),
            row("compensation.FEE_REDUCTION", "费用减免", "Fee reduction"),
            row("compensation.REFUND", "退款", "Refund"),
            row("compensation.CASH", "现金补偿", "Cash compensation"),
            row("compensation.VOUCHER", "代金券", "Voucher"),
            row("compensation.IN_KIND", "实物补偿", "Compensation in kind"),
            row("compensation.SERVICE", "免费服务", "Free service"),
            row("compensation.NONE", "无补偿", "No compensation"));

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

    public String heading(ReportHeading heading) {
        return english ? heading.english : heading.chinese;
    }

    public String utility(String code) {
        return label("utility", code);
    }

    public String severity(String code) {
        return label("severity", code);
    }

    public String rootCause(String code) {
        return label("rootCause", code);
    }

    public String departmentRole(String code) {
        return label("role", code);
    }

    public String compensationType(String code) {
        return label("compensation", code);
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
