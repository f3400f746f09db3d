package dev.loopline.common;

/** Reads If-Match: the version a client last saw, as the ETag of a ticket carries it ("7", W/"7" or *). */
public final class Preconditions {

    private Preconditions() {
    }

    /** The expected version, or null when no header (or `*`) was sent. An unreadable tag never matches. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch
                    + " matches no version of this ticket");
        }
    }

    /** For writes that must not run blind (PATCH): the header is required. */
    public static long requiredVersion(String ifMatch) {
        Long version = expectedVersion(ifMatch);
        if (version == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the ticket you read");
        }
        return version;
    }
}
