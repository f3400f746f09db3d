package dev.loopline.sla;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PUT /sla/policies/{severity}: the targets as ISO-8601 durations, the clock, the at-risk and overrun shares, the
 * currency and the breach-linked compensation.
 */
public record PolicyRequest(
        @NotNull @Schema(type = SchemaType.STRING,
                examples = "PT30M") Duration firstResponse,
        @NotNull @Schema(type = SchemaType.STRING,
                examples = "PT2H") Duration onSiteArrival,
        @NotNull @Schema(type = SchemaType.STRING,
                examples = "PT24H") Duration resolution,
        @NotBlank @Size(max = 64) @Schema(description = "24x7 or a calendar's name") String clock,
        @Min(1) @Max(99) Integer atRiskPercent,
        @Schema(description = "What counts as the first response; default: as before")
        Set<@NotNull FirstResponseChannel> firstResponseChannels,
        @Min(1) @Max(1000) @Schema(description = "Level-3 overrun: this share of the resolution target past its due"
                + " time; default 50") Integer overrunPercent,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY")
        @Schema(description = "ISO 4217 code of the policy's amounts; default CNY") String currency,
        @Size(max = 3) @Schema(description = "What a missed milestone earns the customer; default none")
        List<@Valid @NotNull BreachCompensation> breachCompensation) {

    /** A contact channel, or a steward's arrival on site. */
    public enum FirstResponseChannel { PHONE, SMS, VISIT, WECHAT, EMAIL, LETTER, OTHER, STEWARD_ARRIVAL }
}
