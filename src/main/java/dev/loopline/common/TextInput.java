package dev.loopline.common;

/**
 * The one rule for text the API receives, in bodies and in parameters: no C0 control characters but tab, line feed
 * and carriage return. A NUL or an escape sequence would otherwise be stored, hashed into the timeline and printed
 * into the customer's report.
 */
public final class TextInput {

    public static final String REFUSAL = "must not contain control characters (only tab, line feed and carriage"
            + " return are allowed)";

    private TextInput() {
    }

    public static boolean isAllowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
