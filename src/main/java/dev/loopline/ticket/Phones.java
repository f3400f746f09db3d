package dev.loopline.ticket;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Phone numbers: one normal form (E.164) for storage and look-up, and a mask for lists and logs. */
public final class Phones {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /**
     * The number in E.164 ("139 0000-1234", "+86 139 0000 1234" and "0086 13900001234" are all +8613900001234);
     * a number without a country code is read as one of the default region (ISO 3166 code, e.g. CN). Empty when
     * the text is not a valid phone number there.
     */
    public static Optional<String> e164(String phone, String defaultRegion) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = NUMBERS.parse(phone, defaultRegion);
            return NUMBERS.isValidNumber(number)
                    ? Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * +8613900001234 → +86 139****1234: the country code, then the national number's first three and last four
     * digits. A number stored before E.164 (no +) keeps the same shape without the country code.
     */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.startsWith("+")) {
            try {
                PhoneNumber number = NUMBERS.parse(phone, "ZZ");
                return "+" + number.getCountryCode() + " " + maskDigits(NUMBERS.getNationalSignificantNumber(number));
            } catch (NumberParseException e) {
                // not E.164 after all: masked as the digits it has
            }
        }
        return maskDigits(phone);
    }

    private static String maskDigits(String digits) {
        if (digits.length() >= 7) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }
}
