//! The mapping from the books to EN 16931, over documents the command line cannot make
//! yet: for random stored invoices and credit notes (prorated lines, several rates,
//! discount lines), the XML's totals are the books' and the BR-CO identities hold; and a
//! stored invoice with a discount line passes the XSD, EN 16931 and BR-FR.

use std::path::PathBuf;

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use subs::domain::einvoice::{Buyer, LineTerms, Means, Seller, Stored, issued_document};
use subs::domain::invoice::{Invoice, InvoiceLine, totals};
use subs::domain::messages::FR;
use subs::domain::money::to_minor;
use subs::formats::facturx::{read_xml, write_cii};

use crate::facturx_formats::{schematron_errors, xsd_failures};
use crate::tools;

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn seller() -> Seller {
    Seller {
        name: "Coworking Lumière SAS".into(),
        address: Some("12 rue de la République, 69002 Lyon".into()),
        country: "FR".into(),
        siren: Some("842137655".into()),
        vat_id: Some("FR59842137655".into()),
        legal_form: Some("SAS".into()),
        capital: Some("20 000 €".into()),
        rcs: Some("Lyon 842 137 655".into()),
        vat_on_debits: true,
    }
}

fn buyer() -> Buyer {
    Buyer {
        name: "Boulangerie Martin SARL".into(),
        address: Some("5 avenue Parmentier, 75011 Paris".into()),
        siren: Some("531089423".into()),
        vat_id: Some("FR19531089423".into()),
        business: true,
        email: Some("compta@martin.example".into()),
    }
}

/// A stored line as the books write it: net = round(qty × rate × days / period_days).
fn stored_line(
    description: &str,
    qty: Decimal,
    rate: Decimal,
    (days, period_days): (i64, i64),
    vat: Decimal,
) -> (InvoiceLine, LineTerms) {
    let unrounded = qty * rate * Decimal::from(days) / Decimal::from(period_days);
    (
        InvoiceLine {
            id: 0,
            position: 0,
            item: "ITEM".into(),
            description: description.into(),
            qty,
            uom: "month".into(),
            rate,
            factor: String::new(),
            days: Some(days),
            period_days: Some(period_days),
            unrounded,
            net: to_minor(unrounded, 2).unwrap(),
            vat_rate: vat,
            period_start: Some(date("2026-01-01")),
            period_end: Some(date("2026-01-31")),
            price_source: "fixed".into(),
            subscription_line: None,
            credits_line: None,
        },
        LineTerms {
            unit_code: "MON".into(),
            ..LineTerms::default()
        },
    )
}

fn stored_invoice(credit: bool, lines: &[(InvoiceLine, LineTerms)]) -> Invoice {
    let t = totals(lines.iter().map(|(l, _)| (l.vat_rate, l.net)), 2).unwrap();
    Invoice {
        id: 1,
        kind: if credit { "credit_note" } else { "invoice" }.into(),
        status: "issued".into(),
        number: Some(
            if credit {
                "CN-2026-00001"
            } else {
                "INV-2026-00001"
            }
            .into(),
        ),
        customer: "MARTIN".into(),
        issue_date: Some(date("2026-01-31")),
        due_date: Some(date("2026-03-02")),
        period_start: Some(date("2026-01-01")),
        period_end: Some(date("2026-01-31")),
        currency: "EUR".into(),
        net_total: t.net,
        tax_total: t.tax,
        grand_total: t.grand,
        reason: credit.then(|| "Geste commercial".into()),
        ..Invoice::default()
    }
}

fn map(invoice: &Invoice, lines: &[(InvoiceLine, LineTerms)]) -> subs::domain::einvoice::Document {
    issued_document(&Stored {
        invoice,
        lines,
        corrects: Some(("INV-2025-00009", date("2025-12-31"))),
        seller: &seller(),
        buyer: &buyer(),
        means: &Means::Transfer {
            iban: "FR7630004008200001234567864".into(),
            bic: None,
        },
        late_penalty: FR.late_penalty,
        messages: &FR,
        digits: 2,
    })
    .unwrap()
}

fn arbitrary_lines() -> impl Strategy<Value = (bool, Vec<(InvoiceLine, LineTerms)>)> {
    let vat = prop_oneof![Just("20"), Just("10"), Just("5.5"), Just("2.1"), Just("0")];
    let line = (
        1i64..=5_000,
        0u32..=2,
        1i64..=9_999_999,
        0u32..=4,
        vat,
        (28i64..=31, 0i64..=31),
    );
    (any::<bool>(), prop::collection::vec(line, 1..=8), 0i64..=60).prop_map(
        |(credit, specs, discount_percent)| {
            let mut lines: Vec<(InvoiceLine, LineTerms)> = specs
                .into_iter()
                .map(|(q, qs, r, rs, vat, (period_days, served))| {
                    let days = if served == 0 {
                        period_days
                    } else {
                        served.min(period_days)
                    };
                    stored_line(
                        "Bureau dédié",
                        Decimal::new(q, qs),
                        Decimal::new(r, rs),
                        (days, period_days),
                        vat.parse().unwrap(),
                    )
                })
                .collect();
            // A discount line on the first line's rate, never more than that rate's base.
            let rate = lines[0].0.vat_rate;
            let base: i64 = lines
                .iter()
                .filter(|(l, _)| l.vat_rate == rate)
                .map(|(l, _)| l.net)
                .sum();
            let off = base * discount_percent / 100;
            if off > 0 {
                let mut discount =
                    stored_line("Remise", Decimal::ONE, Decimal::new(off, 2), (1, 1), rate);
                discount.0.qty = Decimal::NEGATIVE_ONE;
                discount.0.net = -off;
                lines.push(discount);
            }
            if credit {
                for (line, _) in &mut lines {
                    line.qty = -line.qty;
                    line.net = -line.net;
                }
            }
            (credit, lines)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn for_random_stored_documents_the_xml_totals_are_the_books_and_add_up(
        (credit, lines) in arbitrary_lines()
    ) {
        let invoice = stored_invoice(credit, &lines);
        let doc = map(&invoice, &lines);
        let back = read_xml("factur-x.xml", &write_cii(&doc).unwrap()).unwrap();
        back.check_totals().unwrap();
        let sign = if credit { -1 } else { 1 };
        let amount = |minor: i64| Decimal::new(minor * sign, 2);
        prop_assert_eq!(back.totals.tax_basis, amount(invoice.net_total));
        prop_assert_eq!(back.totals.tax_total, amount(invoice.tax_total));
        prop_assert_eq!(back.totals.grand_total, amount(invoice.grand_total));
        prop_assert_eq!(back.totals.due, amount(invoice.grand_total));
        for vat in totals(lines.iter().map(|(l, _)| (l.vat_rate, l.net)), 2).unwrap().vat {
            let written = back.vat_breakdown.iter().find(|b| b.vat.rate == vat.rate).unwrap();
            prop_assert_eq!((written.base, written.tax), (amount(vat.base), amount(vat.tax)));
        }
    }
}

#[test]
fn a_stored_invoice_with_a_discount_line_passes_the_xsd_en16931_and_br_fr() {
    let (Some(xmllint), Some(java), Some(saxon)) = (
        tools::require("xmllint"),
        tools::require("java"),
        tools::require_jar("Saxon-HE.jar"),
    ) else {
        return;
    };
    let twenty = Decimal::from(20);
    let mut discount = stored_line(
        "Remise fidélité",
        Decimal::ONE,
        Decimal::from(15),
        (1, 1),
        twenty,
    );
    discount.0.qty = Decimal::NEGATIVE_ONE;
    discount.0.net = -1500;
    let lines = vec![
        stored_line(
            "Bureau dédié",
            Decimal::ONE,
            Decimal::from(310),
            (1, 1),
            twenty,
        ),
        stored_line(
            "Abonnement presse",
            Decimal::ONE,
            "19.90".parse().unwrap(),
            (1, 1),
            "5.5".parse().unwrap(),
        ),
        discount,
    ];
    let doc = map(&stored_invoice(false, &lines), &lines);
    assert_eq!(doc.allowances_charges.len(), 1);
    let dir = tempfile::tempdir().unwrap();
    let file: PathBuf = dir.path().join("discount.xml");
    std::fs::write(&file, write_cii(&doc).unwrap()).unwrap();
    let xsd = xsd_failures(&xmllint, std::slice::from_ref(&file));
    assert!(xsd.is_empty(), "{xsd:#?}");
    let errors = schematron_errors(&java, &saxon, dir.path(), &[(file.clone(), true)]);
    assert!(errors[&file].is_empty(), "{}", errors[&file].join("\n"));
}
