//! SEPA direct debit: the identifiers a collection carries (IBAN, BIC, creditor
//! identifier, mandate reference), which owed invoices a collection file takes and with
//! which sequence type, and the ISO 20022 pain.008.001.08 document itself.
//!
//! Everything here is pure: the store finds the owed invoices and the mandates' history,
//! this module decides and writes the XML into memory, the caller records and saves it.

use std::io;
use std::ops::RangeInclusive;

use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::domain::money::format_minor;
use crate::error::Error;

/// The namespace of the message this module writes.
pub const PAIN_008_001_08: &str = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

/// SEPA direct debits are in euros only.
pub const CURRENCY: &str = "EUR";

/// The largest amount one SEPA direct debit may carry, in cents (999 999 999.99).
pub const MAX_AMOUNT: i64 = 99_999_999_999;

/// Longest name the SEPA rulebook lets a party have (the XML type allows 140).
const MAX_NAME: usize = 70;

/// Longest unstructured remittance information.
const MAX_REMITTANCE: usize = 140;

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
}

/// Decides which candidates are collected, with which sequence type, and why the others
/// are not. Without a forced sequence type, a mandate never collected before is FRST (every
/// invoice of it in this file: none has reached the bank yet) and RCUR afterwards.
pub fn plan(candidates: Vec<Candidate>, options: PlanOptions) -> Plan {
    let mut plan = Plan::default();
    for c in candidates {
        if c.exported_before && !options.again {
            plan.already_exported += 1;
            continue;
        }
        match decide(&c, options) {
            Ok((mandate, sequence)) => plan.collections.push(Collection {
                remittance: remittance(&c.number, c.period),
                invoice_id: c.invoice_id,
                number: c.number,
                customer: c.customer,
                debtor_name: c.debtor_name,
                mandate,
                sequence,
                amount: c.outstanding,
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
    let sequence = options.sequence.unwrap_or(if c.history.collected_before {
        SequenceType::Recurring
    } else {
        SequenceType::First
    });
    Ok((mandate, sequence))
}

/// What the debtor reads on their statement: the invoice number and the service period,
/// in the documents' language.
fn remittance(number: &str, period: Option<(NaiveDate, NaiveDate)>) -> String {
    crate::domain::messages::documents().remittance_text(number, period)
}

/// The creditor: the company and its SEPA settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Creditor {
    pub name: String,
    pub iban: String,
    pub bic: Option<String>,
    pub id: String,
}

/// A collection file: one message of direct debits, all to be collected on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub msg_id: String,
    /// The moment the file is made, RFC 3339.
    pub created_at: String,
    pub creditor: Creditor,
    pub collection_date: NaiveDate,
    pub collections: Vec<Collection>,
}

impl Message {
    /// Cents of all the collections.
    pub fn control_sum(&self) -> i64 {
        self.collections.iter().map(|c| c.amount).sum()
    }

    /// The collections of each sequence type present, in FRST, RCUR, OOFF, FNAL order: one
    /// payment information block each, as a bank processes each type on its own.
    pub fn batches(&self) -> Vec<(SequenceType, Vec<&Collection>)> {
        SequenceType::ALL
            .into_iter()
            .map(|s| {
                (
                    s,
                    self.collections
                        .iter()
                        .filter(|c| c.sequence == s)
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, batch)| !batch.is_empty())
            .collect()
    }
}

/// A name as the rulebook takes it: one line, at most 70 characters.
fn party_name(name: &str) -> String {
    one_line(name, MAX_NAME)
}

/// Control characters and line breaks become spaces, runs of spaces one space, and the
/// text is cut at `max` characters.
fn one_line(text: &str, max: usize) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
}

/// The message as a pain.008.001.08 document, UTF-8. Every value goes through the XML
/// writer's escaping.
pub fn pain_008(message: &Message) -> Result<Vec<u8>, Error> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_document(&mut w, message).map_err(Error::Write)?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

type Xml = Writer<Vec<u8>>;

fn text(w: &mut Xml, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn nest(w: &mut Xml, name: &str, inner: impl FnOnce(&mut Xml) -> io::Result<()>) -> io::Result<()> {
    w.create_element(name).write_inner_content(inner)?;
    Ok(())
}

fn amount(cents: i64) -> String {
    format_minor(cents, 2)
}

/// `<FinInstnId>` of an agent: its BIC, or `NOTPROVIDED` (IBAN-only collections).
fn agent(w: &mut Xml, name: &str, bic: Option<&str>) -> io::Result<()> {
    nest(w, name, |w| {
        nest(w, "FinInstnId", |w| match bic {
            Some(bic) => text(w, "BICFI", bic),
            None => nest(w, "Othr", |w| text(w, "Id", "NOTPROVIDED")),
        })
    })
}

fn account(w: &mut Xml, name: &str, iban: &str) -> io::Result<()> {
    nest(w, name, |w| nest(w, "Id", |w| text(w, "IBAN", iban)))
}

fn write_document(w: &mut Xml, m: &Message) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("Document")
        .with_attribute(("xmlns", PAIN_008_001_08))
        .write_inner_content(|w| {
            nest(w, "CstmrDrctDbtInitn", |w| {
                nest(w, "GrpHdr", |w| {
                    text(w, "MsgId", &m.msg_id)?;
                    text(w, "CreDtTm", &m.created_at)?;
                    text(w, "NbOfTxs", &m.collections.len().to_string())?;
                    text(w, "CtrlSum", &amount(m.control_sum()))?;
                    nest(w, "InitgPty", |w| {
                        text(w, "Nm", &party_name(&m.creditor.name))
                    })
                })?;
                for (sequence, batch) in m.batches() {
                    payment_information(w, m, sequence, &batch)?;
                }
                Ok(())
            })
        })?;
    Ok(())
}

fn payment_information(
    w: &mut Xml,
    m: &Message,
    sequence: SequenceType,
    batch: &[&Collection],
) -> io::Result<()> {
    nest(w, "PmtInf", |w| {
        text(
            w,
            "PmtInfId",
            &format!("{}-{}", m.msg_id, sequence.as_str()),
        )?;
        text(w, "PmtMtd", "DD")?;
        text(w, "NbOfTxs", &batch.len().to_string())?;
        text(w, "CtrlSum", &amount(batch.iter().map(|c| c.amount).sum()))?;
        nest(w, "PmtTpInf", |w| {
            nest(w, "SvcLvl", |w| text(w, "Cd", "SEPA"))?;
            nest(w, "LclInstrm", |w| text(w, "Cd", "CORE"))?;
            text(w, "SeqTp", sequence.as_str())
        })?;
        text(w, "ReqdColltnDt", &m.collection_date.to_string())?;
        nest(w, "Cdtr", |w| text(w, "Nm", &party_name(&m.creditor.name)))?;
        account(w, "CdtrAcct", &m.creditor.iban)?;
        agent(w, "CdtrAgt", m.creditor.bic.as_deref())?;
        text(w, "ChrgBr", "SLEV")?;
        nest(w, "CdtrSchmeId", |w| {
            nest(w, "Id", |w| {
                nest(w, "PrvtId", |w| {
                    nest(w, "Othr", |w| {
                        text(w, "Id", &m.creditor.id)?;
                        nest(w, "SchmeNm", |w| text(w, "Prtry", "SEPA"))
                    })
                })
            })
        })?;
        for c in batch {
            transaction(w, c)?;
        }
        Ok(())
    })
}

fn transaction(w: &mut Xml, c: &Collection) -> io::Result<()> {
    nest(w, "DrctDbtTxInf", |w| {
        nest(w, "PmtId", |w| text(w, "EndToEndId", &c.number))?;
        w.create_element("InstdAmt")
            .with_attribute(("Ccy", CURRENCY))
            .write_text_content(BytesText::new(&amount(c.amount)))?;
        nest(w, "DrctDbtTx", |w| {
            nest(w, "MndtRltdInf", |w| {
                text(w, "MndtId", &c.mandate.id)?;
                text(w, "DtOfSgntr", &c.mandate.signed_on.to_string())
            })
        })?;
        agent(w, "DbtrAgt", c.mandate.bic.as_deref())?;
        nest(w, "Dbtr", |w| text(w, "Nm", &party_name(&c.debtor_name)))?;
        account(w, "DbtrAcct", &c.mandate.iban)?;
        nest(w, "RmtInf", |w| {
            text(w, "Ustrd", &one_line(&c.remittance, MAX_REMITTANCE))
        })
    })
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
        }
    }

    fn options() -> PlanOptions {
        PlanOptions {
            collection_date: date("2026-01-15"),
            sequence: None,
            again: false,
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

    fn message(names: [&str; 2]) -> Message {
        let mut first = plan(vec![candidate("INV-1", "C1")], options()).collections;
        let mut second = candidate("INV-2", "C2");
        second.history.collected_before = true;
        second.outstanding = 2110;
        second.mandate.bic = Some("DEUTDEFFXXX".into());
        first.extend(plan(vec![second], options()).collections);
        first[0].debtor_name = names[0].into();
        first[1].debtor_name = names[1].into();
        Message {
            msg_id: "SEPA-20260115-0001".into(),
            created_at: "2026-01-15T10:00:00+01:00".into(),
            creditor: Creditor {
                name: "Coworking & Co".into(),
                iban: "FR7630006000011234567890189".into(),
                bic: None,
                id: "FR72ZZZ123456".into(),
            },
            collection_date: date("2026-01-15"),
            collections: first,
        }
    }

    #[test]
    fn the_document_has_one_payment_block_per_sequence_type_and_exact_sums() {
        let xml =
            String::from_utf8(pain_008(&message(["Client One", "Client Two"])).unwrap()).unwrap();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        assert!(
            xml.contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.08\">")
        );
        assert_eq!(xml.matches("<PmtInf>").count(), 2);
        assert!(xml.contains("<NbOfTxs>2</NbOfTxs>\n      <CtrlSum>393.10</CtrlSum>"));
        assert!(xml.contains("<PmtInfId>SEPA-20260115-0001-FRST</PmtInfId>"));
        assert!(xml.contains("<SeqTp>RCUR</SeqTp>"));
        assert!(xml.contains("<InstdAmt Ccy=\"EUR\">372.00</InstdAmt>"));
        assert!(xml.contains("<InstdAmt Ccy=\"EUR\">21.10</InstdAmt>"));
        assert!(xml.contains("<EndToEndId>INV-1</EndToEndId>"));
        assert!(xml.contains("<MndtId>M-1</MndtId>"));
        assert!(xml.contains("<DtOfSgntr>2025-12-01</DtOfSgntr>"));
        assert!(xml.contains("<BICFI>DEUTDEFFXXX</BICFI>"));
        assert!(xml.contains("<Othr>\n              <Id>NOTPROVIDED</Id>"));
        assert!(xml.contains("<Ustrd>Facture INV-1 du 01/01/2026 au 31/01/2026</Ustrd>"));
        assert!(xml.contains("<Id>FR72ZZZ123456</Id>"));
        assert!(xml.ends_with("</Document>\n"));
    }

    #[test]
    fn names_are_escaped_and_kept_to_one_line_of_70_characters() {
        let long = "L".repeat(100);
        let xml = String::from_utf8(
            pain_008(&message([
                "Dupont & Fils <SARL>",
                &format!("Two\nLines {long}"),
            ]))
            .unwrap(),
        )
        .unwrap();
        assert!(
            xml.contains("<Nm>Dupont &amp; Fils &lt;SARL&gt;</Nm>"),
            "{xml}"
        );
        assert!(xml.contains("<Nm>Coworking &amp; Co</Nm>"));
        assert!(!xml.contains("Dupont & Fils"));
        let two = format!("<Nm>Two Lines {}</Nm>", "L".repeat(60));
        assert!(xml.contains(&two), "{xml}");
    }
}
