-- subs — migration 11: the chart of accounts the journal entries are posted to.
--
-- Journal entries are derived from the documents (invoices, credit notes, payments,
-- refunds, supplier bills), never stored twice; only the accountant's choices are kept:
-- an account for a key (`services` → 706, `item:DESK` → 7061, `item-group:Boutique` → 707).
-- A key without a row takes its default from the binary.
CREATE TABLE account_map (
    key     TEXT PRIMARY KEY,
    account TEXT NOT NULL
) STRICT;
