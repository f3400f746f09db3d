package dev.loopline.common;

import java.util.List;
import java.util.Locale;

/** The reader's language from an Accept-Language header: "en" when English comes first, "zh" for anything else. */
public final class Languages {

    private Languages() {
    }

    /** "en" or "zh" as the header asks; null when it asks for nothing in particular (absent, empty or `*`). */
    public static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ranges.isEmpty() || ranges.get(0).getRange().equals("*")) {
            return null;
        }
        return ranges.get(0).getRange().startsWith("en") ? "en" : "zh";
    }
}
