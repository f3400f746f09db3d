-- GET /tickets?breached=true and ?atRisk=true list tickets newest accepted first, but their condition is on
-- ticket_sla while the order is on ticket: PostgreSQL walked ticket_list_order and probed ticket_sla for every
-- ticket until a page was found, through every newer ticket not breached (50 ms behind 4,000 fresh intakes, and
-- without bound at a year's size). ticket_sla now keeps its ticket's accepted_at as ticket_accepted_at (the name
-- ticket_event gives it), written at intake and never changed, and each SLA list has a partial index in the list's
-- order (TicketFilter orders those lists by it).
--
-- Locks: the backfill rewrites every ticket_sla row under ROW EXCLUSIVE (intake goes on; the sweep's flag updates
-- wait for it): 4.9 s at 300,000 tickets on the 2-core bench machine (2026-12-04).

alter table ticket_sla add column ticket_accepted_at timestamptz;
update ticket_sla s set ticket_accepted_at = t.accepted_at from ticket t where t.id = s.ticket_id;
alter table ticket_sla alter column ticket_accepted_at set not null;

-- archive.ticket_sla keeps ticket_sla's columns in the same order (V24)
alter table archive.ticket_sla add column ticket_accepted_at timestamptz;
update archive.ticket_sla s set ticket_accepted_at = t.accepted_at from archive.ticket t where t.id = s.ticket_id;
alter table archive.ticket_sla alter column ticket_accepted_at set not null;

-- GET /tickets?breached=true (SlaConditions.BREACHED)
create index ticket_sla_breached_list on ticket_sla (ticket_accepted_at desc, ticket_id desc)
    where response_breached_at is not null or resolution_breached_at is not null;
-- GET /tickets?atRisk=true (SlaConditions.AT_RISK)
create index ticket_sla_at_risk_list on ticket_sla (ticket_accepted_at desc, ticket_id desc)
    where closed_at is null and response_breached_at is null and resolution_breached_at is null
      and (response_at_risk_flagged_at is not null or resolution_at_risk_flagged_at is not null);
