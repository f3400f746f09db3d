-- Hotspots (issue 14, DESIGN §2): N matching tickets within a window raise one incident that supervisors handle
-- as one. The rules are data; one cluster is one hotspot even when intakes race on several instances.

create table hotspot_rule (
    name        varchar(64)  primary key,
    position    integer      not null,
    description varchar(500) not null,
    enabled     boolean      not null default true,
    -- how many matching open tickets within the window raise a hotspot
    threshold   integer      not null check (threshold between 2 and 10000),
    window_seconds bigint    not null check (window_seconds between 60 and 2678400),
    -- what a cluster's tickets share: a subset of UTILITY, CATEGORY, AREA (never empty)
    match_on    varchar(16)[] not null check (cardinality(match_on) > 0),
    -- the rule's categories, one group when CATEGORY is matched (empty: every category, each its own cluster)
    categories  varchar(64)[] not null default '{}',
    -- the utilities it applies to (empty: all)
    utilities   varchar(16)[] not null default '{}',
    updated_at  timestamptz  not null default now()
);

insert into hotspot_rule (name, position, description, threshold, window_seconds, match_on) values
  ('SAME_PROBLEM_IN_ONE_AREA', 10, '5 tickets of one utility and category in one area within 2 hours', 5, 7200,
     '{UTILITY,CATEGORY,AREA}');

create table hotspot (
    id               uuid         primary key,
    rule_name        varchar(64)  not null references hotspot_rule (name),
    -- the cluster: the rule and the values of what it matches on; category is the rule's group label when grouped
    cluster_key      varchar(400) not null,
    utility          varchar(16),
    category         varchar(64),
    categories       varchar(64)[] not null,
    area_code        varchar(64),
    status           varchar(16)  not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    ticket_count     integer      not null,
    first_at         timestamptz  not null,
    last_at          timestamptz  not null,
    opened_at        timestamptz  not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(200),
    acknowledge_note varchar(2000),
    notice_count     integer      not null default 0,
    last_notice_at   timestamptz,
    expected_restore_at timestamptz,
    resolved_at      timestamptz,
    resolved_by      varchar(200),
    findings         varchar(4000),
    root_cause       varchar(16),
    responsible_departments jsonb,
    version          bigint       not null default 0
);
-- HotspotDetection: the one open hotspot of a cluster (also what makes a second one impossible)
create unique index hotspot_one_open_per_cluster on hotspot (cluster_key) where status <> 'RESOLVED';
-- GET /hotspots and the monthly report: newest first, a month's hotspots by opened_at
create index hotspot_list_order on hotspot (opened_at desc, id desc);
-- the board: the hotspots that still take tickets, oldest first (Hotspots.takingTickets)
create index hotspot_taking_tickets on hotspot (opened_at, id) where status <> 'RESOLVED';

alter table ticket add column hotspot_id uuid references hotspot (id);
-- GET /hotspots/{id}: a hotspot's tickets
create index ticket_by_hotspot on ticket (hotspot_id, accepted_at) where hotspot_id is not null;
