//! What the entries are derived from, as the store reads it: the documents, money movements
//! and settlements of a span of dates. Amounts are minor units, signed as on the documents
//! (a credit note's totals are negative).

use chrono::NaiveDate;

/// (item, net, VAT rate) of each line of a document.
pub type TaxLines = Vec<(String, i64, String)>;

/// (VAT rate, tax) per rate of a document.
pub type TaxRates = Vec<(String, i64)>;

/// An issued invoice or credit note.
#[derive(Debug, Clone)]
pub struct DocumentFact {
    pub id: i64,
    pub credit_note: bool,
    pub number: String,
    pub customer: String,
    pub customer_name: String,
    pub date: NaiveDate,
    pub grand_total: i64,
    pub lines: TaxLines,
    pub vat: TaxRates,
    /// What a credit note settled when it was issued (the invoice it corrects); the rest is
    /// credit held for the customer.
    pub settles: Vec<Settlement>,
}

/// Part of a payment or credit note settling one invoice.
#[derive(Debug, Clone)]
pub struct Settlement {
    pub invoice: i64,
    pub invoice_number: String,
    pub invoice_total: i64,
    pub amount: i64,
    /// Money that settled the invoice before this part (for the VAT that becomes due).
    pub paid_before: i64,
    /// The invoice's VAT waiting for payment (filled by the caller from the chart).
    pub vat_waiting: i64,
}

/// Money received from a customer.
#[derive(Debug, Clone)]
pub struct PaymentFact {
    pub id: String,
    pub customer: String,
    pub customer_name: String,
    pub date: NaiveDate,
    pub amount: i64,
    pub method: String,
    /// What the payment settled on its own date; the rest is credit held.
    pub settles: Vec<Settlement>,
}

/// Held credit (an overpayment, a credit note's excess) settling a later invoice.
#[derive(Debug, Clone)]
pub struct CreditUseFact {
    pub id: i64,
    pub customer: String,
    pub customer_name: String,
    pub date: NaiveDate,
    /// The payment or credit note the credit came from.
    pub source: String,
    /// Whether the credit was money (a payment), whose use makes VAT due.
    pub money: bool,
    pub settles: Settlement,
}

/// Held credit paid back to a customer.
#[derive(Debug, Clone)]
pub struct RefundFact {
    pub id: String,
    pub customer: String,
    pub customer_name: String,
    pub date: NaiveDate,
    pub amount: i64,
}

/// A supplier bill, and its payment when it is paid.
#[derive(Debug, Clone)]
pub struct BillFact {
    pub id: String,
    pub supplier: String,
    pub date: NaiveDate,
    pub reference: Option<String>,
    pub net_total: i64,
    pub tax_total: i64,
    pub grand_total: i64,
    pub paid_on: Option<NaiveDate>,
}

/// Everything dated in a span, read in one go.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub documents: Vec<DocumentFact>,
    pub payments: Vec<PaymentFact>,
    pub credit_uses: Vec<CreditUseFact>,
    pub refunds: Vec<RefundFact>,
    /// Bills dated in the span, and bills paid in it (a bill may be in both).
    pub bills: Vec<BillFact>,
}
