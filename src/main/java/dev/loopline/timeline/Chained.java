package dev.loopline.timeline;

import java.util.UUID;

/** Something whose changes form a hash chain: it holds the chain's length and the hash of its last event. */
public interface Chained {

    UUID chainId();

    int chainLength();

    String chainHead();

    void advanceChain(int length, String head);
}
