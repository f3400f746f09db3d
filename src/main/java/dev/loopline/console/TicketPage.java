package dev.loopline.console;

import dev.loopline.ticket.TicketView;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** One ticket as its page shows it: the ticket's own view plus what the page formats. */
@TemplateData
public record TicketPage(TicketView ticket, String occurredAt, String acceptedAt, Clock firstResponse,
        Clock resolution, List<StepBar> steps, List<Entry> timeline, List<Entry> workOrders, List<Entry> escalations) {

    /** An SLA milestone: its due time and its state as a word (never a colour alone). */
    @TemplateData
    public record Clock(String dueAt, String state, String stateClass, String metAt) {
    }

    /** One step's period as a bar: `width` is its share of the longest, in steps of 5 (CSS classes w0…w100). */
    @TemplateData
    public record StepBar(dev.loopline.ticket.TicketStatus status, String heldBy, String took, int width,
            String from, String to) {
    }

    /** A line of a list: when, what, who. */
    @TemplateData
    public record Entry(String at, String what, String who) {
    }
}
