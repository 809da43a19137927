//! The statements behind the books: the accountant's chart choices (`account_map`), and
//! the facts journal entries are derived from, read per span of dates.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use super::tx::Tx;
use crate::domain::accounting::facts::{
    BillFact, CreditUseFact, DocumentFact, Facts, PaymentFact, RefundFact, Settlement, TaxLines,
    TaxRates,
};
use crate::error::Result;

/// Money that settled an invoice before allocation `a` (allocations ordered by date, id).
const PAID_BEFORE: &str = "(SELECT coalesce(sum(b.amount), 0) FROM allocations b
     WHERE b.invoice = a.invoice AND b.payment IS NOT NULL
       AND (b.date < a.date OR (b.date = a.date AND b.id < a.id)))";

fn settlement(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Settlement> {
    Ok(Settlement {
        invoice: r.get(at)?,
        invoice_number: r.get(at + 1)?,
        invoice_total: r.get(at + 2)?,
        amount: r.get(at + 3)?,
        paid_before: r.get(at + 4)?,
        vat_waiting: 0,
    })
}

impl Tx<'_> {
    /// The accounts chosen by the accountant, by key.
    pub fn account_map(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT key, account FROM account_map")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn set_account(&self, key: &str, account: &str) -> Result<()> {
        self.exec(
            "INSERT INTO account_map (key, account) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET account = excluded.account",
            params![key, account],
        )?;
        Ok(())
    }

    /// Item → group, and group → parent.
    pub fn item_group_tree(&self) -> Result<(HashMap<String, String>, HashMap<String, String>)> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT code, item_group FROM items WHERE item_group IS NOT NULL")?;
        let items = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT name, parent FROM item_groups WHERE parent IS NOT NULL")?;
        let groups = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok((items, groups))
    }

    pub fn item_group_exists(&self, name: &str) -> Result<bool> {
        Ok(self.query_one(
            "SELECT count(*) FROM item_groups WHERE name = ?1",
            [name],
            |r| r.get::<_, i64>(0),
        )? > 0)
    }

    pub fn item_exists(&self, code: &str) -> Result<bool> {
        Ok(
            self.query_one("SELECT count(*) FROM items WHERE code = ?1", [code], |r| {
                r.get::<_, i64>(0)
            })? > 0,
        )
    }

    /// The lines (item, net, rate) and VAT (rate, tax) of a document.
    pub fn document_tax_basis(&self, id: i64) -> Result<(TaxLines, TaxRates)> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT item, net, vat_rate FROM invoice_lines WHERE invoice = ?1 ORDER BY position",
        )?;
        let lines = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT rate, tax FROM invoice_vat WHERE invoice = ?1 ORDER BY rate")?;
        let vat = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok((lines, vat))
    }

    /// Everything the entries dated from `from` through `to` are derived from.
    pub fn accounting_facts(&self, from: NaiveDate, to: NaiveDate) -> Result<Facts> {
        let mut facts = Facts::default();
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.id, i.kind, i.number, i.customer, coalesce(i.customer_name, c.name),
                    i.issue_date, i.grand_total
             FROM invoices i JOIN customers c ON c.code = i.customer
             WHERE i.status = 'issued' AND i.issue_date BETWEEN ?1 AND ?2
             ORDER BY i.issue_date, i.id",
        )?;
        let docs = stmt.query_map(params![from, to], |r| {
            Ok(DocumentFact {
                id: r.get(0)?,
                credit_note: r.get::<_, String>(1)? == "credit_note",
                number: r.get(2)?,
                customer: r.get(3)?,
                customer_name: r.get(4)?,
                date: r.get(5)?,
                grand_total: r.get(6)?,
                lines: Vec::new(),
                vat: Vec::new(),
                settles: Vec::new(),
            })
        })?;
        for doc in docs {
            let mut doc = doc?;
            let (lines, vat) = self.document_tax_basis(doc.id)?;
            doc.lines = lines;
            doc.vat = vat;
            if doc.credit_note {
                doc.settles = self.settlements("a.credit_note = ?1", doc.id)?;
            }
            facts.documents.push(doc);
        }

        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.customer, c.name, p.date, p.amount, p.method
             FROM payments p JOIN customers c ON c.code = p.customer
             WHERE p.date BETWEEN ?1 AND ?2 ORDER BY p.date, p.id",
        )?;
        let payments = stmt.query_map(params![from, to], |r| {
            Ok(PaymentFact {
                id: r.get(0)?,
                customer: r.get(1)?,
                customer_name: r.get(2)?,
                date: r.get(3)?,
                amount: r.get(4)?,
                method: r.get(5)?,
                settles: Vec::new(),
            })
        })?;
        for payment in payments {
            let mut payment = payment?;
            payment.settles = self.settlements_of_payment(&payment.id)?;
            facts.payments.push(payment);
        }

        let sql = format!(
            "SELECT a.id, t.customer, c.name, a.date,
                    coalesce(a.payment, (SELECT s.number FROM invoices s WHERE s.id = a.credit_note)),
                    a.payment IS NOT NULL,
                    a.invoice, t.number, t.grand_total, a.amount, {PAID_BEFORE}
             FROM allocations a JOIN invoices t ON t.id = a.invoice
                  JOIN customers c ON c.code = t.customer
             WHERE a.from_credit = 1 AND a.date BETWEEN ?1 AND ?2 ORDER BY a.date, a.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let uses = stmt.query_map(params![from, to], |r| {
            Ok(CreditUseFact {
                id: r.get(0)?,
                customer: r.get(1)?,
                customer_name: r.get(2)?,
                date: r.get(3)?,
                source: r.get(4)?,
                money: r.get(5)?,
                settles: settlement(r, 6)?,
            })
        })?;
        facts.credit_uses = uses.collect::<rusqlite::Result<_>>()?;

        let mut stmt = self.conn().prepare_cached(
            "SELECT r.id, r.customer, c.name, r.date, r.amount
             FROM refunds r JOIN customers c ON c.code = r.customer
             WHERE r.date BETWEEN ?1 AND ?2 ORDER BY r.date, r.id",
        )?;
        let refunds = stmt.query_map(params![from, to], |r| {
            Ok(RefundFact {
                id: r.get(0)?,
                customer: r.get(1)?,
                customer_name: r.get(2)?,
                date: r.get(3)?,
                amount: r.get(4)?,
            })
        })?;
        facts.refunds = refunds.collect::<rusqlite::Result<_>>()?;

        let mut stmt = self.conn().prepare_cached(
            "SELECT id, supplier, bill_date, reference, net_total, tax_total, grand_total, paid_on
             FROM supplier_bills
             WHERE bill_date BETWEEN ?1 AND ?2 OR paid_on BETWEEN ?1 AND ?2
             ORDER BY bill_date, id",
        )?;
        let bills = stmt.query_map(params![from, to], |r| {
            Ok(BillFact {
                id: r.get(0)?,
                supplier: r.get(1)?,
                date: r.get(2)?,
                reference: r.get(3)?,
                net_total: r.get(4)?,
                tax_total: r.get(5)?,
                grand_total: r.get(6)?,
                paid_on: r.get(7)?,
            })
        })?;
        facts.bills = bills.collect::<rusqlite::Result<_>>()?;
        Ok(facts)
    }

    fn settlements(&self, filter: &str, id: i64) -> Result<Vec<Settlement>> {
        let sql = format!(
            "SELECT a.invoice, t.number, t.grand_total, a.amount, {PAID_BEFORE}
             FROM allocations a JOIN invoices t ON t.id = a.invoice
             WHERE {filter} AND a.from_credit = 0 ORDER BY a.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([id], |r| settlement(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn settlements_of_payment(&self, payment: &str) -> Result<Vec<Settlement>> {
        let sql = format!(
            "SELECT a.invoice, t.number, t.grand_total, a.amount, {PAID_BEFORE}
             FROM allocations a JOIN invoices t ON t.id = a.invoice
             WHERE a.payment = ?1 AND a.from_credit = 0 ORDER BY a.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([payment], |r| settlement(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (customer, invoice, date settled) of every invoice fully settled by `cutoff`.
    pub fn settled_invoices(&self, cutoff: NaiveDate) -> Result<Vec<(String, i64, NaiveDate)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.customer, i.id, max(a.date) FROM invoices i
             JOIN allocations a ON a.invoice = i.id
             WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.grand_total > 0
               AND i.settled = i.grand_total
             GROUP BY i.id HAVING max(a.date) <= ?1",
        )?;
        let rows = stmt.query_map([cutoff], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The earliest date anything is booked on, if anything is.
    pub fn first_booked_date(&self) -> Result<Option<NaiveDate>> {
        Ok(self.query_one(
            "SELECT min(d) FROM (
                 SELECT min(issue_date) AS d FROM invoices WHERE status = 'issued'
                 UNION ALL SELECT min(date) FROM payments
                 UNION ALL SELECT min(date) FROM refunds
                 UNION ALL SELECT min(bill_date) FROM supplier_bills)",
            [],
            |r| r.get(0),
        )?)
    }
}
