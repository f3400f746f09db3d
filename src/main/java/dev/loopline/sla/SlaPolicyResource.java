package dev.loopline.sla;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.common.ProblemException;
import dev.loopline.security.CurrentActor;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SLA policy per severity; a change applies to tickets accepted after it. */
@Path("/api/v1/sla/policies")
@Tag(name = "SLA", description = "Policies, calendars and the supervisors' board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaPolicyResource {

    /** A policy version as the API shows it; durations are ISO-8601. */
    public record PolicyView(Severity severity, long version, String firstResponse, String onSiteArrival,
            String resolution, String clock, int atRiskPercent, List<String> firstResponseChannels,
            int overrunPercent, String currency, List<BreachCompensation> breachCompensation,
            Instant changedAt, String changedBy) {

        static PolicyView from(SlaPolicy p) {
            return new PolicyView(p.severity, p.id, Duration.ofSeconds(p.firstResponseSeconds).toString(),
                    Duration.ofSeconds(p.onSiteArrivalSeconds).toString(),
                    Duration.ofSeconds(p.resolutionSeconds).toString(), p.clock, p.atRiskPercent,
                    List.copyOf(p.firstResponseChannels), p.overrunPercent, p.currency, p.breachCompensation(),
                    p.createdAt, p.createdBy);
        }
    }

    @Inject
    SlaPolicies policies;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listSlaPolicies", summary = "The current policy of each severity")
    public CursorPage<PolicyView> list() {
        return new CursorPage<>(policies.current().stream().map(PolicyView::from).toList(), null);
    }

    @PUT
    @Path("/{severity}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeSlaPolicy", summary = "Change a severity's policy (a new version)")
    public PolicyView change(@PathParam("severity") String severity, @Valid @NotNull PolicyRequest request) {
        Severity which = Params.enumValue("severity", severity, Severity.class);
        if (which == null) {
            throw ProblemException.badParameter("severity", "is required");
        }
        return PolicyView.from(policies.change(which, request, actor.get()));
    }
}
