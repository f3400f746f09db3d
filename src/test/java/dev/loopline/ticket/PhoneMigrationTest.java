package dev.loopline.ticket;

import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.Intakes;
import dev.loopline.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** V10 turns the digits stored before E.164 into E.164 where that is unambiguous, and leaves the rest alone. */
@QuarkusTest
class PhoneMigrationTest {

    private static final String MIGRATION = "/db/migration/V10__phones_in_e164.sql";

    @Inject
    EntityManager em;

    @Test
    void unambiguousChineseNumbersBecomeE164AndOthersStayAsTheyWere() throws IOException {
        String mobile = Intakes.aFreshPhone();
        String subscriber = "6" + mobile.substring(4);
        Map<String, String> storedToExpected = new LinkedHashMap<>();
        storedToExpected.put(mobile, "+86" + mobile);
        storedToExpected.put("86" + mobile, "+86" + mobile);
        storedToExpected.put("0086" + mobile, "+86" + mobile);
        storedToExpected.put("+86" + mobile, "+86" + mobile);
        storedToExpected.put("010" + subscriber, "+8610" + subscriber);
        storedToExpected.put("0086010" + subscriber, "+8610" + subscriber);
        storedToExpected.put("0571" + subscriber, "+86571" + subscriber);
        storedToExpected.put("95598", "95598");
        storedToExpected.put("+44" + subscriber + "12", "+44" + subscriber + "12");
        storedToExpected.put("12" + subscriber + "1", "12" + subscriber + "1");

        Map<UUID, String> tickets = new LinkedHashMap<>();
        storedToExpected.forEach((stored, expected) -> {
            UUID id = UUID.fromString(intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201)
                    .extract().path("id"));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update ticket set customer_phone = ?1 where id = ?2").setParameter(1, stored)
                    .setParameter(2, id).executeUpdate());
            tickets.put(id, expected);
        });

        List<String> statements = statementsOf(MIGRATION);
        QuarkusTransaction.requiringNew().run(() -> statements.forEach(s -> em.createNativeQuery(s).executeUpdate()));

        tickets.forEach((id, expected) -> assertThat(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select customer_phone from ticket where id = ?1").setParameter(1, id)
                .getSingleResult())).as(expected).isEqualTo(expected));
    }

    private static List<String> statementsOf(String resource) throws IOException {
        try (InputStream in = PhoneMigrationTest.class.getResourceAsStream(resource)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
