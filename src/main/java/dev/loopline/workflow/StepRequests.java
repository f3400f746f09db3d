package dev.loopline.workflow;

import dev.loopline.ticket.StepFacts;
import dev.loopline.ticket.StepFacts.CompensationType;
import dev.loopline.ticket.StepFacts.ContactChannel;
import dev.loopline.ticket.StepFacts.DepartmentRole;
import dev.loopline.ticket.StepFacts.RootCause;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The bodies of the step endpoints (DESIGN §10). Presence rules of the steps are named guards, not validation. */
public final class StepRequests {

    private StepRequests() {
    }

    /** A contact with the customer; the first one is the first response. */
    public record Contact(
            @NotNull ContactChannel channel,
            @NotBlank @Size(max = 1000) String summary,
            Boolean customerFacing,
            @Size(max = 2000) String text) {
    }

    /** Step 1 → 2. */
    public record Investigation(@Size(max = 2000) String note) {
    }

    /** Step 2 → 3. */
    public record Findings(
            @Size(max = 4000) String findings,
            RootCause rootCause,
            @Size(max = 10) List<@Valid @NotNull Department> responsibleDepartments) {
    }

    /** A department responsible for the cause. */
    public record Department(@NotBlank @Size(max = 100) String name, @NotNull DepartmentRole role) {

        static List<StepFacts.Department> facts(List<Department> departments) {
            return departments == null ? null
                    : departments.stream().map(d -> new StepFacts.Department(d.name(), d.role())).toList();
        }
    }

    /** Step 3 → 4. */
    public record Agreement(
            @Size(max = 10) List<@NotBlank @Size(max = 500) String> options,
            Integer agreedOption,
            @Size(max = 1000) String singleOptionReason,
            Instant promisedBy) {
    }

    /** Step 4 → 5, or to approval when beyond the actor's authority. */
    public record Compensation(
            @NotNull CompensationType type,
            @Positive @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal amount,
            @Pattern(regexp = "CNY", message = "only CNY is supported") String currency,
            @Size(max = 1000) String reason) {
    }

    /** A supervisor's or manager's decision on compensation beyond the requester's authority. */
    public record Approval(@NotNull Boolean approved, @Size(max = 1000) String note) {
    }

    /** A supervisor's sign-off that a MAJOR or DIFFICULT ticket may close. */
    public record SignOff(@Size(max = 1000) String note) {
    }

    /** Step 5: the callback (回访). */
    public record FollowUp(
            @NotNull Boolean reached,
            @Min(1) @Max(5) Integer satisfaction,
            @Size(max = 2000) String comment) {
    }

    /** Stops the SLA clocks, e.g. the customer is not at home. */
    public record Pause(@NotBlank @Size(max = 500) String reason) {
    }

    /** Starts the clocks again where they stopped. */
    public record Resume(@Size(max = 500) String note) {
    }

    /** The customer calls back: the ticket goes back to investigation with its history. */
    public record Reopen(@NotBlank @Size(max = 1000) String reason) {
    }
}
