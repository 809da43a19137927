-- Metered usage and graduated tiers (issue 13 §5).

-- A price with graduated tiers keeps them here as `FROM-[TO]:RATE;…` (its `rate` is then
-- the first tier's); NULL for a plain unit rate, as every price before this migration.
ALTER TABLE item_prices ADD COLUMN tiers TEXT;

-- What a subscription used, on a day; billed in arrears. `invoice` is set in the same
-- transaction as the invoice that bills it, so a usage is billed once however often a
-- tick is killed and re-run. A reference (a script's own id) is recorded once.
CREATE TABLE usage_records (
    id           INTEGER PRIMARY KEY,
    subscription TEXT NOT NULL REFERENCES subscriptions(id),
    item         TEXT NOT NULL REFERENCES items(code),
    qty          TEXT NOT NULL,
    used_on      TEXT NOT NULL,
    reference    TEXT UNIQUE,
    recorded_at  TEXT NOT NULL,
    invoice      INTEGER REFERENCES invoices(id)
) STRICT;
CREATE INDEX usage_records_unbilled ON usage_records(subscription, used_on) WHERE invoice IS NULL;
CREATE INDEX usage_records_by_period ON usage_records(subscription, item, used_on);
