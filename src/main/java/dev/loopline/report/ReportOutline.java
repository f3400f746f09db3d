package dev.loopline.report;

import static dev.loopline.report.ReportHeading.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A handling report put into words: sections of labelled values in the report's language, drawn by both renderers. */
record ReportOutline(String languageTag, String number, String title, List<Field> header, List<Section> sections,
        String closing) {

    /** Shown where a whole section has nothing to say. */
    static final String DASH = "—";

    /** A section of the report; it always holds at least one field. */
    record Section(String heading, List<Field> fields) {
    }

    /** A labelled value; without a label it is a paragraph of its own. */
    record Field(String label, String value) {
    }

    static ReportOutline of(HandlingReport report, ZoneId zone) {
        return new Outliner(ReportLabels.forLanguage(report.language()), zone).outline(report);
    }

    /** Turns each part of the report into a section, leaving out the values that were never recorded. */
    private record Outliner(ReportLabels labels, ZoneId zone) {

        private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        ReportOutline outline(HandlingReport report) {
            List<Field> header = fields(
                    field(TICKET_NUMBER, report.number()),
                    field(ACCEPTED, time(report.acceptedAt())),
                    field(CLOSED, time(report.closedAt())));
            List<Section> sections = List.of(complaint(report.complaint()), findings(report.findings()),
                    agreement(report.agreement()), compensation(report.compensation()), followUp(report.followUp()));
            return new ReportOutline(labels.languageTag(), report.number(), labels.heading(TITLE), header, sections,
                    labels.heading(CLOSING));
        }

        private Section complaint(HandlingReport.Complaint complaint) {
            return complaint == null ? section(COMPLAINT) : section(COMPLAINT,
                    field(CUSTOMER, complaint.customerName()),
                    field(ADDRESS, complaint.address()),
                    field(UTILITY, labels.utility(complaint.utility())),
                    field(CATEGORY, complaint.categoryLabel() != null ? complaint.categoryLabel() : complaint.category()),
                    field(SEVERITY, labels.severity(complaint.severity())),
                    field(OCCURRED, time(complaint.occurredAt())),
                    field(DESCRIPTION, complaint.description()));
        }

        private Section findings(HandlingReport.Findings findings) {
            return findings == null ? section(FINDINGS) : section(FINDINGS,
                    new Field(null, findings.text()),
                    field(ROOT_CAUSE, labels.rootCause(findings.rootCause())),
                    field(DEPARTMENTS, departments(findings.departments())));
        }

        private Section agreement(HandlingReport.Agreement agreement) {
            if (agreement == null || agreement.options() == null) {
                return section(SOLUTION);
            }
            List<String> options = agreement.options();
            int agreed = agreement.agreedOption();
            boolean agreedIsKnown = agreed >= 0 && agreed < options.size();
            List<String> others = IntStream.range(0, options.size()).filter(index -> index != agreed)
                    .mapToObj(options::get).toList();
            return section(SOLUTION,
                    field(AGREED_SOLUTION, agreedIsKnown ? agreement.agreedSolution() : null),
                    field(PROMISED_BY, time(agreement.promisedBy())),
                    field(OTHER_OPTIONS, others.isEmpty() ? null : String.join(labels.listSeparator(), others)),
                    field(SINGLE_OPTION_REASON, agreement.singleOptionReason()));
        }

        private Section compensation(HandlingReport.Compensation compensation) {
            if (compensation == null) {
                return section(COMPENSATION);
            }
            boolean paid = compensation.amount() != null && !"NONE".equals(compensation.type());
            String currency = compensation.currency() == null ? "" : " " + compensation.currency();
            return section(COMPENSATION,
                    field(COMPENSATION_TYPE, labels.compensationType(compensation.type())),
                    field(AMOUNT, paid ? compensation.amount().toPlainString() + currency : null),
                    field(REASON, compensation.reason()));
        }

        private Section followUp(HandlingReport.FollowUp followUp) {
            return followUp == null ? section(FOLLOW_UP) : section(FOLLOW_UP,
                    field(SATISFACTION, labels.satisfaction(followUp.satisfaction())),
                    field(CUSTOMER_COMMENT, followUp.comment()));
        }

        private String departments(List<HandlingReport.Department> departments) {
            if (departments == null || departments.isEmpty()) {
                return null;
            }
            return departments.stream()
                    .map(department -> department.role() == null ? department.name()
                            : labels.withNote(department.name(), labels.departmentRole(department.role())))
                    .collect(Collectors.joining(labels.listSeparator()));
        }

        private String time(Instant instant) {
            return instant == null ? null : MINUTES.withZone(zone).format(instant) + " " + zone.getId();
        }

        private Field field(ReportHeading label, String value) {
            return new Field(labels.heading(label), value);
        }

        private Section section(ReportHeading heading, Field... fields) {
            List<Field> recorded = fields(fields);
            return new Section(labels.heading(heading), recorded.isEmpty() ? List.of(new Field(null, DASH)) : recorded);
        }

        private static List<Field> fields(Field... fields) {
            List<Field> recorded = new ArrayList<>();
            for (Field field : fields) {
                if (field.value() != null && !field.value().isBlank()) {
                    recorded.add(field);
                }
            }
            return List.copyOf(recorded);
        }
    }
}
