-- Escalation paths (DESIGN §5), field work orders (§6) and webhook delivery of the outbox (§9).

-- The resolution overrun: still unresolved a further 50 % of the resolution target after its due time (level 3).
alter table ticket
    add column resolution_overrun_at          timestamptz,
    add column resolution_overrun_flagged_at  timestamptz;
update ticket set resolution_overrun_at = resolution_due_at + (resolution_due_at - accepted_at) / 2;
alter table ticket alter column resolution_overrun_at set not null;
-- SlaSweep RESOLUTION_OVERRUN: where resolution_overrun_at <= now and closed_at is null
--   and resolution_overrun_flagged_at is null and paused_at is null order by resolution_overrun_at
create index ticket_resolution_overrun_due on ticket (resolution_overrun_at)
    where closed_at is null and resolution_overrun_flagged_at is null and paused_at is null;

-- How long each level may wait for its acknowledgement, per severity.
create table escalation_ack_target (
    level       integer     not null check (level between 1 and 3),
    severity    varchar(16) not null,
    seconds     bigint      not null check (seconds > 0),
    primary key (level, severity)
);
insert into escalation_ack_target (level, severity, seconds) values
    (1, 'URGENT', 900),   (1, 'IMPORTANT', 7200),  (1, 'ROUTINE', 28800),
    (2, 'URGENT', 1800),  (2, 'IMPORTANT', 14400), (2, 'ROUTINE', 86400),
    (3, 'URGENT', 3600),  (3, 'IMPORTANT', 28800), (3, 'ROUTINE', 172800);

create table escalation (
    id                uuid         primary key,
    ticket_id         uuid         not null references ticket (id),
    level             integer      not null check (level between 1 and 3),
    trigger           varchar(32)  not null,
    reason            varchar(1000) not null,
    target_role       varchar(32)  not null,
    raised_at         timestamptz  not null,
    raised_by         varchar(100) not null,
    ack_due_at        timestamptz  not null,
    acknowledged_at   timestamptz,
    acknowledged_by   varchar(100),
    ack_note          varchar(1000),
    overdue_at        timestamptz,
    climbed_at        timestamptz,
    climbed_from      uuid         references escalation (id),
    version           bigint       not null default 0
);
-- one open escalation per ticket and level
create unique index escalation_one_open_per_level on escalation (ticket_id, level)
    where acknowledged_at is null and climbed_at is null;
-- EscalationClimb: where ack_due_at <= now and acknowledged_at is null and overdue_at is null order by ack_due_at
create index escalation_ack_overdue on escalation (ack_due_at) where acknowledged_at is null and overdue_at is null;
-- GET /escalations: order by raised_at desc, id desc (filters by ticket use the unique index's prefix)
create index escalation_list_order on escalation (raised_at desc, id desc);
create index escalation_by_ticket on escalation (ticket_id, raised_at desc);

create table work_order (
    id                          uuid          primary key,
    ticket_id                   uuid          not null references ticket (id),
    steward                     varchar(100)  not null,
    instructions                varchar(2000) not null,
    status                      varchar(16)   not null,
    dispatched_at               timestamptz   not null,
    dispatched_by               varchar(100)  not null,
    accepted_at                 timestamptz,
    arrived_at                  timestamptz,
    completed_at                timestamptz,
    cancelled_at                timestamptz,
    cancel_reason               varchar(1000),
    arrival_due_at              timestamptz   not null,
    arrival_at_risk_at          timestamptz   not null,
    arrival_at_risk_flagged_at  timestamptz,
    arrival_breached_at         timestamptz,
    findings                    varchar(4000),
    measurements                text,
    actions                     varchar(4000),
    photos                      varchar(500)[] not null default '{}',
    version                     bigint        not null default 0
);
-- GET /work-orders for a steward: where steward = ? order by dispatched_at desc, id desc
create index work_order_by_steward on work_order (steward, dispatched_at desc, id desc);
-- the ticket's open work orders (findings wait for them)
create index work_order_by_ticket on work_order (ticket_id) where status in ('DISPATCHED', 'ACCEPTED', 'ON_SITE');
-- GET /work-orders for dispatchers: order by dispatched_at desc, id desc
create index work_order_list_order on work_order (dispatched_at desc, id desc);
-- SlaSweep ARRIVAL_AT_RISK / ARRIVAL_BREACHED: due and not yet flagged, before the steward arrived
create index work_order_arrival_at_risk_due on work_order (arrival_at_risk_at)
    where arrived_at is null and cancelled_at is null and arrival_at_risk_flagged_at is null;
create index work_order_arrival_breach_due on work_order (arrival_due_at)
    where arrived_at is null and cancelled_at is null and arrival_breached_at is null;

-- Webhooks and the delivery log of the outbox.
create table webhook (
    id          uuid          primary key,
    url         varchar(2000) not null,
    secret      varchar(200)  not null,
    events      varchar(64)[] not null,
    active      boolean       not null default true,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null
);

alter table outbox_event add column fanned_out_at timestamptz;
-- OutboxDispatcher fan-out: the outbox events not yet turned into deliveries, oldest first
create index outbox_event_pending on outbox_event (created_at) where fanned_out_at is null;

create table webhook_delivery (
    id                uuid         primary key,
    webhook_id        uuid         not null references webhook (id),
    event_id          uuid         not null references outbox_event (id),
    status            varchar(16)  not null,
    attempts          integer      not null default 0,
    next_attempt_at   timestamptz  not null,
    last_status       integer,
    last_error        varchar(500),
    delivered_at      timestamptz,
    created_at        timestamptz  not null,
    unique (webhook_id, event_id)
);
-- OutboxDispatcher delivery: where status = 'PENDING' and next_attempt_at <= now order by next_attempt_at
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- GET /admin/webhooks/{id}/deliveries: order by created_at desc, id desc
create index webhook_delivery_log on webhook_delivery (webhook_id, created_at desc, id desc);
