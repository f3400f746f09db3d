-- Phones are stored in E.164 from now on (Phones.e164): before, intake kept the digits typed (and a leading +), so
-- "139 0000-1234", "+86 139 0000 1234" and "0086 13900001234" were three customers. The stored forms that are
-- unambiguous for mainland China are converted here; any other number is left as it was (lists still mask it).
-- National numbers: mobiles 1[3-9] + 9 digits; landlines area code (10, 2x, or 3 digits from 3-9) + subscriber.

-- 13900001234 → +8613900001234
update ticket set customer_phone = '+86' || customer_phone
where customer_phone ~ '^1[3-9][0-9]{9}$';

-- 8613900001234, 008613900001234, +86013900001234 (a trunk 0 typed after +86) and the same for landlines
update ticket set customer_phone = '+86' || substring(customer_phone
        from '^(?:\+|00)?860?(1[3-9][0-9]{9}|(?:10|2[0-9])[0-9]{8}|[3-9][0-9]{9,10})$')
where customer_phone ~ '^(?:\+|00)?860?(1[3-9][0-9]{9}|(?:10|2[0-9])[0-9]{8}|[3-9][0-9]{9,10})$'
  and customer_phone !~ '^\+86[1-9]';

-- 01065521234 → +861065521234 (the trunk 0 is not part of E.164)
update ticket set customer_phone = '+86' || substring(customer_phone from 2)
where customer_phone ~ '^0(?:(?:10|2[0-9])[0-9]{8}|[3-9][0-9]{9,10})$';

-- Repeat detection now also asks for the utility (Ticket.ofCustomerSince). No index changes: ticket_by_phone and
-- ticket_by_account (V1) still find the customer's tickets in the window by (phone or account, accepted_at), and
-- utility and category are filtered among those few rows (EXPLAIN: a BitmapOr of the two indexes).
