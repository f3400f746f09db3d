package dev.loopline.hotspot;

import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.Refreshing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The enabled hotspot rules in order, as every intake applies them (kept briefly in memory). */
@ApplicationScoped
public class HotspotRules {

    @Inject
    ConfigurationCache cache;

    private Refreshing<List<ClusterRule>> enabled;

    @PostConstruct
    void init() {
        enabled = cache.copyOf(HotspotRule::enabledInOrder);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClusterRule> enabledInOrder() {
        return enabled.get();
    }
}
