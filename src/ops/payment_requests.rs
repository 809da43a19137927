//! Payment requests (DESIGN §8): when an invoice is issued to a payer who pays by link or
//! through a gateway, a request with an unguessable token and a link, and an e-mail from
//! the subscription's template. A request closes when its invoice is settled, whatever
//! settles it (`ops::settlement`).

use serde_json::json;

use super::Session;
use super::books::{Books, Payer};
use crate::domain::customer::PaymentMethod;
use crate::domain::invoice::Invoice;
use crate::domain::payment_request::PaymentRequest;
use crate::error::{Error, Result};
use crate::store::Tx;

/// 128 random bits from the operating system, hex: the token a link carries and a
/// transfer may quote.
fn new_token() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Refused(format!("no random numbers from the system: {e}")))?;
    Ok(hex::encode(bytes))
}

fn no_link_template() -> Error {
    Error::refused(
        "payment method `link` needs a payment link: set one with `subs config set payment.link_template https://…/{token}`",
    )
}

/// Refuses a payer who would pay by `link` while `payment.link_template` is unset: said at
/// the desk when the customer or subscription is set up, not at 3 a.m. by every `tick`.
pub fn check_link_template(tx: &Tx, method: PaymentMethod) -> Result<()> {
    if method == PaymentMethod::Link && tx.setting("payment.link_template")?.is_none() {
        return Err(no_link_template());
    }
    Ok(())
}

/// Called when an invoice is issued: opens a request when its payer needs one, and queues
/// the e-mail when a template is set. Returns the request's id and whether it was e-mailed.
pub fn after_issue(
    tx: &Tx,
    books: &Books,
    invoice: &Invoice,
    payer: Payer,
) -> Result<Option<(String, bool)>> {
    let Payer {
        customer,
        subscription,
    } = payer;
    if invoice.is_credit_note() || invoice.grand_total <= 0 || invoice.outstanding() == 0 {
        return Ok(None);
    }
    let method = subscription
        .and_then(|s| s.payment_method)
        .unwrap_or(customer.payment_method);
    if !method.needs_payment_request() {
        return Ok(None);
    }
    let token = new_token()?;
    let link = tx
        .setting("payment.link_template")?
        .map(|t| t.replace("{token}", &token));
    if method == PaymentMethod::Link && link.is_none() {
        return Err(no_link_template());
    }
    let number = invoice.number.clone().unwrap_or_default();
    let request = PaymentRequest {
        id: tx.next_code("PR")?,
        invoice: invoice.id,
        invoice_number: number.clone(),
        customer: customer.code.clone(),
        subscription: invoice.subscription.clone(),
        method: method.as_str().to_string(),
        amount: invoice.outstanding(),
        currency: invoice.currency.clone(),
        token,
        link,
        status: "open".into(),
        gateway_payment_id: None,
        failure: None,
        created_at: books.now.clone(),
        updated_at: books.now.clone(),
    };
    tx.payment_request_insert(&request)?;
    tx.audit(&format!("payment-request:{}", request.id), &json!({ "invoice": number, "method": request.method, "amount": books.money(request.amount) }))?;
    let emailed = match subscription.and_then(|s| s.email_template.clone()) {
        Some(template) => super::mail::queue_request_email(tx, books, &template, &request)?,
        None => false,
    };
    Ok(Some((request.id, emailed)))
}

pub fn find(tx: &Tx, id: &str) -> Result<PaymentRequest> {
    tx.payment_request(id)?
        .ok_or_else(|| Error::not_found("payment request", id))
}

pub fn get(s: &mut Session, id: &str) -> Result<PaymentRequest> {
    s.store.read(|tx| find(tx, id))
}

pub fn list(
    s: &mut Session,
    status: Option<&str>,
    customer: Option<&str>,
) -> Result<Vec<PaymentRequest>> {
    s.store.read(|tx| tx.payment_requests(status, customer))
}
