//! Settling invoices (DESIGN §8). Every allocation of money or credit to an invoice — a
//! payment, a gateway event, a bank line, a credit note, held credit used at issue — goes
//! through [`settle`], which then closes what the settlement makes moot: once nothing is
//! owed, the invoice's payment request is closed and its e-mails not sent yet are withdrawn
//! from the outbox (kept, `cancelled`, with the reason).
//!
//! Also the money invariants `db check` verifies ([`check`]): for every document settled ≤
//! total and settled = its allocations; money received = allocations + customer credit +
//! refunds, that is, no payment or credit note gives more than it holds.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::Books;
use crate::domain::invoice::{PaymentStatus, draft_reference};
use crate::domain::money::{format_minor, minor_digits};
use crate::error::Result;
use crate::store::{CreditSource, SettlementRule, Tx};

/// How an allocation came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// Made by its payment or credit note as it came in.
    Receipt,
    /// Made from credit the customer held (an earlier overpayment or credit note).
    HeldCredit,
}

/// An allocation to make: `amount` of `source` to invoice `invoice` on `date`.
#[derive(Debug, Clone, Copy)]
pub struct Allocation<'a> {
    pub invoice: i64,
    pub source: &'a CreditSource,
    pub amount: i64,
    pub date: NaiveDate,
    pub via: Via,
}

/// Makes the allocation, then closes what the settlement makes moot.
pub fn settle(tx: &Tx, books: &Books, allocation: Allocation) -> Result<()> {
    let Allocation {
        invoice,
        source,
        amount,
        date,
        via,
    } = allocation;
    tx.allocation_insert(invoice, source, amount, date, via == Via::HeldCredit)?;
    after_settlement(tx, books, invoice, source)
}

/// Once an invoice owes nothing: its payment request closes (`paid`, or `cancelled` when
/// credit notes took it whole) and its messages not sent yet are withdrawn.
fn after_settlement(tx: &Tx, books: &Books, invoice_id: i64, source: &CreditSource) -> Result<()> {
    let Some(request) = tx.payment_request_for_invoice(invoice_id)? else {
        return Ok(());
    };
    let Some(invoice) = tx.invoice(invoice_id)? else {
        return Ok(());
    };
    if invoice.outstanding() > 0 {
        return Ok(());
    }
    let by = match source {
        CreditSource::Payment(id) => id.clone(),
        CreditSource::CreditNote(id) => tx
            .invoice(*id)?
            .and_then(|note| note.number)
            .unwrap_or_else(|| draft_reference(*id)),
    };
    let credited = invoice.payment_status(books.today) == PaymentStatus::Credited;
    let reason = format!(
        "{} {} by {by}",
        invoice.reference(),
        if credited { "credited" } else { "settled" }
    );
    if matches!(request.status.as_str(), "open" | "failed") {
        let status = if credited { "cancelled" } else { "paid" };
        tx.payment_request_update(
            &request.id,
            status,
            None,
            request.failure.as_deref(),
            &books.now,
        )?;
        tx.audit(
            &format!("payment-request:{}", request.id),
            &json!({ "status": status, "reason": reason }),
        )?;
    }
    for id in tx.outbox_withdraw(&request.id, &reason)? {
        tx.audit(
            &format!("mail:{id}"),
            &json!({ "withdrawn": reason, "payment_request": request.id }),
        )?;
    }
    Ok(())
}

/// The money invariants, one line per break (empty when the books hold).
pub fn check(s: &mut Session) -> Result<Vec<String>> {
    s.store.read(|tx| {
        let mut problems = Vec::new();
        for rule in SettlementRule::ALL {
            for (subject, currency, found, limit) in tx.settlement_breaks(rule)? {
                let money = |minor: i64| format_minor(minor, minor_digits(&currency));
                let (found, limit) = (money(found), money(limit));
                problems.push(match rule {
                    SettlementRule::WithinTotal => format!(
                        "settlement: {subject} is settled {found} {currency}, beyond its total {limit}"
                    ),
                    SettlementRule::SettledIsAllocations => format!(
                        "settlement: {subject} is settled {found} {currency} but its allocations add up to {limit}"
                    ),
                    SettlementRule::PaidIsMoney => format!(
                        "settlement: {subject} counts {found} {currency} paid but the payments allocated to it add up to {limit}"
                    ),
                    SettlementRule::PaymentWithinAmount => format!(
                        "settlement: payment {subject} gave {found} {currency} (allocations and refunds), more than its {limit}"
                    ),
                    SettlementRule::CreditNoteWithinAmount => format!(
                        "settlement: credit note {subject} gave {found} {currency} (allocations and refunds), more than its {limit}"
                    ),
                    SettlementRule::RefundIsItsParts => format!(
                        "settlement: refund {subject} drew {found} {currency} from held credit, not its {limit}"
                    ),
                });
            }
        }
        for (allocation, document, currency, money) in tx.currency_breaks()? {
            problems.push(format!(
                "settlement: allocation {allocation} settles {document} in {currency} with money in {money}"
            ));
        }
        Ok(problems)
    })
}
