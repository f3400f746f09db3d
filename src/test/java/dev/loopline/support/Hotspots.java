package dev.loopline.support;

import static dev.loopline.support.Api.intake;

import java.util.List;
import java.util.Map;

/** Clusters of tickets for hotspot tests: customers of one compound calling about one problem. */
public final class Hotspots {

    private Hotspots() {
    }

    /** A compound no other test's customer lives in. */
    public static String aFreshArea() {
        return Intakes.areaOf(Intakes.aFreshPhone()) + "-H";
    }

    /** A customer of the area with the problem: a fresh phone and account. */
    public static Map<String, Object> aComplaintFrom(String area, String category) {
        Map<String, Object> body = Intakes.aHeatingComplaint(Intakes.aFreshPhone(), Intakes.aFreshAccount(), category,
                List.of());
        body.put("areaCode", area);
        return body;
    }

    /** Logs the complaint; returns the new ticket's id. */
    public static String logged(String area, String category) {
        return intake(Tokens.agent(), aComplaintFrom(area, category)).statusCode(201).extract().path("id");
    }

    /** The hotspot the ticket is in, or null. */
    public static String hotspotOf(String ticketId) {
        return Journeys.ticket(ticketId).extract().path("hotspotId");
    }
}
