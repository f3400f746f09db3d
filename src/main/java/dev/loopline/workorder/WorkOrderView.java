package dev.loopline.workorder;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.common.Json;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A work order as the API shows it. */
public record WorkOrderView(UUID id, UUID ticketId, String steward, String instructions, WorkOrderStatus status,
        Instant dispatchedAt, String dispatchedBy, Instant acceptedAt, Instant arrivedAt, Instant completedAt,
        Instant cancelledAt, String cancelReason, Arrival arrival, String findings,
        @Schema(type = SchemaType.ARRAY, implementation = WorkOrderRequests.Measurement.class) JsonNode measurements,
        String actions, List<String> photos, long version) {

    /** The on-site arrival SLA. */
    public record Arrival(Instant dueAt, Instant atRiskAt, boolean atRisk, boolean breached) {
    }

    public static WorkOrderView from(WorkOrder w) {
        return new WorkOrderView(w.id, w.ticketId, w.steward, w.instructions, w.status, w.dispatchedAt,
                w.dispatchedBy, w.acceptedAt, w.arrivedAt, w.completedAt, w.cancelledAt, w.cancelReason,
                new Arrival(w.arrivalDueAt, w.arrivalAtRiskAt, w.arrivalAtRiskFlaggedAt != null,
                        w.arrivalBreachedAt != null),
                w.findings, w.measurements == null ? null : Json.tree(w.measurements), w.actions,
                List.copyOf(w.photos), w.version);
    }
}
