//! SEPA direct debit collection files (`sepa export`): finds what SEPA payers owe, records
//! each collection under the file's message id, and writes the pain.008.001.08 file.
//!
//! The file appears under its name only once the collections are committed: the XML goes
//! to a temporary file next to it inside the transaction (so that a full disk or a
//! missing permission cancels the export), and is renamed after the commit. A file handed
//! to the bank is therefore always one the books remember.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{company_of, find_customer};
use super::sepa_follow_up::{ExportDay, assess, follow_up_settings};
use crate::domain::customer::Customer;
use crate::domain::money::format_minor;
use crate::domain::sepa::{
    self, Candidate, Collection, MandateHistory, PlanOptions, SequenceType, Skipped,
};
use crate::error::{Error, Result};
use crate::formats::sepa::{Creditor, Message, pain_008};
use crate::store::{PastCollection, SepaOwed, Tx};

/// What `sepa export` was asked for.
#[derive(Debug, Clone, Default)]
pub struct ExportInput {
    /// The day the debits are to be collected [default: today].
    pub collection_date: Option<NaiveDate>,
    /// One sequence type for every collection instead of FRST/RCUR from the history.
    pub sequence: Option<SequenceType>,
    /// Export again invoices an earlier export holds.
    pub again: bool,
    /// The file to write [default: MSGID.xml in the current directory].
    pub out: Option<PathBuf>,
    /// Replace the file when it exists.
    pub force: bool,
}

/// A collection file written.
#[derive(Debug, Clone)]
pub struct Exported {
    pub msg_id: String,
    pub file: PathBuf,
    pub collections: Vec<Collection>,
    /// Cents.
    pub control_sum: i64,
}

/// What an export did.
#[derive(Debug, Clone)]
pub struct ExportReport {
    pub collection_date: NaiveDate,
    /// `None` when there was nothing to collect: no file, nothing recorded.
    pub exported: Option<Exported>,
    pub skipped: Vec<Skipped>,
    pub already_exported: usize,
}

pub fn export(s: &mut Session, input: ExportInput) -> Result<ExportReport> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let collection_date = input.collection_date.unwrap_or(today);
    if collection_date < today {
        return Err(Error::invalid(
            "--collection-date",
            format!("{collection_date} is in the past; a bank collects from today on"),
        ));
    }
    if let Some(out) = &input.out {
        check_target(out, input.force)?;
    }
    let messages = s.company()?.messages();
    let options = PlanOptions {
        collection_date,
        sequence: input.sequence,
        again: input.again,
        messages,
    };
    let mut staged: Option<PathBuf> = None;
    let result = s.store.write(|tx| {
        let creditor = creditor(tx)?;
        let day = ExportDay {
            collection_date,
            again: input.again,
            settings: follow_up_settings(tx)?,
        };
        let candidates = candidates(tx, tx.sepa_owed(collection_date)?, day)?;
        let plan = sepa::plan(candidates, options);
        let report = |exported| ExportReport {
            collection_date,
            exported,
            skipped: plan.skipped.clone(),
            already_exported: plan.already_exported,
        };
        if plan.collections.is_empty() {
            return Ok(report(None));
        }
        let msg_id = format!(
            "SEPA-{}-{:04}",
            today.format("%Y%m%d"),
            tx.next_id("SEPA")?
        );
        let file = match &input.out {
            Some(out) => out.clone(),
            None => {
                let file = PathBuf::from(format!("{msg_id}.xml"));
                check_target(&file, input.force)?;
                file
            }
        };
        let message = Message {
            msg_id: msg_id.clone(),
            created_at: now.clone(),
            creditor,
            collection_date,
            collections: plan.collections.clone(),
        };
        for c in &message.collections {
            tx.sepa_collection_insert(&msg_id, c, collection_date, &now)?;
        }
        let control_sum = message.control_sum();
        let collections: Vec<_> = message
            .collections
            .iter()
            .map(|c| json!({ "invoice": c.number, "sequence": c.sequence.as_str(), "amount": format_minor(c.amount, 2) }))
            .collect();
        tx.audit(
            &format!("sepa:{msg_id}"),
            &json!({
                "file": file.display().to_string(),
                "collection_date": collection_date,
                "transactions": message.collections.len(),
                "control_sum": format_minor(control_sum, 2),
                "collections": collections,
            }),
        )?;
        let xml = pain_008(&message)?;
        let tmp = staging_path(&file, &msg_id);
        staged = Some(tmp.clone());
        write_private(&tmp, &xml).map_err(|e| Error::io(&tmp, e))?;
        Ok(report(Some(Exported {
            msg_id,
            file,
            collections: message.collections,
            control_sum,
        })))
    });
    let report = match result {
        Ok(report) => report,
        Err(error) => {
            if let Some(tmp) = &staged {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(error);
        }
    };
    if let (Some(exported), Some(tmp)) = (&report.exported, &staged) {
        publish(tmp, &exported.file, &exported.msg_id, input.force)?;
    }
    Ok(report)
}

/// Writes a file readable by its owner only, whatever was there before: it holds the
/// payers' IBANs and what they owe.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Where the file is written before its export commits: next to it (a rename stays on one
/// file system), named after the message so that two exports never share it.
fn staging_path(file: &Path, msg_id: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(format!(".{msg_id}.tmp"));
    PathBuf::from(name)
}

/// Gives the committed export its name.
fn publish(tmp: &Path, file: &Path, msg_id: &str, force: bool) -> Result<()> {
    // Another export may have taken the name since the check; never replace it silently.
    if !force && file.exists() {
        return Err(Error::refused(format!(
            "{} appeared while {msg_id} was exported; its collections are recorded and the file is {}",
            file.display(),
            tmp.display()
        )));
    }
    std::fs::rename(tmp, file).map_err(|e| {
        Error::refused(format!(
            "{msg_id} is recorded but could not be named {}: {e}; the file is {}",
            file.display(),
            tmp.display()
        ))
    })
}

/// The directory must exist (66), and an existing file is kept unless `force`: it may be a
/// collection file not yet sent to the bank.
fn check_target(file: &Path, force: bool) -> Result<()> {
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::not_found_hint(
            "directory",
            dir.display().to_string(),
            "create it first or give another --out",
        ));
    }
    if file.is_dir() {
        return Err(Error::invalid(
            "--out",
            format!("{} is a directory; give a file name", file.display()),
        ));
    }
    if file.exists() && !force {
        return Err(Error::refused(format!(
            "{} already exists (a collection file not yet sent?); give another --out, or --force to replace it",
            file.display()
        )));
    }
    Ok(())
}

/// The company as creditor, from its SEPA settings.
fn creditor(tx: &Tx) -> Result<Creditor> {
    let missing = |key: &str, example: &str| {
        Error::refused(format!(
            "{key} is not set; SEPA direct debits need it: `subs config set {key} {example}`"
        ))
    };
    let id = tx
        .setting("sepa.creditor_id")?
        .ok_or_else(|| missing("sepa.creditor_id", "FR72ZZZ123456"))?;
    let iban = tx
        .setting("sepa.iban")?
        .ok_or_else(|| missing("sepa.iban", "FR7630006000011234567890189"))?;
    let name = company_of(tx)?.name;
    if name.trim().is_empty() {
        return Err(missing("company.name", "\"Coworking Lumière\""));
    }
    Ok(Creditor {
        name,
        iban,
        bic: tx.setting("sepa.bic")?,
        id,
    })
}

/// The owed invoices with their payer's mandate and what earlier exports did with it.
fn candidates(tx: &Tx, owed: Vec<SepaOwed>, day: ExportDay) -> Result<Vec<Candidate>> {
    let mut payers: HashMap<String, (Customer, Vec<PastCollection>)> = HashMap::new();
    let mut out = Vec::with_capacity(owed.len());
    for invoice in owed {
        let (customer, past) = match payers.entry(invoice.customer.clone()) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(new) => {
                let customer = find_customer(tx, new.key())?;
                let past = match &customer.mandate.id {
                    Some(mandate) => tx.sepa_mandate_collections(&customer.code, mandate)?,
                    None => Vec::new(),
                };
                new.insert((customer, past))
            }
        };
        let history = MandateHistory {
            collected_before: !past.is_empty(),
            closed_by: past
                .iter()
                .find(|p| p.sequence.closes_mandate() && p.invoice != invoice.id)
                .map(|p| (p.msg_id.clone(), p.sequence)),
        };
        let assessment = assess(tx, customer, &invoice, day)?;
        out.push(Candidate {
            invoice_id: invoice.id,
            number: invoice.number,
            customer: customer.code.clone(),
            debtor_name: customer.name.clone(),
            mandate: customer.mandate.clone(),
            history,
            outstanding: invoice.outstanding,
            currency: invoice.currency,
            period: invoice.period,
            exported_before: assessment.exported_before,
            retry_of: assessment.retry_of,
            hold: assessment.hold,
            amendment: assessment.amendment,
        });
    }
    Ok(out)
}
