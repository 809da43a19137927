-- Migration 3: find a customer's documents of one kind through an index.
--
-- Issuing an invoice asks whether its customer has credit to use: a payment, or an issued
-- credit note. With an index on the customer alone that question read every document of
-- the customer, so one subscription catching up N periods read N²/2 rows. The index on
-- (customer, kind) answers it at once; it also serves every lookup by customer, so the
-- index on the customer alone goes.
CREATE INDEX invoices_customer_kind ON invoices(customer, kind);
DROP INDEX invoices_customer;
