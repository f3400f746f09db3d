package dev.loopline.ticket;

import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Params;
import dev.loopline.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Phones as intake and look-ups receive them, read in the configured default region and turned into E.164. */
@ApplicationScoped
public class CustomerPhones {

    private static final int MAX_PARAMETER = 32;

    @Inject
    LooplineConfig config;

    /** The intake's phone in E.164, null when none was given; one that is not a phone number is a 422. */
    public String ofIntake(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return Phones.e164(phone, config.phone().defaultRegion()).orElseThrow(() -> ProblemException.invalid(
                "customer.phone", "is not a valid phone number (" + config.phone().defaultRegion()
                        + " unless it starts with + and a country code)"));
    }

    /** A look-up's phone parameter in E.164, null when none was given; one that is not a phone number is a 400. */
    public String ofParameter(String name, String phone) {
        String given = Params.text(name, phone, MAX_PARAMETER);
        if (given == null) {
            return null;
        }
        return Phones.e164(given, config.phone().defaultRegion()).orElseThrow(() -> ProblemException.badParameter(
                name, "is not a valid phone number"));
    }
}
