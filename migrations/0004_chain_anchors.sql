-- Migration 4: every issued document anchors the audit chain outside its own table.
--
-- At its issue a document records the head of the audit log (the last entry's hash and the
-- chain's length, which is that entry's id). `subs log verify` checks every anchor against
-- the log, so removing entries up to the last issued document, or rewriting the chain
-- before it, is detected. Documents issued before this migration carry no anchor.

ALTER TABLE invoices ADD COLUMN chain_head TEXT;
ALTER TABLE invoices ADD COLUMN chain_length INTEGER CHECK (chain_length >= 0);

-- No path may issue a document without its anchor.
CREATE TRIGGER invoices_issued_record_the_chain_on_insert BEFORE INSERT ON invoices
WHEN NEW.status = 'issued' AND (NEW.chain_head IS NULL OR NEW.chain_length IS NULL)
BEGIN SELECT RAISE(ABORT, 'an issued document must record the head of the audit chain'); END;

CREATE TRIGGER invoices_issued_record_the_chain BEFORE UPDATE OF status ON invoices
WHEN NEW.status = 'issued' AND OLD.status IS NOT 'issued'
    AND (NEW.chain_head IS NULL OR NEW.chain_length IS NULL)
BEGIN SELECT RAISE(ABORT, 'an issued document must record the head of the audit chain'); END;

-- An anchor, once recorded, never changes (the freeze of issued documents lists the
-- columns it knew of).
CREATE TRIGGER invoices_chain_anchor_frozen BEFORE UPDATE ON invoices
WHEN OLD.status = 'issued'
    AND (NEW.chain_head IS NOT OLD.chain_head OR NEW.chain_length IS NOT OLD.chain_length)
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot change; issue a credit note instead'); END;
