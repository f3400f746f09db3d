package dev.loopline.phrase;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The forbidden-phrase list (服务禁语) that customer-facing text is checked against. */
@Path("/api/v1/admin/forbidden-phrases")
@Tag(name = "Configuration", description = "Categories, rules and policies that admins maintain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhraseResource {

    /** A phrase to add. */
    public record PhraseRequest(@NotBlank @Size(max = 100) String phrase) {
    }

    /** A phrase on the list. */
    public record PhraseView(String phrase) {
    }

    @Inject
    PhraseService phrases;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER, Roles.AGENT})
    @Operation(operationId = "listForbiddenPhrases", summary = "The forbidden phrases")
    public CursorPage<PhraseView> list() {
        return new CursorPage<>(phrases.list().stream().map(PhraseView::new).toList(), null);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addForbiddenPhrase", summary = "Add a forbidden phrase")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = PhraseView.class)))
    public Response add(@Valid @NotNull PhraseRequest request, UriInfo uri) {
        String phrase = phrases.add(request.phrase());
        return Response.created(uri.getAbsolutePathBuilder().path(phrase).build()).entity(new PhraseView(phrase))
                .build();
    }

    @DELETE
    @Path("/{phrase}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeForbiddenPhrase", summary = "Remove a forbidden phrase")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("phrase") String phrase) {
        phrases.remove(Params.allowed("phrase", phrase));
        return Response.noContent().build();
    }
}
