-- Synthetic tickets for the benchmarks, straight into PostgreSQL.
-- psql variables: kind = open | closed, first, last (the range of sequence numbers to create), days and spread (the
-- closed ones are accepted over the last `days` days, number g at (g * spread) seconds modulo that span: the SLA
-- benchmark takes 90 and 1, a province's year 365 and the span's seconds over its number of tickets, so that
-- numbers rise with time as they do).
-- Open tickets have nothing due (all due times in the future); 3 % are already flagged at risk and 2 % breached,
-- so the board's lists have content. Closed tickets have response and close times,
-- satisfaction and some breaches, for the board's period figures. Tickets past their findings carry a root cause
-- and a primary department, those past their agreement a promise (5 % of the closed ones broken, 1 % of the
-- compensating ones), and one in 20 repeats the ticket before it, for the monthly report.
with x as materialized (
    select gen_random_uuid() as id, s.*
    from (
        select g,
               (array['URGENT','IMPORTANT','IMPORTANT','ROUTINE','ROUTINE','ROUTINE'])[1 + g % 6] as severity,
               case when :'kind' = 'closed' then 'CLOSED'
                    else (array['ACCEPTED','INVESTIGATING','INVESTIGATING','INVESTIGATING','INVESTIGATING',
                                'NEGOTIATING','NEGOTIATING','COMPENSATING','FOLLOWING_UP','FOLLOWING_UP'])[1 + g % 10]
               end as status,
               accepted,
               case when :'kind' = 'closed' then accepted + interval '1 day'
                    else now() + interval '1 hour' + (g % 1440) * interval '1 minute' end as response_due,
               case when :'kind' = 'closed' then accepted + interval '3 days'
                    else now() + interval '1 day' + (g % 10080) * interval '1 minute' end as resolution_due,
               case when :'kind' = 'open' and g % 10 = 0 then null
                    else accepted + ((g * 37) % 480 + 5) * interval '1 minute' end as first_response,
               case when :'kind' = 'closed' then accepted + ((g * 13) % 7200 + 600) * interval '1 minute' end as closed,
               case when :'kind' = 'closed' then accepted + interval '2 days'
                    when g % 100 = 7 then now() - interval '1 hour'
                    when g % 10 in (7, 8, 9) then now() + interval '1 day' end as promised
        from (
            select g,
                   case when :'kind' = 'closed'
                        then now() - :days * interval '1 day' + ((g * :spread) % (:days * 86400)) * interval '1 second'
                        else now() - (g % 21600) * interval '1 second' end as accepted
            from generate_series(:first::bigint, :last::bigint) g
        ) base
    ) s
), t as (
    insert into ticket (id, number, utility, channel, category, customer_name, customer_phone, customer_account,
        customer_vulnerabilities, customer_language, address, area_code, description, occurred_at, accepted_at,
        accepted_by, status, severity, suggested_severity, severity_rules, complaint_class, public_opinion_risk,
        owner, sla_clock, sla_policy_id, satisfaction, contact_count, timeline_length, timeline_head, updated_at,
        version, root_cause, primary_department)
    select id,
           'BM-' || lpad(g::text, 9, '0'),
           (array['HEATING','POWER','WATER','GAS'])[1 + g % 4],
           (array['HOTLINE','HOTLINE','HOTLINE','GOV_HOTLINE_12345','APP','WECHAT'])[1 + g % 6],
           (array['SERVICE_ATTITUDE','REPAIR_DELAY','PROPERTY_BOUNDARY','OTHER'])[1 + g % 4],
           '用户' || g,
           '+86139' || lpad((g % 100000000)::text, 8, '0'),
           'ACC-' || g,
           case when g % 17 = 0 then '{ELDERLY_ALONE}'::varchar[] else '{}'::varchar[] end,
           'zh',
           '幸福小区 ' || (g % 800) || '号楼',
           'AREA-' || (g % 800),
           '合成的基准测试工单',
           accepted - interval '2 hours',
           accepted,
           'agent.' || (g % 60),
           status,
           severity, severity, '{}', 'ORDINARY', false,
           'agent.' || (g % 60),
           '24x7',
           (select max(v.id) from sla_policy_version v where v.severity = x.severity),
           case when closed is not null then 1 + (g * 7) % 5 end,
           case when first_response is null then 0 else 1 end,
           0, repeat('0', 64), now(), 0,
           case when :'kind' = 'closed' or g % 10 >= 5 then (array['SERVICE','PRODUCT','CUSTOMER'])[1 + g % 3] end,
           case when :'kind' = 'closed' or g % 10 >= 5
                then (array['管网运行部','客服中心','计量中心','抢修队','营业厅'])[1 + (g / 7) % 5] end
    from x
), r as (
    insert into ticket_repeat (ticket_id, repeat_of_id)
    select id, previous from (select id, g, lag(id) over (order by g) as previous from x) y
    where g % 20 = 0 and previous is not null
)
insert into ticket_sla (ticket_id, response_due_at, response_at_risk_at, resolution_due_at, resolution_at_risk_at,
    resolution_overrun_at, first_response_at, response_at_risk_flagged_at, response_breached_at,
    resolution_at_risk_flagged_at, resolution_breached_at, closed_at, resolution_started_at, promised_by,
    promise_met_at, promise_broken_at, ticket_accepted_at)
select id,
       response_due, response_due - interval '30 minutes', resolution_due, resolution_due - interval '6 hours',
       resolution_due + interval '36 hours',
       first_response,
       null,
       case when :'kind' = 'closed' and g % 25 = 0 then first_response end,
       case when :'kind' = 'open' and g % 100 < 5 then now() - interval '1 hour' end,
       case when (:'kind' = 'open' and g % 100 < 2) or (:'kind' = 'closed' and g % 12 = 0) then now() end,
       closed,
       accepted,
       promised,
       case when closed is not null then closed - interval '1 hour' end,
       case when (closed is not null and g % 20 = 0) or (closed is null and g % 100 = 7) then promised end,
       accepted
from x;
