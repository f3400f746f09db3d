-- Policy values that were hard-coded become part of each policy version, so a ticket keeps the values it was
-- accepted under: the level-3 overrun (a share of the resolution target past its due time), the currency of
-- the policy's amounts, and what a missed milestone earns the customer.
alter table sla_policy_version
    add column overrun_percent integer not null default 50 check (overrun_percent between 1 and 1000),
    add column currency varchar(3) not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    add column breach_compensation jsonb not null default '[]'
        check (jsonb_typeof(breach_compensation) = 'array');
