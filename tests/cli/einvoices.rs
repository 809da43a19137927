//! Issuing e-invoices from the books: `invoice render` writes each stored invoice and
//! credit note as a Factur-X PDF (or its CII XML, or HTML), `invoice send` e-mails the PDF,
//! `--send-invoices` has every issued document queued with its PDF, and what is written
//! passes the Factur-X EN 16931 XSD, the EN 16931 schematron and, between businesses, the
//! French rules (BR-FR).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use insta::assert_snapshot;
use rust_decimal::Decimal;
use subs::formats::facturx::pdf::extract_xml;
use subs::formats::facturx::read_invoice;

use crate::env::{Exit, TestEnv};
use crate::facturx_formats::{qpdf_object, reference, schematron_errors, xsd_failures};
use crate::smtp_sink::{SmtpSink, decode_base64};
use crate::tools;

const IBAN: &str = "FR7630004008200001234567864";

/// Coworking Lumière SAS, VAT-registered and opted for VAT on debits, with the items
/// and customers the scenarios bill, at 2026-01-31.
fn lumiere() -> TestEnv {
    let mut env = TestEnv::empty();
    env.at("2026-01-31");
    env.ok(
        "init --company 'Coworking Lumière SAS' --siren 842137655 --vat-id FR59842137655 \
         --address '12 rue de la République, 69002 Lyon'",
    );
    for line in [
        "config set company.legal_form SAS",
        "config set company.capital '20 000 €'",
        "config set company.rcs 'Lyon 842 137 655'",
        "config set company.vat_on_debits true",
        "config set sepa.iban FR7630004008200001234567864",
        "config set sepa.creditor_id FR14ZZZ482915",
        "uom add month",
        "uom add hour",
        "uom add day",
        "item add DESK --name 'Bureau dédié' --uom month --vat-rate 20 --recurring",
        "item add ROOM --name 'Salle de réunion' --uom hour --vat-rate 20",
        "item add PRESS --name 'Abonnement presse' --uom month --vat-rate 5.5",
        "item add PASS --name 'Poste nomade' --uom day --vat-rate 20",
        "item add TRAINING --name 'Formation professionnelle continue' --uom day --vat-rate 0 \
         --vat-exemption 'Exonération de TVA, article 261-4-4° a du CGI' --vatex VATEX-FR-CGI261-4",
        "item add SUPPLIES --name 'Fournitures' --vat-rate 20 --operation goods",
        "customer add MARTIN --name 'Boulangerie Martin SARL' --siren 531089423 \
         --vat-id FR19531089423 --address '5 avenue Parmentier, 75011 Paris' \
         --email compta@martin.example",
        "customer add CAMILLE --name 'Camille Durand' --individual \
         --address '8 rue des Lilas, 69003 Lyon' --email camille@example.org",
        "customer add ATELIER --name 'Atelier Bois SAS' --siren 910473263 \
         --vat-id FR02910473263 --address '3 quai Perrache, 69002 Lyon' \
         --email facturation@atelier.example --payment-method sepa \
         --iban FR7630006000011234567890189 --mandate-id MDT-ATELIER-1 \
         --mandate-signed-on 2025-12-01",
    ] {
        env.ok(line);
    }
    env
}

/// Claire Petit EI, under the franchise en base (no VAT id), billing a business.
fn franchise() -> TestEnv {
    let mut env = TestEnv::empty();
    env.at("2026-01-31");
    env.ok("init --company 'Claire Petit EI' --siren 842137655 \
         --address '4 place Bellecour, 69002 Lyon'");
    for line in [
        "config set company.legal_form EI",
        "uom add hour",
        "item add WORKSHOP --name \"Animation d'atelier\" --uom hour --vat-rate 0",
        "customer add MARTIN --name 'Boulangerie Martin SARL' --siren 531089423 \
         --vat-id FR19531089423 --address '5 avenue Parmentier, 75011 Paris'",
        "invoice create --customer MARTIN --item WORKSHOP:4@60",
    ] {
        env.ok(line);
    }
    env
}

/// Each scenario's document in the Lumière books: its number, and whether the French
/// rules apply (a business buyer).
fn lumiere_documents(env: &TestEnv) -> Vec<(&'static str, &'static str, bool)> {
    // Several VAT rates, paid by transfer.
    env.ok("invoice create --customer MARTIN --item DESK:1@310 --item ROOM:3.5@25 --item PRESS:1@19.90");
    // An individual.
    env.ok("invoice create --customer CAMILLE --item PASS:10@18");
    // A 0 % exemption with its reason and VATEX code, to a SEPA direct debit payer.
    env.ok("invoice create --customer ATELIER --item TRAINING:2@600");
    // Goods and services together, paid by SEPA direct debit.
    env.ok("invoice create --customer ATELIER --item DESK:1@310 --item SUPPLIES:4@25");
    // A credit note correcting the first invoice, its amount split over its rates.
    env.ok("--yes invoice credit INV-2026-00001 --amount 50 --reason 'Geste commercial'");
    // A cancelled subscription's prorated credit note.
    env.ok("subscription create --customer MARTIN --item DESK@310 --start 2026-01-01");
    env.ok("tick");
    env.ok("--yes cancel SUB-0001 --on 2026-01-20 --prorate");
    // A coupon's discount on a subscription over two VAT rates: one allowance per rate.
    env.ok("coupon add WELCOME20 --percent 20 --periods 3");
    env.ok(
        "subscription create --customer MARTIN --item DESK@310 --item PRESS@19.90 \
         --start 2026-01-01 --coupon WELCOME20",
    );
    env.ok("tick");
    // A one-off invoice with a manual negative line.
    env.ok("item add PROMO --name 'Remise' --vat-rate 20");
    env.ok("invoice create --customer MARTIN --item DESK:1@310 --item PROMO@-50.00");
    // The discounted subscription cancelled with proration: its credit note carries the
    // discount back too.
    env.ok("--yes cancel SUB-0002 --on 2026-01-20 --prorate");
    vec![
        ("b2b-several-rates", "INV-2026-00001", true),
        ("individual", "INV-2026-00002", false),
        ("b2b-exempt-sepa", "INV-2026-00003", true),
        ("b2b-goods-and-services-sepa", "INV-2026-00004", true),
        ("b2b-credit-note", "CN-2026-00001", true),
        ("b2b-subscription", "INV-2026-00005", true),
        ("b2b-prorated-credit-note", "CN-2026-00002", true),
        ("b2b-coupon-two-rates", "INV-2026-00006", true),
        ("b2b-manual-discount-line", "INV-2026-00007", true),
        ("b2b-discounted-prorated-credit-note", "CN-2026-00003", true),
    ]
}

/// Renders `number` as `.xml` and `.pdf` through the command into `dir`; returns both
/// paths.
fn render_both(env: &TestEnv, number: &str, dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let xml = dir.join(format!("{name}.xml"));
    let pdf = dir.join(format!("{name}.pdf"));
    env.ok(format!("invoice render {number} --out {}", xml.display()).as_str());
    env.ok(format!("invoice render {number} --out {}", pdf.display()).as_str());
    (xml, pdf)
}

#[test]
fn every_document_the_books_issue_passes_the_xsd_en16931_and_the_french_rules() {
    let (Some(xmllint), Some(java), Some(saxon)) = (
        tools::require("xmllint"),
        tools::require("java"),
        tools::require_jar("Saxon-HE.jar"),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    let env = lumiere();
    let mut documents: Vec<(&TestEnv, &str, &str, bool)> = lumiere_documents(&env)
        .into_iter()
        .map(|(name, number, business)| (&env, name, number, business))
        .collect();
    let small = franchise();
    documents.push((&small, "b2b-franchise-en-base", "INV-2026-00001", true));
    for (env, name, number, business) in documents {
        let (xml, pdf) = render_both(env, number, dir.path(), name);
        // The XML inside the PDF is checked too, as read back out of it.
        let inside = dir.path().join(format!("{name}.pdf.xml"));
        let attachment = extract_xml("invoice.pdf", &std::fs::read(&pdf).unwrap()).unwrap();
        assert_eq!(attachment.data, std::fs::read(&xml).unwrap(), "{name}");
        std::fs::write(&inside, attachment.data).unwrap();
        files.push((xml, business));
        files.push((inside, business));
    }
    let paths: Vec<PathBuf> = files.iter().map(|(f, _)| f.clone()).collect();
    let xsd = xsd_failures(&xmllint, &paths);
    assert!(xsd.is_empty(), "{xsd:#?}");
    let schematron = schematron_errors(&java, &saxon, dir.path(), &files);
    for (file, errors) in &schematron {
        assert!(
            errors.is_empty(),
            "{}:\n{}",
            file.display(),
            errors.join("\n")
        );
    }
}

#[test]
fn every_rendered_pdf_is_pdfa3_carrying_its_xml_and_says_it_is_factur_x() {
    let Some(qpdf) = tools::require("qpdf") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let env = lumiere();
    for (name, number, _) in lumiere_documents(&env) {
        let (xml, path) = render_both(&env, number, dir.path(), name);
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
        let shown = Command::new(&qpdf)
            .arg("--show-attachment=factur-x.xml")
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(shown.stdout, std::fs::read(&xml).unwrap(), "{name}");
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

fn amount(value: &serde_json::Value, field: &str) -> Decimal {
    value[field].as_str().unwrap().parse().unwrap()
}

#[test]
fn the_xml_totals_are_the_invoice_totals_credit_notes_written_positive() {
    let env = lumiere();
    let dir = tempfile::tempdir().unwrap();
    for (name, number, _) in lumiere_documents(&env) {
        let (xml, _) = render_both(&env, number, dir.path(), name);
        let doc = read_invoice("factur-x.xml", &std::fs::read(&xml).unwrap()).unwrap();
        doc.check_totals().unwrap();
        // A discount travels as document-level allowances, one per VAT rate it is taken on.
        let discounts = match name {
            "b2b-coupon-two-rates" | "b2b-discounted-prorated-credit-note" => 2,
            "b2b-manual-discount-line" => 1,
            _ => 0,
        };
        assert_eq!(
            doc.allowances_charges.iter().filter(|a| !a.charge).count(),
            discounts,
            "{name}"
        );
        let shown = env.json(format!("invoice show {number}").as_str());
        let sign = if shown["kind"] == "credit_note" {
            Decimal::NEGATIVE_ONE
        } else {
            Decimal::ONE
        };
        assert_eq!(
            doc.totals.tax_basis,
            amount(&shown, "net_total") * sign,
            "{name}"
        );
        assert_eq!(
            doc.totals.tax_total,
            amount(&shown, "tax_total") * sign,
            "{name}"
        );
        assert_eq!(
            doc.totals.grand_total,
            amount(&shown, "grand_total") * sign,
            "{name}"
        );
        assert_eq!(doc.header.number, number);
    }
}

#[test]
fn render_without_out_writes_number_pdf_in_the_current_directory() {
    let env = lumiere();
    env.ok("invoice create --customer MARTIN --item DESK:1@310");
    assert_snapshot!(env.ok("invoice render INV-2026-00001"), @"INV-2026-00001.pdf");
    let bytes = std::fs::read(env.path("INV-2026-00001.pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn the_extension_of_out_chooses_pdf_xml_or_html_and_another_is_refused() {
    let env = lumiere();
    env.ok("invoice create --customer MARTIN --item DESK:1@310");
    env.ok("invoice render INV-2026-00001 --out a.xml");
    env.ok("invoice render INV-2026-00001 --out a.html");
    let xml = std::fs::read_to_string(env.path("a.xml")).unwrap();
    assert!(xml.contains("<rsm:CrossIndustryInvoice"), "{xml}");
    let html = std::fs::read_to_string(env.path("a.html")).unwrap();
    assert!(html.contains("<html"), "{html}");
    let before = env.dump();
    assert_snapshot!(
        env.fails("invoice render INV-2026-00001 --out a.txt", Exit::BadData),
        @r#"error: --out: "a.txt" must end in .pdf (Factur-X), .xml (CII) or .html"#
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_draft_renders_as_html_but_not_as_factur_x() {
    let env = lumiere();
    env.ok("invoice create --customer MARTIN --item DESK:1@310 --draft");
    env.ok("invoice render draft:1 --out draft.html");
    assert_snapshot!(
        env.fails("invoice render draft:1", Exit::BadData),
        @"error: draft:1: is a draft: issue it first (a draft has no number), or render it as .html"
    );
}

#[test]
fn render_all_writes_every_issued_document_of_the_range_into_the_directory() {
    let mut env = lumiere();
    env.ok("invoice create --customer MARTIN --item DESK:1@310");
    env.at("2026-02-02");
    env.ok("invoice create --customer CAMILLE --item PASS:2@18");
    env.ok("--yes invoice credit INV-2026-00001 --amount 10");
    env.ok("invoice create --customer CAMILLE --item PASS:1@18 --draft");
    env.ok("invoice render --all --from 2026-02-01 --to 2026-02-28 --out feb");
    let mut names: Vec<String> = std::fs::read_dir(env.path("feb"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["CN-2026-00001.pdf", "INV-2026-00002.pdf"]);
    env.ok("invoice render --all --out all");
    assert_eq!(std::fs::read_dir(env.path("all")).unwrap().count(), 3);
}

fn xml_of(env: &TestEnv, number: &str) -> String {
    env.ok(format!("invoice render {number} --out {number}.xml").as_str());
    std::fs::read_to_string(env.path(&format!("{number}.xml"))).unwrap()
}

#[test]
fn the_seller_legal_mentions_and_vat_on_debits_come_from_the_settings() {
    let env = lumiere();
    env.ok("invoice create --customer MARTIN --item DESK:1@310");
    let xml = xml_of(&env, "INV-2026-00001");
    assert!(
        xml.contains("SAS au capital de 20 000 € – RCS Lyon 842 137 655"),
        "{xml}"
    );
    assert!(
        xml.contains("Option pour le paiement de la taxe d&apos;après les débits"),
        "{xml}"
    );
    assert!(
        xml.contains("<ram:DueDateTypeCode>5</ram:DueDateTypeCode>"),
        "{xml}"
    );
    env.ok("config set company.vat_on_debits false");
    let xml = xml_of(&env, "INV-2026-00001");
    assert!(!xml.contains("débits"), "{xml}");
    assert!(!xml.contains("DueDateTypeCode"), "{xml}");
}

#[test]
fn a_sepa_payer_invoice_carries_its_mandate_and_the_creditor_id() {
    let env = lumiere();
    env.ok("invoice create --customer ATELIER --item DESK:1@310");
    let xml = xml_of(&env, "INV-2026-00001");
    assert!(xml.contains("<ram:TypeCode>59</ram:TypeCode>"), "{xml}");
    assert!(xml.contains("MDT-ATELIER-1"), "{xml}");
    assert!(xml.contains("FR14ZZZ482915"), "{xml}");
    env.ok("invoice create --customer MARTIN --item DESK:1@310");
    let xml = xml_of(&env, "INV-2026-00002");
    assert!(xml.contains("<ram:TypeCode>58</ram:TypeCode>"), "{xml}");
    assert!(xml.contains(IBAN), "{xml}");
}

#[test]
fn a_franchise_en_base_invoice_says_tva_non_applicable_293_b() {
    let env = franchise();
    let xml = xml_of(&env, "INV-2026-00001");
    assert!(xml.contains("VATEX-FR-FRANCHISE"), "{xml}");
    assert!(
        xml.contains("TVA non applicable, art. 293 B du CGI"),
        "{xml}"
    );
    assert!(
        xml.contains("<ram:CategoryCode>E</ram:CategoryCode>"),
        "{xml}"
    );
}

#[test]
fn the_operation_category_follows_the_items_services_by_default() {
    let env = lumiere();
    env.ok("invoice create --customer MARTIN --item DESK:1@310");
    env.ok("invoice create --customer MARTIN --item SUPPLIES:1@25");
    env.ok("invoice create --customer MARTIN --item SUPPLIES:1@25 --item DESK:1@310");
    let code = |number: &str| {
        let xml = xml_of(&env, number);
        let start = xml
            .find("<ram:BusinessProcessSpecifiedDocumentContextParameter>")
            .unwrap();
        xml[start..].split("<ram:ID>").nth(1).unwrap()[..2].to_string()
    };
    assert_eq!(
        [
            code("INV-2026-00001"),
            code("INV-2026-00002"),
            code("INV-2026-00003")
        ],
        ["S1", "B1", "M1"]
    );
    assert_snapshot!(
        env.fails("item edit DESK --operation both", Exit::BadData),
        @r#"error: --operation: "both" is not one of goods, services"#
    );
}

/// Writes config.toml with the sink's SMTP server.
fn configure_smtp(env: &TestEnv, port: u16) {
    let path = env.path("config/subs/config.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        format!(
            "[smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\nfrom = \"Coworking Lumière <facturation@example.fr>\"\n"
        ),
    )
    .unwrap();
}

/// The decoded PDF attached to a received message.
fn attached_pdf(data: &str) -> Vec<u8> {
    let part = &data[data
        .find("Content-Type: application/pdf")
        .expect("a PDF part")..];
    let body = &part[part.find("\r\n\r\n").unwrap() + 4..];
    decode_base64(&body[..body.find("\r\n--").unwrap()])
}

#[test]
fn invoice_send_delivers_the_pdf_to_the_customer_whatever_the_payment_method() {
    let sink = SmtpSink::start();
    let env = lumiere();
    configure_smtp(&env, sink.port());
    env.ok("invoice create --customer ATELIER --item DESK:1@310");
    // Mail 1 is the SEPA pre-notification ATELIER's issued invoice queued.
    let run = env.run("invoice send INV-2026-00001");
    assert_snapshot!(run.transcript(), @r"
    --- stderr
    INV-2026-00001 sent (mail 2)
    ");
    let received = sink.wait_for(1, Duration::from_secs(10));
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, ["facturation@atelier.example"]);
    let data = &received[0].data;
    assert!(data.contains("filename=\"INV-2026-00001.pdf\""), "{data}");
    let pdf = attached_pdf(data);
    let doc = read_invoice("INV-2026-00001.pdf", &pdf).unwrap();
    assert_eq!(doc.header.number, "INV-2026-00001");
    let mails = env.json("mail list");
    let status_of = |id: i64| {
        mails
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id)
            .map(|m| m["status"].clone())
    };
    assert_eq!(status_of(2), Some("sent".into()), "{mails:#}");
}

#[test]
fn invoice_send_to_a_customer_without_an_address_is_refused_and_changes_nothing() {
    let env = lumiere();
    configure_smtp(&env, crate::gateway::NO_SMTP);
    env.ok("customer add NOMAIL --name 'Sans Courriel SARL' --siren 531089423");
    env.ok("invoice create --customer NOMAIL --item DESK:1@310");
    let before = env.dump();
    assert_snapshot!(
        env.fails("invoice send INV-2026-00001", Exit::Refused),
        @"error: customer NOMAIL has no e-mail address to send INV-2026-00001 to: set one with `subs customer edit NOMAIL --email …`"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn send_invoices_queues_each_issued_document_with_its_pdf_once() {
    let mut env = lumiere();
    env.ok("customer edit MARTIN --send-invoices");
    env.ok("subscription create --customer MARTIN --item DESK@310 --start 2026-01-01");
    env.ok("subscription create --customer CAMILLE --item PASS:1@18 --start 2026-01-01");
    env.ok("tick");
    // The same tick again (as after a kill) issues and queues nothing more.
    env.ok("tick");
    env.at("2026-02-01");
    env.ok("tick");
    env.ok("--yes cancel SUB-0001 --on 2026-02-10 --prorate");
    let mail = env.json("mail list");
    let queued: Vec<(String, String)> = mail
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["recipients"].as_str().unwrap().to_string(),
                m["attachment"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        queued,
        [
            ("compta@martin.example".into(), "INV-2026-00001.pdf".into()),
            ("compta@martin.example".into(), "INV-2026-00003.pdf".into()),
            ("compta@martin.example".into(), "CN-2026-00001.pdf".into()),
        ]
    );
}

#[test]
fn a_subscription_can_send_its_invoices_when_its_customer_does_not() {
    let env = lumiere();
    env.ok("subscription create --customer CAMILLE --item PASS:1@18 --start 2026-01-01 --send-invoices");
    env.ok("tick");
    assert_eq!(env.json("mail list")[0]["attachment"], "INV-2026-00001.pdf");
    assert_snapshot!(
        env.fails("customer add X --name X --send-invoices", Exit::Refused),
        @"error: customer X has no e-mail address to send its invoices to: give one with --email"
    );
}

#[test]
fn a_business_customer_without_siren_or_address_is_reported_when_its_invoice_is_issued() {
    let mut env = lumiere();
    env.ok("customer add NOSIREN --name 'Sans Siren SARL' --address '1 rue Neuve, 69001 Lyon'");
    assert_snapshot!(
        env.run("invoice create --customer NOSIREN --item DESK:1@310").transcript(),
        @r"
    INV-2026-00001
    --- stderr
    warning: INV-2026-00001 was issued to business customer NOSIREN without SIREN: its e-invoice breaks the French rules (BR-FR) and a platform will refuse it; complete the customer (`subs customer edit NOSIREN --siren … --address …`)
    "
    );
    env.ok("subscription create --customer NOSIREN --item DESK@310 --start 2025-12-01");
    env.at("2026-02-01");
    assert_snapshot!(env.run("tick").transcript(), @r"
    invoices: 3
    --- stderr
    warning: INV-2026-00002 and 2 more were issued to business customer NOSIREN without SIREN: its e-invoice breaks the French rules (BR-FR) and a platform will refuse it; complete the customer (`subs customer edit NOSIREN --siren … --address …`)
    ");
    // An individual, or a complete business, goes without a word.
    assert_snapshot!(env.run("invoice create --customer CAMILLE --item PASS:1@18").transcript(), @"INV-2026-00005");
    assert_snapshot!(env.run("invoice create --customer MARTIN --item PASS:1@18").transcript(), @"INV-2026-00006");
}

/// How many outbox messages each issued document has, in issue order.
fn messages_per_document(env: &TestEnv) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.prepare(
        "SELECT i.number, (SELECT count(*) FROM outbox o WHERE o.invoice = i.id)
         FROM invoices i WHERE i.status = 'issued' ORDER BY i.id",
    )
    .unwrap()
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

#[test]
fn a_tick_killed_at_random_moments_queues_each_document_exactly_once() {
    const MEMBERS: usize = 120;
    let env = TestEnv::empty();
    env.ok(format!("demo --scale {MEMBERS} --start 2026-01-01 --no-tick").as_str());
    let customers = env.json("customer list");
    for customer in customers.as_array().unwrap() {
        let code = customer["code"].as_str().unwrap();
        env.ok(format!("customer edit {code} --send-invoices").as_str());
    }
    let tick = || {
        Command::new(env!("CARGO_BIN_EXE_subs"))
            .args(["tick", "-q"])
            .env_clear()
            .env("SUBS_DB", env.db())
            .env("SUBS_NOW", "2026-01-15")
            .env("USER", "tester")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut interrupted = 0;
    for wait in [80, 200, 350, 500, 700, 900, 1200, 1600] {
        let mut child = tick();
        std::thread::sleep(Duration::from_millis(wait));
        if child.try_wait().unwrap().is_none() {
            interrupted += 1;
        }
        child.kill().ok();
        child.wait().unwrap();
        assert!(messages_per_document(&env).iter().all(|(_, n)| *n == 1));
    }
    assert!(
        interrupted >= 3,
        "only {interrupted} runs were killed mid-way"
    );
    assert!(tick().wait().unwrap().success());
    let sent = messages_per_document(&env);
    assert_eq!(sent.len(), MEMBERS);
    assert!(sent.iter().all(|(_, n)| *n == 1), "{sent:?}");
}

#[test]
fn invoice_send_writes_the_message_from_a_template_and_sends_credit_notes_too() {
    let sink = SmtpSink::start();
    let env = lumiere();
    configure_smtp(&env, sink.port());
    env.write(
        "avoir.txt",
        "Bonjour {{ customer.name }}, voici l'avoir {{ invoice.number }}.\n",
    );
    env.ok("template add avoir --subject 'Avoir {{ invoice.number }}' --body-file avoir.txt");
    env.ok("invoice create --customer MARTIN --item DESK:1@310");
    env.ok("--yes invoice credit INV-2026-00001 --amount 100");
    env.ok("invoice send CN-2026-00001 --template avoir");
    let received = sink.wait_for(1, Duration::from_secs(10));
    let data = &received[0].data;
    assert!(data.contains("Subject: Avoir CN-2026-00001"), "{data}");
    let doc = read_invoice("CN-2026-00001.pdf", &attached_pdf(data)).unwrap();
    assert_eq!(doc.header.kind.code(), 381);
    assert_eq!(doc.totals.grand_total, "120.00".parse::<Decimal>().unwrap());
}
