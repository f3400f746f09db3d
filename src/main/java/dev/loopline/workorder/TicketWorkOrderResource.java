package dev.loopline.workorder;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** Work orders of one ticket: dispatch a new one, list them. */
@Path("/api/v1/tickets/{id}/work-orders")
@Tag(name = "Work orders", description = "Field work dispatched from tickets to stewards and crews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketWorkOrderResource {

    @Inject
    WorkOrderService workOrders;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "dispatchWorkOrder", summary = "Dispatch a work order to a steward")
    @APIResponse(responseCode = "201", description = "Dispatched",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    public Response dispatch(@PathParam("id") String ticketId, @Valid @NotNull WorkOrderRequests.Dispatch body,
            UriInfo uri) {
        WorkOrder w = workOrders.dispatch(Params.uuid("id", ticketId), actor.get(), body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/work-orders").path(w.id.toString()).build())
                .entity(WorkOrderView.from(w)).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listTicketWorkOrders", summary = "The work orders of a ticket, newest first")
    public CursorPage<WorkOrderView> list(@PathParam("id") String ticketId) {
        CursorPage<WorkOrder> page = workOrders.list(actor.get(), null, Params.uuid("id", ticketId), null, null,
                Params.MAX_LIMIT);
        return page.map(WorkOrderView::from);
    }
}
