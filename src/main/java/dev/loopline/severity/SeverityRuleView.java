package dev.loopline.severity;

import dev.loopline.ticket.Severity;

import java.time.Instant;
import java.util.List;

/** A severity rule as the API shows it. */
public record SeverityRuleView(String name, int position, String description, Severity severity, boolean enabled,
        List<String> categories, List<String> channels, List<String> vulnerabilities, boolean requiresRepeat,
        Instant updatedAt) {

    public static SeverityRuleView from(SeverityRule rule) {
        return new SeverityRuleView(rule.name, rule.position, rule.description, rule.severity, rule.enabled,
                List.copyOf(rule.categories), List.copyOf(rule.channels), List.copyOf(rule.vulnerabilities),
                rule.requiresRepeat, rule.updatedAt);
    }
}
