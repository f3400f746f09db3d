-- The board's counts of open tickets by severity and state, kept by the database as tickets change (issue 6).
--
-- Counting the open tickets' index every few seconds cost about a second of CPU at a million tickets, on the
-- same cores that answer the board. Here each change of a ticket's state or severity adds to and takes from
-- these rows in its own transaction, so the counts are exact and reading them is a sum over a few hundred rows.
-- Each database connection writes its own rows (slot = its backend pid): concurrent intakes never wait on one
-- counter, and no two transactions lock the same rows in different orders. Slot 0 holds what gone
-- connections left behind (BoardSnapshot folds their rows into it).
create table ticket_open_count (
    severity  varchar(16) not null,
    status    varchar(32) not null,
    slot      integer     not null,
    tickets   bigint      not null,
    primary key (severity, status, slot)
);

insert into ticket_open_count (severity, status, slot, tickets)
select severity, status, 0, count(*) from ticket where status <> 'CLOSED' group by severity, status;

-- Inserts, per statement (a bulk load adds one row per severity and state, not one per ticket).
create function ticket_open_count_inserted() returns trigger language plpgsql as $$
begin
    insert into ticket_open_count as c (severity, status, slot, tickets)
    select severity, status, pg_backend_pid(), count(*) from inserted where status <> 'CLOSED'
    group by severity, status
    on conflict (severity, status, slot) do update set tickets = c.tickets + excluded.tickets;
    return null;
end $$;

create trigger ticket_open_count_insert after insert on ticket
    referencing new table as inserted
    for each statement execute function ticket_open_count_inserted();

-- A change of state or severity (closing included), per row; the sweep's writes change neither and never fire it.
create function ticket_open_count_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'CLOSED' then
        insert into ticket_open_count as c (severity, status, slot, tickets)
        values (old.severity, old.status, pg_backend_pid(), -1)
        on conflict (severity, status, slot) do update set tickets = c.tickets - 1;
    end if;
    if tg_op = 'UPDATE' and new.status <> 'CLOSED' then
        insert into ticket_open_count as c (severity, status, slot, tickets)
        values (new.severity, new.status, pg_backend_pid(), 1)
        on conflict (severity, status, slot) do update set tickets = c.tickets + 1;
    end if;
    return null;
end $$;

create trigger ticket_open_count_update after update of status, severity on ticket
    for each row when (old.status is distinct from new.status or old.severity is distinct from new.severity)
    execute function ticket_open_count_changed();

create trigger ticket_open_count_delete after delete on ticket
    for each row execute function ticket_open_count_changed();

-- The count no longer reads the ticket table.
drop index ticket_board_open;

-- The board's period figures read the accepted time, severity and satisfaction of every ticket of the last 30
-- days: the list-order index carries the two columns too, so that read is an index-only scan of a narrow index
-- instead of a scan of the wide ticket table (both change only with a change of state, never HOT anyway).
drop index ticket_list_order;
create index ticket_list_order on ticket (accepted_at desc, id desc) include (severity, satisfaction);
