package dev.loopline.common;

/** The stable, machine-readable kinds of failure the API reports; each is a `type` URI of a problem. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    INVALID_PARAMETER(400, "Invalid parameter"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed for your role"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Representation not available"),
    CONFLICT(409, "Conflict with the current state"),
    RULE_VIOLATED(409, "Refused by a business rule"),
    PRECONDITION_FAILED(412, "The resource has changed"),
    ARCHIVED(410, "Archived"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported content type"),
    VALIDATION(422, "Request failed validation"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused with a different request"),
    PRECONDITION_REQUIRED(428, "If-Match header required"),
    SERVICE_UNAVAILABLE(503, "Service temporarily unavailable"),
    INTERNAL(500, "Internal error");

    private static final String BASE = "https://loopline.dev/problems/";

    public final int status;
    public final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + name().toLowerCase().replace('_', '-');
    }
}
