//! Every word a customer reads, in one place: the message catalogue.
//!
//! Invoices and credit notes (their page, and the reasons and line descriptions written onto
//! them), the website catalogue page, repeat notices, the text a SEPA debtor reads on their
//! bank statement, and the names of common units all take their words from a [`Catalogue`]
//! — one per language, each a value of the same struct, so that the compiler refuses a
//! language that misses a message. Templates (`formats/document/invoice.html`,
//! `formats/website/catalog.html`) hold layout only; a test fails on a word written in them,
//! or on a catalogue phrase found anywhere else in the code.
//!
//! A message is a text with `{name}` placeholders, filled by the typed methods below (so a
//! call site cannot forget an argument). Dates in messages follow the catalogue's own
//! format. Data outputs (JSON, CSV, tables for the user) are not messages: they keep ISO
//! dates and plain decimals.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::domain::repeat::dates::Frequency;

/// A language documents can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub const fn catalogue(self) -> &'static Catalogue {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }
}

/// The language of every document `subs` writes. The books are a French business's, so
/// documents are French; a company setting will choose it per company.
pub const DOCUMENT_LANG: Lang = Lang::Fr;

/// The catalogue documents are written with.
pub const fn documents() -> &'static Catalogue {
    DOCUMENT_LANG.catalogue()
}

/// Declares the catalogue struct, one `&'static str` field per message id, and the list of
/// its entries (for tests and translators).
macro_rules! catalogue {
    ($( $(#[doc = $doc:literal])* $id:ident, )*) => {
        /// The messages of one language, by id. Placeholders are `{name}`.
        #[derive(Debug, Serialize)]
        pub struct Catalogue {
            $( $(#[doc = $doc])* pub $id: &'static str, )*
        }

        impl Catalogue {
            /// Every message as (id, text), in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![ $( (stringify!($id), self.$id), )* ]
            }
        }
    };
}

catalogue! {
    /// The `lang` attribute of an HTML document.
    lang,
    /// How a date is written in a message (chrono format).
    date_format,
    /// How a date and time are written in a message (chrono format).
    datetime_format,

    // ── the invoice or credit note page ──
    /// The document's title, for an invoice.
    invoice,
    /// The document's title, for a credit note.
    credit_note,
    /// The heading: `{title}` is `invoice` or `credit_note`.
    number_heading,
    /// After the heading of a draft.
    draft_notice,
    siren,
    vat_id,
    customer_code,
    issue_date,
    /// `{period}` is a filled `period`.
    service_period,
    period,
    due_date,
    /// On a credit note: the invoice it corrects.
    corrects,
    /// On a credit note: why it was issued.
    reason,
    col_description,
    col_qty,
    col_unit,
    col_unit_price,
    col_vat,
    col_net,
    vat_rate,
    vat_base,
    vat_amount,
    total_net,
    total_vat,
    total_gross,
    /// Franchise en base: a seller without VAT id charging no VAT.
    vat_exempt,
    /// The default of the `invoice.late_penalty` setting.
    late_penalty,
    recovery_indemnity,
    no_discount,

    // ── numbers, amounts and the Factur-X page ──
    /// A decimal number: `{units}` its digits before the mark, `{decimals}` after.
    decimal_number,
    /// Digits grouped by thousands: `{high}` the groups before, `{low}` the last three.
    digit_group,
    /// An amount: `{currency}` is its symbol (`€`) or ISO code.
    money,
    /// A VAT rate: `{rate}` a number.
    percent,
    siret,
    /// Part of the seller's legal mentions (BT-33): after the legal form.
    share_capital,
    /// Part of the seller's legal mentions (BT-33): the trade register.
    trade_register,
    seller_heading,
    buyer_heading,
    /// The French "catégorie de l'opération": `{operation}` is one of the three below.
    operation,
    operation_goods,
    operation_services,
    operation_mixed,
    /// A discount on the whole document, on its own line under the lines.
    allowance,
    /// A charge on the whole document.
    charge,
    total_allowances,
    total_charges,
    /// Paid before the document was issued.
    prepaid,
    /// What the invoice leaves to pay.
    amount_due,
    /// What the credit note gives back.
    amount_credited,
    payment_heading,
    pay_transfer,
    pay_bic,
    pay_direct_debit,
    pay_debtor_account,
    pay_card,
    pay_cheque,
    pay_cash,
    /// A means of payment known by its UNTDID 4461 code only.
    pay_other,
    /// The reference to give with a transfer.
    payment_reference,
    /// The seller opted to pay VAT on invoicing rather than on payment.
    vat_on_debits,
    /// VAT category AE: the buyer accounts for the VAT.
    reverse_charge,
    /// Under the heading of every page after the first.
    continued,
    page_number,

    // ── reasons written onto credit notes ──
    /// `invoice credit` without `--reason`.
    reason_credit,
    /// A subscription's cancellation corrects what was invoiced beyond its last day.
    reason_cancellation,
    /// Cancelling a booking paid by invoice.
    reason_booking_cancellation,

    // ── line descriptions written onto documents ──
    /// A line billed for part of its period.
    line_prorated,
    /// A credit note's line for the days of a period not served.
    line_not_served,
    /// A credit note's line for an amount credited at one VAT rate.
    line_credit,
    /// An invoice's line for a booking.
    line_booking,

    // ── repeat notices ──
    notice_subject,
    notice_body,
    doc_invoice,
    doc_draft_invoice,
    doc_order,
    doc_supplier_bill,
    freq_daily,
    freq_weekly,
    freq_monthly,
    freq_quarterly,
    freq_half_yearly,
    freq_yearly,

    // ── what a SEPA debtor reads on their statement ──
    remittance,
    remittance_no_period,
    /// The pre-notification e-mail of a SEPA direct debit.
    sepa_notice_subject,
    sepa_notice_body,

    // ── the website catalogue page ──
    catalog_title,
    catalog_intro,
    catalog_empty,
    /// The heading of items in no group.
    catalog_other,
    /// A unit without a price.
    on_request,

    // ── names of common units, for a unit created without one ──
    uom_unit,
    uom_hour,
    uom_half_day,
    uom_day,
    uom_week,
    uom_month,
    uom_year,
}

pub const EN: Catalogue = Catalogue {
    lang: "en",
    date_format: "%Y-%m-%d",
    datetime_format: "%Y-%m-%d %H:%M",

    invoice: "Invoice",
    credit_note: "Credit note",
    number_heading: "{title} no. {number}",
    draft_notice: "(draft, not a valid invoice)",
    siren: "SIREN: {siren}",
    vat_id: "VAT number: {vat_id}",
    customer_code: "Customer code: {code}",
    issue_date: "Issue date: {date}",
    service_period: "Service period: {period}",
    period: "from {start} to {end}",
    due_date: "Due date: {date}",
    corrects: "Credit note for invoice no. {number}",
    reason: "Reason: {reason}",
    col_description: "Description",
    col_qty: "Quantity",
    col_unit: "Unit",
    col_unit_price: "Unit price excl. VAT",
    col_vat: "VAT",
    col_net: "Amount excl. VAT",
    vat_rate: "VAT rate",
    vat_base: "Base excl. VAT",
    vat_amount: "VAT amount",
    total_net: "Total excl. VAT",
    total_vat: "Total VAT",
    total_gross: "Total incl. VAT",
    vat_exempt: "VAT not applicable, art. 293 B of the French tax code",
    late_penalty: "Late payment incurs penalties at three times the legal interest rate.",
    recovery_indemnity: "Fixed compensation for recovery costs: 40 €",
    no_discount: "No discount for early payment.",

    decimal_number: "{units}.{decimals}",
    digit_group: "{high},{low}",
    money: "{amount}\u{a0}{currency}",
    percent: "{rate}\u{a0}%",
    siret: "SIRET: {siret}",
    share_capital: "with a share capital of {capital}",
    trade_register: "RCS {rcs}",
    seller_heading: "Seller",
    buyer_heading: "Billed to",
    operation: "Type of transaction: {operation}",
    operation_goods: "supply of goods",
    operation_services: "supply of services",
    operation_mixed: "supply of goods and services",
    allowance: "Discount: {reason}",
    charge: "Charge: {reason}",
    total_allowances: "Total discounts",
    total_charges: "Total charges",
    prepaid: "Already paid",
    amount_due: "Amount due",
    amount_credited: "Amount credited",
    payment_heading: "Payment",
    pay_transfer: "SEPA credit transfer to IBAN {iban}",
    pay_bic: "BIC: {bic}",
    pay_direct_debit: "SEPA direct debit under mandate {mandate} (creditor {creditor_id})",
    pay_debtor_account: "Account debited: {iban}",
    pay_card: "Payment card",
    pay_cheque: "Cheque",
    pay_cash: "Cash",
    pay_other: "Means of payment (code {code})",
    payment_reference: "Payment reference: {reference}",
    vat_on_debits: "VAT on debits: the seller pays VAT when invoicing",
    reverse_charge: "Reverse charge: VAT to be accounted for by the customer",
    continued: "(continued)",
    page_number: "Page {page} of {pages}",

    reason_credit: "credit of {invoice}",
    reason_cancellation: "cancellation of {subscription} on {date}",
    reason_booking_cancellation: "cancellation of booking {booking}",

    line_prorated: "{item} ({days}/{period_days} days)",
    line_not_served: "{line} — not served {start}..{end}",
    line_credit: "Credit on {invoice} (VAT {rate} %)",
    line_booking: "{item} at {location}, {from} to {to} (booking {booking})",

    notice_subject: "{company}: {document} for {date}",
    notice_body: "Repeat {repeat} ({frequency} from {source}) created {document} for {date}.\n",
    doc_invoice: "invoice {number}",
    doc_draft_invoice: "draft invoice {number}",
    doc_order: "order {number}",
    doc_supplier_bill: "supplier bill {number}",
    freq_daily: "daily",
    freq_weekly: "weekly",
    freq_monthly: "monthly",
    freq_quarterly: "quarterly",
    freq_half_yearly: "half-yearly",
    freq_yearly: "yearly",

    remittance: "Invoice {number} from {start} to {end}",
    remittance_no_period: "Invoice {number}",
    sepa_notice_subject: "Direct debit notice: {amount} EUR on {date}, invoice {number}",
    sepa_notice_body: "Hello,\n\nWe will collect {amount} EUR from your account on {date} to settle invoice {number}.\n\nMandate reference: {mandate}\nOur SEPA creditor ID: {creditor}\n\n{company}\n",

    catalog_title: "{company}: catalogue",
    catalog_intro: "Catalogue, prices excluding VAT in {currency}",
    catalog_empty: "Nothing is published yet.",
    catalog_other: "Other services",
    on_request: "On request",

    uom_unit: "unit",
    uom_hour: "hour",
    uom_half_day: "half-day",
    uom_day: "day",
    uom_week: "week",
    uom_month: "month",
    uom_year: "year",
};

pub const FR: Catalogue = Catalogue {
    lang: "fr",
    date_format: "%d/%m/%Y",
    datetime_format: "%d/%m/%Y %H:%M",

    invoice: "Facture",
    credit_note: "Avoir",
    number_heading: "{title} n° {number}",
    draft_notice: "(brouillon, sans valeur légale)",
    siren: "SIREN : {siren}",
    vat_id: "N° TVA intracommunautaire : {vat_id}",
    customer_code: "Code client : {code}",
    issue_date: "Date d'émission : {date}",
    service_period: "Période de service : {period}",
    period: "du {start} au {end}",
    due_date: "Date d'échéance : {date}",
    corrects: "Avoir relatif à la facture n° {number}",
    reason: "Motif : {reason}",
    col_description: "Désignation",
    col_qty: "Quantité",
    col_unit: "Unité",
    col_unit_price: "Prix unitaire HT",
    col_vat: "TVA",
    col_net: "Montant HT",
    vat_rate: "Taux de TVA",
    vat_base: "Base HT",
    vat_amount: "Montant TVA",
    total_net: "Total HT",
    total_vat: "Total TVA",
    total_gross: "Total TTC",
    vat_exempt: "TVA non applicable, art. 293 B du CGI",
    late_penalty: "En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal.",
    recovery_indemnity: "Indemnité forfaitaire pour frais de recouvrement : 40 €",
    no_discount: "Pas d'escompte pour paiement anticipé.",

    decimal_number: "{units},{decimals}",
    digit_group: "{high}\u{202f}{low}",
    money: "{amount}\u{a0}{currency}",
    percent: "{rate}\u{a0}%",
    siret: "SIRET : {siret}",
    share_capital: "au capital de {capital}",
    trade_register: "RCS {rcs}",
    seller_heading: "Émetteur",
    buyer_heading: "Facturé à",
    operation: "Catégorie de l'opération : {operation}",
    operation_goods: "livraison de biens",
    operation_services: "prestation de services",
    operation_mixed: "livraison de biens et prestation de services",
    allowance: "Remise : {reason}",
    charge: "Frais : {reason}",
    total_allowances: "Total des remises",
    total_charges: "Total des frais",
    prepaid: "Déjà réglé",
    amount_due: "Net à payer",
    amount_credited: "Montant de l'avoir",
    payment_heading: "Règlement",
    pay_transfer: "Virement SEPA sur l'IBAN {iban}",
    pay_bic: "BIC : {bic}",
    pay_direct_debit: "Prélèvement SEPA, mandat {mandate}, identifiant créancier {creditor_id}",
    pay_debtor_account: "Compte débité : {iban}",
    pay_card: "Carte bancaire",
    pay_cheque: "Chèque",
    pay_cash: "Espèces",
    pay_other: "Moyen de paiement (code {code})",
    payment_reference: "Référence à rappeler : {reference}",
    vat_on_debits: "Option pour le paiement de la taxe d'après les débits",
    reverse_charge: "Autoliquidation",
    continued: "(suite)",
    page_number: "Page {page} sur {pages}",

    reason_credit: "Avoir sur la facture {invoice}",
    reason_cancellation: "Avoir pour résiliation de {subscription} au {date}",
    reason_booking_cancellation: "Avoir pour annulation de la réservation {booking}",

    line_prorated: "{item} ({days}/{period_days} jours)",
    line_not_served: "{line} — non servi du {start} au {end}",
    line_credit: "Avoir sur la facture {invoice} (TVA {rate} %)",
    line_booking: "{item} à {location}, du {from} au {to} (réservation {booking})",

    notice_subject: "{company} : {document} du {date}",
    notice_body: "Répétition {repeat} ({frequency}, copie de {source}) : {document} du {date}.\n",
    doc_invoice: "facture {number}",
    doc_draft_invoice: "brouillon de facture {number}",
    doc_order: "commande {number}",
    doc_supplier_bill: "facture fournisseur {number}",
    freq_daily: "quotidienne",
    freq_weekly: "hebdomadaire",
    freq_monthly: "mensuelle",
    freq_quarterly: "trimestrielle",
    freq_half_yearly: "semestrielle",
    freq_yearly: "annuelle",

    remittance: "Facture {number} du {start} au {end}",
    remittance_no_period: "Facture {number}",
    sepa_notice_subject: "Prélèvement SEPA de {amount} EUR le {date} : facture {number}",
    sepa_notice_body: "Bonjour,\n\nNous prélèverons {amount} EUR sur votre compte le {date} au titre de la facture {number}.\n\nRéférence unique du mandat (RUM) : {mandate}\nIdentifiant créancier SEPA (ICS) : {creditor}\n\n{company}\n",

    catalog_title: "{company} : catalogue",
    catalog_intro: "Catalogue, prix hors taxes en {currency}",
    catalog_empty: "Rien n'est encore publié.",
    catalog_other: "Autres prestations",
    on_request: "Sur demande",

    uom_unit: "unité",
    uom_hour: "heure",
    uom_half_day: "demi-journée",
    uom_day: "jour",
    uom_week: "semaine",
    uom_month: "mois",
    uom_year: "an",
};

/// How an amount's currency is printed: the euro's sign, else the ISO 4217 code.
pub fn currency_symbol(code: &str) -> &str {
    match code {
        "EUR" => "€",
        other => other,
    }
}

/// Replaces each `{name}` of `text` by its value, as given (escaping for HTML is
/// [`fill_html`]'s). A brace that opens no known placeholder is kept.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    fill_with(
        text,
        args,
        |text, out| out.push_str(text),
        |value, out| {
            out.push_str(value);
        },
    )
}

/// Escapes what HTML needs escaped in text and attribute values. minijinja's own escaping
/// also turns `/` into `&#x2f;`, which is valid but makes every date and URL unreadable in
/// the page source.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Like [`fill`], as safe HTML for a page: the message's text is escaped as text (`&`, `<`,
/// `>`; an apostrophe stays one), each value in full.
pub fn fill_html(text: &str, args: &[(&str, &str)]) -> String {
    fill_with(
        text,
        args,
        |text, out| {
            for c in text.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    c => out.push(c),
                }
            }
        },
        |value, out| out.push_str(&escape_html(value)),
    )
}

fn fill_with(
    text: &str,
    args: &[(&str, &str)],
    literal: impl Fn(&str, &mut String),
    value: impl Fn(&str, &mut String),
) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        literal(&rest[..open], &mut out);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match known {
            Some((v, close)) => {
                value(v, &mut out);
                rest = &after[close + 1..];
            }
            None => {
                literal("{", &mut out);
                rest = after;
            }
        }
    }
    literal(rest, &mut out);
    out
}

/// The `{name}` placeholders of a message, in order of appearance.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// A document a repeat created, for its notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeDocument {
    Invoice,
    DraftInvoice,
    Order,
    SupplierBill,
}

impl Catalogue {
    pub fn date(&self, date: NaiveDate) -> String {
        date.format(self.date_format).to_string()
    }

    pub fn datetime(&self, at: NaiveDateTime) -> String {
        at.format(self.datetime_format).to_string()
    }

    /// A number as a document shows it: thousands grouped, this language's decimal mark,
    /// at least `min_places` decimals and no trailing zero beyond them (`3,5`, `1 234,50`).
    pub fn number(&self, value: Decimal, min_places: u32) -> String {
        let mut value = value.normalize();
        if value.scale() < min_places {
            value.rescale(min_places);
        }
        let digits = value.abs().to_string();
        let (units, decimals) = digits.split_once('.').unwrap_or((&digits, ""));
        let first = match units.len() % 3 {
            0 => 3.min(units.len()),
            n => n,
        };
        let mut grouped = units[..first].to_string();
        for low in units.as_bytes()[first..].chunks(3) {
            let low = std::str::from_utf8(low).unwrap_or_default();
            grouped = fill(self.digit_group, &[("high", &grouped), ("low", low)]);
        }
        let text = if decimals.is_empty() {
            grouped
        } else {
            fill(
                self.decimal_number,
                &[("units", &grouped), ("decimals", decimals)],
            )
        };
        if value.is_sign_negative() && !value.is_zero() {
            format!("-{text}")
        } else {
            text
        }
    }

    /// An amount with its currency: `310,00 €`. Amounts have two decimals; a unit price
    /// keeps the ones it has beyond them (`8,9286 €`).
    pub fn money(&self, amount: Decimal, currency: &str) -> String {
        fill(
            self.money,
            &[
                ("amount", &self.number(amount, 2)),
                ("currency", currency_symbol(currency)),
            ],
        )
    }

    /// A VAT rate: `20 %`, `5,5 %`.
    pub fn percent(&self, rate: Decimal) -> String {
        fill(self.percent, &[("rate", &self.number(rate, 0))])
    }

    /// The seller's legal mentions (EN 16931 BT-33) from its legal form, share capital and
    /// trade register, those given: `SAS au capital de 20 000 € – RCS Lyon 842 137 655`.
    pub fn legal_mentions(
        &self,
        form: Option<&str>,
        capital: Option<&str>,
        rcs: Option<&str>,
    ) -> String {
        let capital = capital.map(|c| fill(self.share_capital, &[("capital", c)]));
        let first: Vec<&str> = [form, capital.as_deref()].into_iter().flatten().collect();
        let first = (!first.is_empty()).then(|| first.join(" "));
        let rcs = rcs.map(|r| fill(self.trade_register, &[("rcs", r)]));
        [first, rcs]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" – ")
    }

    /// `from … to …` between two dates.
    pub fn period_text(&self, start: NaiveDate, end: NaiveDate) -> String {
        fill(
            self.period,
            &[("start", &self.date(start)), ("end", &self.date(end))],
        )
    }

    /// The reason of a credit note issued without one.
    pub fn credit_reason(&self, invoice: &str) -> String {
        fill(self.reason_credit, &[("invoice", invoice)])
    }

    /// The reason of a credit note correcting a subscription cancelled after `last_day`.
    pub fn cancellation_reason(&self, subscription: &str, last_day: NaiveDate) -> String {
        fill(
            self.reason_cancellation,
            &[
                ("subscription", subscription),
                ("date", &self.date(last_day)),
            ],
        )
    }

    /// The reason of a credit note for a cancelled booking.
    pub fn booking_cancellation_reason(&self, booking: &str) -> String {
        fill(self.reason_booking_cancellation, &[("booking", booking)])
    }

    /// An item billed for `days` of a period of `period_days`.
    pub fn prorated_line(&self, item: &str, days: i64, period_days: i64) -> String {
        fill(
            self.line_prorated,
            &[
                ("item", item),
                ("days", &days.to_string()),
                ("period_days", &period_days.to_string()),
            ],
        )
    }

    /// A credit note's line for the days `start..=end` of an invoiced line not served.
    pub fn not_served_line(&self, line: &str, start: NaiveDate, end: NaiveDate) -> String {
        fill(
            self.line_not_served,
            &[
                ("line", line),
                ("start", &self.date(start)),
                ("end", &self.date(end)),
            ],
        )
    }

    /// A credit note's line for an amount credited on `invoice` at VAT `rate` (percent).
    pub fn credit_line(&self, invoice: &str, rate: &str) -> String {
        fill(self.line_credit, &[("invoice", invoice), ("rate", rate)])
    }

    /// An invoice's line for a booking of `item` at `location` over `[from, to)`.
    pub fn booking_line(
        &self,
        item: &str,
        location: &str,
        from: NaiveDateTime,
        to: NaiveDateTime,
        booking: &str,
    ) -> String {
        fill(
            self.line_booking,
            &[
                ("item", item),
                ("location", location),
                ("from", &self.datetime(from)),
                ("to", &self.datetime(to)),
                ("booking", booking),
            ],
        )
    }

    /// `invoice INV-…`, `order SO-…`: a document a repeat created.
    pub fn notice_document(&self, kind: NoticeDocument, number: &str) -> String {
        let text = match kind {
            NoticeDocument::Invoice => self.doc_invoice,
            NoticeDocument::DraftInvoice => self.doc_draft_invoice,
            NoticeDocument::Order => self.doc_order,
            NoticeDocument::SupplierBill => self.doc_supplier_bill,
        };
        fill(text, &[("number", number)])
    }

    pub fn frequency(&self, frequency: Frequency) -> &'static str {
        match frequency {
            Frequency::Daily => self.freq_daily,
            Frequency::Weekly => self.freq_weekly,
            Frequency::Monthly => self.freq_monthly,
            Frequency::Quarterly => self.freq_quarterly,
            Frequency::HalfYearly => self.freq_half_yearly,
            Frequency::Yearly => self.freq_yearly,
        }
    }

    /// What a SEPA debtor reads: the invoice and its service period.
    pub fn remittance_text(&self, number: &str, period: Option<(NaiveDate, NaiveDate)>) -> String {
        match period {
            Some((start, end)) => fill(
                self.remittance,
                &[
                    ("number", number),
                    ("start", &self.date(start)),
                    ("end", &self.date(end)),
                ],
            ),
            None => fill(self.remittance_no_period, &[("number", number)]),
        }
    }

    /// The pre-notification of a SEPA direct debit: subject and body. `notice` is
    /// (company, invoice number, amount, mandate reference, creditor identifier).
    pub fn sepa_notice(&self, notice: [&str; 5], date: NaiveDate) -> (String, String) {
        let [company, number, amount, mandate, creditor] = notice;
        let date = self.date(date);
        let args = [
            ("company", company),
            ("number", number),
            ("amount", amount),
            ("mandate", mandate),
            ("creditor", creditor),
            ("date", date.as_str()),
        ];
        (
            fill(self.sepa_notice_subject, &args),
            fill(self.sepa_notice_body, &args),
        )
    }

    /// The name printed for a unit of measure: the one it was given, or — when it was
    /// created without one (its name is its code) — this language's word for a common unit.
    pub fn unit_name<'a>(&self, code: &'a str, name: &'a str) -> &'a str {
        let name = name.trim();
        if !name.is_empty() && !name.eq_ignore_ascii_case(code) {
            return name;
        }
        match code.to_ascii_lowercase().as_str() {
            "unit" | "units" => self.uom_unit,
            "hour" | "hours" | "h" => self.uom_hour,
            "half-day" | "half_day" | "halfday" => self.uom_half_day,
            "day" | "days" => self.uom_day,
            "week" | "weeks" => self.uom_week,
            "month" | "months" => self.uom_month,
            "year" | "years" => self.uom_year,
            _ => code,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_placeholders_for_each_message() {
        let english = EN.entries();
        for lang in Lang::ALL {
            let entries = lang.catalogue().entries();
            assert_eq!(entries.len(), english.len());
            for ((id, text), (en_id, en_text)) in entries.iter().zip(&english) {
                assert_eq!(id, en_id);
                let mut mine = placeholders(text);
                let mut theirs = placeholders(en_text);
                mine.sort_unstable();
                theirs.sort_unstable();
                assert_eq!(mine, theirs, "{lang:?} {id}: {text:?} vs {en_text:?}");
                assert!(!text.trim().is_empty(), "{lang:?} {id} is empty");
            }
        }
    }

    #[test]
    fn fill_replaces_each_placeholder_and_leaves_other_braces() {
        assert_eq!(
            fill("{a} and {b}, {a} {c}", &[("a", "x"), ("b", "y")]),
            "x and y, x {c}"
        );
        assert_eq!(fill("{unclosed", &[("unclosed", "x")]), "{unclosed");
        assert_eq!(
            fill_html("Motif : {reason}", &[("reason", "<b>A & B</b>")]),
            "Motif : &lt;b&gt;A &amp; B&lt;/b&gt;"
        );
    }

    #[test]
    fn french_documents_read_french() {
        let date = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            FR.cancellation_reason("SUB-0005", date("2023-01-20")),
            "Avoir pour résiliation de SUB-0005 au 20/01/2023"
        );
        assert_eq!(
            FR.not_served_line("Bureau fixe", date("2026-03-11"), date("2026-03-31")),
            "Bureau fixe — non servi du 11/03/2026 au 31/03/2026"
        );
        assert_eq!(
            FR.prorated_line("Bureau fixe", 10, 31),
            "Bureau fixe (10/31 jours)"
        );
        assert_eq!(
            FR.remittance_text(
                "INV-2026-00001",
                Some((date("2026-01-01"), date("2026-01-31")))
            ),
            "Facture INV-2026-00001 du 01/01/2026 au 31/01/2026"
        );
        assert_eq!(
            EN.cancellation_reason("SUB-0005", date("2023-01-20")),
            "cancellation of SUB-0005 on 2023-01-20"
        );
    }

    #[test]
    fn amounts_and_rates_read_as_each_language_writes_them() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(FR.money(d("310"), "EUR"), "310,00\u{a0}€");
        assert_eq!(
            FR.money(d("1234567.5"), "EUR"),
            "1\u{202f}234\u{202f}567,50\u{a0}€"
        );
        assert_eq!(FR.money(d("8.9286"), "EUR"), "8,9286\u{a0}€");
        assert_eq!(FR.money(d("-12.5"), "USD"), "-12,50\u{a0}USD");
        assert_eq!(EN.money(d("1234.5"), "EUR"), "1,234.50\u{a0}€");
        assert_eq!(FR.number(d("3.50"), 0), "3,5");
        assert_eq!(FR.number(d("100"), 0), "100");
        assert_eq!(FR.number(d("1000"), 0), "1\u{202f}000");
        assert_eq!(FR.percent(d("5.50")), "5,5\u{a0}%");
        assert_eq!(EN.percent(d("20.00")), "20\u{a0}%");
        assert_eq!(
            FR.legal_mentions(Some("SAS"), Some("20 000 €"), Some("Lyon 842 137 655")),
            "SAS au capital de 20 000 € – RCS Lyon 842 137 655"
        );
        assert_eq!(
            FR.legal_mentions(None, None, Some("Lyon B 1")),
            "RCS Lyon B 1"
        );
        assert_eq!(FR.legal_mentions(Some("EI"), None, None), "EI");
        assert_eq!(FR.date("2026-01-31".parse().unwrap()), "31/01/2026");
    }

    #[test]
    fn a_unit_created_without_a_name_reads_in_the_document_language() {
        assert_eq!(FR.unit_name("month", "month"), "mois");
        assert_eq!(FR.unit_name("unit", "Unit"), "unité");
        assert_eq!(FR.unit_name("half-day", ""), "demi-journée");
        assert_eq!(FR.unit_name("month", "mois"), "mois");
        assert_eq!(FR.unit_name("month", "Mensualité"), "Mensualité");
        assert_eq!(FR.unit_name("page", "page"), "page");
        assert_eq!(EN.unit_name("month", "month"), "month");
    }
}
