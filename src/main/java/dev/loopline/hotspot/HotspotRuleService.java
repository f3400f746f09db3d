package dev.loopline.hotspot;

import dev.loopline.category.CategoryService;
import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.Durations;
import dev.loopline.common.ProblemException;
import dev.loopline.common.RuleNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Admins' changes to the hotspot rules; a rule is disabled, never deleted, as hotspots name the rule that raised them. */
@ApplicationScoped
public class HotspotRuleService {

    private static final Duration SHORTEST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofDays(31);

    /** The rule as stored, and whether this call added it. */
    public record Saved(HotspotRule rule, boolean created) {
    }

    @Inject
    Clock clock;

    @Inject
    ConfigurationCache cache;

    @Inject
    CategoryService categories;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HotspotRule> list() {
        return HotspotRule.list("order by position, name");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HotspotRule get(String name) {
        return HotspotRule.<HotspotRule>findByIdOptional(name)
                .orElseThrow(() -> ProblemException.notFound("Hotspot rule", name));
    }

    /** Adds or replaces the rule; the next intake on this instance applies it. */
    @Transactional
    public Saved put(String name, HotspotRuleRequest request) {
        RuleNames.require(name);
        long window = Durations.targetSeconds("window", request.window());
        if (request.window().compareTo(SHORTEST) < 0 || request.window().compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("window", "must be between PT1M and P31D");
        }
        List<String> grouped = request.categories() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.categories().stream().map(String::strip).toList()));
        categories.requireKnown("categories", grouped);
        Set<ClusterRule.Dimension> matchOn = request.matchOn() == null ? HotspotRuleRequest.DEFAULT_MATCH
                : request.matchOn();
        HotspotRule rule = HotspotRule.findById(name);
        boolean created = rule == null;
        if (created) {
            rule = new HotspotRule();
            rule.name = name;
        }
        rule.position = request.position();
        rule.description = request.description().strip();
        rule.enabled = request.enabled() == null || request.enabled();
        rule.threshold = request.threshold();
        rule.windowSeconds = window;
        rule.matchOn = matchOn.stream().sorted().map(Enum::name).toList();
        rule.categories = grouped;
        rule.utilities = request.utilities() == null ? List.of()
                : request.utilities().stream().sorted().map(Enum::name).toList();
        rule.updatedAt = Instant.now(clock);
        if (created) {
            rule.persist();
        }
        cache.changed("hotspot rule " + name);
        return new Saved(rule, created);
    }
}
