//! Rows of sales orders and their lines.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text};
use crate::domain::billing::Factor;
use crate::domain::invoice::{LineAmount, NewLine};
use crate::domain::order::{Order, OrderLine, OrderStatus};
use crate::domain::period::Period;
use crate::error::Result;

const SELECT_ORDER: &str =
    "SELECT o.id, o.customer, o.order_date, o.status, o.subscription, o.period_start,
    o.period_end, o.invoice, i.number, o.currency, o.due_from, o.days_until_due
    FROM sales_orders o LEFT JOIN invoices i ON i.id = o.invoice";

fn order_from_row(row: &Row) -> rusqlite::Result<Order> {
    let status: String = row.get(3)?;
    Ok(Order {
        id: row.get(0)?,
        customer: row.get(1)?,
        date: row.get(2)?,
        status: OrderStatus::parse(&status).unwrap_or(OrderStatus::Draft),
        subscription: row.get(4)?,
        period_start: row.get(5)?,
        period_end: row.get(6)?,
        invoice: row.get(7)?,
        invoice_number: row.get(8)?,
        currency: row.get(9)?,
        due_from: row.get(10)?,
        days_until_due: row.get(11)?,
        lines: Vec::new(),
    })
}

fn line_from_row(row: &Row) -> rusqlite::Result<OrderLine> {
    let start: Option<NaiveDate> = row.get(13)?;
    let end: Option<NaiveDate> = row.get(14)?;
    let days: Option<i64> = row.get(8)?;
    let period_days: Option<i64> = row.get(9)?;
    Ok(OrderLine {
        id: row.get(0)?,
        line: NewLine {
            item: row.get(1)?,
            description: row.get(2)?,
            qty: decimal(&row.get::<_, String>(3)?)?,
            uom: row.get(4)?,
            rate: decimal(&row.get::<_, String>(5)?)?,
            factor: Factor {
                days: days.unwrap_or(1),
                period_days: period_days.unwrap_or(1),
            },
            amount: LineAmount {
                unrounded: decimal(&row.get::<_, String>(10)?)?,
                net: row.get(11)?,
            },
            vat_rate: decimal(&row.get::<_, String>(12)?)?,
            period: start.zip(end).map(|(start, end)| Period { start, end }),
            price_source: row.get(15)?,
            subscription_line: row.get(18)?,
            credits_line: None,
        },
        fixed_rate: row.get(6)?,
        recurring: row.get(16)?,
        start_date: row.get(17)?,
        subscription: row.get(19)?,
    })
}

impl Tx<'_> {
    pub fn order_insert(&self, order: &Order, created_at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO sales_orders (id, customer, order_date, status, subscription, period_start,
                     period_end, invoice, currency, due_from, days_until_due, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                order.id,
                order.customer,
                order.date,
                order.status.as_str(),
                order.subscription,
                order.period_start,
                order.period_end,
                order.currency,
                order.due_from,
                order.days_until_due,
                created_at
            ])?;
        self.order_write_lines(&order.id, &order.lines)
    }

    fn order_write_lines(&self, id: &str, lines: &[OrderLine]) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO sales_order_lines (sales_order, position, item, description, qty, uom, rate,
                 fixed_rate, days, period_days, unrounded, net, vat_rate, period_start, period_end,
                 price_source, recurring, start_date, subscription_line, subscription)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        )?;
        for (position, ol) in lines.iter().enumerate() {
            let l = &ol.line;
            let periodic = l.period.is_some();
            stmt.execute(params![
                id,
                position as i64 + 1,
                l.item,
                l.description,
                decimal_text(l.qty),
                l.uom,
                l.rate.to_string(),
                ol.fixed_rate,
                periodic.then_some(l.factor.days),
                periodic.then_some(l.factor.period_days),
                l.amount.unrounded.normalize().to_string(),
                l.amount.net,
                decimal_text(l.vat_rate),
                l.period.map(|p| p.start),
                l.period.map(|p| p.end),
                l.price_source,
                ol.recurring,
                ol.start_date,
                l.subscription_line,
                ol.subscription
            ])?;
        }
        Ok(())
    }

    /// Replaces an order's lines (before it is invoiced).
    pub fn order_rewrite_lines(
        &self,
        id: &str,
        lines: &[OrderLine],
        period: Option<Period>,
    ) -> Result<()> {
        self.conn()
            .execute("DELETE FROM sales_order_lines WHERE sales_order = ?1", [id])?;
        self.exec(
            "UPDATE sales_orders SET period_start = ?2, period_end = ?3 WHERE id = ?1",
            params![id, period.map(|p| p.start), period.map(|p| p.end)],
        )?;
        self.order_write_lines(id, lines)
    }

    pub fn order(&self, id: &str) -> Result<Option<Order>> {
        let found = self
            .conn()
            .prepare_cached(&format!("{SELECT_ORDER} WHERE o.id = ?1"))?
            .query_row([id], order_from_row)
            .optional()?;
        let Some(mut order) = found else {
            return Ok(None);
        };
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, item, description, qty, uom, rate, fixed_rate, NULL, days, period_days, unrounded, net,
                 vat_rate, period_start, period_end, price_source, recurring, start_date, subscription_line,
                 subscription
             FROM sales_order_lines WHERE sales_order = ?1 ORDER BY position",
        )?;
        order.lines = stmt
            .query_map([id], line_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(order))
    }

    /// Orders by date then id, optionally of one customer / subscription / status, streamed.
    pub fn orders_each(
        &self,
        customer: Option<&str>,
        subscription: Option<&str>,
        status: Option<&str>,
        mut each: impl FnMut(Order) -> Result<()>,
    ) -> Result<()> {
        let ids: Vec<String> = {
            let mut stmt = self.conn().prepare_cached(
                "SELECT id FROM sales_orders WHERE (?1 IS NULL OR customer = ?1)
                   AND (?2 IS NULL OR subscription = ?2) AND (?3 IS NULL OR status = ?3)
                 ORDER BY order_date, id",
            )?;
            stmt.query_map(params![customer, subscription, status], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for id in ids {
            if let Some(order) = self.order(&id)? {
                each(order)?;
            }
        }
        Ok(())
    }

    pub fn order_set_status(&self, id: &str, status: OrderStatus) -> Result<()> {
        self.exec(
            "UPDATE sales_orders SET status = ?2 WHERE id = ?1",
            params![id, status.as_str()],
        )?;
        Ok(())
    }

    pub fn order_set_invoice(&self, id: &str, invoice: i64) -> Result<()> {
        self.exec(
            "UPDATE sales_orders SET invoice = ?2, status = 'invoiced' WHERE id = ?1",
            params![id, invoice],
        )?;
        Ok(())
    }

    pub fn order_line_set_subscription(&self, line_id: i64, subscription: &str) -> Result<()> {
        self.exec(
            "UPDATE sales_order_lines SET subscription = ?2 WHERE id = ?1",
            params![line_id, subscription],
        )?;
        Ok(())
    }

    /// Ids of a subscription's period orders still waiting to be invoiced.
    pub fn open_period_orders(&self, subscription: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM sales_orders WHERE subscription = ?1 AND status = 'to_invoice' ORDER BY id",
        )?;
        Ok(stmt
            .query_map([subscription], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
