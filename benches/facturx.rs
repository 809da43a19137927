//! Cost of a Factur-X invoice: its CII XML, its page laid out, its PDF/A-3b with the XML
//! embedded and the XMP completed, and reading it back; then a month of 10,000 distinct
//! invoices rendered one after another, on one thread and on two. Allocations per call
//! are counted (memory must stay flat). `cargo bench --bench facturx`.

use std::hint::black_box;

use chrono::NaiveDate;
use divan::counter::ItemsCount;
use divan::{AllocProfiler, Bencher};
use rust_decimal::Decimal;
use subs::domain::einvoice::{
    Address, Document, DocumentType, Draft, Header, Identifier, Line, Note, NoteSubject, Operation,
    Party, PaymentMeans, SCHEME_FR_DIRECTORY, ServicePeriod, Vat, VatPoint,
};
use subs::domain::messages::FR;
use subs::formats::facturx::pdf::{InvoicePage, lay_out, write_pdf};
use subs::formats::facturx::{read_invoice, write_cii};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

fn d(text: &str) -> Decimal {
    text.parse().expect("decimal")
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

fn party(name: &str, siren: &str, vat_id: &str, street: &str) -> Party {
    Party {
        name: name.into(),
        legal_id: Some(Identifier::siren(siren)),
        vat_id: Some(vat_id.into()),
        electronic_address: Some(Identifier::new(siren, SCHEME_FR_DIRECTORY)),
        address: Address {
            lines: vec![street.into()],
            city: Some("Lyon".into()),
            postcode: Some("69002".into()),
            subdivision: None,
            country: "FR".into(),
        },
        ..Party::default()
    }
}

/// A month's invoice of a coworking space to a business: a desk, meeting-room hours and
/// a press subscription at 5.5 %, paid by SEPA transfer; `n` makes its number.
fn invoice(n: u32) -> Document {
    let january = ServicePeriod {
        start: date("2026-01-01"),
        end: date("2026-01-31"),
    };
    let number = format!("INV-2026-{n:05}");
    let mut seller = party(
        "Coworking Lumière SAS",
        "842137655",
        "FR59842137655",
        "12 rue de la République",
    );
    seller.legal_info =
        Some(FR.legal_mentions(Some("SAS"), Some("20 000 €"), Some("Lyon 842 137 655")));
    let draft = Draft {
        header: Header {
            kind: DocumentType::Invoice,
            number: number.clone(),
            issue_date: date("2026-01-31"),
            currency: "EUR".into(),
            business_process: Some(Operation::Services.code(false)),
            notes: vec![
                Note::new(NoteSubject::RecoveryIndemnity, FR.recovery_indemnity),
                Note::new(NoteSubject::LatePenalty, FR.late_penalty),
                Note::new(NoteSubject::EarlyPaymentDiscount, FR.no_discount),
            ],
            buyer_reference: None,
            contract_reference: Some(format!("SUB-{n:05}")),
            seller,
            buyer: party(
                "Boulangerie Martin SARL",
                "531089423",
                "FR19531089423",
                "5 avenue Parmentier",
            ),
            preceding_invoices: Vec::new(),
            period: Some(january),
            vat_point: Some(VatPoint::InvoiceDate),
            payment_reference: Some(number),
            payment_means: vec![PaymentMeans::sepa_transfer(
                "FR7630004008200001234567864",
                Some("BNPAFRPPXXX".into()),
            )],
            payment_terms: None,
            due_date: Some(date("2026-03-02")),
        },
        lines: vec![
            Line::new(
                "1",
                "Bureau dédié",
                d("1"),
                "MON",
                d("310"),
                Vat::standard(d("20")),
            )
            .with_period(january),
            Line::new(
                "2",
                "Salle de réunion",
                d("3.5"),
                "HUR",
                d("25"),
                Vat::standard(d("20")),
            ),
            Line::new(
                "3",
                "Abonnement presse",
                d("1"),
                "MON",
                d("19.90"),
                Vat::standard(d("5.5")),
            ),
        ],
        allowances_charges: Vec::new(),
        exemptions: Vec::new(),
        prepaid: Decimal::ZERO,
    };
    Document::build(draft).expect("a valid invoice")
}

fn render(doc: &Document) -> Vec<u8> {
    let xml = write_cii(doc).expect("xml");
    let page = InvoicePage::from_document(doc, &FR);
    write_pdf(&page, &xml).expect("pdf")
}

#[divan::bench]
fn cii_xml(bencher: Bencher) {
    let doc = invoice(1);
    bencher.bench(|| write_cii(black_box(&doc)));
}

#[divan::bench]
fn page_layout(bencher: Bencher) {
    let doc = invoice(1);
    let page = InvoicePage::from_document(&doc, &FR);
    bencher.bench(|| lay_out(black_box(&page)));
}

/// One whole Factur-X PDF from the document: XML, page, PDF/A-3b, XMP.
#[divan::bench(threads = [1, 2])]
fn factur_x_pdf(bencher: Bencher) {
    let doc = invoice(1);
    bencher.bench(|| render(black_box(&doc)));
}

/// A supplier's Factur-X PDF read into the model (`bill import`).
#[divan::bench]
fn read_factur_x_pdf(bencher: Bencher) {
    let pdf = render(&invoice(1));
    bencher.bench(|| read_invoice("invoice.pdf", black_box(&pdf)));
}

const MONTH: u32 = 10_000;

/// 10,000 distinct invoices rendered in turn by `threads` threads, each PDF dropped once
/// made: throughput is items per second, and memory must not grow with the count.
#[divan::bench(args = [1, 2], sample_count = 1, sample_size = 1)]
fn month_of_10000_invoices(bencher: Bencher, threads: u32) {
    bencher.counter(ItemsCount::new(MONTH)).bench(|| {
        std::thread::scope(|scope| {
            for t in 0..threads {
                scope.spawn(move || {
                    let mut bytes = 0usize;
                    for n in (t..MONTH).step_by(threads as usize) {
                        bytes += render(&invoice(n + 1)).len();
                    }
                    black_box(bytes)
                });
            }
        });
    });
}
