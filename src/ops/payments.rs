//! Payments received by hand (cheque, cash, transfer, card terminal), from a bank
//! statement or from a payment gateway, and their allocation to invoices.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, find_customer, find_invoice};
use crate::domain::invoice::Invoice;
use crate::domain::money::{OutOfRange, format_minor, in_range, minor_digits};
use crate::domain::payment::{Method, Payment, Recorded, allocate};
use crate::error::{Error, Result};
use crate::ops::settlement::{self, Allocation, Via};
use crate::store::{CreditSource, Tx};

/// A payment as entered: for given invoices, or on a customer's account.
#[derive(Debug, Clone)]
pub struct PaymentInput {
    pub invoices: Vec<String>,
    pub customer: Option<String>,
    pub amount: i64,
    /// The currency the money came in; the books' currency when `None`. A payment settles
    /// only documents in its own currency.
    pub currency: Option<String>,
    pub method: Method,
    pub date: Option<NaiveDate>,
    pub reference: Option<String>,
    pub allow_overpayment: bool,
    /// Where the money came from besides a person typing it.
    pub origin: PaymentOrigin,
}

/// Where a payment came from, besides a person typing it.
#[derive(Debug, Clone, Default)]
pub struct PaymentOrigin {
    pub bank_transaction: Option<i64>,
    pub gateway: Option<String>,
    pub gateway_payment_id: Option<String>,
}

/// A stored payment with what it settled and what was refunded of it.
fn recorded(tx: &Tx, payment: Payment) -> Result<Recorded> {
    let allocations = tx.payment_allocations(&payment.id)?;
    let refunded = tx.payment_refunded(&payment.id)?;
    Ok(Recorded::new(payment, allocations, refunded))
}

pub fn add(s: &mut Session, input: PaymentInput) -> Result<Recorded> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let payee = resolve_targets(tx, &books, &input)?;
        record(tx, &books, &payee, &input)
    })
}

/// The customer and the invoices a payment goes to: the invoices named (all of one
/// customer, each once), else the customer's open invoices in the payment's currency,
/// oldest first.
/// Who pays, and the invoices a payment goes to, in order.
#[derive(Debug, Clone)]
pub struct Payee {
    pub customer: String,
    pub targets: Vec<Invoice>,
}

pub fn resolve_targets(tx: &Tx, books: &Books, input: &PaymentInput) -> Result<Payee> {
    let mut invoices: Vec<Invoice> = Vec::new();
    for reference in &input.invoices {
        let invoice = find_invoice(tx, reference)?;
        if !invoice.is_issued() || invoice.is_credit_note() {
            return Err(Error::refused(format!(
                "{reference} is not an issued invoice; payments settle issued invoices"
            )));
        }
        // Named twice, an invoice would be settled twice over (issue 11): name it once.
        if invoices.iter().any(|i| i.id == invoice.id) {
            return Err(Error::invalid(
                "--invoice",
                format!(
                    "{} is named more than once; name each invoice once",
                    invoice.reference()
                ),
            ));
        }
        invoices.push(invoice);
    }
    let customer = match (&input.customer, invoices.first()) {
        (Some(code), _) => find_customer(tx, code)?.code,
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
        let currency = payment_currency(books, input);
        for (id, _) in tx.open_invoices(&customer, &currency)? {
            if let Some(invoice) = tx.invoice(id)? {
                invoices.push(invoice);
            }
        }
    }
    Ok(Payee {
        customer,
        targets: invoices,
    })
}

fn payment_currency(books: &Books, input: &PaymentInput) -> String {
    input
        .currency
        .clone()
        .unwrap_or_else(|| books.company.currency.clone())
}

/// Records a payment and allocates it to `targets` in order; an amount above what they
/// owe needs `allow_overpayment` and is kept as the customer's credit. Every target must
/// be in the payment's currency.
pub fn record(tx: &Tx, books: &Books, payee: &Payee, input: &PaymentInput) -> Result<Recorded> {
    let Payee { customer, targets } = payee;
    let origin = &input.origin;
    let currency = payment_currency(books, input);
    let digits = minor_digits(&currency);
    let money = |minor: i64| format_minor(minor, digits);
    // Typed and imported amounts are bounded as they are read; a gateway's is not.
    if !in_range(input.amount, digits) {
        return Err(OutOfRange::new(money(input.amount), digits).at("amount"));
    }
    if let Some(other) = targets.iter().find(|i| i.currency != currency) {
        return Err(Error::refused(format!(
            "{} is in {}, the payment in {currency}; money settles only documents in its own currency",
            other.reference(),
            other.currency
        )));
    }
    let open: Vec<(i64, i64)> = targets.iter().map(|i| (i.id, i.outstanding())).collect();
    let (allocations, left) = allocate(input.amount, &open);
    if left > 0 && !input.allow_overpayment {
        let owed: i64 = open.iter().map(|(_, o)| o).sum();
        let names: Vec<String> = targets.iter().map(Invoice::reference).collect();
        // The amount came from a bank line, or was typed.
        let field = match origin.bank_transaction {
            Some(line) => format!("bank line {line}"),
            None => "--amount".to_string(),
        };
        return Err(Error::invalid(
            field,
            format!(
                "{} is more than the {} still owed{}; give --allow-overpayment to keep {} as the customer's credit",
                money(input.amount),
                money(owed),
                if names.is_empty() {
                    String::new()
                } else {
                    format!(" on {}", names.join(", "))
                },
                money(left)
            ),
        ));
    }
    let payment = Payment {
        id: tx.next_code("PAY")?,
        customer: customer.to_string(),
        date: input.date.unwrap_or(books.today),
        amount: input.amount,
        currency,
        method: input.method,
        reference: input.reference.clone(),
        bank_transaction: origin.bank_transaction,
        gateway: origin.gateway.clone(),
        gateway_payment_id: origin.gateway_payment_id.clone(),
    };
    tx.payment_insert(&payment, &books.now)?;
    let source = CreditSource::Payment(payment.id.clone());
    for (invoice, amount) in &allocations {
        let allocation = Allocation {
            invoice: *invoice,
            source: &source,
            amount: *amount,
            date: payment.date,
            via: Via::Receipt,
        };
        settlement::settle(tx, books, allocation)?;
    }
    let settled = tx.payment_allocations(&payment.id)?;
    tx.audit(
        &format!("payment:{}", payment.id),
        &json!({ "customer": customer, "amount": money(payment.amount), "currency": payment.currency,
                 "method": payment.method.as_str(), "date": payment.date, "reference": payment.reference,
                 "allocations": settled.iter().map(|(n, a)| json!({ "invoice": n, "amount": money(*a) })).collect::<Vec<_>>(),
                 "unallocated": money(left) }),
    )?;
    Ok(Recorded {
        payment,
        allocations: settled,
        unallocated: left,
        refunded: 0,
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
        recorded(tx, payment)
    })
}

pub fn list(
    s: &mut Session,
    customer: Option<&str>,
    mut each: impl FnMut(Recorded) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(c) = customer {
            find_customer(tx, c)?;
        }
        tx.payments_each(customer, |payment| each(recorded(tx, payment)?))
    })
}
