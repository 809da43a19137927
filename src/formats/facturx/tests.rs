//! The CII writer and readers together: what is written reads back the same, the sums in
//! the XML are the model's and add up, UBL files read into the same model, and what is
//! not an invoice is refused.

use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::domain::einvoice::test_support::{d, date, draft_two_rates, exempt_draft};
use crate::domain::einvoice::{
    AllowanceCharge, DirectDebit, Document, DocumentType, Draft, Exemption, Line,
    LineAllowanceCharge, MeansKind, Note, NoteSubject, PaymentMeans, PrecedingInvoice, Vat,
    VatCategory, VatPoint, split_allowance,
};
use crate::domain::messages::FR;

use super::{read_invoice, read_xml, write_cii};

fn credit_note() -> Draft {
    let mut draft = draft_two_rates();
    draft.header.kind = DocumentType::CreditNote;
    draft.header.number = "AV-2026-0003".into();
    draft.header.preceding_invoices.push(PrecedingInvoice {
        number: "FA-2026-0042".into(),
        issue_date: Some(date("2026-02-01")),
    });
    draft.header.notes.push(Note::new(
        NoteSubject::GeneralInformation,
        FR.cancellation_reason("SUB-0007", date("2026-02-20")),
    ));
    draft.header.payment_means.clear();
    draft
}

fn direct_debit_with_line_allowance() -> Draft {
    let mut draft = draft_two_rates();
    draft.header.payment_means = vec![PaymentMeans::sepa_direct_debit(DirectDebit {
        mandate: "MDT-SUB-0009".into(),
        creditor_id: "FR14ZZZ482915".into(),
        debtor_iban: Some("FR7630004008200001234567864".into()),
    })];
    draft.lines[1] = draft.lines[1]
        .clone()
        .with_allowance_charge(LineAllowanceCharge {
            charge: false,
            amount: d("28.00"),
            reason: Some("Remise".into()),
            reason_code: Some("95".into()),
        });
    draft
}

fn discounted() -> Draft {
    let mut draft = draft_two_rates();
    let bases = [
        (Vat::standard(d("20")), d("530.00")),
        (Vat::standard(d("5.5")), d("19.90")),
    ];
    for (vat, amount) in split_allowance(d("50.00"), &bases).unwrap() {
        draft.allowances_charges.push(AllowanceCharge::discount(
            amount,
            vat,
            "Remise de bienvenue",
        ));
    }
    draft.prepaid = d("100.00");
    draft
}

fn samples() -> Vec<Document> {
    [
        draft_two_rates(),
        exempt_draft(),
        credit_note(),
        direct_debit_with_line_allowance(),
        discounted(),
    ]
    .into_iter()
    .map(|draft| Document::build(draft).unwrap())
    .collect()
}

fn xml_text(doc: &Document) -> String {
    String::from_utf8(write_cii(doc).unwrap()).unwrap()
}

#[test]
fn a_written_document_reads_back_the_same() {
    for doc in samples() {
        let xml = write_cii(&doc).unwrap();
        let read = read_xml("factur-x.xml", &xml).unwrap();
        assert_eq!(read, doc, "{}", String::from_utf8_lossy(&xml));
        read.check_totals().unwrap();
    }
}

#[test]
fn the_xml_keeps_the_schema_order_and_the_profile_traps() {
    let discounted = Document::build(discounted()).unwrap();
    let xml = xml_text(&discounted);
    let at = |needle: &str| -> usize {
        xml.find(needle)
            .unwrap_or_else(|| panic!("{needle} not in {xml}"))
    };
    assert!(xml.contains("<udt:Indicator>false</udt:Indicator>"));
    assert!(
        at("<ram:LineTotalAmount>549.90</ram:LineTotalAmount>\n")
            < at("<ram:AllowanceTotalAmount>50.00")
    );
    assert!(at("<ram:TaxTotalAmount currencyID=\"EUR\">") > at("<ram:TaxBasisTotalAmount>"));
    assert!(at("<ram:TotalPrepaidAmount>100.00") < at("<ram:DuePayableAmount>"));
    assert!(!xml.contains("<ram:GrandTotalAmount currencyID"));
    assert!(at("<udt:DateTimeString format=\"102\">20260201</udt:DateTimeString>") > 0);
    assert!(at("<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>") > 0);
    // A VAT breakdown: the exemption reason before the base, the VAT point before the rate.
    let breakdown = &xml[at("<ram:CalculatedAmount>")..];
    let breakdown = &breakdown[..breakdown.find("</ram:ApplicableTradeTax>").unwrap()];
    let order = [
        "CalculatedAmount",
        "TypeCode",
        "BasisAmount",
        "CategoryCode",
        "DueDateTypeCode",
        "RateApplicablePercent",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|name| breakdown.find(&format!("<ram:{name}>")).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{breakdown}");
    // The lines come before the header blocks, the corrected invoice after the totals.
    let note = Document::build(credit_note()).unwrap();
    let xml = xml_text(&note);
    assert!(
        xml.find("<ram:IncludedSupplyChainTradeLineItem>")
            < xml.find("<ram:ApplicableHeaderTradeAgreement>")
    );
    assert!(
        xml.find("<ram:SpecifiedTradeSettlementHeaderMonetarySummation>")
            < xml.find("<ram:InvoiceReferencedDocument>")
    );
    assert!(xml.contains("<qdt:DateTimeString format=\"102\">20260201</qdt:DateTimeString>"));
    assert!(xml.contains("<ram:TypeCode>381</ram:TypeCode>"));
    // A direct debit: creditor id first in the settlement, the mandate in the terms.
    let debit = Document::build(direct_debit_with_line_allowance()).unwrap();
    let xml = xml_text(&debit);
    assert!(
        xml.find("<ram:CreditorReferenceID>FR14ZZZ482915") < xml.find("<ram:InvoiceCurrencyCode>")
    );
    assert!(xml.find("<ram:DueDateDateTime>") < xml.find("<ram:DirectDebitMandateID>MDT-SUB-0009"));
    assert!(xml.contains("<ram:PayerPartyDebtorFinancialAccount>"));
}

#[test]
fn a_supplier_file_whose_totals_do_not_add_up_reads_but_fails_the_check() {
    let doc = &samples()[0];
    let xml = xml_text(doc).replace(
        "<ram:GrandTotalAmount>656.99</ram:GrandTotalAmount>",
        "<ram:GrandTotalAmount>665.99</ram:GrandTotalAmount>",
    );
    let read = read_xml("bill.xml", xml.as_bytes()).unwrap();
    let error = read.check_totals().unwrap_err().to_string();
    assert!(error.contains("BR-CO-15"), "{error}");
}

#[test]
fn a_ubl_invoice_reads_into_the_model_and_adds_up() {
    let bytes = include_bytes!("../../../tests/fixtures/facturx/ubl-invoice.xml");
    let doc = read_xml("ubl-invoice.xml", bytes).unwrap();
    let h = &doc.header;
    assert_eq!(h.kind, DocumentType::Invoice);
    assert_eq!(h.number, "F2026/0117");
    assert_eq!(h.issue_date, date("2026-03-02"));
    assert_eq!(h.due_date, Some(date("2026-04-01")));
    assert_eq!(h.business_process.as_deref(), Some("S1"));
    assert_eq!(h.vat_point, Some(VatPoint::InvoiceDate));
    assert_eq!(h.notes[0].subject, Some(NoteSubject::RecoveryIndemnity));
    assert_eq!(h.notes[1].subject, None);
    assert_eq!(h.seller.name, "Papeterie du Rhône SARL");
    assert_eq!(h.seller.trading_name.as_deref(), Some("Papeterie du Rhône"));
    assert_eq!(h.seller.siren(), Some("552100554"));
    assert_eq!(h.seller.siret(), Some("55210055400013"));
    assert_eq!(h.seller.vat_id.as_deref(), Some("FR40552100554"));
    let legal = FR.legal_mentions(Some("SARL"), Some("8 000 €"), None);
    assert_eq!(h.seller.legal_info, Some(legal));
    assert_eq!(
        h.seller.contact.as_ref().unwrap().email.as_deref(),
        Some("compta@papeterie.example")
    );
    assert_eq!(
        h.buyer.address.lines,
        ["12 rue de la République", "2e étage"]
    );
    assert_eq!(h.buyer.siren(), Some("842137655"));
    let means = &h.payment_means[0];
    assert_eq!(means.kind, MeansKind::SepaCreditTransfer);
    let account = means.payee_account.as_ref().unwrap();
    assert_eq!(account.iban, "FR7610107001011234567890129");
    assert_eq!(account.bic.as_deref(), Some("BREDFRPPXXX"));
    assert_eq!(h.payment_reference.as_deref(), Some("F2026/0117"));
    assert_eq!(h.payment_terms.as_deref(), Some("30 jours fin de mois"));
    assert_eq!(doc.lines.len(), 2);
    let paper = &doc.lines[0];
    assert_eq!(
        (paper.id.as_str(), paper.quantity, paper.net),
        ("10", d("40"), d("190.00"))
    );
    assert_eq!(paper.allowances_charges[0].amount, d("10.00"));
    assert_eq!(paper.seller_item_id.as_deref(), Some("PAP-A4"));
    assert_eq!(doc.lines[1].vat, Vat::standard(d("5.5")));
    assert_eq!(doc.allowances_charges[0].amount, d("10.00"));
    assert_eq!(doc.vat_breakdown.len(), 2);
    // The second TaxTotal is in another currency (BT-111): not the invoice's VAT.
    assert_eq!(doc.totals.tax_total, d("38.55"));
    assert_eq!(doc.totals.due, d("264.95"));
    doc.check_totals().unwrap();
}

#[test]
fn a_ubl_credit_note_reads_its_corrected_invoice_mandate_and_exemption() {
    let bytes = include_bytes!("../../../tests/fixtures/facturx/ubl-credit-note.xml");
    let doc = read_xml("ubl-credit-note.xml", bytes).unwrap();
    let h = &doc.header;
    assert_eq!(h.kind, DocumentType::CreditNote);
    assert_eq!(
        h.preceding_invoices,
        [PrecedingInvoice {
            number: "FO-2026-011".into(),
            issue_date: Some(date("2026-02-15"))
        }]
    );
    assert_eq!(
        doc.note(&NoteSubject::GeneralInformation),
        Some("Session de formation annulée")
    );
    let debit = h.payment_means[0].direct_debit.as_ref().unwrap();
    assert_eq!(debit.mandate, "MDT-0042");
    assert_eq!(debit.creditor_id, "FR14ZZZ482915");
    assert_eq!(
        debit.debtor_iban.as_deref(),
        Some("FR7630004008200001234567864")
    );
    assert!(
        h.seller.identifiers.is_empty(),
        "the SEPA id is not a seller identifier"
    );
    let exempt = &doc.vat_breakdown[0];
    assert_eq!(exempt.vat, Vat::untaxed(VatCategory::Exempt));
    assert_eq!(exempt.exemption_code.as_deref(), Some("VATEX-FR-CGI261-4"));
    assert_eq!(doc.lines[0].unit_code, "DAY");
    doc.check_totals().unwrap();
}

#[test]
fn what_is_not_an_invoice_is_refused_by_its_root() {
    let camt = br#"<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"/>"#;
    let error = read_xml("statement.xml", camt).unwrap_err().to_string();
    assert_eq!(
        error,
        "statement.xml: is not an e-invoice (root <Document> in namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.08); expected a CII or UBL invoice"
    );
    let wrong_namespace = br#"<CrossIndustryInvoice xmlns="urn:example"/>"#;
    assert!(
        read_xml("x.xml", wrong_namespace)
            .unwrap_err()
            .to_string()
            .contains("not a Cross Industry Invoice")
    );
    assert!(
        read_invoice("x.pdf", b"%PDF-1.7 garbage")
            .unwrap_err()
            .to_string()
            .contains("not a readable PDF")
    );
    let no_number = xml_text(&samples()[0]).replacen("<ram:ID>FA-2026-0042</ram:ID>", "", 1);
    let error = read_xml("bill.xml", no_number.as_bytes())
        .unwrap_err()
        .to_string();
    assert_eq!(error, "bill.xml: BT-1 invoice number: is missing");
}

/// A random invoice: one to eight lines at rates of 20, 10, 5.5, 2.1 % or exempt, maybe a
/// discount split over its bases, maybe a prepaid part, maybe a credit note.
fn arbitrary_draft() -> impl Strategy<Value = Draft> {
    let vat = prop_oneof![
        Just(Vat::standard(d("20"))),
        Just(Vat::standard(d("10"))),
        Just(Vat::standard(d("5.5"))),
        Just(Vat::standard(d("2.1"))),
        Just(Vat::untaxed(VatCategory::Exempt)),
    ];
    let line = (1i64..=50_000, 0u32..=3, 1i64..=9_999_999, 0u32..=4, vat);
    (
        prop::collection::vec(line, 1..=8),
        0u32..=40,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(lines, discount_percent, prepaid, credit)| {
            let mut draft = draft_two_rates();
            draft.lines = lines
                .into_iter()
                .enumerate()
                .map(|(i, (q, q_scale, p, p_scale, vat))| {
                    Line::new(
                        (i + 1).to_string(),
                        format!("Article {}", i + 1),
                        Decimal::new(q, q_scale),
                        "C62",
                        Decimal::new(p, p_scale),
                        vat,
                    )
                })
                .collect();
            let mut bases: Vec<(Vat, Decimal)> = Vec::new();
            for line in &draft.lines {
                match bases.iter_mut().find(|(v, _)| *v == line.vat) {
                    Some((_, base)) => *base += line.net,
                    None => bases.push((line.vat, line.net)),
                }
            }
            if bases.iter().any(|(v, _)| v.category == VatCategory::Exempt) {
                draft.exemptions.push(Exemption {
                    category: VatCategory::Exempt,
                    reason: Some("Exonération, article 261-4-4° a du CGI".into()),
                    code: Some("VATEX-FR-CGI261-4".into()),
                });
            }
            let total: Decimal = bases.iter().map(|(_, b)| *b).sum();
            let discount = crate::domain::money::round_half_away(
                total * Decimal::from(discount_percent) / Decimal::ONE_HUNDRED,
                2,
            );
            if !discount.is_zero() {
                for (vat, amount) in split_allowance(discount, &bases).unwrap() {
                    draft
                        .allowances_charges
                        .push(AllowanceCharge::discount(amount, vat, "Remise"));
                }
            }
            if prepaid {
                draft.prepaid = crate::domain::money::round_half_away(total / Decimal::TWO, 2);
            }
            if credit {
                draft.header.kind = DocumentType::CreditNote;
                draft.header.preceding_invoices.push(PrecedingInvoice {
                    number: "FA-2026-0001".into(),
                    issue_date: Some(date("2026-01-31")),
                });
            }
            draft
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_invoices_add_up_in_the_xml_and_read_back_the_same(draft in arbitrary_draft()) {
        let doc = Document::build(draft).unwrap();
        let xml = write_cii(&doc).unwrap();
        let text = String::from_utf8(xml.clone()).unwrap();
        let t = &doc.totals;
        for (element, value) in [
            ("LineTotalAmount", t.line_total),
            ("TaxBasisTotalAmount", t.tax_basis),
            ("GrandTotalAmount", t.grand_total),
            ("DuePayableAmount", t.due),
        ] {
            let mut value = value;
            value.rescale(2);
            let written = format!("<ram:{element}>{value}</ram:{element}>");
            prop_assert!(text.contains(&written), "{} not in the XML", written);
        }
        let mut tax = t.tax_total;
        tax.rescale(2);
        let tax_total = format!("<ram:TaxTotalAmount currencyID=\"EUR\">{tax}</ram:TaxTotalAmount>");
        prop_assert!(text.contains(&tax_total));
        // BR-CO-10..16 exactly, and each VAT exactly its base × rate, rounded once.
        let read = read_xml("factur-x.xml", &xml).unwrap();
        read.check_totals().unwrap();
        let lines: Decimal = read.lines.iter().map(|l| l.net).sum();
        prop_assert_eq!(read.totals.line_total, lines);
        prop_assert_eq!(
            read.totals.tax_basis,
            read.totals.line_total - read.totals.allowance_total + read.totals.charge_total
        );
        prop_assert_eq!(read.totals.grand_total, read.totals.tax_basis + read.totals.tax_total);
        prop_assert_eq!(read.totals.due, read.totals.grand_total - read.totals.prepaid);
        for entry in &read.vat_breakdown {
            let exact = crate::domain::money::round_half_away(entry.base * entry.vat.rate / Decimal::ONE_HUNDRED, 2);
            prop_assert_eq!(entry.tax, exact);
        }
        for line in &read.lines {
            prop_assert_eq!(line.net, line.expected_net());
        }
        prop_assert_eq!(read, doc);
    }
}
