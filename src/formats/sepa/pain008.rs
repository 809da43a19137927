//! The ISO 20022 pain.008.001.08 document: a SEPA direct-debit collection file, written
//! into memory from the collections [`crate::domain::sepa::plan`] decided. A collection
//! under a mandate amended since its last use carries `AmdmntInd` and the original
//! reference (`OrgnlMndtId`) or `SMNDA` as the original account (`OrgnlDbtrAcct`).

use std::io;

use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::domain::money::format_minor;
use crate::domain::sepa::{CURRENCY, Collection, SequenceType};
use crate::error::Error;

/// The namespace of the message this module writes.
pub const PAIN_008_001_08: &str = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

/// Longest name the SEPA rulebook lets a party have (the XML type allows 140).
const MAX_NAME: usize = 70;

/// Longest unstructured remittance information.
const MAX_REMITTANCE: usize = 140;

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
                text(w, "DtOfSgntr", &c.mandate.signed_on.to_string())?;
                if let Some(amendment) = &c.amendment {
                    text(w, "AmdmntInd", "true")?;
                    nest(w, "AmdmntInfDtls", |w| {
                        if let Some(original) = &amendment.original_mandate_id {
                            text(w, "OrgnlMndtId", original)?;
                        }
                        if amendment.account_changed {
                            // "Same mandate, new debtor account" (EPC SDD rulebook).
                            nest(w, "OrgnlDbtrAcct", |w| {
                                nest(w, "Id", |w| nest(w, "Othr", |w| text(w, "Id", "SMNDA")))
                            })?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
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
    use crate::domain::sepa::{Candidate, MandateFields, MandateHistory, PlanOptions, plan};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
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
