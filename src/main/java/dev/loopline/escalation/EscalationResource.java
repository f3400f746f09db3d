package dev.loopline.escalation;

import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Languages;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.common.ProblemException;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Escalations: listed for supervisors and managers, acknowledged by the right role. */
@Path("/api/v1/escalations")
@Tag(name = "Escalations", description = "Escalation paths: supervisor, manager, crisis group")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationResource {

    /** An acknowledgement's note. */
    public record Acknowledgement(@Size(max = 1000) String note) {
    }

    @Inject
    Escalations escalations;

    @Inject
    CurrentActor actor;

    @Inject
    LooplineConfig config;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.AGENT})
    @Operation(operationId = "listEscalations", summary = "Escalations, newest first; filters open, level, ticketId")
    public CursorPage<EscalationView> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @QueryParam("open") String open, @QueryParam("level") String level,
            @QueryParam("ticketId") String ticketId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        CursorPage<Escalation> page = escalations.list(Params.bool("open", open), level(level),
                ticketId == null ? null : Params.uuid("ticketId", ticketId), Params.text("cursor", cursor, 200),
                Params.limit(limit, 50));
        String language = Languages.preferred(acceptLanguage);
        return page.map(e -> EscalationView.from(e, language, config.zone()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.AGENT})
    @Operation(operationId = "getEscalation", summary = "One escalation")
    public EscalationView get(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @PathParam("id") String id) {
        String language = Languages.preferred(acceptLanguage);
        return EscalationView.from(escalations.get(Params.uuid("id", id)), language, config.zone());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "acknowledgeEscalation",
            summary = "Acknowledge: a supervisor for level 1, a manager for level 2 and 3")
    public EscalationView acknowledge(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @PathParam("id") String id, @Valid Acknowledgement body) {
        return EscalationView.from(escalations.acknowledge(Params.uuid("id", id), actor.get(),
                body == null ? null : body.note()), Languages.preferred(acceptLanguage), config.zone());
    }

    private static Integer level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        if (!level.strip().matches("[123]")) {
            throw ProblemException.badParameter("level", "must be 1, 2 or 3");
        }
        return Integer.parseInt(level.strip());
    }
}
