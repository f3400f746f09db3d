package dev.loopline.severity;

import dev.loopline.ticket.Severity;

import dev.loopline.ticket.Channel;
import dev.loopline.ticket.Vulnerability;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PUT /admin/severity-rules/{name}: a rule's whole definition; an empty or missing criterion matches anything. */
public record SeverityRuleRequest(
        @NotBlank @Size(max = 300) String description,
        @NotNull Severity severity,
        @NotNull @PositiveOrZero @Max(1_000_000) @Schema(description = "Rules are applied and listed in this order")
        Integer position,
        @Size(max = 100) @Schema(description = "Category codes (see /api/v1/admin/categories)")
        Set<@NotBlank @Size(max = 64) String> categories,
        Set<@NotNull Channel> channels,
        Set<@NotNull Vulnerability> vulnerabilities,
        Boolean requiresRepeat,
        @Schema(description = "Default true; a disabled rule no longer fires but stays readable for old tickets")
        Boolean enabled) {

    /** The request as a rule, to check before it is stored. */
    SeverityCriteria criteria(String name) {
        return new SeverityCriteria(name, severity, categories == null ? Set.of() : Set.copyOf(categories),
                names(channels), names(vulnerabilities), Boolean.TRUE.equals(requiresRepeat));
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().map(Enum::name).toList());
    }
}
