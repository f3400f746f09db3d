package dev.loopline.phrase;

import dev.loopline.ticket.StepFacts.PhraseHit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Finds forbidden phrases in customer-facing text, ignoring spaces and case; it warns, it never blocks. */
public final class PhraseCheck {

    private PhraseCheck() {
    }

    public static List<PhraseHit> hits(String field, String text, Collection<String> phrases) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = normalize(text);
        return phrases.stream().filter(p -> normalized.contains(normalize(p))).map(p -> new PhraseHit(field, p)).toList();
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
