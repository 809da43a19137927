//! Invoice arithmetic (DESIGN §6): line nets, VAT per rate on the sum of line nets, totals,
//! and the payment status an invoice shows.
//!
//! Line net = round(qty × rate × days / period_days); tax per rate = round(base × rate / 100);
//! net + tax = gross. One rounding rule: half away from zero, to the currency's minor unit.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::billing::Factor;
use crate::domain::money::{
    OutOfRange, add_minor, format_decimal, in_range, round_half_away, sum_minor, to_minor,
};
use crate::domain::period::Period;
use crate::domain::values::add_days;

/// An invoice or a credit note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Invoice,
    CreditNote,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Invoice => "invoice",
            DocKind::CreditNote => "credit_note",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "invoice" => Some(DocKind::Invoice),
            "credit_note" => Some(DocKind::CreditNote),
            _ => None,
        }
    }
}

/// A line about to be written on a draft.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLine {
    pub item: String,
    pub description: String,
    pub qty: Decimal,
    pub uom: String,
    pub rate: Decimal,
    pub factor: Factor,
    pub amount: LineAmount,
    pub vat_rate: Decimal,
    pub period: Option<Period>,
    pub price_source: String,
    pub subscription_line: Option<i64>,
    pub credits_line: Option<i64>,
}

/// A draft about to be written; totals are derived from its lines.
#[derive(Debug, Clone, PartialEq)]
pub struct NewInvoice {
    pub kind: DocKind,
    pub customer: String,
    pub subscription: Option<String>,
    pub sales_order: Option<String>,
    pub credits_invoice: Option<i64>,
    pub period: Option<Period>,
    pub currency: String,
    pub days_until_due: u32,
    /// The day the payment term runs from (period start in advance, period end in
    /// arrears); `None`: the issue date.
    pub due_from: Option<NaiveDate>,
    pub reason: Option<String>,
    pub lines: Vec<NewLine>,
}

/// The due date: max(issue date, due_from (or the issue date) + days until due); `None`
/// when it would fall after the last day `subs` knows (2199-12-31).
pub fn due_date(
    issue_date: NaiveDate,
    due_from: Option<NaiveDate>,
    days_until_due: u32,
) -> Option<NaiveDate> {
    let from = due_from.unwrap_or(issue_date);
    let due = add_days(from, u64::from(days_until_due))?;
    Some(due.max(issue_date))
}

/// An invoice or credit note as stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Invoice {
    pub id: i64,
    pub kind: String,
    pub status: String,
    pub number: Option<String>,
    pub customer: String,
    pub subscription: Option<String>,
    pub sales_order: Option<String>,
    pub credits_invoice: Option<i64>,
    pub credits_number: Option<String>,
    pub issue_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub period_start: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub currency: String,
    pub net_total: i64,
    pub tax_total: i64,
    pub grand_total: i64,
    /// Allocations received: payments, credit notes, customer credit.
    pub settled: i64,
    /// The part of `settled` that is money: allocations from payments (made directly or
    /// from an overpayment held as credit).
    pub paid: i64,
    /// What the credit notes correcting this invoice took off it.
    pub credited: i64,
    pub days_until_due: Option<u32>,
    pub due_from: Option<NaiveDate>,
    pub customer_name: Option<String>,
    pub customer_address: Option<String>,
    pub customer_vat_id: Option<String>,
    pub customer_siren: Option<String>,
    pub customer_kind: Option<String>,
    pub seller_name: Option<String>,
    pub seller_address: Option<String>,
    pub seller_siren: Option<String>,
    pub seller_vat_id: Option<String>,
    pub reason: Option<String>,
}

/// What a draft's reference starts with: `draft:ID` names an invoice without a number yet.
pub const DRAFT_PREFIX: &str = "draft:";

/// How an invoice without a number yet is named, wherever it is shown or looked up.
pub fn draft_reference(id: i64) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

impl Invoice {
    pub fn is_issued(&self) -> bool {
        self.status == "issued"
    }

    pub fn is_credit_note(&self) -> bool {
        self.kind == DocKind::CreditNote.as_str()
    }

    /// How the invoice is named: its number once issued, `draft:ID` before.
    pub fn reference(&self) -> String {
        self.number
            .clone()
            .unwrap_or_else(|| draft_reference(self.id))
    }

    pub fn outstanding(&self) -> i64 {
        if self.is_credit_note() || !self.is_issued() {
            return if self.is_issued() {
                0
            } else {
                self.grand_total.max(0)
            };
        }
        outstanding(self.grand_total, self.settled)
    }

    pub fn payment_status(&self, today: NaiveDate) -> PaymentStatus {
        payment_status(
            self.is_credit_note(),
            Settlement {
                grand: self.grand_total,
                settled: self.settled,
                paid: self.paid,
                credited: self.credited,
            },
            self.due_date,
            today,
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceLine {
    pub id: i64,
    pub position: i64,
    pub item: String,
    pub description: String,
    pub qty: Decimal,
    pub uom: String,
    pub rate: Decimal,
    pub factor: String,
    pub days: Option<i64>,
    pub period_days: Option<i64>,
    pub unrounded: Decimal,
    pub net: i64,
    pub vat_rate: Decimal,
    pub period_start: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub price_source: String,
    pub subscription_line: Option<i64>,
    pub credits_line: Option<i64>,
}

impl InvoiceLine {
    /// The quantity the line bills, proration included (a line billed for 10 of 31 days
    /// bills 10/31 of its quantity), whatever its sign (a credit note's lines are negative).
    pub fn billed_qty(&self) -> Decimal {
        let qty = self.qty.abs();
        match (self.days, self.period_days) {
            (Some(days), Some(period_days)) if period_days > 0 && days != period_days => {
                qty * Decimal::from(days) / Decimal::from(period_days)
            }
            _ => qty,
        }
    }
}

/// Which invoices a listing wants.
#[derive(Debug, Clone, Default)]
pub struct InvoiceFilter {
    pub customer: Option<String>,
    pub subscription: Option<String>,
    pub status: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A line's amount, exact and rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineAmount {
    pub unrounded: Decimal,
    /// Minor units.
    pub net: i64,
}

/// qty × rate × factor, with the division last so that no precision is lost before the one
/// rounding. Checked: a product past the bound is an [`OutOfRange`] saying which product.
pub fn line_amount(
    qty: Decimal,
    rate: Decimal,
    factor: Factor,
    digits: u32,
) -> Result<LineAmount, OutOfRange> {
    let out_of_range = || {
        let mut what = format!("{} × {}", format_decimal(qty), format_decimal(rate));
        if !factor.is_full() {
            what.push_str(&format!(" × {}/{}", factor.days, factor.period_days));
        }
        OutOfRange::new(what, digits)
    };
    let unrounded = qty
        .checked_mul(rate)
        .and_then(|v| v.checked_mul(Decimal::from(factor.days)))
        .and_then(|v| v.checked_div(Decimal::from(factor.period_days)))
        .ok_or_else(out_of_range)?;
    let net = to_minor(unrounded, digits).ok_or_else(out_of_range)?;
    Ok(LineAmount { unrounded, net })
}

/// The factor as a decimal for display (six places), `1` when full.
pub fn factor_text(factor: Factor) -> String {
    if factor.is_full() {
        return "1".into();
    }
    let value = Decimal::from(factor.days) / Decimal::from(factor.period_days);
    round_half_away(value, 6).normalize().to_string()
}

/// The VAT of one rate on one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VatAmount {
    pub rate: Decimal,
    pub base: i64,
    pub tax: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub net: i64,
    pub tax: i64,
    pub grand: i64,
    pub vat: Vec<VatAmount>,
}

/// Totals from (VAT rate, line net) pairs: the VAT breakdown is computed per rate on the sum
/// of that rate's line nets, never line by line. Every sum is checked against the bound.
pub fn totals(
    lines: impl IntoIterator<Item = (Decimal, i64)>,
    digits: u32,
) -> Result<Totals, OutOfRange> {
    let too_large = |what: &str| OutOfRange::new(what, digits);
    // Summed wide, bounded once: lines of both signs may pass the bound on the way.
    let mut bases: BTreeMap<Decimal, i128> = BTreeMap::new();
    for (rate, net) in lines {
        *bases.entry(rate.normalize()).or_default() += i128::from(net);
    }
    let scale = Decimal::from(10i64.pow(digits));
    let vat = bases
        .into_iter()
        .map(|(rate, base)| {
            let base = i64::try_from(base)
                .ok()
                .filter(|b| in_range(*b, digits))
                .ok_or_else(|| too_large(&format!("the net at {rate} % VAT")))?;
            let too_large = || too_large(&format!("the VAT at {rate} %"));
            let exact = (Decimal::from(base) / scale)
                .checked_mul(rate)
                .ok_or_else(too_large)?
                / Decimal::ONE_HUNDRED;
            let tax = to_minor(exact, digits).ok_or_else(too_large)?;
            Ok(VatAmount { rate, base, tax })
        })
        .collect::<Result<Vec<VatAmount>, OutOfRange>>()?;
    let net =
        sum_minor(vat.iter().map(|v| v.base), digits).ok_or_else(|| too_large("the net total"))?;
    let tax =
        sum_minor(vat.iter().map(|v| v.tax), digits).ok_or_else(|| too_large("the VAT total"))?;
    let grand = add_minor(net, tax, digits).ok_or_else(|| too_large("the total"))?;
    Ok(Totals {
        net,
        tax,
        grand,
        vat,
    })
}

/// The payment status of an issued document (CLI.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentStatus {
    Unpaid,
    PartlyPaid,
    Paid,
    Overdue,
    Credited,
}

impl PaymentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Unpaid => "unpaid",
            PaymentStatus::PartlyPaid => "partly_paid",
            PaymentStatus::Paid => "paid",
            PaymentStatus::Overdue => "overdue",
            PaymentStatus::Credited => "credited",
        }
    }
}

/// What is still owed on an invoice: gross − what was allocated to it, never below zero.
pub fn outstanding(grand: i64, settled: i64) -> i64 {
    (grand - settled).max(0)
}

/// Where an invoice stands, in minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settlement {
    pub grand: i64,
    /// Everything allocated to it: money and credit notes.
    pub settled: i64,
    /// The money among it.
    pub paid: i64,
    /// What credit notes correcting it took off.
    pub credited: i64,
}

/// The payment status counts money only (issue 10: a credit note settles, it does not
/// pay). A credit note shows `paid` (it is settled by the invoice it corrects). An invoice
/// is `credited` when credit notes cover it whole; `paid` when nothing is owed; otherwise
/// `overdue` past its due date, `partly_paid` when money came in, else `unpaid` — so a
/// partly credited invoice with no money in is `unpaid`. What is owed either way is
/// [`outstanding`].
pub fn payment_status(
    is_credit_note: bool,
    at: Settlement,
    due_date: Option<NaiveDate>,
    today: NaiveDate,
) -> PaymentStatus {
    if is_credit_note {
        return PaymentStatus::Paid;
    }
    if at.grand > 0 && at.credited >= at.grand {
        return PaymentStatus::Credited;
    }
    if outstanding(at.grand, at.settled) == 0 {
        return PaymentStatus::Paid;
    }
    if due_date.is_some_and(|due| due < today) {
        return PaymentStatus::Overdue;
    }
    if at.paid > 0 {
        PaymentStatus::PartlyPaid
    } else {
        PaymentStatus::Unpaid
    }
}

impl From<&InvoiceLine> for NewLine {
    /// A stored line as a line to write again (drafts rewritten, credit notes mirrored).
    fn from(line: &InvoiceLine) -> Self {
        NewLine {
            item: line.item.clone(),
            description: line.description.clone(),
            qty: line.qty,
            uom: line.uom.clone(),
            rate: line.rate,
            factor: Factor {
                days: line.days.unwrap_or(1),
                period_days: line.period_days.unwrap_or(1),
            },
            amount: LineAmount {
                unrounded: line.unrounded,
                net: line.net,
            },
            vat_rate: line.vat_rate,
            period: line
                .period_start
                .zip(line.period_end)
                .map(|(start, end)| Period { start, end }),
            price_source: line.price_source.clone(),
            subscription_line: line.subscription_line,
            credits_line: line.credits_line,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::max_minor;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn a_prorated_line_bills_its_share_of_the_quantity() {
        let line = |qty: i64, days: Option<i64>, period_days: Option<i64>| InvoiceLine {
            id: 1,
            position: 1,
            item: "PACK".into(),
            description: "Pack".into(),
            qty: Decimal::from(qty),
            uom: "unit".into(),
            rate: Decimal::from(10),
            factor: String::new(),
            days,
            period_days,
            unrounded: Decimal::ZERO,
            net: 0,
            vat_rate: Decimal::from(20),
            period_start: None,
            period_end: None,
            price_source: String::new(),
            subscription_line: None,
            credits_line: None,
        };
        assert_eq!(line(31, Some(10), Some(31)).billed_qty(), Decimal::from(10));
        assert_eq!(line(3, Some(31), Some(31)).billed_qty(), Decimal::from(3));
        assert_eq!(line(3, None, None).billed_qty(), Decimal::from(3));
        // A credit note's line is negative; what it bills back is counted positive.
        assert_eq!(line(-2, None, None).billed_qty(), Decimal::from(2));
        assert_eq!(line(2, Some(5), Some(0)).billed_qty(), Decimal::from(2));
    }

    #[test]
    fn design_example_ten_days_of_a_31_day_month() {
        let amount = line_amount(
            d("1"),
            d("310.00"),
            Factor {
                days: 10,
                period_days: 31,
            },
            2,
        )
        .unwrap();
        assert_eq!(amount.net, 10000);
        assert_eq!(
            factor_text(Factor {
                days: 10,
                period_days: 31
            }),
            "0.322581"
        );
    }

    #[test]
    fn rounding_is_half_away_from_zero_once_per_line() {
        // 0.5 cent exactly: 1 × 0.05 × 1/10 = 0.005 → 0.01
        assert_eq!(
            line_amount(
                d("1"),
                d("0.05"),
                Factor {
                    days: 1,
                    period_days: 10
                },
                2
            )
            .unwrap()
            .net,
            1
        );
        assert_eq!(
            line_amount(d("3"), d("33.335"), Factor::FULL, 2)
                .unwrap()
                .net,
            10001
        );
    }

    #[test]
    fn vat_is_computed_per_rate_on_the_sum_of_nets() {
        // Three lines of 0.05 at 20 %: per line the tax would round to 0.01 each (0.03);
        // on the base 0.15 it is 0.03 exactly; with 0.10 + 0.05 at 5.5 % it is 0.0083 → 0.01.
        let t = totals(
            [
                (d("20"), 5),
                (d("20"), 5),
                (d("20"), 5),
                (d("5.5"), 10),
                (d("5.50"), 5),
            ],
            2,
        )
        .unwrap();
        assert_eq!(
            t.vat,
            vec![
                VatAmount {
                    rate: d("5.5"),
                    base: 15,
                    tax: 1
                },
                VatAmount {
                    rate: d("20"),
                    base: 15,
                    tax: 3
                },
            ]
        );
        assert_eq!((t.net, t.tax, t.grand), (30, 4, 34));
    }

    #[test]
    fn twenty_and_five_and_a_half_percent_on_one_invoice() {
        let t = totals([(d("20"), 31000), (d("5.5"), 4990)], 2).unwrap();
        assert_eq!(
            t.vat[0],
            VatAmount {
                rate: d("5.5"),
                base: 4990,
                tax: 274
            }
        );
        assert_eq!(
            t.vat[1],
            VatAmount {
                rate: d("20"),
                base: 31000,
                tax: 6200
            }
        );
        assert_eq!(t.grand, 31000 + 4990 + 274 + 6200);
    }

    #[test]
    fn negative_bases_round_symmetrically() {
        let t = totals([(d("20"), -21000)], 2).unwrap();
        assert_eq!((t.tax, t.grand), (-4200, -25200));
        let t = totals([(d("5.5"), -10)], 2).unwrap();
        assert_eq!(t.tax, -1);
    }

    fn at(grand: i64, settled: i64, paid: i64, credited: i64) -> Settlement {
        Settlement {
            grand,
            settled,
            paid,
            credited,
        }
    }

    #[test]
    fn payment_status_follows_settlement_and_due_date() {
        let today: NaiveDate = "2026-02-01".parse().unwrap();
        let due_later = Some("2026-02-10".parse().unwrap());
        let due_before = Some("2026-01-10".parse().unwrap());
        let status = |at: Settlement, due| payment_status(false, at, due, today);
        assert_eq!(status(at(1000, 0, 0, 0), due_later), PaymentStatus::Unpaid);
        assert_eq!(
            status(at(1000, 400, 400, 0), due_later),
            PaymentStatus::PartlyPaid
        );
        assert_eq!(
            status(at(1000, 400, 400, 0), due_before),
            PaymentStatus::Overdue
        );
        assert_eq!(
            status(at(1000, 1000, 1000, 0), due_before),
            PaymentStatus::Paid
        );
        // Credited whole: by a credit note, or paid first and credited afterwards.
        assert_eq!(
            status(at(1000, 1000, 0, 1000), due_before),
            PaymentStatus::Credited
        );
        assert_eq!(
            status(at(1000, 1000, 1000, 1000), due_later),
            PaymentStatus::Credited
        );
        // 600 paid and 400 credited: nothing owed.
        assert_eq!(
            status(at(1000, 1000, 600, 400), due_before),
            PaymentStatus::Paid
        );
        assert_eq!(
            payment_status(true, at(-1000, 0, 0, 0), due_before, today),
            PaymentStatus::Paid
        );
    }

    #[test]
    fn a_partly_credited_invoice_with_no_money_in_is_unpaid() {
        let today: NaiveDate = "2026-02-01".parse().unwrap();
        let due_later = Some("2026-02-10".parse().unwrap());
        let due_before = Some("2026-01-10".parse().unwrap());
        // 400 of 1000 credited, no payment: 600 still owed, and no money came in.
        let credited = at(1000, 400, 0, 400);
        assert_eq!(
            payment_status(false, credited, due_later, today),
            PaymentStatus::Unpaid
        );
        assert_eq!(outstanding(credited.grand, credited.settled), 600);
        // Overdue stays what it was: past due with something owed.
        assert_eq!(
            payment_status(false, credited, due_before, today),
            PaymentStatus::Overdue
        );
        // Money in on top of the credit: partly paid.
        assert_eq!(
            payment_status(false, at(1000, 500, 100, 400), due_later, today),
            PaymentStatus::PartlyPaid
        );
    }

    fn any_rate() -> impl Strategy<Value = Decimal> {
        prop::sample::select(vec![d("0"), d("2.1"), d("5.5"), d("10"), d("20")])
    }

    proptest! {
        #[test]
        fn totals_identities_hold_for_random_invoices(lines in prop::collection::vec((any_rate(), -1_000_000i64..1_000_000), 1..20)) {
            let t = totals(lines.clone(), 2).unwrap();
            prop_assert_eq!(t.net, lines.iter().map(|(_, n)| n).sum::<i64>());
            prop_assert_eq!(t.net + t.tax, t.grand);
            prop_assert_eq!(t.vat.iter().map(|v| v.base).sum::<i64>(), t.net);
            prop_assert_eq!(t.vat.iter().map(|v| v.tax).sum::<i64>(), t.tax);
            for v in &t.vat {
                let exact = Decimal::from(v.base) * v.rate / Decimal::ONE_HUNDRED;
                prop_assert!((Decimal::from(v.tax) - exact).abs() <= d("0.5"));
            }
        }

        /// Invariant 2: a line amount is either the exact product rounded once, half away
        /// from zero, or refused as beyond the bound; never a wrap, never a panic.
        #[test]
        fn invariant_2_line_amounts_are_exact_or_refused_never_wrapped(
            qty in prop_oneof![1i64..100_000, 1i64..1_000_000_000_000_000],
            rate in prop_oneof![0i64..100_000_000, 0i64..1_000_000_000_000_000_000],
            period_days in 1i64..400,
            served in 0i64..400,
            digits in prop::sample::select(vec![0u32, 2, 3]),
        ) {
            // Quantities have three decimals, rates six: both as typed at their largest.
            let days = served % period_days + 1;
            let factor = Factor { days, period_days };
            let result = line_amount(Decimal::new(qty, 3), Decimal::new(rate, 6), factor, digits);
            let numerator = i128::from(qty) * i128::from(rate) * i128::from(days);
            let denominator = i128::from(period_days) * 10i128.pow(9 - digits);
            let (quotient, remainder) = (numerator / denominator, numerator % denominator);
            let exact = if 2 * remainder >= denominator { quotient + 1 } else { quotient };
            if exact <= i128::from(max_minor(digits)) {
                prop_assert_eq!(i128::from(result.unwrap().net), exact);
            } else {
                prop_assert!(result.is_err());
            }
        }

        /// Invariant 2 for documents: totals of bounded lines are exact sums, or refused.
        #[test]
        fn invariant_2_totals_are_exact_or_refused_never_wrapped(
            nets in prop::collection::vec((any_rate(), -max_minor(2)..=max_minor(2)), 1..6),
        ) {
            let exact: i128 = nets.iter().map(|(_, n)| i128::from(*n)).sum();
            let highest = nets.iter().map(|(r, _)| *r).max().unwrap_or_default();
            match totals(nets.iter().copied(), 2) {
                Ok(t) => {
                    prop_assert_eq!(i128::from(t.net), exact);
                    prop_assert_eq!(t.net + t.tax, t.grand);
                    prop_assert!(in_range(t.grand, 2));
                }
                Err(_) => {
                    // Refused only when a base is beyond the bound, or the whole net, or
                    // the gross it makes at most (give or take the rounding of the VAT).
                    let max = Decimal::from(max_minor(2));
                    let mut bases = std::collections::BTreeMap::<Decimal, i128>::new();
                    for (rate, net) in &nets {
                        *bases.entry(rate.normalize()).or_default() += i128::from(*net);
                    }
                    let base_too_large = bases.values().any(|b| b.abs() > i128::from(max_minor(2)));
                    let net = Decimal::from_i128_with_scale(exact, 0);
                    let gross = bases.values().map(|b| Decimal::from_i128_with_scale(b.abs(), 0)).sum::<Decimal>()
                        * (Decimal::ONE_HUNDRED + highest) / Decimal::ONE_HUNDRED;
                    prop_assert!(base_too_large || net.abs() > max || gross + Decimal::ONE > max);
                }
            }
        }
    }
}
