//! Factur-X as a platform and an accountant receive it. For a set of representative
//! documents — a business customer on two VAT rates paying by SEPA transfer, an
//! individual, a 0 % exemption with its VATEX code, a seller under the franchise en base,
//! a discount over two rates, a credit note correcting its invoice, a SEPA direct debit
//! payer, a reverse charge — the XML passes the Factur-X EN 16931 XSD and schematron, and the business ones
//! the French rules (BR-FR), all checked in one JVM run; the PDF is a sound PDF/A-3 file
//! carrying that XML as `factur-x.xml` with the Factur-X identification in its XMP, the
//! same bytes for the same document, and reading it gives the document back.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use subs::domain::einvoice::{
    Address, AllowanceCharge, DirectDebit, Document, DocumentType, Draft, Exemption, Header,
    Identifier, Line, Note, NoteSubject, Operation, Party, PaymentMeans, PrecedingInvoice,
    SCHEME_EMAIL, SCHEME_FR_DIRECTORY, ServicePeriod, Vat, VatCategory, VatPoint, split_allowance,
};
use subs::domain::messages::{EN, FR, placeholders};
use subs::formats::facturx::pdf::{InvoicePage, Op, extract_xml, lay_out, write_pdf};
use subs::formats::facturx::{read_invoice, write_cii};

use crate::tools;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub(crate) fn schemas() -> PathBuf {
    fixtures().join("schemas/facturx")
}

fn address(line: &str, postcode: &str, city: &str) -> Address {
    Address {
        lines: vec![line.into()],
        city: Some(city.into()),
        postcode: Some(postcode.into()),
        subdivision: None,
        country: "FR".into(),
    }
}

fn seller() -> Party {
    Party {
        name: "Coworking Lumière SAS".into(),
        identifiers: vec![Identifier::siret("84213765500010")],
        legal_id: Some(Identifier::siren("842137655")),
        vat_id: Some("FR59842137655".into()),
        legal_info: Some(FR.legal_mentions(
            Some("SAS"),
            Some("20 000 €"),
            Some("Lyon 842 137 655"),
        )),
        electronic_address: Some(Identifier::new("842137655", SCHEME_FR_DIRECTORY)),
        address: address("12 rue de la République", "69002", "Lyon"),
        ..Party::default()
    }
}

fn business(name: &str, siren: &str, vat_id: &str) -> Party {
    Party {
        name: name.into(),
        legal_id: Some(Identifier::siren(siren)),
        vat_id: Some(vat_id.into()),
        electronic_address: Some(Identifier::new(siren, SCHEME_FR_DIRECTORY)),
        address: address("5 avenue Parmentier", "75011", "Paris"),
        ..Party::default()
    }
}

fn martin() -> Party {
    business("Boulangerie Martin SARL", "531089423", "FR19531089423")
}

fn january() -> ServicePeriod {
    ServicePeriod {
        start: date("2026-01-01"),
        end: date("2026-01-31"),
    }
}

fn transfer() -> PaymentMeans {
    PaymentMeans::sepa_transfer("FR7630004008200001234567864", Some("BNPAFRPPXXX".into()))
}

/// The notes the French rules require of a document between businesses.
fn business_notes() -> Vec<Note> {
    vec![
        Note::new(NoteSubject::Framework, "B2B"),
        Note::new(NoteSubject::RecoveryIndemnity, FR.recovery_indemnity),
        Note::new(NoteSubject::LatePenalty, FR.late_penalty),
        Note::new(NoteSubject::EarlyPaymentDiscount, FR.no_discount),
    ]
}

fn header(number: &str, buyer: Party) -> Header {
    Header {
        kind: DocumentType::Invoice,
        number: number.into(),
        issue_date: date("2026-01-31"),
        currency: "EUR".into(),
        business_process: Some(Operation::Services.code(false)),
        notes: business_notes(),
        buyer_reference: None,
        contract_reference: Some("SUB-0001".into()),
        seller: seller(),
        buyer,
        preceding_invoices: Vec::new(),
        period: Some(january()),
        vat_point: None,
        payment_reference: Some(number.into()),
        payment_means: vec![transfer()],
        payment_terms: None,
        due_date: Some(date("2026-03-02")),
    }
}

fn draft(header: Header, lines: Vec<Line>) -> Draft {
    Draft {
        header,
        lines,
        allowances_charges: Vec::new(),
        exemptions: Vec::new(),
        prepaid: Decimal::ZERO,
    }
}

fn desk() -> Line {
    Line::new(
        "1",
        "Bureau dédié",
        d("1"),
        "MON",
        d("310.00"),
        Vat::standard(d("20")),
    )
    .with_period(january())
}

fn two_rates() -> Draft {
    let mut h = header("INV-2026-00001", martin());
    h.vat_point = Some(VatPoint::InvoiceDate);
    h.notes
        .push(Note::new(NoteSubject::TaxDeclaration, FR.vat_on_debits));
    draft(
        h,
        vec![
            desk(),
            Line::new(
                "2",
                "Salle de réunion",
                d("3.5"),
                "HUR",
                d("25.00"),
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
    )
}

fn individual() -> Draft {
    let person = Party {
        name: "Camille Durand".into(),
        electronic_address: Some(Identifier::new("camille.durand@example.org", SCHEME_EMAIL)),
        address: address("8 rue des Lilas", "69003", "Lyon"),
        ..Party::default()
    };
    let mut h = header("INV-2026-00002", person);
    h.notes.clear();
    draft(
        h,
        vec![Line::new(
            "1",
            "Poste nomade, 10 jours",
            d("10"),
            "DAY",
            d("18.00"),
            Vat::standard(d("20")),
        )],
    )
}

fn exempt_training() -> Draft {
    let mut d0 = draft(
        header(
            "INV-2026-00003",
            business("Atelier Bois SAS", "910473263", "FR02910473263"),
        ),
        vec![Line::new(
            "1",
            "Formation professionnelle continue",
            d("2"),
            "DAY",
            d("600"),
            Vat::untaxed(VatCategory::Exempt),
        )],
    );
    d0.exemptions.push(Exemption {
        category: VatCategory::Exempt,
        reason: Some("Exonération de TVA, article 261-4-4° a du CGI".into()),
        code: Some("VATEX-FR-CGI261-4".into()),
    });
    d0
}

fn franchise() -> Draft {
    let mut h = header("INV-2026-00004", martin());
    h.seller.name = "Claire Petit EI".into();
    h.seller.vat_id = None;
    h.seller.tax_registration = Some("842137655".into());
    h.seller.legal_info = Some(FR.legal_mentions(Some("EI"), None, None));
    h.notes
        .push(Note::new(NoteSubject::TaxDeclaration, FR.vat_exempt));
    let mut d0 = draft(
        h,
        vec![Line::new(
            "1",
            "Animation d'atelier",
            d("4"),
            "HUR",
            d("60"),
            Vat::untaxed(VatCategory::Exempt),
        )],
    );
    d0.exemptions.push(Exemption {
        category: VatCategory::Exempt,
        reason: Some(FR.vat_exempt.into()),
        code: Some("VATEX-FR-FRANCHISE".into()),
    });
    d0
}

fn discount() -> Draft {
    let rate20 = Vat::standard(d("20"));
    let rate55 = Vat::standard(d("5.5"));
    let mut d0 = draft(
        header("INV-2026-00005", martin()),
        vec![
            Line::new("1", "Fournitures", d("4"), "C62", d("25"), rate20),
            Line::new("2", "Ouvrages", d("2"), "C62", d("20"), rate55),
        ],
    );
    d0.header.business_process = Some(Operation::Goods.code(false));
    for (vat, amount) in split_allowance(d("15"), &[(rate20, d("100")), (rate55, d("40"))]).unwrap()
    {
        d0.allowances_charges
            .push(AllowanceCharge::discount(amount, vat, "Remise fidélité"));
    }
    d0
}

fn credit_note() -> Draft {
    let mut h = header("CN-2026-00001", martin());
    h.kind = DocumentType::CreditNote;
    h.preceding_invoices.push(PrecedingInvoice {
        number: "INV-2026-00001".into(),
        issue_date: Some(date("2026-01-31")),
    });
    h.notes.push(Note::new(
        NoteSubject::GeneralInformation,
        FR.cancellation_reason("SUB-0001", date("2026-01-20")),
    ));
    h.issue_date = date("2026-02-05");
    h.due_date = Some(date("2026-02-05"));
    h.payment_means.clear();
    h.period = None;
    draft(
        h,
        vec![Line::new(
            "1",
            FR.not_served_line("Bureau dédié", date("2026-01-21"), date("2026-01-31")),
            d("11"),
            "DAY",
            d("10"),
            Vat::standard(d("20")),
        )],
    )
}

fn direct_debit() -> Draft {
    let mut h = header("INV-2026-00006", martin());
    h.payment_means = vec![PaymentMeans::sepa_direct_debit(DirectDebit {
        mandate: "MDT-SUB-0009".into(),
        creditor_id: "FR14ZZZ482915".into(),
        debtor_iban: Some("FR7630004008200001234567864".into()),
    })];
    draft(h, vec![desk()])
}

fn reverse_charge() -> Draft {
    let mut d0 = draft(
        header(
            "INV-2026-00007",
            business("Bâtir Ensemble SAS", "910473263", "FR02910473263"),
        ),
        vec![Line::new(
            "1",
            "Pose de cloisons (sous-traitance)",
            d("1"),
            "C62",
            d("4200"),
            Vat::untaxed(VatCategory::ReverseCharge),
        )],
    );
    d0.exemptions.push(Exemption {
        category: VatCategory::ReverseCharge,
        reason: Some(FR.reverse_charge.into()),
        code: Some("VATEX-FR-AE".into()),
    });
    d0
}

/// Each representative document, with whether the French rules apply (business buyer).
pub(crate) fn documents() -> Vec<(&'static str, Document, bool)> {
    [
        ("b2b-two-rates-transfer", two_rates(), true),
        ("individual", individual(), false),
        ("b2b-exempt-vatex", exempt_training(), true),
        ("b2b-franchise-en-base", franchise(), true),
        ("b2b-discount-two-rates", discount(), true),
        ("b2b-credit-note", credit_note(), true),
        ("b2b-sepa-direct-debit", direct_debit(), true),
        ("b2b-reverse-charge", reverse_charge(), true),
    ]
    .into_iter()
    .map(|(name, draft, business)| (name, Document::build(draft).unwrap(), business))
    .collect()
}

pub(crate) fn pdf(doc: &Document) -> Vec<u8> {
    let page = InvoicePage::from_document(doc, &FR);
    write_pdf(&page, &write_cii(doc).unwrap()).unwrap()
}

fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// xmllint over every file in one run: the files that fail the XSD, with its messages.
pub(crate) fn xsd_failures(xmllint: &Path, files: &[PathBuf]) -> BTreeMap<PathBuf, String> {
    let out = Command::new(xmllint)
        .arg("--noout")
        .arg("--schema")
        .arg(schemas().join("Factur-X_EN16931.xsd"))
        .args(files)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stderr).into_owned();
    files
        .iter()
        .filter(|f| !report.contains(&format!("{} validates", f.display())))
        .map(|f| {
            let lines: Vec<&str> = report
                .lines()
                .filter(|l| l.starts_with(&*f.to_string_lossy()))
                .collect();
            (f.clone(), lines.join("\n"))
        })
        .collect()
}

/// Both schematrons over every file in one JVM: the errors of each file, as
/// `SET RULE-ID text`. `french` files get BR-FR too.
pub(crate) fn schematron_errors(
    java: &Path,
    saxon: &Path,
    dir: &Path,
    files: &[(PathBuf, bool)],
) -> BTreeMap<PathBuf, Vec<String>> {
    let list = dir.join("list.txt");
    let lines: Vec<String> = files
        .iter()
        .map(|(f, french)| format!("{}\t{}", if *french { "fr" } else { "en" }, file_uri(f)))
        .collect();
    std::fs::write(&list, lines.join("\n") + "\n").unwrap();
    let out = Command::new(java)
        .args(["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp"])
        .arg(saxon)
        .args(["net.sf.saxon.Transform", "-it"])
        .arg(format!(
            "-xsl:{}",
            fixtures().join("facturx/validate.xsl").display()
        ))
        .arg(format!("list={}", file_uri(&list)))
        .arg(format!(
            "en={}",
            file_uri(&schemas().join("FACTUR-X_EN16931.xslt"))
        ))
        .arg(format!(
            "fr={}",
            file_uri(&schemas().join("BR-FR-Flux2-Schematron-CII.xslt"))
        ))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "Saxon failed: {}\n{report}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut errors: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    let by_uri: BTreeMap<String, PathBuf> = files
        .iter()
        .map(|(f, _)| (file_uri(f), f.clone()))
        .collect();
    let mut current = None;
    for line in report.lines() {
        if let Some(uri) = line.strip_prefix("FILE ") {
            current = by_uri.get(uri).cloned();
            errors.entry(current.clone().unwrap()).or_default();
        } else if let Some(error) = line.strip_prefix("ERROR ") {
            errors
                .get_mut(current.as_ref().unwrap())
                .unwrap()
                .push(error.to_string());
        }
    }
    assert_eq!(errors.len(), files.len(), "every file reported:\n{report}");
    errors
}

#[test]
fn every_document_passes_the_xsd_the_en16931_schematron_and_the_french_rules() {
    let (Some(xmllint), Some(java), Some(saxon)) = (
        tools::require("xmllint"),
        tools::require("java"),
        tools::require_jar("Saxon-HE.jar"),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    let mut write = |name: &str, bytes: &[u8], french: bool| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        files.push((path.clone(), french));
        path
    };
    let mut good = Vec::new();
    for (name, doc, business) in documents() {
        good.push(write(
            &format!("{name}.xml"),
            &write_cii(&doc).unwrap(),
            business,
        ));
        // The XML inside the PDF is checked too, as read back out of it.
        let inside = extract_xml("invoice.pdf", &pdf(&doc)).unwrap().data;
        good.push(write(&format!("{name}.pdf.xml"), &inside, business));
    }
    // Broken copies prove each check fails when it should.
    let (_, two_rates, _) = &documents()[0];
    let xml = String::from_utf8(write_cii(two_rates).unwrap()).unwrap();
    let wrong_total = write(
        "broken-total.xml",
        xml.replace("<ram:GrandTotalAmount>", "<ram:GrandTotalAmount>1")
            .as_bytes(),
        true,
    );
    let mut without_pmt = two_rates.clone();
    without_pmt
        .header
        .notes
        .retain(|n| n.subject != Some(NoteSubject::RecoveryIndemnity));
    let no_pmt = write("broken-no-pmt.xml", &write_cii(&without_pmt).unwrap(), true);
    let out_of_order = write(
        "broken-order.xml",
        xml.replacen(
            "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
            "",
            1,
        )
        .replacen(
            "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
            "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
            1,
        )
        .as_bytes(),
        true,
    );

    let paths: Vec<PathBuf> = files.iter().map(|(f, _)| f.clone()).collect();
    let xsd = xsd_failures(&xmllint, &paths);
    let schematron = schematron_errors(&java, &saxon, dir.path(), &files);

    for file in &good {
        assert!(!xsd.contains_key(file), "{}: {}", file.display(), xsd[file]);
        assert!(
            schematron[file].is_empty(),
            "{}:\n{}",
            file.display(),
            schematron[file].join("\n")
        );
    }
    assert_eq!(xsd.keys().collect::<Vec<_>>(), [&out_of_order]);
    let rules = |file: &PathBuf| -> Vec<String> {
        schematron[file]
            .iter()
            .map(|e| e.split(' ').take(2).collect::<Vec<_>>().join(" "))
            .collect()
    };
    // The EN 16931 stylesheet's errors carry no flag: they count all the same.
    assert!(
        rules(&wrong_total).contains(&"EN16931 BR-CO-15".to_string()),
        "{:?}",
        rules(&wrong_total)
    );
    assert_eq!(rules(&no_pmt), ["BR-FR BR-FR-05_BT-22_PMT"]);
}

/// `qpdf --show-object=N --filtered-stream-data`, or the object's dictionary without it.
pub(crate) fn qpdf_object(qpdf: &Path, pdf: &Path, object: &str, stream: bool) -> String {
    let mut command = Command::new(qpdf);
    command.arg(format!("--show-object={object}"));
    if stream {
        command.arg("--filtered-stream-data");
    }
    let out = command.arg(pdf).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The object number after `key` in a dictionary qpdf printed (`/Root 12 0 R`).
pub(crate) fn reference(dictionary: &str, key: &str) -> String {
    let after = dictionary
        .split_once(&format!("{key} "))
        .unwrap_or_else(|| panic!("no {key} in {dictionary}"))
        .1
        .trim_start_matches('[')
        .trim_start();
    after.split(' ').next().unwrap().to_string()
}

#[test]
fn every_pdf_is_sound_carries_its_xml_and_says_it_is_factur_x() {
    let Some(qpdf) = tools::require("qpdf") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, doc, _) in documents() {
        let path = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&path, pdf(&doc)).unwrap();
        let check = Command::new(&qpdf)
            .arg("--check")
            .arg(&path)
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&check.stdout);
        assert!(
            check.status.success() && report.contains("No syntax or stream encoding errors"),
            "{name}: {report}"
        );
        let listed = Command::new(&qpdf)
            .args(["--list-attachments", "--verbose"])
            .arg(&path)
            .output()
            .unwrap();
        let listed = String::from_utf8_lossy(&listed.stdout);
        assert!(listed.starts_with("factur-x.xml -> "), "{name}: {listed}");
        assert!(listed.contains("mime type: text/xml"), "{name}: {listed}");
        let shown = Command::new(&qpdf)
            .arg("--show-attachment=factur-x.xml")
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(shown.stdout, write_cii(&doc).unwrap(), "{name}");

        let trailer = qpdf_object(&qpdf, &path, "trailer", false);
        let catalog = qpdf_object(&qpdf, &path, &reference(&trailer, "/Root"), false);
        let spec = qpdf_object(&qpdf, &path, &reference(&catalog, "/AF"), false);
        assert!(
            spec.contains("/AFRelationship /Alternative"),
            "{name}: {spec}"
        );
        assert!(catalog.contains("/EmbeddedFiles"), "{name}: {catalog}");
        let xmp = qpdf_object(&qpdf, &path, &reference(&catalog, "/Metadata"), true);
        for expected in [
            "<pdfaid:part>3</pdfaid:part>",
            "<pdfaid:conformance>B</pdfaid:conformance>",
            "<fx:DocumentType>INVOICE</fx:DocumentType>",
            "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
            "<fx:Version>1.0</fx:Version>",
            "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
        ] {
            assert!(xmp.contains(expected), "{name}: {expected} not in {xmp}");
        }
    }
}

#[test]
fn the_same_document_renders_the_same_bytes_and_reads_back_whole() {
    for (name, doc, _) in documents() {
        let bytes = pdf(&doc);
        assert!(bytes == pdf(&doc), "{name}: two renderings differ");
        assert_eq!(read_invoice("invoice.pdf", &bytes).unwrap(), doc, "{name}");
        let xml = write_cii(&doc).unwrap();
        assert_eq!(read_invoice("factur-x.xml", &xml).unwrap(), doc, "{name}");
    }
}

/// Every text printed on the sheets of a document's French page.
fn printed(doc: &Document) -> Vec<String> {
    let page = InvoicePage::from_document(doc, &FR);
    lay_out(&page)
        .unwrap()
        .into_iter()
        .flatten()
        .filter_map(|op| match op {
            Op::Text { text, .. } => Some(text),
            _ => None,
        })
        .collect()
}

#[test]
fn a_french_page_reads_french_with_amounts_and_dates_written_the_french_way() {
    let (_, doc, _) = &documents()[0];
    let texts = printed(doc);
    for expected in [
        "Facture n° INV-2026-00001",
        "Date d'émission : 31/01/2026",
        "Période de service : du 01/01/2026 au 31/01/2026",
        "Date d'échéance : 02/03/2026",
        "Catégorie de l'opération : prestation de services",
        "SIREN : 842137655",
        "SIRET : 84213765500010",
        "N° TVA intracommunautaire : FR59842137655",
        "SAS au capital de 20 000 € – RCS Lyon 842 137 655",
        "Bureau dédié",
        "du 01/01/2026 au 31/01/2026",
        "3,5",
        "heure",
        "mois",
        "310,00\u{a0}€",
        "5,5\u{a0}%",
        "Total HT",
        "417,40\u{a0}€",
        "Total TTC",
        "497,99\u{a0}€",
        "Virement SEPA sur l'IBAN FR76\u{a0}3000\u{a0}4008\u{a0}2000\u{a0}0123\u{a0}4567\u{a0}864",
        "Option pour le paiement de la taxe d'après les débits",
        "Indemnité forfaitaire pour frais de recouvrement : 40 €",
        "Page 1 sur 1",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "{expected:?} not printed: {texts:#?}"
        );
    }
}

#[test]
fn untaxed_documents_say_why_once() {
    let by_name: BTreeMap<&str, Document> = documents()
        .into_iter()
        .map(|(n, doc, _)| (n, doc))
        .collect();
    let franchise = printed(&by_name["b2b-franchise-en-base"]);
    let mention = "TVA non applicable, art. 293 B du CGI";
    assert_eq!(
        franchise.iter().filter(|t| *t == mention).count(),
        1,
        "{franchise:#?}"
    );
    let reverse = printed(&by_name["b2b-reverse-charge"]);
    assert_eq!(
        reverse.iter().filter(|t| *t == "Autoliquidation").count(),
        1,
        "{reverse:#?}"
    );
    let exempt = printed(&by_name["b2b-exempt-vatex"]);
    assert!(
        exempt
            .iter()
            .any(|t| t == "Exonération de TVA, article 261-4-4° a du CGI")
    );
    // A consumer's invoice carries no mention meant for businesses.
    let individual = printed(&by_name["individual"]);
    assert!(
        !individual
            .iter()
            .any(|t| t.contains("frais de recouvrement"))
    );
}

#[test]
fn no_english_phrase_of_the_catalogue_is_printed_on_a_french_document() {
    let english: Vec<(&str, String)> = EN
        .entries()
        .into_iter()
        .zip(FR.entries())
        .filter(|((_, en), (_, fr))| en != fr)
        .flat_map(|((id, en), _)| {
            let mut fixed = en.to_string();
            for name in placeholders(en) {
                fixed = fixed.replace(&format!("{{{name}}}"), "\u{0}");
            }
            fixed
                .split('\u{0}')
                .map(|part| part.trim().to_string())
                .filter(|part| part.split_whitespace().count() >= 2)
                .map(|part| (id, part))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(english.len() > 40, "{english:?}");
    for (name, doc, _) in documents() {
        let texts = printed(&doc).join("\n");
        for (id, phrase) in &english {
            assert!(
                !texts.contains(phrase.as_str()),
                "{name}: English {phrase:?} ({id})"
            );
        }
    }
}
