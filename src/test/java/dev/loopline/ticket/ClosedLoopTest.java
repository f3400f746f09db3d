package dev.loopline.ticket;

import static dev.loopline.ticket.TicketStatus.ACCEPTED;
import static dev.loopline.ticket.TicketStatus.AWAITING_CUSTOMER;
import static dev.loopline.ticket.TicketStatus.CLOSED;
import static dev.loopline.ticket.TicketStatus.COMPENSATING;
import static dev.loopline.ticket.TicketStatus.FOLLOWING_UP;
import static dev.loopline.ticket.TicketStatus.INVESTIGATING;
import static dev.loopline.ticket.TicketStatus.NEGOTIATING;
import static dev.loopline.ticket.TicketStatus.PENDING_APPROVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopline.common.ProblemException;
import dev.loopline.ticket.TicketStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state × action pair of the closed loop, without Quarkus. */
class ClosedLoopTest {

    private static final Set<TicketStatus> OPEN = EnumSet.complementOf(EnumSet.of(CLOSED));

    private static final Map<Action, Set<TicketStatus>> EXPECTED = Map.ofEntries(
            Map.entry(Action.LOG_CONTACT, OPEN),
            Map.entry(Action.START_INVESTIGATION, EnumSet.of(ACCEPTED)),
            Map.entry(Action.RECORD_FINDINGS, EnumSet.of(INVESTIGATING)),
            Map.entry(Action.REACH_AGREEMENT, EnumSet.of(NEGOTIATING)),
            Map.entry(Action.RECORD_COMPENSATION, EnumSet.of(COMPENSATING)),
            Map.entry(Action.DECIDE_APPROVAL, EnumSet.of(PENDING_APPROVAL)),
            Map.entry(Action.SIGN_OFF_CLOSURE, OPEN),
            Map.entry(Action.RECORD_FOLLOW_UP, EnumSet.of(FOLLOWING_UP)),
            Map.entry(Action.PAUSE, EnumSet.of(ACCEPTED, INVESTIGATING, NEGOTIATING, COMPENSATING, FOLLOWING_UP)),
            Map.entry(Action.RESUME, EnumSet.of(AWAITING_CUSTOMER)),
            Map.entry(Action.REOPEN, EnumSet.of(FOLLOWING_UP, CLOSED)),
            Map.entry(Action.UPDATE, OPEN),
            Map.entry(Action.DISPATCH_WORK_ORDER, EnumSet.of(ACCEPTED, INVESTIGATING)));

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(TicketStatus.values())
                .flatMap(status -> Stream.of(Action.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void eachStateAdmitsExactlyItsActions(TicketStatus status, Action action) {
        boolean expected = EXPECTED.get(action).contains(status);
        assertThat(ClosedLoop.admits(status, action)).isEqualTo(expected);
        if (expected) {
            ClosedLoop.require(status, action);
        } else {
            assertThatThrownBy(() -> ClosedLoop.require(status, action))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.rule).isEqualTo(ClosedLoop.STEPS_IN_ORDER));
        }
    }

    @ParameterizedTest(name = "{0} leads to {1}")
    @MethodSource("stepsAndTargets")
    void eachStepLeadsToTheNextOneInOrder(Action step, TicketStatus target) {
        assertThat(ClosedLoop.afterStep(step)).isEqualTo(target);
    }

    static Stream<Arguments> stepsAndTargets() {
        return Stream.of(
                Arguments.of(Action.START_INVESTIGATION, INVESTIGATING),
                Arguments.of(Action.RECORD_FINDINGS, NEGOTIATING),
                Arguments.of(Action.REACH_AGREEMENT, COMPENSATING),
                Arguments.of(Action.RECORD_COMPENSATION, FOLLOWING_UP),
                Arguments.of(Action.DECIDE_APPROVAL, FOLLOWING_UP),
                Arguments.of(Action.RECORD_FOLLOW_UP, CLOSED),
                Arguments.of(Action.REOPEN, INVESTIGATING));
    }
}
