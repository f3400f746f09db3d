package dev.loopline.archive;

import dev.loopline.timeline.ChainVerification;
import dev.loopline.timeline.EventView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An archived ticket as the archive's read shows it: what it was, where it lies, its whole timeline, verified. */
@Schema(description = "A ticket of an archived month: its record, its whole timeline and the chain's verification")
public record ArchivedTicket(UUID id, String number, String utility, String category, String severity,
        String status, Instant acceptedAt, Instant closedAt,
        @Schema(description = "The acceptance month (in the service centre's zone) it was archived with",
                example = "2021-03")
        String month,
        @Schema(description = "ARCHIVING while the month is being moved, then ARCHIVED")
        String state,
        @Schema(description = "When the month was archived; null while it is being moved")
        Instant archivedAt,
        int escalations, int workOrders, List<EventView> timeline, ChainVerification verification) {
}
