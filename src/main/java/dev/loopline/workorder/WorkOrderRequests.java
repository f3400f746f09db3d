package dev.loopline.workorder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The bodies of the work-order endpoints (DESIGN §10). */
public final class WorkOrderRequests {

    private WorkOrderRequests() {
    }

    /** Dispatch to a steward's user id (the `upn` of the steward's token). */
    public record Dispatch(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "a user id") String steward,
            @NotBlank @Size(max = 2000) String instructions) {
    }

    /** What the steward found and did on site. */
    public record Completion(
            @NotBlank @Size(max = 4000) String findings,
            @Size(max = 50) List<@Valid @NotNull Measurement> measurements,
            @Size(max = 4000) String actions,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> photos) {
    }

    /** One reading, e.g. indoor_temperature 17.5 °C. */
    public record Measurement(@NotBlank @Size(max = 100) String name, @NotNull BigDecimal value,
            @Size(max = 20) String unit) {
    }

    /** Why the work order is called off. */
    public record Cancellation(@NotBlank @Size(max = 1000) String reason) {
    }

    /** A step without a body of its own (acceptance, arrival); a note is optional. */
    public record Note(@Size(max = 1000) String note) {
    }
}
