-- Breach-linked compensation (DESIGN §3): what the missed milestones earn the customer under the ticket's policy,
-- set when the ticket reaches compensation; the agent takes it, raises it, or declines it with a reason.
alter table ticket
    add column proposed_compensation_amount     numeric(12, 2),
    add column proposed_compensation_currency   varchar(3),
    add column proposed_compensation_milestones text[];
