package dev.loopline.hotspot;

import dev.loopline.ticket.Utility;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PUT /admin/hotspot-rules/{name}: a rule's whole definition. */
public record HotspotRuleRequest(
        @NotBlank @Size(max = 300) String description,
        @NotNull @PositiveOrZero @Max(1_000_000) @Schema(description = "Rules are tried and listed in this order")
        Integer position,
        @NotNull @Min(2) @Max(10_000) @Schema(description = "How many open tickets of one cluster raise a hotspot")
        Integer threshold,
        @NotNull @Schema(type = SchemaType.STRING, examples = "PT2H",
                description = "ISO-8601 duration, 1 minute to 31 days: tickets accepted within it count")
        Duration window,
        @Size(min = 1, max = 3) @Schema(description = "What a cluster's tickets share; default UTILITY, CATEGORY, AREA")
        Set<ClusterRule.@NotNull Dimension> matchOn,
        @Size(max = 50) @Schema(description = "The categories the rule takes (default: all); matched on CATEGORY, they"
                + " count as one group, e.g. NO_HEATING with INDOOR_TEMPERATURE_LOW")
        List<@NotBlank @Size(max = 64) String> categories,
        @Schema(description = "The utilities the rule takes (default: all)")
        Set<@NotNull Utility> utilities,
        @Schema(description = "Default true; a disabled rule raises nothing, its hotspots stay readable")
        Boolean enabled) {

    static final Set<ClusterRule.Dimension> DEFAULT_MATCH = Set.of(ClusterRule.Dimension.values());
}
