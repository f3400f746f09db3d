-- What the customers of a hotspot were last told, so a ticket that joins later carries it (issue 15's follow-up:
-- the agent on the phone with a late joiner says what everybody else has heard, and the customer need not ask)
alter table hotspot add column last_notice_text varchar(2000);
