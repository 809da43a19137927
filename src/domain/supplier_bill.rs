//! Supplier bills: what the company owes for its own running costs (rent, energy,
//! cleaning). Lines are typed `DESCRIPTION:QTY@RATE[:VAT]`; amounts follow the invoice
//! rules (line net = round(qty × rate); VAT per rate on the sum of line nets).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::billing::Factor;
use crate::domain::catalogue::QTY_RULE;
use crate::domain::invoice::{Totals, VatAmount, line_amount, totals};
use crate::domain::money::{OutOfRange, RATE_RULE, parse_decimal};
use crate::domain::values::{add_days, non_empty};
use crate::error::Error;

/// A bill line as typed: the VAT is a code or a percentage, resolved against the books.
#[derive(Debug, Clone, PartialEq)]
pub struct BillLineSpec {
    pub description: String,
    pub qty: Decimal,
    pub rate: Decimal,
    pub vat: Option<String>,
}

/// Parses `Rent March:1@1200.00` or `Electricity:1@312.40:TVA20`. The description may hold
/// `:` (the quantity is after the last one before `@`); rates are exact, up to six decimals.
pub fn parse_bill_line(flag: &str, text: &str) -> Result<BillLineSpec, Error> {
    let field = format!("{flag} {text}");
    let shape = || {
        Error::invalid(
            &field,
            "expected DESCRIPTION:QTY@RATE[:VAT], e.g. \"Rent:1@1200.00\"",
        )
    };
    let (head, tail) = text.rsplit_once('@').ok_or_else(shape)?;
    let (description, qty) = head.rsplit_once(':').ok_or_else(shape)?;
    let (rate, vat) = match tail.split_once(':') {
        Some((rate, vat)) => (rate, Some(vat.trim().to_string())),
        None => (tail, None),
    };
    if vat.as_deref() == Some("") {
        return Err(Error::invalid(&field, "the VAT after the rate is empty"));
    }
    Ok(BillLineSpec {
        description: non_empty(&format!("{field}: description"), description)?,
        qty: parse_decimal(&format!("{field}: quantity"), qty, QTY_RULE)?,
        rate: parse_decimal(&format!("{field}: rate"), rate, RATE_RULE)?,
        vat,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct BillLine {
    pub description: String,
    pub qty: Decimal,
    pub rate: Decimal,
    pub vat_rate: Decimal,
    /// Minor units.
    pub net: i64,
}

impl BillLine {
    /// A line with its net computed by the invoice rule (checked against the bound).
    pub fn new(
        description: String,
        qty: Decimal,
        rate: Decimal,
        vat_rate: Decimal,
        digits: u32,
    ) -> Result<Self, OutOfRange> {
        let net = line_amount(qty, rate, Factor::FULL, digits)?.net;
        Ok(BillLine {
            description,
            qty,
            rate,
            vat_rate,
            net,
        })
    }
}

/// Whether a bill is settled, or late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillStatus {
    Unpaid,
    Paid,
    Overdue,
}

impl BillStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            BillStatus::Unpaid => "unpaid",
            BillStatus::Paid => "paid",
            BillStatus::Overdue => "overdue",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [BillStatus::Unpaid, BillStatus::Paid, BillStatus::Overdue]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SupplierBill {
    pub id: String,
    pub supplier: String,
    pub date: NaiveDate,
    pub due_date: NaiveDate,
    /// The supplier's own number for the bill.
    pub reference: Option<String>,
    pub currency: String,
    pub lines: Vec<BillLine>,
    pub paid_on: Option<NaiveDate>,
    /// What the supplier's e-invoice said, for a bill imported from one (`bill import`).
    pub received: Option<Received>,
}

/// What a bill imported from a supplier's e-invoice keeps beyond a typed one: who sent it,
/// how to pay it, and its figures as the file states them (already checked to add up).
#[derive(Debug, Clone, PartialEq)]
pub struct Received {
    /// The syntax it was read from: `factur-x`, `cii` or `ubl`.
    pub source: String,
    pub supplier_siren: Option<String>,
    pub supplier_vat_id: Option<String>,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub payment: BillPayment,
    /// The VAT breakdown, per category and rate.
    pub vat: Vec<ReceivedVat>,
    /// Minor units: the total without VAT, the VAT, the total with VAT.
    pub net: i64,
    pub tax: i64,
    pub grand: i64,
}

/// How the supplier asks to be paid.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BillPayment {
    /// UNTDID 4461 code of the means (`58` SEPA transfer, `59` SEPA direct debit…).
    pub means: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    /// The reference to give with the payment.
    pub reference: Option<String>,
    /// The payment terms, as written.
    pub terms: Option<String>,
}

/// The VAT of one category and rate of a received bill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedVat {
    /// UNTDID 5305 (`S`, `Z`, `E`, `AE`…).
    pub category: String,
    pub rate: Decimal,
    /// Minor units.
    pub base: i64,
    pub tax: i64,
    pub exemption_reason: Option<String>,
}

impl SupplierBill {
    /// The bill's totals: derived from its lines for a bill typed in; as its e-invoice
    /// states them for a received one.
    pub fn totals(&self, digits: u32) -> Result<Totals, OutOfRange> {
        if let Some(received) = &self.received {
            return Ok(Totals {
                net: received.net,
                tax: received.tax,
                grand: received.grand,
                vat: received
                    .vat
                    .iter()
                    .map(|v| VatAmount {
                        rate: v.rate,
                        base: v.base,
                        tax: v.tax,
                    })
                    .collect(),
            });
        }
        totals(self.lines.iter().map(|l| (l.vat_rate, l.net)), digits)
    }

    pub fn status(&self, today: NaiveDate) -> BillStatus {
        match self.paid_on {
            Some(_) => BillStatus::Paid,
            None if self.due_date < today => BillStatus::Overdue,
            None => BillStatus::Unpaid,
        }
    }

    /// The copy a repeat makes for one of its dates: dated on it, due after the same
    /// number of days as this bill, unpaid, and without the supplier's reference (each
    /// real bill has its own).
    pub fn copy_dated(&self, id: String, date: NaiveDate) -> SupplierBill {
        let term = (self.due_date - self.date).num_days().max(0) as u64;
        SupplierBill {
            id,
            supplier: self.supplier.clone(),
            date,
            due_date: add_days(date, term).unwrap_or(date),
            reference: None,
            currency: self.currency.clone(),
            lines: self.lines.clone(),
            paid_on: None,
            received: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn lines_parse_with_colons_in_the_description_and_an_optional_vat() {
        let line = parse_bill_line("--line", "Loyer: mars:1@1200.00").unwrap();
        assert_eq!(line.description, "Loyer: mars");
        assert_eq!(
            (line.qty, line.rate, line.vat),
            (d("1"), d("1200.00"), None)
        );
        let line = parse_bill_line("--line", "Électricité:2.5@31.24:TVA5.5").unwrap();
        assert_eq!(line.qty, d("2.5"));
        assert_eq!(line.vat.as_deref(), Some("TVA5.5"));
    }

    #[test]
    fn malformed_lines_name_the_flag() {
        for bad in [
            "Rent",
            "Rent@100",
            "Rent:1",
            ":1@100",
            "Rent:0@100",
            "Rent:x@100",
            "Rent:1@-5",
            "Rent:1@1.2345678",
            "Rent:1@100:",
            "=cmd:1@100",
        ] {
            let err = parse_bill_line("--line", bad).unwrap_err().to_string();
            assert!(err.starts_with("--line"), "{bad}: {err}");
        }
    }

    #[test]
    fn totals_follow_the_invoice_rules() {
        let bill = SupplierBill {
            id: "BILL-0001".into(),
            supplier: "EDF".into(),
            date: "2026-01-10".parse().unwrap(),
            due_date: "2026-02-09".parse().unwrap(),
            reference: Some("F-1".into()),
            currency: "EUR".into(),
            lines: vec![
                BillLine::new("A".into(), d("3"), d("33.33"), d("20"), 2).unwrap(),
                BillLine::new("B".into(), d("1"), d("10.00"), d("5.5"), 2).unwrap(),
            ],
            paid_on: None,
            received: None,
        };
        let t = bill.totals(2).unwrap();
        assert_eq!((t.net, t.tax, t.grand), (10999, 2000 + 55, 10999 + 2055));
        assert_eq!(
            bill.status("2026-02-09".parse().unwrap()),
            BillStatus::Unpaid
        );
        assert_eq!(
            bill.status("2026-02-10".parse().unwrap()),
            BillStatus::Overdue
        );
        let copy = bill.copy_dated("BILL-0002".into(), "2026-03-31".parse().unwrap());
        assert_eq!(copy.due_date, "2026-04-30".parse().unwrap());
        assert_eq!((copy.reference, copy.paid_on), (None, None));
        assert_eq!(copy.lines, bill.lines);
    }
}
