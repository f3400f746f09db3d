package dev.loopline.workflow;

import dev.loopline.ticket.StepFacts.PhraseHit;
import dev.loopline.ticket.TicketView;
import java.util.List;

/** What a step answers: the ticket as it now is, and warnings (forbidden phrases) that did not block the step. */
public record StepView(TicketView ticket, List<Warning> warnings) {

    /** A forbidden phrase found in a customer-facing field. */
    public record Warning(String type, String field, String phrase, String message) {

        static Warning from(PhraseHit hit) {
            return new Warning("FORBIDDEN_PHRASE", hit.field(), hit.phrase(),
                    "「" + hit.phrase() + "」 is a forbidden phrase (服务禁语); rephrase it for the customer");
        }
    }
}
