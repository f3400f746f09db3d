-- The SLA engine (DESIGN §4): versioned policies, business calendars, and the indexes the breach sweep and the
-- supervisors' board read.

-- Policies are versioned: a change adds a row, and each ticket keeps the version it was accepted under,
-- so a changed policy applies to tickets accepted after the change.
create table sla_policy_version (
    id                        bigserial    primary key,
    severity                  varchar(16)  not null,
    first_response_seconds    bigint       not null check (first_response_seconds > 0),
    on_site_arrival_seconds   bigint       not null check (on_site_arrival_seconds > 0),
    resolution_seconds        bigint       not null check (resolution_seconds > 0),
    clock                     varchar(64)  not null,
    at_risk_percent           integer      not null check (at_risk_percent between 1 and 99),
    first_response_channels   varchar(32)[] not null,
    created_at                timestamptz  not null default now(),
    created_by                varchar(100) not null
);
-- SlaPolicy.current(severity): where severity = ? order by id desc limit 1
create index sla_policy_version_current on sla_policy_version (severity, id desc);

insert into sla_policy_version (severity, first_response_seconds, on_site_arrival_seconds, resolution_seconds, clock,
                                at_risk_percent, first_response_channels, created_at, created_by)
select severity, first_response_seconds, on_site_arrival_seconds, resolution_seconds, clock, at_risk_percent,
       '{PHONE,SMS,VISIT,WECHAT,EMAIL,LETTER,OTHER,STEWARD_ARRIVAL}', updated_at, 'system'
from sla_policy;

alter table ticket add column sla_policy_id bigint references sla_policy_version (id);
update ticket t set sla_policy_id = (select max(v.id) from sla_policy_version v where v.severity = t.severity);
alter table ticket alter column sla_policy_id set not null;
drop table sla_policy;

-- Business calendars: working hours per weekday, holidays and make-up working days (调休), as JSON data.
create table sla_calendar (
    name        varchar(64)  primary key,
    zone        varchar(64)  not null,
    definition  text         not null,
    updated_at  timestamptz  not null default now()
);

-- Mainland China, 2026, after the State Council's holiday notice for 2026; admins keep it current.
insert into sla_calendar (name, zone, definition) values ('cn-mainland', 'Asia/Shanghai', '{
  "workingHours": {
    "MONDAY": ["08:30-12:00", "13:00-17:30"], "TUESDAY": ["08:30-12:00", "13:00-17:30"],
    "WEDNESDAY": ["08:30-12:00", "13:00-17:30"], "THURSDAY": ["08:30-12:00", "13:00-17:30"],
    "FRIDAY": ["08:30-12:00", "13:00-17:30"]
  },
  "holidays": ["2026-01-01", "2026-01-02", "2026-01-03",
               "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
               "2026-02-21", "2026-02-22", "2026-02-23",
               "2026-04-04", "2026-04-05", "2026-04-06",
               "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
               "2026-06-19", "2026-06-20", "2026-06-21",
               "2026-09-25", "2026-09-26", "2026-09-27",
               "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"],
  "makeUpWorkdays": {
    "2026-01-04": ["08:30-12:00", "13:00-17:30"], "2026-02-14": ["08:30-12:00", "13:00-17:30"],
    "2026-02-28": ["08:30-12:00", "13:00-17:30"], "2026-05-09": ["08:30-12:00", "13:00-17:30"],
    "2026-09-20": ["08:30-12:00", "13:00-17:30"], "2026-10-10": ["08:30-12:00", "13:00-17:30"]
  }
}');

-- The next SLA due time that matters: the first response while it is awaited, else the resolution.
alter table ticket add column next_due_at timestamptz generated always as (
    case when first_response_at is null then least(response_due_at, resolution_due_at) else resolution_due_at end
) stored;

-- The breach sweep: one partial index per flag, holding only what is due and not yet flagged, so a sweep's cost
-- grows with the tickets that are due, not with the open ones.
-- SlaSweep RESPONSE_AT_RISK: where response_at_risk_at <= now and first_response_at is null
--   and response_at_risk_flagged_at is null and paused_at is null order by response_at_risk_at
create index ticket_response_at_risk_due on ticket (response_at_risk_at)
    where first_response_at is null and response_at_risk_flagged_at is null and paused_at is null;
-- SlaSweep RESPONSE_BREACHED: … response_due_at <= now and first_response_at is null and response_breached_at is null
create index ticket_response_breach_due on ticket (response_due_at)
    where first_response_at is null and response_breached_at is null and paused_at is null;
-- SlaSweep RESOLUTION_AT_RISK: … resolution_at_risk_at <= now and closed_at is null
--   and resolution_at_risk_flagged_at is null
create index ticket_resolution_at_risk_due on ticket (resolution_at_risk_at)
    where closed_at is null and resolution_at_risk_flagged_at is null and paused_at is null;
-- SlaSweep RESOLUTION_BREACHED: … resolution_due_at <= now and closed_at is null and resolution_breached_at is null
create index ticket_resolution_breach_due on ticket (resolution_due_at)
    where closed_at is null and resolution_breached_at is null and paused_at is null;

-- The board's at-risk list (open, flagged at risk, not breached), oldest due first, keyset-paged.
create index ticket_board_at_risk on ticket (next_due_at, id)
    where closed_at is null and response_breached_at is null and resolution_breached_at is null
      and (response_at_risk_flagged_at is not null or resolution_at_risk_flagged_at is not null);
-- The board's breached list (open, any breach), oldest due first, keyset-paged.
create index ticket_board_breached on ticket (next_due_at, id)
    where closed_at is null and (response_breached_at is not null or resolution_breached_at is not null);
-- The board's counts of open tickets by severity and state.
create index ticket_board_open on ticket (severity, status) where closed_at is null;
