-- Intake claims its Idempotency-Key and records the ticket it is about to create in one statement
-- (IdempotencyKeys.claim): the ticket row follows later in the same transaction, so its reference is checked
-- when the transaction commits. This saved the intake an UPDATE of the key row and a round trip (issue 6).
alter table idempotency_key alter constraint idempotency_key_ticket_id_fkey deferrable initially deferred;
-- every committed key names its ticket: the claim and the ticket commit together or not at all
alter table idempotency_key alter column ticket_id set not null;
