package dev.loopline.severity;

import dev.loopline.ticket.Severity;

import dev.loopline.category.CategoryService;
import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.ProblemException;
import dev.loopline.common.RuleNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Admins' changes to the severity rules; a rule is disabled, never deleted, as tickets name the rules that fired. */
@ApplicationScoped
public class SeverityRuleService {


    /** The rule as stored, and whether this call added it. */
    public record Saved(SeverityRule rule, boolean created) {
    }

    @Inject
    Clock clock;

    @Inject
    ConfigurationCache cache;

    @Inject
    CategoryService categories;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeverityRule> list() {
        return SeverityRule.list("order by position, name");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SeverityRule get(String name) {
        return SeverityRule.<SeverityRule>findByIdOptional(name)
                .orElseThrow(() -> ProblemException.notFound("Severity rule", name));
    }

    /** Adds or replaces the rule; the next intake on this instance applies it. */
    @Transactional
    public Saved put(String name, SeverityRuleRequest request) {
        RuleNames.require(name);
        SeverityCriteria criteria = request.criteria(name);
        criteria.requireACriterion();
        categories.requireKnown("categories", criteria.categories());
        SeverityRule rule = SeverityRule.findById(name);
        boolean created = rule == null;
        if (created) {
            rule = new SeverityRule();
            rule.name = name;
        }
        rule.position = request.position();
        rule.description = request.description().strip();
        rule.severity = criteria.severity();
        rule.enabled = request.enabled() == null || request.enabled();
        rule.categories = criteria.categories().stream().sorted().toList();
        rule.channels = criteria.channels().stream().sorted().toList();
        rule.vulnerabilities = criteria.vulnerabilities().stream().sorted().toList();
        rule.requiresRepeat = criteria.requiresRepeat();
        rule.updatedAt = Instant.now(clock);
        if (created) {
            rule.persist();
        }
        cache.changed("severity rule " + name);
        return new Saved(rule, created);
    }
}
