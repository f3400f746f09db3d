package dev.loopline.ticket;

import java.math.BigDecimal;
import java.util.List;

/** The vocabulary of what the five steps record: how the customer was reached, causes, departments, compensation. */
public final class StepFacts {

    private StepFacts() {
    }

    /** How the customer was reached. */
    public enum ContactChannel { PHONE, SMS, VISIT, WECHAT, EMAIL, LETTER, OTHER }

    /** 服务偏差 / 产品偏差 / 用户偏差. */
    public enum RootCause { SERVICE, PRODUCT, CUSTOMER }

    /** Whether a department carries the main or a shared responsibility. */
    public enum DepartmentRole { PRIMARY, SECONDARY }

    /** What the customer is given. */
    public enum CompensationType { FEE_REDUCTION, REFUND, CASH, VOUCHER, IN_KIND, SERVICE, NONE }

    /** A department responsible for the cause. */
    public record Department(String name, DepartmentRole role) {
    }

    /** The department that carries the main responsibility: the one named PRIMARY, else the first named. */
    public static String primaryOf(List<Department> departments) {
        return departments.stream().filter(d -> d.role() == DepartmentRole.PRIMARY).map(Department::name)
                .findFirst().orElse(departments.get(0).name());
    }

    /** A steward's measurement on site, e.g. indoor_temperature 17.5 °C. */
    public record Measurement(String name, BigDecimal value, String unit) {
    }

    /** A forbidden phrase (服务禁语) found in one customer-facing field. */
    public record PhraseHit(String field, String phrase) {
    }
}
