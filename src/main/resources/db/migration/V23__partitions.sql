-- Issue 18, item 2: the timeline, the outbox and the deliveries are partitioned by month (README "Partitions").
-- Each table's key is a time every row of its unique groups shares, so a unique constraint with the key added is
-- as strong as it was without it: a ticket's events carry the ticket's acceptance (its whole chain is one
-- partition), a delivery carries its event's creation. Months are cut at midnight in loopline.zone (${zone}).
-- The tables are rebuilt under an exclusive lock: rows copied, indexes and constraints built on the copies.

-- Creates the month's partition of `parent` unless it exists: made empty and attached (SHARE UPDATE EXCLUSIVE on
-- the parent, so intake goes on meanwhile). A month of which rows already fell into the default partition is left
-- there ('rows in default'): attaching it would have to move them. Partitions.ensureAhead calls it too.
create function month_partition(parent text, month date, zone text) returns text language plpgsql as $$
declare
    partition text := parent || '_' || to_char(month, 'YYYY_MM');
    lower_bound timestamptz := month::timestamp at time zone zone;
    upper_bound timestamptz := (month + interval '1 month')::timestamp at time zone zone;
    key text;
    misplaced boolean;
begin
    if to_regclass(partition) is not null then
        return 'exists';
    end if;
    select a.attname into key from pg_partitioned_table p
        join pg_attribute a on a.attrelid = p.partrelid and a.attnum = p.partattrs[0]
        where p.partrelid = parent::regclass;
    execute format('select exists (select 1 from %I where %I >= $1 and %I < $2)', parent || '_default', key, key)
        into misplaced using lower_bound, upper_bound;
    if misplaced then
        return 'rows in default';
    end if;
    execute format('create table %I (like %I including defaults)', partition, parent);
    execute format('alter table %I attach partition %I for values from (%L) to (%L)', parent, partition,
        lower_bound, upper_bound);
    return 'created';
end $$;

-- Every month from the oldest row's to three ahead of now.
create function month_partitions(parent text, oldest timestamptz, zone text) returns void language sql as $$
    select month_partition(parent, m::date, zone)
    from generate_series(date_trunc('month', coalesce(oldest, now()) at time zone zone),
                         date_trunc('month', now() at time zone zone) + interval '3 months', interval '1 month') m;
$$;

-- Puts `parent` aside as <parent>_unpartitioned and makes it again, partitioned by range of `key` (added as a
-- timestamptz column when the old table lacks it): the same columns (LIKE copies them with their NOT NULL), a
-- default partition, and the months from `oldest` to three ahead.
create function repartition(parent text, key text, oldest timestamptz, zone text) returns void language plpgsql as $$
declare
    aside text := parent || '_unpartitioned';
begin
    execute format('alter table %I rename to %I', parent, aside);
    execute format('create table %I (like %I including defaults%s) partition by range (%I)', parent, aside,
        case when exists (select 1 from pg_attribute where attrelid = aside::regclass and attname = key) then ''
             else format(', %I timestamptz not null', key) end, key);
    execute format('create table %I partition of %I default', parent || '_default', parent);
    perform month_partitions(parent, oldest, zone);
end $$;

lock table ticket_event, outbox_event, webhook_delivery in access exclusive mode;

-- The timeline, keyed by its ticket's acceptance.
select repartition('ticket_event', 'ticket_accepted_at', (select min(accepted_at) from ticket), '${zone}');
insert into ticket_event (id, ticket_id, seq, type, actor, actor_role, occurred_at, payload, prev_hash, hash,
        ticket_accepted_at)
    select e.id, e.ticket_id, e.seq, e.type, e.actor, e.actor_role, e.occurred_at, e.payload, e.prev_hash, e.hash,
           t.accepted_at
    from ticket_event_unpartitioned e join ticket t on t.id = e.ticket_id;
drop table ticket_event_unpartitioned;
alter table ticket_event add primary key (id, ticket_accepted_at);
-- GET /tickets/{id}/timeline and the chain's verification: where ticket_id = ? and ticket_accepted_at = ? order by seq
-- (one partition); one seq per ticket as before, a ticket having one acceptance
alter table ticket_event add constraint ticket_event_ticket_seq unique (ticket_id, seq, ticket_accepted_at);
alter table ticket_event add constraint ticket_event_ticket foreign key (ticket_id) references ticket (id);
-- on the partitioned table, so every partition has it, those made later too
create trigger ticket_event_append_only
    before update or delete on ticket_event
    for each row execute function ticket_event_is_append_only();

-- The outbox, keyed by its creation.
select repartition('outbox_event', 'created_at', (select min(created_at) from outbox_event), '${zone}');
insert into outbox_event (id, type, ticket_id, occurred_at, payload, created_at, fanned_out_at)
    select id, type, ticket_id, occurred_at, payload, created_at, fanned_out_at from outbox_event_unpartitioned;

-- The deliveries, keyed by their event's creation: an event's deliveries sit in its month.
select repartition('webhook_delivery', 'event_created_at', (select min(created_at) from outbox_event_unpartitioned),
    '${zone}');
insert into webhook_delivery (id, webhook_id, event_id, status, attempts, next_attempt_at, last_status, last_error,
        delivered_at, created_at, event_created_at)
    select d.id, d.webhook_id, d.event_id, d.status, d.attempts, d.next_attempt_at, d.last_status, d.last_error,
           d.delivered_at, d.created_at, e.created_at
    from webhook_delivery_unpartitioned d join outbox_event_unpartitioned e on e.id = d.event_id;
drop table webhook_delivery_unpartitioned;
drop table outbox_event_unpartitioned;

alter table outbox_event add primary key (id, created_at);
-- OutboxDispatcher fan-out: the outbox events not yet turned into deliveries, oldest first
create index outbox_event_pending on outbox_event (created_at) where fanned_out_at is null;
-- Retention: delete from outbox_event where created_at < ? and fanned_out_at is not null and no delivery is left
create index outbox_event_created on outbox_event using brin (created_at);

alter table webhook_delivery add primary key (id, event_created_at);
-- one delivery per webhook and event, as before: an event has one creation time
alter table webhook_delivery add constraint webhook_delivery_webhook_event
    unique (webhook_id, event_id, event_created_at);
alter table webhook_delivery add constraint webhook_delivery_webhook foreign key (webhook_id) references webhook (id);
alter table webhook_delivery add constraint webhook_delivery_event_exists
    foreign key (event_id, event_created_at) references outbox_event (id, created_at);
-- OutboxDispatcher delivery: where status = 'PENDING' and next_attempt_at <= now order by next_attempt_at
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- GET /admin/webhooks/{id}/deliveries: order by created_at desc, id desc
create index webhook_delivery_log on webhook_delivery (webhook_id, created_at desc, id desc);
-- Retention: delete from webhook_delivery where created_at < ? and status <> 'PENDING'
create index webhook_delivery_created on webhook_delivery using brin (created_at);
-- the event's deliveries: the "no delivery left" check of retention, and the foreign key's check when an event goes
create index webhook_delivery_event on webhook_delivery (event_id, event_created_at);

-- the migration's own helpers; month_partition stays for Partitions.ensureAhead
drop function repartition(text, text, timestamptz, text);
drop function month_partitions(text, timestamptz, text);
