package dev.loopline.sla.board;

import dev.loopline.common.Languages;
import dev.loopline.common.Params;
import dev.loopline.common.ProblemException;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The supervisors' SLA board. */
@Path("/api/v1/sla/board")
@Tag(name = "SLA", description = "Policies, calendars and the supervisors' board")
@Produces(MediaType.APPLICATION_JSON)
public class SlaBoardResource {

    @Inject
    SlaBoard board;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getSlaBoard", summary = "Open tickets by severity and state, the at-risk and breached"
            + " lists (oldest due first), open escalations awaiting acknowledgement (oldest deadline first), open"
            + " tickets whose promise was broken (oldest promise first), the hotspots still taking tickets (oldest"
            + " first), and compliance, response and close times"
            + " and satisfaction for a period (default: the last 30 days, as of the snapshot in open.asOf)")
    public BoardView get(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("atRiskCursor") String atRiskCursor, @QueryParam("breachedCursor") String breachedCursor,
            @QueryParam("awaitingAcknowledgementCursor") String awaitingCursor,
            @QueryParam("brokenPromisesCursor") String brokenPromisesCursor,
            @QueryParam("hotspotsCursor") String hotspotsCursor, @QueryParam("limit") String limit,
            @Parameter(description = "en for English escalation reasons; Chinese otherwise")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Instant end = null;
        Instant start = null;
        if (from != null || to != null) {
            end = instant("to", to, Instant.now(clock));
            start = instant("from", from, end.minus(BoardSnapshot.DEFAULT_PERIOD));
            if (!start.isBefore(end)) {
                throw ProblemException.badParameter("from", "must be before to");
            }
        }
        return board.board(start, end, new SlaBoard.Cursors(Params.text("atRiskCursor", atRiskCursor, 200),
                Params.text("breachedCursor", breachedCursor, 200),
                Params.text("awaitingAcknowledgementCursor", awaitingCursor, 200),
                Params.text("brokenPromisesCursor", brokenPromisesCursor, 200),
                Params.text("hotspotsCursor", hotspotsCursor, 200)), Params.limit(limit, 20),
                "en".equals(Languages.preferred(acceptLanguage)));
    }

    private static Instant instant(String name, String value, Instant byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
    }
}
