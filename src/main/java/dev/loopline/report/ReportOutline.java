package dev.loopline.report;

import static dev.loopline.report.ReportHeading.*;

import dev.loopline.ticket.SlaTerms;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A handling report put into words as a letter from the utility: letterhead, salutation, sections of labelled values
 * and a signature, in the report's language, drawn by both renderers. Internal codes never reach it.
 */
record ReportOutline(String languageTag, String number, Letterhead letterhead, String title, List<Field> header,
        String salutation, String opening, List<Section> sections, String closing, List<String> signature) {

    /** Shown where a whole section has nothing to say. */
    static final String DASH = "—";

    /** The utility's name and, under it, its address and hotline. */
    record Letterhead(String name, List<String> details) {
    }

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

        ReportOutline outline(HandlingReport report) {
            HandlingReport.Organisation organisation = report.organisation();
            String hotline = organisation == null ? null : organisation.hotline();
            List<Field> header = fields(
                    field(TICKET_NUMBER, report.number()),
                    field(ISSUED_ON, labels.date(report.issuedOn())),
                    field(ACCEPTED, time(report.acceptedAt())),
                    field(CLOSED, time(report.closedAt())));
            List<Section> sections = List.of(complaint(report.complaint()),
                    findings(report.findings(), report.measurements()), agreement(report.agreement()),
                    compensation(report.compensation()), followUp(report.followUp()));
            String category = report.complaint() == null ? null : report.complaint().categoryLabel();
            String opening = report.acceptedAt() == null ? null
                    : labels.opening(report.acceptedAt().atZone(zone).toLocalDate(), category, report.number());
            return new ReportOutline(labels.languageTag(), report.number(), letterhead(organisation),
                    labels.heading(TITLE), header,
                    labels.salutation(report.complaint() == null ? null : report.complaint().customerName()),
                    opening, sections, labels.closing(hotline), signature(organisation, report));
        }

        private Letterhead letterhead(HandlingReport.Organisation organisation) {
            if (organisation == null) {
                return null;
            }
            String hotline = organisation.hotline() == null ? null
                    : labels.labelled(labels.heading(HOTLINE), organisation.hotline());
            return new Letterhead(organisation.name(), present(organisation.address(), hotline));
        }

        private List<String> signature(HandlingReport.Organisation organisation, HandlingReport report) {
            return present(labels.signOff(), organisation == null ? null : organisation.name(),
                    labels.date(report.issuedOn()));
        }

        private Section complaint(HandlingReport.Complaint complaint) {
            return complaint == null ? section(COMPLAINT) : section(COMPLAINT,
                    field(CUSTOMER, complaint.customerName()),
                    field(ADDRESS, complaint.address()),
                    field(UTILITY, labels.utility(complaint.utility())),
                    field(CATEGORY, complaint.categoryLabel()),
                    field(OCCURRED, time(complaint.occurredAt())),
                    field(DESCRIPTION, complaint.description()));
        }

        /** What was found and who answers for it; the root-cause class is internal and stays out. */
        private Section findings(HandlingReport.Findings findings, List<HandlingReport.Measurement> measurements) {
            return section(FINDINGS,
                    new Field(null, findings == null ? null : findings.text()),
                    field(MEASUREMENTS, measurements(measurements)),
                    field(DEPARTMENTS, findings == null ? null : departments(findings.departments())));
        }

        /** "室内温度 17.5 °C；水压 0.3 MPa" / "Indoor temperature 17.5 °C; …". */
        private String measurements(List<HandlingReport.Measurement> measurements) {
            if (measurements == null || measurements.isEmpty()) {
                return null;
            }
            return measurements.stream()
                    .map(measurement -> labels.measurement(measurement.name()) + " "
                            + measurement.value().toPlainString()
                            + (measurement.unit() == null || measurement.unit().isBlank() ? "" : " " + measurement.unit()))
                    .collect(Collectors.joining(labels.listSeparator()));
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
            return section(COMPENSATION,
                    field(COMPENSATION_TYPE, labels.compensationType(compensation.type())),
                    field(AMOUNT, paid ? labels.amount(compensation.amount(), compensation.currency()) : null),
                    field(OWED_UNDER_COMMITMENT, owed(compensation.proposal())),
                    field(REASON, compensation.reason()));
        }

        /** What a missed service commitment earned, e.g. "50 元（未按时首次响应）". */
        private String owed(SlaTerms.Proposal proposal) {
            if (proposal == null) {
                return null;
            }
            String missed = proposal.milestones().stream().map(m -> labels.missedMilestone(m.name()))
                    .collect(Collectors.joining(labels.listSeparator()));
            return labels.withNote(labels.amount(proposal.amount(), proposal.currency()), missed);
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
            return labels.time(instant, zone);
        }

        /** The given texts that are there, in order. */
        private static List<String> present(String... texts) {
            return Stream.of(texts).filter(text -> text != null && !text.isBlank()).toList();
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
