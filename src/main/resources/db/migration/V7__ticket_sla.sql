-- A ticket's SLA state in its own narrow table (issue 6).
--
-- The sweep writes a flag on every due ticket. A flag column sits in its partial index's condition, so a flag is
-- never a HOT update: on the wide ticket row it wrote a new entry into every index of the ticket, and the ticket
-- list needs more of them. Here the flags, the due times and what ends or stops the clocks live in ticket_sla,
-- one row per ticket, with only the sweep's and the board's indexes. The sweep's other write to the ticket, the
-- timeline's head, touches no indexed column and, with room left on each page (fillfactor), stays a HOT update.

create table ticket_sla (
    ticket_id                     uuid        primary key references ticket (id),
    response_due_at               timestamptz not null,
    response_at_risk_at           timestamptz not null,
    resolution_due_at             timestamptz not null,
    resolution_at_risk_at         timestamptz not null,
    resolution_overrun_at         timestamptz not null,
    first_response_at             timestamptz,
    response_at_risk_flagged_at   timestamptz,
    response_breached_at          timestamptz,
    resolution_at_risk_flagged_at timestamptz,
    resolution_breached_at        timestamptz,
    resolution_overrun_flagged_at timestamptz,
    paused_at                     timestamptz,
    closed_at                     timestamptz,
    -- The next SLA due time that matters: the first response while it is awaited, else the resolution.
    next_due_at                   timestamptz generated always as (
        case when first_response_at is null then least(response_due_at, resolution_due_at) else resolution_due_at end
    ) stored
);

insert into ticket_sla (ticket_id, response_due_at, response_at_risk_at, resolution_due_at, resolution_at_risk_at,
                        resolution_overrun_at, first_response_at, response_at_risk_flagged_at, response_breached_at,
                        resolution_at_risk_flagged_at, resolution_breached_at, resolution_overrun_flagged_at,
                        paused_at, closed_at)
select id, response_due_at, response_at_risk_at, resolution_due_at, resolution_at_risk_at,
       resolution_overrun_at, first_response_at, response_at_risk_flagged_at, response_breached_at,
       resolution_at_risk_flagged_at, resolution_breached_at, resolution_overrun_flagged_at,
       paused_at, closed_at
from ticket;

-- Dropping the columns drops the sweep's and the board's indexes on ticket with them.
alter table ticket
    drop column next_due_at,
    drop column response_due_at,
    drop column response_at_risk_at,
    drop column resolution_due_at,
    drop column resolution_at_risk_at,
    drop column resolution_overrun_at,
    drop column first_response_at,
    drop column response_at_risk_flagged_at,
    drop column response_breached_at,
    drop column resolution_at_risk_flagged_at,
    drop column resolution_breached_at,
    drop column resolution_overrun_flagged_at,
    drop column paused_at,
    drop column closed_at;

-- Room on each page for the new version of a row, so the timeline head's update stays on its page (HOT); and a
-- vacuum after 2 % of the rows changed rather than 20 %, so the visibility map stays set and the board's
-- index-only count of open tickets rarely visits the table.
alter table ticket set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02);

-- The breach sweep: one partial index per flag, holding only what is due and not yet flagged, so a sweep's cost
-- grows with the tickets that are due, not with the open ones (SlaFlag's claim statements).
create index ticket_sla_response_at_risk_due on ticket_sla (response_at_risk_at)
    where first_response_at is null and response_at_risk_flagged_at is null and paused_at is null;
create index ticket_sla_response_breach_due on ticket_sla (response_due_at)
    where first_response_at is null and response_breached_at is null and paused_at is null;
create index ticket_sla_resolution_at_risk_due on ticket_sla (resolution_at_risk_at)
    where closed_at is null and resolution_at_risk_flagged_at is null and paused_at is null;
create index ticket_sla_resolution_breach_due on ticket_sla (resolution_due_at)
    where closed_at is null and resolution_breached_at is null and paused_at is null;
create index ticket_sla_resolution_overrun_due on ticket_sla (resolution_overrun_at)
    where closed_at is null and resolution_overrun_flagged_at is null and paused_at is null;

-- The board's at-risk list (open, flagged at risk, not breached), oldest due first, keyset-paged.
create index ticket_sla_board_at_risk on ticket_sla (next_due_at, ticket_id)
    where closed_at is null and response_breached_at is null and resolution_breached_at is null
      and (response_at_risk_flagged_at is not null or resolution_at_risk_flagged_at is not null);
-- The board's breached list (open, any breach), oldest due first, keyset-paged.
create index ticket_sla_board_breached on ticket_sla (next_due_at, ticket_id)
    where closed_at is null and (response_breached_at is not null or resolution_breached_at is not null);

-- The board's counts of open tickets by severity and state (a ticket is closed exactly when its status is CLOSED).
create index ticket_board_open on ticket (severity, status) where status <> 'CLOSED';

-- GET /tickets filters that can match few tickets, each index in the list's order so a page is an index range
-- (a filter that matches many tickets walks ticket_list_order instead):
-- where area_code = ? order by accepted_at desc, id desc
create index ticket_by_area on ticket (area_code, accepted_at desc, id desc) where area_code is not null;
-- where owner = ? and status = ? order by accepted_at desc, id desc
create index ticket_by_owner on ticket (owner, status, accepted_at desc, id desc);
-- where status = ? [and severity = ?] order by accepted_at desc, id desc
create index ticket_by_status on ticket (status, severity, accepted_at desc, id desc);
-- The planner's view of combined filters: an owner without tickets in a state, or a state without urgent tickets,
-- is known to match nothing, so such a page is read from the index above and not by walking the whole list.
create statistics ticket_owner_status (mcv) on owner, status from ticket;
create statistics ticket_status_severity (mcv) on status, severity from ticket;
