-- Migration 9: what e-invoices need beyond the books so far.

-- An item is goods or services (the operation category, BT-23 of the French rules), and a
-- 0 % item may say why it is exempt (BT-120) and under which VATEX code (BT-121).
ALTER TABLE items ADD COLUMN operation TEXT NOT NULL DEFAULT 'services'
    CHECK (operation IN ('goods', 'services'));
ALTER TABLE items ADD COLUMN vat_exemption TEXT;
ALTER TABLE items ADD COLUMN vatex TEXT;

-- Whether each issued invoice and credit note is e-mailed with its PDF: set on the customer,
-- and on a subscription to override it (NULL: as its customer says).
ALTER TABLE customers ADD COLUMN send_invoices INTEGER NOT NULL DEFAULT 0
    CHECK (send_invoices IN (0, 1));
ALTER TABLE subscriptions ADD COLUMN send_invoices INTEGER
    CHECK (send_invoices IS NULL OR send_invoices IN (0, 1));
