//! Whether the totals of a document read from a file add up: the BR-CO identities
//! between its lines, allowances, charges, VAT breakdown and totals.
//!
//! Sums must be exact. The VAT of a breakdown may be off its base × rate by up to one
//! currency unit, as EN 16931's own schematron allows (BR-CO-17 as validated: a seller may
//! have taxed line by line and summed); anything more is a document that does not add up.
//! A document without lines (the Factur-X MINIMUM and BASIC WL profiles carry totals only)
//! is checked on what it has: its totals with each other and with its VAT breakdown.

use rust_decimal::Decimal;

use crate::domain::money::round_half_away;
use crate::error::Error;

use super::model::{Document, Vat};

/// How far a breakdown's VAT may be from its base × rate (BR-CO-17, BR-S-09 as the
/// EN 16931 schematron checks them).
const VAT_TOLERANCE: Decimal = Decimal::ONE;

impl Document {
    /// `Ok` when every identity holds; else the error names the document and each
    /// identity that fails, with both sides.
    pub fn check_totals(&self) -> Result<(), Error> {
        let failures = self.totals_failures();
        if failures.is_empty() {
            return Ok(());
        }
        Err(Error::invalid(
            format!("document {}", self.header.number),
            format!("totals do not add up: {}", failures.join("; ")),
        ))
    }

    fn totals_failures(&self) -> Vec<String> {
        let mut failures = Failures(Vec::new());
        let t = &self.totals;
        let has_lines = !self.lines.is_empty();
        if has_lines {
            let of_kind = |charge: bool| {
                sum(self
                    .allowances_charges
                    .iter()
                    .filter(|a| a.charge == charge)
                    .map(|a| a.amount))
            };
            let lines = sum(self.lines.iter().map(|l| l.net));
            failures.expect("BR-CO-10", "the line total (BT-106)", t.line_total, lines);
            failures.expect(
                "BR-CO-11",
                "the allowance total (BT-107)",
                t.allowance_total,
                of_kind(false),
            );
            failures.expect(
                "BR-CO-12",
                "the charge total (BT-108)",
                t.charge_total,
                of_kind(true),
            );
            failures.expect(
                "BR-CO-13",
                "the total without VAT (BT-109)",
                t.tax_basis,
                t.line_total - t.allowance_total + t.charge_total,
            );
        }
        if !self.vat_breakdown.is_empty() {
            let taxes = sum(self.vat_breakdown.iter().map(|b| b.tax));
            failures.expect("BR-CO-14", "the VAT total (BT-110)", t.tax_total, taxes);
        }
        failures.expect(
            "BR-CO-15",
            "the total with VAT (BT-112)",
            t.grand_total,
            t.tax_basis + t.tax_total,
        );
        failures.expect(
            "BR-CO-16",
            "the amount due (BT-115)",
            t.due,
            t.grand_total - t.prepaid + t.rounding,
        );
        for entry in &self.vat_breakdown {
            let vat = entry.vat;
            let label = format!("{} {} %", vat.category.code(), vat.rate.normalize());
            if has_lines {
                failures.expect(
                    "BR-CO-18",
                    &format!("the taxable base at VAT {label} (BT-116)"),
                    entry.base,
                    self.base_at(vat),
                );
            }
            let expected_tax = if vat.category.is_taxed() {
                round_half_away(entry.base * vat.rate / Decimal::ONE_HUNDRED, 2)
            } else {
                Decimal::ZERO
            };
            if (entry.tax - expected_tax).abs() > VAT_TOLERANCE
                || (!vat.category.is_taxed() && !entry.tax.is_zero())
            {
                failures.push(format!(
                    "BR-CO-17: the VAT at {label} (BT-117) is {}, expected {expected_tax}",
                    entry.tax
                ));
            }
        }
        let used = self
            .lines
            .iter()
            .map(|l| l.vat)
            .chain(self.allowances_charges.iter().map(|a| a.vat));
        for vat in used {
            let entries = self.vat_breakdown.iter().filter(|b| b.vat == vat).count();
            if entries != 1 {
                failures.push(format!(
                    "BR-CO-18: VAT {} {} % has {entries} breakdown entries, expected 1",
                    vat.category.code(),
                    vat.rate.normalize()
                ));
            }
        }
        failures.0.dedup();
        failures.0
    }

    /// Σ line nets − allowances + charges taxed with `vat`.
    fn base_at(&self, vat: Vat) -> Decimal {
        let lines = self.lines.iter().filter(|l| l.vat == vat).map(|l| l.net);
        let adjustments = self
            .allowances_charges
            .iter()
            .filter(|a| a.vat == vat)
            .map(|a| a.signed_amount());
        sum(lines.chain(adjustments))
    }
}

/// The identities that failed, each as one readable clause.
struct Failures(Vec<String>);

impl Failures {
    fn expect(&mut self, rule: &str, what: &str, found: Decimal, expected: Decimal) {
        if found != expected {
            self.push(format!("{rule}: {what} is {found}, expected {expected}"));
        }
    }

    fn push(&mut self, failure: String) {
        self.0.push(failure);
    }
}

fn sum(values: impl Iterator<Item = Decimal>) -> Decimal {
    values.fold(Decimal::ZERO, |a, b| a + b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::einvoice::test_support::{d, draft_two_rates};

    fn built() -> Document {
        Document::build(draft_two_rates()).unwrap()
    }

    fn failures(doc: &Document) -> String {
        doc.check_totals().unwrap_err().to_string()
    }

    #[test]
    fn a_built_document_adds_up() {
        built().check_totals().unwrap();
    }

    #[test]
    fn each_broken_identity_is_named_with_both_sides() {
        let mut doc = built();
        doc.totals.line_total += d("0.01");
        let text = failures(&doc);
        assert!(text.starts_with("document FA-2026-0042: totals do not add up: BR-CO-10: the line total (BT-106) is 549.91, expected 549.90"), "{text}");
        assert!(text.contains("BR-CO-13"), "{text}");

        let mut doc = built();
        doc.totals.grand_total = d("656.98");
        let text = failures(&doc);
        assert!(
            text.contains("BR-CO-15: the total with VAT (BT-112) is 656.98, expected 656.99"),
            "{text}"
        );
        assert!(text.contains("BR-CO-16"), "{text}");

        let mut doc = built();
        doc.totals.due = d("0");
        assert!(failures(&doc).contains("BR-CO-16"));

        let mut doc = built();
        doc.vat_breakdown[1].base = d("19.00");
        assert!(failures(&doc).contains(
            "BR-CO-18: the taxable base at VAT S 5.5 % (BT-116) is 19.00, expected 19.90"
        ));

        let mut doc = built();
        doc.vat_breakdown.pop();
        let text = failures(&doc);
        assert!(
            text.contains("VAT S 5.5 % has 0 breakdown entries"),
            "{text}"
        );
    }

    #[test]
    fn a_document_with_totals_only_is_checked_on_its_totals() {
        let mut doc = built();
        doc.lines.clear();
        doc.totals.line_total = Decimal::ZERO;
        doc.check_totals().unwrap();
        doc.vat_breakdown.clear();
        doc.check_totals().unwrap();
        doc.totals.due = d("1.00");
        assert!(failures(&doc).contains("BR-CO-16"));
    }

    #[test]
    fn vat_per_rate_may_differ_by_what_line_by_line_taxing_gives_but_no_more() {
        let mut doc = built();
        // 0.50 more VAT at 20 %, carried through the totals: within EN 16931's tolerance.
        doc.vat_breakdown[0].tax += d("0.50");
        doc.totals.tax_total += d("0.50");
        doc.totals.grand_total += d("0.50");
        doc.totals.due += d("0.50");
        doc.check_totals().unwrap();
        doc.vat_breakdown[0].tax += d("0.51");
        doc.totals.tax_total += d("0.51");
        doc.totals.grand_total += d("0.51");
        doc.totals.due += d("0.51");
        assert!(failures(&doc).contains("BR-CO-17"));
    }
}
