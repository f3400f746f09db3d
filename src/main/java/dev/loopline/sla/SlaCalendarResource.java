package dev.loopline.sla;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Business calendars: working hours, public holidays and make-up working days (调休), as data. */
@Path("/api/v1/sla/calendars")
@Tag(name = "SLA", description = "Policies, calendars and the supervisors' board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaCalendarResource {

    /** A calendar as the API shows it. */
    public record CalendarView(String name, CalendarDefinition definition, Instant updatedAt) {

        static CalendarView from(SlaCalendar calendar) {
            return new CalendarView(calendar.name, CalendarDefinition.of(calendar), calendar.updatedAt);
        }
    }

    @Inject
    SlaPolicies policies;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "listSlaCalendars", summary = "The business calendars")
    public CursorPage<CalendarView> list() {
        return new CursorPage<>(policies.calendars().stream().map(CalendarView::from).toList(), null);
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "getSlaCalendar", summary = "One business calendar")
    public CalendarView get(@PathParam("name") String name) {
        return CalendarView.from(policies.calendar(Params.allowed("name", name)));
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putSlaCalendar", summary = "Create or replace a business calendar")
    public CalendarView put(@PathParam("name") @Pattern(regexp = "(?!24x7$)[a-z0-9][a-z0-9-]{0,63}",
            message = "lower-case letters, digits and dashes, not 24x7") String name,
            @Valid @NotNull CalendarDefinition definition) {
        return CalendarView.from(policies.putCalendar(name, definition));
    }
}
