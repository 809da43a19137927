//! `tick`: bring every subscription up to date (DESIGN §4).
//!
//! Subscriptions with something due are paged through the `next_due_on` index, so a tick
//! with nothing to do reads nothing else. Each subscription is one unit of work in its own
//! transaction: a kill loses at most the unit in flight, which the next run redoes; a
//! failing unit is named in the report and the others are committed. The schema's unique
//! billed period makes overlapping runs safe.

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, Payer, Subscriber};
use super::follow_ups;
use super::issuing;
use super::metering;
use super::pricing::period_lines;
use super::units::{
    Created, DueQuery, DueUnits, Failure, PageKey, RunUnit, TickOptions, TickReport, Unit,
    created_invoice,
};
use crate::domain::billing::{BillMode, BillingPeriod};
use crate::domain::ids::SubscriptionId;
use crate::domain::invoice::{DocKind, NewInvoice};
use crate::domain::subscription::State;
use crate::error::{Error, Result};
use crate::store::{DueKey, DueList, Tx};

/// How many due units are read at a time, and share one transaction: memory stays flat
/// however many are due, and committing each unit alone would rewrite the same hot pages
/// (the audit tail, the series counter) to the WAL for every unit.
const BATCH: usize = 256;

/// One kind of work `tick` does, unit by unit, each unit in its own transaction.
pub struct Phase {
    pub name: &'static str,
    /// Up to `limit` units due on `today`, after `after` in the phase's own order. A unit
    /// that is done must drop out of this list, so that paging moves on.
    pub due: DueUnits,
    /// Does one unit.
    pub run: RunUnit,
}

/// The phases, in the order DESIGN §4 gives: subscriptions first, then what follows them.
const PHASES: &[Phase] = &[
    Phase {
        name: "subscriptions",
        due: |tx, query| due_on(DueList::Subscriptions, tx, query),
        run: bill_subscription,
    },
    // Grants follow the billing (per-period rules grant on the periods it laid out);
    // expiry follows the grants, so a lot granted late for a past occurrence lapses at once.
    Phase {
        name: "credit grants",
        due: super::credits::due_grants,
        run: super::credits::run_grants,
    },
    Phase {
        name: "credit expiry",
        due: super::credits::due_expiries,
        run: super::credits::run_expiry,
    },
    Phase {
        name: "repeats",
        due: |tx, query| due_on(DueList::Repeats, tx, query),
        run: super::repeats::run_due,
    },
    Phase {
        name: "contracts",
        due: |tx, query| due_on(DueList::Contracts, tx, query),
        run: super::contracts::refresh_due,
    },
    // Last: reminders see what this run billed and what was paid before it.
    Phase {
        name: "dunning",
        due: super::dunning::due_customers,
        run: super::dunning::run_customer,
    },
];

/// A page of a dated due list, its (day, id) keys written as page keys.
fn due_on(list: DueList, tx: &Tx, query: DueQuery) -> Result<Vec<PageKey>> {
    let after: Option<DueKey> = query
        .after
        .and_then(|(date, id)| date.parse().ok().map(|d| (d, id.clone())));
    Ok(tx
        .due_page(list, query.today, after.as_ref(), query.limit)?
        .into_iter()
        .map(|(date, id)| (date.to_string(), id))
        .collect())
}

/// Runs a tick at the session's "now". `on_unit` is called after each unit (progress).
pub fn run(s: &mut Session, options: TickOptions, on_unit: &mut dyn FnMut()) -> Result<TickReport> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let books = s.store.read(|tx| Books::load(tx, today, &now))?;
    let mut report = TickReport {
        now,
        digits: books.digits,
        ..TickReport::default()
    };
    let mut page = |tx: &Tx, phase: &Phase, after: Option<&PageKey>, report: &mut TickReport| {
        let mut page = Page {
            phase,
            today,
            books: &books,
            options: &options,
            on_unit: &mut *on_unit,
        };
        run_page(tx, &mut page, after, report)
    };
    if options.dry_run {
        // Everything in one transaction rolled back at the end: exactly what would happen.
        return s.store.dry_run(|tx| {
            for phase in PHASES {
                let mut after = None;
                while let Some(last) = page(tx, phase, after.as_ref(), &mut report)? {
                    after = Some(last);
                }
            }
            Ok(report)
        });
    }
    for phase in PHASES {
        let mut after = None;
        // A page of units is one transaction, each unit in its own savepoint: a failing unit
        // is undone alone, and a kill loses at most the page in flight, which the next run
        // redoes (numbers stay gapless: the counter is in the same transaction).
        while let Some(last) = s
            .store
            .write(|tx| page(tx, phase, after.as_ref(), &mut report))?
        {
            after = Some(last);
        }
    }
    Ok(report)
}

/// What every unit of a page shares.
struct Page<'a> {
    phase: &'a Phase,
    today: NaiveDate,
    books: &'a Books,
    options: &'a TickOptions,
    /// Called after each unit (progress).
    on_unit: &'a mut dyn FnMut(),
}

/// Runs one page of a phase's due units, each in a savepoint; returns the page's last key,
/// or `None` when nothing was left.
fn run_page(
    tx: &Tx,
    page: &mut Page,
    after: Option<&PageKey>,
    report: &mut TickReport,
) -> Result<Option<PageKey>> {
    let query = DueQuery {
        today: page.today,
        after,
        limit: BATCH,
    };
    let units = (page.phase.due)(tx, query)?;
    for (_, unit_id) in &units {
        let mut unit = TickReport::default();
        let due = Unit {
            id: unit_id,
            options: page.options,
        };
        let outcome =
            tx.savepoint(|tx| isolated(|| (page.phase.run)(tx, page.books, due, &mut unit)));
        settle(
            report,
            unit_id,
            outcome.map(|_| unit),
            page.options.list_documents,
        )?;
        (page.on_unit)();
    }
    Ok(units.last().cloned())
}

/// Runs one unit so that nothing in it can stop the others: a panic (a bug) becomes the
/// unit's error, so its savepoint is rolled back and the tick goes on with the next unit.
/// The panic's report (message and place) goes into that error instead of onto stderr.
fn isolated(work: impl FnOnce() -> Result<()>) -> Result<()> {
    let report = Arc::new(Mutex::new(None::<String>));
    let previous = std::panic::take_hook();
    let slot = Arc::clone(&report);
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".into());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut slot) = slot.lock() {
            *slot = Some(format!("{message}{place}"));
        }
    }));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    std::panic::set_hook(previous);
    outcome.unwrap_or_else(|_| {
        let message = report
            .lock()
            .ok()
            .and_then(|mut m| m.take())
            .unwrap_or_else(|| "panic".into());
        Err(Error::Internal(message))
    })
}

/// How many units have something due (for a progress bar).
pub fn due_count(s: &mut Session) -> Result<u64> {
    let today = s.today();
    s.store.read(|tx| {
        DueList::ALL
            .into_iter()
            .map(|list| tx.due_count(list, today))
            .sum()
    })
}

/// Brings one subscription up to date now (`subscription check`).
pub fn check_one(s: &mut Session, id: &SubscriptionId, max_periods: usize) -> Result<TickReport> {
    let id = id.as_str();
    let today = s.today();
    let now = s.clock.rfc3339();
    let mut unit = TickReport {
        now,
        ..TickReport::default()
    };
    s.store.write(|tx| {
        tx.subscription(id)?
            .ok_or_else(|| Error::not_found("subscription", id))?;
        let books = Books::load(tx, today, &unit.now)?;
        unit.digits = books.digits;
        let options = TickOptions {
            max_periods,
            ..TickOptions::default()
        };
        let due = Unit {
            id,
            options: &options,
        };
        bill_subscription(tx, &books, due, &mut unit)?;
        super::credits::grant_due(tx, &books, id, &mut unit)
    })?;
    Ok(unit)
}

/// Adds a unit's outcome to the report: its documents, or its failure. A busy or read-only
/// database is not a unit's failure: the whole tick stops on one error line (exit 75 when
/// busy) and the next run resumes.
fn settle(
    report: &mut TickReport,
    unit: &str,
    outcome: Result<TickReport>,
    keep_documents: bool,
) -> Result<()> {
    report.units += 1;
    match outcome {
        Ok(mut done) => {
            if !keep_documents {
                done.created.clear();
            }
            report.absorb(done)
        }
        Err(error) if error.is_database_wide() => return Err(error),
        Err(error) => report.failed.push(Failure {
            unit: unit.to_string(),
            error: error.to_string(),
        }),
    }
    Ok(())
}

/// Bills every due period of one subscription, oldest first, then moves its schedule on.
pub fn bill_subscription(tx: &Tx, books: &Books, unit: Unit, out: &mut TickReport) -> Result<()> {
    let (id, max_periods) = (unit.id, unit.options.max_periods);
    let Some(original) = tx.subscription(id)? else {
        return Ok(());
    };
    let mut sub = original.clone();
    if sub.state == State::Active {
        loop {
            let timeline = sub.timeline();
            let scan = timeline.scan(sub.next_period, books.today, max_periods);
            if scan.due.len() > max_periods {
                let total = timeline
                    .scan(sub.next_period, books.today, 1_000_000)
                    .due
                    .len();
                return Err(Error::refused(format!(
                    "{total} periods are due, more than --max-periods {max_periods}; nothing billed (run `subs tick --max-periods {total}` to catch up)"
                )));
            }
            if !scan.due.is_empty() {
                let customer = tx
                    .customer(&sub.customer)?
                    .ok_or_else(|| Error::not_found("customer", &sub.customer))?;
                let subscriber = Subscriber {
                    subscription: &sub,
                    customer: &customer,
                };
                for period in &scan.due {
                    out.absorb(bill_period(tx, books, subscriber, period)?);
                }
            }
            sub.next_period = scan.next_index;
            // A change of interval starts its new run once the old one is billed out.
            if scan.next_due_on.is_none() && sub.start_switched_run() {
                tx.subscription_set_run(&sub)?;
                tx.audit(
                    &format!("subscription:{id}"),
                    &json!({ "new_run": { "anchor": sub.anchor, "interval": sub.interval.unit.as_str(), "every": sub.interval.every } }),
                )?;
                continue;
            }
            if scan.next_due_on.is_none() && sub.end.is_some_and(|end| end < books.today) {
                let customer = tx
                    .customer(&sub.customer)?
                    .ok_or_else(|| Error::not_found("customer", &sub.customer))?;
                let subscriber = Subscriber {
                    subscription: &sub,
                    customer: &customer,
                };
                out.absorb(metering::bill_final_usage(tx, books, subscriber)?);
            }
            if sub.finish_or_schedule(scan.next_due_on, books.today) {
                out.completed += 1;
            }
            break;
        }
    } else {
        sub.next_due_on = None;
    }
    if sub != original {
        tx.subscription_set_schedule(&sub)?;
        // Billing moves the schedule on, and each invoice has its own audit entry; the
        // subscription's own entry records what else changed: its end.
        if sub.state != original.state || out.invoices + out.orders == 0 {
            tx.audit(
                &format!("subscription:{id}"),
                &json!({ "billed_through_period": sub.next_period, "next_due_on": sub.next_due_on, "state": sub.state.as_str() }),
            )?;
        }
    }
    Ok(())
}

/// Bills one period of a subscription: its invoice, or its order when it is billed through
/// orders. Returns what it created.
fn bill_period(
    tx: &Tx,
    books: &Books,
    subscriber: Subscriber,
    period: &BillingPeriod,
) -> Result<TickReport> {
    let Subscriber {
        subscription: sub,
        customer,
    } = subscriber;
    if sub.with_order {
        return super::orders::order_period(tx, books, subscriber, period);
    }
    let mut lines = period_lines(tx, books, subscriber, period)?;
    let through = crate::domain::usage::billed_through(sub.bill, period);
    let usage = metering::usage_lines(tx, books, subscriber, through, &[])?;
    lines.extend(usage.lines.iter().cloned());
    let mut out = TickReport::default();
    if lines.is_empty() {
        // Wholly paused: nothing is billed, and the period is passed over.
        return Ok(out);
    }
    let invoice = NewInvoice {
        kind: DocKind::Invoice,
        customer: sub.customer.clone(),
        subscription: Some(sub.id.clone()),
        sales_order: None,
        credits_invoice: None,
        // The days billed: the served period, or less of it when paused or changed.
        period: crate::domain::period::span(lines.iter().filter_map(|l| l.period)),
        currency: books.company.currency.clone(),
        days_until_due: sub.days_until_due.unwrap_or(books.days_until_due),
        due_from: Some(match sub.bill {
            BillMode::Advance => period.served.start,
            BillMode::Arrears => period.served.end,
        }),
        reason: None,
        lines,
    };
    let payer = Payer {
        customer,
        subscription: Some(sub),
    };
    let (id, issued) = if sub.draft_invoices {
        (issuing::draft(tx, books, &invoice)?, None)
    } else {
        let issue = issuing::create(tx, books, &invoice, Some(payer))?;
        (issue.invoice.id, Some(follow_ups::apply(tx, books, issue)?))
    };
    metering::mark_billed(tx, &usage, id)?;
    // The schema's unique billed period is the last word: were it billed already, the
    // unit fails and its savepoint undoes the invoice (numbers included).
    if !tx.billed_period_insert(
        &sub.id,
        period.served.start,
        period.served.end,
        "invoice",
        Some(id),
        None,
    )? {
        return Err(Error::refused(format!(
            "period {}..{} of {} is already billed",
            period.served.start, period.served.end, sub.id
        )));
    }
    follow_ups::count_issued(issued.as_ref(), &mut out);
    let (kind, reference) = created_invoice(id, issued.map(|i| i.number));
    let grand = issuing::totals_of(&invoice, books.digits)?.grand;
    out.invoices += 1;
    out.created.push(Created {
        kind,
        reference,
        unit: sub.id.clone(),
        period: Some((period.served.start, period.served.end)),
        amount: Some(grand),
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::company::{InitSettings, init};
    use crate::ops::units::keyed_by_id;

    fn three_units(_: &Tx, query: DueQuery) -> Result<Vec<PageKey>> {
        Ok(match query.after {
            None => keyed_by_id(vec!["A".into(), "B".into(), "C".into()]),
            Some(_) => Vec::new(),
        })
    }

    /// Writes an audit entry for the unit, then B panics (as a bug would, half-way).
    fn b_panics_after_writing(tx: &Tx, _: &Books, unit: Unit, out: &mut TickReport) -> Result<()> {
        let id = unit.id;
        tx.audit(&format!("unit:{id}"), &json!({ "ran": id }))?;
        let ids: Vec<i64> = vec![1];
        if id == "B" {
            // Indexing past the end: a panic that no error path catches.
            let _ = ids[id.len() + 1];
        }
        out.repeats += 1;
        Ok(())
    }

    #[test]
    fn a_unit_that_panics_is_rolled_back_and_named_and_the_others_are_done() {
        let dir = tempfile::tempdir().unwrap();
        let settings = InitSettings {
            values: vec![("company.name", "Test".into())],
        };
        let mut s = init(&dir.path().join("t.db"), Some("2026-01-15"), &settings).unwrap();
        let phase = Phase {
            name: "test",
            due: three_units,
            run: b_panics_after_writing,
        };
        let today = s.today();
        let now = s.clock.rfc3339();
        let mut report = TickReport::default();
        s.store
            .write(|tx| {
                let books = Books::load(tx, today, &now)?;
                let mut page = Page {
                    phase: &phase,
                    today,
                    books: &books,
                    options: &TickOptions::default(),
                    on_unit: &mut || {},
                };
                run_page(tx, &mut page, None, &mut report)
            })
            .unwrap();
        assert_eq!(report.repeats, 2);
        assert_eq!(report.failed.len(), 1);
        assert_eq!(report.failed[0].unit, "B");
        assert!(
            report.failed[0]
                .error
                .starts_with("internal error: index out of bounds")
                && report.failed[0].error.contains("src/ops/tick.rs"),
            "{}",
            report.failed[0].error
        );
        let mut units = Vec::new();
        s.store
            .read(|tx| {
                tx.audit_entries(Some("unit"), |e| {
                    units.push(e.entity);
                    Ok(())
                })
            })
            .unwrap();
        assert_eq!(units, ["unit:A", "unit:C"]);
    }
}
