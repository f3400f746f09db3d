package dev.loopline.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;

/** Hands out human-readable numbers, unique per utility prefix and year: HT-2026-000123. */
@ApplicationScoped
public class TicketNumbers {

    @Inject
    EntityManager em;

    public String next(Utility utility, Instant acceptedAt, ZoneId zone) {
        int year = acceptedAt.atZone(zone).getYear();
        Number value = (Number) em.createNativeQuery("""
                insert into ticket_number_counter (prefix, year, last_value) values (?1, ?2, 1)
                on conflict (prefix, year) do update set last_value = ticket_number_counter.last_value + 1
                returning last_value""")
                .setParameter(1, utility.numberPrefix).setParameter(2, year).getSingleResult();
        return "%s-%d-%06d".formatted(utility.numberPrefix, year, value.longValue());
    }
}
