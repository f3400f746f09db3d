package dev.loopline.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PUT /sla/policies/{severity}: the targets as ISO-8601 durations, the clock and the at-risk share. */
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
        Set<@NotNull FirstResponseChannel> firstResponseChannels) {

    /** A contact channel, or a steward's arrival on site. */
    public enum FirstResponseChannel { PHONE, SMS, VISIT, WECHAT, EMAIL, LETTER, OTHER, STEWARD_ARRIVAL }
}
