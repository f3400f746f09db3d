package dev.loopline.workflow;

import dev.loopline.ticket.StepFacts.ContactChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of a hotspot's incident actions; the shared findings take the findings step's own body. */
public final class HotspotRequests {

    private HotspotRequests() {
    }

    /** One notice to every customer of the hotspot's open tickets, recorded as a contact on each (a ticket contact). */
    public record Notice(
            @NotNull ContactChannel channel,
            @NotBlank @Size(max = 1000) String summary,
            @Schema(description = "A notice reaches the customers: true or left out") Boolean customerFacing,
            @NotBlank @Size(max = 2000) @Schema(description = "The message every customer reads, e.g. the outage and"
                    + " its expected restore time") String text,
            @Schema(description = "When supply is expected back, as announced") Instant expectedRestoreAt) {
    }
}
