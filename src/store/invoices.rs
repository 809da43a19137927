//! Rows of invoices and credit notes, their lines and VAT breakdown, and the gapless
//! series counters.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text};
use crate::domain::invoice::{
    Invoice, InvoiceFilter, InvoiceLine, NewInvoice, Totals, VatAmount, factor_text,
};
use crate::error::{Error, Result};

const SELECT_INVOICE: &str = "SELECT i.id, i.kind, i.status, i.number, i.customer, i.subscription,
    i.sales_order, i.credits_invoice,
    (SELECT c.number FROM invoices c WHERE c.id = i.credits_invoice), i.issue_date, i.due_date, i.period_start,
    i.period_end, i.currency, i.net_total, i.tax_total, i.grand_total, i.settled, i.credited,
    i.days_until_due, i.due_from, i.customer_name, i.customer_address, i.customer_vat_id,
    i.customer_siren, i.customer_kind, i.seller_name, i.seller_address, i.seller_siren,
    i.seller_vat_id, i.reason, i.paid
    FROM invoices i";

fn invoice_from_row(row: &Row) -> rusqlite::Result<Invoice> {
    Ok(Invoice {
        id: row.get(0)?,
        kind: row.get(1)?,
        status: row.get(2)?,
        number: row.get(3)?,
        customer: row.get(4)?,
        subscription: row.get(5)?,
        sales_order: row.get(6)?,
        credits_invoice: row.get(7)?,
        credits_number: row.get(8)?,
        issue_date: row.get(9)?,
        due_date: row.get(10)?,
        period_start: row.get(11)?,
        period_end: row.get(12)?,
        currency: row.get(13)?,
        net_total: row.get(14)?,
        tax_total: row.get(15)?,
        grand_total: row.get(16)?,
        settled: row.get(17)?,
        credited: row.get(18)?,
        days_until_due: row.get(19)?,
        due_from: row.get(20)?,
        customer_name: row.get(21)?,
        customer_address: row.get(22)?,
        customer_vat_id: row.get(23)?,
        customer_siren: row.get(24)?,
        customer_kind: row.get(25)?,
        seller_name: row.get(26)?,
        seller_address: row.get(27)?,
        seller_siren: row.get(28)?,
        seller_vat_id: row.get(29)?,
        reason: row.get(30)?,
        paid: row.get(31)?,
    })
}

fn line_from_row(row: &Row) -> rusqlite::Result<InvoiceLine> {
    Ok(InvoiceLine {
        id: row.get(0)?,
        position: row.get(1)?,
        item: row.get(2)?,
        description: row.get(3)?,
        qty: decimal(&row.get::<_, String>(4)?)?,
        uom: row.get(5)?,
        rate: decimal(&row.get::<_, String>(6)?)?,
        factor: row.get(7)?,
        days: row.get(8)?,
        period_days: row.get(9)?,
        unrounded: decimal(&row.get::<_, String>(10)?)?,
        net: row.get(11)?,
        vat_rate: decimal(&row.get::<_, String>(12)?)?,
        period_start: row.get(13)?,
        period_end: row.get(14)?,
        price_source: row.get(15)?,
        subscription_line: row.get(16)?,
        credits_line: row.get(17)?,
    })
}

/// The customer and seller as printed on an issued document.
#[derive(Debug, Clone, Default)]
pub struct Frozen {
    pub customer_name: String,
    pub customer_address: Option<String>,
    pub customer_vat_id: Option<String>,
    pub customer_siren: Option<String>,
    pub customer_kind: String,
    pub seller_name: String,
    pub seller_address: Option<String>,
    pub seller_siren: Option<String>,
    pub seller_vat_id: Option<String>,
}

/// The number and dates a document gets when it is issued.
#[derive(Debug, Clone)]
pub struct Numbering {
    pub number: String,
    /// The series counter key the number was taken from.
    pub series: String,
    pub seq: i64,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
}

impl Tx<'_> {
    /// Writes a draft with its lines and VAT breakdown; returns its id.
    pub fn invoice_insert_draft(
        &self,
        inv: &NewInvoice,
        totals: &Totals,
        created_at: &str,
    ) -> Result<i64> {
        let id: i64 = self
            .conn()
            .prepare_cached(
                "INSERT INTO invoices (kind, status, customer, subscription, sales_order, credits_invoice,
                     period_start, period_end, currency, net_total, tax_total, grand_total,
                     days_until_due, due_from, reason, created_at)
                 VALUES (?1, 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                 RETURNING id",
            )?
            .query_row(
                params![
                    inv.kind.as_str(),
                    inv.customer,
                    inv.subscription,
                    inv.sales_order,
                    inv.credits_invoice,
                    inv.period.map(|p| p.start),
                    inv.period.map(|p| p.end),
                    inv.currency,
                    totals.net,
                    totals.tax,
                    totals.grand,
                    inv.days_until_due,
                    inv.due_from,
                    inv.reason,
                    created_at
                ],
                |r| r.get(0),
            )?;
        self.invoice_write_lines(id, inv, totals)?;
        Ok(id)
    }

    /// Writes a document issued at once: numbered and frozen from the start, then its lines,
    /// then marked issued (the triggers refuse lines added to an issued document).
    pub fn invoice_insert_issued(
        &self,
        inv: &NewInvoice,
        totals: &Totals,
        numbering: &Numbering,
        frozen: &Frozen,
        created_at: &str,
    ) -> Result<i64> {
        let id: i64 = self.query_one(
            "INSERT INTO invoices (kind, status, number, series, seq, customer, subscription, sales_order,
                 credits_invoice, issue_date, due_date, period_start, period_end, currency, net_total,
                 tax_total, grand_total, days_until_due, due_from, customer_name, customer_address,
                 customer_vat_id, customer_siren, customer_kind, seller_name, seller_address, seller_siren,
                 seller_vat_id, reason, created_at)
             VALUES (?1, 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)
             RETURNING id",
            params![
                inv.kind.as_str(),
                numbering.number,
                numbering.series,
                numbering.seq,
                inv.customer,
                inv.subscription,
                inv.sales_order,
                inv.credits_invoice,
                numbering.issue_date,
                numbering.due_date,
                inv.period.map(|p| p.start),
                inv.period.map(|p| p.end),
                inv.currency,
                totals.net,
                totals.tax,
                totals.grand,
                inv.days_until_due,
                inv.due_from,
                frozen.customer_name,
                frozen.customer_address,
                frozen.customer_vat_id,
                frozen.customer_siren,
                frozen.customer_kind,
                frozen.seller_name,
                frozen.seller_address,
                frozen.seller_siren,
                frozen.seller_vat_id,
                inv.reason,
                created_at
            ],
            |r| r.get(0),
        )?;
        self.invoice_write_lines(id, inv, totals)?;
        let head = self.chain_head()?;
        self.exec(
            "UPDATE invoices SET status = 'issued', chain_head = ?2, chain_length = ?3 WHERE id = ?1",
            params![id, head.hash, head.length],
        )?;
        Ok(id)
    }

    fn invoice_write_lines(&self, id: i64, inv: &NewInvoice, totals: &Totals) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO invoice_lines (invoice, position, item, description, qty, uom, rate, factor, days,
                 period_days, unrounded, net, vat_rate, period_start, period_end, price_source,
                 subscription_line, credits_line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        )?;
        for (position, line) in inv.lines.iter().enumerate() {
            let prorated = line.period.is_some();
            stmt.execute(params![
                id,
                position as i64 + 1,
                line.item,
                line.description,
                decimal_text(line.qty),
                line.uom,
                line.rate.to_string(),
                factor_text(line.factor),
                prorated.then_some(line.factor.days),
                prorated.then_some(line.factor.period_days),
                line.amount.unrounded.normalize().to_string(),
                line.amount.net,
                decimal_text(line.vat_rate),
                line.period.map(|p| p.start),
                line.period.map(|p| p.end),
                line.price_source,
                line.subscription_line,
                line.credits_line
            ])?;
        }
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO invoice_vat (invoice, rate, base, tax) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for vat in &totals.vat {
            stmt.execute(params![id, decimal_text(vat.rate), vat.base, vat.tax])?;
        }
        Ok(())
    }

    /// Rewrites a draft's lines and totals (drafts only: the triggers refuse issued ones).
    pub fn invoice_rewrite_draft(&self, id: i64, inv: &NewInvoice, totals: &Totals) -> Result<()> {
        self.conn()
            .execute("DELETE FROM invoice_lines WHERE invoice = ?1", [id])?;
        self.conn()
            .execute("DELETE FROM invoice_vat WHERE invoice = ?1", [id])?;
        self.exec(
            "UPDATE invoices SET net_total = ?2, tax_total = ?3, grand_total = ?4, period_start = ?5,
                 period_end = ?6 WHERE id = ?1 AND status = 'draft'",
            params![id, totals.net, totals.tax, totals.grand, inv.period.map(|p| p.start), inv.period.map(|p| p.end)],
        )?;
        self.invoice_write_lines(id, inv, totals)
    }

    pub fn invoice_delete_draft(&self, id: i64) -> Result<()> {
        self.conn()
            .execute("DELETE FROM invoice_lines WHERE invoice = ?1", [id])?;
        self.conn()
            .execute("DELETE FROM invoice_vat WHERE invoice = ?1", [id])?;
        self.exec(
            "UPDATE billed_periods SET invoice = NULL WHERE invoice = ?1",
            [id],
        )?;
        self.exec(
            "DELETE FROM invoices WHERE id = ?1 AND status = 'draft'",
            [id],
        )?;
        Ok(())
    }

    /// Takes the next number of a series on `date`, refusing to go back in time so that
    /// numbers stay chronological. One statement: the counter moves only when the date is
    /// not before the series' last one.
    pub fn series_next(&self, key: &str, date: NaiveDate) -> Result<i64> {
        let next: Option<i64> = self
            .query_one(
                "INSERT INTO series_counters (series, last_seq, last_date) VALUES (?1, 1, ?2)
                 ON CONFLICT (series) DO UPDATE SET last_seq = last_seq + 1, last_date = excluded.last_date
                     WHERE excluded.last_date >= series_counters.last_date
                 RETURNING last_seq",
                params![key, date],
                |r| r.get(0),
            )
            .optional()?;
        match next {
            Some(seq) => Ok(seq),
            None => {
                let last: NaiveDate = self.query_one(
                    "SELECT last_date FROM series_counters WHERE series = ?1",
                    [key],
                    |r| r.get(0),
                )?;
                Err(Error::refused(format!(
                    "cannot number a document dated {date} in series {key}: the last one is dated {last} (numbers must stay chronological)"
                )))
            }
        }
    }

    /// Freezes a draft as issued, with its number, the parties as printed, and the head of
    /// the audit chain at its issue.
    pub fn invoice_mark_issued(
        &self,
        id: i64,
        numbering: &Numbering,
        frozen: &Frozen,
    ) -> Result<()> {
        let head = self.chain_head()?;
        self.conn()
            .prepare_cached(
                "UPDATE invoices SET status = 'issued', number = ?2, series = ?3, seq = ?4, issue_date = ?5,
                     due_date = ?6, customer_name = ?7, customer_address = ?8, customer_vat_id = ?9,
                     customer_siren = ?10, customer_kind = ?11, seller_name = ?12, seller_address = ?13,
                     seller_siren = ?14, seller_vat_id = ?15, chain_head = ?16, chain_length = ?17
                 WHERE id = ?1 AND status = 'draft'",
            )?
            .execute(params![
                id,
                numbering.number,
                numbering.series,
                numbering.seq,
                numbering.issue_date,
                numbering.due_date,
                frozen.customer_name,
                frozen.customer_address,
                frozen.customer_vat_id,
                frozen.customer_siren,
                frozen.customer_kind,
                frozen.seller_name,
                frozen.seller_address,
                frozen.seller_siren,
                frozen.seller_vat_id,
                head.hash,
                head.length
            ])?;
        Ok(())
    }

    pub fn invoice(&self, id: i64) -> Result<Option<Invoice>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_INVOICE} WHERE i.id = ?1"))?
            .query_row([id], invoice_from_row)
            .optional()?)
    }

    pub fn invoice_by_number(&self, number: &str) -> Result<Option<Invoice>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_INVOICE} WHERE i.number = ?1"))?
            .query_row([number], invoice_from_row)
            .optional()?)
    }

    pub fn invoice_lines(&self, id: i64) -> Result<Vec<InvoiceLine>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, position, item, description, qty, uom, rate, factor, days, period_days, unrounded,
                 net, vat_rate, period_start, period_end, price_source, subscription_line, credits_line
             FROM invoice_lines WHERE invoice = ?1 ORDER BY position",
        )?;
        Ok(stmt
            .query_map([id], line_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn invoice_vat(&self, id: i64) -> Result<Vec<VatAmount>> {
        let mut stmt =
            self.conn().prepare_cached("SELECT rate, base, tax FROM invoice_vat WHERE invoice = ?1 ORDER BY CAST(rate AS REAL)")?;
        let rows = stmt.query_map([id], |r| {
            Ok(VatAmount {
                rate: decimal(&r.get::<_, String>(0)?)?,
                base: r.get(1)?,
                tax: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Invoices matching `filter` by issue date then id (drafts last), streamed.
    pub fn invoices_each(
        &self,
        filter: &InvoiceFilter,
        mut each: impl FnMut(Invoice) -> Result<()>,
    ) -> Result<()> {
        // Issued documents in the order of the (issue date, id) index, then drafts by id: two
        // passes that stream in index order, where one ORDER BY would sort every row first.
        let filters = "(?1 IS NULL OR i.customer = ?1) AND (?2 IS NULL OR i.subscription = ?2)
               AND (?3 IS NULL OR i.status = ?3)
               AND (?4 IS NULL OR i.issue_date >= ?4) AND (?5 IS NULL OR i.issue_date <= ?5)";
        for pass in [
            format!(
                "{SELECT_INVOICE} WHERE i.issue_date IS NOT NULL AND {filters} ORDER BY i.issue_date, i.id"
            ),
            format!("{SELECT_INVOICE} WHERE i.issue_date IS NULL AND {filters} ORDER BY i.id"),
        ] {
            let mut stmt = self.conn().prepare_cached(&pass)?;
            let mut rows = stmt.query(params![
                filter.customer,
                filter.subscription,
                filter.status,
                filter.from,
                filter.to
            ])?;
            while let Some(row) = rows.next()? {
                each(invoice_from_row(row)?)?;
            }
        }
        Ok(())
    }

    /// Ids of drafts, oldest first.
    pub fn draft_ids(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT id FROM invoices WHERE status = 'draft' ORDER BY id")?;
        Ok(stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn invoice_add_credited(&self, id: i64, amount: i64) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE invoices SET credited = credited + ?2 WHERE id = ?1")?
            .execute(params![id, amount])?;
        Ok(())
    }

    /// Ids of a subscription's invoices (issued and drafts), oldest first.
    pub fn subscription_invoice_ids(&self, subscription: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM invoices WHERE subscription = ?1 AND kind = 'invoice' ORDER BY id",
        )?;
        Ok(stmt
            .query_map([subscription], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// What credit notes already took off each line, summed, as a positive amount.
    pub fn line_credited(&self, line_id: i64) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT coalesce(-sum(l.net), 0) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice
                 WHERE l.credits_line = ?1 AND i.status = 'issued'",
            )?
            .query_row([line_id], |r| r.get(0))?)
    }

    /// Sum of what is still owed on a subscription's issued invoices.
    pub fn subscription_outstanding(&self, subscription: &str) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(max(grand_total - settled, 0)), 0) FROM invoices
                 WHERE subscription = ?1 AND status = 'issued' AND kind = 'invoice'",
            )?
            .query_row([subscription], |r| r.get(0))?)
    }

    /// The net of credit notes already issued against an invoice, per VAT rate (negative).
    pub fn credited_by_rate(&self, invoice_id: i64) -> Result<Vec<(rust_decimal::Decimal, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT v.rate, sum(v.base) FROM invoice_vat v JOIN invoices c ON c.id = v.invoice
             WHERE c.credits_invoice = ?1 AND c.status = 'issued' GROUP BY v.rate",
        )?;
        let rows = stmt.query_map([invoice_id], |r| {
            Ok((decimal(&r.get::<_, String>(0)?)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
