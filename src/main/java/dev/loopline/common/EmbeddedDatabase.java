package dev.loopline.common;

import dev.loopline.common.EmbeddedPostgresConfig.Mode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL (zonky's binaries; as root, zonky runs them through `unshare -U`), one per JVM.
 * Its library is a `provided` dependency: only dev mode and the tests load this class.
 */
final class EmbeddedDatabase {

    /** Where dev mode keeps its cluster, so its data survive a restart; `mvn clean` starts it afresh. */
    static final Path DEV_DATA = Path.of("target", "embedded-postgres", "dev");
    /**
     * The running cluster's URL, kept as a system property because Quarkus builds its configuration in more
     * than one class loader (build time, run time, each test profile) and all must share one server.
     * Under `loopline.local-db`, which LooplineConfig's mapping ignores.
     */
    static final String STARTED = "loopline.local-db.embedded-url";

    private EmbeddedDatabase() {
    }

    static synchronized String url(Mode mode) {
        String started = System.getProperty(STARTED);
        if (started != null) {
            return started;
        }
        String url = start(mode == Mode.DEV ? DEV_DATA.toAbsolutePath() : null).getJdbcUrl("postgres", "postgres");
        System.setProperty(STARTED, url);
        return url;
    }

    /** Starts a cluster in a directory that is kept, or, without one, in a new one removed when it stops. */
    static EmbeddedPostgres start(Path keptData) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // two cores shared with the build: initdb and the first start can take longer than zonky's 10 s
                .setPGStartupWait(Duration.ofSeconds(60));
        if (keptData != null) {
            builder.setDataDirectory(keptData).setCleanDataDirectory(false);
        }
        try {
            // zonky's shutdown hook stops it when the JVM exits
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
