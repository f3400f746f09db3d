package dev.loopline.common;

import java.util.Arrays;
import java.util.UUID;

/** Parses query and path parameters by hand so that a bad one is a 400 problem naming it, not a bare 404. */
public final class Params {

    public static final int MAX_LIMIT = 200;

    private Params() {
    }

    /** A text parameter as given, once it passes the {@link TextInput} rule. */
    public static String allowed(String name, String value) {
        if (value != null && !TextInput.isAllowed(value)) {
            throw ProblemException.badParameter(name, TextInput.REFUSAL);
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badParameter(name, "must be true or false");
        };
    }

    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw ProblemException.badParameter(name, "is not a UUID");
        }
    }

    public static int limit(String value, int byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the problem below
        }
        throw ProblemException.badParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** A free-text filter: trimmed, bounded, never interpreted, and held to the {@link TextInput} rule. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = allowed(name, value).trim();
        if (trimmed.length() > maxLength) {
            throw ProblemException.badParameter(name, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
