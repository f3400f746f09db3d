package dev.loopline.console;

import dev.loopline.common.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** What a console form's fields become: the API's request records, checked as the API checks them. */
final class ConsoleForms {

    private ConsoleForms() {
    }

    /** A form's body checked by the same constraints as the API's JSON body; the first violation is refused. */
    static <T> T valid(Validator validator, T body) {
        for (ConstraintViolation<T> violation : validator.validate(body)) {
            throw ProblemException.invalid(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return body;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A browser's datetime-local field (yyyy-MM-ddTHH:mm), read in the service's zone as the page shows times. */
    static Instant localTime(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is not a date and time such as 2026-12-02T18:00");
        }
    }

    /** The approval form's two buttons: approve or reject; anything else is refused. */
    static Boolean approvalDecision(String value) {
        if ("approve".equals(value)) {
            return true;
        }
        if ("reject".equals(value)) {
            return false;
        }
        throw ProblemException.invalid("decision", "must be approve or reject");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
