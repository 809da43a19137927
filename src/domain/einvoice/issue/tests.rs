use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::domain::einvoice::model::MeansKind;
use crate::domain::invoice::{Invoice, InvoiceLine};
use crate::domain::messages::FR;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

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
        capital: None,
        rcs: None,
        vat_on_debits: false,
    }
}

fn buyer() -> Buyer {
    Buyer {
        name: "Boulangerie Martin SARL".into(),
        address: Some("5 avenue Parmentier, 75011 Paris".into()),
        siren: Some("531089423".into()),
        vat_id: Some("FR19531089423".into()),
        business: true,
        email: None,
    }
}

/// A stored line: `qty × rate`, prorated to `days` of `period_days`, at `vat` %.
fn line(qty: &str, rate: &str, days: i64, period_days: i64, vat: &str) -> (InvoiceLine, LineTerms) {
    let unrounded = d(qty) * d(rate) * Decimal::from(days) / Decimal::from(period_days);
    let net = crate::domain::money::to_minor(unrounded, 2).unwrap();
    (
        InvoiceLine {
            id: 0,
            position: 0,
            item: "DESK".into(),
            description: "Bureau dédié".into(),
            qty: d(qty),
            uom: "month".into(),
            rate: d(rate),
            factor: String::new(),
            days: Some(days),
            period_days: Some(period_days),
            unrounded,
            net,
            vat_rate: d(vat),
            period_start: None,
            period_end: None,
            price_source: String::new(),
            subscription_line: None,
            credits_line: None,
        },
        LineTerms {
            unit_code: "MON".into(),
            ..LineTerms::default()
        },
    )
}

/// An issued document of these lines, its totals computed as the books compute them.
fn stored(kind: &str, lines: &[(InvoiceLine, LineTerms)]) -> Invoice {
    let totals =
        crate::domain::invoice::totals(lines.iter().map(|(l, _)| (l.vat_rate, l.net)), 2).unwrap();
    Invoice {
        id: 1,
        kind: kind.into(),
        status: "issued".into(),
        number: Some("INV-2026-00001".into()),
        customer: "MARTIN".into(),
        issue_date: Some(date("2026-01-31")),
        due_date: Some(date("2026-03-02")),
        currency: "EUR".into(),
        net_total: totals.net,
        tax_total: totals.tax,
        grand_total: totals.grand,
        ..Invoice::default()
    }
}

fn document(
    invoice: &Invoice,
    lines: &[(InvoiceLine, LineTerms)],
    seller: &Seller,
) -> Result<Document, Error> {
    issued_document(&Stored {
        invoice,
        lines,
        corrects: Some(("INV-2025-00009", date("2025-12-31"))),
        seller,
        buyer: &buyer(),
        means: &Means::Transfer {
            iban: "FR7630004008200001234567864".into(),
            bic: None,
        },
        late_penalty: FR.late_penalty,
        messages: &FR,
        digits: 2,
    })
}

#[test]
fn a_prorated_line_keeps_its_price_and_takes_the_proration_off_as_a_line_allowance() {
    let lines = [line("1", "310", 10, 31, "20")];
    let doc = document(&stored("invoice", &lines), &lines, &seller()).unwrap();
    let l = &doc.lines[0];
    assert_eq!(
        (l.quantity, l.net_price, l.net),
        (d("1"), d("310"), d("100.00"))
    );
    assert_eq!(l.allowances_charges[0].amount, d("210.00"));
    assert_eq!(
        l.allowances_charges[0].reason.as_deref(),
        Some(
            crate::domain::messages::fill(
                FR.line_prorata,
                &[("days", "10"), ("period_days", "31")]
            )
            .as_str()
        )
    );
}

#[test]
fn a_credit_note_is_written_positive_naming_the_invoice_it_corrects() {
    let mut lines = vec![line("1", "310", 1, 1, "20")];
    lines[0].0.qty = d("-1");
    lines[0].0.net = -31000;
    let doc = document(&stored("credit_note", &lines), &lines, &seller()).unwrap();
    assert_eq!(doc.header.kind.code(), 381);
    assert_eq!(doc.totals.grand_total, d("372.00"));
    assert_eq!(doc.header.preceding_invoices[0].number, "INV-2025-00009");
    assert!(doc.header.payment_means.is_empty());
}

#[test]
fn a_negative_line_is_a_discount_at_its_vat_rate() {
    let mut lines = vec![line("1", "310", 1, 1, "20"), line("1", "15", 1, 1, "20")];
    lines[1].0.qty = d("-1");
    lines[1].0.net = -1500;
    lines[1].0.description = "Remise fidélité".into();
    let doc = document(&stored("invoice", &lines), &lines, &seller()).unwrap();
    assert_eq!(doc.lines.len(), 1);
    let discount = &doc.allowances_charges[0];
    assert_eq!((discount.amount, discount.vat.rate), (d("15.00"), d("20")));
    assert_eq!(doc.totals.tax_basis, d("295.00"));
}

#[test]
fn zero_percent_is_the_franchise_without_a_vat_id_an_exemption_with_a_reason_else_zero_rated() {
    let lines = [line("2", "240", 1, 1, "0")];
    let invoice = stored("invoice", &lines);
    let zero = document(&invoice, &lines, &seller()).unwrap();
    assert_eq!(zero.vat_breakdown[0].vat.category, VatCategory::ZeroRated);

    let mut exempt_lines = lines.clone();
    exempt_lines[0].1.exemption = Some("Exonération de TVA, article 261-4-4° a du CGI".into());
    exempt_lines[0].1.vatex = Some("VATEX-FR-CGI261-4".into());
    let exempt = document(&invoice, &exempt_lines, &seller()).unwrap();
    assert_eq!(exempt.vat_breakdown[0].vat.category, VatCategory::Exempt);
    assert_eq!(
        exempt.vat_breakdown[0].exemption_code.as_deref(),
        Some("VATEX-FR-CGI261-4")
    );

    let small = Seller {
        vat_id: None,
        ..seller()
    };
    let franchise = document(&invoice, &lines, &small).unwrap();
    assert_eq!(
        franchise.vat_breakdown[0].exemption_code.as_deref(),
        Some(VATEX_FRANCHISE)
    );
    assert_eq!(
        franchise.note(&NoteSubject::TaxDeclaration),
        Some(FR.vat_exempt)
    );
    assert_eq!(
        franchise.header.seller.tax_registration.as_deref(),
        Some("842137655")
    );
}

#[test]
fn a_business_buyer_gets_the_french_notes_and_an_individual_none() {
    let lines = [line("1", "310", 1, 1, "20")];
    let invoice = stored("invoice", &lines);
    let doc = document(&invoice, &lines, &seller()).unwrap();
    let subjects: Vec<&str> = doc
        .header
        .notes
        .iter()
        .map(|n| n.subject.as_ref().unwrap().code())
        .collect();
    assert_eq!(subjects, ["BAR", "PMT", "PMD", "AAB"]);
    assert_eq!(
        doc.header.payment_means[0].kind,
        MeansKind::SepaCreditTransfer
    );
    let person = issued_document(&Stored {
        invoice: &invoice,
        lines: &lines,
        corrects: None,
        seller: &seller(),
        buyer: &Buyer {
            name: "Camille Durand".into(),
            email: Some("camille@example.org".into()),
            ..Buyer::default()
        },
        means: &Means::Card,
        late_penalty: FR.late_penalty,
        messages: &FR,
        digits: 2,
    })
    .unwrap();
    assert!(person.header.notes.is_empty());
    assert_eq!(
        person
            .header
            .buyer
            .electronic_address
            .as_ref()
            .unwrap()
            .value,
        "camille@example.org"
    );
}

#[test]
fn totals_that_differ_from_the_books_are_an_error_not_a_file() {
    let lines = [line("1", "310", 1, 1, "20")];
    let mut invoice = stored("invoice", &lines);
    invoice.tax_total += 1;
    invoice.grand_total += 1;
    let error = document(&invoice, &lines, &seller())
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("VAT total 62 differs from the books' 62.01"),
        "{error}"
    );
}

#[test]
fn a_free_text_address_splits_into_lines_post_code_and_city() {
    let a = postal_address(Some("Bâtiment B, 5 avenue Parmentier\n75011 Paris"), "FR");
    assert_eq!(a.lines, ["Bâtiment B", "5 avenue Parmentier"]);
    assert_eq!(
        (a.postcode.as_deref(), a.city.as_deref()),
        (Some("75011"), Some("Paris"))
    );
    let long = postal_address(Some("a, b, c, d, e"), "FR");
    assert_eq!(long.lines, ["a", "b", "c, d, e"]);
    assert_eq!(postal_address(None, "BE").country, "BE");
}

#[test]
fn units_map_to_un_ece_recommendation_20() {
    let codes: Vec<&str> = ["month", "day", "hour", "week", "year", "half-day", "unit"]
        .into_iter()
        .map(unit_code)
        .collect();
    assert_eq!(codes, ["MON", "DAY", "HUR", "WEE", "ANN", "C62", "C62"]);
}
