-- The ticket owns its rules (issue 12): due times on the policy's own clock, reopen targets, pausing work orders,
-- escalations closed with their ticket, the complaint class in the authority matrix.

-- Changing a ticket's class (e.g. MAJOR → ORDINARY, which would skip the closing sign-off) is a decision of the matrix.
alter table authority_limit add column may_change_class boolean not null default false;
update authority_limit set may_change_class = true where role in ('supervisor', 'manager');

-- Due times are start + target + paused time, all counted on the policy's clock (Ticket.schedule): the counted
-- pause since acceptance (first response) and since the current resolution target started (acceptance or reopen).
-- Earlier pauses were moved by wall-clock time; their wall-clock seconds are the best record of them.
alter table ticket_sla
    add column resolution_started_at             timestamptz,
    add column paused_counted_micros             bigint not null default 0,
    add column resolution_paused_counted_micros  bigint not null default 0,
    -- a breach of the resolution target before a reopen: on record, counted by reports, not flagged again
    add column earlier_resolution_breached_at    timestamptz;
update ticket_sla s set resolution_started_at = t.accepted_at, paused_counted_micros = t.paused_seconds * 1000000,
    resolution_paused_counted_micros = t.paused_seconds * 1000000
from ticket t where t.id = s.ticket_id;
alter table ticket_sla alter column resolution_started_at set not null;

-- A paused ticket stops its open work orders' arrival clocks; resume moves them by the counted pause.
alter table work_order
    add column paused_at              timestamptz,
    add column paused_counted_micros bigint not null default 0;
update work_order w set paused_at = s.paused_at
from ticket_sla s where s.ticket_id = w.ticket_id and s.paused_at is not null
  and w.arrived_at is null and w.cancelled_at is null;
-- SlaFlag ARRIVAL_AT_RISK / ARRIVAL_BREACHED: due, not arrived, not cancelled, not paused, not yet flagged
drop index work_order_arrival_at_risk_due;
drop index work_order_arrival_breach_due;
create index work_order_arrival_at_risk_due on work_order (arrival_at_risk_at)
    where arrived_at is null and cancelled_at is null and paused_at is null and arrival_at_risk_flagged_at is null;
create index work_order_arrival_breach_due on work_order (arrival_due_at)
    where arrived_at is null and cancelled_at is null and paused_at is null and arrival_breached_at is null;

-- Closing a ticket closes its open escalations (escalation.closed); an open escalation is neither acknowledged,
-- climbed nor closed.
alter table escalation
    add column closed_at    timestamptz,
    add column close_reason varchar(200);
update escalation e set closed_at = s.closed_at, close_reason = 'ticket closed'
from ticket_sla s where s.ticket_id = e.ticket_id and s.closed_at is not null
  and e.acknowledged_at is null and e.climbed_at is null;
drop index escalation_one_open_per_level;
create unique index escalation_one_open_per_level on escalation (ticket_id, level)
    where acknowledged_at is null and climbed_at is null and closed_at is null;
-- EscalationClimb: where ack_due_at <= now and still open and not yet overdue, order by ack_due_at
drop index escalation_ack_overdue;
create index escalation_ack_overdue on escalation (ack_due_at)
    where acknowledged_at is null and overdue_at is null and closed_at is null;
