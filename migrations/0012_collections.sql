-- Migration 0012: collections. Charges of a saved card or mandate through a gateway, one
-- row per attempt, written (with its idempotency key) before the gateway is called; the
-- dunning levels, the reminders sent per invoice and level, and disputed invoices.

CREATE TABLE charge_attempts (
    id                 INTEGER PRIMARY KEY,
    invoice            INTEGER NOT NULL REFERENCES invoices(id),
    attempt            INTEGER NOT NULL CHECK (attempt >= 1),
    gateway            TEXT NOT NULL CHECK (gateway IN ('stripe', 'gocardless')),
    idempotency_key    TEXT NOT NULL UNIQUE,
    amount             INTEGER NOT NULL CHECK (amount > 0),
    currency           TEXT NOT NULL,
    gateway_customer   TEXT,
    payment_method     TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'submitted', 'succeeded', 'failed')),
    gateway_payment_id TEXT,
    code               TEXT,
    message            TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (invoice, attempt)
) STRICT;
CREATE INDEX charge_attempts_status ON charge_attempts(status);

CREATE TABLE dunning_levels (
    level      INTEGER PRIMARY KEY CHECK (level >= 1),
    after_days INTEGER NOT NULL CHECK (after_days >= 0),
    template   TEXT NOT NULL REFERENCES templates(name),
    created_at TEXT NOT NULL
) STRICT;

-- A reminder level reached by an invoice, queued once (the UNIQUE is the last word).
CREATE TABLE dunning_notices (
    id       INTEGER PRIMARY KEY,
    invoice  INTEGER NOT NULL REFERENCES invoices(id),
    level    INTEGER NOT NULL,
    outbox   INTEGER REFERENCES outbox(id),
    sent_on  TEXT NOT NULL,
    UNIQUE (invoice, level)
) STRICT;

CREATE TABLE invoice_disputes (
    invoice     INTEGER PRIMARY KEY REFERENCES invoices(id),
    opened_at   TEXT NOT NULL,
    resolved_at TEXT
) STRICT;

-- After the last level, the final action (`dunning.final_action`) is taken once.
CREATE TABLE dunning_final_actions (
    invoice  INTEGER PRIMARY KEY REFERENCES invoices(id),
    action   TEXT NOT NULL CHECK (action IN ('none', 'pause', 'cancel')),
    taken_on TEXT NOT NULL,
    detail   TEXT NOT NULL
) STRICT;

CREATE TRIGGER templates_used_by_dunning_are_kept BEFORE DELETE ON templates
WHEN EXISTS (SELECT 1 FROM dunning_levels WHERE template = OLD.name)
BEGIN SELECT RAISE(ABORT, 'this template is used by a dunning level'); END;

-- The invoice that billed an invoice's late-payment penalties (`invoice create
-- --penalties-of`): once per late invoice.
CREATE TABLE penalty_invoices (
    late_invoice INTEGER PRIMARY KEY REFERENCES invoices(id),
    invoice      INTEGER NOT NULL REFERENCES invoices(id)
) STRICT;
