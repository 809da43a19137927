//! Reading what the bank says about SEPA direct debits after their file: rejects in a
//! payment status report (pain.002.001.03 and .10) and returns in a debit notification
//! (camt.054.001.02 and .08) or a statement (camt.053.001.02 and .08), into
//! [`Reported`] values.
//!
//! - pain.002: a group status `RJCT` rejects every debit of the original file (unless the
//!   report details each one), a payment block status `RJCT` every debit of that block, a
//!   transaction status `RJCT` one debit (`OrgnlEndToEndId`, `OrgnlTxRef/Amt/InstdAmt`).
//!   The reason is `StsRsnInf/Rsn/Cd` (or `Prtry`). Accepted and pending statuses say
//!   nothing to act on.
//! - camt.054/053: a booked debit entry whose transaction details carry `RtrInf` is a
//!   return: `Refs/EndToEndId`, `Refs/MsgId`, the transaction's amount, `RtrInf/Rsn/Cd`.
//!   Every other entry (money in, card fees, …) is not this reader's business.
//!
//! The file is checked for what is read: the namespace, the group header's `MsgId` and
//! `CreDtTm`, well-formed dates, codes and amounts; the tests validate every fixture
//! against the official XSD with xmllint.

use chrono::NaiveDate;

use super::tree::{self, Element};
use crate::domain::sepa::CURRENCY;
use crate::domain::sepa_follow_up::{Outcome, Reported, Scope, is_reason_code};
use crate::domain::values::utf8_text;
use crate::error::Error;

/// The messages read, by namespace suffix.
pub const READ: [&str; 6] = [
    "pain.002.001.03",
    "pain.002.001.10",
    "camt.054.001.02",
    "camt.054.001.08",
    "camt.053.001.02",
    "camt.053.001.08",
];

const NAMESPACE_PREFIX: &str = "urn:iso:std:iso:20022:tech:xsd:";

/// A bank file read: which message it is, its id, and the rejects and returns it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusFile {
    /// `pain.002.001.10`, …
    pub message: String,
    pub msg_id: String,
    pub reports: Vec<Reported>,
}

/// Reads a status report or a notification; `source` names the file in errors.
pub fn read_status_file(source: &str, bytes: &[u8]) -> Result<StatusFile, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'<') {
        return Err(Error::invalid(
            source,
            "is not XML; `sepa import` reads pain.002, camt.054 and camt.053 files",
        ));
    }
    let text = utf8_text(source, bytes, "; bank XML files are UTF-8")?;
    let doc = tree::parse(source, text)?;
    let message = doc
        .namespace
        .strip_prefix(NAMESPACE_PREFIX)
        .filter(|m| READ.contains(m))
        .ok_or_else(|| {
            let found = if doc.namespace.is_empty() {
                format!("<{}> without a namespace", doc.root.name)
            } else {
                format!("namespace {}", doc.namespace)
            };
            Error::invalid(
                source,
                format!(
                    "{found} is not a status report `sepa import` reads ({})",
                    READ.join(", ")
                ),
            )
        })?
        .to_string();
    if doc.root.name != "Document" {
        return Err(Error::invalid(
            source,
            format!("the root element is <{}>, not <Document>", doc.root.name),
        ));
    }
    let r = Reader { source };
    let (body, reports) = if message.starts_with("pain.002") {
        let body = r.required(&doc.root, "CstmrPmtStsRpt")?;
        (body, r.pain_002(body)?)
    } else if message.starts_with("camt.054") {
        let body = r.required(&doc.root, "BkToCstmrDbtCdtNtfctn")?;
        (body, r.returns(body, "Ntfctn")?)
    } else {
        let body = r.required(&doc.root, "BkToCstmrStmt")?;
        (body, r.returns(body, "Stmt")?)
    };
    let msg_id = r.text(body, "GrpHdr/MsgId", "GrpHdr")?.to_string();
    Ok(StatusFile {
        message,
        msg_id,
        reports,
    })
}

struct Reader<'s> {
    source: &'s str,
}

impl Reader<'_> {
    fn error(&self, place: &str, reason: impl Into<String>) -> Error {
        Error::invalid(format!("{}: {place}", self.source), reason)
    }

    fn required<'e>(&self, e: &'e Element, name: &str) -> Result<&'e Element, Error> {
        e.child(name).ok_or_else(|| {
            self.error(
                &e.name,
                format!("<{name}> is missing; the schema requires it"),
            )
        })
    }

    fn text<'e>(&self, e: &'e Element, path: &str, place: &str) -> Result<&'e str, Error> {
        e.text_at(path)
            .ok_or_else(|| self.error(place, format!("{path} is missing; the schema requires it")))
    }

    /// The day of an ISO date or date-time (`2026-03-09`, `2026-03-09T07:15:00`).
    fn date(&self, text: &str, place: &str, what: &str) -> Result<NaiveDate, Error> {
        text.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(|| self.error(place, format!("{what} {text:?} is not a date")))
    }

    /// Cents of an ISO 20022 amount in euros.
    fn amount(&self, e: &Element, place: &str) -> Result<i64, Error> {
        let currency = e.attribute("Ccy").unwrap_or(CURRENCY);
        if currency != CURRENCY {
            return Err(self.error(
                place,
                format!("an amount in {currency}; SEPA direct debits are in {CURRENCY}"),
            ));
        }
        cents(&e.text).ok_or_else(|| {
            self.error(
                place,
                format!("{:?} is not an amount (e.g. 390.00)", e.text),
            )
        })
    }

    /// `StsRsnInf/Rsn` or `RtrInf/Rsn`: the code, or the bank's own, or `NARR`.
    fn reason(&self, info: Option<&Element>, place: &str) -> Result<String, Error> {
        let code = info.and_then(|i| i.text_at("Rsn/Cd").or_else(|| i.text_at("Rsn/Prtry")));
        match code {
            None => Ok("NARR".into()),
            Some(code) if is_reason_code(code) => Ok(code.to_ascii_uppercase()),
            Some(code) => Err(self.error(
                place,
                format!("reason {code:?} is not a reason code (four letters or digits, e.g. AM04)"),
            )),
        }
    }

    fn pain_002(&self, body: &Element) -> Result<Vec<Reported>, Error> {
        let header = self.required(body, "GrpHdr")?;
        let reported_on =
            self.date(self.text(header, "CreDtTm", "GrpHdr")?, "GrpHdr", "CreDtTm")?;
        let group = self.required(body, "OrgnlGrpInfAndSts")?;
        let msg_id = self.text(group, "OrgnlMsgId", "OrgnlGrpInfAndSts")?;
        let mut reports = Vec::new();
        let mut tx_index = 0;
        for (b, batch) in body.all("OrgnlPmtInfAndSts").enumerate() {
            let place = format!("OrgnlPmtInfAndSts[{}]", b + 1);
            let batch_id = self.text(batch, "OrgnlPmtInfId", &place)?;
            let before = reports.len();
            for tx in batch.all("TxInfAndSts") {
                tx_index += 1;
                let place = format!("TxInfAndSts[{tx_index}]");
                if tx.text_at("TxSts") != Some("RJCT") {
                    continue;
                }
                let end_to_end_id = tx
                    .text_at("OrgnlEndToEndId")
                    .filter(|id| *id != "NOTPROVIDED")
                    .map(str::to_string);
                let amount = tx
                    .at("OrgnlTxRef/Amt/InstdAmt")
                    .map(|a| self.amount(a, &place))
                    .transpose()?;
                let key = end_to_end_id
                    .clone()
                    .or_else(|| tx.text_at("StsId").map(str::to_string))
                    .unwrap_or_else(|| place.clone());
                reports.push(Reported {
                    reference: format!("pain.002:{msg_id}:{key}"),
                    outcome: Outcome::Rejected,
                    scope: Scope::Debit {
                        end_to_end_id,
                        msg_id: Some(msg_id.to_string()),
                        amount,
                    },
                    reason: self.reason(tx.child("StsRsnInf"), &place)?,
                    reported_on,
                    place,
                });
            }
            if reports.len() == before && batch.text_at("PmtInfSts") == Some("RJCT") {
                reports.push(Reported {
                    reference: format!("pain.002:{msg_id}:{batch_id}"),
                    outcome: Outcome::Rejected,
                    scope: Scope::Batch {
                        msg_id: msg_id.to_string(),
                        batch_id: batch_id.to_string(),
                    },
                    reason: self.reason(batch.child("StsRsnInf"), &place)?,
                    reported_on,
                    place,
                });
            }
        }
        if reports.is_empty() && group.text_at("GrpSts") == Some("RJCT") {
            reports.push(Reported {
                place: "OrgnlGrpInfAndSts".into(),
                reference: format!("pain.002:{msg_id}"),
                outcome: Outcome::Rejected,
                scope: Scope::File {
                    msg_id: msg_id.to_string(),
                },
                reason: self.reason(group.child("StsRsnInf"), "OrgnlGrpInfAndSts")?,
                reported_on,
            });
        }
        Ok(reports)
    }

    /// Returns in the entries of every `Ntfctn` (camt.054) or `Stmt` (camt.053).
    fn returns(&self, body: &Element, report: &str) -> Result<Vec<Reported>, Error> {
        let header = self.required(body, "GrpHdr")?;
        let file_msg_id = self.text(header, "MsgId", "GrpHdr")?;
        let created = self.date(self.text(header, "CreDtTm", "GrpHdr")?, "GrpHdr", "CreDtTm")?;
        let mut reports = Vec::new();
        let mut entry_index = 0;
        for part in body.all(report) {
            for entry in part.all("Ntry") {
                entry_index += 1;
                let place = format!("Ntry[{entry_index}]");
                let status = entry.text_at("Sts").or_else(|| entry.text_at("Sts/Cd"));
                if status != Some("BOOK") || entry.text_at("CdtDbtInd") != Some("DBIT") {
                    continue;
                }
                let booked = entry
                    .text_at("BookgDt/Dt")
                    .or_else(|| entry.text_at("BookgDt/DtTm"))
                    .or_else(|| entry.text_at("ValDt/Dt"))
                    .map(|d| self.date(d, &place, "BookgDt"))
                    .transpose()?
                    .unwrap_or(created);
                let details: Vec<&Element> = entry
                    .all("NtryDtls")
                    .flat_map(|d| d.all("TxDtls"))
                    .collect();
                for (t, tx) in details.iter().enumerate() {
                    let Some(info) = tx.child("RtrInf") else {
                        continue;
                    };
                    let place = format!("{place}/TxDtls[{}]", t + 1);
                    let amount_element = tx
                        .at("AmtDtls/TxAmt/Amt")
                        .or_else(|| tx.child("Amt"))
                        .or_else(|| (details.len() == 1).then(|| entry.child("Amt")).flatten());
                    let amount = amount_element.map(|a| self.amount(a, &place)).transpose()?;
                    let end_to_end_id = tx
                        .text_at("Refs/EndToEndId")
                        .filter(|id| *id != "NOTPROVIDED")
                        .map(str::to_string);
                    let bank_ref = tx
                        .text_at("Refs/AcctSvcrRef")
                        .or_else(|| entry.text_at("AcctSvcrRef"))
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("{file_msg_id}/{place}"));
                    let key = end_to_end_id.as_deref().unwrap_or("-");
                    reports.push(Reported {
                        reference: format!("return:{bank_ref}:{key}"),
                        outcome: Outcome::Returned,
                        scope: Scope::Debit {
                            end_to_end_id,
                            msg_id: tx.text_at("Refs/MsgId").map(str::to_string),
                            amount,
                        },
                        reason: self.reason(Some(info), &place)?,
                        reported_on: booked,
                        place,
                    });
                }
            }
        }
        Ok(reports)
    }
}

/// Cents of `390.00`: digits, at most two decimals, at most 999 999 999.99.
fn cents(text: &str) -> Option<i64> {
    let (units, decimals) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if units.is_empty()
        || units.len() > 9
        || decimals.len() > 2
        || !digits(units)
        || !digits(decimals)
    {
        return None;
    }
    let units: i64 = units.parse().ok()?;
    let decimals: i64 = format!("{decimals:0<2}").parse().ok()?;
    Some(units * 100 + decimals)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAIN_002_10: &str =
        include_str!("../../../tests/fixtures/sepa/pain.002.001.10.sample.xml");
    const PAIN_002_03: &str =
        include_str!("../../../tests/fixtures/sepa/pain.002.001.03.sample.xml");
    const CAMT_054_02: &str =
        include_str!("../../../tests/fixtures/sepa/camt.054.001.02.sample.xml");
    const CAMT_054_08: &str =
        include_str!("../../../tests/fixtures/sepa/camt.054.001.08.sample.xml");

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_transaction_reject_is_read_from_both_pain_002_versions() {
        for (text, version) in [
            (PAIN_002_03, "pain.002.001.03"),
            (PAIN_002_10, "pain.002.001.10"),
        ] {
            let file = read_status_file("f.xml", text.as_bytes()).unwrap();
            assert_eq!(file.message, version);
            assert_eq!(file.msg_id, "PSR-20260309-0001");
            assert_eq!(
                file.reports,
                [Reported {
                    place: "TxInfAndSts[1]".into(),
                    reference: "pain.002:SDD-20260302-1:INV-2026-00042".into(),
                    outcome: Outcome::Rejected,
                    scope: Scope::Debit {
                        end_to_end_id: Some("INV-2026-00042".into()),
                        msg_id: Some("SDD-20260302-1".into()),
                        amount: Some(39000),
                    },
                    reason: "AM04".into(),
                    reported_on: date("2026-03-09"),
                }]
            );
        }
    }

    #[test]
    fn a_return_is_read_from_both_camt_054_versions() {
        for text in [CAMT_054_02, CAMT_054_08] {
            let file = read_status_file("f.xml", text.as_bytes()).unwrap();
            assert_eq!(file.reports.len(), 1);
            let r = &file.reports[0];
            assert_eq!(r.outcome, Outcome::Returned);
            assert_eq!(r.reason, "MD06");
            assert_eq!(r.reference, "return:RTN-20260424-0042:INV-2026-00042");
            assert_eq!(r.reported_on, date("2026-04-24"));
            assert_eq!(
                r.scope,
                Scope::Debit {
                    end_to_end_id: Some("INV-2026-00042".into()),
                    msg_id: None,
                    amount: Some(39000)
                }
            );
        }
    }

    #[test]
    fn a_group_reject_without_details_rejects_the_whole_file() {
        let text = PAIN_002_10.replace(
            "<GrpSts>PART</GrpSts>",
            "<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>",
        );
        let start = text.find("<OrgnlPmtInfAndSts>").unwrap();
        let end = text.find("</OrgnlPmtInfAndSts>").unwrap() + "</OrgnlPmtInfAndSts>".len();
        let text = format!("{}{}", &text[..start], &text[end..]);
        let file = read_status_file("f.xml", text.as_bytes()).unwrap();
        assert_eq!(
            file.reports[0].scope,
            Scope::File {
                msg_id: "SDD-20260302-1".into()
            }
        );
        assert_eq!(file.reports[0].reason, "FF01");
    }

    #[test]
    fn what_is_not_a_status_report_is_refused_naming_why() {
        let err = |bytes: &[u8]| read_status_file("f.xml", bytes).unwrap_err().to_string();
        assert!(err(b"IBAN;amount\n").contains("is not XML"));
        assert!(
            err(b"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.08\"/>").contains(
                "namespace urn:iso:std:iso:20022:tech:xsd:pain.008.001.08 is not a status report"
            )
        );
        assert!(err(b"<Document><a></Document>").contains("malformed XML"));
        let no_id = PAIN_002_10.replace("<OrgnlMsgId>SDD-20260302-1</OrgnlMsgId>", "");
        assert!(err(no_id.as_bytes()).contains("OrgnlGrpInfAndSts: OrgnlMsgId is missing"));
        let dollars = CAMT_054_08.replace(
            "<Amt Ccy=\"EUR\">390.00</Amt>\n            <CdtDbtInd>",
            "<Amt Ccy=\"USD\">390.00</Amt>\n            <CdtDbtInd>",
        );
        assert!(
            err(dollars.as_bytes()).contains("an amount in USD"),
            "{}",
            err(dollars.as_bytes())
        );
    }

    proptest::proptest! {
        #[test]
        fn every_amount_written_is_read_back_to_the_cent(cents_in in 0i64..100_000_000_000) {
            let text = crate::domain::money::format_minor(cents_in, 2);
            proptest::prop_assert_eq!(cents(&text), Some(cents_in));
        }
    }

    #[test]
    fn amounts_are_read_exactly() {
        assert_eq!(cents("390.00"), Some(39000));
        assert_eq!(cents("0.5"), Some(50));
        assert_eq!(cents("12"), Some(1200));
        for bad in ["", "1.234", "-1.00", "1e3", "1,00", "1234567890.00"] {
            assert_eq!(cents(bad), None, "{bad}");
        }
    }
}
