-- The five-step closed loop (DESIGN §3), authority (§5) and forbidden phrases (§8).

-- What each step left on the ticket, for views, reports and the SLA board; the full records are timeline events.
alter table ticket
    add column paused_from              varchar(32),
    add column paused_seconds           bigint        not null default 0,
    add column contact_count            integer       not null default 0,
    add column root_cause               varchar(16),
    add column primary_department       varchar(100),
    add column promised_by              timestamptz,
    add column compensation_type        varchar(32),
    add column compensation_amount      numeric(12, 2),
    add column compensation_currency    varchar(3),
    add column compensation_requested_by varchar(100),
    add column closure_signed_off_by    varchar(100),
    add column satisfaction             smallint check (satisfaction between 1 and 5),
    add column reopen_count             integer       not null default 0;

-- The timeline is append-only: the database refuses to change or delete an event (the hash chain detects
-- what slips past, e.g. a superuser who disables triggers).
create function ticket_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ticket_event is append-only';
end $$;

create trigger ticket_event_append_only
    before update or delete on ticket_event
    for each row execute function ticket_event_is_append_only();

-- The authority matrix (处理权限): what each role may decide.
create table authority_limit (
    role                      varchar(32)    primary key,
    compensation_limit        numeric(12, 2) not null check (compensation_limit >= 0),
    may_downgrade_severity    boolean        not null default false,
    may_sign_off_closure      boolean        not null default false,
    updated_at                timestamptz    not null default now()
);

insert into authority_limit (role, compensation_limit, may_downgrade_severity, may_sign_off_closure) values
    ('agent',      200.00,   false, false),
    ('supervisor', 2000.00,  true,  true),
    ('manager',    20000.00, true,  true);

-- 服务禁语: customer-facing text containing one of these is flagged (never blocked).
create table forbidden_phrase (
    phrase      varchar(100) primary key,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now()
);

insert into forbidden_phrase (phrase) values
    ('这是规定'),
    ('我们也没有办法'),
    ('你没看清楚吗'),
    ('这是老旧房子'),
    ('温度就只能这样了'),
    ('对对对，你说的都对'),
    ('对对对,你说的都对');
