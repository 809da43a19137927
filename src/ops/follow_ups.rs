//! What issuing a document sets off, applied: the [`FollowUp`]s an [`Issue`] lists, in
//! order, then the document's audit entry. Every caller of `issuing` applies them here in
//! the same transaction; this module sits above the modules it calls (credits, settlement,
//! payment requests), so none of them reaches back into issuing.

use serde_json::json;

use super::books::{Books, Payer};
use super::issuing::{Correction, FollowUp, Issue};
use super::settlement::{self, Allocation, Via};
use super::units::TickReport;
use crate::domain::invoice::Invoice;
use crate::error::{Error, Result};
use crate::store::{CreditSource, Tx};

/// What issuing a document did besides numbering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issued {
    pub number: String,
    /// A payment request was opened for it.
    pub payment_request: bool,
    /// E-mails queued with the request.
    pub emails: u64,
    /// What the document's e-invoice lacks (a business buyer's SIREN or address).
    pub warning: Option<crate::domain::einvoice::BuyerGap>,
}

/// Applies what issuing set off, in order, and records the issue.
pub fn apply(tx: &Tx, books: &Books, issue: Issue) -> Result<Issued> {
    let Issue {
        mut invoice,
        customer,
        follow_ups,
    } = issue;
    let number = invoice.number.clone().unwrap_or_default();
    let mut issued = Issued {
        number: number.clone(),
        payment_request: false,
        emails: 0,
        warning: crate::domain::einvoice::buyer_gaps(&invoice),
    };
    for follow_up in follow_ups {
        match follow_up {
            FollowUp::CreditLots => super::credits::on_issue(tx, books, &invoice)?,
            FollowUp::SettleCorrected(correction) => {
                settle_with_credit_note(tx, books, invoice.id, correction)?
            }
            FollowUp::SettleFromHeldCredit => {
                let (settled, paid) = apply_customer_credit(tx, books, &invoice)?;
                invoice.settled += settled;
                invoice.paid += paid;
            }
            FollowUp::RequestPayment { subscription } => {
                let payer = Payer {
                    customer: &customer,
                    subscription: subscription.as_deref(),
                };
                if let Some((_, emailed)) =
                    super::payment_requests::after_issue(tx, books, &invoice, payer)?
                {
                    issued.payment_request = true;
                    issued.emails += u64::from(emailed);
                }
                if super::sepa_follow_up::prenotify(tx, books, &invoice, payer)? {
                    issued.emails += 1;
                }
            }
        }
    }
    if super::einvoice::sends_invoices(tx, &invoice)?
        && super::mail::queue_issued_document(tx, &books.now, &invoice)?
    {
        issued.emails += 1;
    }
    tx.audit(
        &format!("invoice:{number}"),
        &json!({ "issued": number, "kind": invoice.kind, "customer": invoice.customer,
                 "grand_total": books.money(invoice.grand_total), "due_date": invoice.due_date }),
    )?;
    Ok(issued)
}

/// [`apply`] for a document that may have been left a draft.
pub fn apply_any(tx: &Tx, books: &Books, issue: Option<Issue>) -> Result<Option<Issued>> {
    issue.map(|issue| apply(tx, books, issue)).transpose()
}

/// Counts what issuing an invoice opened besides: a payment request, and the e-mails
/// queued (the request's, a SEPA pre-notification).
pub fn count_issued(issued: Option<&Issued>, out: &mut TickReport) {
    if let Some(issued) = issued {
        out.payment_requests += u64::from(issued.payment_request);
        out.emails += issued.emails;
        out.warnings.extend(issued.warning.clone());
    }
}

/// A credit note settles the invoice it corrects, up to what that invoice still owes; the
/// rest (the invoice was already paid) becomes the customer's credit.
fn settle_with_credit_note(
    tx: &Tx,
    books: &Books,
    note: i64,
    correction: Correction,
) -> Result<()> {
    let Correction { corrected, amount } = correction;
    tx.invoice_add_credited(corrected, amount)?;
    let invoice = tx
        .invoice(corrected)?
        .ok_or_else(|| Error::not_found("invoice", corrected.to_string()))?;
    let take = amount.min(invoice.outstanding());
    if take > 0 {
        let allocation = Allocation {
            invoice: corrected,
            source: &CreditSource::CreditNote(note),
            amount: take,
            date: books.today,
            via: Via::Receipt,
        };
        settlement::settle(tx, books, allocation)?;
    }
    Ok(())
}

/// What the customer paid ahead or was credited in the invoice's currency, and not used
/// yet, settles a newly issued invoice; returns what it settled and the money among it.
pub fn apply_customer_credit(tx: &Tx, books: &Books, invoice: &Invoice) -> Result<(i64, i64)> {
    if !tx.customer_may_have_credit(&invoice.customer)? {
        return Ok((0, 0));
    }
    let owed = invoice.outstanding();
    let mut left = owed;
    let mut paid = 0;
    for (source, available) in tx.unallocated_credit(&invoice.customer, &invoice.currency, None)? {
        if left <= 0 {
            break;
        }
        let take = available.min(left);
        let allocation = Allocation {
            invoice: invoice.id,
            source: &source,
            amount: take,
            date: books.today,
            via: Via::HeldCredit,
        };
        settlement::settle(tx, books, allocation)?;
        if matches!(source, CreditSource::Payment(_)) {
            paid += take;
        }
        left -= take;
    }
    Ok((owed - left, paid))
}
