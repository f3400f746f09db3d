package dev.loopline.timeline;

import java.util.List;

/**
 * Whether a ticket's timeline is intact: every event's hash matches its content and its predecessor's hash, the
 * sequence has no gap, and the last event is the head the ticket recorded (so deleting the newest one shows too).
 */
public record ChainVerification(boolean intact, int events, Integer brokenAtSeq, String problem) {

    public static ChainVerification of(List<TicketEvent> events, int recordedLength, String recordedHead) {
        String previous = Timeline.GENESIS;
        int expectedSeq = 1;
        for (TicketEvent event : events) {
            if (event.seq != expectedSeq) {
                return broken(events, expectedSeq, "event " + expectedSeq + " is missing");
            }
            if (!event.prevHash.equals(previous)) {
                return broken(events, event.seq, "event " + event.seq + " does not follow its predecessor");
            }
            if (!Timeline.hashOf(event).equals(event.hash)) {
                return broken(events, event.seq, "event " + event.seq + " was altered after it was written");
            }
            previous = event.hash;
            expectedSeq++;
        }
        if (events.size() != recordedLength) {
            return broken(events, events.size() + 1, "the ticket records " + recordedLength
                    + " events but the timeline holds " + events.size());
        }
        if (!previous.equals(recordedHead)) {
            // each link holds, yet the chain ends elsewhere: it was recomputed after an event was changed
            return broken(events, events.size(), "the last event is not the head the ticket recorded");
        }
        return new ChainVerification(true, events.size(), null, null);
    }

    private static ChainVerification broken(List<TicketEvent> events, int seq, String problem) {
        return new ChainVerification(false, events.size(), seq, problem);
    }
}
