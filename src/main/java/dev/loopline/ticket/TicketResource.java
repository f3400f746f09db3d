package dev.loopline.ticket;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import dev.loopline.ticket.Severity;
import dev.loopline.timeline.ChainVerification;
import dev.loopline.timeline.EventView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads of tickets: lists, one ticket, its timeline, the customer's history. */
@Path("/api/v1/tickets")
@Tag(name = "Tickets", description = "Complaint intake, reads, timelines and customer history")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    TicketQueries queries;

    @Inject
    CurrentActor actor;

    @Inject
    CustomerPhones phones;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listTickets", summary = "List tickets, newest first, with filters and cursor paging")
    public CursorPage<TicketSummary> list(@BeanParam TicketListParams params) {
        TicketFilter filter = new TicketFilter(
                Params.enumValue("status", params.status, TicketStatus.class),
                Params.enumValue("severity", params.severity, Severity.class),
                Params.enumValue("utility", params.utility, Utility.class),
                Params.text("category", params.category, 64),
                Params.text("owner", params.owner, 100),
                Params.bool("breached", params.breached),
                Params.bool("atRisk", params.atRisk),
                Params.text("area", params.area, 32),
                phones.ofParameter("phone", params.phone),
                Params.text("account", params.account, 64));
        return queries.list(filter, Params.text("cursor", params.cursor, 200), Params.limit(params.limit, 50));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getTicket", summary = "One ticket with its SLA clocks; the ETag carries its version")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    public Response get(@PathParam("id") String id) {
        TicketView view = queries.get(Params.uuid("id", id));
        return Response.ok(view).tag(etag(view)).build();
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getTimeline", summary = "The ticket's append-only timeline, oldest first, cursor-paged")
    public CursorPage<EventView> timeline(@PathParam("id") String id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return queries.timeline(Params.uuid("id", id), Params.text("cursor", cursor, 200),
                Params.limit(limit, 50));
    }

    @GET
    @Path("/{id}/timeline/verification")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "verifyTimeline", summary = "Whether the timeline's hash chain is intact")
    public ChainVerification verifyTimeline(@PathParam("id") String id) {
        return queries.verifyTimeline(Params.uuid("id", id));
    }

    static EntityTag etag(TicketView view) {
        return new EntityTag(Long.toString(view.version()));
    }

    /** The query parameters of GET /tickets, all optional. */
    public static class TicketListParams {
        @QueryParam("status") public String status;
        @QueryParam("severity") public String severity;
        @QueryParam("utility") public String utility;
        @QueryParam("category") public String category;
        @QueryParam("owner") public String owner;
        @QueryParam("breached") public String breached;
        @QueryParam("atRisk") public String atRisk;
        @QueryParam("area") public String area;
        @QueryParam("phone") public String phone;
        @QueryParam("account") public String account;
        @QueryParam("cursor") public String cursor;
        @QueryParam("limit") public String limit;
    }
}
