package dev.loopline.workflow;

import dev.loopline.common.Params;
import dev.loopline.hotspot.HotspotView;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import dev.loopline.ticket.StepFacts.PhraseHit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A hotspot's incident actions on its tickets: one notice to every customer, the shared findings. */
@Path("/api/v1/hotspots/{id}")
@Tag(name = "Hotspots", description = "Clusters of tickets handled as one incident")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
public class HotspotIncidentResource {

    /** The hotspot after the action, the tickets it reached and those it left (with the rule), and phrase warnings. */
    public record IncidentView(HotspotView hotspot, List<HotspotIncidentService.TicketOutcome> applied,
            List<HotspotIncidentService.TicketOutcome> skipped, List<PhraseHit> warnings) {

        static IncidentView from(HotspotIncidentService.Outcome outcome) {
            return new IncidentView(HotspotView.from(outcome.hotspot()), outcome.applied(), outcome.skipped(),
                    outcome.warnings());
        }
    }

    @Inject
    HotspotIncidentService incidents;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/contacts")
    @Operation(operationId = "noticeHotspot", summary = "One notice to every customer of the hotspot's open tickets,"
            + " recorded as a contact on each (the first response of each that had none); phrases checked once")
    public IncidentView contact(@PathParam("id") String id, @Valid @NotNull HotspotRequests.Notice body) {
        return IncidentView.from(incidents.notice(Params.uuid("id", id), actor.get(), body));
    }

    @POST
    @Path("/resolution")
    @Operation(operationId = "resolveHotspot", summary = "Shared findings, root cause and responsible departments,"
            + " recorded as the findings step of each ticket in investigation; the hotspot takes no more tickets")
    public IncidentView resolve(@PathParam("id") String id, @Valid @NotNull StepRequests.Findings body) {
        return IncidentView.from(incidents.resolve(Params.uuid("id", id), actor.get(), body));
    }
}
