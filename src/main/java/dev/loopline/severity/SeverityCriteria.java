package dev.loopline.severity;

import dev.loopline.common.Problem;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.Severity;

import java.util.List;
import java.util.Set;

/**
 * One named severity rule as pure data: it fires when every criterion it sets matches the intake
 * (an empty set matches anything; `requiresRepeat` matches only a repeat complaint).
 */
public record SeverityCriteria(String name, Severity severity, Set<String> categories, Set<String> channels,
        Set<String> vulnerabilities, boolean requiresRepeat) {

    public static final String NEEDS_A_CRITERION = "SEVERITY_RULE_NEEDS_A_CRITERION";

    /** What intake knows when it suggests a severity. */
    public record Intake(String category, String channel, Set<String> vulnerabilities, boolean repeat) {
    }

    /** The suggested severity and the names of the rules that fired, in rule order. */
    public record Suggestion(Severity severity, List<String> rulesFired) {
    }

    public boolean firesFor(Intake intake) {
        return (categories.isEmpty() || categories.contains(intake.category()))
                && (channels.isEmpty() || channels.contains(intake.channel()))
                && (vulnerabilities.isEmpty() || intake.vulnerabilities().stream().anyMatch(vulnerabilities::contains))
                && (!requiresRepeat || intake.repeat());
    }

    /** A rule that sets no criterion would fire for every intake and raise them all to its severity. */
    public void requireACriterion() {
        if (categories.isEmpty() && channels.isEmpty() && vulnerabilities.isEmpty() && !requiresRepeat) {
            String message = "set at least one of categories, channels, vulnerabilities or requiresRepeat";
            throw new ProblemException(ProblemType.VALIDATION, "criteria: " + message, NEEDS_A_CRITERION,
                    List.of(new Problem.FieldError("criteria", message)));
        }
    }

    /** The most severe of the rules that fire, ROUTINE when none does. */
    public static Suggestion suggest(List<SeverityCriteria> rules, Intake intake) {
        Severity severity = Severity.ROUTINE;
        List<String> fired = new java.util.ArrayList<>();
        for (SeverityCriteria rule : rules) {
            if (rule.firesFor(intake)) {
                fired.add(rule.name());
                severity = Severity.mostSevere(severity, rule.severity());
            }
        }
        return new Suggestion(severity, List.copyOf(fired));
    }
}
