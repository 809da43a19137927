//! Supplier bills.

use serde::Serialize;

use super::billing::VatBreakdownView;
use super::fields::date;
use crate::domain::money::{format_decimal, format_minor, format_rate, minor_digits};
use crate::domain::supplier_bill::{Received, SupplierBill};

#[derive(Debug, Default, Serialize)]
pub struct BillView {
    pub id: String,
    pub supplier: String,
    pub date: String,
    pub due_date: String,
    pub reference: Option<String>,
    pub status: String,
    pub currency: String,
    pub net_total: String,
    pub tax_total: String,
    pub grand_total: String,
    pub paid_on: Option<String>,
}

impl BillView {
    /// The bill's totals are derived from its lines again (they were bounded when written).
    pub fn new(bill: &SupplierBill, today: chrono::NaiveDate) -> Result<Self, crate::error::Error> {
        let digits = minor_digits(&bill.currency);
        let totals = bill.totals(digits).map_err(|e| e.at(&bill.id))?;
        Ok(BillView {
            id: bill.id.clone(),
            supplier: bill.supplier.clone(),
            date: bill.date.to_string(),
            due_date: bill.due_date.to_string(),
            reference: bill.reference.clone(),
            status: bill.status(today).as_str().into(),
            currency: bill.currency.clone(),
            net_total: format_minor(totals.net, digits),
            tax_total: format_minor(totals.tax, digits),
            grand_total: format_minor(totals.grand, digits),
            paid_on: date(bill.paid_on),
        })
    }
}

#[derive(Debug, Default, Serialize)]
pub struct BillLineView {
    pub description: String,
    pub qty: String,
    pub rate: String,
    pub net: String,
    pub vat_rate: String,
}

#[derive(Debug, Default, Serialize)]
pub struct BillDetail {
    #[serde(flatten)]
    pub summary: BillView,
    /// What a bill imported from an e-invoice adds; absent for a bill typed in.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub received: Option<ReceivedView>,
    pub lines: Vec<BillLineView>,
    pub vat: Vec<VatBreakdownView>,
}

/// The e-invoice side of an imported bill: who sent it and how to pay it.
#[derive(Debug, Default, Serialize)]
pub struct ReceivedView {
    /// `factur-x`, `cii` or `ubl`.
    pub source: String,
    pub supplier_siren: Option<String>,
    pub supplier_vat_id: Option<String>,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    /// UNTDID 4461 code (`58` SEPA transfer, `59` SEPA direct debit…).
    pub payment_means: Option<String>,
    pub payment_iban: Option<String>,
    pub payment_bic: Option<String>,
    pub payment_reference: Option<String>,
    pub payment_terms: Option<String>,
}

impl From<&Received> for ReceivedView {
    fn from(r: &Received) -> Self {
        ReceivedView {
            source: r.source.clone(),
            supplier_siren: r.supplier_siren.clone(),
            supplier_vat_id: r.supplier_vat_id.clone(),
            period_start: r.period.map(|(start, _)| start.to_string()),
            period_end: r.period.map(|(_, end)| end.to_string()),
            payment_means: r.payment.means.clone(),
            payment_iban: r.payment.iban.clone(),
            payment_bic: r.payment.bic.clone(),
            payment_reference: r.payment.reference.clone(),
            payment_terms: r.payment.terms.clone(),
        }
    }
}

impl BillDetail {
    pub fn new(bill: &SupplierBill, today: chrono::NaiveDate) -> Result<Self, crate::error::Error> {
        let digits = minor_digits(&bill.currency);
        Ok(BillDetail {
            summary: BillView::new(bill, today)?,
            received: bill.received.as_ref().map(ReceivedView::from),
            lines: bill
                .lines
                .iter()
                .map(|l| BillLineView {
                    description: l.description.clone(),
                    qty: format_decimal(l.qty),
                    rate: format_rate(l.rate, digits),
                    net: format_minor(l.net, digits),
                    vat_rate: format_decimal(l.vat_rate),
                })
                .collect(),
            vat: bill
                .totals(digits)
                .map_err(|e| e.at(&bill.id))?
                .vat
                .iter()
                .map(|v| VatBreakdownView::new(v, digits))
                .collect(),
        })
    }
}
