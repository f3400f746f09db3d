package dev.loopline.workflow;

import dev.loopline.common.Params;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import dev.loopline.ticket.TicketView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Step 1, accept (受理): a complaint logged as a ticket. */
@Path("/api/v1/tickets")
@Tag(name = "Tickets", description = "Complaint intake, reads, timelines and customer history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private static final int MAX_IDEMPOTENCY_KEY = 200;

    @Inject
    IntakeService intake;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "createTicket", summary = "Log a complaint (step 1, accept)",
            description = "Suggests a severity by the named rules, stores the SLA due times and links repeats. "
                    + "A retry with the same Idempotency-Key answers the same ticket.")
    @APIResponse(responseCode = "201", description = "The ticket (also for a replay of the same Idempotency-Key)",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull CreateTicketRequest request, UriInfo uri) {
        String key = Params.text("Idempotency-Key", idempotencyKey, MAX_IDEMPOTENCY_KEY);
        IntakeService.Intake result = intake.accept(actor.get(), key, request);
        TicketView view = result.ticket();
        Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder().path(view.id().toString())
                .build()).tag(new EntityTag(Long.toString(view.version()))).entity(view);
        if (result.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }
}
