//! A supplier's e-invoice as a supplier bill (`subs bill import`): what the EN 16931
//! document read from the file says, kept as the supplier wrote it.
//!
//! The figures are not computed again: a bill imported is the supplier's document, so its
//! lines, VAT breakdown and totals are those of the file, once [`Document::check_totals`]
//! has found that they add up (the BR-CO identities). Allowances and charges on the whole
//! document become lines of their own (negative for an allowance), so that the lines
//! still sum to the total without VAT.

use rust_decimal::Decimal;

use crate::domain::einvoice::{Document, Line};
use crate::domain::money::{minor_digits, to_minor};
use crate::domain::supplier_bill::{BillLine, BillPayment, Received, ReceivedVat, SupplierBill};
use crate::error::Error;

/// The bill `id` made of `doc`, read from a file in `source` syntax (`factur-x`, `cii`,
/// `ubl`); `file` names the file in errors. A credit note, a document whose totals do not
/// add up, or one due before it is issued is refused with the reason.
pub fn bill_from_document(
    file: &str,
    source: &str,
    doc: &Document,
    id: String,
) -> Result<SupplierBill, Error> {
    let header = &doc.header;
    if header.kind.is_credit() {
        return Err(Error::refused(format!(
            "{file}: {} is a credit note (type {}); only invoices are imported as bills",
            header.number,
            header.kind.code()
        )));
    }
    doc.check_totals()
        .map_err(|e| Error::invalid(file, e.to_string()))?;
    let currency = header.currency.clone();
    let digits = minor_digits(&currency);
    let minor = |amount: Decimal, what: &str| -> Result<i64, Error> {
        to_minor(amount, digits)
            .ok_or_else(|| Error::invalid(file, format!("{what} {amount} is out of range")))
    };
    let mut lines = Vec::new();
    for line in &doc.lines {
        lines.push(BillLine {
            description: line.name.clone(),
            qty: line.quantity,
            rate: unit_price(line),
            vat_rate: line.vat.rate,
            net: minor(line.net, &format!("line {}", line.id))?,
        });
    }
    for adjustment in &doc.allowances_charges {
        let kind = if adjustment.charge {
            "charge"
        } else {
            "allowance"
        };
        let amount = adjustment.signed_amount();
        lines.push(BillLine {
            description: adjustment
                .reason
                .clone()
                .unwrap_or_else(|| kind.to_string()),
            qty: Decimal::ONE,
            rate: amount,
            vat_rate: adjustment.vat.rate,
            net: minor(amount, kind)?,
        });
    }
    let due_date = header.due_date.unwrap_or(header.issue_date);
    if due_date < header.issue_date {
        return Err(Error::invalid(
            file,
            format!(
                "{} is due on {due_date}, before its issue date {}",
                header.number, header.issue_date
            ),
        ));
    }
    let mut vat = Vec::new();
    for breakdown in &doc.vat_breakdown {
        vat.push(ReceivedVat {
            category: breakdown.vat.category.code().to_string(),
            rate: breakdown.vat.rate,
            base: minor(breakdown.base, "VAT base")?,
            tax: minor(breakdown.tax, "VAT")?,
            exemption_reason: breakdown
                .exemption_reason
                .clone()
                .or_else(|| breakdown.exemption_code.clone()),
        });
    }
    let seller = &header.seller;
    let means = header.payment_means.first();
    let account = means.and_then(|m| m.payee_account.as_ref());
    let totals = &doc.totals;
    Ok(SupplierBill {
        id,
        supplier: seller.name.clone(),
        date: header.issue_date,
        due_date,
        reference: Some(header.number.clone()),
        currency,
        lines,
        paid_on: None,
        received: Some(Received {
            source: source.to_string(),
            supplier_siren: seller.siren().map(String::from),
            supplier_vat_id: seller.vat_id.clone(),
            period: header.period.as_ref().map(|p| (p.start, p.end)),
            payment: BillPayment {
                means: means.map(|m| m.kind.code().to_string()),
                iban: account.map(|a| a.iban.clone()),
                bic: account.and_then(|a| a.bic.clone()),
                reference: header.payment_reference.clone(),
                terms: header.payment_terms.clone(),
            },
            vat,
            net: minor(totals.tax_basis, "the total without VAT")?,
            tax: minor(totals.tax_total, "the VAT total")?,
            grand: minor(totals.grand_total, "the total with VAT")?,
        }),
    })
}

/// The price of one unit: the net price over its base quantity when one is given.
fn unit_price(line: &Line) -> Decimal {
    match line.price_base_quantity {
        Some(base) if !base.is_zero() && base != Decimal::ONE => {
            (line.net_price / base).normalize()
        }
        _ => line.net_price,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::einvoice::test_support::{d, draft_two_rates, exempt_draft};
    use crate::domain::einvoice::{AllowanceCharge, DocumentType, Vat};

    fn two_rates() -> Document {
        Document::build(draft_two_rates()).unwrap()
    }

    #[test]
    fn an_invoice_becomes_a_bill_with_its_supplier_lines_vat_and_totals() {
        let bill = bill_from_document("a.xml", "cii", &two_rates(), "BILL-0001".into()).unwrap();
        assert_eq!(bill.supplier, two_rates().header.seller.name);
        assert_eq!(bill.reference.as_deref(), Some("FA-2026-0042"));
        assert_eq!(bill.date.to_string(), "2026-02-01");
        assert_eq!(bill.due_date.to_string(), "2026-03-03");
        let nets: Vec<i64> = bill.lines.iter().map(|l| l.net).collect();
        assert_eq!(nets, [25000, 28000, 1990]);
        assert_eq!(bill.lines[1].qty, d("3.5"));
        let received = bill.received.as_ref().unwrap();
        assert_eq!(received.supplier_siren.as_deref(), Some("842137655"));
        assert_eq!(
            (received.net, received.tax, received.grand),
            (54990, 10600 + 109, 54990 + 10709)
        );
        assert_eq!(received.vat.len(), 2);
        assert_eq!(
            received.payment.iban.as_deref(),
            Some("FR7630004008200001234567864")
        );
        assert_eq!(received.payment.means.as_deref(), Some("58"));
        let totals = bill.totals(2).unwrap();
        assert_eq!(totals.grand, received.grand);
    }

    #[test]
    fn a_document_allowance_is_a_negative_line_so_lines_sum_to_the_net_total() {
        let mut draft = draft_two_rates();
        draft.allowances_charges.push(AllowanceCharge::discount(
            d("10.00"),
            Vat::standard(d("20")),
            "Remise fidélité",
        ));
        let doc = Document::build(draft).unwrap();
        let bill = bill_from_document("e.xml", "cii", &doc, "BILL-0001".into()).unwrap();
        let last = bill.lines.last().unwrap();
        assert_eq!(
            (last.description.as_str(), last.net),
            ("Remise fidélité", -1000)
        );
        let sum: i64 = bill.lines.iter().map(|l| l.net).sum();
        assert_eq!(sum, bill.received.unwrap().net);
    }

    #[test]
    fn an_exempt_invoice_keeps_the_reason_of_its_vat_breakdown() {
        let doc = Document::build(exempt_draft()).unwrap();
        let bill = bill_from_document("d.xml", "cii", &doc, "BILL-0001".into()).unwrap();
        let vat = &bill.received.unwrap().vat[0];
        assert_eq!(vat.category, "E");
        assert!(vat.exemption_reason.as_deref().unwrap().contains("293 B"));
    }

    #[test]
    fn totals_that_do_not_add_up_are_refused_with_the_identity_that_fails() {
        let mut doc = two_rates();
        doc.totals.grand_total += d("1.00");
        let err = bill_from_document("a.xml", "cii", &doc, "BILL-0001".into()).unwrap_err();
        assert!(matches!(err, Error::Invalid { .. }));
        assert!(err.to_string().starts_with("a.xml: "), "{err}");
        assert!(err.to_string().contains("BR-CO-15"), "{err}");
    }

    #[test]
    fn a_credit_note_is_refused() {
        let mut doc = two_rates();
        doc.header.kind = DocumentType::from_code(381);
        let err = bill_from_document("f.xml", "cii", &doc, "BILL-0001".into()).unwrap_err();
        assert!(err.to_string().contains("credit note (type 381)"), "{err}");
    }
}
