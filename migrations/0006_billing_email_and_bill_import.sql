-- Migration 10: where documents go, and supplier e-invoices received.
--
-- A customer's billing e-mail, distinct from the contact e-mail: documents go there when
-- it is set (`billing_address` in the code).
ALTER TABLE customers ADD COLUMN billing_email TEXT;

-- A supplier bill imported from an e-invoice (`subs bill import`) keeps who sent it (SIREN,
-- VAT id), the service period, how to pay it, and its VAT breakdown as the file states it.
-- `source` is the syntax it was read from (factur-x, cii, ubl); NULL for a bill typed in.
ALTER TABLE supplier_bills ADD COLUMN source TEXT;
ALTER TABLE supplier_bills ADD COLUMN supplier_siren TEXT;
ALTER TABLE supplier_bills ADD COLUMN supplier_vat_id TEXT;
ALTER TABLE supplier_bills ADD COLUMN period_start TEXT;
ALTER TABLE supplier_bills ADD COLUMN period_end TEXT;
ALTER TABLE supplier_bills ADD COLUMN payment_means TEXT;
ALTER TABLE supplier_bills ADD COLUMN payment_iban TEXT;
ALTER TABLE supplier_bills ADD COLUMN payment_bic TEXT;
ALTER TABLE supplier_bills ADD COLUMN payment_reference TEXT;
ALTER TABLE supplier_bills ADD COLUMN payment_terms TEXT;

-- The same supplier's invoice number is imported once: by SIREN, or by VAT id for a
-- supplier without one.
CREATE UNIQUE INDEX supplier_bills_imported_by_siren
    ON supplier_bills(supplier_siren, reference)
    WHERE supplier_siren IS NOT NULL;
CREATE UNIQUE INDEX supplier_bills_imported_by_vat_id
    ON supplier_bills(supplier_vat_id, reference)
    WHERE supplier_siren IS NULL AND supplier_vat_id IS NOT NULL;

-- The VAT breakdown of an imported bill, per category and rate, as the file states it.
CREATE TABLE supplier_bill_vat (
    bill             TEXT NOT NULL REFERENCES supplier_bills(id),
    category         TEXT NOT NULL,
    rate             TEXT NOT NULL,
    base             INTEGER NOT NULL,
    tax              INTEGER NOT NULL,
    exemption_reason TEXT,
    PRIMARY KEY (bill, category, rate)
) STRICT;
