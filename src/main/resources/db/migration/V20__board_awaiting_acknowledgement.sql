-- The board's awaitingAcknowledgement list (issue 14, item 6): the open escalations — not acknowledged, not climbed,
-- not closed — oldest acknowledgement deadline first, keyset-paged:
-- where acknowledged_at is null and climbed_at is null and closed_at is null order by ack_due_at, id
create index escalation_board_awaiting_ack on escalation (ack_due_at, id)
    where acknowledged_at is null and climbed_at is null and closed_at is null;
