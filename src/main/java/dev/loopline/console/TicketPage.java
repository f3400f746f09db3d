package dev.loopline.console;

import dev.loopline.ticket.TicketView;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** One ticket as its page shows it: the ticket's own view plus what the page formats. */
@TemplateData
public record TicketPage(TicketView ticket, String category, String occurredAt, String acceptedAt, Clock firstResponse,
        Clock resolution, HotspotNote hotspot, Approval approval, List<StepBar> steps, List<Entry> timeline, List<Entry> workOrders,
        List<Entry> escalations) {

    /**
     * The hotspot the ticket belongs to (null if none) with what its customers were last told, so the agent on the
     * phone passes it on; `notice` is null before the first.
     */
    @TemplateData
    public record HotspotNote(UUID id, String area, String notice, String noticeAt, String expectedRestore) {
    }

    /**
     * A compensation awaiting approval (null unless the ticket is PENDING_APPROVAL): what was asked, by whom, and
     * whether the reader may decide it; `version` goes back with the decision, so a ticket changed meanwhile refuses it.
     */
    @TemplateData
    public record Approval(String type, String amount, String requestedBy, boolean mayDecide, long version) {
    }

    /** An SLA milestone: its due time and its state as a word (never a colour alone). */
    @TemplateData
    public record Clock(String dueAt, String state, String stateClass, String metAt) {
    }

    /** One step's period as a bar: `width` is its share of the longest, in steps of 5 (CSS classes w0…w100). */
    @TemplateData
    public record StepBar(dev.loopline.ticket.TicketStatus status, String heldBy, String took, int width,
            String from, String to) {
    }

    /** A line of a list: when, what, who (and in which role, when the list knows it). */
    @TemplateData
    public record Entry(String at, String what, String who, String role) {
    }
}
