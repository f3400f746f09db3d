-- What a year of tickets leaves besides the ticket rows (src/bench/tickets.sql made them), straight into PostgreSQL,
-- for the tickets numbered first..last (psql variables): the loop's events on each timeline, as many as its status
-- has come through (a closed ticket: accepted, a contact, investigation, findings, agreement, follow-up, closed,
-- and a compensation for one in ten); a work order for one in three, completed when the ticket is past its
-- findings; an escalation for one in 33, acknowledged; and the outbox events with one webhook's deliveries, and
-- the Idempotency-Keys, that the retention job keeps (30 and 7 days). The hashes are random: a chain the benchmark
-- verifies is logged through the API. Payloads are about the size the service writes.
-- the year's months have their partitions (V23's month_partition, as the service makes them), as in a database
-- written over that year: rows of a month without one would all sit in the default partitions
select month_partition(t, (date_trunc('month', now() at time zone 'Asia/Shanghai')
                           - m * interval '1 month')::date, 'Asia/Shanghai')
from unnest(array['ticket_event', 'outbox_event', 'webhook_delivery']) t, generate_series(0, 13) m;

create temporary table picked as
select t.id, t.number, t.status, t.accepted_at, coalesce(s.closed_at, now()) as until, t.owner, t.category,
       substring(t.number from 4)::bigint as g
from ticket t join ticket_sla s on s.ticket_id = t.id
where t.number between 'BM-' || lpad(:first::text, 9, '0') and 'BM-' || lpad(:last::text, 9, '0');

create temporary table picked_event as
select p.id as ticket_id, p.accepted_at as ticket_accepted_at, e.seq, e.type, p.owner, p.g,
       least(p.accepted_at + (p.until - p.accepted_at) * (e.seq - 1) / greatest(e.n - 1, 1), now()) as occurred_at
from picked p
cross join lateral (
    select seq, n, types[seq] as type
    from (select case when p.g % 10 = 0
                      then array['ticket.accepted','ticket.contact_logged','ticket.investigation_started',
                                 'ticket.findings_recorded','ticket.agreement_reached','ticket.compensation_requested',
                                 'ticket.compensation_recorded','ticket.follow_up_attempted','ticket.closed']
                      else array['ticket.accepted','ticket.contact_logged','ticket.investigation_started',
                                 'ticket.findings_recorded','ticket.agreement_reached','ticket.follow_up_attempted',
                                 'ticket.closed'] end as types) a
    cross join lateral (select case p.status when 'ACCEPTED' then 1 when 'INVESTIGATING' then 3
                                   when 'NEGOTIATING' then 4 when 'COMPENSATING' then 5 when 'FOLLOWING_UP' then 5
                                   else cardinality(a.types) end as n) c
    cross join generate_series(1, c.n) seq
) e;

insert into ticket_event (id, ticket_id, ticket_accepted_at, seq, type, actor, actor_role, occurred_at, payload,
    prev_hash, hash)
select gen_random_uuid(), ticket_id, ticket_accepted_at, seq, type, owner, 'agent', occurred_at,
       case type
         when 'ticket.accepted' then '{"category":"SERVICE_ATTITUDE","channel":"HOTLINE","complaintClass":"ORDINARY",'
           || '"number":"BM-' || lpad(g::text, 9, '0') || '","owner":"' || owner || '","repeatOf":[],'
           || '"resolutionDueAt":"2026-11-23T10:00:00Z","responseDueAt":"2026-11-22T10:30:00Z","severity":"ROUTINE",'
           || '"severityRules":[],"suggestedSeverity":"ROUTINE","utility":"HEATING"}'
         when 'ticket.contact_logged' then '{"after":{"contactCount":1},"before":{"contactCount":0},"channel":"PHONE",'
           || '"customerFacing":true,"firstResponse":true,"summary":"已致电用户，说明维修安排",'
           || '"text":"您好，我们已收到您反映的问题，维修人员将于今天下午上门处理，请保持电话畅通。"}'
         when 'ticket.investigation_started' then '{"after":{"status":"INVESTIGATING"},"before":{"status":"ACCEPTED"},'
           || '"note":"派单至管网运行部核查"}'
         when 'ticket.findings_recorded' then '{"after":{"rootCause":"SERVICE"},"before":{},'
           || '"findings":"经现场核查，二次网阀门开度不足导致末端供热不足，已调整阀门开度并复测室温。",'
           || '"responsibleDepartments":["管网运行部"],"rootCause":"SERVICE"}'
         when 'ticket.agreement_reached' then '{"after":{"status":"FOLLOWING_UP"},"before":{"status":"NEGOTIATING"},'
           || '"agreement":"用户同意维修方案，并接受按天减免部分采暖费。","promisedBy":"2026-11-25T10:00:00Z"}'
         when 'ticket.compensation_requested' then '{"amount":120.00,"currency":"CNY","reason":"供热不达标三天",'
           || '"type":"FEE_REDUCTION"}'
         when 'ticket.compensation_recorded' then '{"amount":120.00,"currency":"CNY","reference":"FR-2026-0042",'
           || '"type":"FEE_REDUCTION"}'
         when 'ticket.follow_up_attempted' then '{"outcome":"REACHED","satisfaction":4,'
           || '"note":"回访用户，室温已恢复到20度，用户表示满意。"}'
         else '{"after":{"status":"CLOSED"},"before":{"status":"FOLLOWING_UP"},"reason":"RESOLVED"}'
       end,
       case when seq = 1 then repeat('0', 64) else md5(ticket_id::text || (seq - 1)) || md5((seq - 1) || ticket_id::text) end,
       md5(ticket_id::text || seq) || md5(seq || ticket_id::text)
from picked_event;

update ticket t set timeline_length = c.n, timeline_head = md5(t.id::text || c.n) || md5(c.n || t.id::text)
from (select ticket_id, max(seq) as n from picked_event group by ticket_id) c
where c.ticket_id = t.id;

insert into work_order (id, ticket_id, steward, instructions, status, dispatched_at, dispatched_by, accepted_at,
    arrived_at, completed_at, arrival_due_at, arrival_at_risk_at, findings, actions, version)
select gen_random_uuid(), p.id, 'steward.' || (p.g % 40), '上门检查暖气片及入户阀门，测量室温',
       case when p.status in ('ACCEPTED', 'INVESTIGATING') then 'DISPATCHED' else 'COMPLETED' end,
       p.accepted_at + interval '20 minutes', p.owner,
       case when p.status not in ('ACCEPTED', 'INVESTIGATING') then p.accepted_at + interval '30 minutes' end,
       case when p.status not in ('ACCEPTED', 'INVESTIGATING') then p.accepted_at + interval '2 hours' end,
       case when p.status not in ('ACCEPTED', 'INVESTIGATING') then p.accepted_at + interval '3 hours' end,
       greatest(p.accepted_at + interval '4 hours', case when p.status in ('ACCEPTED', 'INVESTIGATING')
                                                        then now() + interval '4 hours' end),
       greatest(p.accepted_at + interval '3 hours', case when p.status in ('ACCEPTED', 'INVESTIGATING')
                                                        then now() + interval '3 hours' end),
       case when p.status not in ('ACCEPTED', 'INVESTIGATING') then '入户阀门半开，暖气片积气' end,
       case when p.status not in ('ACCEPTED', 'INVESTIGATING') then '全开阀门，排气，室温复测20度' end, 0
from picked p where p.g % 3 = 0;

insert into escalation (id, ticket_id, level, trigger, reason, reason_code, reason_detail, reason_at, target_role,
    raised_at, raised_by, ack_due_at, acknowledged_at, acknowledged_by, ack_note, version, closed_at, close_reason)
select gen_random_uuid(), p.id, 2, 'RESOLUTION_BREACH', '处理时限已超', 'RESOLUTION_BREACHED', null,
       p.accepted_at + interval '3 days', 'supervisor', p.accepted_at + interval '3 days', 'system',
       p.accepted_at + interval '3 days 2 hours', p.accepted_at + interval '3 days 1 hour', 'supervisor.1',
       '已督办', 0,
       case when p.status = 'CLOSED' then p.until end, case when p.status = 'CLOSED' then 'TICKET_CLOSED' end
from picked p where p.g % 33 = 0 and p.accepted_at < now() - interval '3 days';

-- the outbox and the deliveries of the last 30 days (the retention job removes older ones), for one webhook
insert into webhook (id, url, secret, events, active, created_at, created_by)
select '00000000-0000-0000-0000-0000000b0001', 'https://crm.example/loopline', repeat('s', 32), '{}', false, now(),
       'bench'
on conflict do nothing;

with o as (
    insert into outbox_event (id, type, ticket_id, occurred_at, payload, created_at, fanned_out_at)
    select gen_random_uuid(), type, ticket_id, occurred_at,
           '{"number":"BM-' || lpad(g::text, 9, '0') || '","type":"' || type || '","severity":"ROUTINE"}',
           occurred_at, occurred_at + interval '2 seconds'
    from picked_event where occurred_at > now() - interval '30 days'
    returning id, created_at
)
insert into webhook_delivery (id, webhook_id, event_id, event_created_at, status, attempts, next_attempt_at,
    last_status, delivered_at, created_at)
select gen_random_uuid(), '00000000-0000-0000-0000-0000000b0001', id, created_at, 'DELIVERED', 1, created_at, 200,
       created_at + interval '3 seconds', created_at
from o;

insert into idempotency_key (actor, key, request_hash, ticket_id, created_at)
select owner, 'bench-' || id, md5(id::text) || md5(owner), id, accepted_at
from picked where accepted_at > now() - interval '7 days';
