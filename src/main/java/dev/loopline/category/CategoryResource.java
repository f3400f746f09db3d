package dev.loopline.category;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.security.Roles;
import dev.loopline.ticket.Utility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaint categories per utility: everyone who logs or reads tickets may list them, admins change them. */
@Path("/api/v1/admin/categories")
@Tag(name = "Configuration", description = "Categories, rules and policies that admins maintain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CategoryService categories;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listCategories", summary = "List categories, optionally for one utility")
    public CursorPage<CategoryView> list(@QueryParam("utility") String utility,
            @QueryParam("includeInactive") String includeInactive) {
        Utility only = Params.enumValue("utility", utility, Utility.class);
        boolean inactive = Boolean.TRUE.equals(Params.bool("includeInactive", includeInactive));
        return new CursorPage<>(categories.list(only, inactive).stream().map(CategoryView::from).toList(), null);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getCategory", summary = "One category")
    public CategoryView get(@PathParam("code") String code) {
        return CategoryView.from(categories.get(Params.allowed("code", code)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCategory", summary = "Add a category")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    public Response create(@Valid @NotNull CategoryRequest request, UriInfo uri) {
        Category created = categories.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(CategoryView.from(created)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCategory", summary = "Change a category's utilities, labels or whether it is active")
    public CategoryView update(@PathParam("code") String code, @Valid @NotNull CategoryRequest request) {
        return CategoryView.from(categories.update(Params.allowed("code", code), request));
    }
}
