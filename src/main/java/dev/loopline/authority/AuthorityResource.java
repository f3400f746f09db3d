package dev.loopline.authority;

import dev.loopline.common.CursorPage;
import dev.loopline.common.ProblemException;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The authority matrix (处理权限): compensation limits and permissions per role. */
@Path("/api/v1/admin/authority")
@Tag(name = "Configuration", description = "Categories, rules and policies that admins maintain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorityResource {

    private static final Set<String> ROLES = Set.of(Roles.AGENT, Roles.STEWARD, Roles.SUPERVISOR, Roles.MANAGER,
            Roles.ADMIN);

    /** One role's authority, as edited. */
    public record AuthorityRequest(
            @NotNull @PositiveOrZero @DecimalMax("100000000") @Digits(integer = 9, fraction = 2)
            BigDecimal compensationLimit,
            @NotNull Boolean mayDowngradeSeverity,
            @NotNull Boolean maySignOffClosure,
            @Schema(description = "May change a ticket's complaint class; absent keeps the current value")
            Boolean mayChangeClass) {
    }

    /** One role's authority (limits in CNY). */
    public record AuthorityView(String role, BigDecimal compensationLimit, String currency,
            boolean mayDowngradeSeverity, boolean maySignOffClosure, boolean mayChangeClass) {

        static AuthorityView from(AuthorityLimit limit) {
            return new AuthorityView(limit.role, limit.compensationLimit, "CNY", limit.mayDowngradeSeverity,
                    limit.maySignOffClosure, limit.mayChangeClass);
        }
    }

    @Inject
    AuthorityService authority;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER, Roles.AGENT})
    @Operation(operationId = "listAuthority", summary = "What each role may decide")
    public CursorPage<AuthorityView> list() {
        return new CursorPage<>(authority.list().stream().map(AuthorityView::from).toList(), null);
    }

    @PUT
    @Path("/{role}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setAuthority", summary = "Set one role's compensation limit and permissions")
    public AuthorityView set(@PathParam("role") String role, @Valid @NotNull AuthorityRequest request) {
        if (!ROLES.contains(role)) {
            throw ProblemException.badParameter("role", "must be one of " + ROLES);
        }
        return AuthorityView.from(authority.set(role, request.compensationLimit(), request.mayDowngradeSeverity(),
                request.maySignOffClosure(), request.mayChangeClass()));
    }
}
