package dev.loopline.hotspot;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import dev.loopline.ticket.TicketSummary;
import dev.loopline.ticket.Utility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hotspots for supervisors and managers: the list, one incident with its tickets, acknowledging it. */
@Path("/api/v1/hotspots")
@Tag(name = "Hotspots", description = "Clusters of tickets handled as one incident")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HotspotResource {

    /** Tickets on one hotspot's own view, and a page of GET /hotspots/{id}/tickets unless `limit` says. */
    static final int FIRST_TICKETS = 100;

    /** An acknowledgement's note. */
    public record Acknowledgement(@Size(max = 1000) String note) {
    }

    @Inject
    Hotspots hotspots;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listHotspots", summary = "Hotspots, newest first; filters status, utility, area")
    public CursorPage<HotspotView> list(@QueryParam("status") String status, @QueryParam("utility") String utility,
            @QueryParam("area") String area, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return hotspots.list(Params.enumValue("status", status, Hotspot.Status.class),
                Params.enumValue("utility", utility, Utility.class), Params.text("area", area, 64),
                Params.text("cursor", cursor, 200), Params.limit(limit, 50)).map(HotspotView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getHotspot", summary = "One hotspot with its first " + FIRST_TICKETS
            + " tickets, oldest first (number, status, SLA state); ticketsNextCursor leads to the rest")
    public HotspotView get(@PathParam("id") String id) {
        UUID hotspotId = Params.uuid("id", id);
        return HotspotView.withTickets(hotspots.get(hotspotId), hotspots.ticketsOf(hotspotId, null, FIRST_TICKETS));
    }

    @GET
    @Path("/{id}/tickets")
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listHotspotTickets", summary = "A hotspot's tickets, oldest first, a page at a time")
    public CursorPage<TicketSummary> tickets(@PathParam("id") String id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        UUID hotspotId = Params.uuid("id", id);
        hotspots.get(hotspotId);
        return hotspots.ticketsOf(hotspotId, Params.text("cursor", cursor, 200), Params.limit(limit, FIRST_TICKETS))
                .map(TicketSummary::from);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "acknowledgeHotspot", summary = "Take the incident on (OPEN → ACKNOWLEDGED)")
    public HotspotView acknowledge(@PathParam("id") String id, @Valid Acknowledgement body) {
        return HotspotView.from(hotspots.acknowledge(Params.uuid("id", id), actor.get(),
                body == null ? null : body.note()));
    }
}
