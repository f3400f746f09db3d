-- Why the service escalated is kept as data (EscalationReason: a code, one variable detail, a time) and put into
-- words in the reader's language when read; `reason` keeps the text as first written (Chinese for the service's own).
alter table escalation
    add column reason_code   varchar(40),
    add column reason_detail varchar(1000),
    add column reason_at     timestamptz;
-- escalations by hand: the person's own words, shown as written in every language
update escalation set reason_code = 'GIVEN', reason_detail = reason
where trigger in ('CUSTOMER_REQUEST', 'MANUAL') and raised_by <> 'loopline';
