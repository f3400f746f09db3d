package dev.loopline.ticket;

import dev.loopline.security.Actor;
import dev.loopline.timeline.Chained;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An aggregate whose changes are events on a hash-chained timeline: it records typed events as it changes, and
 * {@link TicketLog} writes them, advancing the chain's length and head kept here.
 */
@MappedSuperclass
public abstract class ChainedAggregate extends PanacheEntityBase implements Chained {

    @Id
    public UUID id;

    public int timelineLength;
    public String timelineHead;
    public Instant updatedAt;

    /** An event recorded in this transaction and not yet written. */
    public record Recorded(TicketEvents.Payload payload, Actor actor, Instant at) {
    }

    @Transient
    private final List<Recorded> recorded = new ArrayList<>();

    public void record(TicketEvents.Payload payload, Actor actor, Instant at) {
        recorded.add(new Recorded(payload, actor, at));
        updatedAt = at;
    }

    /** The payloads recorded and not yet written, oldest first. */
    public List<TicketEvents.Payload> recorded() {
        return recorded.stream().map(Recorded::payload).toList();
    }

    /** The events recorded since the last call, oldest first. */
    public List<Recorded> takeRecorded() {
        List<Recorded> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    @Override
    public UUID chainId() {
        return id;
    }

    @Override
    public int chainLength() {
        return timelineLength;
    }

    @Override
    public String chainHead() {
        return timelineHead;
    }

    @Override
    public void advanceChain(int length, String head) {
        timelineLength = length;
        timelineHead = head;
    }
}
