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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Field work orders: the steward's list and steps, and cancellation. */
@Path("/api/v1/work-orders")
@Tag(name = "Work orders", description = "Field work dispatched from tickets to stewards and crews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkOrderResource {

    @Inject
    WorkOrderService workOrders;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.STEWARD, Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listWorkOrders", summary = "A steward's own work orders; dispatchers see all")
    public CursorPage<WorkOrderView> list(@QueryParam("steward") String steward,
            @QueryParam("ticketId") String ticketId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        CursorPage<WorkOrder> page = workOrders.list(actor.get(), Params.text("steward", steward, 100),
                ticketId == null ? null : Params.uuid("ticketId", ticketId),
                Params.enumValue("status", status, WorkOrderStatus.class), Params.text("cursor", cursor, 200),
                Params.limit(limit, 50));
        return page.map(WorkOrderView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STEWARD, Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getWorkOrder", summary = "One work order")
    public WorkOrderView get(@PathParam("id") String id) {
        return WorkOrderView.from(workOrders.get(Params.uuid("id", id), actor.get()));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "acceptWorkOrder", summary = "The steward takes the work order")
    public WorkOrderView accept(@PathParam("id") String id, @Valid WorkOrderRequests.Note body) {
        return WorkOrderView.from(workOrders.accept(Params.uuid("id", id), actor.get(), note(body)));
    }

    @POST
    @Path("/{id}/arrival")
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "arriveOnSite", summary = "The steward is on site (stops the arrival clock)")
    public WorkOrderView arrive(@PathParam("id") String id, @Valid WorkOrderRequests.Note body) {
        return WorkOrderView.from(workOrders.arrive(Params.uuid("id", id), actor.get(), note(body)));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "completeWorkOrder", summary = "Findings, measurements, actions and photo references")
    public WorkOrderView complete(@PathParam("id") String id, @Valid @NotNull WorkOrderRequests.Completion body) {
        return WorkOrderView.from(workOrders.complete(Params.uuid("id", id), actor.get(), body));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.STEWARD, Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "cancelWorkOrder", summary = "Call the work order off, with a reason")
    public WorkOrderView cancel(@PathParam("id") String id, @Valid @NotNull WorkOrderRequests.Cancellation body) {
        return WorkOrderView.from(workOrders.cancel(Params.uuid("id", id), actor.get(), body.reason()));
    }

    private static String note(WorkOrderRequests.Note body) {
        return body == null ? null : body.note();
    }
}
