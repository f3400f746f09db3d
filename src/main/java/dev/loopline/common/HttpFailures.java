package dev.loopline.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over quarkus.http.limits.max-body-size is refused before it is read, with the same problem document as
 * every other failure (the HTTP layer's own 413, for a chunked body, has no body of its own).
 */
public class HttpFailures {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizeBodies);
    }

    private void refuseOversizeBodies(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodySize.asLongValue()) {
            Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than the "
                    + maxBodySize.asLongValue() + " bytes the service accepts", context.request().path(), null,
                    List.of());
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(Json.canonical(problem));
            return;
        }
        context.next();
    }
}
