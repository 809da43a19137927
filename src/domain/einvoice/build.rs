//! Building a document `subs` issues: its checks, and the VAT breakdown and totals derived
//! from the lines and the document's allowances and charges.
//!
//! The sums follow EN 16931's identities, each amount rounded once, half away from zero:
//! BT-131 = round(quantity × price ÷ base quantity) − line allowances + line charges;
//! BT-116 per VAT = Σ BT-131 − Σ allowances + Σ charges at that VAT (BR-S-08…);
//! BT-117 = round(BT-116 × rate ÷ 100) (BR-CO-17) — on the breakdown, not line by line;
//! BT-106 = Σ BT-131 (BR-CO-10); BT-107, BT-108 the allowances' and charges' sums
//! (BR-CO-11, -12); BT-109 = BT-106 − BT-107 + BT-108 (BR-CO-13); BT-110 = Σ BT-117
//! (BR-CO-14); BT-112 = BT-109 + BT-110 (BR-CO-15); BT-115 = BT-112 − BT-113 (BR-CO-16).
//!
//! The checks refuse, naming the field, what would make the file fail the EN 16931
//! schematron or the French rules (BR-FR) that a model can get wrong; what only a syntax
//! can get wrong (element order, date formats) is the writer's.

use std::collections::HashSet;

use rust_decimal::Decimal;

use crate::domain::money::{MAX_WHOLE_UNITS, round_half_away, share, to_minor};
use crate::error::Error;

use super::model::{
    AMOUNT_PLACES, AllowanceCharge, Document, DocumentType, Header, Line, MeansKind, NoteSubject,
    PRICE_PLACES, Party, QUANTITY_PLACES, Totals, Vat, VatBreakdown, VatCategory,
};

/// What `subs` decides about a document; [`Document::build`] derives the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub header: Header,
    /// Each line's net must be its [`Line::expected_net`] ([`Line::new`] makes it so).
    pub lines: Vec<Line>,
    /// Each taxed with one VAT: a discount over several rates is split first
    /// ([`split_allowance`]).
    pub allowances_charges: Vec<AllowanceCharge>,
    /// Why no VAT is charged, for each category used that needs a reason.
    pub exemptions: Vec<Exemption>,
    /// BT-113: paid before the document was issued.
    pub prepaid: Decimal,
}

/// Why a category charges no VAT (BT-120 and BT-121 of its breakdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exemption {
    pub category: VatCategory,
    /// BT-120: "TVA non applicable, art. 293 B du CGI"…
    pub reason: Option<String>,
    /// BT-121: `VATEX-FR-FRANCHISE`…
    pub code: Option<String>,
}

/// Longest document number the French rules accept (BR-FR-01).
const MAX_NUMBER_LEN: usize = 35;

/// Subjects a document may carry one note of at most (BR-FR-06).
const ONE_NOTE_EACH: [NoteSubject; 5] = [
    NoteSubject::RecoveryIndemnity,
    NoteSubject::LatePenalty,
    NoteSubject::EarlyPaymentDiscount,
    NoteSubject::TaxDeclaration,
    NoteSubject::Framework,
];

impl Document {
    /// The document with its lines' sums, VAT breakdown and totals, or the first rule the
    /// draft breaks, naming the document and the field.
    pub fn build(draft: Draft) -> Result<Document, Error> {
        let checks = Checks {
            number: &draft.header.number,
        };
        checks.header(&draft.header)?;
        if draft.lines.is_empty() {
            return Err(checks.invalid("lines", "a document needs at least one line (BR-16)"));
        }
        let mut seen = HashSet::new();
        for line in &draft.lines {
            if !seen.insert(line.id.as_str()) {
                return Err(checks.invalid(
                    &format!("line {}", line.id),
                    "the line id is used twice (BT-126 identifies a line)",
                ));
            }
            checks.line(line)?;
        }
        for (i, adjustment) in draft.allowances_charges.iter().enumerate() {
            checks.allowance_charge(i + 1, adjustment)?;
        }
        checks.amount("prepaid amount (BT-113)", draft.prepaid)?;
        let vat_breakdown = breakdown(&draft, &checks)?;
        checks.parties_for(&draft.header, &vat_breakdown)?;
        let totals = totals(&draft, &vat_breakdown);
        Ok(Document {
            header: draft.header,
            lines: draft.lines,
            allowances_charges: draft.allowances_charges,
            vat_breakdown,
            totals,
        })
    }
}

/// Splits a discount of `amount` over taxable bases in proportion to each, so that each
/// part is an allowance of one VAT (EN 16931 gives each allowance one category and rate):
/// every part is its share rounded half away from zero, except the part of the largest
/// base, which takes what is left so that the parts add up to `amount` exactly.
///
/// Bases of zero get no part. `None` when the discount is more than the bases together
/// (it would leave a negative base) or an amount has more than two decimals.
pub fn split_allowance(amount: Decimal, bases: &[(Vat, Decimal)]) -> Option<Vec<(Vat, Decimal)>> {
    let cents = |value: Decimal| to_minor(value, AMOUNT_PLACES);
    let whole_cents = cents(amount).filter(|c| round_half_away(amount, 2) == amount && *c >= 0)?;
    let parts: Vec<(Vat, i64)> = bases
        .iter()
        .map(|(vat, base)| Some((*vat, cents(*base).filter(|c| *c >= 0)?)))
        .collect::<Option<Vec<_>>>()?
        .into_iter()
        .filter(|(_, base)| *base > 0)
        .collect();
    let total: i64 = parts.iter().map(|(_, base)| base).sum();
    if whole_cents > total {
        return None;
    }
    let largest = parts
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| a.1.cmp(&b.1).then(j.cmp(i)))
        .map(|(i, _)| i)?;
    let mut shares: Vec<i64> = parts
        .iter()
        .map(|(_, base)| share(whole_cents, *base, total))
        .collect::<Option<_>>()?;
    let others: i64 = shares
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != largest)
        .map(|(_, s)| s)
        .sum();
    shares[largest] = whole_cents - others;
    Some(
        parts
            .iter()
            .zip(shares)
            .filter(|(_, part)| *part != 0)
            .map(|((vat, _), part)| (*vat, Decimal::new(part, AMOUNT_PLACES)))
            .collect(),
    )
}

/// The VAT breakdown: one entry per VAT used, in the order lines first use them (then
/// allowances and charges).
fn breakdown(draft: &Draft, checks: &Checks) -> Result<Vec<VatBreakdown>, Error> {
    let mut entries: Vec<VatBreakdown> = Vec::new();
    let mut add = |vat: Vat, amount: Decimal| match entries.iter_mut().find(|e| e.vat == vat) {
        Some(entry) => entry.base += amount,
        None => entries.push(VatBreakdown {
            vat,
            base: amount,
            tax: Decimal::ZERO,
            exemption_reason: None,
            exemption_code: None,
        }),
    };
    for line in &draft.lines {
        add(line.vat, line.net);
    }
    for adjustment in &draft.allowances_charges {
        add(adjustment.vat, adjustment.signed_amount());
    }
    let categories: Vec<VatCategory> = entries.iter().map(|e| e.vat.category).collect();
    for exemption in &draft.exemptions {
        if !categories.contains(&exemption.category) {
            return Err(checks.invalid(
                "exemptions",
                &format!(
                    "an exemption reason is given for VAT category {} but no line uses it",
                    exemption.category.code()
                ),
            ));
        }
    }
    if categories.contains(&VatCategory::OutOfScope)
        && categories.iter().any(|c| *c != VatCategory::OutOfScope)
    {
        return Err(checks.invalid(
            "VAT",
            "a document outside the scope of VAT (category O) has no other VAT category (BR-O-11)",
        ));
    }
    for entry in &mut entries {
        let category = entry.vat.category;
        entry.tax = if category.is_taxed() {
            round_half_away(entry.base * entry.vat.rate / Decimal::ONE_HUNDRED, 2)
        } else {
            Decimal::ZERO
        };
        let exemption = draft
            .exemptions
            .iter()
            .find(|e| e.category == category)
            .filter(|e| e.reason.is_some() || e.code.is_some());
        match (category.needs_exemption_reason(), exemption) {
            (true, None) => {
                return Err(checks.invalid(
                    "exemptions",
                    &format!(
                        "VAT category {} needs an exemption reason or VATEX code (BR-{}-10)",
                        category.code(),
                        rule_letter(category)
                    ),
                ));
            }
            (false, Some(_)) => {
                return Err(checks.invalid(
                    "exemptions",
                    &format!(
                        "VAT category {} takes no exemption reason (BR-{}-10)",
                        category.code(),
                        rule_letter(category)
                    ),
                ));
            }
            (_, exemption) => {
                entry.exemption_reason = exemption.and_then(|e| e.reason.clone());
                entry.exemption_code = exemption.and_then(|e| e.code.clone());
            }
        }
        if entry.base.is_sign_negative() && !entry.base.is_zero() {
            return Err(checks.invalid(
                "VAT breakdown (BG-23)",
                &format!(
                    "the taxable base at VAT {} {} % is negative ({}): its allowances take off more than its lines",
                    category.code(),
                    entry.vat.rate.normalize(),
                    entry.base
                ),
            ));
        }
    }
    Ok(entries)
}

/// The letters EN 16931 names a category's rules with (BR-S-…, BR-AE-…, BR-IC-…).
fn rule_letter(category: VatCategory) -> &'static str {
    match category {
        VatCategory::IntraCommunity => "IC",
        VatCategory::CanaryIslands => "IG",
        VatCategory::CeutaMelilla => "IP",
        other => other.code(),
    }
}

fn totals(draft: &Draft, breakdown: &[VatBreakdown]) -> Totals {
    let sum = |values: &mut dyn Iterator<Item = Decimal>| values.fold(Decimal::ZERO, |a, b| a + b);
    let line_total = sum(&mut draft.lines.iter().map(|l| l.net));
    let of_kind = |charge: bool| {
        sum(&mut draft
            .allowances_charges
            .iter()
            .filter(move |a| a.charge == charge)
            .map(|a| a.amount))
    };
    let allowance_total = of_kind(false);
    let charge_total = of_kind(true);
    let tax_basis = line_total - allowance_total + charge_total;
    let tax_total = sum(&mut breakdown.iter().map(|b| b.tax));
    let grand_total = tax_basis + tax_total;
    Totals {
        line_total,
        allowance_total,
        charge_total,
        tax_basis,
        tax_total,
        grand_total,
        prepaid: draft.prepaid,
        rounding: Decimal::ZERO,
        due: grand_total - draft.prepaid,
    }
}

/// The checks of one draft; errors name the document by its number.
struct Checks<'a> {
    number: &'a str,
}

impl Checks<'_> {
    fn invalid(&self, field: &str, reason: &str) -> Error {
        Error::invalid(format!("document {}: {field}", self.number), reason)
    }

    fn header(&self, h: &Header) -> Result<(), Error> {
        let number_ok = !h.number.is_empty()
            && h.number.chars().count() <= MAX_NUMBER_LEN
            && h.number
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '_' | '/'));
        if !number_ok {
            return Err(self.invalid(
                "number (BT-1)",
                "must be 1 to 35 of A-Z a-z 0-9 + - _ / (BR-FR-01, BR-FR-02)",
            ));
        }
        if h.currency.len() != 3 || !h.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(self.invalid(
                "currency (BT-5)",
                &format!("{:?} is not an ISO 4217 code", h.currency),
            ));
        }
        self.party("seller", &h.seller)?;
        self.party("buyer", &h.buyer)?;
        let seller = &h.seller;
        if seller.legal_id.is_none() && seller.vat_id.is_none() && seller.identifiers.is_empty() {
            return Err(self.invalid(
                "seller",
                "needs a SIREN, a VAT id or another identifier (BR-CO-26)",
            ));
        }
        if let Some(period) = h.period
            && period.end < period.start
        {
            return Err(self.invalid("period (BG-14)", "ends before it starts (BR-29)"));
        }
        if let Some(due) = h.due_date
            && due < h.issue_date
        {
            return Err(self.invalid("due date (BT-9)", "is before the issue date (BR-FR-CO-07)"));
        }
        if h.kind == DocumentType::CreditNote
            && !h
                .preceding_invoices
                .iter()
                .any(|p| !p.number.is_empty() && p.issue_date.is_some())
        {
            return Err(self.invalid(
                "preceding invoice (BG-3)",
                "a credit note names the invoice it corrects, with its date (BR-55, BR-FR-CO-05)",
            ));
        }
        for subject in &ONE_NOTE_EACH {
            let count = h
                .notes
                .iter()
                .filter(|n| n.subject.as_ref() == Some(subject))
                .count();
            if count > 1 {
                return Err(self.invalid(
                    "notes (BG-1)",
                    &format!(
                        "{count} notes of subject {}; at most one (BR-FR-06)",
                        subject.code()
                    ),
                ));
            }
        }
        let mut direct_debits = 0;
        for means in &h.payment_means {
            if means.kind.is_transfer() && means.payee_account.is_none() {
                return Err(self.invalid(
                    "payment means (BG-16)",
                    "a credit transfer names the account to pay to (BR-61)",
                ));
            }
            if means.direct_debit.is_some() {
                direct_debits += 1;
            }
            if means.kind == MeansKind::SepaDirectDebit && means.direct_debit.is_none() {
                return Err(self.invalid(
                    "payment means (BG-16)",
                    "a SEPA direct debit names its mandate and creditor id (BG-19)",
                ));
            }
        }
        if direct_debits > 1 {
            return Err(self.invalid(
                "payment means (BG-16)",
                "at most one direct debit: a document has one mandate reference (BT-89)",
            ));
        }
        Ok(())
    }

    fn party(&self, role: &str, party: &Party) -> Result<(), Error> {
        if party.name.trim().is_empty() {
            return Err(self.invalid(&format!("{role} name"), "must not be empty (BR-06, BR-07)"));
        }
        let country = &party.address.country;
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(self.invalid(
                &format!("{role} country"),
                &format!(
                    "{country:?} is not an ISO 3166 alpha-2 code (BR-09, BR-11): a postal address with a country is required"
                ),
            ));
        }
        if party.address.lines.len() > 3 {
            return Err(self.invalid(
                &format!("{role} address"),
                "has more than three lines (BT-35, BT-36, BT-162)",
            ));
        }
        if party
            .electronic_address
            .as_ref()
            .is_some_and(|a| a.scheme.is_none() || a.value.is_empty())
        {
            return Err(self.invalid(
                &format!("{role} electronic address"),
                "needs a value and a scheme (BR-62, BR-63)",
            ));
        }
        Ok(())
    }

    /// What the VAT categories used require of the parties' tax ids (BR-S-02, BR-E-02,
    /// BR-AE-02, BR-IC-02, BR-G-02, BR-O-02…).
    fn parties_for(&self, h: &Header, breakdown: &[VatBreakdown]) -> Result<(), Error> {
        let (seller, buyer) = (&h.seller, &h.buyer);
        for category in breakdown.iter().map(|b| b.vat.category) {
            let letter = rule_letter(category);
            match category {
                VatCategory::IntraCommunity | VatCategory::Export if seller.vat_id.is_none() => {
                    return Err(self.invalid(
                        "seller VAT id (BT-31)",
                        &format!(
                            "is required with VAT category {} (BR-{letter}-02)",
                            category.code()
                        ),
                    ));
                }
                VatCategory::OutOfScope if seller.vat_id.is_some() || buyer.vat_id.is_some() => {
                    return Err(self.invalid(
                        "VAT ids",
                        "a document outside the scope of VAT carries no VAT id (BR-O-02, BR-O-04)",
                    ));
                }
                VatCategory::OutOfScope => {}
                _ if seller.vat_id.is_none() && seller.tax_registration.is_none() => {
                    return Err(self.invalid(
                        "seller VAT id (BT-31)",
                        &format!(
                            "VAT category {} needs the seller's VAT id or tax registration (BR-{letter}-02)",
                            category.code()
                        ),
                    ));
                }
                _ => {}
            }
            if category == VatCategory::ReverseCharge
                && buyer.vat_id.is_none()
                && buyer.legal_id.is_none()
            {
                return Err(self.invalid(
                    "buyer VAT id (BT-48)",
                    "a reverse charge names the buyer's VAT id or legal id (BR-AE-02)",
                ));
            }
            if category == VatCategory::IntraCommunity && buyer.vat_id.is_none() {
                return Err(self.invalid(
                    "buyer VAT id (BT-48)",
                    "an intra-community supply names the buyer's VAT id (BR-IC-02)",
                ));
            }
        }
        Ok(())
    }

    fn line(&self, line: &Line) -> Result<(), Error> {
        let field = |what: &str| format!("line {}: {what}", line.id);
        if line.id.trim().is_empty() {
            return Err(self.invalid("line", "has no id (BR-21)"));
        }
        if line.name.trim().is_empty() {
            return Err(self.invalid(&field("name (BT-153)"), "must not be empty (BR-25)"));
        }
        if line.unit_code.trim().is_empty() {
            return Err(self.invalid(&field("unit code (BT-130)"), "must not be empty (BR-23)"));
        }
        self.places(&field("quantity (BT-129)"), line.quantity, QUANTITY_PLACES)?;
        self.places(&field("net price (BT-146)"), line.net_price, PRICE_PLACES)?;
        if line.net_price.is_sign_negative() && !line.net_price.is_zero() {
            return Err(self.invalid(&field("net price (BT-146)"), "must not be negative (BR-27)"));
        }
        if let Some(base) = line.price_base_quantity
            && (base <= Decimal::ZERO || base.scale() > QUANTITY_PLACES)
        {
            return Err(self.invalid(
                &field("price base quantity (BT-149)"),
                "must be positive with at most 4 decimals",
            ));
        }
        self.vat(&field("VAT"), line.vat)?;
        if let Some(period) = line.period
            && period.end < period.start
        {
            return Err(self.invalid(&field("period (BG-26)"), "ends before it starts (BR-30)"));
        }
        for adjustment in &line.allowances_charges {
            self.amount(
                &field("allowance or charge (BG-27, BG-28)"),
                adjustment.amount,
            )?;
            if adjustment.reason.is_none() && adjustment.reason_code.is_none() {
                return Err(self.invalid(
                    &field("allowance or charge (BG-27, BG-28)"),
                    "needs a reason or a reason code (BR-42, BR-44)",
                ));
            }
        }
        if line.net != line.expected_net() {
            return Err(self.invalid(
                &field("net (BT-131)"),
                &format!(
                    "{} is not quantity × price less allowances plus charges ({})",
                    line.net,
                    line.expected_net()
                ),
            ));
        }
        Ok(())
    }

    fn allowance_charge(&self, position: usize, a: &AllowanceCharge) -> Result<(), Error> {
        let field = format!(
            "{} {position}",
            if a.charge { "charge" } else { "allowance" }
        );
        self.amount(&field, a.amount)?;
        self.vat(&field, a.vat)?;
        if a.reason.is_none() && a.reason_code.is_none() {
            return Err(self.invalid(&field, "needs a reason or a reason code (BR-33, BR-38)"));
        }
        Ok(())
    }

    fn vat(&self, field: &str, vat: Vat) -> Result<(), Error> {
        self.places(field, vat.rate, AMOUNT_PLACES)?;
        let fine = if vat.category.is_taxed() {
            vat.rate > Decimal::ZERO
        } else {
            vat.rate.is_zero()
        };
        if !fine {
            return Err(self.invalid(
                field,
                &format!(
                    "VAT category {} cannot have rate {} (BR-{}-05)",
                    vat.category.code(),
                    vat.rate,
                    rule_letter(vat.category)
                ),
            ));
        }
        Ok(())
    }

    /// An amount: not negative, cents at most, within what `subs` books.
    fn amount(&self, field: &str, value: Decimal) -> Result<(), Error> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(self.invalid(field, &format!("{value} must not be negative")));
        }
        self.places(field, value, AMOUNT_PLACES)
    }

    /// At most `places` decimals and [`MAX_WHOLE_UNITS`] before the point.
    fn places(&self, field: &str, value: Decimal, places: u32) -> Result<(), Error> {
        if value.normalize().scale() > places {
            return Err(self.invalid(field, &format!("{value} has more than {places} decimals")));
        }
        if value.abs() > Decimal::from(MAX_WHOLE_UNITS) {
            return Err(self.invalid(field, &format!("{value} is beyond the largest amount")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::einvoice::test_support::{d, date, draft_two_rates, exempt_draft};
    use crate::domain::einvoice::{Note, PrecedingInvoice, ServicePeriod};

    #[test]
    fn totals_follow_the_br_co_identities_on_two_rates() {
        let doc = Document::build(draft_two_rates()).unwrap();
        // 250.00 + 3.5 × 80.00 at 20 %, 19.90 at 5.5 %: the research's sample a.
        let vat: Vec<_> = doc
            .vat_breakdown
            .iter()
            .map(|b| (b.vat.rate, b.base, b.tax))
            .collect();
        assert_eq!(
            vat,
            [
                (d("20"), d("530.00"), d("106.00")),
                (d("5.5"), d("19.90"), d("1.09"))
            ]
        );
        let t = doc.totals;
        assert_eq!(t.line_total, d("549.90"));
        assert_eq!(t.tax_basis, d("549.90"));
        assert_eq!(t.tax_total, d("107.09"));
        assert_eq!(t.grand_total, d("656.99"));
        assert_eq!(t.due, d("656.99"));
        doc.check_totals().unwrap();
    }

    #[test]
    fn vat_is_rounded_once_per_rate_half_away_from_zero() {
        let mut draft = draft_two_rates();
        // Three lines of 0.63 at 20 %: 0.126 of VAT each, 0.13 once rounded.
        draft.lines = (1..=3)
            .map(|i| {
                Line::new(
                    i.to_string(),
                    "Café",
                    d("1"),
                    "C62",
                    d("0.63"),
                    Vat::standard(d("20")),
                )
            })
            .collect();
        let doc = Document::build(draft).unwrap();
        assert_eq!(doc.vat_breakdown[0].base, d("1.89"));
        // 1.89 × 20 % = 0.378 → 0.38, where summing rounded line taxes (0.13 × 3) gives 0.39.
        assert_eq!(doc.vat_breakdown[0].tax, d("0.38"));
        let half = Line::new(
            "1",
            "Thé",
            d("1"),
            "C62",
            d("0.125"),
            Vat::standard(d("20")),
        );
        assert_eq!(half.net, d("0.13"), "half a cent rounds away from zero");
    }

    #[test]
    fn a_discount_over_two_rates_splits_by_base_and_adds_up_exactly() {
        let rate20 = Vat::standard(d("20"));
        let rate55 = Vat::standard(d("5.5"));
        let parts =
            split_allowance(d("15.00"), &[(rate20, d("100.00")), (rate55, d("40.00"))]).unwrap();
        // 15 × 40/140 = 4.2857 → 4.29; the larger base takes the rest.
        assert_eq!(parts, [(rate20, d("10.71")), (rate55, d("4.29"))]);
        assert!(split_allowance(d("141"), &[(rate20, d("100")), (rate55, d("40"))]).is_none());
        assert!(split_allowance(d("1.005"), &[(rate20, d("100"))]).is_none());
        assert_eq!(
            split_allowance(d("5"), &[(rate20, d("0")), (rate55, d("40"))]).unwrap(),
            [(rate55, d("5.00"))]
        );
    }

    #[test]
    fn document_allowances_lower_each_base_and_the_totals() {
        let mut draft = draft_two_rates();
        let rate20 = Vat::standard(d("20"));
        let rate55 = Vat::standard(d("5.5"));
        draft.lines = vec![
            Line::new("1", "Fournitures", d("1"), "C62", d("100"), rate20),
            Line::new("2", "Livres", d("1"), "C62", d("40"), rate55),
        ];
        for (vat, amount) in
            split_allowance(d("15"), &[(rate20, d("100")), (rate55, d("40"))]).unwrap()
        {
            draft.allowances_charges.push(AllowanceCharge::discount(
                amount,
                vat,
                "Remise fidélité",
            ));
        }
        let doc = Document::build(draft).unwrap();
        let bases: Vec<_> = doc.vat_breakdown.iter().map(|b| (b.base, b.tax)).collect();
        assert_eq!(bases, [(d("89.29"), d("17.86")), (d("35.71"), d("1.96"))]);
        assert_eq!(doc.totals.allowance_total, d("15.00"));
        assert_eq!(doc.totals.tax_basis, d("125.00"));
        assert_eq!(doc.totals.grand_total, d("144.82"));
        doc.check_totals().unwrap();
    }

    #[test]
    fn an_exempt_category_carries_its_reason_and_no_vat() {
        let doc = Document::build(exempt_draft()).unwrap();
        let e = &doc.vat_breakdown[0];
        assert_eq!(e.vat.category, VatCategory::Exempt);
        assert_eq!(e.tax, Decimal::ZERO);
        assert_eq!(e.exemption_code.as_deref(), Some("VATEX-FR-FRANCHISE"));
        assert_eq!(doc.totals.grand_total, doc.totals.tax_basis);
    }

    #[test]
    fn a_prepaid_amount_lowers_what_is_due() {
        let mut draft = draft_two_rates();
        draft.prepaid = d("100");
        let doc = Document::build(draft).unwrap();
        assert_eq!(doc.totals.due, d("556.99"));
    }

    fn refused(draft: Draft) -> String {
        Document::build(draft).unwrap_err().to_string()
    }

    #[test]
    fn what_the_rules_refuse_is_refused_naming_the_field() {
        let mut d1 = draft_two_rates();
        d1.header.number = "FA 2026.1".into();
        assert!(refused(d1).contains("number (BT-1)"));

        let mut d2 = exempt_draft();
        d2.exemptions.clear();
        assert!(refused(d2).contains("BR-E-10"));

        let mut d3 = draft_two_rates();
        d3.exemptions.push(Exemption {
            category: VatCategory::Standard,
            reason: Some("x".into()),
            code: None,
        });
        assert!(refused(d3).contains("BR-S-10"));

        let mut d4 = draft_two_rates();
        d4.lines[0].net = d("1.00");
        assert!(refused(d4).contains("line 1: net (BT-131)"));

        let mut d5 = draft_two_rates();
        d5.header.kind = DocumentType::CreditNote;
        assert!(refused(d5).contains("BR-FR-CO-05"));
        let mut d5 = draft_two_rates();
        d5.header.kind = DocumentType::CreditNote;
        d5.header.preceding_invoices.push(PrecedingInvoice {
            number: "FA-1".into(),
            issue_date: Some(date("2026-01-31")),
        });
        Document::build(d5).unwrap();

        let mut d6 = draft_two_rates();
        d6.header
            .notes
            .push(Note::new(NoteSubject::TaxDeclaration, "a"));
        d6.header
            .notes
            .push(Note::new(NoteSubject::TaxDeclaration, "b"));
        assert!(refused(d6).contains("BR-FR-06"));

        let mut d7 = draft_two_rates();
        d7.lines[0].vat = Vat::standard(d("0"));
        d7.lines[0].net = d7.lines[0].expected_net();
        assert!(refused(d7).contains("BR-S-05"));

        let mut d8 = draft_two_rates();
        d8.header.seller.vat_id = None;
        assert!(refused(d8).contains("BR-S-02"));

        let mut d9 = draft_two_rates();
        d9.header.buyer.address.country = String::new();
        assert!(refused(d9).contains("buyer country"));

        let mut d10 = draft_two_rates();
        d10.header.due_date = Some(date("2026-01-01"));
        assert!(refused(d10).contains("BR-FR-CO-07"));

        let mut d11 = draft_two_rates();
        d11.header.period = Some(ServicePeriod {
            start: date("2026-02-02"),
            end: date("2026-02-01"),
        });
        assert!(refused(d11).contains("BR-29"));

        let mut d12 = draft_two_rates();
        d12.allowances_charges.push(AllowanceCharge::discount(
            d("600"),
            Vat::standard(d("20")),
            "Remise",
        ));
        assert!(refused(d12).contains("VAT S 20 % is negative (-70.00)"));

        let mut d13 = draft_two_rates();
        d13.lines.clear();
        assert!(refused(d13).contains("BR-16"));

        let mut d14 = draft_two_rates();
        d14.lines[1].id = "1".into();
        assert!(refused(d14).contains("used twice"));

        let mut d15 = draft_two_rates();
        d15.header.payment_means[0].payee_account = None;
        assert!(refused(d15).contains("BR-61"));
    }
}
