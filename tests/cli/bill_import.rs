//! `subs bill import FILE`: a supplier's e-invoice — a Factur-X PDF (its embedded XML), a
//! CII XML or a UBL 2.1 invoice — becomes a supplier bill with the supplier's SIREN and VAT
//! id, the number, dates, lines, VAT per rate, totals, due date and payment details as the
//! file states them. A file whose totals do not add up, one already imported, a credit note
//! or a file that is not an e-invoice is refused with the reason, and nothing is written.

use std::path::{Path, PathBuf};

use insta::assert_snapshot;
use subs::domain::einvoice::Document;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};
use crate::facturx_formats::{documents, pdf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/facturx")
        .join(name)
}

const SAMPLE: &str = "a-b2b-two-rates-transfer.xml";

/// The books with the supplier's CII invoice copied in as `invoice.xml`.
fn with_sample() -> TestEnv {
    let env = coworking();
    env.write("invoice.xml", std::fs::read(fixture(SAMPLE)).unwrap());
    env
}

#[test]
fn a_cii_invoice_becomes_a_bill_with_the_supplier_lines_vat_totals_and_payment() {
    let env = with_sample();
    assert_eq!(env.ok("bill import invoice.xml"), "BILL-0001\n");
    assert_snapshot!(env.ok("bill show BILL-0001"), @"
     id:                 BILL-0001
     supplier:           Lumière Logiciels SAS
     date:               2026-02-01
     due_date:           2026-03-03
     reference:          FA-2026-0042
     status:             unpaid
     currency:           EUR
     net_total:          549.90
     tax_total:          107.09
     grand_total:        656.99
     paid_on:
     source:             cii
     supplier_siren:     842137655
     supplier_vat_id:    FR59842137655
     period_start:       2026-01-12
     period_end:         2026-02-28
     payment_means:      58
     payment_iban:       FR7630004008200001234567864
     payment_bic:
     payment_reference:  FA-2026-0042
     payment_terms:      Paiement à 30 jours date de facture, par virement.

    lines:
     DESCRIPTION                                                QTY    RATE     NET  VAT_RATE
     Abonnement Pro – février 2026                                1  250.00  250.00        20
     Accompagnement au paramétrage                              3.5   80.00  280.00        20
     Bibliothèque numérique (livres numériques) – février 2026    1   19.90   19.90       5.5

    vat:
     RATE    BASE     TAX
       20  530.00  106.00
      5.5   19.90    1.09
    ");
    // The bill is one of the books' bills: listed, and paid like any other.
    assert_eq!(env.json("bill list")[0]["id"], "BILL-0001");
    env.ok("bill pay BILL-0001 --on 2026-03-01");
    assert_eq!(env.json("bill show BILL-0001")["status"], "paid");
}

#[test]
fn a_ubl_invoice_is_imported_with_its_discount_as_a_line() {
    let env = coworking();
    env.write(
        "ubl.xml",
        std::fs::read(fixture("ubl-invoice.xml")).unwrap(),
    );
    assert_eq!(env.ok("bill import ubl.xml"), "BILL-0001\n");
    let bill = env.json("bill show BILL-0001");
    assert_eq!(bill["source"], "ubl");
    assert_eq!(bill["reference"], "F2026/0117");
    assert_eq!(bill["supplier_siren"], "552100554");
    assert_eq!(bill["payment_iban"], "FR7610107001011234567890129");
    let lines = bill["lines"].as_array().unwrap();
    let sum: rust_decimal::Decimal = lines
        .iter()
        .map(|l| {
            l["net"]
                .as_str()
                .unwrap()
                .parse::<rust_decimal::Decimal>()
                .unwrap()
        })
        .sum();
    assert_eq!(sum.to_string(), bill["net_total"].as_str().unwrap());
}

#[test]
fn the_same_invoice_of_the_same_supplier_is_imported_once() {
    let env = with_sample();
    env.ok("bill import invoice.xml");
    env.write("again.xml", std::fs::read(fixture(SAMPLE)).unwrap());
    let before = env.dump();
    assert_snapshot!(env.fails("bill import again.xml", Exit::Refused), @"error: again.xml: invoice FA-2026-0042 of Lumière Logiciels SAS (SIREN 842137655) is already imported as BILL-0001");
    assert_eq!(env.dump(), before);
}

#[test]
fn totals_that_do_not_add_up_are_refused_with_the_rule_and_nothing_is_written() {
    let env = coworking();
    let xml = std::fs::read_to_string(fixture(SAMPLE)).unwrap().replace(
        "<ram:GrandTotalAmount>656.99</ram:GrandTotalAmount>",
        "<ram:GrandTotalAmount>665.99</ram:GrandTotalAmount>",
    );
    env.write("wrong.xml", xml);
    let before = env.dump();
    let error = env.fails("bill import wrong.xml", Exit::BadData);
    assert!(error.starts_with("error: wrong.xml: "), "{error}");
    assert!(error.contains("totals do not add up"), "{error}");
    assert!(error.contains("BR-CO-15"), "{error}");
    assert_eq!(error.lines().count(), 1, "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_file_that_is_not_an_e_invoice_writes_nothing() {
    let env = coworking();
    env.write(
        "note.xml",
        "<?xml version=\"1.0\"?><note>not an invoice</note>",
    );
    env.write("letter.txt", "Bonjour, voici notre facture.");
    env.write("empty.pdf", "%PDF-1.7\n%%EOF\n");
    let before = env.dump();
    for file in ["note.xml", "letter.txt", "empty.pdf"] {
        let error = env.fails(format!("bill import {file}"), Exit::BadData);
        assert!(error.starts_with(&format!("error: {file}")), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
    }
    assert_snapshot!(env.fails("bill import note.xml", Exit::BadData), @"error: note.xml: is not an e-invoice (root <note>); expected a CII or UBL invoice");
    env.fails("bill import missing.xml", Exit::NotFound);
    assert_eq!(env.dump(), before);
}

#[test]
fn a_supplier_credit_note_is_refused_and_nothing_is_written() {
    let env = coworking();
    env.write(
        "avoir.xml",
        std::fs::read(fixture("f-b2b-credit-note.xml")).unwrap(),
    );
    let before = env.dump();
    let error = env.fails("bill import avoir.xml", Exit::Refused);
    assert!(error.contains("is a credit note (type 381)"), "{error}");
    assert_eq!(env.dump(), before);
}

/// The figures of a bill as `bill show` gives them, to compare with a document's.
fn figures_of_bill(bill: &serde_json::Value) -> Vec<String> {
    let mut figures = vec![
        format!("supplier {}", bill["supplier"].as_str().unwrap()),
        format!("siren {}", bill["supplier_siren"].as_str().unwrap_or("-")),
        format!("vat id {}", bill["supplier_vat_id"].as_str().unwrap_or("-")),
        format!("number {}", bill["reference"].as_str().unwrap()),
        format!("issued {}", bill["date"].as_str().unwrap()),
        format!("due {}", bill["due_date"].as_str().unwrap()),
        format!("net {}", bill["net_total"].as_str().unwrap()),
        format!("vat {}", bill["tax_total"].as_str().unwrap()),
        format!("gross {}", bill["grand_total"].as_str().unwrap()),
    ];
    for line in bill["lines"].as_array().unwrap() {
        figures.push(format!(
            "line {} {} × {} = {} at {}",
            line["description"].as_str().unwrap(),
            line["qty"].as_str().unwrap(),
            line["rate"].as_str().unwrap(),
            line["net"].as_str().unwrap(),
            line["vat_rate"].as_str().unwrap(),
        ));
    }
    for vat in bill["vat"].as_array().unwrap() {
        figures.push(format!(
            "vat {} on {} = {}",
            vat["rate"].as_str().unwrap(),
            vat["base"].as_str().unwrap(),
            vat["tax"].as_str().unwrap()
        ));
    }
    figures
}

/// The same figures, straight from the document that was written.
fn figures_of_document(doc: &Document) -> Vec<String> {
    let h = &doc.header;
    let plain = |d: rust_decimal::Decimal| d.normalize().to_string();
    let money = |d: rust_decimal::Decimal| format!("{:.2}", d);
    let mut figures = vec![
        format!("supplier {}", h.seller.name),
        format!("siren {}", h.seller.siren().unwrap_or("-")),
        format!("vat id {}", h.seller.vat_id.as_deref().unwrap_or("-")),
        format!("number {}", h.number),
        format!("issued {}", h.issue_date),
        format!("due {}", h.due_date.unwrap_or(h.issue_date)),
        format!("net {}", money(doc.totals.tax_basis)),
        format!("vat {}", money(doc.totals.tax_total)),
        format!("gross {}", money(doc.totals.grand_total)),
    ];
    for line in &doc.lines {
        figures.push(format!(
            "line {} {} × {} = {} at {}",
            line.name,
            plain(line.quantity),
            money(line.net_price),
            money(line.net),
            plain(line.vat.rate),
        ));
    }
    for a in &doc.allowances_charges {
        figures.push(format!(
            "line {} 1 × {} = {} at {}",
            a.reason.as_deref().unwrap_or("allowance"),
            money(a.signed_amount()),
            money(a.signed_amount()),
            plain(a.vat.rate),
        ));
    }
    for b in &doc.vat_breakdown {
        figures.push(format!(
            "vat {} on {} = {}",
            plain(b.vat.rate),
            money(b.base),
            money(b.tax)
        ));
    }
    figures
}

#[test]
fn a_factur_x_pdf_written_by_subs_imports_back_with_the_same_figures() {
    let mut imported = 0;
    for (name, doc, _) in documents() {
        if doc.header.kind.is_credit() {
            continue;
        }
        let env = coworking();
        env.write("facture.pdf", pdf(&doc));
        assert_eq!(env.ok("bill import facture.pdf"), "BILL-0001\n", "{name}");
        let bill = env.json("bill show BILL-0001");
        assert_eq!(bill["source"], "factur-x", "{name}");
        let mut from_bill = figures_of_bill(&bill);
        let mut from_doc = figures_of_document(&doc);
        // The VAT breakdown is listed by rate on both sides.
        from_bill.sort();
        from_doc.sort();
        assert_eq!(from_bill, from_doc, "{name}");
        imported += 1;
    }
    assert!(imported >= 6, "{imported} documents imported");
}
