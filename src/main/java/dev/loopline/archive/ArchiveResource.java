package dev.loopline.archive;

import dev.loopline.common.Params;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The archive of closed tickets: a ticket the live API answers 410 for is read here. */
@Path("/api/v1/archive/tickets")
@Tag(name = "Archive", description = "Tickets closed for the configured years, moved out of the live tables")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    @Inject
    ArchivedTickets tickets;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getArchivedTicket",
            summary = "An archived ticket with its whole timeline and the verification of its hash chain")
    public ArchivedTicket get(@PathParam("id") String id) {
        return tickets.get(Params.uuid("id", id));
    }
}
