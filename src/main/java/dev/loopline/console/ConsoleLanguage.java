package dev.loopline.console;

/** The console reader's language: Chinese unless English was chosen, by a link (`?lang=en`) or before (a cookie). */
final class ConsoleLanguage {

    /** Where the reader's choice is remembered, for the next page, the board's refreshes and the IdP's page. */
    static final String COOKIE = "loopline_lang";

    private ConsoleLanguage() {
    }

    /** `lang` when the link names one, else the remembered choice: "en" or "zh". */
    static String of(String lang, String cookie) {
        String chosen = lang != null ? lang : cookie;
        return "en".equals(chosen) ? "en" : "zh";
    }
}
