package dev.loopline.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Handling reports that speak the domain: a closed heating complaint and its variants. */
final class HandlingReports {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String NUMBER = "HT-2026-000123";
    static final HandlingReport.Organisation XINGFU = new HandlingReport.Organisation("幸福热力有限公司", "96069",
            "北京市朝阳区幸福路88号");
    static final HandlingReport.Organisation XINGFU_IN_ENGLISH = new HandlingReport.Organisation(
            "Xingfu Heating Co., Ltd.", "96069", "88 Xingfu Road, Chaoyang District, Beijing");
    static final LocalDate ISSUED_ON = LocalDate.parse("2026-11-23");

    private HandlingReports() {
    }

    static HandlingReport aClosedHeatingComplaint() {
        return aClosedHeatingComplaint("zh", "暖气不热，室温只有15度", aFeeReductionOf150Yuan());
    }

    static HandlingReport aClosedHeatingComplaintInEnglish() {
        return aClosedHeatingComplaint("en", "The radiators stay cold; the room is at 15 degrees.", aFeeReductionOf150Yuan());
    }

    static HandlingReport aClosedHeatingComplaintDescribedAs(String description) {
        return aClosedHeatingComplaint("zh", description, aFeeReductionOf150Yuan());
    }

    static HandlingReport aClosedHeatingComplaintCompensatedWith(HandlingReport.Compensation compensation) {
        return aClosedHeatingComplaint("zh", "暖气不热，室温只有15度", compensation);
    }

    static HandlingReport aClosedHeatingComplaintWithTheComment(String comment) {
        HandlingReport report = aClosedHeatingComplaint();
        return new HandlingReport(report.number(), report.language(), report.organisation(), report.issuedOn(),
                report.acceptedAt(), report.closedAt(), report.complaint(), report.findings(), report.measurements(),
                report.agreement(), report.compensation(), new HandlingReport.FollowUp(5, comment, null));
    }

    static HandlingReport.Compensation aRefundOf(String amount) {
        return new HandlingReport.Compensation("REFUND", new BigDecimal(amount), "CNY", null, "张班长",
                at("2026-11-21T02:00:00Z"), null, null);
    }

    static HandlingReport.Compensation noCompensationBecause(String reason) {
        return new HandlingReport.Compensation("NONE", null, null, reason, null, at("2026-11-21T02:00:00Z"), null,
                null);
    }

    /**
     * Everything optional left out: no address (the customer's or the utility's), comment, closing time,
     * departments, measurements, promise or compensation.
     */
    static HandlingReport aReportWithOnlyTheRequiredParts() {
        return new HandlingReport(NUMBER, null, new HandlingReport.Organisation("幸福热力有限公司", "96069", null),
                ISSUED_ON, at("2026-11-20T01:30:00Z"), null,
                new HandlingReport.Complaint("王秀英", null, "HEATING", "NO_HEATING", null, "暖气不热", null, "ROUTINE"),
                new HandlingReport.Findings("阀门堵塞", "PRODUCT", null, null, null),
                List.of(),
                new HandlingReport.Agreement(List.of("今日排气调试"), 0, null, null, null),
                null,
                new HandlingReport.FollowUp(5, null, null));
    }

    private static HandlingReport aClosedHeatingComplaint(String language, String description,
            HandlingReport.Compensation compensation) {
        return new HandlingReport(NUMBER, language, "en".equals(language) ? XINGFU_IN_ENGLISH : XINGFU, ISSUED_ON,
                at("2026-11-20T01:30:00Z"), at("2026-11-22T06:00:00Z"),
                new HandlingReport.Complaint("王秀英", "幸福小区 3号楼 2单元 501", "HEATING", "INDOOR_TEMPERATURE_LOW",
                        "室温不达标", description, at("2026-11-20T00:00:00Z"), "IMPORTANT"),
                new HandlingReport.Findings("入户检测室温15度，立管积气导致循环不畅。", "PRODUCT",
                        List.of(new HandlingReport.Department("供热一公司", "PRIMARY"),
                                new HandlingReport.Department("客服中心", "SECONDARY")),
                        "李师傅", at("2026-11-20T05:00:00Z")),
                List.of(new HandlingReport.Measurement("indoor_temperature", new BigDecimal("17.5"), "°C"),
                        new HandlingReport.Measurement("radiator_surface_temperature", new BigDecimal("38"), "°C")),
                new HandlingReport.Agreement(List.of("今日排气调试", "更换阀门"), 0, null, at("2026-11-20T10:00:00Z"),
                        at("2026-11-20T06:00:00Z")),
                compensation,
                new HandlingReport.FollowUp(4, "满意", at("2026-11-22T05:30:00Z")));
    }

    private static HandlingReport.Compensation aFeeReductionOf150Yuan() {
        return new HandlingReport.Compensation("FEE_REDUCTION", new BigDecimal("150"), "CNY", null, "张班长",
                at("2026-11-21T02:00:00Z"), null, null);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
