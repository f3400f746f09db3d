package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When dev mode and the tests get an embedded PostgreSQL: only without a configured datasource and container engine. */
class EmbeddedPostgresConfigTest {

    private static final EmbeddedPostgresConfig NO_ENGINE = new EmbeddedPostgresConfig(() -> false);

    @Test
    void testsWithNothingConfiguredGetTheEmbeddedDatabaseAndNoDatasourceDevService() {
        List<ConfigSource> sources = sources(NO_ENGINE, context(List.of("test"), null));

        assertThat(sources).hasSize(1);
        ConfigSource source = sources.get(0);
        assertThat(source.getValue(EmbeddedPostgresConfig.URL)).startsWith("jdbc:postgresql://localhost:")
                .isEqualTo(System.getProperty(EmbeddedDatabase.STARTED));
        assertThat(source.getValue("quarkus.datasource.username")).isEqualTo("postgres");
        assertThat(source.getValue("quarkus.datasource.devservices.enabled")).isEqualTo("false");
        assertThat(source.getOrdinal()).isLessThan(300); // the environment's ordinal: a variable always wins
    }

    @Test
    void aConfiguredUrlIsUsedAsItIs() {
        assertThat(sources(NO_ENGINE, context(List.of("test"), "jdbc:postgresql://127.0.0.1:5432/loopline_test")))
                .isEmpty();
        assertThat(sources(NO_ENGINE, context(List.of("dev"), "jdbc:postgresql://db:5432/loopline"))).isEmpty();
    }

    @Test
    void aRunningContainerEngineLeavesItToDevServices() {
        assertThat(sources(new EmbeddedPostgresConfig(() -> true), context(List.of("test"), null))).isEmpty();
    }

    @Test
    void productionNeverGetsOne() {
        assertThat(sources(NO_ENGINE, context(List.of("prod"), null))).isEmpty();
        assertThat(EmbeddedPostgresConfig.Mode.of(List.of("prod"))).isEmpty();
        assertThat(EmbeddedPostgresConfig.Mode.of(List.of("dev"))).contains(EmbeddedPostgresConfig.Mode.DEV);
        assertThat(EmbeddedPostgresConfig.Mode.of(List.of("test"))).contains(EmbeddedPostgresConfig.Mode.TEST);
    }

    @Test
    void aContainerEngineRunsWhenItsSocketAnswers(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("engine.sock");
        assertThat(EmbeddedPostgresConfig.answers()).rejects(socket);
        try (ServerSocketChannel engine = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            engine.bind(UnixDomainSocketAddress.of(socket));
            assertThat(EmbeddedPostgresConfig.answers()).accepts(socket);
        }
        // the file an engine leaves behind when it stops does not answer
        assertThat(socket).exists();
        assertThat(EmbeddedPostgresConfig.answers()).rejects(socket);
    }

    private static List<ConfigSource> sources(EmbeddedPostgresConfig factory, ConfigSourceContext context) {
        List<ConfigSource> sources = new java.util.ArrayList<>();
        factory.getConfigSources(context).forEach(sources::add);
        return sources;
    }

    private static ConfigSourceContext context(List<String> profiles, String url) {
        Map<String, String> values = url == null ? Map.of() : Map.of(EmbeddedPostgresConfig.URL, url);
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name)).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return Collections.emptyIterator();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }
        };
    }
}
