package dev.loopline.escalation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /tickets/{id}/escalations: CUSTOMER_REQUEST (level 1), PUBLIC_OPINION_RISK (level 2) or MANUAL (any level). */
public record EscalationRequest(@NotNull Trigger trigger, @NotBlank @Size(max = 1000) String reason,
        @Min(1) @Max(3) Integer level) {
}
