-- subs — migration 2: settlement. Money received apart from credit, refunds of held
-- credit, constraints that keep every settlement within its document and its source,
-- outbox messages withdrawn when their invoice is settled, and why a bank line was left.

-- ───────────────────────────── invoices ─────────────────────────────

-- `paid` is the part of `settled` that is money (allocations from payments), so that the
-- payment status counts money only: a credit note settles, it does not pay.
ALTER TABLE invoices ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
UPDATE invoices SET paid = (
    SELECT coalesce(sum(a.amount), 0) FROM allocations a
    WHERE a.invoice = invoices.id AND a.payment IS NOT NULL
);

-- No path may settle a document beyond its total, nor count more money than it settled.
CREATE TRIGGER invoices_settled_within_total BEFORE UPDATE OF settled, paid ON invoices
WHEN NEW.settled < 0 OR NEW.settled > max(NEW.grand_total, 0)
     OR NEW.paid < 0 OR NEW.paid > NEW.settled
BEGIN SELECT RAISE(ABORT, 'a document cannot be settled beyond its total'); END;

-- ───────────────────────────── refunds ─────────────────────────────

-- Held credit paid back to a customer. Each refund draws on the credit's sources (what is
-- left of payments and credit notes), oldest first, recorded in `refund_parts`.
CREATE TABLE refunds (
    id         TEXT PRIMARY KEY,
    customer   TEXT NOT NULL REFERENCES customers(code),
    date       TEXT NOT NULL,
    amount     INTEGER NOT NULL CHECK (amount > 0),
    currency   TEXT NOT NULL,
    method     TEXT NOT NULL CHECK (method IN ('cheque', 'cash', 'transfer', 'card', 'sepa', 'gateway')),
    reference  TEXT,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX refunds_customer ON refunds(customer);

CREATE TABLE refund_parts (
    id          INTEGER PRIMARY KEY,
    refund      TEXT NOT NULL REFERENCES refunds(id),
    payment     TEXT REFERENCES payments(id),
    credit_note INTEGER REFERENCES invoices(id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    CHECK ((payment IS NULL) <> (credit_note IS NULL))
) STRICT;
CREATE INDEX refund_parts_refund ON refund_parts(refund);
CREATE INDEX refund_parts_payment ON refund_parts(payment);
CREATE INDEX refund_parts_credit_note ON refund_parts(credit_note);

-- ───────────────────────────── allocations ─────────────────────────────

-- Whether an allocation used credit the customer held (an overpayment or a credit note's
-- excess settling a later invoice) rather than being made by its payment or credit note.
ALTER TABLE allocations ADD COLUMN from_credit INTEGER NOT NULL DEFAULT 0 CHECK (from_credit IN (0, 1));
UPDATE allocations SET from_credit = 1
WHERE (credit_note IS NOT NULL
       AND invoice IS NOT (SELECT c.credits_invoice FROM invoices c WHERE c.id = allocations.credit_note))
   OR (payment IS NOT NULL
       AND date > (SELECT p.date FROM payments p WHERE p.id = allocations.payment));

-- A payment or credit note gives at most what it holds: allocations and refunds together.
CREATE TRIGGER allocations_within_payment BEFORE INSERT ON allocations
WHEN NEW.payment IS NOT NULL AND NEW.amount
     + (SELECT coalesce(sum(amount), 0) FROM allocations WHERE payment = NEW.payment)
     + (SELECT coalesce(sum(amount), 0) FROM refund_parts WHERE payment = NEW.payment)
     > (SELECT amount FROM payments WHERE id = NEW.payment)
BEGIN SELECT RAISE(ABORT, 'a payment cannot give more than its amount'); END;

CREATE TRIGGER allocations_within_credit_note BEFORE INSERT ON allocations
WHEN NEW.credit_note IS NOT NULL AND NEW.amount
     + (SELECT coalesce(sum(amount), 0) FROM allocations WHERE credit_note = NEW.credit_note)
     + (SELECT coalesce(sum(amount), 0) FROM refund_parts WHERE credit_note = NEW.credit_note)
     > (SELECT -grand_total FROM invoices WHERE id = NEW.credit_note)
BEGIN SELECT RAISE(ABORT, 'a credit note cannot give more than its amount'); END;

CREATE TRIGGER refund_parts_within_payment BEFORE INSERT ON refund_parts
WHEN NEW.payment IS NOT NULL AND NEW.amount
     + (SELECT coalesce(sum(amount), 0) FROM allocations WHERE payment = NEW.payment)
     + (SELECT coalesce(sum(amount), 0) FROM refund_parts WHERE payment = NEW.payment)
     > (SELECT amount FROM payments WHERE id = NEW.payment)
BEGIN SELECT RAISE(ABORT, 'a payment cannot give more than its amount'); END;

CREATE TRIGGER refund_parts_within_credit_note BEFORE INSERT ON refund_parts
WHEN NEW.credit_note IS NOT NULL AND NEW.amount
     + (SELECT coalesce(sum(amount), 0) FROM allocations WHERE credit_note = NEW.credit_note)
     + (SELECT coalesce(sum(amount), 0) FROM refund_parts WHERE credit_note = NEW.credit_note)
     > (SELECT -grand_total FROM invoices WHERE id = NEW.credit_note)
BEGIN SELECT RAISE(ABORT, 'a credit note cannot give more than its amount'); END;

-- Money settles only documents in its own currency.
CREATE TRIGGER allocations_same_currency BEFORE INSERT ON allocations
WHEN (SELECT currency FROM invoices WHERE id = NEW.invoice) IS NOT coalesce(
         (SELECT currency FROM payments WHERE id = NEW.payment),
         (SELECT currency FROM invoices WHERE id = NEW.credit_note))
BEGIN SELECT RAISE(ABORT, 'money settles only documents in its own currency'); END;

-- ───────────────────────────── outbox ─────────────────────────────

-- A message can now be withdrawn before it is sent (`cancelled`, with the reason): the
-- table is rebuilt because SQLite cannot change a CHECK constraint in place.
CREATE TABLE outbox_v2 (
    id              INTEGER PRIMARY KEY,
    recipients      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    html            TEXT,
    attachment_name TEXT,
    attachment      BLOB,
    invoice         INTEGER REFERENCES invoices(id),
    payment_request TEXT REFERENCES payment_requests(id),
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sent', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    reason          TEXT,
    CHECK ((status = 'cancelled') = (reason IS NOT NULL))
) STRICT;
INSERT INTO outbox_v2 (id, recipients, subject, body, html, attachment_name, attachment, invoice,
                       payment_request, status, attempts, last_error, created_at, sent_at)
SELECT id, recipients, subject, body, html, attachment_name, attachment, invoice,
       payment_request, status, attempts, last_error, created_at, sent_at
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v2 RENAME TO outbox;
CREATE INDEX outbox_status ON outbox(status);
CREATE INDEX outbox_payment_request ON outbox(payment_request);

-- ───────────────────────────── bank ─────────────────────────────

-- Why reconciliation left a line for a person (a currency that differs from the invoice's).
ALTER TABLE bank_transactions ADD COLUMN note TEXT;
-- A line whose statement named no currency is in the account's: the books' currency.
UPDATE bank_transactions
SET currency = coalesce((SELECT value FROM settings WHERE key = 'company.currency'), 'EUR')
WHERE currency IS NULL;
