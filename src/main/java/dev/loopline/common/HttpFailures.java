package dev.loopline.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failures of the HTTP layer, before any resource runs, answered with the same problem document as every other
 * failure: a malformed request URI (Quarkus's own check, off by -Dvertx.disableURIValidation=true, has no body), a
 * body over quarkus.http.limits.max-body-size (the layer's 413, for a chunked body, has none either), and the bare
 * 4xx statuses the router ends a request with (a path that does not start with /: 404).
 */
public class HttpFailures {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseMalformedUris);
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizeBodies);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answerBareClientFailures);
    }

    /** The router fails such a request with a status alone, and Quarkus's error handler then answers no body. */
    private void answerBareClientFailures(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().headWritten()) {
            context.next();
            return;
        }
        answer(context, ProblemMapper.ofStatus(status, null));
    }

    private static void answer(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(Json.canonical(problem));
    }

    private void refuseMalformedUris(RoutingContext context) {
        try {
            new URI(context.request().uri());
        } catch (URISyntaxException e) {
            answer(context, Problem.of(ProblemType.MALFORMED_REQUEST, "The request's path or query is not"
                    + " well-formed (e.g. a % not followed by two hex digits)", null, null, List.of()));
            return;
        }
        context.next();
    }

    private void refuseOversizeBodies(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodySize.asLongValue()) {
            Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than the "
                    + maxBodySize.asLongValue() + " bytes the service accepts", context.request().path(), null,
                    List.of());
            answer(context, problem);
            return;
        }
        context.next();
    }
}
