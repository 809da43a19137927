//! Credits sold on invoices: a line selling a credit type opens a lot when the invoice is
//! issued; a credit note correcting it revokes what is left of that lot.

use serde_json::json;

use crate::domain::credits::{LedgerKind, OriginKind, credits_bought, expiry_for, format_credits};
use crate::domain::invoice::{Invoice, InvoiceLine};
use crate::error::Result;
use crate::ops::books::Books;
use crate::store::{NewLot, Tx};

use super::{moves::*, types::*};

/// Called when an invoice is issued: each line that sells a credit type opens a lot for
/// the customer; each credit note line correcting such a line revokes what is left of its
/// lot, up to the credited quantity.
pub fn on_issue(tx: &Tx, books: &Books, invoice: &Invoice) -> Result<()> {
    // Most books sell no credits on invoices: then there is nothing to open or revoke.
    if !books.sells_credits(tx)? {
        return Ok(());
    }
    for line in tx.invoice_lines(invoice.id)? {
        if !invoice.is_credit_note() {
            open_purchased(tx, books, invoice, &line)?;
        } else {
            revoke_credited(tx, books, invoice, &line)?;
        }
    }
    Ok(())
}

fn open_purchased(tx: &Tx, books: &Books, invoice: &Invoice, line: &InvoiceLine) -> Result<()> {
    let Some(credit_type) = tx.credit_type_selling(&line.item, &line.uom)? else {
        return Ok(());
    };
    let Some((_, _, per_unit)) = credit_type.sold_as else {
        return Ok(());
    };
    let Some(quantity) = credits_bought(line.billed_qty(), per_unit) else {
        return Ok(());
    };
    let origin = format!("invoice:{}", invoice.reference());
    let expires = expiry_for(books.today, credit_type.validity_days);
    let cause = Cause {
        date: books.today,
        origin: &origin,
        booking: None,
        reason: None,
        now: &books.now,
    };
    let lot = open_lot(
        tx,
        &NewLot {
            customer: &invoice.customer,
            credit_type: &credit_type.code,
            quantity,
            starts: books.today,
            expires,
            origin_kind: OriginKind::Invoice,
            origin: &origin,
            invoice_line: Some(line.id),
            created_at: &books.now,
        },
        &cause,
    )?;
    tx.audit(
        &format!("credits:{}", invoice.customer),
        &json!({ "purchase": { "lot": lot, "type": credit_type.code, "credits": format_credits(quantity),
                 "invoice": invoice.reference(), "expires": expires } }),
    )
}

fn revoke_credited(tx: &Tx, books: &Books, note: &Invoice, line: &InvoiceLine) -> Result<()> {
    let Some(corrected) = line.credits_line else {
        return Ok(());
    };
    let Some(record) = tx.credit_lot_of_invoice_line(corrected)? else {
        return Ok(());
    };
    let credit_type = find_type(tx, &record.credit_type)?;
    let credited = match credit_type.sold_as {
        Some((_, _, per_unit)) => credits_bought(line.billed_qty(), per_unit).unwrap_or(0),
        None => record.lot.quantity,
    };
    let amount = credited.min(record.lot.remaining);
    if amount <= 0 {
        return Ok(());
    }
    let origin = format!("credit_note:{}", note.reference());
    let cause = Cause {
        date: books.today,
        origin: &origin,
        booking: None,
        reason: note.reason.as_deref(),
        now: &books.now,
    };
    let mut lots = vec![record.lot.clone()];
    let movement = Movement {
        holding: Holding {
            customer: &record.customer,
            credit_type: &record.credit_type,
        },
        kind: LedgerKind::Revoke,
        cause: &cause,
    };
    record_moves(tx, &movement, &mut lots, &[(record.lot.id, amount)])?;
    tx.audit(
        &format!("credits:{}", record.customer),
        &json!({ "revoke": { "lot": record.lot.id, "credits": format_credits(amount), "credit_note": note.reference() } }),
    )
}
