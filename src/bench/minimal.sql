-- The database's limit for an intake (issue 16): one ticket-shaped row with four indexes and one timeline row, in
-- one transaction, nothing else (src/bench/minimal.pgbench). The tables copy the columns of ticket and ticket_event
-- and have none of their other indexes, constraints or triggers.
drop table if exists minimal_event, minimal_ticket;
create table minimal_ticket (like ticket including defaults);
alter table minimal_ticket add primary key (id);
create unique index on minimal_ticket (number);
create index on minimal_ticket (customer_phone, accepted_at desc);
create index on minimal_ticket (status, severity, accepted_at desc, id desc);
create table minimal_event (like ticket_event including defaults);
alter table minimal_event add primary key (id);
