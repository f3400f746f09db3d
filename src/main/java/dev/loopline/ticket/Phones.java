package dev.loopline.ticket;

/** Phone numbers: one normal form for storage and look-up, and a mask for lists and logs. */
public final class Phones {

    private Phones() {
    }

    /** Digits only, keeping a leading +: "139 0000-1234" and "13900001234" are the same customer. */
    public static String normalize(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }

    /** 13900001234 → 139****1234; short numbers keep only their last two digits. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() >= 7) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }
}
