package dev.loopline.severity;

import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.Refreshing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The enabled severity rules in order, as every intake applies them (kept briefly in memory). */
@ApplicationScoped
public class SeverityRules {

    @Inject
    ConfigurationCache cache;

    private Refreshing<List<SeverityCriteria>> enabled;

    @PostConstruct
    void init() {
        enabled = cache.copyOf(SeverityRule::enabledInOrder);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeverityCriteria> enabledInOrder() {
        return enabled.get();
    }
}
