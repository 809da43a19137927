//! Rows of plans, subscriptions, their lines, and the billed periods that guard against
//! billing a period twice.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text, duplicate_as};
use crate::domain::billing::BillMode;
use crate::domain::customer::PaymentMethod;
use crate::domain::pause::Pause;
use crate::domain::period::{Interval, IntervalUnit};
use crate::domain::subscription::{
    Plan, PlanLine, RunSwitch, State, Subscription, SubscriptionLine,
};
use crate::error::{Error, Result};

const SELECT_SUBSCRIPTION: &str =
    "SELECT id, customer, plan, start, trial_end, end_date, prorate_end,
    interval, every, bill, anchor, restarted_on, next_period, next_due_on, state, cancelled_at,
    days_until_due, draft_invoices, with_order, invoice_orders, payment_method, email_template,
    gateway_customer, gateway_payment_method, sales_order, switch_on, switch_interval, switch_every
    FROM subscriptions";

fn conversion_error(index: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        index,
        rusqlite::types::Type::Text,
        format!("unexpected {what}").into(),
    )
}

fn subscription_from_row(row: &Row) -> rusqlite::Result<Subscription> {
    let unit: String = row.get(7)?;
    let bill: String = row.get(9)?;
    let state: String = row.get(14)?;
    let method: Option<String> = row.get(20)?;
    let switch_on: Option<NaiveDate> = row.get(25)?;
    let switch_unit: Option<String> = row.get(26)?;
    let switch_every: Option<u32> = row.get(27)?;
    let switch = match (switch_on, switch_unit, switch_every) {
        (Some(on), Some(unit), Some(every)) => Some(RunSwitch {
            on,
            interval: Interval {
                unit: IntervalUnit::parse(&unit).ok_or_else(|| conversion_error(26, "interval"))?,
                every,
            },
        }),
        _ => None,
    };
    Ok(Subscription {
        id: row.get(0)?,
        customer: row.get(1)?,
        plan: row.get(2)?,
        start: row.get(3)?,
        trial_end: row.get(4)?,
        end: row.get(5)?,
        prorate_end: row.get(6)?,
        interval: Interval {
            unit: IntervalUnit::parse(&unit).ok_or_else(|| conversion_error(7, "interval"))?,
            every: row.get(8)?,
        },
        bill: BillMode::parse(&bill).ok_or_else(|| conversion_error(9, "bill mode"))?,
        anchor: row.get(10)?,
        restarted_on: row.get(11)?,
        next_period: row.get::<_, i64>(12)? as u64,
        next_due_on: row.get(13)?,
        state: State::parse(&state).ok_or_else(|| conversion_error(14, "state"))?,
        cancelled_at: row.get(15)?,
        days_until_due: row.get(16)?,
        draft_invoices: row.get(17)?,
        with_order: row.get(18)?,
        invoice_orders: row.get(19)?,
        payment_method: method
            .map(|m| PaymentMethod::parse("payment_method", &m))
            .transpose()
            .map_err(|_| conversion_error(20, "payment method"))?,
        email_template: row.get(21)?,
        gateway_customer: row.get(22)?,
        gateway_payment_method: row.get(23)?,
        sales_order: row.get(24)?,
        lines: Vec::new(),
        pauses: Vec::new(),
        switch,
    })
}

impl Tx<'_> {
    // ── plans ──

    pub fn plan_insert(&self, plan: &Plan) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO plans (code, name, interval, every) VALUES (?1, ?2, ?3, ?4)",
                params![
                    plan.code,
                    plan.name,
                    plan.interval.map(|i| i.unit.as_str()),
                    plan.interval.map(|i| i.every)
                ],
            )
            .map_err(duplicate_as("plan", &plan.code))?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO plan_lines (plan, position, item, qty, uom, rate) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (position, line) in plan.lines.iter().enumerate() {
            stmt.execute(params![
                plan.code,
                position as i64,
                line.item,
                decimal_text(line.qty),
                line.uom,
                line.rate.map(decimal_text)
            ])?;
        }
        Ok(())
    }

    pub fn plan(&self, code: &str) -> Result<Option<Plan>> {
        let head = self
            .conn()
            .query_row(
                "SELECT code, name, interval, every FROM plans WHERE code = ?1",
                [code],
                |r| {
                    let unit: Option<String> = r.get(2)?;
                    let every: Option<u32> = r.get(3)?;
                    Ok(Plan {
                        code: r.get(0)?,
                        name: r.get(1)?,
                        interval: unit
                            .and_then(|u| IntervalUnit::parse(&u))
                            .map(|unit| Interval {
                                unit,
                                every: every.unwrap_or(1),
                            }),
                        lines: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut plan) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn().prepare_cached(
            "SELECT item, qty, uom, rate FROM plan_lines WHERE plan = ?1 ORDER BY position",
        )?;
        let lines = stmt.query_map([code], |r| {
            Ok(PlanLine {
                item: r.get(0)?,
                qty: decimal(&r.get::<_, String>(1)?)?,
                uom: r.get(2)?,
                rate: r
                    .get::<_, Option<String>>(3)?
                    .as_deref()
                    .map(decimal)
                    .transpose()?,
            })
        })?;
        plan.lines = lines.collect::<rusqlite::Result<_>>()?;
        Ok(Some(plan))
    }

    pub fn plan_codes(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT code FROM plans ORDER BY code")?;
        Ok(stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    // ── subscriptions ──

    pub fn subscription_insert(&self, s: &Subscription, created_at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO subscriptions (id, customer, plan, start, trial_end, end_date, prorate_end,
                     interval, every, bill, anchor, restarted_on, next_period, next_due_on, state,
                     cancelled_at, days_until_due, draft_invoices, with_order, invoice_orders,
                     payment_method, email_template, gateway_customer, gateway_payment_method,
                     sales_order, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)",
            )?
            .execute(params![
                s.id,
                s.customer,
                s.plan,
                s.start,
                s.trial_end,
                s.end,
                s.prorate_end,
                s.interval.unit.as_str(),
                s.interval.every,
                s.bill.as_str(),
                s.anchor,
                s.restarted_on,
                s.next_period as i64,
                s.next_due_on,
                s.state.as_str(),
                s.cancelled_at,
                s.days_until_due,
                s.draft_invoices,
                s.with_order,
                s.invoice_orders,
                s.payment_method.map(PaymentMethod::as_str),
                s.email_template,
                s.gateway_customer,
                s.gateway_payment_method,
                s.sales_order,
                created_at
            ])
            .map_err(duplicate_as("subscription", &s.id))?;
        self.subscription_insert_lines(&s.id, &s.lines)
    }

    /// Appends lines after the subscription's current ones. Lines replaced by an edit are
    /// parked at negative positions (`-id`): they do not count, or the next line would go
    /// in at a negative position too and leave the billing.
    pub(super) fn subscription_insert_lines(
        &self,
        id: &str,
        lines: &[SubscriptionLine],
    ) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO subscription_lines (subscription, position, item, qty, uom, rate, from_date, until_date)
             VALUES (?1, (SELECT coalesce(max(position), -1) + 1 FROM subscription_lines
                          WHERE subscription = ?1 AND position >= 0),
                     ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for line in lines {
            stmt.execute(params![
                id,
                line.item,
                decimal_text(line.qty),
                line.uom,
                line.rate.map(decimal_text),
                line.from,
                line.until
            ])?;
        }
        Ok(())
    }

    /// Replaces the lines billed from now on; lines already invoiced keep their history
    /// through the invoices, which copy them.
    pub fn subscription_replace_lines(&self, id: &str, lines: &[SubscriptionLine]) -> Result<()> {
        // Old lines stay (invoice lines refer to them) but leave the subscription's billing.
        self.exec(
            "UPDATE subscription_lines SET position = -id WHERE subscription = ?1 AND position >= 0",
            [id],
        )?;
        self.subscription_insert_lines(id, lines)
    }

    /// Writes back where billing stands: the next period, when it is due, the state.
    pub fn subscription_set_schedule(&self, s: &Subscription) -> Result<()> {
        self.exec(
            "UPDATE subscriptions SET next_period = ?2, next_due_on = ?3, state = ?4 WHERE id = ?1",
            params![s.id, s.next_period as i64, s.next_due_on, s.state.as_str()],
        )?;
        Ok(())
    }

    /// Writes back every field a subscription's life changes.
    pub fn subscription_update(&self, s: &Subscription) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE subscriptions SET end_date = ?2, prorate_end = ?3, anchor = ?4, restarted_on = ?5,
                     next_period = ?6, next_due_on = ?7, state = ?8, cancelled_at = ?9,
                     days_until_due = ?10, draft_invoices = ?11, with_order = ?12, invoice_orders = ?13,
                     payment_method = ?14, email_template = ?15, gateway_customer = ?16,
                     gateway_payment_method = ?17, trial_end = ?18
                 WHERE id = ?1",
            )?
            .execute(params![
                s.id,
                s.end,
                s.prorate_end,
                s.anchor,
                s.restarted_on,
                s.next_period as i64,
                s.next_due_on,
                s.state.as_str(),
                s.cancelled_at,
                s.days_until_due,
                s.draft_invoices,
                s.with_order,
                s.invoice_orders,
                s.payment_method.map(PaymentMethod::as_str),
                s.email_template,
                s.gateway_customer,
                s.gateway_payment_method,
                s.trial_end
            ])?;
        Ok(())
    }

    fn subscription_lines(&self, id: &str) -> Result<Vec<SubscriptionLine>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, item, qty, uom, rate, from_date, until_date FROM subscription_lines
             WHERE subscription = ?1 AND position >= 0 ORDER BY position",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(SubscriptionLine {
                id: r.get(0)?,
                item: r.get(1)?,
                qty: decimal(&r.get::<_, String>(2)?)?,
                uom: r.get(3)?,
                rate: r
                    .get::<_, Option<String>>(4)?
                    .as_deref()
                    .map(decimal)
                    .transpose()?,
                from: r.get(5)?,
                until: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn subscription_pauses(&self, id: &str) -> Result<Vec<Pause>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, from_date, until_date FROM subscription_pauses
             WHERE subscription = ?1 ORDER BY from_date",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Pause {
                id: r.get(0)?,
                from: r.get(1)?,
                until: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Loads what a subscription row does not hold: its lines and its pauses.
    fn subscription_complete(&self, s: &mut Subscription) -> Result<()> {
        s.lines = self.subscription_lines(&s.id)?;
        s.pauses = self.subscription_pauses(&s.id)?;
        Ok(())
    }

    pub fn subscription(&self, id: &str) -> Result<Option<Subscription>> {
        let found = self
            .conn()
            .prepare_cached(&format!("{SELECT_SUBSCRIPTION} WHERE id = ?1"))?
            .query_row([id], subscription_from_row)
            .optional()?;
        match found {
            Some(mut s) => {
                self.subscription_complete(&mut s)?;
                Ok(Some(s))
            }
            None => Ok(None),
        }
    }

    /// Every subscription (of one customer), by id, streamed with its lines.
    pub fn subscriptions_each(
        &self,
        customer: Option<&str>,
        mut each: impl FnMut(Subscription) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare(&format!(
            "{SELECT_SUBSCRIPTION} WHERE ?1 IS NULL OR customer = ?1 ORDER BY id"
        ))?;
        let mut rows = stmt.query([customer])?;
        while let Some(row) = rows.next()? {
            let mut s = subscription_from_row(row)?;
            self.subscription_complete(&mut s)?;
            each(s)?;
        }
        Ok(())
    }

    /// Records that a period was billed; `false` when it already was (another run did it).
    pub fn billed_period_insert(
        &self,
        subscription: &str,
        start: NaiveDate,
        end: NaiveDate,
        kind: &str,
        invoice: Option<i64>,
        order: Option<&str>,
    ) -> Result<bool> {
        let inserted = self
            .conn()
            .prepare_cached(
                "INSERT INTO billed_periods (subscription, period_start, period_end, kind, invoice, sales_order)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            )?
            .execute(params![subscription, start, end, kind, invoice, order])?;
        Ok(inserted == 1)
    }

    pub fn billed_period_set_invoice(
        &self,
        subscription: &str,
        start: NaiveDate,
        invoice: i64,
    ) -> Result<()> {
        self.exec(
            "UPDATE billed_periods SET invoice = ?3 WHERE subscription = ?1 AND period_start = ?2 AND kind = 'invoice'",
            params![subscription, start, invoice],
        )?;
        Ok(())
    }

    pub fn billed_period_set_order(
        &self,
        subscription: &str,
        start: NaiveDate,
        order: &str,
    ) -> Result<()> {
        self.exec(
            "UPDATE billed_periods SET sales_order = ?3 WHERE subscription = ?1 AND period_start = ?2 AND kind = 'order'",
            params![subscription, start, order],
        )?;
        Ok(())
    }

    /// Whether any period starting on or after `date` was billed (invoice or order).
    pub fn billed_since(&self, subscription: &str, date: NaiveDate) -> Result<bool> {
        Ok(self.query_one(
            "SELECT EXISTS (SELECT 1 FROM billed_periods WHERE subscription = ?1 AND period_start >= ?2)",
            params![subscription, date],
            |r| r.get(0),
        )?)
    }

    /// Forgets billed periods that start after `date` and were never invoiced for real
    /// (their drafts or orders were withdrawn by a cancellation).
    pub fn billed_periods_forget_after(
        &self,
        subscription: &str,
        date: NaiveDate,
        kind: &str,
    ) -> Result<()> {
        self.exec(
            "DELETE FROM billed_periods WHERE subscription = ?1 AND period_start > ?2 AND kind = ?3",
            params![subscription, date, kind],
        )?;
        Ok(())
    }

    /// The next generated id of a kind, formatted `PREFIX-0001`.
    pub fn next_code(&self, prefix: &str) -> Result<String> {
        let n = self.next_id(prefix)?;
        if n <= 0 {
            return Err(Error::Database(format!("counter {prefix} is broken")));
        }
        Ok(format!("{prefix}-{n:04}"))
    }
}

impl Tx<'_> {
    /// A signed contract tying `subscription` beyond `date`: (contract id, commitment end).
    pub fn commitment_beyond(
        &self,
        subscription: &str,
        date: NaiveDate,
    ) -> Result<Option<(String, NaiveDate)>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT c.id, c.end_date FROM contracts c JOIN contract_subscriptions cs ON cs.contract = c.id
                 WHERE cs.subscription = ?1 AND c.signed_on IS NOT NULL AND c.end_date > ?2
                 ORDER BY c.end_date DESC LIMIT 1",
            )?
            .query_row(params![subscription, date], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }
}

impl Tx<'_> {
    /// The interval of the first plan (by code) that holds `item`, if any.
    pub fn plan_interval_for_item(&self, item: &str) -> Result<Option<Interval>> {
        let found: Option<(Option<String>, Option<u32>)> = self
            .conn()
            .prepare_cached(
                "SELECT p.interval, p.every FROM plans p JOIN plan_lines l ON l.plan = p.code
                 WHERE l.item = ?1 AND p.interval IS NOT NULL ORDER BY p.code LIMIT 1",
            )?
            .query_row([item], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(found.and_then(|(unit, every)| {
            unit.and_then(|u| IntervalUnit::parse(&u))
                .map(|unit| Interval {
                    unit,
                    every: every.unwrap_or(1),
                })
        }))
    }
}

/// A synthetic book of `count` members, each with one monthly subscription of two lines,
/// written with prepared statements in the caller's transaction (`subs demo --scale`).
pub struct BulkDemo<'a> {
    pub count: u64,
    pub start: NaiveDate,
    /// Priced from the price list.
    pub listed_item: &'a str,
    pub listed_uom: &'a str,
    /// At a fixed rate.
    pub fixed_item: &'a str,
    pub fixed_uom: &'a str,
    pub fixed_rate: &'a str,
    pub created_at: &'a str,
}

impl Tx<'_> {
    pub fn bulk_demo(&self, demo: &BulkDemo) -> Result<()> {
        let first = self.next_id("SUB")?;
        let mut customer = self.conn().prepare(
            "INSERT INTO customers (code, name, email, kind, payment_method, created_on)
             VALUES (?1, ?2, ?3, 'business', 'manual', ?4)",
        )?;
        let mut subscription = self.conn().prepare(
            "INSERT INTO subscriptions (id, customer, start, interval, every, bill, anchor, next_period,
                 next_due_on, state, created_at)
             VALUES (?1, ?2, ?3, 'month', 1, 'advance', ?3, 0, ?3, 'active', ?4)",
        )?;
        let mut line = self.conn().prepare(
            "INSERT INTO subscription_lines (subscription, position, item, qty, uom, rate)
             VALUES (?1, ?2, ?3, '1', ?4, ?5)",
        )?;
        for n in 0..demo.count {
            let number = first + n as i64;
            let code = format!("M{number:07}");
            let id = format!("SUB-{number:04}");
            customer.execute(params![
                code,
                format!("Member {number}"),
                format!("member{number}@example.org"),
                demo.start
            ])?;
            subscription.execute(params![id, code, demo.start, demo.created_at])?;
            line.execute(params![
                id,
                0,
                demo.listed_item,
                demo.listed_uom,
                Option::<String>::None
            ])?;
            line.execute(params![
                id,
                1,
                demo.fixed_item,
                demo.fixed_uom,
                demo.fixed_rate
            ])?;
        }
        self.exec(
            "UPDATE id_counters SET last = ?1 WHERE kind = 'SUB'",
            [first + demo.count as i64 - 1],
        )?;
        Ok(())
    }
}
