-- Migration 13: what happens to a SEPA direct debit after its file (`sepa import`).
--
-- A collection now remembers the account and the mandate's signature date it was sent
-- with (to tell an amendment of a used mandate from a new one), its outcome at the bank
-- (`exported` until a status report or a return says otherwise) with the reason code, and
-- the collection it re-presents.
ALTER TABLE sepa_collections ADD COLUMN iban TEXT;
ALTER TABLE sepa_collections ADD COLUMN mandate_signed_on TEXT;
ALTER TABLE sepa_collections ADD COLUMN status TEXT NOT NULL DEFAULT 'exported'
    CHECK (status IN ('exported', 'rejected', 'returned'));
ALTER TABLE sepa_collections ADD COLUMN reason TEXT;
ALTER TABLE sepa_collections ADD COLUMN reported_on TEXT;
ALTER TABLE sepa_collections ADD COLUMN retry_of INTEGER REFERENCES sepa_collections(id);
CREATE INDEX sepa_collections_invoice ON sepa_collections(invoice);

-- Each reject or return read from a bank file, once per debit: the same file imported
-- twice finds its references here and changes nothing.
CREATE TABLE sepa_events (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL,
    collection  INTEGER NOT NULL REFERENCES sepa_collections(id),
    kind        TEXT NOT NULL CHECK (kind IN ('rejected', 'returned')),
    reason      TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    file        TEXT NOT NULL,
    reversed    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    UNIQUE (reference, collection)
) STRICT;

-- A mandate (or the account under it) the bank said cannot be used (MD01, MD06, AC04,
-- AC06, MD07): nothing is collected under it until the customer's mandate or IBAN changes.
CREATE TABLE sepa_mandate_blocks (
    id         INTEGER PRIMARY KEY,
    customer   TEXT NOT NULL REFERENCES customers(code),
    mandate_id TEXT NOT NULL,
    iban       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    since      TEXT NOT NULL,
    collection INTEGER NOT NULL REFERENCES sepa_collections(id),
    UNIQUE (customer, mandate_id, iban)
) STRICT;

-- The notice a SEPA payer gets when an invoice is issued: the amount and the day it will
-- be collected, under which mandate, by which creditor.
CREATE TABLE sepa_prenotifications (
    invoice         INTEGER PRIMARY KEY REFERENCES invoices(id),
    notified_on     TEXT NOT NULL,
    collection_date TEXT NOT NULL,
    amount          INTEGER NOT NULL,
    mandate_id      TEXT NOT NULL,
    outbox          INTEGER REFERENCES outbox(id)
) STRICT;
