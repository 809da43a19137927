//! Sales orders: made by hand (`order create`) or by `tick` for a subscription's period;
//! confirmed into subscriptions for their recurring lines; invoiced for the rest.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, Subscriber, find_customer};
use super::follow_ups::{self, Issued};
use super::issuing;
use super::pricing::{Buyer, period_lines, price_typed_line};
use super::subscriptions::{self, NewSubscription};
use super::units::{Created, TickReport, created_invoice};
use crate::domain::billing::{BillMode, BillingPeriod};
use crate::domain::ids::CustomerCode;
use crate::domain::invoice::{DocKind, NewInvoice, NewLine, draft_reference};
use crate::domain::lines::LineSpec;
use crate::domain::order::{Order, OrderLine, OrderStatus};
use crate::domain::period::span;
use crate::error::{Error, Result};
use crate::store::Tx;

pub fn find(tx: &Tx, id: &str) -> Result<Order> {
    tx.order(id)?.ok_or_else(|| Error::not_found("order", id))
}

/// A draft order priced on its date; recurring items start subscriptions on `start`
/// (default: the order date) when it is confirmed.
/// An order as typed on `order create`.
#[derive(Debug, Clone, Default)]
pub struct NewOrder {
    pub customer: CustomerCode,
    pub lines: Vec<LineSpec>,
    /// The order's date, which prices it; default: today.
    pub date: Option<NaiveDate>,
    /// When its recurring items start their subscriptions; default: the order's date.
    pub start: Option<NaiveDate>,
}

pub fn create(s: &mut Session, input: &NewOrder) -> Result<Order> {
    let NewOrder {
        customer,
        lines,
        date,
        start,
    } = input;
    let (date, start) = (*date, *start);
    let today = s.today();
    let now = s.clock.rfc3339();
    let date = date.unwrap_or(today);
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let customer = find_customer(tx, customer)?;
        let mut order_lines = Vec::new();
        for spec in lines {
            let (item, line) = price_typed_line(
                tx,
                &books,
                spec,
                Buyer {
                    customer: &customer,
                    on: date,
                },
            )?;
            order_lines.push(OrderLine {
                id: 0,
                line,
                fixed_rate: spec.rate.is_some(),
                recurring: item.recurring,
                start_date: if item.recurring { start } else { None },
                subscription: None,
            });
        }
        let order = Order {
            id: tx.next_code("SO")?,
            customer: customer.code.clone(),
            date,
            status: OrderStatus::Draft,
            subscription: None,
            period_start: None,
            period_end: None,
            invoice: None,
            invoice_number: None,
            currency: books.company.currency.clone(),
            due_from: None,
            days_until_due: None,
            lines: order_lines,
        };
        let totals = order.totals(books.digits).map_err(|e| e.at("lines"))?;
        crate::domain::discount::refuse_negative_total("the order", totals.grand, books.digits)?;
        tx.order_insert(&order, &now)?;
        tx.audit(
            &format!("order:{}", order.id),
            &json!({ "customer": order.customer, "date": date, "lines": order.lines.len() }),
        )?;
        find(tx, &order.id)
    })
}

/// Confirms a draft: one subscription per recurring line (interval from a plan holding the
/// item, else monthly), and the order waits to be invoiced for its other lines.
pub fn confirm(s: &mut Session, id: &str) -> Result<(Order, Vec<String>)> {
    let order = s.store.read(|tx| find(tx, id))?;
    if order.status != OrderStatus::Draft {
        return Err(Error::refused(format!(
            "order {id} is {}; only a draft can be confirmed",
            order.status.as_str()
        )));
    }
    // Each subscription is created through the same path as `subscription create`, all in
    // one transaction with the order's change.
    let today = s.today();
    let now = s.clock.rfc3339();
    let mut made = Vec::new();
    s.store.write(|tx| {
        let order = find(tx, id)?;
        for line in order.lines.iter().filter(|l| l.recurring) {
            let spec = LineSpec {
                item: line.line.item.clone(),
                qty: line.line.qty,
                rate: line.fixed_rate.then_some(line.line.rate),
            };
            let interval = tx.plan_interval_for_item(&line.line.item)?;
            let input = NewSubscription {
                customer: order.customer.clone(),
                lines: vec![spec],
                start: Some(line.start_date.unwrap_or(order.date)),
                interval: interval.map(|i| i.unit),
                every: interval.map(|i| i.every),
                sales_order: Some(order.id.clone()),
                ..NewSubscription::default()
            };
            let sub = subscriptions::insert(tx, input, today, &now)?;
            tx.order_line_set_subscription(line.id, &sub.id)?;
            made.push(sub.id);
        }
        let status = if order.billable_lines().next().is_some() {
            OrderStatus::ToInvoice
        } else {
            OrderStatus::Completed
        };
        tx.order_set_status(id, status)?;
        tx.audit(
            &format!("order:{id}"),
            &json!({ "confirmed": status.as_str(), "subscriptions": made }),
        )?;
        Ok(())
    })?;
    let order = s.store.read(|tx| find(tx, id))?;
    Ok((order, made))
}

/// Invoices an order waiting to be invoiced: its non-recurring lines, issued today.
pub fn invoice(s: &mut Session, id: &str) -> Result<String> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let order = find(tx, id)?;
        invoice_order(tx, &books, &order, false)
            .map(|(_, issued)| issued.map(|i| i.number).unwrap_or_default())
    })
}

/// Writes (and issues unless `as_draft`) the invoice of an order; the order is invoiced.
pub fn invoice_order(
    tx: &Tx,
    books: &Books,
    order: &Order,
    as_draft: bool,
) -> Result<(i64, Option<Issued>)> {
    if order.status != OrderStatus::ToInvoice {
        return Err(Error::refused(format!(
            "order {} is {}; only an order to invoice can be invoiced",
            order.id,
            order.status.as_str()
        )));
    }
    let lines: Vec<NewLine> = order.billable_lines().map(|l| l.line.clone()).collect();
    let period = span(lines.iter().filter_map(|l| l.period));
    let invoice = NewInvoice {
        kind: DocKind::Invoice,
        customer: order.customer.clone(),
        subscription: order.subscription.clone(),
        sales_order: Some(order.id.clone()),
        credits_invoice: None,
        period,
        currency: order.currency.clone(),
        days_until_due: order.days_until_due.unwrap_or(books.days_until_due),
        due_from: order.due_from,
        reason: None,
        lines,
    };
    let (invoice_id, issued) = if as_draft {
        (issuing::draft(tx, books, &invoice)?, None)
    } else {
        let issue = issuing::create(tx, books, &invoice, None)?;
        (issue.invoice.id, Some(follow_ups::apply(tx, books, issue)?))
    };
    let number = issued.as_ref().map(|i| i.number.clone());
    tx.order_set_invoice(&order.id, invoice_id)?;
    if let (Some(sub), Some(p)) = (&order.subscription, period) {
        tx.billed_period_insert(sub, p.start, p.end, "invoice", Some(invoice_id), None)?;
    }
    tx.audit(
        &format!("order:{}", order.id),
        &json!({ "invoiced": number.unwrap_or_else(|| draft_reference(invoice_id)) }),
    )?;
    Ok((invoice_id, issued))
}

/// The order `tick` makes for one period of a subscription billed through orders; when the
/// subscription says so, it is invoiced at once.
pub fn order_period(
    tx: &Tx,
    books: &Books,
    subscriber: Subscriber,
    period: &BillingPeriod,
) -> Result<TickReport> {
    let sub = subscriber.subscription;
    let lines = period_lines(tx, books, subscriber, period)?;
    let mut out = TickReport::default();
    if lines.is_empty() {
        // Wholly paused: nothing to order.
        return Ok(out);
    }
    let id = tx.next_code("SO")?;
    if !tx.billed_period_insert(
        &sub.id,
        period.served.start,
        period.served.end,
        "order",
        None,
        None,
    )? {
        return Ok(out);
    }
    let order = Order {
        id: id.clone(),
        customer: sub.customer.clone(),
        date: books.today,
        status: OrderStatus::ToInvoice,
        subscription: Some(sub.id.clone()),
        period_start: Some(period.served.start),
        period_end: Some(period.served.end),
        invoice: None,
        invoice_number: None,
        currency: books.company.currency.clone(),
        due_from: Some(match sub.bill {
            BillMode::Advance => period.served.start,
            BillMode::Arrears => period.served.end,
        }),
        days_until_due: Some(sub.days_until_due.unwrap_or(books.days_until_due)),
        lines: lines.into_iter().map(OrderLine::of_period).collect(),
    };
    order.totals(books.digits).map_err(|e| e.at("lines"))?;
    tx.order_insert(&order, &books.now)?;
    tx.billed_period_set_order(&sub.id, period.served.start, &id)?;
    tx.audit(&format!("order:{id}"), &json!({ "subscription": sub.id, "period_start": period.served.start, "period_end": period.served.end }))?;
    out.orders += 1;
    out.created.push(Created {
        kind: "order",
        reference: id.clone(),
        unit: sub.id.clone(),
        period: Some((period.served.start, period.served.end)),
        amount: None,
    });
    if sub.invoice_orders {
        let order = find(tx, &id)?;
        let (invoice_id, issued) = invoice_order(tx, books, &order, sub.draft_invoices)?;
        follow_ups::count_issued(issued.as_ref(), &mut out);
        let (kind, reference) = created_invoice(invoice_id, issued.map(|i| i.number));
        out.invoices += 1;
        out.created.push(Created {
            kind,
            reference,
            unit: sub.id.clone(),
            period: Some((period.served.start, period.served.end)),
            amount: tx.invoice(invoice_id)?.map(|i| i.grand_total),
        });
    }
    Ok(out)
}

pub fn get(s: &mut Session, id: &str) -> Result<Order> {
    s.store.read(|tx| find(tx, id))
}

pub fn list(
    s: &mut Session,
    customer: Option<&str>,
    subscription: Option<&str>,
    status: Option<OrderStatus>,
    each: impl FnMut(Order) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(c) = customer {
            find_customer(tx, c)?;
        }
        tx.orders_each(
            customer,
            subscription,
            status.map(OrderStatus::as_str),
            each,
        )
    })
}
