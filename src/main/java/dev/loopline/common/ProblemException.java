package dev.loopline.common;

import java.util.List;

/** A failure the API reports as a problem document; `rule` names the business rule that refused, if any. */
public class ProblemException extends RuntimeException {

    public final ProblemType type;
    public final String rule;
    public final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, List.of());
    }

    public ProblemException(ProblemType type, String detail, String rule, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.rule = rule;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message, null,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException badParameter(String name, String message) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, name + ": " + message, null,
                List.of(new Problem.FieldError(name, message)));
    }

    /** A refusal by a named business rule, with the status the rule calls for (403 for authority, 409 for state). */
    public static ProblemException refusedBy(String rule, ProblemType type, String detail) {
        return new ProblemException(type, detail, rule, List.of());
    }
}
