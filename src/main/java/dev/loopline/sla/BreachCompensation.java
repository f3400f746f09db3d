package dev.loopline.sla;

import dev.loopline.common.ProblemException;
import dev.loopline.ticket.SlaTerms.Milestone;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a missed milestone earns the customer under a policy, in the policy's currency (DESIGN §3, §9). */
public record BreachCompensation(
        @NotNull Milestone milestone,
        @NotNull @Positive @Digits(integer = 9, fraction = 2) @Schema(examples = "50") BigDecimal amount) {

    /** Two amounts for one milestone would leave open which one the customer is owed. */
    public static void requireOnePerMilestone(List<BreachCompensation> entries) {
        Set<Milestone> seen = EnumSet.noneOf(Milestone.class);
        for (BreachCompensation entry : entries) {
            if (!seen.add(entry.milestone())) {
                throw ProblemException.invalid("breachCompensation",
                        "at most one entry per milestone; " + entry.milestone() + " is listed twice");
            }
        }
    }
}
