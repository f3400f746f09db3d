-- Promises are tracked (issue 14, DESIGN §3): the agreement's promisedBy is a milestone of the ticket's SLA state.
-- It is met when the compensation step is done (the ticket leaves COMPENSATING / PENDING_APPROVAL for
-- FOLLOWING_UP); if it is not met by then, the sweep flags it broken once (SlaFlag.PROMISE_BROKEN). A reopened
-- ticket's new agreement starts a new promise: the three columns are set afresh (the earlier promise.broken event
-- stays on the timeline).
alter table ticket_sla
    add column promised_by       timestamptz,
    add column promise_met_at    timestamptz,
    add column promise_broken_at timestamptz;

-- Promises made before this migration: a ticket past its compensation step kept it, at the time of that step's
-- event; a ticket in compensation, or paused there, has not yet (the next sweep flags it if it is past due, once).
update ticket_sla s
set promised_by = t.promised_by,
    promise_met_at = case
        when t.status in ('COMPENSATING', 'PENDING_APPROVAL')
          or (t.status = 'AWAITING_CUSTOMER' and t.paused_from in ('COMPENSATING', 'PENDING_APPROVAL')) then null
        else coalesce((select max(e.occurred_at) from ticket_event e where e.ticket_id = t.id
                         and e.type in ('ticket.compensation_recorded', 'ticket.compensation_approved')),
                      t.updated_at)
    end
from ticket t
where t.id = s.ticket_id and t.promised_by is not null;

alter table ticket drop column promised_by;

-- SlaFlag.PROMISE_BROKEN's claim: where promised_by <= now and promised_by is not null and promise_met_at is null
-- and promise_broken_at is null order by promised_by (a promise is a date told to the customer: a pause does not
-- move or stop it). Only agreed, unsettled promises are in it: an intake's new row adds no entry.
create index ticket_sla_promise_due on ticket_sla (promised_by)
    where promised_by is not null and promise_met_at is null and promise_broken_at is null;

-- The board's brokenPromises list: where closed_at is null and promise_broken_at is not null
-- order by promised_by, ticket_id (keyset-paged)
create index ticket_sla_board_broken_promises on ticket_sla (promised_by, ticket_id)
    where closed_at is null and promise_broken_at is not null;
