package dev.loopline.outbox;

import dev.loopline.common.CursorPage;
import dev.loopline.common.Params;
import dev.loopline.security.CurrentActor;
import dev.loopline.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhooks that receive the outbound events, and their delivery log. */
@Path("/api/v1/admin/webhooks")
@Tag(name = "Configuration", description = "Categories, rules and policies that admins maintain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    /** A webhook to register; the secret signs every delivery (Standard Webhooks) and is never shown again. */
    public record WebhookRequest(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "an http or https URL") String url,
            @NotBlank @Size(max = 200) @SigningSecret @Schema(minLength = 16, description = "Signs each delivery"
                    + " (Standard Webhooks): whsec_ + base64 of at least 16 bytes, or any other text of at least 16"
                    + " characters") String secret,
            @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = "\\*|[a-z_]+(\\.[a-z_]+)*(\\.\\*)?",
                    message = "an event type such as sla.breached, a prefix such as workorder.*, or *") String> events) {
    }

    /** A webhook as admins see it (without its secret). */
    public record WebhookView(UUID id, String url, List<String> events, boolean active, Instant createdAt,
            String createdBy) {

        static WebhookView from(Webhook w) {
            return new WebhookView(w.id, w.url, List.copyOf(w.events), w.active, w.createdAt, w.createdBy);
        }
    }

    /** One delivery of one event. */
    public record DeliveryView(UUID id, UUID eventId, WebhookDelivery.Status status, int attempts,
            Instant nextAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt, Instant createdAt) {

        static DeliveryView from(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.status, d.attempts, d.nextAttemptAt, d.lastStatus,
                    d.lastError, d.deliveredAt, d.createdAt);
        }
    }

    @Inject
    Webhooks webhooks;

    @Inject
    CurrentActor actor;

    @POST
    @Operation(operationId = "registerWebhook", summary = "Register a webhook for some event types")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response register(@Valid @NotNull WebhookRequest request, UriInfo uri) {
        Webhook webhook = webhooks.register(request.url(), request.secret(), request.events(), actor.get());
        return Response.created(uri.getAbsolutePathBuilder().path(webhook.id.toString()).build())
                .entity(WebhookView.from(webhook)).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The registered webhooks")
    public CursorPage<WebhookView> list() {
        return new CursorPage<>(webhooks.list().stream().map(WebhookView::from).toList(), null);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deactivateWebhook", summary = "Stop sending to a webhook (its log stays)")
    @APIResponse(responseCode = "204", description = "No longer sent to")
    public Response deactivate(@PathParam("id") String id) {
        webhooks.deactivate(Params.uuid("id", id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a webhook, newest first")
    public CursorPage<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        CursorPage<WebhookDelivery> page = webhooks.deliveries(Params.uuid("id", id),
                Params.text("cursor", cursor, 200), Params.limit(limit, 50));
        return page.map(DeliveryView::from);
    }
}
