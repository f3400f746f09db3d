package dev.loopline.ticket;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.common.ProblemException;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's earlier tickets, so that nobody has to tell the story twice. */
@Path("/api/v1/customers")
@Tag(name = "Tickets", description = "Complaint intake, reads, timelines and customer history")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    TicketQueries queries;

    @Inject
    CustomerPhones phones;

    @GET
    @Path("/history")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getCustomerHistory", summary = "A customer's tickets, newest first, by phone and/or account")
    public CursorPage<TicketSummary> history(@QueryParam("phone") String phone,
            @QueryParam("account") String account, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        String byPhone = phones.ofParameter("phone", phone);
        String byAccount = Params.text("account", account, 64);
        if (byPhone == null && byAccount == null) {
            throw ProblemException.badParameter("phone", "give phone or account");
        }
        return queries.history(byPhone, byAccount, Params.text("cursor", cursor, 200), Params.limit(limit, 50));
    }
}
