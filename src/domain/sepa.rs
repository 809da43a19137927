//! SEPA direct debit: the identifiers a collection carries (IBAN, BIC, creditor
//! identifier, mandate reference), and which owed invoices a collection file takes and with
//! which sequence type. The pain.008 document itself is written by
//! `formats::sepa`.
//!
//! Everything here is pure: the store finds the owed invoices and the mandates' history,
//! this module decides, the caller writes the file and records it.

use std::ops::RangeInclusive;

use chrono::NaiveDate;

use crate::domain::messages::Catalogue;
use crate::domain::money::format_minor;
use crate::error::Error;

/// SEPA direct debits are in euros only.
pub const CURRENCY: &str = "EUR";

/// The largest amount one SEPA direct debit may carry, in cents (999 999 999.99).
pub const MAX_AMOUNT: i64 = 99_999_999_999;

/// IBAN lengths of the countries of the SEPA schemes (SWIFT IBAN registry). An IBAN of
/// another country is checked for its shape and check digits only.
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AL", 28),
    ("AT", 20),
    ("BE", 16),
    ("BG", 22),
    ("CH", 21),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("EE", 20),
    ("ES", 24),
    ("FI", 18),
    ("FR", 27),
    ("GB", 22),
    ("GI", 23),
    ("GR", 27),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IS", 26),
    ("IT", 27),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MT", 31),
    ("NL", 18),
    ("NO", 15),
    ("PL", 28),
    ("PT", 25),
    ("RO", 24),
    ("RS", 22),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("VA", 22),
];

/// Spaces people type to group the characters are not part of an identifier.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters counted as 10 (A) to
/// 35 (Z), computed digit by digit so that no length overflows.
fn mod97(text: &str) -> Option<u32> {
    let mut rest = 0u32;
    for c in text.chars() {
        let value = c.to_digit(36)?;
        rest = if value < 10 {
            (rest * 10 + value) % 97
        } else {
            (rest * 100 + value) % 97
        };
    }
    Some(rest)
}

/// The shape IBANs and creditor identifiers share: a length in `lengths`, two upper-case
/// letters (the country), two check digits, then letters and digits.
fn country_check_shaped(id: &str, lengths: RangeInclusive<usize>) -> bool {
    let bytes = id.as_bytes();
    lengths.contains(&bytes.len())
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..4].iter().all(u8::is_ascii_digit)
        && bytes[4..].iter().all(u8::is_ascii_alphanumeric)
}

/// An IBAN: spaces removed, upper case; two letters, two check digits, 11 to 30 letters or
/// digits (the country's length for SEPA countries), and the ISO 13616 check (mod 97 = 1).
pub fn normalize_iban(field: &str, text: &str) -> Result<String, Error> {
    let iban = compact(text);
    if !country_check_shaped(&iban, 15..=34) {
        return Err(Error::invalid(
            field,
            format!("{text:?} is not an IBAN (e.g. FR76 3000 6000 0112 3456 7890 189)"),
        ));
    }
    let country_length = IBAN_LENGTHS.iter().find(|(c, _)| iban.starts_with(c));
    if let Some((country, length)) = country_length.filter(|(_, l)| iban.len() != *l) {
        return Err(Error::invalid(
            field,
            format!(
                "{text:?} is not an IBAN: {country} IBANs have {length} characters, not {}",
                iban.len()
            ),
        ));
    }
    let rearranged = format!("{}{}", &iban[4..], &iban[..4]);
    if mod97(&rearranged) != Some(1) {
        return Err(Error::invalid(
            field,
            format!("{text:?} is not an IBAN: its check digits are wrong (a typing mistake?)"),
        ));
    }
    Ok(iban)
}

/// A BIC (ISO 9362): 8 or 11 characters, bank code, two-letter country, location, and an
/// optional branch, as the pain.008.001.08 schema's `BICFIDec2014Identifier` has it.
pub fn normalize_bic(field: &str, text: &str) -> Result<String, Error> {
    let bic = compact(text);
    let bytes = bic.as_bytes();
    let valid = matches!(bytes.len(), 8 | 11)
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes[4..6].iter().all(u8::is_ascii_uppercase);
    if valid {
        Ok(bic)
    } else {
        Err(Error::invalid(
            field,
            format!("{text:?} is not a BIC (8 or 11 letters and digits, e.g. BNPAFRPP)"),
        ))
    }
}

/// A SEPA creditor identifier: country, two check digits, a three-character business code
/// the creditor chooses (`ZZZ` by default), and the national identifier. The check digits
/// are ISO 7064 MOD 97-10 of the national identifier, the country and `00`; the business
/// code is left out of them, so it can change without a new identifier.
pub fn normalize_creditor_id(field: &str, text: &str) -> Result<String, Error> {
    let id = compact(text);
    if !country_check_shaped(&id, 8..=35) {
        return Err(Error::invalid(
            field,
            format!("{text:?} is not a SEPA creditor identifier (e.g. FR72ZZZ123456)"),
        ));
    }
    let check = mod97(&format!("{}{}00", &id[7..], &id[..2])).map(|rest| 98 - rest);
    if check != id[2..4].parse().ok() {
        return Err(Error::invalid(
            field,
            format!(
                "{text:?} is not a SEPA creditor identifier: its check digits are wrong (a typing mistake?)"
            ),
        ));
    }
    Ok(id)
}

/// Whether `text` is a SEPA reference (message, payment, end-to-end or mandate id): 1 to
/// 35 characters of the SEPA set without space (`A-Z a-z 0-9 / - ? : ( ) . , ' +`), not
/// starting or ending with `/` and without `//`, as the EPC guidelines require.
pub fn is_reference(text: &str) -> bool {
    (1..=35).contains(&text.len())
        && text.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'/' | b'-' | b'?' | b':' | b'(' | b')' | b'.' | b',' | b'\'' | b'+'
                )
        })
        && !text.starts_with('/')
        && !text.ends_with('/')
        && !text.contains("//")
}

/// A unique mandate reference, as the creditor gave it to the debtor.
pub fn check_mandate_id(field: &str, text: &str) -> Result<String, Error> {
    let id = text.trim();
    if is_reference(id) {
        Ok(id.to_string())
    } else {
        Err(Error::invalid(
            field,
            format!(
                "{text:?} is not a mandate reference (1 to 35 of A-Z a-z 0-9 / - ? : ( ) . , ' + \
                 without spaces, not starting or ending with '/')"
            ),
        ))
    }
}

/// The sequence type of a collection under its mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SequenceType {
    /// The first collection of a recurrent mandate.
    First,
    /// A later collection of a recurrent mandate.
    Recurring,
    /// The only collection of a one-off mandate.
    OneOff,
    /// The last collection of a recurrent mandate.
    Final,
}

impl SequenceType {
    pub const ALL: [SequenceType; 4] = [
        SequenceType::First,
        SequenceType::Recurring,
        SequenceType::OneOff,
        SequenceType::Final,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SequenceType::First => "FRST",
            SequenceType::Recurring => "RCUR",
            SequenceType::OneOff => "OOFF",
            SequenceType::Final => "FNAL",
        }
    }

    pub fn parse(field: &str, text: &str) -> Result<Self, Error> {
        let code = text.trim().to_ascii_uppercase();
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == code)
            .ok_or_else(|| {
                Error::invalid(field, format!("{text:?} is not FRST, RCUR, OOFF or FNAL"))
            })
    }

    /// After a one-off or final collection the mandate may not be used again.
    pub fn closes_mandate(self) -> bool {
        matches!(self, SequenceType::OneOff | SequenceType::Final)
    }
}

/// What a collection under a mandate already used tells the bank changed since the last
/// one: the original reference, and `SMNDA` when the debtor's account changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Amendment {
    pub original_mandate_id: Option<String>,
    pub account_changed: bool,
}

/// A debtor's mandate, complete: what a collection needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mandate {
    pub id: String,
    pub signed_on: NaiveDate,
    pub iban: String,
    pub bic: Option<String>,
}

/// The mandate fields a customer has, maybe incomplete.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MandateFields {
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub id: Option<String>,
    pub signed_on: Option<NaiveDate>,
}

impl MandateFields {
    /// The mandate, or the names of the flags still missing.
    pub fn complete(&self) -> Result<Mandate, Vec<&'static str>> {
        match (&self.iban, &self.id, self.signed_on) {
            (Some(iban), Some(id), Some(signed_on)) => Ok(Mandate {
                id: id.clone(),
                signed_on,
                iban: iban.clone(),
                bic: self.bic.clone(),
            }),
            _ => {
                let mut missing = Vec::new();
                if self.iban.is_none() {
                    missing.push("--iban");
                }
                if self.id.is_none() {
                    missing.push("--mandate-id");
                }
                if self.signed_on.is_none() {
                    missing.push("--mandate-signed-on");
                }
                Err(missing)
            }
        }
    }
}

/// What earlier exports did with a mandate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MandateHistory {
    /// Some collection was exported under this mandate.
    pub collected_before: bool,
    /// A one-off or final collection of another invoice ended the mandate: (message id,
    /// sequence type).
    pub closed_by: Option<(String, SequenceType)>,
}

/// An issued invoice a SEPA payer still owes, due on or before the collection date.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub invoice_id: i64,
    pub number: String,
    pub customer: String,
    pub debtor_name: String,
    pub mandate: MandateFields,
    pub history: MandateHistory,
    /// Cents still owed.
    pub outstanding: i64,
    pub currency: String,
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Some earlier export already holds this invoice.
    pub exported_before: bool,
    /// The rejected or returned debit this collection presents again (as RCUR).
    pub retry_of: Option<i64>,
    /// Why the invoice is left out of this file whatever else holds (a mandate the bank
    /// refused, a pre-notification too recent, a debit not to be re-presented).
    pub hold: Option<String>,
    /// What changed in the mandate since its last collection.
    pub amendment: Option<Amendment>,
}

/// One direct debit to put in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Collection {
    pub invoice_id: i64,
    /// The invoice number, which is also the end-to-end id the bank reports back.
    pub number: String,
    pub customer: String,
    pub debtor_name: String,
    pub mandate: Mandate,
    pub sequence: SequenceType,
    /// Cents.
    pub amount: i64,
    pub remittance: String,
    /// The rejected or returned debit this one presents again.
    pub retry_of: Option<i64>,
    /// The mandate's original reference or account, when they changed since it was last
    /// used (`AmdmntInd`).
    pub amendment: Option<Amendment>,
}

/// An owed invoice left out of the file, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub invoice: String,
    pub customer: String,
    pub reason: String,
}

/// What an export takes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub collections: Vec<Collection>,
    pub skipped: Vec<Skipped>,
    /// Invoices left out because an earlier export holds them (without `--again`).
    pub already_exported: usize,
}

/// Options of an export.
#[derive(Debug, Clone, Copy)]
pub struct PlanOptions {
    pub collection_date: NaiveDate,
    /// One sequence type for every collection instead of FRST/RCUR from the history.
    pub sequence: Option<SequenceType>,
    /// Export again invoices an earlier export holds.
    pub again: bool,
    /// The words of the remittance text, in the documents' language.
    pub messages: &'static Catalogue,
}

/// Decides which candidates are collected, with which sequence type, and why the others
/// are not. Without a forced sequence type, a mandate never collected before is FRST (every
/// invoice of it in this file: none has reached the bank yet) and RCUR afterwards.
pub fn plan(candidates: Vec<Candidate>, options: PlanOptions) -> Plan {
    let mut plan = Plan::default();
    for c in candidates {
        if let Some(reason) = c.hold {
            plan.skipped.push(Skipped {
                invoice: c.number,
                customer: c.customer,
                reason,
            });
            continue;
        }
        if c.exported_before && !options.again {
            plan.already_exported += 1;
            continue;
        }
        match decide(&c, options) {
            Ok((mandate, sequence)) => plan.collections.push(Collection {
                remittance: options.messages.remittance_text(&c.number, c.period),
                invoice_id: c.invoice_id,
                number: c.number,
                customer: c.customer,
                debtor_name: c.debtor_name,
                mandate,
                sequence,
                amount: c.outstanding,
                retry_of: c.retry_of,
                amendment: c.amendment,
            }),
            Err(reason) => plan.skipped.push(Skipped {
                invoice: c.number,
                customer: c.customer,
                reason,
            }),
        }
    }
    plan
}

fn decide(c: &Candidate, options: PlanOptions) -> Result<(Mandate, SequenceType), String> {
    let mandate = c.mandate.complete().map_err(|missing| {
        format!(
            "no complete mandate; set {} with `subs customer edit {}`",
            missing.join(", "),
            c.customer
        )
    })?;
    if mandate.signed_on > options.collection_date {
        return Err(format!(
            "mandate {} is signed on {}, after the collection date {}",
            mandate.id, mandate.signed_on, options.collection_date
        ));
    }
    if c.currency != CURRENCY {
        return Err(format!(
            "the invoice is in {}; SEPA direct debits are in {CURRENCY}",
            c.currency
        ));
    }
    if c.outstanding <= 0 || c.outstanding > MAX_AMOUNT {
        return Err(format!(
            "{} is not an amount a SEPA direct debit can carry (0.01 to 999999999.99)",
            format_minor(c.outstanding, 2)
        ));
    }
    if !is_reference(&c.number) {
        return Err(
            "the invoice number cannot be a SEPA end-to-end id (1 to 35 of A-Z a-z 0-9 / - ? : ( ) . , ' +)"
                .to_string(),
        );
    }
    if let Some((msg_id, sequence)) = &c.history.closed_by {
        return Err(format!(
            "mandate {} ended with its {} collection in {msg_id}; record a new one with `subs customer edit {} --mandate-id … --mandate-signed-on …`",
            mandate.id,
            sequence.as_str(),
            c.customer
        ));
    }
    // A re-presentation and a collection under an amended mandate stay RCUR (EPC
    // rulebook since 2016).
    let known = c.history.collected_before || c.retry_of.is_some() || c.amendment.is_some();
    let sequence = options.sequence.unwrap_or(if known {
        SequenceType::Recurring
    } else {
        SequenceType::First
    });
    Ok((mandate, sequence))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn published_example_ibans_are_accepted_and_normalized() {
        for (typed, stored) in [
            (
                "FR76 3000 6000 0112 3456 7890 189",
                "FR7630006000011234567890189",
            ),
            ("FR7630006000011234567890189", "FR7630006000011234567890189"),
            ("DE89370400440532013000", "DE89370400440532013000"),
            ("de89 3704 0044 0532 0130 00", "DE89370400440532013000"),
            ("GB82WEST12345698765432", "GB82WEST12345698765432"),
            ("NL91ABNA0417164300", "NL91ABNA0417164300"),
            ("BE68539007547034", "BE68539007547034"),
        ] {
            assert_eq!(normalize_iban("--iban", typed).unwrap(), stored, "{typed}");
        }
    }

    #[test]
    fn ibans_with_a_typo_a_wrong_length_or_a_bad_shape_are_refused() {
        for bad in [
            "FR7630006000011234567890188",   // last digit changed
            "FR7630006000011234567809189",   // two digits swapped
            "DE89370400440532013001",        // last digit changed
            "DE8937040044053201300",         // one short for Germany
            "FR763000600001123456789018",    // one short for France
            "7630006000011234567890189",     // no country
            "FRAB30006000011234567890189",   // letters as check digits
            "FR76-3000-6000-0112-3456-7890", // punctuation
            "",
            "FR76",
        ] {
            let err = normalize_iban("--iban", bad).unwrap_err();
            assert!(err.to_string().starts_with("--iban: "), "{bad}: {err}");
        }
    }

    #[test]
    fn bics_have_8_or_11_characters_with_a_country_in_the_middle() {
        assert_eq!(normalize_bic("--bic", "bnpa fr pp").unwrap(), "BNPAFRPP");
        assert_eq!(
            normalize_bic("--bic", "COBADEFFXXX").unwrap(),
            "COBADEFFXXX"
        );
        for bad in [
            "BNPAFR",
            "BNPAFRPPX",
            "BNPA12PP",
            "BNPAFRPP-XX",
            "BNPAFRPPXXXX",
            "",
        ] {
            assert!(normalize_bic("--bic", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn creditor_identifiers_carry_mod_97_check_digits_over_the_national_id() {
        for (typed, stored) in [
            ("FR72ZZZ123456", "FR72ZZZ123456"),
            ("fr72 zzz 123456", "FR72ZZZ123456"),
            ("DE98ZZZ09999999999", "DE98ZZZ09999999999"),
            ("BE69ZZZ050D000000008", "BE69ZZZ050D000000008"),
            // The business code is not part of the check: it may change freely.
            ("FR72ABC123456", "FR72ABC123456"),
        ] {
            assert_eq!(
                normalize_creditor_id("sepa.creditor_id", typed).unwrap(),
                stored
            );
        }
        for bad in [
            "FR73ZZZ123456",      // check digits off by one
            "FR72ZZZ123457",      // national id changed
            "DE98ZZZ09999999990", // national id changed
            "FRXXZZZ123456",      // no check digits
            "72ZZZ123456",        // no country
            "FR72ZZZ",            // no national id
            "FR72ZZZ12345/6",     // punctuation
        ] {
            assert!(
                normalize_creditor_id("sepa.creditor_id", bad).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn mandate_references_use_the_sepa_set_without_spaces() {
        for good in [
            "MANDATE-1",
            "RUM/2026/0001",
            "a.b:c?d(e)f,g'h+i",
            &"M".repeat(35),
        ] {
            assert_eq!(check_mandate_id("--mandate-id", good).unwrap(), good);
        }
        for bad in [
            "",
            "MANDAT 1",
            "MANDAT_1",
            "/M1",
            "M1/",
            "M//1",
            "MANDAT-É",
            "M&1",
            &"M".repeat(36),
        ] {
            assert!(check_mandate_id("--mandate-id", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sequence_types_parse_in_any_case() {
        assert_eq!(
            SequenceType::parse("--sequence", "frst").unwrap(),
            SequenceType::First
        );
        assert_eq!(
            SequenceType::parse("--sequence", "FNAL").unwrap(),
            SequenceType::Final
        );
        assert!(SequenceType::parse("--sequence", "RPRE").is_err());
        assert!(SequenceType::Final.closes_mandate() && SequenceType::OneOff.closes_mandate());
        assert!(!SequenceType::Recurring.closes_mandate());
    }

    fn mandate_fields() -> MandateFields {
        MandateFields {
            iban: Some("DE89370400440532013000".into()),
            bic: None,
            id: Some("M-1".into()),
            signed_on: Some(date("2025-12-01")),
        }
    }

    fn candidate(number: &str, customer: &str) -> Candidate {
        Candidate {
            invoice_id: 1,
            number: number.into(),
            customer: customer.into(),
            debtor_name: "Client".into(),
            mandate: mandate_fields(),
            history: MandateHistory::default(),
            outstanding: 37200,
            currency: "EUR".into(),
            period: Some((date("2026-01-01"), date("2026-01-31"))),
            exported_before: false,
            retry_of: None,
            hold: None,
            amendment: None,
        }
    }

    fn options() -> PlanOptions {
        PlanOptions {
            collection_date: date("2026-01-15"),
            sequence: None,
            again: false,
            messages: &crate::domain::messages::FR,
        }
    }

    #[test]
    fn a_new_mandate_is_first_and_a_collected_one_recurring() {
        let mut known = candidate("INV-2", "C2");
        known.history.collected_before = true;
        let plan = plan(vec![candidate("INV-1", "C1"), known], options());
        let sequences: Vec<_> = plan.collections.iter().map(|c| c.sequence).collect();
        assert_eq!(sequences, [SequenceType::First, SequenceType::Recurring]);
        assert_eq!(
            plan.collections[0].remittance,
            "Facture INV-1 du 01/01/2026 au 31/01/2026"
        );
        assert!(plan.skipped.is_empty());
    }

    #[test]
    fn a_forced_sequence_type_applies_to_every_collection() {
        let plan = plan(
            vec![candidate("INV-1", "C1")],
            PlanOptions {
                sequence: Some(SequenceType::OneOff),
                ..options()
            },
        );
        assert_eq!(plan.collections[0].sequence, SequenceType::OneOff);
    }

    #[test]
    fn invoices_already_exported_are_counted_not_collected_unless_again() {
        let mut exported = candidate("INV-1", "C1");
        exported.exported_before = true;
        let once = plan(vec![exported.clone()], options());
        assert!(once.collections.is_empty() && once.skipped.is_empty());
        assert_eq!(once.already_exported, 1);
        let again = plan(
            vec![exported],
            PlanOptions {
                again: true,
                ..options()
            },
        );
        assert_eq!(again.collections.len(), 1);
    }

    #[test]
    fn what_cannot_be_collected_is_skipped_with_its_reason() {
        let mut incomplete = candidate("INV-1", "C1");
        incomplete.mandate.iban = None;
        incomplete.mandate.signed_on = None;
        let mut late = candidate("INV-2", "C2");
        late.mandate.signed_on = Some(date("2026-02-01"));
        let mut dollars = candidate("INV-3", "C3");
        dollars.currency = "USD".into();
        let mut odd_number = candidate("Facture n° 4", "C4");
        odd_number.number = "Facture n° 4".into();
        let mut closed = candidate("INV-5", "C5");
        closed.history = MandateHistory {
            collected_before: true,
            closed_by: Some(("SEPA-20251201-0001".into(), SequenceType::Final)),
        };
        let plan = plan(
            vec![incomplete, late, dollars, odd_number, closed],
            options(),
        );
        assert!(plan.collections.is_empty());
        let reasons: Vec<_> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(
            reasons[0],
            "no complete mandate; set --iban, --mandate-signed-on with `subs customer edit C1`"
        );
        assert!(
            reasons[1].contains("after the collection date"),
            "{}",
            reasons[1]
        );
        assert!(reasons[2].contains("USD"), "{}", reasons[2]);
        assert!(reasons[3].contains("end-to-end id"), "{}", reasons[3]);
        assert!(
            reasons[4].contains("ended with its FNAL collection in SEPA-20251201-0001"),
            "{}",
            reasons[4]
        );
    }
}
