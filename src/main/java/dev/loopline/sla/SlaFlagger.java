package dev.loopline.sla;

import dev.loopline.common.LooplineConfig;
import dev.loopline.escalation.AckTargets;
import dev.loopline.escalation.EscalationReason;
import dev.loopline.escalation.Escalation;
import dev.loopline.escalation.EscalationRows;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Severity;
import dev.loopline.ticket.TicketLog;
import dev.loopline.timeline.TimelineBatch;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Flags one batch of due rows in one transaction: claim them (SKIP LOCKED, so concurrent sweepers never share a
 * row), append the flag event (and any escalation it raises) to each ticket's timeline, set the flag.
 */
@ApplicationScoped
public class SlaFlagger {

    /** A row the batch flagged. */
    public record Flagged(UUID id, UUID ticketId, String number, String severity, Instant dueAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AckTargets ackTargets;

    @Inject
    LooplineConfig config;

    // a checked exception would otherwise commit what the batch wrote before it
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = SQLException.class)
    public List<Flagged> flagBatch(SlaFlag flag, Instant now, int limit) throws SQLException {
        List<Flagged> flagged = new ArrayList<>();
        TimelineBatch timeline = new TimelineBatch();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement(flag.claimStatement())) {
                claim.setTimestamp(1, Timestamp.from(now));
                claim.setInt(2, limit);
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        Flagged row = new Flagged(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getString(4), rows.getString(5), rows.getTimestamp(3).toInstant());
                        flagged.add(row);
                        timeline.start(row.ticketId(), rows.getTimestamp(8).toInstant(), rows.getInt(6),
                                rows.getString(7));
                    }
                }
            }
            if (flagged.isEmpty()) {
                return flagged;
            }
            List<Escalation> escalations = escalations(connection, flag, flagged, now);
            for (Flagged row : flagged) {
                TicketLog.append(timeline, row.ticketId(), flag.event(row.number(), Severity.valueOf(row.severity()),
                        row.dueAt(), now, row.id()), Actor.SYSTEM, now);
            }
            for (Escalation escalation : escalations) {
                TicketLog.append(timeline, escalation.ticketId, escalation.raised(numberOf(flagged,
                        escalation.ticketId)), Actor.SYSTEM, now);
            }
            timeline.write(connection, now);
            try (PreparedStatement update = connection.prepareStatement(flag.flagStatement())) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setArray(2, connection.createArrayOf("uuid", flagged.stream().map(Flagged::id).toArray()));
                update.executeUpdate();
            }
            EscalationRows.insert(connection, escalations);
        }
        return flagged;
    }

    /** The escalations the flag raises, one per ticket, unless one is already open at that level. */
    private List<Escalation> escalations(Connection connection, SlaFlag flag, List<Flagged> flagged, Instant now)
            throws SQLException {
        if (flag.escalation == null) {
            return List.of();
        }
        int level = flag.escalation.level;
        Set<UUID> alreadyOpen = EscalationRows.ticketsWithOpen(connection, level,
                flagged.stream().map(Flagged::ticketId).distinct().toList());
        Map<UUID, Escalation> raised = new LinkedHashMap<>();
        AckTargets.Targets targets = ackTargets.read();
        for (Flagged row : flagged) {
            if (!alreadyOpen.contains(row.ticketId()) && !raised.containsKey(row.ticketId())) {
                raised.put(row.ticketId(), Escalation.open(row.ticketId(), level, flag.escalation,
                        reason(flag, row), config.zone(), Actor.SYSTEM.id(), now,
                        targets.dueFrom(now, level, row.severity()), null));
            }
        }
        return new ArrayList<>(raised.values());
    }

    private static EscalationReason reason(SlaFlag flag, Flagged row) {
        return EscalationReason.of(switch (flag.escalation) {
            case RESPONSE_BREACH -> EscalationReason.Code.RESPONSE_NOT_IN_TIME;
            case RESOLUTION_BREACH -> EscalationReason.Code.RESOLUTION_NOT_IN_TIME;
            default -> EscalationReason.Code.RESOLUTION_OVERRUN;
        }, row.dueAt());
    }

    private static String numberOf(List<Flagged> flagged, UUID ticketId) {
        return flagged.stream().filter(f -> f.ticketId().equals(ticketId)).findFirst().map(Flagged::number)
                .orElseThrow();
    }
}
