package dev.loopline.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a ticket's append-only timeline; `hash` covers its content and its predecessor's hash. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public int seq;

    public String type;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** Canonical JSON, hashed byte for byte. */
    public String payload;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    /** The partition key: the ticket's acceptance, the same on all its events (README "Partitions"). */
    @Column(name = "ticket_accepted_at")
    public Instant ticketAcceptedAt;

    /** The chain's events, oldest first, read from its one partition. */
    public static List<TicketEvent> ofChain(Chained chain) {
        return list("ticketId = ?1 and ticketAcceptedAt = ?2 order by seq", chain.chainId(), chain.chainStartedAt());
    }
}
