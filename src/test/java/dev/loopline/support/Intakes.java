package dev.loopline.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Intake bodies that speak the domain; each customer gets a fresh phone so tests never see each other's data. */
public final class Intakes {

    private Intakes() {
    }

    public static String aFreshPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /**
     * The customer's compound (小区): one per phone, so a test's tickets form a hotspot only when the test means them
     * to (every other test's customers live elsewhere).
     */
    public static String areaOf(String phone) {
        String digits = phone.replaceAll("[^0-9A-Za-z]", "");
        return "XF-" + digits.substring(Math.max(0, digits.length() - 8));
    }

    public static String aFreshAccount() {
        return "HT-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** The canonical intake of DESIGN §2: an elderly customer living alone whose flat is cold. */
    public static Map<String, Object> aVulnerableCustomerWithoutHeat() {
        return aHeatingComplaint(aFreshPhone(), aFreshAccount(), "INDOOR_TEMPERATURE_LOW", List.of("ELDERLY_ALONE"));
    }

    /** A routine complaint: a heating-fee question from a customer with no vulnerability. */
    public static Map<String, Object> aRoutineHeatingFeeComplaint() {
        return aHeatingComplaint(aFreshPhone(), aFreshAccount(), "HEATING_FEE", List.of());
    }

    public static Map<String, Object> aHeatingComplaint(String phone, String account, String category,
            List<String> vulnerabilities) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("name", "王秀英");
        customer.put("phone", phone);
        customer.put("accountNo", account);
        customer.put("vulnerabilities", vulnerabilities);
        customer.put("language", "zh");
        Map<String, Object> body = new HashMap<>();
        body.put("utility", "HEATING");
        body.put("channel", "HOTLINE");
        body.put("category", category);
        body.put("customer", customer);
        body.put("address", "幸福小区 3号楼 2单元 501");
        body.put("areaCode", areaOf(phone != null ? phone : account != null ? account : aFreshPhone()));
        body.put("description", "暖气不热，室温只有15度");
        body.put("occurredAt", "2026-11-20T08:00:00Z");
        body.put("severity", null);
        body.put("severityReason", null);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> customerOf(Map<String, Object> intake) {
        return (Map<String, Object>) intake.get("customer");
    }
}
