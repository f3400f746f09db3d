package dev.loopline.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque position in a sequence (a timeline's seq) that a list hands out and takes back; a forged one is a 400. */
public record SeqCursor(int seq) {

    // a kind tag, so that a cursor of a time-ordered list is refused here rather than read as a number
    private static final String KIND = "seq:";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((KIND + seq).getBytes(StandardCharsets.UTF_8));
    }

    public static SeqCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(KIND)) {
                int seq = Integer.parseInt(raw.substring(KIND.length()));
                if (seq >= 1) {
                    return new SeqCursor(seq);
                }
            }
        } catch (RuntimeException ignored) {
            // falls through to the problem below
        }
        throw ProblemException.badParameter("cursor", "is not a cursor this service issued");
    }
}
