//! Documents: pricing a line, writing a draft, issuing it with the next gapless number,
//! and correcting an issued invoice with a credit note. Shared by `tick`, one-off
//! invoices, orders and cancellations; all of it runs inside the caller's transaction.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;

use crate::domain::billing::Factor;
use crate::domain::cancellation::LineCredit;
use crate::domain::catalogue::Item;
use crate::domain::customer::Customer;
use crate::domain::invoice::{
    self, DocKind, Invoice, LineAmount, NewInvoice, NewLine, Totals, line_amount,
};
use crate::domain::money::{format_minor, from_minor, minor_digits};
use crate::domain::numbering::Series;
use crate::domain::period::Period;
use crate::domain::pricing::{PriceSource, Priced, pick_list_price};
use crate::domain::settings::{Company, DEFAULT_CREDIT_NOTE_SERIES, DEFAULT_INVOICE_SERIES};
use crate::error::{Error, Result};
use crate::ops::company_of;
use crate::store::{CreditSource, Frozen, Numbering, Tx};

/// What every document of one command needs to know: the day and the company.
#[derive(Debug, Clone)]
pub struct Books {
    pub today: NaiveDate,
    /// The command's instant (RFC 3339), recorded as creation time.
    pub now: String,
    pub company: Company,
    pub digits: u32,
    pub invoice_series: Series,
    pub credit_note_series: Series,
    pub days_until_due: u32,
}

impl Books {
    pub fn load(tx: &Tx, today: NaiveDate, now: &str) -> Result<Books> {
        let company = company_of(tx)?;
        let series = |key: &str, default: &str| -> Result<Series> {
            Series::parse(
                key,
                &tx.setting(key)?.unwrap_or_else(|| default.to_string()),
            )
        };
        let days_until_due = tx
            .setting("invoice.days_until_due")?
            .and_then(|d| d.parse().ok())
            .unwrap_or(30);
        Ok(Books {
            today,
            now: now.to_string(),
            digits: minor_digits(&company.currency),
            invoice_series: series("invoice.series", DEFAULT_INVOICE_SERIES)?,
            credit_note_series: series("credit_note.series", DEFAULT_CREDIT_NOTE_SERIES)?,
            company,
            days_until_due,
        })
    }

    pub fn money(&self, minor: i64) -> String {
        format_minor(minor, self.digits)
    }
}

/// The rate of `item` in `uom` for `customer` on `date`: fixed, or from the customer's price
/// list, else the default list.
pub fn price_for(
    tx: &Tx,
    books: &Books,
    item: &Item,
    uom: &str,
    fixed: Option<Decimal>,
    customer: &Customer,
    date: NaiveDate,
) -> Result<Priced> {
    if let Some(rate) = fixed {
        return Ok(Priced {
            rate,
            source: PriceSource::Fixed,
        });
    }
    let list = match &customer.price_list {
        Some(name) => tx.price_list(name)?,
        None => tx.default_price_list()?,
    }
    .ok_or_else(|| {
        Error::refused(format!(
            "no price list to price {} (customer {} has none and there is no default)",
            item.code, customer.code
        ))
    })?;
    if list.currency != books.company.currency {
        return Err(Error::refused(format!(
            "price list {} is in {}, the books are in {}",
            list.name, list.currency, books.company.currency
        )));
    }
    let prices = tx.prices_on(&item.code, &list.name, date)?;
    let conversions = tx.conversions(Some(&item.code))?;
    pick_list_price(&prices, uom, date, &conversions).ok_or_else(|| {
        Error::refused(format!(
            "no price for {} per {uom} in price list {} on {date}; set one with `subs price set {} RATE --list {}`",
            item.code, list.name, item.code, list.name
        ))
    })
}

/// A priced line for a period (or for no period on one-off documents).
pub fn priced_line(
    item: &Item,
    qty: Decimal,
    uom: &str,
    priced: &Priced,
    factor: Factor,
    period: Option<Period>,
    digits: u32,
) -> NewLine {
    let amount = line_amount(qty, priced.rate, factor, digits);
    let description = if factor.is_full() {
        item.name.clone()
    } else {
        format!(
            "{} ({}/{} days)",
            item.name, factor.days, factor.period_days
        )
    };
    NewLine {
        item: item.code.clone(),
        description,
        qty,
        uom: uom.to_string(),
        rate: priced.rate,
        factor,
        amount,
        vat_rate: item.vat_rate,
        period,
        price_source: priced.source.describe(),
        subscription_line: None,
        credits_line: None,
    }
}

pub fn totals_of(inv: &NewInvoice, digits: u32) -> Totals {
    invoice::totals(inv.lines.iter().map(|l| (l.vat_rate, l.amount.net)), digits)
}

/// Writes `inv` as a draft; returns its id.
pub fn write_draft(tx: &Tx, books: &Books, inv: &NewInvoice) -> Result<i64> {
    if inv.lines.is_empty() {
        return Err(Error::invalid(
            "lines",
            "a document needs at least one line",
        ));
    }
    tx.invoice_insert_draft(inv, &totals_of(inv, books.digits), &books.now)
}

/// Issues draft `id` on the books' day: the next number of its series, the due date, and
/// the parties frozen as printed. Returns the number.
pub fn issue(tx: &Tx, books: &Books, id: i64) -> Result<String> {
    let draft = tx
        .invoice(id)?
        .ok_or_else(|| Error::not_found("invoice", format!("draft:{id}")))?;
    if draft.is_issued() {
        return Err(Error::refused(format!(
            "{} is already issued",
            draft.reference()
        )));
    }
    let customer = tx
        .customer(&draft.customer)?
        .ok_or_else(|| Error::not_found("customer", &draft.customer))?;
    let series = match DocKind::parse(&draft.kind) {
        Some(DocKind::CreditNote) => &books.credit_note_series,
        _ => &books.invoice_series,
    };
    let key = series.key(books.today);
    let seq = tx.series_next(&key, books.today)?;
    let number = series.render(books.today, seq as u64);
    let due = if draft.is_credit_note() {
        books.today
    } else {
        invoice::due_date(
            books.today,
            draft.due_from,
            draft.days_until_due.unwrap_or(books.days_until_due),
        )
    };
    let company = &books.company;
    let frozen = Frozen {
        customer_name: customer.name.clone(),
        customer_address: customer.address.clone(),
        customer_vat_id: customer.vat_id.clone(),
        customer_siren: customer.siren.clone(),
        customer_kind: customer.kind.as_str().into(),
        seller_name: company.name.clone(),
        seller_address: company.address.clone(),
        seller_siren: company.siren.clone(),
        seller_vat_id: company.vat_id.clone(),
    };
    let numbering = Numbering {
        number: number.clone(),
        series: key,
        seq,
        issue_date: books.today,
        due_date: due,
    };
    tx.invoice_mark_issued(id, &numbering, &frozen)?;
    // Lines selling booking credits open lots; credit notes revoke what is left of them.
    super::credits::on_issue(tx, books, id)?;
    match draft.credits_invoice {
        Some(corrected) => settle_with_credit_note(tx, books, corrected, id, -draft.grand_total)?,
        None if draft.grand_total > 0 => apply_customer_credit(tx, books, &draft.customer, id)?,
        None => {}
    }
    tx.audit(
        &format!("invoice:{number}"),
        &json!({ "issued": number, "kind": draft.kind, "customer": draft.customer,
                 "grand_total": books.money(draft.grand_total), "due_date": due }),
    )?;
    Ok(number)
}

/// A credit note settles the invoice it corrects, up to what that invoice still owes; the
/// rest (the invoice was already paid) becomes the customer's credit.
fn settle_with_credit_note(
    tx: &Tx,
    books: &Books,
    corrected: i64,
    note: i64,
    amount: i64,
) -> Result<()> {
    tx.invoice_add_credited(corrected, amount)?;
    let invoice = tx
        .invoice(corrected)?
        .ok_or_else(|| Error::not_found("invoice", corrected.to_string()))?;
    let take = amount.min(invoice.outstanding());
    if take > 0 {
        tx.allocation_insert(
            corrected,
            &CreditSource::CreditNote(note),
            take,
            books.today,
        )?;
    }
    Ok(())
}

/// What the customer paid ahead or was credited, and not used yet, settles a new invoice.
pub fn apply_customer_credit(tx: &Tx, books: &Books, customer: &str, invoice: i64) -> Result<()> {
    let Some(mut owed) = tx.invoice(invoice)?.map(|i| i.outstanding()) else {
        return Ok(());
    };
    for (source, available) in tx.unallocated_credit(customer)? {
        if owed <= 0 {
            break;
        }
        let take = available.min(owed);
        tx.allocation_insert(invoice, &source, take, books.today)?;
        owed -= take;
    }
    Ok(())
}

/// Writes `inv` and, unless `as_draft`, issues it. Returns the id and the number if issued.
pub fn create(
    tx: &Tx,
    books: &Books,
    inv: &NewInvoice,
    as_draft: bool,
) -> Result<(i64, Option<String>)> {
    let id = write_draft(tx, books, inv)?;
    if as_draft {
        tx.audit(
            &format!("invoice:draft:{id}"),
            &json!({ "draft": id, "customer": inv.customer, "subscription": inv.subscription }),
        )?;
        return Ok((id, None));
    }
    let number = issue(tx, books, id)?;
    Ok((id, Some(number)))
}

/// Finds an invoice by number, or a draft by `draft:ID`.
pub fn find_invoice(tx: &Tx, reference: &str) -> Result<Invoice> {
    let found = match reference.strip_prefix("draft:") {
        Some(id) => match id.parse::<i64>() {
            Ok(id) => tx.invoice(id)?.filter(|i| !i.is_issued()),
            Err(_) => None,
        },
        None => tx.invoice_by_number(reference)?,
    };
    found.ok_or_else(|| Error::not_found("invoice", reference))
}

fn credit_header(original: &Invoice, reason: Option<String>) -> NewInvoice {
    NewInvoice {
        kind: DocKind::CreditNote,
        customer: original.customer.clone(),
        subscription: original.subscription.clone(),
        sales_order: original.sales_order.clone(),
        credits_invoice: Some(original.id),
        period: None,
        currency: original.currency.clone(),
        days_until_due: 0,
        due_from: None,
        reason: Some(reason.unwrap_or_else(|| format!("credit of {}", original.reference()))),
        lines: Vec::new(),
    }
}

/// Issues a credit note for the line credits of one invoice (a cancellation's correction).
pub fn credit_lines(
    tx: &Tx,
    books: &Books,
    original: &Invoice,
    credits: &[LineCredit],
    reason: &str,
) -> Result<String> {
    let lines = tx.invoice_lines(original.id)?;
    let mut note = credit_header(original, Some(reason.to_string()));
    for credit in credits {
        let line = lines
            .iter()
            .find(|l| l.id == credit.line_id)
            .ok_or_else(|| {
                Error::Database(format!(
                    "line {} of {} vanished",
                    credit.line_id,
                    original.reference()
                ))
            })?;
        note.lines.push(NewLine {
            item: line.item.clone(),
            description: format!(
                "{} — not served {}..{}",
                line.description, credit.period.start, credit.period.end
            ),
            qty: line.qty,
            uom: line.uom.clone(),
            rate: line.rate,
            factor: Factor {
                days: credit.days,
                period_days: credit.period_days,
            },
            amount: LineAmount {
                unrounded: -credit.unrounded,
                net: -credit.amount,
            },
            vat_rate: line.vat_rate,
            period: Some(credit.period),
            price_source: line.price_source.clone(),
            subscription_line: line.subscription_line,
            credits_line: Some(line.id),
        });
    }
    note.period = span(note.lines.iter().filter_map(|l| l.period));
    let id = write_draft(tx, books, &note)?;
    issue(tx, books, id)
}

/// The smallest period covering all of `periods`.
pub fn span(periods: impl Iterator<Item = Period>) -> Option<Period> {
    periods.fold(None, |acc: Option<Period>, p| match acc {
        None => Some(p),
        Some(a) => Some(Period {
            start: a.start.min(p.start),
            end: a.end.max(p.end),
        }),
    })
}

/// Credits an issued invoice: in full (what remains of each line), or by a net `amount`
/// split across its VAT rates in proportion to their bases.
pub fn credit_invoice(
    tx: &Tx,
    books: &Books,
    original: &Invoice,
    amount: Option<i64>,
    reason: Option<String>,
) -> Result<String> {
    if !original.is_issued() {
        return Err(Error::refused(format!(
            "{} is a draft: change or delete it instead of crediting it",
            original.reference()
        )));
    }
    if original.is_credit_note() {
        return Err(Error::refused(format!(
            "{} is a credit note; only invoices are credited",
            original.reference()
        )));
    }
    let vat = tx.invoice_vat(original.id)?;
    let already = tx.credited_by_rate(original.id)?;
    let remaining: Vec<(Decimal, i64)> = vat
        .iter()
        .map(|v| {
            let credited: i64 = already
                .iter()
                .filter(|(r, _)| *r == v.rate)
                .map(|(_, b)| -b)
                .sum();
            (v.rate, v.base - credited)
        })
        .filter(|(_, left)| *left > 0)
        .collect();
    let creditable: i64 = remaining.iter().map(|(_, left)| left).sum();
    if creditable <= 0 {
        return Err(Error::refused(format!(
            "{} is already fully credited",
            original.reference()
        )));
    }
    let amount = amount.unwrap_or(creditable);
    if amount > creditable {
        return Err(Error::invalid(
            "--amount",
            format!(
                "{} is more than what remains to credit on {} ({} before VAT)",
                books.money(amount),
                original.reference(),
                books.money(creditable)
            ),
        ));
    }
    let mut note = credit_header(original, reason);
    note.period = match (original.period_start, original.period_end) {
        (Some(start), Some(end)) => Some(Period { start, end }),
        _ => None,
    };
    let full = amount == creditable && already.is_empty();
    if full {
        for line in tx.invoice_lines(original.id)? {
            note.lines.push(NewLine {
                item: line.item.clone(),
                description: line.description.clone(),
                qty: line.qty,
                uom: line.uom.clone(),
                rate: line.rate,
                factor: Factor {
                    days: line.days.unwrap_or(1),
                    period_days: line.period_days.unwrap_or(1),
                },
                amount: LineAmount {
                    unrounded: -line.unrounded,
                    net: -line.net,
                },
                vat_rate: line.vat_rate,
                period: line
                    .period_start
                    .zip(line.period_end)
                    .map(|(start, end)| Period { start, end }),
                price_source: line.price_source.clone(),
                subscription_line: line.subscription_line,
                credits_line: Some(line.id),
            });
        }
    } else {
        let mut left = amount;
        for (index, (rate, base_left)) in remaining.iter().enumerate() {
            let share = if index + 1 == remaining.len() {
                left
            } else {
                crate::domain::money::to_minor(
                    Decimal::from(amount) * Decimal::from(*base_left) / Decimal::from(creditable),
                    0,
                )
            };
            left -= share;
            if share == 0 {
                continue;
            }
            let value = from_minor(share, books.digits);
            note.lines.push(NewLine {
                item: "CREDIT".into(),
                description: format!(
                    "Credit on {} (VAT {} %)",
                    original.reference(),
                    rate.normalize()
                ),
                qty: Decimal::ONE,
                uom: "unit".into(),
                rate: value,
                factor: Factor::FULL,
                amount: LineAmount {
                    unrounded: -value,
                    net: -share,
                },
                vat_rate: *rate,
                period: None,
                price_source: "credit amount".into(),
                subscription_line: None,
                credits_line: None,
            });
        }
    }
    let id = write_draft(tx, books, &note)?;
    issue(tx, books, id)
}
