package dev.loopline.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: every error the API answers has this shape. */
@Schema(name = "Problem", description = "RFC 9457 problem details; `type` is stable and machine-readable")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @Schema(description = "The business rule that refused the request, when one did") String rule,
        @Schema(description = "The offending fields, for validation failures") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field (a JSON path into the body, or a parameter or header name) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance, String rule, List<FieldError> errors) {
        return new Problem(type.uri(), type.title, type.status, detail, instance, rule, errors);
    }
}
