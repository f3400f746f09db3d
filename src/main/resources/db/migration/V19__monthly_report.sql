-- The monthly report (issue 14, item 4) reads a month of tickets, up to a million, in one pass.

-- MonthlyReportService.ROWS: where accepted_at >= ? and accepted_at < ? group by utility, category, root_cause,
-- primary_department. The list-order index carries those columns too, so the month is an index-only range scan of
-- a narrow index rather than of the wide ticket table. Root cause and department are written by the findings step,
-- which changes the status (an indexed column) anyway, so carrying them adds no index write that was HOT before.
drop index ticket_list_order;
create index ticket_list_order on ticket (accepted_at desc, id desc)
    include (severity, satisfaction, utility, category, root_cause, primary_department);

-- MonthlyReportService.ROWS: the tickets with an on-site arrival breach (a few), a hash the month's tickets probe
create index work_order_arrival_breached on work_order (ticket_id) where arrival_breached_at is not null;
