package dev.loopline.timeline;

/** The names of timeline and outbound events; the same name is used on the timeline, the outbox and webhooks. */
public final class EventTypes {

    public static final String TICKET_ACCEPTED = "ticket.accepted";

    private EventTypes() {
    }
}
