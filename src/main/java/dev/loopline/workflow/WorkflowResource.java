package dev.loopline.workflow;

import dev.loopline.common.Params;
import dev.loopline.common.Preconditions;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import dev.loopline.ticket.TicketQueries;
import dev.loopline.ticket.TicketView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The step endpoints of the closed loop; each honours If-Match and answers the ticket with its new ETag. */
@Path("/api/v1/tickets/{id}")
@Tag(name = "Closed loop", description = "The five steps: accept, investigate, negotiate, compensate, follow up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.MANAGER})
@APIResponse(responseCode = "200", description = "The ticket after the step, and any warnings",
        content = @Content(schema = @Schema(implementation = StepView.class)))
public class WorkflowResource {

    @Inject
    StepService steps;

    @Inject
    LoopControlService control;

    @Inject
    TicketQueries queries;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/contacts")
    @Operation(operationId = "logContact", summary = "Log a contact with the customer; the first is the first response")
    public Response contact(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.Contact body) {
        return run(id, ifMatch, (ticket, version) -> steps.logContact(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/investigation")
    @Operation(operationId = "startInvestigation", summary = "Step 1 → 2: start the investigation")
    public Response investigation(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid StepRequests.Investigation body) {
        return run(id, ifMatch, (ticket, version) -> steps.startInvestigation(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/findings")
    @Operation(operationId = "recordFindings", summary = "Step 2 → 3: findings, root cause, responsible departments")
    public Response findings(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.Findings body) {
        return run(id, ifMatch, (ticket, version) -> steps.recordFindings(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/agreement")
    @Operation(operationId = "reachAgreement", summary = "Step 3 → 4: the options, the agreed one, the promised time")
    public Response agreement(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.Agreement body) {
        return run(id, ifMatch, (ticket, version) -> steps.reachAgreement(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/compensation")
    @Operation(operationId = "recordCompensation",
            summary = "Step 4 → 5, or to approval when the amount is beyond your authority")
    public Response compensation(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.Compensation body) {
        return run(id, ifMatch, (ticket, version) -> steps.recordCompensation(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/compensation/approval")
    // staff are admitted; the authority matrix (/admin/authority) decides who may approve and who may sign off
    @Operation(operationId = "decideCompensation", summary = "Approve or reject compensation beyond the requester's limit")
    public Response approval(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.Approval body) {
        return run(id, ifMatch, (ticket, version) -> steps.decideApproval(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/sign-off")
    // staff are admitted; the authority matrix (/admin/authority) decides who may approve and who may sign off
    @Operation(operationId = "signOffClosure", summary = "Sign off that a MAJOR or DIFFICULT ticket may close")
    public Response signOff(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid StepRequests.SignOff body) {
        return run(id, ifMatch, (ticket, version) -> steps.signOffClosure(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/follow-up")
    @Operation(operationId = "recordFollowUp",
            summary = "Step 5: the callback; satisfied closes, dissatisfied reopens, unreached stays")
    public Response followUp(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.FollowUp body) {
        return run(id, ifMatch, (ticket, version) -> control.followUp(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/pause")
    @Operation(operationId = "pauseTicket", summary = "Await the customer: the SLA clocks stop")
    public Response pause(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.Pause body) {
        return run(id, ifMatch, (ticket, version) -> control.pause(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/resume")
    @Operation(operationId = "resumeTicket", summary = "Resume where the ticket stopped; due times move by the pause")
    public Response resume(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid StepRequests.Resume body) {
        return run(id, ifMatch, (ticket, version) -> control.resume(ticket, version, actor.get(), body));
    }

    @POST
    @Path("/reopen")
    @Operation(operationId = "reopenTicket", summary = "The customer calls back: back to investigation")
    public Response reopen(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StepRequests.Reopen body) {
        return run(id, ifMatch, (ticket, version) -> control.reopen(ticket, version, actor.get(), body));
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateTicket",
            summary = "Change severity (with a reason), class, owner or public-opinion risk; If-Match required")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TicketPatch body) {
        long version = Preconditions.requiredVersion(ifMatch);
        return run(id, ifMatch, (ticket, ignored) -> control.update(ticket, version, actor.get(), body));
    }

    /** A step taking the ticket id and the If-Match version. */
    @FunctionalInterface
    interface Step {
        StepService.Outcome apply(UUID ticket, Long expectedVersion);
    }

    private Response run(String id, String ifMatch, Step step) {
        StepService.Outcome outcome = step.apply(Params.uuid("id", id), Preconditions.expectedVersion(ifMatch));
        TicketView view = queries.get(outcome.ticket().id);
        return Response.ok(new StepView(view, outcome.warnings().stream().map(StepView.Warning::from).toList()))
                .tag(new EntityTag(Long.toString(view.version()))).build();
    }
}
