//! Repeats (DESIGN §11): `repeat add/list/show/stop/start`, and the `tick` unit that
//! creates every occurrence due, each for its own schedule date.
//!
//! Copies are made of the source as it was, not re-priced: a one-off invoice becomes a
//! new invoice with the same lines and amounts, its service date (invoice and lines) the
//! schedule date, issued on the tick's date so that legal numbering stays chronological
//! (or left as a draft); a sales order becomes a new order dated on the schedule date
//! (a draft, or `to_invoice` when the repeat issues); a supplier bill becomes a new unpaid
//! bill dated on the schedule date, due the same number of days later.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, find_invoice};
use super::follow_ups;
use super::issuing;
use super::orders;
use super::supplier_bills;
use super::units::{Created, TickReport, Unit, created_invoice};
use crate::domain::billing::Factor;
use crate::domain::invoice::{DocKind, LineAmount, NewInvoice, NewLine};
use crate::domain::messages::NoticeDocument;
use crate::domain::order::{Order, OrderLine, OrderStatus};
use crate::domain::period::Period;
use crate::domain::repeat::dates::{DayRule, Frequency, RepeatSchedule};
use crate::domain::repeat::{
    Repeat, RepeatRun, RepeatStatus, SourceKind, SourceRef, check_recipients, notice,
};
use crate::error::{Error, Result};

use crate::domain::outbox::OutboxMessage;
use crate::store::{CreatedDoc, SourceKey, Tx};

/// A repeat as typed.
#[derive(Debug, Clone)]
pub struct NewRepeat {
    pub source: SourceRef,
    pub frequency: Frequency,
    /// The first date of the schedule; `None`: the source's own date.
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub day: Option<u32>,
    pub last_day: bool,
    pub issue: bool,
    pub notify: Vec<String>,
}

pub fn find(tx: &Tx, id: &str) -> Result<Repeat> {
    tx.repeat(id)?.ok_or_else(|| Error::not_found("repeat", id))
}

/// Finds the source and checks that it can repeat; returns its key for the store and its
/// own date (the service date of an invoice, else its issue date; an order's or a bill's
/// date): the occurrence the source itself is.
fn check_source(tx: &Tx, source: &SourceRef) -> Result<(SourceKey, NaiveDate)> {
    let refuse = |why: &str| {
        Err(Error::refused(format!(
            "{} cannot repeat: {why}",
            source.describe()
        )))
    };
    match source.kind {
        SourceKind::Invoice => {
            let invoice = find_invoice(tx, &source.id)?;
            if invoice.is_credit_note() {
                return refuse("it is a credit note; only one-off invoices repeat");
            }
            if !invoice.is_issued() {
                return refuse("it is a draft, which may still change; issue it first");
            }
            if let Some(sub) = &invoice.subscription {
                return refuse(&format!(
                    "it bills subscription {sub}, which already recurs"
                ));
            }
            let date = invoice
                .period_start
                .or(invoice.issue_date)
                .ok_or_else(|| Error::Database(format!("{} has no date", source.describe())))?;
            Ok((SourceKey::Invoice(invoice.id), date))
        }
        SourceKind::Order => {
            let order = orders::find(tx, &source.id)?;
            if order.status == OrderStatus::Cancelled {
                return refuse("it is cancelled");
            }
            if let Some(sub) = &order.subscription {
                return refuse(&format!(
                    "it is a period of subscription {sub}, which already recurs"
                ));
            }
            if order.lines.iter().any(|l| l.recurring) {
                return refuse(
                    "it has recurring lines, which become subscriptions; repeat an order of one-off lines",
                );
            }
            Ok((SourceKey::Order(order.id), order.date))
        }
        SourceKind::Bill => {
            let bill = supplier_bills::find(tx, &source.id)?;
            Ok((SourceKey::Bill(bill.id), bill.date))
        }
    }
}

pub fn add(s: &mut Session, input: NewRepeat) -> Result<Repeat> {
    let day = match (input.day, input.last_day) {
        (Some(_), true) => {
            return Err(Error::invalid(
                "--day",
                "give either --day N or --last-day, not both",
            ));
        }
        (Some(n), false) => DayRule::Day(n),
        (None, true) => DayRule::LastDay,
        (None, false) => DayRule::StartDay,
    };
    let notify = check_recipients("--notify", &input.notify)?;
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let (key, source_date) = check_source(tx, &input.source)?;
        let start = input.start.unwrap_or(source_date);
        let schedule = RepeatSchedule::new(start, input.frequency, day, input.end)?;
        // The source is the occurrence on its own date (as in Frappe's auto repeat): copies
        // are made for the later dates only.
        let first = schedule.first_index_after(source_date);
        let Some(first_date) = schedule.occurrence(first) else {
            return Err(Error::invalid(
                "--end",
                format!(
                    "no {} date falls after the source's own date {source_date} and on or before the end",
                    input.frequency.as_str()
                ),
            ));
        };
        let repeat = Repeat {
            id: tx.next_code("REP")?,
            source: input.source.clone(),
            schedule,
            issue: input.issue,
            notify: notify.clone(),
            next_index: first,
            next_due_on: Some(first_date),
            status: RepeatStatus::Active,
        };
        tx.repeat_insert(&repeat, &key, &now)?;
        tx.audit(
            &format!("repeat:{}", repeat.id),
            &json!({ "source": repeat.source.describe(), "frequency": schedule.frequency.as_str(),
                     "start": schedule.start, "end": schedule.end, "issue": repeat.issue,
                     "notify": repeat.notify, "next_due_on": repeat.next_due_on }),
        )?;
        find(tx, &repeat.id)
    })
}

pub fn get(s: &mut Session, id: &str) -> Result<(Repeat, Vec<(RepeatRun, bool)>)> {
    s.store.read(|tx| {
        let repeat = find(tx, id)?;
        let runs = tx.repeat_runs(id)?;
        Ok((repeat, runs))
    })
}

pub fn list(
    s: &mut Session,
    status: Option<RepeatStatus>,
    each: impl FnMut(Repeat) -> Result<()>,
) -> Result<()> {
    s.store
        .read(|tx| tx.repeats_each(status.map(RepeatStatus::as_str), each))
}

/// Stops an active repeat: nothing more is created until `repeat start`.
pub fn stop(s: &mut Session, id: &str) -> Result<Repeat> {
    s.store.write(|tx| {
        let mut repeat = find(tx, id)?;
        match repeat.status {
            RepeatStatus::Active => {}
            RepeatStatus::Stopped => {
                return Err(Error::refused(format!(
                    "repeat {id} is already stopped; `subs repeat start {id}` resumes it"
                )));
            }
            RepeatStatus::Completed => {
                return Err(Error::refused(format!(
                    "repeat {id} is completed (its end date has passed)"
                )));
            }
        }
        repeat.status = RepeatStatus::Stopped;
        repeat.next_due_on = None;
        tx.repeat_update(&repeat)?;
        tx.audit(
            &format!("repeat:{id}"),
            &json!({ "status": "stopped", "next_index": repeat.next_index }),
        )?;
        find(tx, id)
    })
}

/// Resumes a stopped repeat from the first schedule date on or after `from` (default
/// today): the dates of the stopped span are skipped, the later ones keep their place on
/// the schedule, and nothing already created is created again.
pub fn start(s: &mut Session, id: &str, from: Option<NaiveDate>) -> Result<Repeat> {
    let from = from.unwrap_or(s.today());
    s.store.write(|tx| {
        let mut repeat = find(tx, id)?;
        match repeat.status {
            RepeatStatus::Stopped => {}
            RepeatStatus::Active => {
                return Err(Error::refused(format!("repeat {id} is already active")));
            }
            RepeatStatus::Completed => {
                return Err(Error::refused(format!(
                    "repeat {id} is completed (its end date has passed); add a new repeat"
                )));
            }
        }
        let index = repeat
            .next_index
            .max(repeat.schedule.first_index_on_or_after(from));
        let Some(next) = repeat.schedule.occurrence(index) else {
            return Err(Error::refused(format!(
                "repeat {id} has no date left on or after {from} (it ends on {})",
                repeat
                    .schedule
                    .end
                    .map_or_else(|| "-".into(), |e| e.to_string())
            )));
        };
        repeat.status = RepeatStatus::Active;
        repeat.next_index = index;
        repeat.next_due_on = Some(next);
        tx.repeat_update(&repeat)?;
        tx.audit(
            &format!("repeat:{id}"),
            &json!({ "status": "active", "resumed_from": from, "next_index": index, "next_due_on": next }),
        )?;
        find(tx, id)
    })
}

/// The `tick` unit: creates every occurrence of one repeat due on the books' day, oldest
/// first, then moves its schedule on (completed after its last date). More than
/// `max_periods` occurrences due fails the unit with nothing written.
pub fn run_due(tx: &Tx, books: &Books, unit: Unit, out: &mut TickReport) -> Result<()> {
    let id = unit.id;
    let Some(mut repeat) = tx.repeat(id)? else {
        return Ok(());
    };
    if repeat.status != RepeatStatus::Active {
        return Ok(());
    }
    let max = unit.options.max_periods;
    let due = repeat.schedule.due(repeat.next_index, books.today, max);
    if due.due.len() > max {
        let total = repeat.schedule.due_count(repeat.next_index, books.today);
        return Err(Error::refused(format!(
            "{total} occurrences are due, more than --max-periods {max}; nothing created (run `subs tick --max-periods {total}` to catch up)"
        )));
    }
    for &(index, date) in &due.due {
        out.absorb(create_occurrence(
            tx,
            books,
            &repeat,
            Occurrence { index, date },
        )?);
    }
    repeat.next_index = due.next_index;
    repeat.next_due_on = due.next_due_on;
    if repeat.next_due_on.is_none() {
        repeat.status = RepeatStatus::Completed;
    }
    tx.repeat_update(&repeat)?;
    tx.audit(
        &format!("repeat:{id}"),
        &json!({ "created": due.due.len(), "next_index": repeat.next_index,
                 "next_due_on": repeat.next_due_on, "status": repeat.status.as_str() }),
    )?;
    Ok(())
}

/// One occurrence of a repeat: its index on the schedule, and its date.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    index: u64,
    date: NaiveDate,
}

/// Creates the document of an occurrence, unless it already exists; returns what it did.
fn create_occurrence(
    tx: &Tx,
    books: &Books,
    repeat: &Repeat,
    occurrence: Occurrence,
) -> Result<TickReport> {
    let Occurrence { index, date } = occurrence;
    let mut out = TickReport::default();
    let Some(run) = tx.repeat_run_insert(&repeat.id, index, date, &books.now)? else {
        // Another run created it first: nothing twice.
        return Ok(out);
    };
    let (doc, kind, notice_kind, reference, amount) = match repeat.source.kind {
        SourceKind::Invoice => {
            let (id, number) = copy_invoice(tx, books, repeat, date)?;
            out.invoices += 1;
            let notice_kind = if number.is_some() {
                NoticeDocument::Invoice
            } else {
                NoticeDocument::DraftInvoice
            };
            let (kind, reference) = created_invoice(id, number);
            let grand = tx.invoice(id)?.map(|i| i.grand_total);
            (CreatedDoc::Invoice(id), kind, notice_kind, reference, grand)
        }
        SourceKind::Order => {
            let id = copy_order(tx, books, repeat, date)?;
            out.orders += 1;
            let doc = CreatedDoc::Order(id.clone());
            (doc, "order", NoticeDocument::Order, id, None)
        }
        SourceKind::Bill => {
            let source = supplier_bills::find(tx, &repeat.source.id)?;
            let id = supplier_bills::copy_for(tx, books, &source, date)?;
            let grand = source
                .totals(books.digits)
                .map_err(|e| e.at(&source.id))?
                .grand;
            (
                CreatedDoc::Bill(id.clone()),
                "supplier bill",
                NoticeDocument::SupplierBill,
                id,
                Some(grand),
            )
        }
    };
    tx.repeat_run_set_document(run, &doc)?;
    let notice = CreatedNotice {
        run,
        kind: notice_kind,
        document: &reference,
        date,
    };
    if notify_created(tx, books, repeat, &notice)? {
        out.emails += 1;
    }
    out.repeats += 1;
    out.created.push(Created {
        kind,
        reference,
        unit: repeat.id.clone(),
        period: Some((date, date)),
        amount,
    });
    Ok(out)
}

/// Tells the repeat's recipients about a document it created: the notice is kept with the
/// repeat (`repeat show`) and queued in the outbox for `subs mail send` (or `tick` with
/// `mail.send_on_tick`), with an invoice attached as HTML. Returns whether one was queued.
/// A document a repeat created, for its notice: the run, the kind of document, its number
/// or reference, and its date.
#[derive(Debug, Clone, Copy)]
pub struct CreatedNotice<'a> {
    pub run: i64,
    pub kind: NoticeDocument,
    pub document: &'a str,
    pub date: NaiveDate,
}

pub fn notify_created(
    tx: &Tx,
    books: &Books,
    repeat: &Repeat,
    created: &CreatedNotice,
) -> Result<bool> {
    let CreatedNotice {
        run,
        kind: document_kind,
        document,
        date,
    } = *created;
    if repeat.notify.is_empty() {
        return Ok(false);
    }
    let (subject, body) = notice(
        books.company.messages(),
        &books.company.name,
        repeat,
        document_kind,
        document,
        date,
    );
    tx.repeat_notification_insert(&repeat.id, run, &repeat.notify, &subject, &body, &books.now)?;
    let invoice = match document_kind {
        NoticeDocument::Invoice | NoticeDocument::DraftInvoice => Some(find_invoice(tx, document)?),
        NoticeDocument::Order | NoticeDocument::SupplierBill => None,
    };
    let attachment = match &invoice {
        Some(inv) if inv.is_issued() => {
            Some(super::einvoice::invoice_html(tx, document)?.into_bytes())
        }
        _ => None,
    };
    let message = OutboxMessage {
        recipients: repeat.notify.join(", "),
        subject,
        body,
        attachment_name: attachment.as_ref().map(|_| format!("{document}.html")),
        attachment,
        invoice: invoice.map(|i| i.id),
        created_at: books.now.clone(),
        ..OutboxMessage::default()
    };
    let id = tx.outbox_insert(&message)?;
    tx.audit(
        &format!("mail:{id}"),
        &json!({ "queued": message.subject, "to": message.recipients, "repeat": repeat.id }),
    )?;
    Ok(true)
}

/// A line of the source, as it was, with the schedule date as its service date.
fn copied_line(line: NewLine, repeat: &Repeat, date: NaiveDate) -> NewLine {
    NewLine {
        period: Some(Period {
            start: date,
            end: date,
        }),
        price_source: format!("copied from {} by {}", repeat.source.describe(), repeat.id),
        subscription_line: None,
        credits_line: None,
        ..line
    }
}

/// A new invoice with the source invoice's lines (not re-priced), for the schedule date;
/// issued on the books' day unless the repeat leaves drafts.
fn copy_invoice(
    tx: &Tx,
    books: &Books,
    repeat: &Repeat,
    date: NaiveDate,
) -> Result<(i64, Option<String>)> {
    let source = find_invoice(tx, &repeat.source.id)?;
    let lines = tx
        .invoice_lines(source.id)?
        .into_iter()
        .map(|l| {
            let line = NewLine {
                item: l.item,
                description: l.description,
                qty: l.qty,
                uom: l.uom,
                rate: l.rate,
                factor: Factor {
                    days: l.days.unwrap_or(1),
                    period_days: l.period_days.unwrap_or(1),
                },
                amount: LineAmount {
                    unrounded: l.unrounded,
                    net: l.net,
                },
                vat_rate: l.vat_rate,
                period: None,
                price_source: l.price_source,
                subscription_line: None,
                credits_line: None,
            };
            copied_line(line, repeat, date)
        })
        .collect();
    let invoice = NewInvoice {
        kind: DocKind::Invoice,
        customer: source.customer.clone(),
        subscription: None,
        sales_order: None,
        credits_invoice: None,
        period: Some(Period {
            start: date,
            end: date,
        }),
        currency: source.currency.clone(),
        days_until_due: source.days_until_due.unwrap_or(books.days_until_due),
        // The term runs from the service date, as for a subscription billed in advance:
        // a late catch-up copy is due at once, never before it is issued.
        due_from: Some(date),
        reason: None,
        lines,
    };
    if !repeat.issue {
        return Ok((issuing::draft(tx, books, &invoice)?, None));
    }
    let issue = issuing::create(tx, books, &invoice, None)?;
    let id = issue.invoice.id;
    Ok((id, Some(follow_ups::apply(tx, books, issue)?.number)))
}

/// A new order with the source order's lines (not re-priced), dated on the schedule date:
/// a draft, or waiting to be invoiced when the repeat issues.
fn copy_order(tx: &Tx, books: &Books, repeat: &Repeat, date: NaiveDate) -> Result<String> {
    let source = orders::find(tx, &repeat.source.id)?;
    let id = tx.next_code("SO")?;
    let order = Order {
        id: id.clone(),
        customer: source.customer.clone(),
        date,
        status: if repeat.issue {
            OrderStatus::ToInvoice
        } else {
            OrderStatus::Draft
        },
        subscription: None,
        period_start: None,
        period_end: None,
        invoice: None,
        invoice_number: None,
        currency: source.currency.clone(),
        due_from: Some(date),
        days_until_due: source.days_until_due,
        lines: source
            .lines
            .into_iter()
            .map(|l| OrderLine {
                id: 0,
                line: copied_line(l.line, repeat, date),
                fixed_rate: l.fixed_rate,
                recurring: false,
                start_date: None,
                subscription: None,
            })
            .collect(),
    };
    tx.order_insert(&order, &books.now)?;
    tx.audit(
        &format!("order:{id}"),
        &json!({ "customer": order.customer, "date": date, "lines": order.lines.len(),
                 "repeat": repeat.id, "status": order.status.as_str() }),
    )?;
    Ok(id)
}
