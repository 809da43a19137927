//! E-mail: templates written by the user (minijinja), the outbox, and delivery over SMTP.
//! Queueing happens inside the command's transaction; delivery happens after it, one
//! message at a time, so a server that is down never rolls back the books.

use serde_json::json;

use super::Session;
use super::books::{Books, company_of, find_customer, find_invoice, find_subscription};
use super::einvoice::Issuer;
use crate::config::MachineConfig;
use crate::domain::customer::billing_address;
use crate::domain::ids::InvoiceRef;
use crate::domain::invoice::Invoice;
use crate::domain::messages::fill;
use crate::domain::outbox::{OutboxMessage, Template};
use crate::domain::payment_request::PaymentRequest;
use crate::domain::values;
use crate::error::{Error, Result};
use crate::formats::document::{self, EmailContext, PaymentRequestContext};
use crate::mail::{Attachment, OutgoingMail};
use crate::store::Tx;

/// A template's subject and body, checked as a whole: syntax, and every name it reads.
fn checked_template(name: &str, subject: &str, body: &str) -> Result<Template> {
    let subject = values::non_empty("--subject", subject)?;
    if body.trim().is_empty() {
        return Err(Error::invalid("--body-file", "is empty"));
    }
    document::check_user_template(&format!("template {name} (subject)"), &subject)?;
    document::check_user_template(&format!("template {name}"), body)?;
    Ok(Template {
        name: name.to_string(),
        subject,
        body: body.to_string(),
    })
}

/// Adds a template (or, with `replace`, replaces the one of its name).
pub fn add_template(s: &mut Session, new: &Template, replace: bool) -> Result<Template> {
    let name = new.name.as_str();
    values::check_code("NAME", name)?;
    let template = checked_template(name, &new.subject, &new.body)?;
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        tx.template_insert(&template, replace, &now)?;
        tx.audit(
            &format!("template:{name}"),
            &json!({ "subject": template.subject, "body_length": template.body.len() }),
        )
    })?;
    Ok(template)
}

/// Changes a template's subject, body, or both; the result is checked as a new one is.
pub fn edit_template(
    s: &mut Session,
    name: &str,
    subject: Option<&str>,
    body: Option<&str>,
) -> Result<Template> {
    s.store.write(|tx| {
        let old = find_template(tx, name)?;
        let template = checked_template(
            name,
            subject.unwrap_or(&old.subject),
            body.unwrap_or(&old.body),
        )?;
        tx.template_update(&template)?;
        tx.audit(
            &format!("template:{name}"),
            &json!({ "subject": template.subject, "body_length": template.body.len() }),
        )?;
        Ok(template)
    })
}

/// Removes a template nothing names; one in use is refused, naming its users.
pub fn remove_template(s: &mut Session, name: &str) -> Result<()> {
    s.store.write(|tx| {
        find_template(tx, name)?;
        let users = tx.template_users(name)?;
        if !users.is_empty() {
            return Err(Error::refused(format!(
                "template {name} is used by {}; give them another template (or none) first",
                users.join(", ")
            )));
        }
        tx.template_delete(name)?;
        tx.audit(&format!("template:{name}"), &json!({ "removed": true }))
    })
}

pub fn find_template(tx: &Tx, name: &str) -> Result<Template> {
    tx.template(name)?.ok_or_else(|| {
        Error::not_found_hint(
            "template",
            name,
            format!("add it with `subs template add {name}`"),
        )
    })
}

pub fn get_template(s: &mut Session, name: &str) -> Result<Template> {
    s.store.read(|tx| find_template(tx, name))
}

pub fn list_templates(s: &mut Session) -> Result<Vec<Template>> {
    s.store.read(|tx| tx.templates())
}

/// The context a template is rendered with for one invoice (and its payment request).
pub fn email_context(
    tx: &Tx,
    invoice_reference: &str,
    request: Option<&PaymentRequest>,
) -> Result<EmailContext> {
    let invoice = find_invoice(tx, invoice_reference)?;
    let company = company_of(tx)?;
    let customer = find_customer(tx, &invoice.customer)?;
    let subscription = invoice
        .subscription
        .as_deref()
        .map(|id| find_subscription(tx, id))
        .transpose()?;
    let request = match request {
        Some(r) => Some(r.clone()),
        None => tx.payment_request_for_invoice(invoice.id)?,
    };
    Ok(EmailContext {
        company: (&company).into(),
        customer: (&customer).into(),
        invoice: (&invoice).into(),
        subscription: subscription.as_ref().map(Into::into),
        payment_link: request.as_ref().and_then(|r| r.link.clone()),
        payment_request: request
            .as_ref()
            .map(|r| PaymentRequestContext::new(&r.id, r.amount, &r.currency, &r.token)),
        language: company.language,
    })
}

/// (subject, body) of a template rendered for an invoice.
pub fn render(s: &mut Session, name: &str, invoice: &InvoiceRef) -> Result<(String, String)> {
    s.store.read(|tx| {
        let template = find_template(tx, name)?;
        let ctx = email_context(tx, invoice, None)?;
        render_template(&template, &ctx)
    })
}

pub fn render_template(template: &Template, ctx: &EmailContext) -> Result<(String, String)> {
    let subject = document::render_user_template(
        &format!("template {} (subject)", template.name),
        &template.subject,
        ctx,
        false,
    )?;
    let body = document::render_user_template(
        &format!("template {}", template.name),
        &template.body,
        ctx,
        false,
    )?;
    Ok((subject.trim().to_string(), body))
}

/// Queues the payment-request e-mail of `request` from `template` to the customer's billing
/// address, with
/// the invoice attached as its Factur-X PDF. No address on file: nothing is queued (returns
/// false).
pub fn queue_request_email(
    tx: &Tx,
    books: &Books,
    template_name: &str,
    request: &PaymentRequest,
) -> Result<bool> {
    let customer = find_customer(tx, &request.customer)?;
    let Some(email) = billing_address(&customer).map(String::from) else {
        return Ok(false);
    };
    let template = find_template(tx, template_name)?;
    let ctx = email_context(tx, &request.invoice_number, Some(request))?;
    let (subject, body) = render_template(&template, &ctx)?;
    let invoice = find_invoice(tx, &request.invoice_number)?;
    let pdf = Issuer::load(tx)?.pdf(tx, &invoice)?;
    let message = OutboxMessage {
        recipients: email,
        subject,
        body,
        attachment_name: Some(format!("{}.pdf", request.invoice_number)),
        attachment: Some(pdf),
        invoice: Some(request.invoice),
        payment_request: Some(request.id.clone()),
        created_at: books.now.clone(),
        ..OutboxMessage::default()
    };
    let id = tx.outbox_insert(&message)?;
    tx.audit(&format!("mail:{id}"), &json!({ "queued": message.subject, "to": message.recipients, "payment_request": request.id }))?;
    Ok(true)
}

/// Queues an issued invoice or credit note to its customer's billing address with its
/// Factur-X PDF attached, the text from `template` when given, else the documents' own
/// words. Returns the message's id; a customer without an address is refused, naming it.
pub fn queue_document_email(
    tx: &Tx,
    now: &str,
    invoice: &Invoice,
    template: Option<&str>,
) -> Result<i64> {
    let number = invoice.reference();
    let customer = find_customer(tx, &invoice.customer)?;
    let email = billing_address(&customer).map(String::from).ok_or_else(|| {
        Error::refused(format!(
            "customer {} has no e-mail address to send {number} to: set one with `subs customer edit {} --email …`",
            customer.code, customer.code
        ))
    })?;
    let mut issuer = Issuer::load(tx)?;
    let pdf = issuer.pdf(tx, invoice)?;
    let (subject, body) = match template {
        Some(name) => {
            let template = find_template(tx, name)?;
            let ctx = email_context(tx, &number, None)?;
            render_template(&template, &ctx)?
        }
        None => {
            let m = issuer.messages;
            let company = company_of(tx)?;
            let title = if invoice.is_credit_note() {
                m.credit_note
            } else {
                m.invoice
            };
            let document = title.to_lowercase();
            let amount = m.money(
                crate::domain::money::from_minor(
                    invoice.grand_total.abs(),
                    crate::domain::money::minor_digits(&invoice.currency),
                ),
                &invoice.currency,
            );
            let date = invoice.issue_date.map(|d| m.date(d)).unwrap_or_default();
            let args = [
                ("company", company.name.as_str()),
                ("document", document.as_str()),
                ("number", number.as_str()),
                ("date", date.as_str()),
                ("amount", amount.as_str()),
            ];
            (
                fill(m.document_mail_subject, &args),
                fill(m.document_mail_body, &args),
            )
        }
    };
    let message = OutboxMessage {
        recipients: email,
        subject,
        body,
        attachment_name: Some(format!("{number}.pdf")),
        attachment: Some(pdf),
        invoice: Some(invoice.id),
        created_at: now.to_string(),
        ..OutboxMessage::default()
    };
    let id = tx.outbox_insert(&message)?;
    tx.audit(
        &format!("mail:{id}"),
        &json!({ "queued": message.subject, "to": message.recipients, "document": number }),
    )?;
    Ok(id)
}

/// Queues a document just issued to a customer who asked for them (`--send-invoices`):
/// false, queueing nothing, when the customer has no address on file.
pub fn queue_issued_document(tx: &Tx, now: &str, invoice: &Invoice) -> Result<bool> {
    let customer = find_customer(tx, &invoice.customer)?;
    if billing_address(&customer).is_none() {
        return Ok(false);
    }
    queue_document_email(tx, now, invoice, None)?;
    Ok(true)
}

/// `invoice send NUMBER [--template T]`: queues the document's e-mail, then delivers that
/// message. Returns its id and what the delivery did.
pub fn send_document(
    s: &mut Session,
    config: &MachineConfig,
    reference: &InvoiceRef,
    template: Option<&str>,
) -> Result<(i64, Delivery)> {
    let now = s.clock.rfc3339();
    let id = s.store.write(|tx| {
        let invoice = find_invoice(tx, reference)?;
        if !invoice.is_issued() {
            return Err(Error::refused(format!(
                "{} is a draft: issue it before sending it",
                invoice.reference()
            )));
        }
        queue_document_email(tx, &now, &invoice, template)
    })?;
    let delivery = deliver(s, config, Some(id))?;
    Ok((id, delivery))
}

/// The MIME type of an attachment, by its file name.
fn content_type(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".pdf") {
        "application/pdf"
    } else if lower.ends_with(".xml") {
        "application/xml"
    } else {
        "text/html; charset=utf-8"
    }
}

pub fn outbox(s: &mut Session, status: Option<&str>) -> Result<Vec<OutboxMessage>> {
    s.store.read(|tx| tx.outbox(status))
}

/// What a delivery run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub sent: u64,
    pub failed: Vec<(i64, String)>,
}

/// Delivers every message not sent yet (queued, or failed before), oldest first; a
/// withdrawn (`cancelled`) message is never sent. Each outcome is recorded in its own
/// transaction after the SMTP exchange.
pub fn send_queued(s: &mut Session, config: &MachineConfig) -> Result<Delivery> {
    deliver(s, config, None)
}

/// Delivers the waiting messages, or only message `only`.
fn deliver(s: &mut Session, config: &MachineConfig, only: Option<i64>) -> Result<Delivery> {
    let smtp = config.smtp()?.clone();
    let pending: Vec<i64> = s.store.read(|tx| {
        Ok(tx
            .outbox(None)?
            .into_iter()
            .filter(|m| awaits_delivery(&m.status) && only.is_none_or(|id| id == m.id))
            .map(|m| m.id)
            .collect())
    })?;
    let mut delivery = Delivery::default();
    for id in pending {
        let Some(message) = s.store.read(|tx| tx.outbox_message(id))? else {
            continue;
        };
        if !awaits_delivery(&message.status) {
            continue; // another run delivered it, or its invoice was settled, meanwhile
        }
        let mail = OutgoingMail {
            date: s.clock.now,
            to: message
                .recipients
                .split(',')
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty())
                .collect(),
            subject: message.subject.clone(),
            text: message.body.clone(),
            html: message.html.clone(),
            attachments: match (&message.attachment_name, &message.attachment) {
                (Some(name), Some(bytes)) => vec![Attachment {
                    filename: name.clone(),
                    content_type: content_type(name).into(),
                    bytes: bytes.clone(),
                }],
                _ => Vec::new(),
            },
        };
        let outcome = crate::mail::send(&smtp, &mail);
        let now = s.clock.rfc3339();
        let error = outcome.as_ref().err().map(|e| e.to_string());
        s.store.write(|tx| {
            tx.outbox_mark(id, error.is_none(), error.as_deref(), &now)?;
            tx.audit(
                &format!("mail:{id}"),
                &json!({ "sent": error.is_none(), "error": error }),
            )
        })?;
        match error {
            None => delivery.sent += 1,
            Some(e) => delivery.failed.push((id, e)),
        }
    }
    Ok(delivery)
}

/// Whether a message is still to be sent: queued, or failed and retried.
fn awaits_delivery(status: &str) -> bool {
    matches!(status, "queued" | "failed")
}

/// Whether `tick` delivers the outbox itself (`mail.send_on_tick`) and has something to send.
pub fn send_on_tick(s: &mut Session) -> Result<bool> {
    s.store.read(|tx| {
        let enabled = tx
            .setting("mail.send_on_tick")?
            .is_some_and(|v| v == "true");
        Ok(enabled && !tx.outbox(Some("queued"))?.is_empty())
    })
}
