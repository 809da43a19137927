//! Documents the unit tests build on: a business invoice on two VAT rates paid by SEPA
//! transfer, and a franchise-en-base seller's invoice.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::messages::FR;

use super::build::{Draft, Exemption};
use super::model::{
    Address, Header, Identifier, Line, Note, NoteSubject, Operation, Party, PaymentMeans,
    SCHEME_FR_DIRECTORY, ServicePeriod, Vat, VatCategory,
};
use super::model::{DocumentType, VatPoint};

pub fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

pub fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub fn seller() -> Party {
    Party {
        name: "Lumière Logiciels SAS".into(),
        trading_name: Some("Lumière Logiciels".into()),
        identifiers: vec![Identifier::siret("84213765500010")],
        legal_id: Some(Identifier::siren("842137655")),
        vat_id: Some("FR59842137655".into()),
        tax_registration: None,
        legal_info: Some(FR.legal_mentions(
            Some("SAS"),
            Some("20 000 €"),
            Some("Lyon 842 137 655"),
        )),
        electronic_address: Some(Identifier::new("842137655", SCHEME_FR_DIRECTORY)),
        address: Address {
            lines: vec!["12 rue de la République".into()],
            city: Some("Lyon".into()),
            postcode: Some("69002".into()),
            subdivision: None,
            country: "FR".into(),
        },
        contact: None,
    }
}

pub fn business_buyer() -> Party {
    Party {
        name: "Boulangerie Martin SARL".into(),
        legal_id: Some(Identifier::siren("531089423")),
        vat_id: Some("FR19531089423".into()),
        electronic_address: Some(Identifier::new("531089423", SCHEME_FR_DIRECTORY)),
        address: Address {
            lines: vec!["5 avenue Parmentier".into(), "Bâtiment B".into()],
            city: Some("Paris".into()),
            postcode: Some("75011".into()),
            subdivision: None,
            country: "FR".into(),
        },
        ..Party::default()
    }
}

fn february() -> ServicePeriod {
    ServicePeriod {
        start: date("2026-02-01"),
        end: date("2026-02-28"),
    }
}

pub fn header() -> Header {
    Header {
        kind: DocumentType::Invoice,
        number: "FA-2026-0042".into(),
        issue_date: date("2026-02-01"),
        currency: "EUR".into(),
        business_process: Some(Operation::Services.code(false)),
        notes: vec![
            Note::new(NoteSubject::RecoveryIndemnity, FR.recovery_indemnity),
            Note::new(NoteSubject::LatePenalty, FR.late_penalty),
            Note::new(NoteSubject::EarlyPaymentDiscount, FR.no_discount),
        ],
        buyer_reference: None,
        contract_reference: Some("SUB-0007".into()),
        seller: seller(),
        buyer: business_buyer(),
        preceding_invoices: Vec::new(),
        period: Some(february()),
        vat_point: Some(VatPoint::InvoiceDate),
        payment_reference: Some("FA-2026-0042".into()),
        payment_means: vec![PaymentMeans::sepa_transfer(
            "FR7630004008200001234567864",
            Some("BNPAFRPPXXX".into()),
        )],
        payment_terms: None,
        due_date: Some(date("2026-03-03")),
    }
}

/// The research's sample a: 250.00 and 3.5 h × 80.00 at 20 %, 19.90 at 5.5 %.
pub fn draft_two_rates() -> Draft {
    let rate20 = Vat::standard(d("20"));
    Draft {
        header: header(),
        lines: vec![
            Line::new("1", "Abonnement Pro", d("1"), "MON", d("250.00"), rate20)
                .with_period(february()),
            Line::new("2", "Accompagnement", d("3.5"), "HUR", d("80.00"), rate20),
            Line::new(
                "3",
                "Bibliothèque numérique",
                d("1"),
                "MON",
                d("19.90"),
                Vat::standard(d("5.5")),
            )
            .with_period(february()),
        ],
        allowances_charges: Vec::new(),
        exemptions: Vec::new(),
        prepaid: Decimal::ZERO,
    }
}

/// A seller under the franchise en base: no VAT id, VAT exempt with the 293 B mention.
pub fn exempt_draft() -> Draft {
    let mut header = header();
    header.seller.vat_id = None;
    header.seller.tax_registration = Some("842137655".into());
    header.vat_point = None;
    header
        .notes
        .push(Note::new(NoteSubject::TaxDeclaration, FR.vat_exempt));
    Draft {
        header,
        lines: vec![Line::new(
            "1",
            "Formation",
            d("2"),
            "DAY",
            d("240"),
            Vat::untaxed(VatCategory::Exempt),
        )],
        allowances_charges: Vec::new(),
        exemptions: vec![Exemption {
            category: VatCategory::Exempt,
            reason: Some(FR.vat_exempt.into()),
            code: Some("VATEX-FR-FRANCHISE".into()),
        }],
        prepaid: Decimal::ZERO,
    }
}
