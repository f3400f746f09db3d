package dev.loopline.escalation;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.common.ProblemException;
import dev.loopline.security.Roles;
import dev.loopline.ticket.Severity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How long each escalation level may wait for acknowledgement, per severity; rows are changed, never deleted. */
@Path("/api/v1/admin/escalation-ack-targets")
@Tag(name = "Configuration", description = "Categories, rules and policies that admins maintain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AckTargetResource {

    /** One level and severity's new target. */
    public record AckTargetRequest(@NotNull @Schema(type = SchemaType.STRING, examples = "PT15M") Duration target) {
    }

    /** One level and severity's target, as an ISO-8601 duration. */
    public record AckTargetView(int level, Severity severity, String target, Instant updatedAt) {

        static AckTargetView from(AckTarget row) {
            return new AckTargetView(row.level, row.severity, row.target().toString(), row.updatedAt);
        }
    }

    @Inject
    AckTargets targets;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER, Roles.AGENT})
    @Operation(operationId = "listEscalationAckTargets", summary = "Every level and severity's acknowledgement target")
    public CursorPage<AckTargetView> list() {
        return new CursorPage<>(targets.list().stream().map(AckTargetView::from).toList(), null);
    }

    @PUT
    @Path("/{level}/{severity}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setEscalationAckTarget",
            summary = "Change one level and severity's target; escalations raised from now on are due by it")
    public AckTargetView set(@PathParam("level") String level, @PathParam("severity") String severity,
            @Valid @NotNull AckTargetRequest request) {
        Severity which = Params.enumValue("severity", severity, Severity.class);
        if (!level.matches("[1-" + EscalationLadder.TOP + "]")) {
            throw ProblemException.badParameter("level", "must be 1 to " + EscalationLadder.TOP);
        }
        return AckTargetView.from(targets.set(Integer.parseInt(level), which, request.target()));
    }
}
