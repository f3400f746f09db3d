package dev.loopline.escalation;

import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Languages;
import dev.loopline.common.Params;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.HeaderParam;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Escalating a ticket by hand. */
@Path("/api/v1/tickets/{id}/escalations")
@Tag(name = "Escalations", description = "Escalation paths: supervisor, manager, crisis group")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketEscalationResource {

    @Inject
    ManualEscalations manual;

    @Inject
    CurrentActor actor;

    @Inject
    LooplineConfig config;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "escalateTicket",
            summary = "Escalate by hand; 201 when raised, 200 with the open one when that level is open already")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "200", description = "That level was open already: the open escalation",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    public Response raise(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @PathParam("id") String ticketId, @Valid @NotNull EscalationRequest body, UriInfo uri) {
        Escalations.Raised raised = manual.raise(Params.uuid("id", ticketId), actor.get(), body);
        EscalationView view = EscalationView.from(raised.escalation(), Languages.preferred(acceptLanguage),
                config.zone());
        if (!raised.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/escalations").path(view.id().toString()).build())
                .entity(view).build();
    }

}
