package dev.loopline.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns every failure into application/problem+json, never leaking class names or traces. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(Problem.of(e.type, e.getMessage(), path(uri), e.rule, e.errors));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(ProblemType.VALIDATION, detail, path(uri), null, errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty() || causedByBadSyntax(e)) {
            return respond(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "The body is not a well-formed JSON object of the expected shape", path(uri), null, List.of()));
        }
        String field = pathOf(mapping);
        String message = messageFor(mapping);
        return respond(Problem.of(ProblemType.VALIDATION, field + ": " + message, path(uri), null,
                List.of(new Problem.FieldError(field, message))));
    }

    /** Takes precedence over the framework's own mapper for this subtype, which answers without a problem body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        return respond(ofStatus(status, path(uri)));
    }

    /** The problem for a failure the framework knows only by its status (no route, wrong method, media type…). */
    static Problem ofStatus(int status, String instance) {
        ProblemType type = Arrays.stream(ProblemType.values()).filter(t -> t.status == status).findFirst()
                .orElse(status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST);
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This resource does not take that method";
            case 406 -> "This resource cannot answer in the requested media type";
            case 415 -> "Send the body as application/json";
            default -> type.title;
        };
        return new Problem(type.uri(), type.title, status, detail, instance, null, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.UNAUTHENTICATED, "Send a valid bearer token", path(uri), null, List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your role may not do this", path(uri), null, List.of()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response lostRace(RuntimeException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.CONFLICT, "Someone else changed this resource at the same time; reload and retry",
                path(uri), null, List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("database unreachable: %s", e.getMessage());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable; retry shortly",
                            path(uri), null, List.of())).build();
        }
        if (dataRejected(e)) {
            return respond(Problem.of(ProblemType.VALIDATION, "A value cannot be stored as given (e.g. a number out"
                    + " of range)", path(uri), null, List.of()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(Problem.of(ProblemType.INTERNAL, "Unexpected failure; quote incident " + incident,
                path(uri), null, List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static boolean causedByBadSyntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL refused a value (SQLSTATE class 22, data exception): the request's fault, nothing was written. */
    private static boolean dataRejected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** The pool could not get a connection, or the connection broke: the database is down or restarting. */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            // 08: connection failures; 57P: the server is shutting down, restarting or not yet accepting
            if (t instanceof SQLException sql && ((sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // property paths look like "create.request.customer.phone": drop the method and parameter names
        String[] parts = violation.getPropertyPath().toString().split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : "body";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String messageFor(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof TextInputDeserializer.ControlCharacter) {
            return TextInput.REFUSAL;
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "not a valid " + simpleTypeName(format.getTargetType());
        }
        return "has the wrong type or shape";
    }

    private static String simpleTypeName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Instant", "OffsetDateTime" -> "ISO-8601 date-time";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "integer";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean";
            case "Duration" -> "ISO-8601 duration";
            default -> "value";
        };
    }
}
