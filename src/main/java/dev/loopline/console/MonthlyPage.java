package dev.loopline.console;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The monthly root-cause report as its page draws it: figures written out, chart geometry for inline SVG. */
@TemplateData
public record MonthlyPage(String month, String asOf, String previousMonth, long tickets, long closed, String repeatRate,
        String medianClose, String satisfied, long previous, String change, List<TopRow> top, List<TrendBar> trend,
        int trendHeight) {

    /** One of the TOP-3: its root causes as one stacked bar (x and width in a 0–600 viewBox) and as words. */
    @TemplateData
    public record TopRow(int rank, String label, long count, String change, List<Segment> causes,
            String departments, String promises) {
    }

    /** A root cause's share of a category's tickets. */
    @TemplateData
    public record Segment(String cause, long count, String percent, int x, int width) {
    }

    /** A category's count this month and the month before, as two bars (y in the chart, widths in 0–600). */
    @TemplateData
    public record TrendBar(String label, long previous, long current, int y, int previousWidth, int currentWidth) {
    }
}
