package dev.loopline.timeline;

import java.time.Instant;
import java.util.UUID;

/** Something whose changes form a hash chain: it holds the chain's length and the hash of its last event. */
public interface Chained {

    UUID chainId();

    int chainLength();

    String chainHead();

    /** When the chain began (a ticket's acceptance): every event carries it, so a chain lives in one partition. */
    Instant chainStartedAt();

    void advanceChain(int length, String head);
}
