package dev.loopline.workflow;

import dev.loopline.ticket.Channel;
import dev.loopline.ticket.ComplaintClass;
import dev.loopline.ticket.Utility;
import dev.loopline.ticket.Vulnerability;

import dev.loopline.ticket.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An intake as the hotline agent's screen sends it: the five elements of the complaint (DESIGN §2). */
public record CreateTicketRequest(
        @NotNull Utility utility,
        @NotNull Channel channel,
        @NotBlank @Size(max = 64) @Schema(examples = "INDOOR_TEMPERATURE_LOW") String category,
        @NotNull @Valid Customer customer,
        @NotBlank @Size(max = 300) String address,
        @Size(max = 32) @Pattern(regexp = "[\\p{L}\\p{N}_.-]+", message = "letters, digits, _ . - only")
        @Schema(description = "Area or compound code (小区), used for hotspot detection") String areaCode,
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "When the problem started") Instant occurredAt,
        @Schema(description = "The agent's severity; null takes the suggestion") Severity severity,
        @Size(max = 500) @Schema(description = "Why the severity differs from the suggestion") String severityReason,
        @Schema(description = "Defaults to ORDINARY; the third repeat makes it ESCALATED") ComplaintClass complaintClass,
        @Schema(description = "Public-opinion risk (舆情风险)") Boolean publicOpinionRisk) {

    /** WHO: the customer, reachable by phone or account. */
    public record Customer(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 32) @Schema(description = "Any common notation; stored in E.164 (+8613900001234), a number"
                    + " without a country code read as one of loopline.phone.default-region",
                    examples = "139 0000-1234") String phone,
            @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}_./-]+", message = "letters, digits, _ . / - only")
            String accountNo,
            @Size(max = 6) Set<@NotNull Vulnerability> vulnerabilities,
            @Pattern(regexp = "zh|en", message = "must be zh or en") String language) {
    }
}
