//! Bank statements: import (CSV with a column mapping, or camt.053), automatic
//! reconciliation against open invoices, and manual matching.

use serde_json::json;

use super::Session;
use super::books::{Books, find_invoice};
use super::payments::{self, PaymentInput, PaymentOrigin};
use crate::domain::bank::{self, Decision, OpenInvoice, Payer};
use crate::domain::bank::{BankTransaction, Matched};
use crate::domain::payment::Method;
use crate::error::{Error, Result};
use crate::formats::bank::{self as statement, CsvMapping, StatementFormat, TextEncoding};
use crate::store::Tx;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub statement: i64,
    pub lines: usize,
    pub new: usize,
}

/// Imports a statement read from `bytes`: every line is checked before anything is written,
/// and lines already imported (same fingerprint) are skipped.
/// A statement file to import: its name and bytes, its format when given (else detected),
/// and the (name, text) of a CSV column mapping when given (else the French default).
#[derive(Debug, Clone, Copy)]
pub struct StatementFile<'a> {
    pub source: &'a str,
    pub bytes: &'a [u8],
    pub format: Option<StatementFormat>,
    pub mapping: Option<(&'a str, &'a str)>,
}

pub fn import(s: &mut Session, file: &StatementFile) -> Result<Imported> {
    let StatementFile {
        source,
        bytes,
        format,
        mapping,
    } = *file;
    let currency = s.company()?.currency;
    let digits = crate::domain::money::minor_digits(&currency);
    let format = format.unwrap_or_else(|| statement::detect_format(bytes));
    let mut lines = match format {
        StatementFormat::Camt053 => statement::parse_camt053(source, bytes, digits)?,
        StatementFormat::Csv => {
            let mapping = match mapping {
                Some((name, text)) => CsvMapping::parse(name, text)?,
                None => default_mapping(bytes),
            };
            statement::parse_csv(source, bytes, &mapping, digits)?
        }
    };
    // A line whose statement names no currency is in the account's: the books'. Every
    // stored line carries its currency, so that reconciliation can compare it.
    for line in &mut lines {
        line.currency.get_or_insert_with(|| currency.clone());
    }
    let format_name = match format {
        StatementFormat::Csv => "csv",
        StatementFormat::Camt053 => "camt053",
    };
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let (statement, new) = tx.bank_import(source, format_name, &lines, &now)?;
        tx.audit(
            &format!("bank-statement:{statement}"),
            &json!({ "source": source, "format": format_name, "lines": lines.len(), "new": new }),
        )?;
        Ok(Imported {
            statement,
            lines: lines.len(),
            new,
        })
    })
}

/// The French layout, read as UTF-8 when the file is valid UTF-8 and as ISO-8859-1
/// otherwise (an accented latin-1 file is never valid UTF-8).
fn default_mapping(bytes: &[u8]) -> CsvMapping {
    let mut mapping = CsvMapping::french_default();
    if std::str::from_utf8(bytes).is_ok() {
        mapping.encoding = TextEncoding::Utf8;
    }
    mapping
}

/// Matches every unmatched incoming line it can: by invoice number or payment reference
/// in the label, then by exact amount from a known payer with one open invoice. Each match
/// records a payment (by transfer, on the line's date) and the rule that made it. A line
/// that would pay invoices owed in another currency is left, its note saying why.
pub fn reconcile_auto(s: &mut Session) -> Result<Vec<Matched>> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let payers = payers(tx)?;
        let mut matched = Vec::new();
        for transaction in tx.bank_transactions(Some("unmatched"))? {
            // Re-read after every match: the outstanding amounts have moved.
            let open = open_invoices(tx)?;
            let currency = line_currency(&books, &transaction);
            let found = match bank::decide(&transaction.line, &currency, &open, &payers) {
                Decision::Match(found) => found,
                Decision::Left(None) => continue,
                Decision::Left(Some(reason)) => {
                    if tx.bank_set_note(transaction.id, &reason)? {
                        tx.audit(
                            &format!("bank-transaction:{}", transaction.id),
                            &json!({ "left": reason }),
                        )?;
                    }
                    continue;
                }
            };
            let invoices: Vec<String> = found
                .allocations
                .iter()
                .filter_map(|a| {
                    open.iter()
                        .find(|o| o.id == a.invoice_id)
                        .map(|o| o.number.clone())
                })
                .collect();
            // A transfer above what the invoices owe was still received: the rest is credit.
            let pays = LinePays {
                customer: &found.customer,
                invoices: &invoices,
                allow_overpayment: true,
            };
            let payment = pay_from_line(tx, &books, &transaction, pays)?;
            tx.bank_mark_matched(
                transaction.id,
                found.rule.as_str(),
                &found.customer,
                &payment,
            )?;
            matched.push(Matched {
                transaction: transaction.id,
                rule: found.rule.as_str().into(),
                customer: found.customer,
                payment,
                invoices,
            });
        }
        Ok(matched)
    })
}

/// Matches a line to invoices by hand. As with `payment add`, an amount above what they
/// owe is refused unless `allow_overpayment`, which keeps the rest as the customer's credit.
pub fn match_manual(
    s: &mut Session,
    transaction: i64,
    invoices: &[String],
    allow_overpayment: bool,
) -> Result<Matched> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let line = tx.bank_transaction(transaction)?.ok_or_else(|| {
            Error::not_found("bank transaction", transaction.to_string())
        })?;
        if line.status != "unmatched" {
            return Err(Error::refused(format!(
                "bank transaction {transaction} is already {}",
                line.status
            )));
        }
        if line.line.amount <= 0 {
            return Err(Error::refused(format!(
                "bank transaction {transaction} is money going out; only incoming money pays invoices"
            )));
        }
        let first = find_invoice(
            tx,
            invoices
                .first()
                .ok_or_else(|| Error::Usage("give --invoice NUMBER".into()))?,
        )?;
        let pays = LinePays {
            customer: &first.customer,
            invoices,
            allow_overpayment,
        };
        let payment = pay_from_line(tx, &books, &line, pays)?;
        tx.bank_mark_matched(transaction, "manual", &first.customer, &payment)?;
        Ok(Matched {
            transaction,
            rule: "manual".into(),
            customer: first.customer,
            payment,
            invoices: invoices.to_vec(),
        })
    })
}

/// The currency of a line: the statement's, else the account's (the books').
fn line_currency(books: &Books, line: &BankTransaction) -> String {
    line.line
        .currency
        .clone()
        .unwrap_or_else(|| books.company.currency.clone())
}

/// How a bank line is to pay: the customer, the invoices, and whether it may pay more.
struct LinePays<'a> {
    customer: &'a str,
    invoices: &'a [String],
    allow_overpayment: bool,
}

fn pay_from_line(tx: &Tx, books: &Books, line: &BankTransaction, pays: LinePays) -> Result<String> {
    let LinePays {
        customer,
        invoices,
        allow_overpayment,
    } = pays;
    let input = PaymentInput {
        invoices: invoices.to_vec(),
        customer: Some(customer.to_string()),
        amount: line.line.amount,
        currency: Some(line_currency(books, line)),
        method: Method::Transfer,
        date: Some(line.line.date),
        reference: Some(
            line.line
                .reference
                .clone()
                .unwrap_or_else(|| line.line.label.clone()),
        ),
        allow_overpayment,
        origin: PaymentOrigin {
            bank_transaction: Some(line.id),
            ..PaymentOrigin::default()
        },
    };
    let payee = payments::resolve_targets(tx, books, &input)?;
    Ok(payments::record(tx, books, &payee, &input)?.payment.id)
}

fn open_invoices(tx: &Tx) -> Result<Vec<OpenInvoice>> {
    let tokens = tx.open_payment_request_tokens()?;
    let mut open = tx.all_open_invoices()?;
    for invoice in &mut open {
        invoice.payment_references = tokens
            .iter()
            .filter(|(i, _)| *i == invoice.id)
            .map(|(_, t)| t.clone())
            .collect();
    }
    Ok(open)
}

/// Customers as payers: their code and name, and every counterparty already matched to them.
fn payers(tx: &Tx) -> Result<Vec<Payer>> {
    let known = tx.known_counterparties()?;
    let mut payers = Vec::new();
    tx.customers_each(true, |c| {
        let mut names = vec![c.code.clone(), c.name.clone()];
        names.extend(
            known
                .iter()
                .filter(|(code, _)| *code == c.code)
                .map(|(_, name)| name.clone()),
        );
        payers.push(Payer {
            customer: c.code,
            names,
        });
        Ok(())
    })?;
    Ok(payers)
}

pub fn transactions(s: &mut Session, status: Option<&str>) -> Result<Vec<BankTransaction>> {
    s.store.read(|tx| tx.bank_transactions(status))
}
