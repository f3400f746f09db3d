package dev.loopline.common;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** Points dev mode and the tests at an embedded PostgreSQL when no datasource is configured and no container engine runs. */
public class EmbeddedPostgresConfig implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    /** Below the environment (300) and system properties (400): a configured datasource always wins. */
    static final int ORDINAL = 200;

    private final BooleanSupplier containerEngineRuns;

    public EmbeddedPostgresConfig() {
        this(EmbeddedPostgresConfig::containerEngineRuns);
    }

    EmbeddedPostgresConfig(BooleanSupplier containerEngineRuns) {
        this.containerEngineRuns = containerEngineRuns;
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Optional<Mode> mode = Mode.of(context.getProfiles());
        if (mode.isEmpty() || configured(context.getValue(URL)) || containerEngineRuns.getAsBoolean()) {
            return List.of();
        }
        String url = EmbeddedDatabase.url(mode.get());
        // the datasource's Dev Service off (with no container engine it can start nothing, and its probe logs an
        // ERROR); the others stay: the OIDC Dev Service runs in the JVM and is the console's sign-in in dev and tests
        return List.of(new PropertiesConfigSource(Map.of(URL, url, "quarkus.datasource.username", "postgres",
                "quarkus.datasource.devservices.enabled", "false"), "loopline embedded PostgreSQL", ORDINAL));
    }

    /** Which embedded database a launch mode gets, if any: production never gets one. */
    enum Mode {
        /** Kept under target/ so dev mode's data survives a restart. */
        DEV,
        /** New for each test JVM, removed when it exits. */
        TEST;

        static Optional<Mode> of(List<String> profiles) {
            if (profiles.contains("dev")) {
                return Optional.of(DEV);
            }
            return profiles.contains("test") ? Optional.of(TEST) : Optional.empty();
        }
    }

    static boolean configured(ConfigValue url) {
        return url != null && url.getValue() != null && !url.getValue().isBlank();
    }

    /** Whether Dev Services could start a container: DOCKER_HOST is set or a Docker or Podman socket answers. */
    static boolean containerEngineRuns() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return true;
        }
        Stream<Path> sockets = Stream.of(Optional.of("/var/run/docker.sock"),
                        Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR")).map(dir -> dir + "/docker.sock"),
                        Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR")).map(dir -> dir + "/podman/podman.sock"),
                        Optional.of(System.getProperty("user.home") + "/.docker/run/docker.sock"))
                .flatMap(Optional::stream).map(Path::of);
        return sockets.anyMatch(answers());
    }

    static Predicate<Path> answers() {
        return socket -> {
            if (!Files.exists(socket)) {
                return false;
            }
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                return channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException | UnsupportedOperationException refused) {
                // a socket file left behind by an engine that no longer runs
                return false;
            }
        };
    }
}
