package dev.loopline.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.ZoneId;

/** Hands out human-readable numbers, unique per utility prefix and year: HT-2026-000123. */
@ApplicationScoped
public class TicketNumbers {

    @Inject
    EntityManager em;

    public String next(Utility utility, Instant acceptedAt, ZoneId zone) {
        int year = acceptedAt.atZone(zone).getYear();
        // nextval reads no entity's table: no flush of the session's pending changes before it
        Number value = (Number) em.createNativeQuery("select nextval(cast(?1 as regclass))")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, "ticket_number_" + utility.numberPrefix.toLowerCase()).getSingleResult();
        return format(utility.numberPrefix, year, value.longValue());
    }

    /** HT-2026-000123: at least six digits (String.format, which parses its pattern at every call, cost more). */
    static String format(String prefix, int year, long value) {
        String digits = Long.toString(value);
        StringBuilder number = new StringBuilder(prefix.length() + 12).append(prefix).append('-').append(year)
                .append('-');
        for (int pad = digits.length(); pad < 6; pad++) {
            number.append('0');
        }
        return number.append(digits).toString();
    }
}
