package dev.loopline.workflow;

import dev.loopline.common.ProblemException;
import dev.loopline.hotspot.Hotspot;
import dev.loopline.hotspot.Hotspots;
import dev.loopline.security.Actor;
import dev.loopline.ticket.LoopRules;
import dev.loopline.ticket.StepFacts;
import dev.loopline.ticket.StepFacts.PhraseHit;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.workorder.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A hotspot handled as one incident (DESIGN §2): one notice recorded as a contact on each of its open tickets, one
 * set of shared findings applied as the findings step to each ticket in investigation. Each ticket still closes with
 * its own customer. The hotspot is locked first, then its tickets in id order, so two actions run one after the other.
 */
@ApplicationScoped
public class HotspotIncidentService {

    @Inject
    TicketChanges changes;

    @Inject
    Hotspots hotspots;

    /** A ticket the action reached, or one it left alone and the rule that kept it out. */
    public record TicketOutcome(UUID id, String number, TicketStatus status, boolean firstResponse, String rule,
            String detail) {
    }

    /** What an action did: the hotspot, the tickets it changed, those it skipped, and forbidden phrases found once. */
    public record Outcome(Hotspot hotspot, List<TicketOutcome> applied, List<TicketOutcome> skipped,
            List<PhraseHit> warnings) {
    }

    @Transactional
    public Outcome notice(UUID hotspotId, Actor actor, HotspotRequests.Notice notice) {
        if (Boolean.FALSE.equals(notice.customerFacing())) {
            throw ProblemException.invalid("customerFacing", "a hotspot notice reaches every customer: true or left out");
        }
        Hotspot hotspot = Hotspot.lockForChange(hotspotId);
        Instant now = changes.now();
        Outcome outcome = onEachOpenTicket(hotspot, actor, t -> t.recordContact(notice.channel(), notice.summary(),
                true, notice.text().strip(), hotspot.id, changes.termsOf(t), actor, now));
        hotspot.noticeSent(notice.text().strip(), notice.expectedRestoreAt(), now);
        return outcome;
    }

    @Transactional
    public Outcome resolve(UUID hotspotId, Actor actor, StepRequests.Findings findings) {
        List<StepFacts.Department> departments = StepRequests.Department.facts(findings.responsibleDepartments());
        LoopRules.findingsComplete(findings.findings(), findings.rootCause(), departments);
        Hotspot hotspot = Hotspot.lockForChange(hotspotId);
        hotspot.requireNotResolved();
        Instant now = changes.now();
        Outcome outcome = onEachOpenTicket(hotspot, actor, t -> t.recordFindings(findings.findings(),
                findings.rootCause(), departments, WorkOrder.countOpen(t.id), actor, now));
        hotspot.resolve(findings.findings(), findings.rootCause(), departments, actor, now);
        return outcome;
    }

    /**
     * Runs the transition on each open ticket of the hotspot. A ticket whose rules refuse it (not in that step yet,
     * work orders still open) is skipped with the rule's name; the transition refuses before it changes anything.
     * The customer-facing text is the same for every ticket, so it is checked for forbidden phrases once.
     */
    private Outcome onEachOpenTicket(Hotspot hotspot, Actor actor, Consumer<Ticket> transition) {
        List<TicketOutcome> applied = new ArrayList<>();
        List<TicketOutcome> skipped = new ArrayList<>();
        List<PhraseHit> hits = null;
        for (UUID id : hotspots.openTicketIds(hotspot.id)) {
            Ticket t = changes.load(id, null);
            Instant firstResponseBefore = t.firstResponseAt;
            try {
                transition.accept(t);
            } catch (ProblemException refused) {
                skipped.add(new TicketOutcome(t.id, t.number, t.status, false, refused.rule, refused.getMessage()));
                continue;
            }
            if (hits == null) {
                hits = changes.phraseHits(t.recorded());
            }
            changes.save(t, actor, hits);
            applied.add(new TicketOutcome(t.id, t.number, t.status,
                    firstResponseBefore == null && t.firstResponseAt != null, null, null));
        }
        return new Outcome(hotspot, applied, skipped, hits == null ? List.of() : hits);
    }
}
