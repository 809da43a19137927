-- subs — migration 1: the whole schema of the first release.
--
-- Conventions: codes chosen by the user are TEXT primary keys; dates are TEXT `YYYY-MM-DD`;
-- instants are TEXT RFC 3339; amounts booked on documents are INTEGER minor units (cents);
-- unit rates, quantities and factors are exact decimals stored as TEXT. Uniqueness that
-- protects the books (one billed period, one invoice number, one webhook event) is declared
-- here, not checked in code.

-- Company settings that belong to the books (name, SIREN, series, …).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Generated identifiers (SUB-0001, SO-0001, PAY-0001, …): the last number used per kind.
CREATE TABLE id_counters (
    kind TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;

-- Append-only, hash-chained record of every mutation.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    command   TEXT NOT NULL,
    entity    TEXT NOT NULL,
    change    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- ───────────────────────────── catalogue ─────────────────────────────

CREATE TABLE vat_rates (
    code       TEXT PRIMARY KEY,
    rate       TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX vat_rates_one_default ON vat_rates(is_default) WHERE is_default = 1;

CREATE TABLE uoms (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE item_groups (
    name   TEXT PRIMARY KEY,
    parent TEXT REFERENCES item_groups(name)
) STRICT;

CREATE TABLE items (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    item_group  TEXT REFERENCES item_groups(name),
    uom         TEXT NOT NULL REFERENCES uoms(code),
    recurring   INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
    vat_rate    TEXT NOT NULL,
    published   INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    description TEXT,
    disabled    INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
) STRICT;

CREATE TABLE item_booking_uoms (
    item     TEXT NOT NULL REFERENCES items(code),
    uom      TEXT NOT NULL REFERENCES uoms(code),
    position INTEGER NOT NULL,
    PRIMARY KEY (item, uom)
) STRICT;

-- 1 from_uom = factor × to_uom, for one item (1 day = 2 half-day).
CREATE TABLE uom_conversions (
    item     TEXT NOT NULL REFERENCES items(code),
    from_uom TEXT NOT NULL REFERENCES uoms(code),
    to_uom   TEXT NOT NULL REFERENCES uoms(code),
    factor   TEXT NOT NULL,
    PRIMARY KEY (item, from_uom, to_uom)
) STRICT;

CREATE TABLE price_lists (
    name       TEXT PRIMARY KEY,
    currency   TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX price_lists_one_default ON price_lists(is_default) WHERE is_default = 1;

-- valid_from '' means "since always"; valid_to NULL means "until further notice".
CREATE TABLE item_prices (
    id         INTEGER PRIMARY KEY,
    item       TEXT NOT NULL REFERENCES items(code),
    price_list TEXT NOT NULL REFERENCES price_lists(name),
    uom        TEXT NOT NULL REFERENCES uoms(code),
    rate       TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '',
    valid_to   TEXT,
    UNIQUE (item, price_list, uom, valid_from)
) STRICT;

-- ───────────────────────────── customers ─────────────────────────────

CREATE TABLE customers (
    code           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    email          TEXT,
    address        TEXT,
    price_list     TEXT REFERENCES price_lists(name),
    vat_id         TEXT,
    siren          TEXT,
    kind           TEXT NOT NULL DEFAULT 'business' CHECK (kind IN ('business', 'individual')),
    payment_method TEXT NOT NULL DEFAULT 'manual'
                   CHECK (payment_method IN ('manual', 'link', 'stripe', 'gocardless', 'sepa')),
    disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_on     TEXT NOT NULL,
    -- The SEPA direct debit mandate: the debtor's account and the mandate's unique
    -- reference and signature date (all three needed to collect; the BIC is optional).
    iban              TEXT CHECK (iban IS NULL OR (length(iban) BETWEEN 15 AND 34
                                                   AND iban GLOB '[A-Z][A-Z][0-9][0-9]*')),
    bic               TEXT CHECK (bic IS NULL OR length(bic) IN (8, 11)),
    mandate_id        TEXT CHECK (mandate_id IS NULL OR length(mandate_id) BETWEEN 1 AND 35),
    mandate_signed_on TEXT
) STRICT;
-- A mandate reference is unique for the creditor (the UMR of the SEPA rulebook).
CREATE UNIQUE INDEX customers_mandate ON customers(mandate_id);

-- ─────────────────────── plans and subscriptions ───────────────────────

CREATE TABLE plans (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    interval TEXT CHECK (interval IN ('day', 'week', 'month', 'year')),
    every    INTEGER CHECK (every >= 1)
) STRICT;

-- rate NULL: priced from the price list; otherwise a fixed unit rate.
CREATE TABLE plan_lines (
    plan     TEXT NOT NULL REFERENCES plans(code),
    position INTEGER NOT NULL,
    item     TEXT NOT NULL REFERENCES items(code),
    qty      TEXT NOT NULL,
    uom      TEXT NOT NULL REFERENCES uoms(code),
    rate     TEXT,
    PRIMARY KEY (plan, position)
) STRICT;

-- `anchor` is the first day of period 0 of the current run (start, trial end + 1, or the
-- restart date); `next_period` the index of the first period not yet billed, and
-- `next_due_on` the day it becomes due (NULL when nothing is left to bill), so that `tick`
-- reads only what is due through the partial index.
CREATE TABLE subscriptions (
    id              TEXT PRIMARY KEY,
    customer        TEXT NOT NULL REFERENCES customers(code),
    plan            TEXT REFERENCES plans(code),
    start           TEXT NOT NULL,
    trial_end       TEXT,
    end_date        TEXT,
    prorate_end     INTEGER NOT NULL DEFAULT 0 CHECK (prorate_end IN (0, 1)),
    interval        TEXT NOT NULL CHECK (interval IN ('day', 'week', 'month', 'year')),
    every           INTEGER NOT NULL CHECK (every >= 1),
    bill            TEXT NOT NULL CHECK (bill IN ('advance', 'arrears')),
    anchor          TEXT NOT NULL,
    restarted_on    TEXT,
    next_period     INTEGER NOT NULL DEFAULT 0,
    next_due_on     TEXT,
    state           TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'cancelled', 'completed')),
    cancelled_at    TEXT,
    days_until_due  INTEGER CHECK (days_until_due >= 0),
    draft_invoices  INTEGER NOT NULL DEFAULT 0 CHECK (draft_invoices IN (0, 1)),
    with_order      INTEGER NOT NULL DEFAULT 0 CHECK (with_order IN (0, 1)),
    invoice_orders  INTEGER NOT NULL DEFAULT 0 CHECK (invoice_orders IN (0, 1)),
    payment_method  TEXT CHECK (payment_method IN ('manual', 'link', 'stripe', 'gocardless', 'sepa')),
    email_template  TEXT,
    gateway_customer       TEXT,
    gateway_payment_method TEXT,
    sales_order     TEXT,
    created_at      TEXT NOT NULL
) STRICT;
-- Full indexes rather than partial ones: the connection asks for plans that never depend
-- on bound values (QPSG), and a partial index would then rarely be provably usable.
CREATE INDEX subscriptions_due ON subscriptions(next_due_on, id);
CREATE INDEX subscriptions_customer ON subscriptions(customer);

CREATE TABLE subscription_lines (
    id           INTEGER PRIMARY KEY,
    subscription TEXT NOT NULL REFERENCES subscriptions(id),
    position     INTEGER NOT NULL,
    item         TEXT NOT NULL REFERENCES items(code),
    qty          TEXT NOT NULL,
    uom          TEXT NOT NULL REFERENCES uoms(code),
    rate         TEXT,
    UNIQUE (subscription, position)
) STRICT;

-- One row per period and kind of document billed for it: the guard against issuing twice.
CREATE TABLE billed_periods (
    id           INTEGER PRIMARY KEY,
    subscription TEXT NOT NULL REFERENCES subscriptions(id),
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('invoice', 'order')),
    invoice      INTEGER REFERENCES invoices(id),
    sales_order  TEXT REFERENCES sales_orders(id),
    UNIQUE (subscription, period_start, kind)
) STRICT;

-- ───────────────────────────── invoices ─────────────────────────────

-- Credit notes carry negative amounts. Issued documents are frozen by the triggers below;
-- only the settlement columns still change: `settled` is the sum of the allocations made
-- to the invoice (payments, credit notes, customer credit), `credited` the sum of the credit
-- notes that correct it (which decides the `credited` status).
CREATE TABLE invoices (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
    number           TEXT UNIQUE,
    series           TEXT,
    seq              INTEGER,
    customer         TEXT NOT NULL REFERENCES customers(code),
    subscription     TEXT REFERENCES subscriptions(id),
    sales_order      TEXT,
    credits_invoice  INTEGER REFERENCES invoices(id),
    issue_date       TEXT,
    due_date         TEXT,
    period_start     TEXT,
    period_end       TEXT,
    currency         TEXT NOT NULL,
    net_total        INTEGER NOT NULL DEFAULT 0,
    tax_total        INTEGER NOT NULL DEFAULT 0,
    grand_total      INTEGER NOT NULL DEFAULT 0,
    settled          INTEGER NOT NULL DEFAULT 0,
    credited         INTEGER NOT NULL DEFAULT 0,
    days_until_due   INTEGER,
    due_from         TEXT,
    customer_name    TEXT,
    customer_address TEXT,
    customer_vat_id  TEXT,
    customer_siren   TEXT,
    customer_kind    TEXT,
    seller_name      TEXT,
    seller_address   TEXT,
    seller_siren     TEXT,
    seller_vat_id    TEXT,
    reason           TEXT,
    created_at       TEXT NOT NULL,
    UNIQUE (series, seq),
    CHECK (status = 'draft' OR (number IS NOT NULL AND issue_date IS NOT NULL))
) STRICT;
CREATE INDEX invoices_customer ON invoices(customer);
-- `invoice list` streams in this order without sorting.
CREATE INDEX invoices_issue_date ON invoices(issue_date, id);
CREATE INDEX invoices_subscription ON invoices(subscription);
CREATE INDEX invoices_credits ON invoices(credits_invoice);

CREATE TABLE invoice_lines (
    id                INTEGER PRIMARY KEY,
    invoice           INTEGER NOT NULL REFERENCES invoices(id),
    position          INTEGER NOT NULL,
    item              TEXT NOT NULL,
    description       TEXT NOT NULL,
    qty               TEXT NOT NULL,
    uom               TEXT NOT NULL,
    rate              TEXT NOT NULL,
    factor            TEXT NOT NULL,
    days              INTEGER,
    period_days       INTEGER,
    unrounded         TEXT NOT NULL,
    net               INTEGER NOT NULL,
    vat_rate          TEXT NOT NULL,
    period_start      TEXT,
    period_end        TEXT,
    price_source      TEXT NOT NULL,
    subscription_line INTEGER REFERENCES subscription_lines(id),
    credits_line      INTEGER REFERENCES invoice_lines(id),
    UNIQUE (invoice, position)
) STRICT;
CREATE INDEX invoice_lines_credits ON invoice_lines(credits_line);

CREATE TABLE invoice_vat (
    invoice INTEGER NOT NULL REFERENCES invoices(id),
    rate    TEXT NOT NULL,
    base    INTEGER NOT NULL,
    tax     INTEGER NOT NULL,
    PRIMARY KEY (invoice, rate)
) STRICT;

-- Gapless numbering: the last number used per rendered series prefix, and its date, so
-- numbers stay chronological.
CREATE TABLE series_counters (
    series    TEXT PRIMARY KEY,
    last_seq  INTEGER NOT NULL,
    last_date TEXT NOT NULL
) STRICT;

CREATE TRIGGER invoices_issued_are_frozen BEFORE UPDATE ON invoices
WHEN OLD.status = 'issued' AND (
    NEW.kind IS NOT OLD.kind OR NEW.status IS NOT OLD.status OR NEW.number IS NOT OLD.number
    OR NEW.series IS NOT OLD.series OR NEW.seq IS NOT OLD.seq OR NEW.customer IS NOT OLD.customer
    OR NEW.subscription IS NOT OLD.subscription OR NEW.sales_order IS NOT OLD.sales_order
    OR NEW.credits_invoice IS NOT OLD.credits_invoice OR NEW.issue_date IS NOT OLD.issue_date
    OR NEW.due_date IS NOT OLD.due_date OR NEW.period_start IS NOT OLD.period_start
    OR NEW.period_end IS NOT OLD.period_end OR NEW.currency IS NOT OLD.currency
    OR NEW.net_total IS NOT OLD.net_total OR NEW.tax_total IS NOT OLD.tax_total
    OR NEW.grand_total IS NOT OLD.grand_total OR NEW.customer_name IS NOT OLD.customer_name
    OR NEW.customer_address IS NOT OLD.customer_address OR NEW.customer_vat_id IS NOT OLD.customer_vat_id
    OR NEW.customer_siren IS NOT OLD.customer_siren OR NEW.customer_kind IS NOT OLD.customer_kind
    OR NEW.seller_name IS NOT OLD.seller_name OR NEW.seller_address IS NOT OLD.seller_address
    OR NEW.seller_siren IS NOT OLD.seller_siren OR NEW.seller_vat_id IS NOT OLD.seller_vat_id
    OR NEW.reason IS NOT OLD.reason OR NEW.created_at IS NOT OLD.created_at
    OR NEW.days_until_due IS NOT OLD.days_until_due OR NEW.due_from IS NOT OLD.due_from
)
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;

CREATE TRIGGER invoices_issued_never_deleted BEFORE DELETE ON invoices
WHEN OLD.status = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note instead'); END;

CREATE TRIGGER invoice_lines_frozen_on_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice) = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;
CREATE TRIGGER invoice_lines_frozen_on_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice) = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;
CREATE TRIGGER invoice_lines_frozen_on_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice) = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;

CREATE TRIGGER invoice_vat_frozen_on_insert BEFORE INSERT ON invoice_vat
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice) = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;
CREATE TRIGGER invoice_vat_frozen_on_update BEFORE UPDATE ON invoice_vat
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice) = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;
CREATE TRIGGER invoice_vat_frozen_on_delete BEFORE DELETE ON invoice_vat
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice) = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;

-- ───────────────────────────── sales orders ─────────────────────────────

-- Orders: draft → to_invoice (lines to invoice) or completed (only subscriptions) →
-- invoiced. Orders made by `tick` for a subscription's period start as to_invoice.
CREATE TABLE sales_orders (
    id           TEXT PRIMARY KEY,
    customer     TEXT NOT NULL REFERENCES customers(code),
    order_date   TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'to_invoice', 'invoiced', 'completed', 'cancelled')),
    subscription TEXT REFERENCES subscriptions(id),
    period_start TEXT,
    period_end   TEXT,
    invoice      INTEGER REFERENCES invoices(id),
    currency     TEXT NOT NULL,
    due_from     TEXT,
    days_until_due INTEGER,
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX sales_orders_customer ON sales_orders(customer);
CREATE INDEX sales_orders_subscription ON sales_orders(subscription);

-- Lines are priced when the order is made; a recurring line becomes a subscription when
-- the order is confirmed (`subscription` then names it).
CREATE TABLE sales_order_lines (
    id                INTEGER PRIMARY KEY,
    sales_order       TEXT NOT NULL REFERENCES sales_orders(id),
    position          INTEGER NOT NULL,
    item              TEXT NOT NULL REFERENCES items(code),
    description       TEXT NOT NULL,
    qty               TEXT NOT NULL,
    uom               TEXT NOT NULL REFERENCES uoms(code),
    rate              TEXT NOT NULL,
    fixed_rate        INTEGER NOT NULL DEFAULT 0 CHECK (fixed_rate IN (0, 1)),
    days              INTEGER,
    period_days       INTEGER,
    unrounded         TEXT NOT NULL,
    net               INTEGER NOT NULL,
    vat_rate          TEXT NOT NULL,
    period_start      TEXT,
    period_end        TEXT,
    price_source      TEXT NOT NULL,
    recurring         INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
    start_date        TEXT,
    subscription_line INTEGER REFERENCES subscription_lines(id),
    subscription      TEXT REFERENCES subscriptions(id),
    UNIQUE (sales_order, position)
) STRICT;

-- ───────────────────────────── contracts ─────────────────────────────

-- A signed commitment of a customer; end_date is the commitment's end. `status_due_on` is
-- the next day the status changes by itself (start or end + 1 of a signed contract), so
-- that `tick` reads only the contracts whose status is due to change.
CREATE TABLE contracts (
    id         TEXT PRIMARY KEY,
    customer   TEXT NOT NULL REFERENCES customers(code),
    start      TEXT NOT NULL,
    end_date   TEXT,
    signed_on  TEXT,
    terms      TEXT,
    status     TEXT NOT NULL DEFAULT 'unsigned' CHECK (status IN ('unsigned', 'active', 'inactive')),
    status_due_on TEXT,
    created_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start)
) STRICT;
CREATE INDEX contracts_customer ON contracts(customer);
CREATE INDEX contracts_status_due ON contracts(status_due_on, id);

CREATE TABLE contract_subscriptions (
    contract     TEXT NOT NULL REFERENCES contracts(id),
    subscription TEXT NOT NULL REFERENCES subscriptions(id),
    PRIMARY KEY (contract, subscription)
) STRICT;
CREATE INDEX contract_subscriptions_subscription ON contract_subscriptions(subscription);

-- ───────────────────────────── payments ─────────────────────────────

-- Bank statements imported, and their lines. A line's fingerprint (date, amount, label,
-- reference, rank among identical lines) makes re-importing a statement add nothing.
CREATE TABLE bank_statements (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('csv', 'camt053')),
    imported_at TEXT NOT NULL,
    lines       INTEGER NOT NULL,
    new_lines   INTEGER NOT NULL
) STRICT;

CREATE TABLE bank_transactions (
    id           INTEGER PRIMARY KEY,
    statement    INTEGER NOT NULL REFERENCES bank_statements(id),
    date         TEXT NOT NULL,
    amount       INTEGER NOT NULL,
    currency     TEXT,
    label        TEXT NOT NULL,
    reference    TEXT,
    counterparty TEXT,
    fingerprint  TEXT NOT NULL UNIQUE,
    status       TEXT NOT NULL DEFAULT 'unmatched' CHECK (status IN ('unmatched', 'matched', 'ignored')),
    match_rule   TEXT,
    customer     TEXT REFERENCES customers(code),
    payment      TEXT,
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX bank_transactions_status ON bank_transactions(status, date);

CREATE TABLE payments (
    id                 TEXT PRIMARY KEY,
    customer           TEXT NOT NULL REFERENCES customers(code),
    date               TEXT NOT NULL,
    amount             INTEGER NOT NULL CHECK (amount > 0),
    currency           TEXT NOT NULL,
    method             TEXT NOT NULL CHECK (method IN ('cheque', 'cash', 'transfer', 'card', 'sepa', 'gateway')),
    reference          TEXT,
    bank_transaction   INTEGER REFERENCES bank_transactions(id),
    gateway            TEXT,
    gateway_payment_id TEXT,
    created_at         TEXT NOT NULL,
    UNIQUE (gateway, gateway_payment_id)
) STRICT;
CREATE INDEX payments_customer ON payments(customer);

-- What settles an invoice: part of a payment, or part of a credit note. What a payment or
-- credit note has not allocated yet is the customer's credit.
CREATE TABLE allocations (
    id          INTEGER PRIMARY KEY,
    invoice     INTEGER NOT NULL REFERENCES invoices(id),
    payment     TEXT REFERENCES payments(id),
    credit_note INTEGER REFERENCES invoices(id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    date        TEXT NOT NULL,
    CHECK ((payment IS NULL) <> (credit_note IS NULL))
) STRICT;
CREATE INDEX allocations_invoice ON allocations(invoice);
CREATE INDEX allocations_payment ON allocations(payment);
CREATE INDEX allocations_credit_note ON allocations(credit_note);

-- A request to pay one issued invoice through a link or a gateway, with an unguessable
-- token; settled by a gateway webhook or by any payment that clears the invoice.
CREATE TABLE payment_requests (
    id                 TEXT PRIMARY KEY,
    invoice            INTEGER NOT NULL UNIQUE REFERENCES invoices(id),
    customer           TEXT NOT NULL REFERENCES customers(code),
    subscription       TEXT REFERENCES subscriptions(id),
    method             TEXT NOT NULL CHECK (method IN ('link', 'stripe', 'gocardless')),
    amount             INTEGER NOT NULL,
    currency           TEXT NOT NULL,
    token              TEXT NOT NULL UNIQUE,
    link               TEXT,
    status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'failed', 'cancelled')),
    gateway_payment_id TEXT,
    failure            TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX payment_requests_status ON payment_requests(status);

-- Gateway events, stored once per event id: a replayed event changes nothing.
CREATE TABLE webhook_events (
    id          INTEGER PRIMARY KEY,
    gateway     TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    received_at TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    UNIQUE (gateway, event_id)
) STRICT;

-- One row per invoice put in a SEPA direct debit file (`sepa export`), under the file's
-- message id. The history of a mandate decides the next sequence type (FRST, then RCUR);
-- an invoice is in a given file once, and in a later one only when exported `--again`.
CREATE TABLE sepa_collections (
    id              INTEGER PRIMARY KEY,
    msg_id          TEXT NOT NULL,
    invoice         INTEGER NOT NULL REFERENCES invoices(id),
    customer        TEXT NOT NULL REFERENCES customers(code),
    mandate_id      TEXT NOT NULL,
    sequence        TEXT NOT NULL CHECK (sequence IN ('FRST', 'RCUR', 'OOFF', 'FNAL')),
    amount          INTEGER NOT NULL CHECK (amount > 0),
    collection_date TEXT NOT NULL,
    exported_at     TEXT NOT NULL,
    UNIQUE (invoice, msg_id)
) STRICT;
CREATE INDEX sepa_collections_mandate ON sepa_collections(customer, mandate_id);
CREATE INDEX sepa_collections_msg ON sepa_collections(msg_id);

-- ───────────────────────────── mail ─────────────────────────────

CREATE TABLE templates (
    name       TEXT PRIMARY KEY,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Messages waiting to be delivered by `mail send` (or by tick with mail.send_on_tick).
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    recipients      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    html            TEXT,
    attachment_name TEXT,
    attachment      BLOB,
    invoice         INTEGER REFERENCES invoices(id),
    payment_request TEXT REFERENCES payment_requests(id),
    status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
) STRICT;
CREATE INDEX outbox_status ON outbox(status);

-- ─────────────────── supplier bills, repeats, contract terms ───────────────────

-- What the company owes its suppliers (rent, energy, cleaning). Lines are exact decimals;
-- totals in minor units derive from them (VAT per rate on the sum of line nets).
CREATE TABLE supplier_bills (
    id          TEXT PRIMARY KEY,
    supplier    TEXT NOT NULL,
    bill_date   TEXT NOT NULL,
    due_date    TEXT NOT NULL,
    reference   TEXT,
    currency    TEXT NOT NULL,
    net_total   INTEGER NOT NULL,
    tax_total   INTEGER NOT NULL,
    grand_total INTEGER NOT NULL,
    paid_on     TEXT,
    created_at  TEXT NOT NULL,
    CHECK (due_date >= bill_date)
) STRICT;
CREATE INDEX supplier_bills_supplier ON supplier_bills(supplier);
CREATE INDEX supplier_bills_due ON supplier_bills(paid_on, due_date);

CREATE TABLE supplier_bill_lines (
    bill        TEXT NOT NULL REFERENCES supplier_bills(id),
    position    INTEGER NOT NULL,
    description TEXT NOT NULL,
    qty         TEXT NOT NULL,
    rate        TEXT NOT NULL,
    vat_rate    TEXT NOT NULL,
    net         INTEGER NOT NULL,
    PRIMARY KEY (bill, position)
) STRICT;

-- A document copied on a schedule (DESIGN §11). Exactly one source column is set. The
-- schedule is computed from `start` and the occurrence index, never chained:
-- `next_index` is the first occurrence not created yet and `next_due_on` its date (NULL
-- unless active), so that `tick` reads only what is due through the partial index.
-- `notify` holds the recipients of the notice for each created document, one per line.
CREATE TABLE repeats (
    id             TEXT PRIMARY KEY,
    source_invoice INTEGER REFERENCES invoices(id),
    source_order   TEXT REFERENCES sales_orders(id),
    source_bill    TEXT REFERENCES supplier_bills(id),
    frequency      TEXT NOT NULL
                   CHECK (frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly')),
    start          TEXT NOT NULL,
    end_date       TEXT,
    day_of_month   INTEGER CHECK (day_of_month BETWEEN 1 AND 31),
    last_day       INTEGER NOT NULL DEFAULT 0 CHECK (last_day IN (0, 1)),
    issue          INTEGER NOT NULL DEFAULT 0 CHECK (issue IN (0, 1)),
    notify         TEXT NOT NULL DEFAULT '',
    next_index     INTEGER NOT NULL DEFAULT 0 CHECK (next_index >= 0),
    next_due_on    TEXT,
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped', 'completed')),
    created_at     TEXT NOT NULL,
    CHECK ((source_invoice IS NOT NULL) + (source_order IS NOT NULL) + (source_bill IS NOT NULL) = 1),
    CHECK (end_date IS NULL OR end_date >= start),
    CHECK (day_of_month IS NULL OR last_day = 0),
    CHECK (status = 'active' OR next_due_on IS NULL)
) STRICT;
CREATE INDEX repeats_due ON repeats(next_due_on, id);

-- One row per occurrence created: the guard against creating one twice, and the link to
-- the document it made.
CREATE TABLE repeat_runs (
    id               INTEGER PRIMARY KEY,
    repeat           TEXT NOT NULL REFERENCES repeats(id),
    occurrence_index INTEGER NOT NULL,
    occurrence_date  TEXT NOT NULL,
    invoice          INTEGER REFERENCES invoices(id),
    sales_order      TEXT REFERENCES sales_orders(id),
    supplier_bill    TEXT REFERENCES supplier_bills(id),
    created_at       TEXT NOT NULL,
    UNIQUE (repeat, occurrence_date),
    UNIQUE (repeat, occurrence_index)
) STRICT;

-- The notice owed to a repeat's recipients for each document it created, waiting to be
-- handed to the mail outbox.
CREATE TABLE repeat_notifications (
    id         INTEGER PRIMARY KEY,
    repeat     TEXT NOT NULL REFERENCES repeats(id),
    run        INTEGER NOT NULL REFERENCES repeat_runs(id),
    recipients TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Fulfilment terms of a contract: what each side committed to do, ticked off when done.
CREATE TABLE contract_terms (
    contract   TEXT NOT NULL REFERENCES contracts(id),
    position   INTEGER NOT NULL CHECK (position >= 1),
    text       TEXT NOT NULL,
    done_on    TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (contract, position)
) STRICT;

-- ───────────────────────── booking credits (DESIGN §9) ─────────────────────────

-- Credit quantities are INTEGER milli-credits (1 credit = 1000), so sums are exact.
-- A type is sold by an invoice line of (sold_item, sold_uom), `sold_credits` per unit
-- bought; `validity_days` counts the first day (NULL: never expires); `whole` types count
-- whole credits only.
CREATE TABLE credit_types (
    code          TEXT PRIMARY KEY,
    unit          TEXT NOT NULL,
    sold_item     TEXT REFERENCES items(code),
    sold_uom      TEXT REFERENCES uoms(code),
    sold_credits  INTEGER CHECK (sold_credits > 0),
    validity_days INTEGER CHECK (validity_days >= 1),
    whole         INTEGER NOT NULL DEFAULT 1 CHECK (whole IN (0, 1)),
    created_at    TEXT NOT NULL,
    CHECK ((sold_item IS NULL) = (sold_uom IS NULL) AND (sold_item IS NULL) = (sold_credits IS NULL))
) STRICT;
-- One type per selling (item, uom): an invoice line buys one kind of credit.
CREATE UNIQUE INDEX credit_types_sold ON credit_types(sold_item, sold_uom) WHERE sold_item IS NOT NULL;

-- What booking `item` by `uom` costs in a type: milli-credits per booking unit.
CREATE TABLE credit_costs (
    credit_type TEXT NOT NULL REFERENCES credit_types(code),
    item        TEXT NOT NULL REFERENCES items(code),
    uom         TEXT NOT NULL REFERENCES uoms(code),
    credits     INTEGER NOT NULL CHECK (credits > 0),
    PRIMARY KEY (credit_type, item, uom)
) STRICT;
CREATE INDEX credit_costs_item ON credit_costs(item, uom);

-- A purchase or grant. Usable from `starts` through `expires` (inclusive); `tick` writes
-- off what is left the day after and sets `expired`. `invoice_line` is the line that
-- bought it (a credit note correcting that line revokes what is left).
CREATE TABLE credit_lots (
    id           INTEGER PRIMARY KEY,
    customer     TEXT NOT NULL REFERENCES customers(code),
    credit_type  TEXT NOT NULL REFERENCES credit_types(code),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    remaining    INTEGER NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
    starts       TEXT NOT NULL,
    expires      TEXT CHECK (expires IS NULL OR expires >= starts),
    expired      INTEGER NOT NULL DEFAULT 0 CHECK (expired IN (0, 1)),
    origin_kind  TEXT NOT NULL CHECK (origin_kind IN ('invoice', 'rule', 'manual')),
    origin       TEXT NOT NULL,
    invoice_line INTEGER UNIQUE REFERENCES invoice_lines(id),
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX credit_lots_customer ON credit_lots(customer, credit_type, id);
-- `tick` reads only the lots that have lapsed and are not written off yet.
CREATE INDEX credit_lots_to_expire ON credit_lots(expired, expires, customer);

-- Credits a subscription grants: `quantity` once, every billed period, or every
-- day/week/month from its first billed day. `next_grant_on` is the next day an occurrence
-- is owed (NULL when none is left), so that `tick` reads only what is due.
CREATE TABLE credit_rules (
    id            INTEGER PRIMARY KEY,
    subscription  TEXT NOT NULL REFERENCES subscriptions(id),
    credit_type   TEXT NOT NULL REFERENCES credit_types(code),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    recurrence    TEXT NOT NULL CHECK (recurrence IN ('once', 'period', 'day', 'week', 'month')),
    validity_days INTEGER CHECK (validity_days >= 1),
    next_grant_on TEXT,
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX credit_rules_due ON credit_rules(next_grant_on, subscription);
CREATE INDEX credit_rules_subscription ON credit_rules(subscription);

-- One row per occurrence granted: the guard against granting twice, whatever the ticks.
CREATE TABLE credit_grants (
    rule       INTEGER NOT NULL REFERENCES credit_rules(id),
    occurrence TEXT NOT NULL,
    lot        INTEGER REFERENCES credit_lots(id),
    UNIQUE (rule, occurrence)
) STRICT;

-- ─────────────────── locations, reservations, bookings (DESIGN §10) ───────────────────

CREATE TABLE locations (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- How many units of a bookable item a location holds (10 desks, 1 meeting room).
CREATE TABLE location_capacity (
    location TEXT NOT NULL REFERENCES locations(code),
    item     TEXT NOT NULL REFERENCES items(code),
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (location, item)
) STRICT;

-- One unit held for a subscription, every day from `from_date` through `to_date`
-- (inclusive; NULL: until the subscription ends).
CREATE TABLE reservations (
    id           INTEGER PRIMARY KEY,
    subscription TEXT NOT NULL REFERENCES subscriptions(id),
    item         TEXT NOT NULL REFERENCES items(code),
    location     TEXT NOT NULL REFERENCES locations(code),
    from_date    TEXT NOT NULL,
    to_date      TEXT CHECK (to_date IS NULL OR to_date >= from_date),
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX reservations_place ON reservations(location, item, from_date);
CREATE INDEX reservations_subscription ON reservations(subscription);

-- One unit held over [from_at, to_at), company local time `YYYY-MM-DDTHH:MM:SS` (which
-- sorts as text). Paid by credits (`credit_type`, `credits` taken, in milli-credits; the
-- lots they came from are in the ledger) or by a one-off `invoice`.
CREATE TABLE bookings (
    id           TEXT PRIMARY KEY,
    customer     TEXT NOT NULL REFERENCES customers(code),
    item         TEXT NOT NULL REFERENCES items(code),
    location     TEXT NOT NULL REFERENCES locations(code),
    from_at      TEXT NOT NULL,
    to_at        TEXT NOT NULL CHECK (to_at > from_at),
    uom          TEXT NOT NULL REFERENCES uoms(code),
    units        TEXT NOT NULL,
    pay          TEXT NOT NULL CHECK (pay IN ('credits', 'invoice')),
    credit_type  TEXT REFERENCES credit_types(code),
    credits      INTEGER CHECK (credits >= 0),
    invoice      INTEGER REFERENCES invoices(id),
    status       TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')),
    cancelled_at TEXT,
    created_at   TEXT NOT NULL,
    CHECK ((pay = 'credits') = (credit_type IS NOT NULL AND credits IS NOT NULL)),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
) STRICT;
CREATE INDEX bookings_place ON bookings(location, item, status, from_at);
CREATE INDEX bookings_customer ON bookings(customer, from_at);

-- Every movement of credits, signed (+ grant, purchase, refund; − use, expire, revoke).
-- Append-only: its sum per lot is the lot's remainder.
CREATE TABLE credit_ledger (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL,
    customer    TEXT NOT NULL REFERENCES customers(code),
    credit_type TEXT NOT NULL REFERENCES credit_types(code),
    lot         INTEGER NOT NULL REFERENCES credit_lots(id),
    kind        TEXT NOT NULL CHECK (kind IN ('grant', 'purchase', 'use', 'refund', 'expire', 'revoke')),
    credits     INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    booking     TEXT REFERENCES bookings(id),
    reason      TEXT,
    created_at  TEXT NOT NULL,
    CHECK ((kind IN ('grant', 'purchase', 'refund') AND credits > 0)
        OR (kind IN ('use', 'expire', 'revoke') AND credits < 0))
) STRICT;
CREATE INDEX credit_ledger_customer ON credit_ledger(customer, id);
CREATE INDEX credit_ledger_lot ON credit_ledger(lot);
CREATE INDEX credit_ledger_booking ON credit_ledger(booking);
CREATE TRIGGER credit_ledger_no_update BEFORE UPDATE ON credit_ledger
BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
CREATE TRIGGER credit_ledger_no_delete BEFORE DELETE ON credit_ledger
BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
