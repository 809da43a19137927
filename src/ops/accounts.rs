//! A customer's account (issue 10): what they owe on their issued documents (`balance`),
//! the money and credit held for them (`credit`: overpayments and credit notes beyond what
//! they settled, less what was refunded), the statement that explains both, and refunds of
//! held credit.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, company_of, find_customer};
use crate::domain::customer::Customer;
use crate::domain::ids::CustomerCode;
use crate::domain::payment::{Method, Refund, draw};
use crate::domain::statement::{self, Account, Statement};
use crate::error::{Error, Result};
use crate::store::Tx;

fn account_in(tx: &Tx, customer: Customer, currency: &str) -> Result<Account> {
    let balance = tx.customer_owed(&customer.code, currency)?;
    let credit = held_credit(tx, &customer.code, currency)?;
    Ok(Account {
        customer,
        currency: currency.to_string(),
        balance,
        credit,
    })
}

/// A customer's credit not used yet in `currency`.
pub fn held_credit(tx: &Tx, customer: &str, currency: &str) -> Result<i64> {
    Ok(tx
        .unallocated_credit(customer, currency, None)?
        .iter()
        .map(|(_, left)| left)
        .sum())
}

/// A customer with their balance and credit.
pub fn account(s: &mut Session, code: &CustomerCode) -> Result<Account> {
    s.store.read(|tx| {
        let customer = find_customer(tx, code)?;
        let currency = company_of(tx)?.currency;
        account_in(tx, customer, &currency)
    })
}

/// A customer's statement from `from` (every movement when `None`), with their account.
pub fn statement(
    s: &mut Session,
    code: &CustomerCode,
    from: Option<NaiveDate>,
) -> Result<(Account, Statement)> {
    s.store.read(|tx| {
        let customer = find_customer(tx, code)?;
        let currency = company_of(tx)?.currency;
        let entries = tx.account_entries(&customer.code, &currency)?;
        let account = account_in(tx, customer, &currency)?;
        Ok((account, statement::statement(entries, from)))
    })
}

/// A refund as entered.
#[derive(Debug, Clone)]
pub struct RefundInput {
    pub customer: String,
    pub amount: i64,
    /// The books' currency when `None`.
    pub currency: Option<String>,
    pub date: Option<NaiveDate>,
    pub method: Method,
    pub reference: Option<String>,
}

/// Pays held credit back: drawn from the customer's credit, oldest first; refused above it.
pub fn refund(s: &mut Session, input: RefundInput) -> Result<Refund> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let customer = find_customer(tx, &input.customer)?;
        let currency = input
            .currency
            .clone()
            .unwrap_or_else(|| books.company.currency.clone());
        let date = input.date.unwrap_or(books.today);
        // Only credit held on the refund's day can be paid back that day.
        let sources = tx.unallocated_credit(&customer.code, &currency, Some(date))?;
        let held: i64 = sources.iter().map(|(_, left)| left).sum();
        let parts = draw(input.amount, &sources).ok_or_else(|| {
            Error::refused(format!(
                "{} {currency} is more than the {} {currency} held for {} on {date}; a refund pays back held credit only",
                books.money(input.amount),
                books.money(held),
                customer.code
            ))
        })?;
        let refund = Refund {
            id: tx.next_code("RF")?,
            customer: customer.code.clone(),
            date,
            amount: input.amount,
            currency,
            method: input.method,
            reference: input.reference.clone(),
        };
        tx.refund_insert(&refund, &parts, &books.now)?;
        tx.audit(
            &format!("refund:{}", refund.id),
            &json!({ "customer": refund.customer, "amount": books.money(refund.amount),
                     "currency": refund.currency, "method": refund.method.as_str(),
                     "date": refund.date, "reference": refund.reference,
                     "credit_left": books.money(held - refund.amount) }),
        )?;
        Ok(refund)
    })
}
