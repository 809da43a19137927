//! Payments received by hand (cheque, cash, transfer, card terminal), from a bank
//! statement or from a payment gateway, and their allocation to invoices.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::invoicing::{Books, find_invoice};
use crate::domain::invoice::Invoice;
use crate::domain::money::{OutOfRange, in_range};
use crate::domain::payment::{Method, Payment, allocate};
use crate::error::{Error, Result};
use crate::ops::customers;
use crate::store::{CreditSource, Tx};

/// A payment as entered: for given invoices, or on a customer's account.
#[derive(Debug, Clone)]
pub struct PaymentInput {
    pub invoices: Vec<String>,
    pub customer: Option<String>,
    pub amount: i64,
    pub method: Method,
    pub date: Option<NaiveDate>,
    pub reference: Option<String>,
    pub allow_overpayment: bool,
}

/// Where a payment came from, besides a person typing it.
#[derive(Debug, Clone, Default)]
pub struct PaymentOrigin {
    pub bank_transaction: Option<i64>,
    pub gateway: Option<String>,
    pub gateway_payment_id: Option<String>,
}

/// A recorded payment and what it settled.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub payment: Payment,
    pub allocations: Vec<(String, i64)>,
    pub unallocated: i64,
}

pub fn add(s: &mut Session, input: PaymentInput) -> Result<Recorded> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let (customer, targets) = resolve_targets(tx, &input)?;
        record(
            tx,
            &books,
            &customer,
            &targets,
            &input,
            PaymentOrigin::default(),
        )
    })
}

/// The customer and the invoices a payment goes to: the invoices named (all of one
/// customer), else the customer's open invoices, oldest first.
pub fn resolve_targets(tx: &Tx, input: &PaymentInput) -> Result<(String, Vec<Invoice>)> {
    let mut invoices = Vec::new();
    for reference in &input.invoices {
        let invoice = find_invoice(tx, reference)?;
        if !invoice.is_issued() || invoice.is_credit_note() {
            return Err(Error::refused(format!(
                "{reference} is not an issued invoice; payments settle issued invoices"
            )));
        }
        invoices.push(invoice);
    }
    let customer = match (&input.customer, invoices.first()) {
        (Some(code), _) => customers::find(tx, code)?.code,
        (None, Some(first)) => first.customer.clone(),
        (None, None) => {
            return Err(Error::Usage(
                "give --invoice NUMBER (or --customer CODE for a payment on account)".into(),
            ));
        }
    };
    if let Some(other) = invoices.iter().find(|i| i.customer != customer) {
        return Err(Error::invalid(
            "--invoice",
            format!(
                "{} belongs to {}, not {customer}",
                other.reference(),
                other.customer
            ),
        ));
    }
    if input.invoices.is_empty() {
        for (id, _) in tx.open_invoices(&customer)? {
            if let Some(invoice) = tx.invoice(id)? {
                invoices.push(invoice);
            }
        }
    }
    Ok((customer, invoices))
}

/// Records a payment and allocates it to `targets` in order; an amount above what they
/// owe needs `allow_overpayment` and is kept as the customer's credit.
pub fn record(
    tx: &Tx,
    books: &Books,
    customer: &str,
    targets: &[Invoice],
    input: &PaymentInput,
    origin: PaymentOrigin,
) -> Result<Recorded> {
    // Typed and imported amounts are bounded as they are read; a gateway's is not.
    if !in_range(input.amount, books.digits) {
        return Err(OutOfRange::new(books.money(input.amount), books.digits).at("amount"));
    }
    let open: Vec<(i64, i64)> = targets.iter().map(|i| (i.id, i.outstanding())).collect();
    let (allocations, left) = allocate(input.amount, &open);
    if left > 0 && !input.allow_overpayment {
        let owed: i64 = open.iter().map(|(_, o)| o).sum();
        let names: Vec<String> = targets.iter().map(Invoice::reference).collect();
        return Err(Error::invalid(
            "--amount",
            format!(
                "{} is more than the {} still owed{}; give --allow-overpayment to keep {} as the customer's credit",
                books.money(input.amount),
                books.money(owed),
                if names.is_empty() {
                    String::new()
                } else {
                    format!(" on {}", names.join(", "))
                },
                books.money(left)
            ),
        ));
    }
    let payment = Payment {
        id: tx.next_code("PAY")?,
        customer: customer.to_string(),
        date: input.date.unwrap_or(books.today),
        amount: input.amount,
        currency: books.company.currency.clone(),
        method: input.method,
        reference: input.reference.clone(),
        bank_transaction: origin.bank_transaction,
        gateway: origin.gateway,
        gateway_payment_id: origin.gateway_payment_id,
    };
    tx.payment_insert(&payment, &books.now)?;
    let source = CreditSource::Payment(payment.id.clone());
    for (invoice, amount) in &allocations {
        tx.allocation_insert(*invoice, &source, *amount, payment.date)?;
        super::payment_requests::close_if_settled(tx, books, *invoice)?;
    }
    let settled = tx.payment_allocations(&payment.id)?;
    tx.audit(
        &format!("payment:{}", payment.id),
        &json!({ "customer": customer, "amount": books.money(payment.amount), "method": payment.method.as_str(),
                 "date": payment.date, "reference": payment.reference,
                 "allocations": settled.iter().map(|(n, a)| json!({ "invoice": n, "amount": books.money(*a) })).collect::<Vec<_>>(),
                 "unallocated": books.money(left) }),
    )?;
    Ok(Recorded {
        payment,
        allocations: settled,
        unallocated: left,
    })
}

pub fn find(tx: &Tx, id: &str) -> Result<Payment> {
    tx.payment(id)?
        .ok_or_else(|| Error::not_found("payment", id))
}

/// A payment with what it settled.
pub fn get(s: &mut Session, id: &str) -> Result<Recorded> {
    s.store.read(|tx| {
        let payment = find(tx, id)?;
        let allocations = tx.payment_allocations(id)?;
        let unallocated = payment.amount - allocations.iter().map(|(_, a)| a).sum::<i64>();
        Ok(Recorded {
            payment,
            allocations,
            unallocated,
        })
    })
}

pub fn list(
    s: &mut Session,
    customer: Option<&str>,
    mut each: impl FnMut(Recorded) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(c) = customer {
            customers::find(tx, c)?;
        }
        tx.payments_each(customer, |payment| {
            let allocations = tx.payment_allocations(&payment.id)?;
            let unallocated = payment.amount - allocations.iter().map(|(_, a)| a).sum::<i64>();
            each(Recorded {
                payment,
                allocations,
                unallocated,
            })
        })
    })
}

/// A customer's credit not used yet (overpayments, credit notes beyond what they settled).
pub fn customer_credit(tx: &Tx, customer: &str) -> Result<i64> {
    Ok(tx
        .unallocated_credit(customer)?
        .iter()
        .map(|(_, left)| left)
        .sum())
}
