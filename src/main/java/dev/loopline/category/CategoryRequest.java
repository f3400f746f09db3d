package dev.loopline.category;

import dev.loopline.ticket.Utility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new category (POST, with `code`) or a category's new definition (PUT, `code` taken from the path). */
public record CategoryRequest(
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be UPPER_SNAKE_CASE, 2 to 64 characters") String code,
        @NotEmpty Set<@NotNull Utility> utilities,
        @NotBlank @Size(max = 100) String labelZh,
        @NotBlank @Size(max = 100) String labelEn,
        Boolean active) {
}
