package dev.loopline.monthly;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The monthly report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the Chinese labels),
 * RFC 4180 (CRLF, fields with a comma, quote or line break quoted, quotes doubled), one section per part of the
 * report: its title on a line of its own, a header row, its rows, then an empty line.
 */
public final class MonthlyCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder out = new StringBuilder();

    private MonthlyCsv() {
    }

    public static byte[] render(MonthlyReport report) {
        MonthlyCsv csv = new MonthlyCsv();
        csv.section("月度汇总 Monthly report", List.of("month", "zone", "from", "to", "previousMonth", "asOf"));
        csv.row(report.month(), report.zone(), report.from(), report.to(), report.previousMonth(), report.asOf());
        csv.section("总计 Totals", figuresHeader("scope"));
        csv.row(figures("all", report.totals()));
        csv.section("趋势 Trend", List.of("scope", "tickets", "previous", "change", "changePercent"));
        csv.row("all", report.totals().tickets(), report.trend().previous(), report.trend().change(),
                report.trend().changePercent());
        for (MonthlyReport.TopCategory top : report.top()) {
            csv.row(top.category(), top.count(), top.trend().previous(), top.trend().change(),
                    top.trend().changePercent());
        }
        List<String> topHeader = new ArrayList<>(List.of("rank", "category", "label"));
        topHeader.addAll(MonthlyRollup.ROOT_CAUSES);
        topHeader.addAll(figuresHeader(null).subList(1, figuresHeader(null).size()));
        csv.section("TOP-3 投诉类别 Top categories", topHeader);
        for (MonthlyReport.TopCategory top : report.top()) {
            List<Object> row = new ArrayList<>(List.of(top.rank(), top.category(), top.label()));
            MonthlyRollup.ROOT_CAUSES.forEach(cause -> row.add(top.rootCauses().get(cause)));
            List<Object> figures = figures(null, top.figures());
            row.addAll(figures.subList(1, figures.size()));
            csv.row(row.toArray());
        }
        csv.section("责任部门 Responsible departments", List.of("rank", "category", "department", "tickets"));
        for (MonthlyReport.TopCategory top : report.top()) {
            top.departments().forEach(d -> csv.row(top.rank(), top.category(), d.department(), d.tickets()));
        }
        csv.section("按行业 By utility", List.of("utility", "tickets", "closed", "firstResponseBreaches",
                "resolutionBreaches", "onSiteArrivalBreaches", "previous", "change", "changePercent"));
        for (MonthlyReport.UtilityFigures u : report.byUtility()) {
            csv.row(u.utility(), u.count(), u.closed(), u.breaches().firstResponse(), u.breaches().resolution(),
                    u.breaches().onSiteArrival(), u.trend().previous(), u.trend().change(), u.trend().changePercent());
        }
        csv.section("热点 Hotspots", List.of("id", "utility", "category", "label", "areaCode", "status",
                "ticketCount", "firstAt", "openedAt"));
        for (MonthlyReport.Hotspot h : report.hotspots()) {
            csv.row(h.id(), h.utility(), h.category(), h.label(), h.areaCode(), h.status(), h.ticketCount(),
                    h.firstAt(), h.openedAt());
        }
        csv.section("承诺兑现 Promises", List.of("scope", "made", "kept", "broken", "pending", "keptRate"));
        csv.row(promises("all", report.promises()));
        report.top().forEach(top -> csv.row(promises(top.category(), top.promises())));
        byte[] text = csv.out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    private static List<String> figuresHeader(String first) {
        return List.of(Objects.requireNonNullElse(first, ""), "tickets", "closed", "repeats", "repeatRate",
                "firstResponseBreaches", "resolutionBreaches", "onSiteArrivalBreaches", "medianSecondsToClose",
                "satisfactionResponses", "satisfactionAverage", "satisfiedRate");
    }

    private static List<Object> figures(String first, MonthlyReport.Figures f) {
        List<Object> row = new ArrayList<>();
        row.add(first);
        row.addAll(java.util.Arrays.asList(f.tickets(), f.closed(), f.repeats(), f.repeatRate(),
                f.breaches().firstResponse(), f.breaches().resolution(), f.breaches().onSiteArrival(),
                f.medianSecondsToClose(), f.satisfaction().responses(), f.satisfaction().average(),
                f.satisfaction().satisfiedRate()));
        return row;
    }

    private static Object[] promises(String scope, MonthlyReport.Promises p) {
        return new Object[] {scope, p.made(), p.kept(), p.broken(), p.pending(), p.keptRate()};
    }

    private void section(String title, List<String> header) {
        if (out.length() > 0) {
            out.append("\r\n");
        }
        row(title);
        row(header.toArray());
    }

    private void row(List<Object> fields) {
        row(fields.toArray());
    }

    private void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; null is empty. */
    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
