//! Contracts (DESIGN §11): `contract add/list/show/sign`, fulfilment terms, and the `tick`
//! unit that refreshes a contract's status when its start or end comes.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, find_customer, find_subscription};
use super::units::{TickReport, Unit};
use crate::domain::contract::{Contract, ContractStatus, ContractTerm, status_on};
use crate::domain::values;
use crate::error::{Error, Result};
use crate::store::Tx;

/// A contract as typed.
#[derive(Debug, Clone)]
pub struct NewContract {
    pub customer: String,
    pub subscriptions: Vec<String>,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub signed_on: Option<NaiveDate>,
    /// The contract's text (from `--terms-file`).
    pub terms: Option<String>,
    /// Fulfilment terms to track.
    pub fulfilment: Vec<String>,
}

pub fn find(tx: &Tx, id: &str) -> Result<Contract> {
    tx.contract(id)?
        .ok_or_else(|| Error::not_found("contract", id))
}

fn check_signed_on(field: &str, on: NaiveDate, today: NaiveDate) -> Result<()> {
    if on > today {
        return Err(Error::invalid(
            field,
            format!("{on} is in the future; sign a contract once it is signed"),
        ));
    }
    Ok(())
}

pub fn add(s: &mut Session, input: NewContract) -> Result<Contract> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let start = input.start;
    if let Some(end) = input.end {
        if end < start {
            return Err(Error::invalid(
                "--end",
                format!("{end} is before the start {start}"),
            ));
        }
    }
    if let Some(on) = input.signed_on {
        check_signed_on("--signed-on", on, today)?;
    }
    let fulfilment = input
        .fulfilment
        .iter()
        .map(|t| values::non_empty("--term", t))
        .collect::<Result<Vec<_>>>()?;
    let terms = input
        .terms
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from);
    s.store.write(|tx| {
        let customer = find_customer(tx, &input.customer)?;
        let mut tied = Vec::new();
        for id in &input.subscriptions {
            let sub = find_subscription(tx, id)?;
            if sub.customer != customer.code {
                return Err(Error::invalid(
                    "--subscription",
                    format!(
                        "{id} belongs to customer {}, not {}",
                        sub.customer, customer.code
                    ),
                ));
            }
            if !tied.contains(&sub.id) {
                tied.push(sub.id);
            }
        }
        let (status, status_due_on) = status_on(input.signed_on, start, input.end, today);
        let contract = Contract {
            id: tx.next_code("CTR")?,
            customer: customer.code.clone(),
            start,
            end: input.end,
            signed_on: input.signed_on,
            terms: terms.clone(),
            status,
            status_due_on,
            subscriptions: tied,
            fulfilment_terms: fulfilment
                .iter()
                .enumerate()
                .map(|(i, text)| ContractTerm {
                    number: i as u32 + 1,
                    text: text.clone(),
                    done_on: None,
                })
                .collect(),
        };
        tx.contract_insert(&contract, &now)?;
        tx.audit(
            &format!("contract:{}", contract.id),
            &json!({ "customer": contract.customer, "start": start, "end": contract.end,
                     "signed_on": contract.signed_on, "subscriptions": contract.subscriptions,
                     "terms": contract.terms.as_ref().map(|t| t.chars().count()),
                     "fulfilment_terms": contract.fulfilment_terms.len(),
                     "status": status.as_str() }),
        )?;
        find(tx, &contract.id)
    })
}

pub fn get(s: &mut Session, id: &str) -> Result<Contract> {
    s.store.read(|tx| find(tx, id))
}

pub fn list(
    s: &mut Session,
    customer: Option<&str>,
    status: Option<ContractStatus>,
    each: impl FnMut(Contract) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(c) = customer {
            find_customer(tx, c)?;
        }
        tx.contracts_each(customer, status.map(ContractStatus::as_str), each)
    })
}

/// Records the signature (on `on`, default today); the status follows at once.
pub fn sign(s: &mut Session, id: &str, on: Option<NaiveDate>) -> Result<Contract> {
    let today = s.today();
    let on = on.unwrap_or(today);
    check_signed_on("--on", on, today)?;
    s.store.write(|tx| {
        let mut contract = find(tx, id)?;
        if let Some(signed) = contract.signed_on {
            return Err(Error::refused(format!(
                "contract {id} is already signed (on {signed})"
            )));
        }
        contract.signed_on = Some(on);
        contract.refresh(today);
        tx.contract_update(&contract)?;
        tx.audit(
            &format!("contract:{id}"),
            &json!({ "signed_on": on, "status": contract.status.as_str() }),
        )?;
        find(tx, id)
    })
}

/// Adds a fulfilment term; returns the contract and the term's number.
pub fn add_term(s: &mut Session, id: &str, text: &str) -> Result<(Contract, u32)> {
    let text = values::non_empty("TEXT", text)?;
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        find(tx, id)?;
        let number = tx.contract_term_insert(id, &text, &now)?;
        tx.audit(
            &format!("contract:{id}"),
            &json!({ "term_added": number, "text": text }),
        )?;
        Ok((find(tx, id)?, number))
    })
}

/// Marks fulfilment term `number` done on `on` (default today).
pub fn complete_term(
    s: &mut Session,
    id: &str,
    number: u32,
    on: Option<NaiveDate>,
) -> Result<Contract> {
    let today = s.today();
    let on = on.unwrap_or(today);
    if on > today {
        return Err(Error::invalid(
            "--on",
            format!("{on} is in the future; mark a term done once it is done"),
        ));
    }
    s.store.write(|tx| {
        let contract = find(tx, id)?;
        let term = contract
            .fulfilment_terms
            .iter()
            .find(|t| t.number == number)
            .ok_or_else(|| {
                Error::not_found_hint(
                    "term",
                    format!("{number} of contract {id}"),
                    format!("`subs contract show {id}` lists its terms"),
                )
            })?;
        if let Some(done) = term.done_on {
            return Err(Error::refused(format!(
                "term {number} of contract {id} is already done (on {done})"
            )));
        }
        tx.contract_term_set_done(id, number, on)?;
        tx.audit(
            &format!("contract:{id}"),
            &json!({ "term_done": number, "on": on }),
        )?;
        find(tx, id)
    })
}

/// The `tick` unit: the contract's status as of the books' day.
pub fn refresh_due(tx: &Tx, books: &Books, unit: Unit, _out: &mut TickReport) -> Result<()> {
    let id = unit.id;
    let Some(original) = tx.contract(id)? else {
        return Ok(());
    };
    let mut contract = original.clone();
    contract.refresh(books.today);
    if contract != original {
        tx.contract_update(&contract)?;
        tx.audit(
            &format!("contract:{id}"),
            &json!({ "status": contract.status.as_str(), "status_due_on": contract.status_due_on }),
        )?;
    }
    Ok(())
}
