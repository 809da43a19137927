//! The catalogue's shape and its two tables (English, French), the languages, and the
//! helpers that fill a message's placeholders.

use serde::Serialize;

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

impl Lang {
    /// The code of the `company.language` setting.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language documents are written in when `company.language` is not set: French
    /// for a French company, English otherwise.
    pub fn default_for_country(country: &str) -> Lang {
        if country.eq_ignore_ascii_case("FR") {
            Lang::Fr
        } else {
            Lang::En
        }
    }
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
    /// A subscription's change corrects what was invoiced for its old lines from that day.
    reason_change,
    /// A subscription's pause corrects what was invoiced for its paused days.
    reason_pause,
    /// Cancelling a booking paid by invoice.
    reason_booking_cancellation,

    // ── line descriptions written onto documents ──
    /// A line billed for part of its period.
    line_prorated,
    /// A credit note's line for the days of a period not served.
    line_not_served,
    /// A credit note's line for an amount credited at one VAT rate.
    line_credit,
    /// Dunning reminders and late-payment penalties (Code de commerce L441-10, D441-5).
    reminder_heading,
    /// `{number}`, `{issued}` (a filled `reminder_issued`, or nothing), `{due}`, `{owed}`, `{days}`.
    reminder_line,
    reminder_issued,
    /// `{rate}` a filled `percent`, `{amount}` the penalty to date.
    reminder_penalty,
    reminder_indemnity,
    /// An invoice's line billing the penalty on `{invoice}`.
    line_late_penalty,
    line_recovery_indemnity,
    reason_late_payment,
    /// An invoice's line for a booking.
    line_booking,
    /// Why a line's net is less than quantity × price: the days served of its period.
    line_prorata,
    /// Why a line's net differs from quantity × price otherwise.
    line_adjustment,

    // ── the e-mail that carries a document ──
    /// Its subject.
    document_mail_subject,
    /// Its body.
    document_mail_body,

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
    reason_change: "change of {subscription} on {date}",
    reason_pause: "pause of {subscription} from {date}",
    reason_booking_cancellation: "cancellation of booking {booking}",

    line_prorated: "{item} ({days}/{period_days} days)",
    line_not_served: "{line} — not served {start}..{end}",
    line_credit: "Credit on {invoice} (VAT {rate} %)",
    reminder_heading: "Invoices paid late:",
    reminder_line: "- {number}{issued}, due {due}: {owed} left to pay, {days} day(s) late",
    reminder_issued: " of {date}",
    reminder_penalty: "  Late-payment penalty at the yearly rate of {rate} (Code de commerce L441-10): {amount} to date",
    reminder_indemnity: "  Fixed compensation for recovery costs (Code de commerce D441-5): {amount}",
    line_late_penalty: "Late-payment penalty on {invoice}: {days} day(s) at the yearly rate of {rate} (Code de commerce L441-10)",
    line_recovery_indemnity: "Fixed compensation for recovery costs on {invoice} (Code de commerce D441-5)",
    reason_late_payment: "late payment of {invoice}",
    line_booking: "{item} at {location}, {from} to {to} (booking {booking})",
    line_prorata: "Prorated: {days} of {period_days} days",
    line_adjustment: "Adjustment",

    document_mail_subject: "{company}: {document} {number}",
    document_mail_body: "Hello,\n\nPlease find attached {document} {number} of {date}, for {amount}.\n\nKind regards,\n{company}\n",

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
    reason_change: "Avoir pour changement de {subscription} au {date}",
    reason_pause: "Avoir pour suspension de {subscription} à partir du {date}",
    reason_booking_cancellation: "Avoir pour annulation de la réservation {booking}",

    line_prorated: "{item} ({days}/{period_days} jours)",
    line_not_served: "{line} — non servi du {start} au {end}",
    line_credit: "Avoir sur la facture {invoice} (TVA {rate} %)",
    reminder_heading: "Factures en retard de paiement :",
    reminder_line: "- {number}{issued}, échue le {due} : {owed} restant dû, {days} jour(s) de retard",
    reminder_issued: " du {date}",
    reminder_penalty: "  Pénalités de retard au taux annuel de {rate} (art. L441-10 du Code de commerce) : {amount} à ce jour",
    reminder_indemnity: "  Indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce) : {amount}",
    line_late_penalty: "Pénalités de retard sur la facture {invoice} : {days} jour(s) au taux annuel de {rate} (art. L441-10 du Code de commerce)",
    line_recovery_indemnity: "Indemnité forfaitaire pour frais de recouvrement sur la facture {invoice} (art. D441-5 du Code de commerce)",
    reason_late_payment: "Retard de paiement de la facture {invoice}",
    line_booking: "{item} à {location}, du {from} au {to} (réservation {booking})",
    line_prorata: "Prorata : {days} jours sur {period_days}",
    line_adjustment: "Ajustement",

    document_mail_subject: "{company} : {document} n° {number}",
    document_mail_body: "Bonjour,\n\nVeuillez trouver ci-joint votre {document} n° {number} du {date}, d'un montant de {amount}.\n\nCordialement,\n{company}\n",

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
