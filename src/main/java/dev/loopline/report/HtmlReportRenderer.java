package dev.loopline.report;

import java.time.ZoneId;
import java.util.List;

/**
 * Renders a handling report as a printable HTML5 page in the customer's language: self-contained (its style inline)
 * for the API's copy, or linking {@link #STYLE} as a stylesheet for pages whose Content-Security-Policy allows no
 * inline style (the console).
 */
public final class HtmlReportRenderer {

    /** The report's CSS. */
    public static final String STYLE = """
            @page { size: A4; margin: 20mm; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", \
            "Droid Sans Fallback", sans-serif; font-size: 11pt; line-height: 1.6; color: #222; margin: 0; }
            main { max-width: 48em; margin: 2em auto; padding: 0 1em; }
            header { text-align: center; border-bottom: 1px solid #888; padding-bottom: 0.5em; }
            .organisation { font-size: 15pt; margin: 0; }
            .contact { color: #555; font-size: 9.5pt; margin: 0.2em 0; }
            h1 { text-align: center; font-size: 18pt; margin-bottom: 1em; }
            h2 { font-size: 13pt; border-bottom: 1px solid #888; margin: 1.4em 0 0.5em; }
            .field { display: grid; grid-template-columns: 9em 1fr; gap: 1em; }
            .label { color: #555; }
            .value, p { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.2em 0; }
            .salutation { margin-top: 1.5em; }
            .closing { margin-top: 2em; }
            .signature { text-align: right; margin-top: 1.5em; }
            @media print { main { margin: 0; max-width: none; } }
            """;

    /** The whole document; times are written in {@code zone}, as the reader writes them and without the zone's id. */
    public String render(HandlingReport report, ZoneId zone) {
        return render(report, zone, null);
    }

    /** The document linking its style at {@code stylesheet} (a URL serving {@link #STYLE}); inline when null. */
    public String render(HandlingReport report, ZoneId zone, String stylesheet) {
        ReportOutline outline = ReportOutline.of(report, zone);
        StringBuilder html = new StringBuilder(8192)
                .append("<!DOCTYPE html>\n<html lang=\"").append(escape(outline.languageTag())).append("\">\n")
                .append("<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(outline.title()));
        if (outline.number() != null) {
            html.append(" ").append(escape(outline.number()));
        }
        html.append("</title>\n");
        if (stylesheet == null) {
            html.append("<style>\n").append(STYLE).append("</style>\n");
        } else {
            html.append("<link rel=\"stylesheet\" href=\"").append(escape(stylesheet)).append("\">\n");
        }
        html.append("</head>\n<body>\n<main>\n");
        if (outline.letterhead() != null) {
            html.append("<header>\n");
            appendParagraph(html, "organisation", outline.letterhead().name());
            appendParagraph(html, "contact", String.join(" · ", outline.letterhead().details()));
            html.append("</header>\n");
        }
        html.append("<h1>").append(escape(outline.title())).append("</h1>\n");
        appendFields(html, outline.header());
        appendParagraph(html, "salutation", outline.salutation());
        appendParagraph(html, null, outline.opening());
        for (ReportOutline.Section section : outline.sections()) {
            html.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            appendFields(html, section.fields());
            html.append("</section>\n");
        }
        appendParagraph(html, "closing", outline.closing());
        html.append("<div class=\"signature\">\n");
        outline.signature().forEach(line -> appendParagraph(html, null, line));
        return html.append("</div>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void appendParagraph(StringBuilder html, String cssClass, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        html.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text)).append("</p>\n");
    }

    private static void appendFields(StringBuilder html, List<ReportOutline.Field> fields) {
        for (ReportOutline.Field field : fields) {
            if (field.label() == null) {
                html.append("<p>").append(escape(field.value())).append("</p>\n");
            } else {
                html.append("<div class=\"field\"><span class=\"label\">").append(escape(field.label()))
                        .append("</span><span class=\"value\">").append(escape(field.value())).append("</span></div>\n");
            }
        }
    }

    /** Escapes the characters that could end a text node or an attribute value. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }
}
