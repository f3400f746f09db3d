package dev.loopline.console;

import dev.loopline.hotspot.Hotspot;
import dev.loopline.ticket.Severity;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.ticket.Utility;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** Hotspots as the console shows them: the list, and one hotspot with its tickets. */
@TemplateData
public record HotspotPage(Row hotspot, boolean moreTickets, List<TicketLine> tickets) {

    /** The channels a shared notice may take, in the form's order. */
    public List<String> channels() {
        return java.util.Arrays.stream(dev.loopline.ticket.StepFacts.ContactChannel.values()).map(Enum::name).toList();
    }

    /** The root causes the shared findings may name. */
    public List<String> rootCauses() {
        return java.util.Arrays.stream(dev.loopline.ticket.StepFacts.RootCause.values()).map(Enum::name).toList();
    }

    /** One hotspot, its times formatted. */
    @TemplateData
    public record Row(UUID id, String rule, Utility utility, String category, String area, Hotspot.Status status,
            int tickets, String firstAt, String lastAt, String acknowledgedBy, int notices, String findings) {
    }

    /** One of its tickets. */
    @TemplateData
    public record TicketLine(UUID id, String number, Severity severity, TicketStatus status, String customer,
            String acceptedAt) {
    }
}
