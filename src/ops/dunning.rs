//! Dunning (issue 16 §3): reminder levels, the reminders `tick` queues for overdue
//! invoices (the highest level reached and not yet sent, once per level, one message per
//! customer and run), disputes that stop them, the late-payment penalties a business
//! customer owes (L441-10, D441-5), and the final action after the last level.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;

use super::Session;
use super::books::{Books, find_customer, find_invoice};
use super::cancellation::{CancelOptions, cancel_in};
use super::mail::{email_context, find_template, render_template};
use super::pausing::pause_in;
use super::units::{DueQuery, PageKey, TickReport, Unit, keyed_by_id};
use super::{follow_ups, issuing};
use crate::domain::billing::Factor;
use crate::domain::change::check_running;
use crate::domain::customer::CustomerKind;
use crate::domain::dunning::{
    self, DunningLevel, FinalAction, OverdueLine, Penalties, reached, reminder_statement,
};
use crate::domain::ids::{InvoiceRef, SubscriptionId};
use crate::domain::invoice::{DocKind, Invoice, LineAmount, NewInvoice, NewLine};
use crate::domain::money::minor_digits;
use crate::domain::outbox::OutboxMessage;
use crate::error::{Error, Result};
use crate::store::Tx;

/// Adds level `level` (or changes it): sent `after` days after the due date (default 7,
/// 15, 30 for levels 1, 2, 3) from `template`.
pub fn add_level(
    s: &mut Session,
    level: u32,
    after: Option<u32>,
    template: &str,
) -> Result<DunningLevel> {
    if level == 0 {
        return Err(Error::invalid("N", "levels are numbered from 1"));
    }
    let after_days = match after.or_else(|| dunning::default_after(level)) {
        Some(days) => days,
        None => {
            return Err(Error::invalid(
                "--after",
                format!("level {level} has no default; say after how many days"),
            ));
        }
    };
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        find_template(tx, template)?;
        let levels = tx.dunning_levels()?;
        // Later levels come later: a level may not fall before a lower one or after a higher one.
        for other in levels.iter().filter(|l| l.level != level) {
            let misplaced = (other.level < level && other.after_days >= after_days)
                || (other.level > level && other.after_days <= after_days);
            if misplaced {
                return Err(Error::invalid(
                    "--after",
                    format!(
                        "level {level} after {after_days} days would not come between its neighbours (level {} is after {} days)",
                        other.level, other.after_days
                    ),
                ));
            }
        }
        let new = DunningLevel {
            level,
            after_days,
            template: template.to_string(),
        };
        tx.dunning_level_set(&new, &now)?;
        tx.audit(
            &format!("dunning-level:{level}"),
            &json!({ "after_days": after_days, "template": template }),
        )?;
        Ok(new)
    })
}

pub fn levels(s: &mut Session) -> Result<Vec<DunningLevel>> {
    s.store.read(|tx| tx.dunning_levels())
}

/// Where an overdue invoice stands (`dunning list`).
#[derive(Debug, Clone, PartialEq)]
pub struct DunningState {
    pub invoice: Invoice,
    pub days_late: i64,
    /// The highest level queued (0: none yet).
    pub level: u32,
    /// The next level and the day it is reached.
    pub next: Option<(u32, NaiveDate)>,
    pub disputed: bool,
    pub final_action: Option<(String, String)>,
    /// For business customers, when the rate is set.
    pub penalties: Option<Penalties>,
}

/// Every overdue invoice, oldest due first.
pub fn states(s: &mut Session) -> Result<Vec<DunningState>> {
    let today = s.today();
    s.store.read(|tx| {
        let levels = tx.dunning_levels()?;
        let rate = rate(tx)?;
        let mut out = Vec::new();
        for id in tx.overdue_invoices(today, None)? {
            let Some(invoice) = tx.invoice(id)? else {
                continue;
            };
            let due = invoice.due_date.unwrap_or(today);
            let marks = tx.dunning_marks(id)?;
            let business = find_customer(tx, &invoice.customer)?.kind == CustomerKind::Business;
            let penalties = match (business, rate) {
                (true, Some(rate)) => penalties_on(&invoice, rate, today),
                _ => None,
            };
            out.push(DunningState {
                days_late: (today - due).num_days(),
                level: marks.level,
                next: dunning::next_after(&levels, marks.level, due),
                disputed: marks.disputed,
                final_action: marks.final_action,
                penalties,
                invoice,
            });
        }
        Ok(out)
    })
}

fn rate(tx: &Tx) -> Result<Option<Decimal>> {
    tx.setting("invoice.late_penalty_rate")?
        .map(|text| dunning::parse_rate("invoice.late_penalty_rate", &text))
        .transpose()
}

fn penalties_on(invoice: &Invoice, rate: Decimal, today: NaiveDate) -> Option<Penalties> {
    dunning::penalties(
        invoice.outstanding(),
        minor_digits(&invoice.currency),
        rate,
        invoice.due_date?,
        today,
    )
}

fn no_rate() -> Error {
    Error::refused(
        "reminders to business customers state the late-payment penalty rate (L441-10): set it with `subs config set invoice.late_penalty_rate 12.37` (at least three times the legal interest rate)",
    )
}

/// What a business customer owes today for paying invoice `number` late.
pub fn penalties(s: &mut Session, number: &InvoiceRef) -> Result<(Invoice, Penalties)> {
    let today = s.today();
    s.store.read(|tx| penalties_in(tx, number, today))
}

/// [`penalties`] in the caller's transaction.
pub fn penalties_in(tx: &Tx, number: &str, today: NaiveDate) -> Result<(Invoice, Penalties)> {
    let invoice = find_invoice(tx, number)?;
    let reference = invoice.reference();
    if !invoice.is_issued() || invoice.is_credit_note() {
        return Err(Error::refused(format!(
            "{reference} is not an issued invoice: no late-payment penalty"
        )));
    }
    let customer = find_customer(tx, &invoice.customer)?;
    if customer.kind != CustomerKind::Business {
        return Err(Error::refused(format!(
            "{reference} is billed to {}, an individual: late-payment penalties and the recovery indemnity apply to business customers only",
            customer.code
        )));
    }
    let due = invoice
        .due_date
        .ok_or_else(|| Error::refused(format!("{reference} has no due date")))?;
    if invoice.outstanding() <= 0 || today <= due {
        return Err(Error::refused(format!(
            "{reference} is not late (due {due}, {} owed): no penalty",
            crate::domain::money::format_minor(
                invoice.outstanding(),
                minor_digits(&invoice.currency)
            )
        )));
    }
    let rate = rate(tx)?.ok_or_else(no_rate)?;
    let penalties = penalties_on(&invoice, rate, today).ok_or_else(|| {
        Error::invalid(
            reference.clone(),
            "the penalty is beyond the amounts' bound",
        )
    })?;
    Ok((invoice, penalties))
}

/// Opens a dispute on an invoice (its reminders stop), or resolves it (they resume).
pub fn dispute(s: &mut Session, number: &InvoiceRef, resolve: bool) -> Result<Invoice> {
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let invoice = find_invoice(tx, number)?;
        let reference = invoice.reference();
        if !invoice.is_issued() || invoice.is_credit_note() {
            return Err(Error::refused(format!(
                "{reference} is not an issued invoice; only those can be disputed"
            )));
        }
        if resolve {
            if !tx.dispute_resolve(invoice.id, &now)? {
                return Err(Error::refused(format!(
                    "{reference} is not disputed; nothing to resolve"
                )));
            }
        } else {
            if tx.dunning_marks(invoice.id)?.disputed {
                return Err(Error::refused(format!("{reference} is already disputed")));
            }
            tx.dispute_open(invoice.id, &now)?;
        }
        tx.audit(
            &format!("invoice:{reference}"),
            &json!({ "dispute": if resolve { "resolved" } else { "opened" } }),
        )?;
        Ok(invoice)
    })
}

/// Tick's due units: the customers with an overdue invoice.
pub fn due_customers(tx: &Tx, query: DueQuery) -> Result<Vec<PageKey>> {
    if tx.dunning_levels()?.is_empty() {
        return Ok(Vec::new());
    }
    let after = query.after.map(|(_, id)| id.as_str());
    Ok(keyed_by_id(tx.overdue_customers(
        query.today,
        after,
        query.limit,
    )?))
}

/// One customer's dunning in a tick: one reminder grouping the invoices that reached a
/// level not yet sent, then the final action for those that reached the last level.
pub fn run_customer(tx: &Tx, books: &Books, unit: Unit, out: &mut TickReport) -> Result<()> {
    let levels = tx.dunning_levels()?;
    let Some(last) = levels.iter().map(|l| l.level).max() else {
        return Ok(());
    };
    let today = books.today;
    let customer = find_customer(tx, unit.id)?;
    let business = customer.kind == CustomerKind::Business;
    let rate = if business { rate(tx)? } else { None };
    let mut lines = Vec::new();
    // (invoice, level) newly reached.
    let mut reached_now: Vec<(Invoice, u32)> = Vec::new();
    for id in tx.overdue_invoices(today, Some(unit.id))? {
        let Some(invoice) = tx.invoice(id)? else {
            continue;
        };
        let marks = tx.dunning_marks(id)?;
        let Some(due) = invoice.due_date else {
            continue;
        };
        if marks.disputed {
            continue;
        }
        let penalties = match rate {
            Some(rate) => penalties_on(&invoice, rate, today),
            None => None,
        };
        lines.push(OverdueLine {
            number: invoice.number.clone().unwrap_or_default(),
            issue_date: invoice.issue_date,
            due_date: due,
            outstanding: invoice.outstanding(),
            currency: invoice.currency.clone(),
            days_late: (today - due).num_days(),
            penalties,
        });
        if let Some(level) = reached(&levels, due, today).filter(|l| l.level > marks.level) {
            reached_now.push((invoice, level.level));
        }
    }
    if reached_now.is_empty() {
        return Ok(());
    }
    if business && rate.is_none() {
        return Err(no_rate());
    }
    let (lead, level) = reached_now
        .iter()
        .max_by_key(|(invoice, level)| (*level, std::cmp::Reverse(invoice.due_date)))
        .map(|(invoice, level)| (invoice.clone(), *level))
        .ok_or_else(|| Error::Internal("no reminder".into()))?;
    let template_name = levels
        .iter()
        .find(|l| l.level == level)
        .map(|l| l.template.clone())
        .unwrap_or_default();
    let outbox = match crate::domain::customer::billing_address(&customer).map(String::from) {
        Some(email) => {
            let template = find_template(tx, &template_name)?;
            let number = lead.number.clone().unwrap_or_default();
            let ctx = email_context(tx, &number, None)?;
            let (subject, body) = render_template(&template, &ctx)?;
            let digits = minor_digits(&lead.currency);
            let body = format!(
                "{}\n\n{}",
                body.trim_end(),
                reminder_statement(super::books::company_of(tx)?.messages(), &lines, digits)
            );
            let message = OutboxMessage {
                recipients: email,
                subject,
                body,
                invoice: Some(lead.id),
                created_at: books.now.clone(),
                ..OutboxMessage::default()
            };
            let id = tx.outbox_insert(&message)?;
            tx.audit(
                &format!("mail:{id}"),
                &json!({ "queued": message.subject, "to": message.recipients, "dunning_level": level }),
            )?;
            out.emails += 1;
            Some(id)
        }
        None => None,
    };
    let numbers: Vec<String> = reached_now
        .iter()
        .map(|(i, l)| format!("{} level {l}", i.reference()))
        .collect();
    for (invoice, level) in &reached_now {
        tx.dunning_notice_insert(invoice.id, *level, outbox, today)?;
    }
    tx.audit(
        &format!("dunning:{}", customer.code),
        &json!({ "reminded": numbers, "outbox": outbox }),
    )?;
    out.reminders += 1;
    for (invoice, level) in reached_now.iter().filter(|(_, l)| *l == last) {
        take_final_action(tx, books, invoice, *level, out)?;
    }
    Ok(())
}

/// After the last level, once per invoice: `dunning.final_action` (none; pause the
/// customer's running subscriptions from this day, open-ended, as `subscription pause`
/// does, with a credit note for the paused days already invoiced; or cancel them through
/// the normal cancellation on this day, prorated, with its credit notes), recorded and
/// audited.
fn take_final_action(
    tx: &Tx,
    books: &Books,
    invoice: &Invoice,
    level: u32,
    out: &mut TickReport,
) -> Result<()> {
    let setting = tx
        .setting("dunning.final_action")?
        .unwrap_or_else(|| "none".into());
    let action = FinalAction::parse(&setting).unwrap_or(FinalAction::None);
    let detail = match action {
        FinalAction::None => return Ok(()),
        FinalAction::Pause => {
            let mut ids = Vec::new();
            tx.subscriptions_each(Some(&invoice.customer), |sub| {
                // A running subscription not paused today; one yet to start is paused from
                // its first day.
                if check_running(&sub).is_ok() && sub.pause_on(books.today).is_none() {
                    ids.push((sub.id, sub.start.max(books.today)));
                }
                Ok(())
            })?;
            let mut done = Vec::new();
            for (id, from) in ids {
                match tx.savepoint(|tx| pause_in(tx, books.today, &books.now, &id, from, None)) {
                    Ok(paused) => {
                        out.credit_notes += paused.credit_notes.len() as u64;
                        done.push(format!("{id} paused from {}", paused.from));
                    }
                    Err(e) if e.is_database_wide() => return Err(e),
                    Err(e) => done.push(format!("{id} not paused: {e}")),
                }
            }
            if done.is_empty() {
                "no subscription to pause".to_string()
            } else {
                done.join("; ")
            }
        }
        FinalAction::Cancel => {
            let mut ids = Vec::new();
            tx.subscriptions_each(Some(&invoice.customer), |sub| {
                if sub.check_cancellable().is_ok() {
                    ids.push(sub.id);
                }
                Ok(())
            })?;
            let mut done = Vec::new();
            for id in ids {
                let options = CancelOptions {
                    id: SubscriptionId::from(id.as_str()),
                    on: Some(books.today),
                    prorate: true,
                    break_commitment: false,
                };
                match tx.savepoint(|tx| cancel_in(tx, books.today, &books.now, &options)) {
                    Ok(cancelled) => {
                        out.credit_notes += cancelled.credit_notes.len() as u64;
                        done.push(format!("{id} cancelled on {}", cancelled.last_day));
                    }
                    Err(e) if e.is_database_wide() => return Err(e),
                    Err(e) => done.push(format!("{id} not cancelled: {e}")),
                }
            }
            if done.is_empty() {
                "no subscription to cancel".to_string()
            } else {
                done.join("; ")
            }
        }
    };
    if tx.dunning_final_action_insert(invoice.id, action.as_str(), books.today, &detail)? {
        tx.audit(
            &format!("invoice:{}", invoice.reference()),
            &json!({ "dunning_final_action": action.as_str(), "after_level": level, "detail": detail }),
        )?;
    }
    Ok(())
}

/// What `invoice create --penalties-of` asks.
#[derive(Debug, Clone)]
pub struct PenaltyInvoice {
    pub late: InvoiceRef,
    /// The customer named on the command line, if any: it must be the late invoice's.
    pub customer: Option<String>,
    pub days_until_due: Option<u32>,
    pub draft: bool,
}

/// Bills a business customer the penalty accrued to date on a late invoice and the 40 €
/// indemnity, once per late invoice. Both lines are outside the scope of VAT (they pay
/// for no supply), so they carry a 0 % rate.
pub fn bill_penalties(s: &mut Session, input: &PenaltyInvoice) -> Result<Invoice> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let (late, penalties) = penalties_in(tx, &input.late, today)?;
        let reference = late.reference();
        if let Some(customer) = &input.customer {
            if *customer != late.customer {
                return Err(Error::invalid(
                    "--customer",
                    format!("{reference} is billed to {}, not {customer}", late.customer),
                ));
            }
        }
        if let Some(id) = tx.penalty_invoice_of(late.id)? {
            let billed = tx.invoice(id)?.map(|i| i.reference()).unwrap_or_default();
            return Err(Error::refused(format!(
                "the penalties of {reference} are already billed on {billed}"
            )));
        }
        let books = Books::load(tx, today, &now)?;
        let line = |item: &str, description: String, minor: i64| NewLine {
            item: item.to_string(),
            description,
            qty: Decimal::ONE,
            uom: crate::domain::catalogue::DEFAULT_UOM.to_string(),
            rate: Decimal::new(minor, books.digits),
            factor: Factor::FULL,
            amount: LineAmount {
                unrounded: Decimal::new(minor, books.digits),
                net: minor,
            },
            vat_rate: Decimal::ZERO,
            period: None,
            price_source: "penalties".into(),
            subscription_line: None,
            credits_line: None,
        };
        let m = super::books::company_of(tx)?.messages();
        let mut lines = Vec::new();
        if penalties.penalty > 0 {
            lines.push(line(
                "LATE-PENALTY",
                m.late_penalty_line(&reference, penalties.days_late, penalties.rate),
                penalties.penalty,
            ));
        }
        lines.push(line(
            "RECOVERY-INDEMNITY",
            m.recovery_indemnity_line(&reference),
            penalties.indemnity,
        ));
        let invoice = NewInvoice {
            kind: DocKind::Invoice,
            customer: late.customer.clone(),
            subscription: None,
            sales_order: None,
            credits_invoice: None,
            period: None,
            currency: late.currency.clone(),
            days_until_due: input.days_until_due.unwrap_or(books.days_until_due),
            due_from: None,
            reason: Some(m.late_payment_reason(&reference)),
            lines,
        };
        let id = if input.draft {
            issuing::draft(tx, &books, &invoice)?
        } else {
            let issue = issuing::create(tx, &books, &invoice, None)?;
            let id = issue.invoice.id;
            follow_ups::apply(tx, &books, issue)?;
            id
        };
        tx.penalty_invoice_insert(late.id, id)?;
        tx.audit(
            &format!("invoice:{reference}"),
            &json!({ "penalties_billed_on": id, "penalty": penalties.penalty, "indemnity": penalties.indemnity }),
        )?;
        tx.invoice(id)?
            .ok_or_else(|| Error::Database("invoice vanished".into()))
    })
}
