package dev.loopline.hotspot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hotspot rule as the API shows it. */
public record HotspotRuleView(String name, int position, String description, boolean enabled, int threshold,
        @Schema(examples = "PT2H") String window, List<String> matchOn,
        List<String> categories, List<String> utilities, Instant updatedAt) {

    public static HotspotRuleView from(HotspotRule rule) {
        return new HotspotRuleView(rule.name, rule.position, rule.description, rule.enabled, rule.threshold,
                Duration.ofSeconds(rule.windowSeconds).toString(), List.copyOf(rule.matchOn), List.copyOf(rule.categories),
                List.copyOf(rule.utilities), rule.updatedAt);
    }
}
