package dev.loopline.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Every Quarkus test talks to the service through the contract check (registered in META-INF/services). */
public class ContractCheckedEachTest implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractFilter.install();
    }
}
