-- Ticket numbers from one sequence per utility prefix. The counter row of V1 was locked from an intake's number
-- until its commit, so every intake of a utility waited for the one before it; nextval never waits.
-- Numbers stay unique per year (and overall); they no longer restart at 000001 each January.
create sequence ticket_number_ht;
create sequence ticket_number_pw;
create sequence ticket_number_wa;
create sequence ticket_number_gs;
select setval('ticket_number_ht', coalesce((select max(last_value) from ticket_number_counter where prefix = 'HT'), 0) + 1, false);
select setval('ticket_number_pw', coalesce((select max(last_value) from ticket_number_counter where prefix = 'PW'), 0) + 1, false);
select setval('ticket_number_wa', coalesce((select max(last_value) from ticket_number_counter where prefix = 'WA'), 0) + 1, false);
select setval('ticket_number_gs', coalesce((select max(last_value) from ticket_number_counter where prefix = 'GS'), 0) + 1, false);
drop table ticket_number_counter;
