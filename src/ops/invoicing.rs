//! Documents: pricing a line, writing a draft, issuing it with the next gapless number,
//! and correcting an issued invoice with a credit note. Shared by `tick`, one-off
//! invoices, orders and cancellations; all of it runs inside the caller's transaction.

use std::cell::RefCell;
use std::collections::HashMap;

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
use crate::domain::lines::LineSpec;
use crate::domain::messages;
use crate::domain::money::{OutOfRange, format_minor, from_minor, minor_digits, share};
use crate::domain::numbering::Series;
use crate::domain::period::Period;
use crate::domain::pricing::{PriceSource, Priced, pick_list_price};
use crate::domain::settings::{Company, DEFAULT_CREDIT_NOTE_SERIES, DEFAULT_INVOICE_SERIES};
use crate::domain::subscription::Subscription;
use crate::domain::values::LAST_DATE;
use crate::error::{Error, Result};
use crate::ops::catalogue::find_item;
use crate::ops::company_of;
use crate::ops::settlement::{self, Via};
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
    /// Items and prices looked up during this command. A command never changes the
    /// catalogue while it bills, so a `tick` over many subscriptions asks for each only once.
    cache: Cache,
}

/// (item, uom, the customer's price list, day) of a price looked up.
type PriceKey = (String, String, Option<String>, NaiveDate);

#[derive(Debug, Clone, Default)]
struct Cache {
    items: RefCell<HashMap<String, Item>>,
    /// (item, uom, customer's price list, day) → price.
    prices: RefCell<HashMap<PriceKey, Priced>>,
    /// Whether any credit type is sold on invoices.
    sells_credits: RefCell<Option<bool>>,
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
            cache: Cache::default(),
        })
    }

    /// Whether some credit type is sold on invoices (asked once per command).
    pub fn sells_credits(&self, tx: &Tx) -> Result<bool> {
        if let Some(known) = *self.cache.sells_credits.borrow() {
            return Ok(known);
        }
        let sells = tx.credit_type_sold_anywhere()?;
        self.cache.sells_credits.replace(Some(sells));
        Ok(sells)
    }

    /// The item `code`, looked up once per command.
    pub fn item(&self, tx: &Tx, code: &str) -> Result<Item> {
        if let Some(item) = self.cache.items.borrow().get(code) {
            return Ok(item.clone());
        }
        let item = crate::ops::catalogue::find_item(tx, code)?;
        self.cache
            .items
            .borrow_mut()
            .insert(code.to_string(), item.clone());
        Ok(item)
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
    let key = (
        item.code.clone(),
        uom.to_string(),
        customer.price_list.clone(),
        date,
    );
    if let Some(priced) = books.cache.prices.borrow().get(&key) {
        return Ok(priced.clone());
    }
    let priced = price_from_list(tx, books, item, uom, customer, date)?;
    books.cache.prices.borrow_mut().insert(key, priced.clone());
    Ok(priced)
}

fn price_from_list(
    tx: &Tx,
    books: &Books,
    item: &Item,
    uom: &str,
    customer: &Customer,
    date: NaiveDate,
) -> Result<Priced> {
    let default = tx.default_price_list()?;
    let own = match &customer.price_list {
        Some(name) => Some(
            tx.price_list(name)?
                .ok_or_else(|| Error::not_found("price list", name))?,
        ),
        None => None,
    };
    // The customer's list first; what it does not price, the default list does (DESIGN §5).
    let mut lists = Vec::new();
    lists.extend(own.clone());
    lists.extend(default.filter(|d| own.as_ref().is_none_or(|o| o.name != d.name)));
    if lists.is_empty() {
        return Err(Error::refused(format!(
            "no price list to price {} (customer {} has none and there is no default)",
            item.code, customer.code
        )));
    }
    let conversions = tx.conversions(Some(&item.code))?;
    for list in &lists {
        if list.currency != books.company.currency {
            return Err(Error::refused(format!(
                "price list {} is in {}, the books are in {}",
                list.name, list.currency, books.company.currency
            )));
        }
        let prices = tx.prices_on(&item.code, &list.name, date)?;
        if let Some(mut priced) = pick_list_price(&prices, uom, date, &conversions) {
            if let (Some(own), PriceSource::PriceList { instead_of, .. }) =
                (&own, &mut priced.source)
            {
                if own.name != list.name {
                    *instead_of = Some(own.name.clone());
                }
            }
            return Ok(priced);
        }
    }
    let names = lists
        .iter()
        .map(|l| l.name.as_str())
        .collect::<Vec<_>>()
        .join(" or ");
    let target = lists.last().map_or("", |l| l.name.as_str());
    Err(Error::refused(format!(
        "no price for {} per {uom} in price list {names} on {date}; set one with `subs price set {} RATE --list {target}`",
        item.code, item.code
    )))
}

/// The item of a line typed for a plan or a subscription, once its fixed rate (if any) is
/// known to bill a whole period within the bound: a line that could never be invoiced is
/// refused as it is typed, not at every tick.
pub fn typed_line_item(tx: &Tx, spec: &LineSpec) -> Result<Item> {
    let item = find_item(tx, &spec.item)?;
    if let Some(rate) = spec.rate {
        let digits = minor_digits(&company_of(tx)?.currency);
        line_amount(spec.qty, rate, Factor::FULL, digits)
            .map_err(|e| e.at(format!("--item {}", spec.item)))?;
    }
    Ok(item)
}

/// A line typed on a one-off document (`ITEM[:QTY][@RATE]`), whole, in the item's own
/// unit, priced on `date`; the item comes back too, for what else the document needs.
pub fn price_typed_line(
    tx: &Tx,
    books: &Books,
    spec: &LineSpec,
    customer: &Customer,
    date: NaiveDate,
) -> Result<(Item, NewLine)> {
    let item = find_item(tx, &spec.item)?;
    let priced = price_for(tx, books, &item, &item.uom, spec.rate, customer, date)?;
    let line = priced_line(
        &format!("--item {}", spec.item),
        &item,
        spec.qty,
        &item.uom,
        &priced,
        Factor::FULL,
        None,
        books.digits,
    )?;
    Ok((item, line))
}

/// A priced line for a period (or for no period on one-off documents). An amount past the
/// bound is bad input naming `field`, the line as the user knows it.
#[allow(clippy::too_many_arguments)]
pub fn priced_line(
    field: &str,
    item: &Item,
    qty: Decimal,
    uom: &str,
    priced: &Priced,
    factor: Factor,
    period: Option<Period>,
    digits: u32,
) -> Result<NewLine> {
    let amount = line_amount(qty, priced.rate, factor, digits).map_err(|e| e.at(field))?;
    let description = if factor.is_full() {
        item.name.clone()
    } else {
        messages::documents().prorated_line(&item.name, factor.days, factor.period_days)
    };
    Ok(NewLine {
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
    })
}

/// A document's totals; past the bound, bad input naming its lines.
pub fn totals_of(inv: &NewInvoice, digits: u32) -> Result<Totals> {
    invoice::totals(inv.lines.iter().map(|l| (l.vat_rate, l.amount.net)), digits)
        .map_err(|e| e.at("lines"))
}

/// Writes `inv` as a draft; returns its id.
pub fn write_draft(tx: &Tx, books: &Books, inv: &NewInvoice) -> Result<i64> {
    if inv.lines.is_empty() {
        return Err(Error::invalid(
            "lines",
            "a document needs at least one line",
        ));
    }
    tx.invoice_insert_draft(inv, &totals_of(inv, books.digits)?, &books.now)
}

/// Issues draft `id` on the books' day: the next number of its series, the due date, and
/// the parties frozen as printed. Returns the number.
pub fn issue(tx: &Tx, books: &Books, id: i64) -> Result<String> {
    issue_with(tx, books, id, None).map(|issued| issued.number)
}

/// Who pays a document, when the caller already has them at hand (`tick` does): saves
/// looking them up again for every invoice.
#[derive(Clone, Copy)]
pub struct Payer<'a> {
    pub customer: &'a Customer,
    pub subscription: Option<&'a Subscription>,
}

/// What issuing a document did besides numbering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issued {
    pub number: String,
    /// A payment request was opened for it.
    pub payment_request: bool,
    /// E-mails queued with the request.
    pub emails: u64,
}

/// [`issue`], with the payer known, reporting what else it did.
pub fn issue_with(tx: &Tx, books: &Books, id: i64, payer: Option<Payer>) -> Result<Issued> {
    let mut invoice = tx
        .invoice(id)?
        .ok_or_else(|| Error::not_found("invoice", invoice::draft_reference(id)))?;
    if invoice.is_issued() {
        return Err(Error::refused(format!(
            "{} is already issued",
            invoice.reference()
        )));
    }
    let looked_up;
    let customer = match payer {
        Some(p) if p.customer.code == invoice.customer => p.customer,
        _ => {
            looked_up = tx
                .customer(&invoice.customer)?
                .ok_or_else(|| Error::not_found("customer", &invoice.customer))?;
            &looked_up
        }
    };
    let kind = DocKind::parse(&invoice.kind).unwrap_or(DocKind::Invoice);
    let numbering = take_number(tx, books, kind, invoice.due_from, invoice.days_until_due)?;
    let frozen = frozen_parties(books, customer);
    tx.invoice_mark_issued(id, &numbering, &frozen)?;
    mark_issued_in_memory(&mut invoice, &numbering, &frozen);
    after_issue(tx, books, &mut invoice, customer, payer)
}

/// The next number of the document's series on the books' day, and its due date.
fn take_number(
    tx: &Tx,
    books: &Books,
    kind: DocKind,
    due_from: Option<NaiveDate>,
    days_until_due: Option<u32>,
) -> Result<Numbering> {
    let series = match kind {
        DocKind::CreditNote => &books.credit_note_series,
        DocKind::Invoice => &books.invoice_series,
    };
    let key = series.key(books.today);
    let seq = tx.series_next(&key, books.today)?;
    let due = match kind {
        DocKind::CreditNote => books.today,
        DocKind::Invoice => {
            let days = days_until_due.unwrap_or(books.days_until_due);
            invoice::due_date(books.today, due_from, days).ok_or_else(|| {
                Error::invalid(
                    "due date",
                    format!(
                        "{days} days after {} is past {LAST_DATE}, the last day subs knows",
                        due_from.unwrap_or(books.today)
                    ),
                )
            })?
        }
    };
    Ok(Numbering {
        number: series.render(books.today, seq as u64),
        series: key,
        seq,
        issue_date: books.today,
        due_date: due,
    })
}

/// The seller and the customer as the document prints them, frozen at issue.
fn frozen_parties(books: &Books, customer: &Customer) -> Frozen {
    let company = &books.company;
    Frozen {
        customer_name: customer.name.clone(),
        customer_address: customer.address.clone(),
        customer_vat_id: customer.vat_id.clone(),
        customer_siren: customer.siren.clone(),
        customer_kind: customer.kind.as_str().into(),
        seller_name: company.name.clone(),
        seller_address: company.address.clone(),
        seller_siren: company.siren.clone(),
        seller_vat_id: company.vat_id.clone(),
    }
}

/// The issued document, as it now stands, without reading it back.
fn mark_issued_in_memory(invoice: &mut Invoice, numbering: &Numbering, frozen: &Frozen) {
    invoice.status = "issued".into();
    invoice.number = Some(numbering.number.clone());
    invoice.issue_date = Some(numbering.issue_date);
    invoice.due_date = Some(numbering.due_date);
    invoice.customer_name = Some(frozen.customer_name.clone());
    invoice.customer_address = frozen.customer_address.clone();
    invoice.customer_vat_id = frozen.customer_vat_id.clone();
    invoice.customer_siren = frozen.customer_siren.clone();
    invoice.customer_kind = Some(frozen.customer_kind.clone());
    invoice.seller_name = Some(frozen.seller_name.clone());
    invoice.seller_address = frozen.seller_address.clone();
    invoice.seller_siren = frozen.seller_siren.clone();
    invoice.seller_vat_id = frozen.seller_vat_id.clone();
}

/// What follows issuing, for any document: credit lots bought or revoked, the settlement
/// of the corrected invoice (credit notes) or of the new one by customer credit, the
/// payment request, and the audit entry.
fn after_issue(
    tx: &Tx,
    books: &Books,
    invoice: &mut Invoice,
    customer: &Customer,
    payer: Option<Payer>,
) -> Result<Issued> {
    let id = invoice.id;
    let number = invoice.number.clone().unwrap_or_default();
    // Lines selling booking credits open lots; credit notes revoke what is left of them.
    super::credits::on_issue(tx, books, invoice)?;
    let mut issued = Issued {
        number: number.clone(),
        payment_request: false,
        emails: 0,
    };
    match invoice.credits_invoice {
        Some(corrected) => settle_with_credit_note(tx, books, corrected, id, -invoice.grand_total)?,
        None => {
            if invoice.grand_total > 0 {
                let (settled, paid) = apply_customer_credit(tx, books, invoice)?;
                invoice.settled += settled;
                invoice.paid += paid;
            }
            let subscription = match payer {
                Some(p) => p.subscription.cloned(),
                None => invoice
                    .subscription
                    .as_deref()
                    .map(|s| super::subscriptions::find(tx, s))
                    .transpose()?,
            };
            if let Some((_, emailed)) = super::payment_requests::after_issue(
                tx,
                books,
                invoice,
                customer,
                subscription.as_ref(),
            )? {
                issued.payment_request = true;
                issued.emails = u64::from(emailed);
            }
        }
    }
    tx.audit(
        &format!("invoice:{number}"),
        &json!({ "issued": number, "kind": invoice.kind, "customer": invoice.customer,
                 "grand_total": books.money(invoice.grand_total), "due_date": invoice.due_date }),
    )?;
    Ok(issued)
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
        settlement::settle(
            tx,
            books,
            corrected,
            &CreditSource::CreditNote(note),
            take,
            books.today,
            Via::Receipt,
        )?;
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
        settlement::settle(
            tx,
            books,
            invoice.id,
            &source,
            take,
            books.today,
            Via::HeldCredit,
        )?;
        if matches!(source, CreditSource::Payment(_)) {
            paid += take;
        }
        left -= take;
    }
    Ok((owed - left, paid))
}

/// Writes `inv` and, unless `as_draft`, issues it. Returns the id and the number if issued.
pub fn create(
    tx: &Tx,
    books: &Books,
    inv: &NewInvoice,
    as_draft: bool,
) -> Result<(i64, Option<String>)> {
    create_with(tx, books, inv, as_draft, None).map(|(id, issued)| (id, issued.map(|i| i.number)))
}

/// [`create`], with the payer known, reporting what issuing did. A document issued at once
/// is written numbered: no draft to read back and update.
pub fn create_with(
    tx: &Tx,
    books: &Books,
    inv: &NewInvoice,
    as_draft: bool,
    payer: Option<Payer>,
) -> Result<(i64, Option<Issued>)> {
    if as_draft {
        let id = write_draft(tx, books, inv)?;
        tx.audit(
            &format!("invoice:{}", invoice::draft_reference(id)),
            &json!({ "draft": id, "customer": inv.customer, "subscription": inv.subscription }),
        )?;
        return Ok((id, None));
    }
    if inv.lines.is_empty() {
        return Err(Error::invalid(
            "lines",
            "a document needs at least one line",
        ));
    }
    let looked_up;
    let customer = match payer {
        Some(p) if p.customer.code == inv.customer => p.customer,
        _ => {
            looked_up = tx
                .customer(&inv.customer)?
                .ok_or_else(|| Error::not_found("customer", &inv.customer))?;
            &looked_up
        }
    };
    let totals = totals_of(inv, books.digits)?;
    let numbering = take_number(tx, books, inv.kind, inv.due_from, Some(inv.days_until_due))?;
    let frozen = frozen_parties(books, customer);
    let id = tx.invoice_insert_issued(inv, &totals, &numbering, &frozen, &books.now)?;
    let mut invoice = Invoice {
        id,
        kind: inv.kind.as_str().into(),
        customer: inv.customer.clone(),
        subscription: inv.subscription.clone(),
        sales_order: inv.sales_order.clone(),
        credits_invoice: inv.credits_invoice,
        period_start: inv.period.map(|p| p.start),
        period_end: inv.period.map(|p| p.end),
        currency: inv.currency.clone(),
        net_total: totals.net,
        tax_total: totals.tax,
        grand_total: totals.grand,
        days_until_due: Some(inv.days_until_due),
        due_from: inv.due_from,
        reason: inv.reason.clone(),
        ..Invoice::default()
    };
    mark_issued_in_memory(&mut invoice, &numbering, &frozen);
    let issued = after_issue(tx, books, &mut invoice, customer, payer)?;
    Ok((id, Some(issued)))
}

/// Finds an invoice by number, or a draft by `draft:ID`.
pub fn find_invoice(tx: &Tx, reference: &str) -> Result<Invoice> {
    let found = match reference.strip_prefix(invoice::DRAFT_PREFIX) {
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
        reason: Some(
            reason.unwrap_or_else(|| messages::documents().credit_reason(&original.reference())),
        ),
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
            description: messages::documents().not_served_line(
                &line.description,
                credit.period.start,
                credit.period.end,
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
        // Each line mirrored, negative, pointing at the line it credits.
        for line in tx.invoice_lines(original.id)? {
            let mut mirrored = NewLine::from(&line);
            mirrored.amount = LineAmount {
                unrounded: -line.unrounded,
                net: -line.net,
            };
            mirrored.credits_line = Some(line.id);
            note.lines.push(mirrored);
        }
    } else {
        let mut left = amount;
        for (index, (rate, base_left)) in remaining.iter().enumerate() {
            let share = if index + 1 == remaining.len() {
                left
            } else {
                share(amount, *base_left, creditable)
                    .ok_or_else(|| OutOfRange::new("the credit", books.digits).at("--amount"))?
            };
            left -= share;
            if share == 0 {
                continue;
            }
            let value = from_minor(share, books.digits);
            note.lines.push(NewLine {
                item: "CREDIT".into(),
                description: messages::documents()
                    .credit_line(&original.reference(), &rate.normalize().to_string()),
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
