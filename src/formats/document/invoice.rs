//! The invoice or credit note as an HTML page carrying the French mandatory mentions
//! (DESIGN §6).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::catalogue::Uom;
use crate::domain::invoice::{Invoice, InvoiceLine, VatAmount, draft_reference};
use crate::domain::messages::{Catalogue, fill_html};
use crate::domain::money::{from_minor, minor_digits};
use crate::domain::settings::Company;
use crate::error::Error;
use crate::formats::render;

/// The page layout; the `.html` name is what turns escaping on for it.
const INVOICE_TEMPLATE: &str = include_str!("invoice.html");
const INVOICE_TEMPLATE_NAME: &str = "invoice.html";

/// The customer kind that gets the late-payment mentions (Code de commerce L441-10).
const BUSINESS: &str = "business";

/// Everything an invoice page shows. The seller and customer are read from the frozen
/// copies on an issued document; `company` only stands in for a draft that has none yet.
#[derive(Debug, Clone, Copy)]
pub struct DocumentContext<'a> {
    /// The words of the page, in the document's language.
    pub messages: &'static Catalogue,
    pub company: &'a Company,
    /// The `invoice.late_penalty` setting.
    pub late_penalty: &'a str,
    pub invoice: &'a Invoice,
    pub lines: &'a [InvoiceLine],
    pub vat: &'a [VatAmount],
    /// The units of measure, for the names printed on lines.
    pub uoms: &'a [Uom],
}

/// The invoice or credit note as a standalone HTML page.
pub fn render_invoice_html(ctx: &DocumentContext) -> Result<String, Error> {
    let page = InvoicePage::new(ctx);
    render::render(
        INVOICE_TEMPLATE_NAME,
        INVOICE_TEMPLATE,
        render::to_value(&page)?,
        true,
        &render::Locale::new(ctx.messages, &ctx.invoice.currency),
    )
}

/// A postal address as lines: stored addresses use newlines or `, ` between parts.
fn address_lines(address: Option<&str>) -> Vec<String> {
    address
        .map(|a| {
            a.split(['\n', ','])
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// A party's identity. `name` and `address` are plain text (the template escapes them);
/// `siren`, `vat_id` and `code` are catalogue lines already made safe HTML.
#[derive(Serialize)]
struct Party {
    code: Option<String>,
    name: String,
    address: Vec<String>,
    siren: Option<String>,
    vat_id: Option<String>,
}

/// A party as the page shows it, identifiers labelled.
struct PartyValues {
    code: Option<String>,
    name: String,
    address: Vec<String>,
    siren: Option<String>,
    vat_id: Option<String>,
}

impl PartyValues {
    fn labelled(self, t: &Catalogue) -> Party {
        Party {
            code: self
                .code
                .map(|code| fill_html(t.customer_code, &[("code", &code)])),
            name: self.name,
            address: self.address,
            siren: self
                .siren
                .map(|siren| fill_html(t.siren, &[("siren", &siren)])),
            vat_id: self
                .vat_id
                .map(|vat_id| fill_html(t.vat_id, &[("vat_id", &vat_id)])),
        }
    }
}

/// `du 01/01/2026 au 31/01/2026`, as safe HTML.
fn period_html(t: &Catalogue, start: Option<NaiveDate>, end: Option<NaiveDate>) -> Option<String> {
    let (start, end) = start.zip(end)?;
    Some(fill_html(
        t.period,
        &[("start", &t.date(start)), ("end", &t.date(end))],
    ))
}

#[derive(Serialize)]
struct LineText {
    description: String,
    /// Safe HTML.
    period: Option<String>,
    qty: String,
    uom: String,
    rate: String,
    vat_rate: String,
    net: String,
}

#[derive(Serialize)]
struct VatText {
    rate: String,
    base: String,
    tax: String,
}

/// The page's values, all formatted: the template only places them. `t` holds the
/// catalogue's labels, and `heading` and `dates` its phrases filled in, as safe HTML.
#[derive(Serialize)]
struct InvoicePage {
    lang: &'static str,
    t: BTreeMap<&'static str, String>,
    title: &'static str,
    heading: String,
    draft: bool,
    number: String,
    dates: Vec<String>,
    seller: Party,
    customer: Party,
    lines: Vec<LineText>,
    vat: Vec<VatText>,
    net_total: String,
    tax_total: String,
    grand_total: String,
    business: bool,
    late_penalty: String,
    vat_exempt: bool,
}

impl InvoicePage {
    fn new(ctx: &DocumentContext) -> Self {
        let t = ctx.messages;
        let invoice = ctx.invoice;
        let currency = invoice.currency.as_str();
        let digits = minor_digits(currency);
        let money = |minor: i64| t.money(from_minor(minor, digits), currency);
        let seller = seller(ctx);
        // Franchise en base (art. 293 B du CGI): no VAT charged by a seller with no VAT id.
        let vat_exempt = invoice.tax_total == 0 && seller.vat_id.is_none();
        // A credit note is owed by the seller: payment-delay mentions do not apply to it.
        let business =
            invoice.customer_kind.as_deref() == Some(BUSINESS) && !invoice.is_credit_note();
        let title = if invoice.is_credit_note() {
            t.credit_note
        } else {
            t.invoice
        };
        let number = invoice.reference();
        let date_line = |text: &str, date: Option<NaiveDate>| {
            date.map(|d| fill_html(text, &[("date", &t.date(d))]))
        };
        let dates = [
            date_line(t.issue_date, invoice.issue_date),
            invoice
                .period_start
                .zip(invoice.period_end)
                .map(|(start, end)| {
                    fill_html(t.service_period, &[("period", &t.period_text(start, end))])
                }),
            date_line(t.due_date, invoice.due_date),
            corrected_invoice(invoice).map(|n| fill_html(t.corrects, &[("number", &n)])),
            invoice
                .reason
                .as_deref()
                .map(|reason| fill_html(t.reason, &[("reason", reason)])),
        ]
        .into_iter()
        .flatten()
        .collect();
        InvoicePage {
            lang: t.lang,
            t: t.entries()
                .into_iter()
                .map(|(id, text)| (id, fill_html(text, &[])))
                .collect(),
            title,
            heading: fill_html(t.number_heading, &[("title", title), ("number", &number)]),
            draft: !invoice.is_issued(),
            number,
            dates,
            seller: seller.labelled(t),
            customer: customer(invoice).labelled(t),
            lines: ctx
                .lines
                .iter()
                .map(|line| LineText {
                    description: line.description.clone(),
                    period: period_html(t, line.period_start, line.period_end),
                    qty: t.number(line.qty, 0),
                    uom: unit_name(t, ctx.uoms, &line.uom).to_string(),
                    rate: t.money(line.rate, currency),
                    vat_rate: t.percent(line.vat_rate),
                    net: money(line.net),
                })
                .collect(),
            vat: ctx
                .vat
                .iter()
                .map(|v| VatText {
                    rate: t.percent(v.rate),
                    base: money(v.base),
                    tax: money(v.tax),
                })
                .collect(),
            net_total: money(invoice.net_total),
            tax_total: money(invoice.tax_total),
            grand_total: money(invoice.grand_total),
            business,
            late_penalty: ctx.late_penalty.to_string(),
            vat_exempt,
        }
    }
}

/// The name a line's unit is printed with.
fn unit_name<'a>(t: &Catalogue, uoms: &'a [Uom], code: &'a str) -> &'a str {
    let name = uoms
        .iter()
        .find(|u| u.code == code)
        .map_or(code, |u| u.name.as_str());
    t.unit_name(code, name)
}

fn seller(ctx: &DocumentContext) -> PartyValues {
    let (invoice, company) = (ctx.invoice, ctx.company);
    PartyValues {
        code: None,
        name: invoice
            .seller_name
            .clone()
            .unwrap_or_else(|| company.name.clone()),
        address: address_lines(
            invoice
                .seller_address
                .as_deref()
                .or(company.address.as_deref()),
        ),
        siren: invoice.seller_siren.clone().or(company.siren.clone()),
        vat_id: invoice.seller_vat_id.clone().or(company.vat_id.clone()),
    }
}

fn customer(invoice: &Invoice) -> PartyValues {
    PartyValues {
        code: Some(invoice.customer.clone()),
        name: invoice
            .customer_name
            .clone()
            .unwrap_or_else(|| invoice.customer.clone()),
        address: address_lines(invoice.customer_address.as_deref()),
        siren: invoice.customer_siren.clone(),
        vat_id: invoice.customer_vat_id.clone(),
    }
}

/// The invoice a credit note corrects, by number (or by draft reference if, against the
/// rules, it has none).
fn corrected_invoice(invoice: &Invoice) -> Option<String> {
    if !invoice.is_credit_note() {
        return None;
    }
    invoice
        .credits_number
        .clone()
        .or_else(|| invoice.credits_invoice.map(draft_reference))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const PENALTY: &str =
        "En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal.";

    /// The seller of the document tests (the e-mail tests share it).
    pub(in crate::formats::document) fn company(vat_id: Option<&str>) -> Company {
        Company {
            name: "Coworking Lumière".into(),
            address: Some("12 rue des Arts\n69001 Lyon".into()),
            siren: Some("123456789".into()),
            vat_id: vat_id.map(String::from),
            currency: "EUR".into(),
            country: "FR".into(),
            timezone: chrono_tz::Europe::Paris,
            language: crate::domain::messages::Lang::Fr,
        }
    }

    /// An issued business invoice, frozen from `company`.
    pub(in crate::formats::document) fn invoice(company: &Company) -> Invoice {
        Invoice {
            id: 7,
            kind: "invoice".into(),
            status: "issued".into(),
            number: Some("INV-2026-00042".into()),
            customer: "ACME".into(),
            issue_date: Some(date("2026-01-01")),
            due_date: Some(date("2026-01-31")),
            period_start: Some(date("2026-01-01")),
            period_end: Some(date("2026-01-31")),
            currency: "EUR".into(),
            net_total: 123450,
            tax_total: 24690,
            grand_total: 148140,
            customer_name: Some("Acme SARL".into()),
            customer_address: Some("5 quai Perrache, 69002 Lyon".into()),
            customer_vat_id: Some("FR98765432101".into()),
            customer_siren: Some("765432101".into()),
            customer_kind: Some("business".into()),
            seller_name: Some(company.name.clone()),
            seller_address: company.address.clone(),
            seller_siren: company.siren.clone(),
            seller_vat_id: company.vat_id.clone(),
            ..Invoice::default()
        }
    }

    fn line(
        description: &str,
        qty: &str,
        uom: &str,
        rate: &str,
        net: i64,
        vat: &str,
    ) -> InvoiceLine {
        InvoiceLine {
            id: 1,
            position: 1,
            item: "DESK".into(),
            description: description.into(),
            qty: d(qty),
            uom: uom.into(),
            rate: d(rate),
            factor: "1".into(),
            days: None,
            period_days: None,
            unrounded: Decimal::from(net),
            net,
            vat_rate: d(vat),
            period_start: Some(date("2026-01-01")),
            period_end: Some(date("2026-01-31")),
            price_source: "fixed".into(),
            subscription_line: None,
            credits_line: None,
        }
    }

    fn render(
        invoice: &Invoice,
        company: &Company,
        lines: &[InvoiceLine],
        vat: &[VatAmount],
    ) -> String {
        render_invoice_html(&DocumentContext {
            messages: &crate::domain::messages::FR,
            company,
            late_penalty: PENALTY,
            invoice,
            lines,
            vat,
            uoms: &[Uom {
                code: "month".into(),
                name: "month".into(),
                time: None,
            }],
        })
        .unwrap()
    }

    fn one_line_at_twenty_percent() -> (Vec<InvoiceLine>, Vec<VatAmount>) {
        (
            vec![line("Bureau fixe", "2", "month", "617.25", 123450, "20")],
            vec![VatAmount {
                rate: d("20"),
                base: 123450,
                tax: 24690,
            }],
        )
    }

    #[test]
    fn a_business_invoice_carries_every_mandatory_mention() {
        let company = company(Some("FR12123456789"));
        let (lines, vat) = one_line_at_twenty_percent();
        let html = render(&invoice(&company), &company, &lines, &vat);
        for mention in [
            "<!DOCTYPE html>",
            "<html lang=\"fr\">",
            // seller
            "Coworking Lumière",
            "12 rue des Arts<br>",
            "69001 Lyon<br>",
            "SIREN : 123456789",
            "N° TVA intracommunautaire : FR12123456789",
            // customer, from the frozen copy
            "Acme SARL",
            "5 quai Perrache<br>",
            "69002 Lyon<br>",
            "N° TVA intracommunautaire : FR98765432101",
            "SIREN : 765432101",
            // document
            "Facture n° INV-2026-00042",
            "Date d'émission : 01/01/2026",
            "Date d'échéance : 31/01/2026",
            "Période de service : du 01/01/2026 au 31/01/2026",
            // line: description, its period, qty, unit, unit rate, VAT rate, net
            "Bureau fixe<br><span class=\"period\">du 01/01/2026 au 31/01/2026</span>",
            "<td class=\"num\">2</td>",
            // a unit created without a name reads in the document's language
            "<td>mois</td>",
            "<td class=\"num\">617,25\u{a0}€</td>",
            "<td class=\"num\">20\u{a0}%</td>",
            "<td class=\"num\">1\u{202f}234,50\u{a0}€</td>",
            // VAT breakdown and totals
            "<tr><td class=\"num\">20\u{a0}%</td><td class=\"num\">1\u{202f}234,50\u{a0}€</td><td class=\"num\">246,90\u{a0}€</td></tr>",
            "<th>Total HT</th><td class=\"num\">1\u{202f}234,50\u{a0}€</td>",
            "<th>Total TVA</th><td class=\"num\">246,90\u{a0}€</td>",
            "<th>Total TTC</th><td class=\"num\">1\u{202f}481,40\u{a0}€</td>",
            // late payment
            "pénalités au taux de trois fois le taux d&#39;intérêt légal.",
            "Indemnité forfaitaire pour frais de recouvrement : 40 €",
        ] {
            assert!(html.contains(mention), "missing {mention:?} in\n{html}");
        }
        assert!(
            !html.contains("293 B"),
            "a VAT-registered seller charging VAT"
        );
        assert!(!html.contains("brouillon"));
    }

    #[test]
    fn an_individual_gets_no_recovery_indemnity() {
        let company = company(Some("FR12123456789"));
        let mut invoice = invoice(&company);
        invoice.customer_kind = Some("individual".into());
        let (lines, vat) = one_line_at_twenty_percent();
        let html = render(&invoice, &company, &lines, &vat);
        assert!(!html.contains("Indemnité forfaitaire"));
        assert!(!html.contains("pénalités"));
    }

    #[test]
    fn a_credit_note_is_an_avoir_naming_the_invoice_it_corrects() {
        let company = company(Some("FR12123456789"));
        let mut note = invoice(&company);
        note.kind = "credit_note".into();
        note.number = Some("CN-2026-00003".into());
        note.credits_invoice = Some(7);
        note.credits_number = Some("INV-2026-00042".into());
        note.reason = Some("Geste commercial".into());
        note.net_total = -10000;
        note.tax_total = -2000;
        note.grand_total = -12000;
        let lines = vec![line("Bureau fixe", "1", "month", "-100", -10000, "20")];
        let vat = vec![VatAmount {
            rate: d("20"),
            base: -10000,
            tax: -2000,
        }];
        let html = render(&note, &company, &lines, &vat);
        assert!(
            html.contains("<title>Avoir CN-2026-00003</title>"),
            "{html}"
        );
        assert!(html.contains("Avoir n° CN-2026-00003"));
        assert!(html.contains("Avoir relatif à la facture n° INV-2026-00042"));
        assert!(html.contains("Motif : Geste commercial"));
        assert!(html.contains("<th>Total TTC</th><td class=\"num\">-120,00\u{a0}€</td>"));
        assert!(!html.contains("Facture n°"));
    }

    #[test]
    fn customer_names_are_escaped() {
        let company = company(Some("FR12123456789"));
        let mut invoice = invoice(&company);
        invoice.customer_name = Some("<script>alert(1)</script> & Co".into());
        let (lines, vat) = one_line_at_twenty_percent();
        let html = render(&invoice, &company, &lines, &vat);
        assert!(!html.contains("<script>"));
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"),
            "{html}"
        );
    }

    #[test]
    fn the_vat_breakdown_has_one_row_per_rate() {
        let company = company(Some("FR12123456789"));
        let mut invoice = invoice(&company);
        invoice.net_total = 31000 + 4990;
        invoice.tax_total = 6200 + 274;
        invoice.grand_total = 31000 + 4990 + 6200 + 274;
        let lines = vec![
            line("Bureau fixe", "1", "month", "310", 31000, "20"),
            line("Repas", "2", "unit", "24.95", 4990, "5.5"),
        ];
        let vat = vec![
            VatAmount {
                rate: d("5.5"),
                base: 4990,
                tax: 274,
            },
            VatAmount {
                rate: d("20"),
                base: 31000,
                tax: 6200,
            },
        ];
        let html = render(&invoice, &company, &lines, &vat);
        let reduced = "<tr><td class=\"num\">5,5\u{a0}%</td><td class=\"num\">49,90\u{a0}€</td><td class=\"num\">2,74\u{a0}€</td></tr>";
        let normal = "<tr><td class=\"num\">20\u{a0}%</td><td class=\"num\">310,00\u{a0}€</td><td class=\"num\">62,00\u{a0}€</td></tr>";
        let (at_reduced, at_normal) = (html.find(reduced), html.find(normal));
        assert!(at_reduced.is_some() && at_normal.is_some(), "{html}");
        assert!(at_reduced < at_normal, "rates in the order given");
        assert!(html.contains("<th>Total TVA</th><td class=\"num\">64,74\u{a0}€</td>"));
        assert!(html.contains("<th>Total TTC</th><td class=\"num\">424,64\u{a0}€</td>"));
    }

    #[test]
    fn a_seller_without_vat_id_charging_no_vat_cites_293_b() {
        let company = company(None);
        let mut invoice = invoice(&company);
        invoice.tax_total = 0;
        invoice.grand_total = invoice.net_total;
        let lines = vec![line("Bureau fixe", "2", "month", "617.25", 123450, "0")];
        let vat = vec![VatAmount {
            rate: d("0"),
            base: 123450,
            tax: 0,
        }];
        let html = render(&invoice, &company, &lines, &vat);
        assert!(html.contains("TVA non applicable, art. 293 B du CGI"));
        assert!(!html.contains("N° TVA intracommunautaire : FR12"));
    }
}
