package dev.loopline.phrase;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Admins' changes to the forbidden-phrase list. */
@ApplicationScoped
public class PhraseService {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> list() {
        return ForbiddenPhrase.activePhrases();
    }

    @Transactional
    public String add(String phrase) {
        String trimmed = phrase.strip();
        if (ForbiddenPhrase.findById(trimmed) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The phrase is already on the list");
        }
        ForbiddenPhrase entry = new ForbiddenPhrase();
        entry.phrase = trimmed;
        entry.active = true;
        entry.createdAt = Instant.now(clock);
        entry.persist();
        return trimmed;
    }

    @Transactional
    public void remove(String phrase) {
        if (!ForbiddenPhrase.deleteById(phrase)) {
            throw ProblemException.notFound("Forbidden phrase", phrase);
        }
    }
}
