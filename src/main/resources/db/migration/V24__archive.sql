-- Issue 18, item 3: closed tickets kept for loopline.archive.years, then moved to the schema `archive` a month at a
-- time (README "The archive of closed tickets"). Nothing there is deleted: the month's timeline partition is
-- detached and moved there whole, with its hash chains and the append-only trigger, and its tickets and their
-- rows are moved beside it. The archive's tables have the live ones' columns in the same order (ArchiveSchemaTest):
-- a migration that adds a column to a live table adds it to its archive table too.

create schema archive;

-- The months archived or being archived, by acceptance month in loopline.zone. ARCHIVING: marked, so that the
-- service answers its tickets as archived from now on; its timeline is detached once every instance has read the
-- mark, then its tickets are moved in batches. ARCHIVED: every ticket of the month is in the archive.
create table archive_month (
    month           date         primary key,
    starts_at       timestamptz  not null,
    ends_at         timestamptz  not null,
    state           varchar(16)  not null check (state in ('ARCHIVING', 'ARCHIVED')),
    marked_at       timestamptz  not null,
    -- the timeline partition once detached, e.g. archive.ticket_event_2021_03
    timeline_table  varchar(63),
    detached_at     timestamptz,
    archived_at     timestamptz,
    tickets         integer,
    events          bigint
);

create table archive.ticket (like public.ticket including defaults);
-- GET /archive/tickets/{id}
alter table archive.ticket add primary key (id);
-- the month's tickets, counted when it is archived
create index archive_ticket_accepted on archive.ticket (accepted_at);

create table archive.ticket_sla (like public.ticket_sla including defaults);
alter table archive.ticket_sla add primary key (ticket_id);

create table archive.ticket_repeat (like public.ticket_repeat including defaults);
alter table archive.ticket_repeat add primary key (ticket_id, repeat_of_id);

create table archive.escalation (like public.escalation including defaults);
alter table archive.escalation add primary key (id);
-- GET /archive/tickets/{id}: the ticket's escalations
create index archive_escalation_by_ticket on archive.escalation (ticket_id);

create table archive.work_order (like public.work_order including defaults);
alter table archive.work_order add primary key (id);
-- GET /archive/tickets/{id}: the ticket's work orders
create index archive_work_order_by_ticket on archive.work_order (ticket_id);

-- A live ticket may repeat one of an archived month (accepted days before it, in the month before): the link is
-- kept as it was and points into the archive, so it can no longer be a foreign key to the live table.
alter table ticket_repeat drop constraint ticket_repeat_repeat_of_id_fkey;

-- An Idempotency-Key answers retries for 7 days (Retention), a ticket is archived after years: the key's ticket
-- needs no foreign key (intake writes both in one transaction), and without it moving a ticket checks no key
-- table that has no index on ticket_id.
alter table idempotency_key drop constraint idempotency_key_ticket_id_fkey;

-- A ticket's work orders, all of them: GET /tickets/{id}/work-orders and WorkOrder.awaitingArrival
-- (where ticket_id = ? and arrived_at is null and cancelled_at is null), the findings step's open ones
-- (where ticket_id = ? and status in (…)), and the archive moving a ticket's work orders. The partial index it
-- replaces served only the last but one.
drop index work_order_by_ticket;
create index work_order_by_ticket on work_order (ticket_id);

-- Deleting an escalation checks that none climbed from it (the foreign key climbed_from): the archive deletes a
-- ticket's escalations, and without this each check read the whole table. Only the climbed ones are indexed.
create index escalation_climbed_from on escalation (climbed_from) where climbed_from is not null;

-- One attempt at the locks that detaching a month's timeline and dropping its foreign key need (Archive.detach): false, and nothing held,
-- when they are not granted within the transaction's lock_timeout (or PostgreSQL found the request in a deadlock
-- and chose it, rather than an intake, to give up). Without the exception block a timeout would
-- abort the caller's transaction and be logged as an error each time.
create function archive_lock_timeline() returns boolean language plpgsql as $$
begin
    -- in the order intake and the steps take them (a ticket row, then its events), so that a transaction already
    -- holding the ticket table can take the timeline and finish, rather than wait behind this request. The ticket
    -- table exclusively: dropping the detached partition's foreign key to it takes that lock, and asking for it
    -- only then, with intakes queued behind the weaker lock, was a deadlock every time.
    lock table ticket in access exclusive mode;
    lock table ticket_event in access exclusive mode;
    return true;
exception when lock_not_available or deadlock_detected then
    return false;
end $$;
