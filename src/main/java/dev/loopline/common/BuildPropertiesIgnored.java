package dev.loopline.common;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/** Lets the build's own `loopline.local-db.*` settings reach the tests without failing LooplineConfig's mapping. */
public class BuildPropertiesIgnored implements SmallRyeConfigBuilderCustomizer {

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        // Maven passes -Dloopline.local-db.test-url on to the test JVM; it names a database for the pom, not the service
        builder.withMappingIgnore("loopline.local-db.**");
    }
}
