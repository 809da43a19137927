//! The statements behind the reports: subscriptions with their lines for MRR, open
//! invoices and held credit on a day for receivables.

use chrono::NaiveDate;
use rusqlite::params;

use super::tx::Tx;
use crate::domain::period::IntervalUnit;
use crate::domain::reports::mrr::RecurringSubscription;
use crate::domain::reports::occupancy::Held;
use crate::domain::reports::receivables::OpenInvoice;
use crate::domain::reports::revenue::RevenueBy;
use crate::error::Result;

impl Tx<'_> {
    /// Every subscription with its lines, by id.
    pub fn recurring_subscriptions(&self) -> Result<Vec<RecurringSubscription>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT s.id, s.customer, s.start, s.trial_end, s.end_date, s.interval, s.every,
                    l.item, l.qty, l.uom, l.rate
             FROM subscriptions s JOIN subscription_lines l ON l.subscription = s.id
             ORDER BY s.id, l.position",
        )?;
        let mut rows = stmt.query([])?;
        let mut out: Vec<RecurringSubscription> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let line = (r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?);
            if let Some(last) = out.last_mut().filter(|s| s.id == id) {
                last.lines.push(line);
                continue;
            }
            let start: NaiveDate = r.get(2)?;
            let trial_end: Option<NaiveDate> = r.get(3)?;
            let unit: String = r.get(5)?;
            out.push(RecurringSubscription {
                id,
                customer: r.get(1)?,
                from: trial_end
                    .and_then(|t| t.succ_opt())
                    .map_or(start, |t| t.max(start)),
                until: r.get(4)?,
                unit: IntervalUnit::parse(&unit).unwrap_or(IntervalUnit::Month),
                every: r.get(6)?,
                lines: vec![line],
            });
        }
        Ok(out)
    }

    /// Invoices issued by `on` with something left to pay on that day (allocations dated
    /// after it not counted).
    pub fn open_invoices_on(&self, on: NaiveDate) -> Result<Vec<OpenInvoice>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.customer, c.name, i.number, i.issue_date, coalesce(i.due_date, i.issue_date),
                    i.grand_total - coalesce((SELECT sum(a.amount) FROM allocations a
                                              WHERE a.invoice = i.id AND a.date <= ?1), 0),
                    (SELECT max(n.level) FROM dunning_notices n
                     WHERE n.invoice = i.id AND n.sent_on <= ?1)
             FROM invoices i JOIN customers c ON c.code = i.customer
             WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.issue_date <= ?1
               AND i.grand_total > 0
             ORDER BY i.customer, i.due_date, i.number",
        )?;
        let rows = stmt.query_map([on], |r| {
            Ok(OpenInvoice {
                customer: r.get(0)?,
                customer_name: r.get(1)?,
                number: r.get(2)?,
                issue_date: r.get(3)?,
                due_date: r.get(4)?,
                outstanding: r.get(5)?,
                dunning_level: r.get(6)?,
            })
        })?;
        let mut out = Vec::new();
        for row in rows {
            let row = row?;
            if row.outstanding > 0 {
                out.push(row);
            }
        }
        Ok(out)
    }

    /// (customer, name, credit held on `on`): payments and credit notes by then, less what
    /// they settled and what was refunded by then.
    pub fn credit_held_on(&self, on: NaiveDate) -> Result<Vec<(String, String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.code, c.name, sum(m.amount) FROM (
                 SELECT customer, amount FROM payments WHERE date <= ?1
                 UNION ALL SELECT customer, -grand_total FROM invoices
                     WHERE kind = 'credit_note' AND status = 'issued' AND issue_date <= ?1
                 UNION ALL SELECT coalesce(p.customer, n.customer), -a.amount FROM allocations a
                     LEFT JOIN payments p ON p.id = a.payment
                     LEFT JOIN invoices n ON n.id = a.credit_note
                     WHERE a.date <= ?1
                 UNION ALL SELECT customer, -amount FROM refunds WHERE date <= ?1
             ) m JOIN customers c ON c.code = m.customer
             GROUP BY c.code HAVING sum(m.amount) <> 0 ORDER BY c.code",
        )?;
        let rows = stmt.query_map(params![on], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The key a revenue line is grouped by, as SQL over `l` (line), `i` (invoice), `it` (item).
fn revenue_key(by: RevenueBy) -> &'static str {
    match by {
        RevenueBy::Month => "''",
        RevenueBy::Item => "l.item",
        RevenueBy::ItemGroup => "coalesce(it.item_group, '')",
        RevenueBy::Location => {
            "coalesce((SELECT r.location FROM reservations r JOIN subscription_lines sl
                         ON sl.subscription = r.subscription
                       WHERE sl.id = l.subscription_line ORDER BY r.id LIMIT 1),
                      (SELECT b.location FROM bookings b WHERE b.invoice = i.id
                       ORDER BY b.id LIMIT 1), '')"
        }
    }
}

impl Tx<'_> {
    /// Net invoiced per (month, key) from `from` through `to`, credit notes deducted.
    pub fn revenue_invoiced(
        &self,
        by: RevenueBy,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(String, String, i64)>> {
        let sql = format!(
            "SELECT substr(i.issue_date, 1, 7) AS month, {} AS key, sum(l.net)
             FROM invoice_lines l JOIN invoices i ON i.id = l.invoice
                  LEFT JOIN items it ON it.code = l.item
             WHERE i.status = 'issued' AND i.issue_date BETWEEN ?1 AND ?2
             GROUP BY month, key ORDER BY month, key",
            revenue_key(by)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Calls `each(key, net, period_start, period_end)` for every issued line invoiced by
    /// `on` whose service ends after it.
    pub fn revenue_spanning(
        &self,
        by: RevenueBy,
        on: NaiveDate,
        mut each: impl FnMut(String, i64, NaiveDate, NaiveDate),
    ) -> Result<()> {
        let sql = format!(
            "SELECT {}, l.net, l.period_start, l.period_end
             FROM invoice_lines l JOIN invoices i ON i.id = l.invoice
                  LEFT JOIN items it ON it.code = l.item
             WHERE i.status = 'issued' AND i.issue_date <= ?1
               AND l.period_end > ?1 AND l.period_start IS NOT NULL",
            revenue_key(by)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut rows = stmt.query([on])?;
        while let Some(r) = rows.next()? {
            each(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        }
        Ok(())
    }
}

impl Tx<'_> {
    /// (location, item, capacity) of every place, optionally one location's.
    pub fn capacities(&self, location: Option<&str>) -> Result<Vec<(String, String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT location, item, capacity FROM location_capacity
             WHERE ?1 IS NULL OR location = ?1 ORDER BY location, item",
        )?;
        let rows = stmt.query_map([location], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Reservations and confirmed bookings touching `[from, to]` (a reservation without an
    /// end holds until its subscription's end).
    pub fn held_units(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Held>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT r.location, r.item, r.from_date, coalesce(r.to_date, s.end_date), 0
             FROM reservations r JOIN subscriptions s ON s.id = r.subscription
             WHERE r.from_date <= ?2 AND coalesce(r.to_date, s.end_date, ?2) >= ?1
             UNION ALL
             SELECT location, item, substr(from_at, 1, 10),
                    CASE WHEN substr(to_at, 12) = '00:00:00'
                         THEN date(substr(to_at, 1, 10), '-1 day') ELSE substr(to_at, 1, 10) END, 1
             FROM bookings WHERE status = 'confirmed'
               AND substr(from_at, 1, 10) <= ?2 AND substr(to_at, 1, 10) >= ?1",
        )?;
        let rows = stmt.query_map(params![from, to], |r| {
            Ok(Held {
                location: r.get(0)?,
                item: r.get(1)?,
                from: r.get(2)?,
                to: r.get(3)?,
                booking: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
