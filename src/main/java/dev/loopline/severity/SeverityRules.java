package dev.loopline.severity;

import dev.loopline.common.ConfigurationChanged;
import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Refreshing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The enabled severity rules in order, as every intake applies them (kept briefly in memory). */
@ApplicationScoped
public class SeverityRules {

    @Inject
    LooplineConfig config;

    private Refreshing<List<SeverityCriteria>> enabled;

    @PostConstruct
    void init() {
        enabled = new Refreshing<>(config.configurationCache(), SeverityRule::enabledInOrder);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeverityCriteria> enabledInOrder() {
        return enabled.get();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        enabled.invalidate();
    }
}
