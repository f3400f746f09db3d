package dev.loopline.hotspot;

import dev.loopline.common.CursorPage;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** The rules that raise a hotspot from a cluster of tickets: supervisors and managers read them, admins edit. */
@Path("/api/v1/admin/hotspot-rules")
@Tag(name = "Configuration", description = "Categories, rules and policies that admins maintain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HotspotRuleResource {

    @Inject
    HotspotRuleService rules;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listHotspotRules", summary = "Every hotspot rule, enabled or not, in rule order")
    public CursorPage<HotspotRuleView> list() {
        return new CursorPage<>(rules.list().stream().map(HotspotRuleView::from).toList(), null);
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getHotspotRule", summary = "One hotspot rule")
    public HotspotRuleView get(@PathParam("name") String name) {
        return HotspotRuleView.from(rules.get(name));
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putHotspotRule",
            summary = "Add a hotspot rule (201) or change or disable one (200); the next intake applies it")
    @APIResponse(responseCode = "200", description = "The rule, changed",
            content = @Content(schema = @Schema(implementation = HotspotRuleView.class)))
    @APIResponse(responseCode = "201", description = "The rule, added",
            content = @Content(schema = @Schema(implementation = HotspotRuleView.class)))
    public Response put(@PathParam("name") String name, @Valid @NotNull HotspotRuleRequest request, UriInfo uri) {
        HotspotRuleService.Saved saved = rules.put(name, request);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(HotspotRuleView.from(saved.rule())).build();
    }
}
