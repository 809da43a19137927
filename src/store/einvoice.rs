//! What e-invoices read beyond the books' documents: each item's operation category and
//! VAT exemption, and who gets each issued document e-mailed.

use rusqlite::{OptionalExtension, params};

use super::tx::Tx;
use crate::error::Result;

/// An item's e-invoice terms as stored: goods (else services), its exemption reason and
/// VATEX code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemTerms {
    pub goods: bool,
    pub vat_exemption: Option<String>,
    pub vatex: Option<String>,
}

impl Tx<'_> {
    pub fn item_terms(&self, code: &str) -> Result<Option<ItemTerms>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT operation, vat_exemption, vatex FROM items WHERE code = ?1")?
            .query_row([code], |r| {
                Ok(ItemTerms {
                    goods: r.get::<_, String>(0)? == "goods",
                    vat_exemption: r.get(1)?,
                    vatex: r.get(2)?,
                })
            })
            .optional()?)
    }

    pub fn item_set_terms(&self, code: &str, terms: &ItemTerms) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE items SET operation = ?2, vat_exemption = ?3, vatex = ?4 WHERE code = ?1",
            )?
            .execute(params![
                code,
                if terms.goods { "goods" } else { "services" },
                terms.vat_exemption,
                terms.vatex
            ])?;
        Ok(())
    }

    /// Whether a customer's documents are e-mailed when issued.
    pub fn customer_sends_invoices(&self, code: &str) -> Result<bool> {
        Ok(self
            .conn()
            .prepare_cached("SELECT send_invoices FROM customers WHERE code = ?1")?
            .query_row([code], |r| r.get::<_, i64>(0))
            .optional()?
            == Some(1))
    }

    pub fn customer_set_send_invoices(&self, code: &str, send: bool) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE customers SET send_invoices = ?2 WHERE code = ?1")?
            .execute(params![code, i64::from(send)])?;
        Ok(())
    }

    /// A subscription's own choice, if it made one.
    pub fn subscription_sends_invoices(&self, id: &str) -> Result<Option<bool>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT send_invoices FROM subscriptions WHERE id = ?1")?
            .query_row([id], |r| r.get::<_, Option<i64>>(0))
            .optional()?
            .flatten()
            .map(|v| v == 1))
    }

    pub fn subscription_set_send_invoices(&self, id: &str, send: bool) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE subscriptions SET send_invoices = ?2 WHERE id = ?1")?
            .execute(params![id, i64::from(send)])?;
        Ok(())
    }

    /// How many issued documents `invoice render --all` takes between two dates.
    pub fn issued_count(
        &self,
        from: Option<chrono::NaiveDate>,
        to: Option<chrono::NaiveDate>,
    ) -> Result<u64> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*) FROM invoices WHERE issue_date IS NOT NULL
                 AND (?1 IS NULL OR issue_date >= ?1) AND (?2 IS NULL OR issue_date <= ?2)",
            )?
            .query_row(params![from, to], |r| r.get::<_, i64>(0))
            .map(|n| u64::try_from(n).unwrap_or(0))?)
    }
}
