-- Loopline schema, part 1: configuration, tickets, timeline, idempotency, outbox.
-- Times are timestamptz; enums are stored as their names so the database reads like the API.

-- Complaint categories, configurable per utility by admins (DESIGN §2).
create table category (
    code        varchar(64)  primary key,
    utilities   varchar(16)[] not null,
    label_zh    varchar(100) not null,
    label_en    varchar(100) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

-- Severity rules: each row is one named rule; a rule fires when every criterion it sets matches.
create table severity_rule (
    name             varchar(64)  primary key,
    position         integer      not null,
    description      varchar(300) not null,
    severity         varchar(16)  not null,
    enabled          boolean      not null default true,
    categories       varchar(64)[] not null default '{}',
    channels         varchar(32)[] not null default '{}',
    vulnerabilities  varchar(32)[] not null default '{}',
    requires_repeat  boolean      not null default false,
    updated_at       timestamptz  not null default now()
);

-- SLA targets per severity (DESIGN §4); due times are computed from these once, at intake.
create table sla_policy (
    severity                 varchar(16) primary key,
    first_response_seconds   bigint      not null check (first_response_seconds > 0),
    on_site_arrival_seconds  bigint      not null check (on_site_arrival_seconds > 0),
    resolution_seconds       bigint      not null check (resolution_seconds > 0),
    clock                    varchar(64) not null default '24x7',
    at_risk_percent          integer     not null default 80 check (at_risk_percent between 1 and 99),
    updated_at               timestamptz not null default now()
);

-- Human-readable ticket numbers: one counter per prefix and year (HT-2026-000123).
create table ticket_number_counter (
    prefix      varchar(8) not null,
    year        integer    not null,
    last_value  bigint     not null,
    primary key (prefix, year)
);

create table ticket (
    id                         uuid         primary key,
    number                     varchar(32)  not null unique,
    utility                    varchar(16)  not null,
    channel                    varchar(32)  not null,
    category                   varchar(64)  not null references category (code),
    customer_name              varchar(100) not null,
    customer_phone             varchar(20),
    customer_account           varchar(64),
    customer_vulnerabilities   varchar(32)[] not null default '{}',
    customer_language          varchar(8)   not null default 'zh',
    address                    varchar(300) not null,
    area_code                  varchar(32),
    description                varchar(4000) not null,
    occurred_at                timestamptz,
    accepted_at                timestamptz  not null,
    accepted_by                varchar(100) not null,
    status                     varchar(32)  not null,
    severity                   varchar(16)  not null,
    suggested_severity         varchar(16)  not null,
    severity_rules             varchar(64)[] not null default '{}',
    severity_reason            varchar(500),
    complaint_class            varchar(16)  not null,
    public_opinion_risk        boolean      not null default false,
    owner                      varchar(100) not null,
    -- SLA clocks: targets stored at intake; *_at_risk_at is when the at-risk share of the target has elapsed
    sla_clock                  varchar(64)  not null,
    response_due_at            timestamptz  not null,
    response_at_risk_at        timestamptz  not null,
    resolution_due_at          timestamptz  not null,
    resolution_at_risk_at      timestamptz  not null,
    first_response_at          timestamptz,
    response_at_risk_flagged_at   timestamptz,
    response_breached_at          timestamptz,
    resolution_at_risk_flagged_at timestamptz,
    resolution_breached_at        timestamptz,
    paused_at                  timestamptz,
    closed_at                  timestamptz,
    -- the timeline's length and last hash: deleting the newest event is detected too
    timeline_length            integer      not null default 0,
    timeline_head              varchar(64)  not null,
    updated_at                 timestamptz  not null,
    version                    bigint       not null default 0,
    constraint ticket_customer_reachable check (customer_phone is not null or customer_account is not null)
);

-- GET /tickets (default order, keyset paging): order by accepted_at desc, id desc
create index ticket_list_order on ticket (accepted_at desc, id desc);
-- repeat detection and GET /customers/history?phone=…: where customer_phone = ? order by accepted_at desc
create index ticket_by_phone on ticket (customer_phone, accepted_at desc) where customer_phone is not null;
-- repeat detection and GET /customers/history?account=…: where customer_account = ? order by accepted_at desc
create index ticket_by_account on ticket (customer_account, accepted_at desc) where customer_account is not null;

-- Repeat complaints: the new ticket links to each earlier one of the same customer and category.
create table ticket_repeat (
    ticket_id     uuid not null references ticket (id),
    repeat_of_id  uuid not null references ticket (id),
    primary key (ticket_id, repeat_of_id)
);

-- The timeline: append-only, one row per change, hash-chained per ticket (DESIGN §3).
-- payload is text, not jsonb, so the hashed bytes are exactly the stored bytes.
create table ticket_event (
    id           uuid         primary key,
    ticket_id    uuid         not null references ticket (id),
    seq          integer      not null,
    type         varchar(64)  not null,
    actor        varchar(100) not null,
    actor_role   varchar(32)  not null,
    occurred_at  timestamptz  not null,
    payload      text         not null,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null,
    -- GET /tickets/{id}/timeline: where ticket_id = ? order by seq
    unique (ticket_id, seq)
);

-- Idempotency-Key of POST /tickets: one row per (caller, key), holding the request's hash and the ticket.
create table idempotency_key (
    actor         varchar(100) not null,
    key           varchar(200) not null,
    request_hash  varchar(64)  not null,
    ticket_id     uuid         references ticket (id),
    created_at    timestamptz  not null,
    primary key (actor, key)
);

-- Outbound events, written in the same transaction as the change they announce (DESIGN §9).
create table outbox_event (
    id           uuid        primary key,
    type         varchar(64) not null,
    ticket_id    uuid,
    occurred_at  timestamptz not null,
    payload      text        not null,
    created_at   timestamptz not null
);
