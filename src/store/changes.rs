//! Rows of subscription changes and pauses (issue 13 §3–§4): lines that start or end on a
//! change's day, a change of interval waiting to take effect, and pauses.

use chrono::NaiveDate;
use rusqlite::params;

use super::tx::Tx;
use crate::domain::pause::Pause;
use crate::domain::subscription::{RunSwitch, Subscription, SubscriptionLine};
use crate::error::Result;

impl Tx<'_> {
    /// Ends every line still billed after `until` on that day, and adds `lines` (which
    /// carry their own first day).
    pub fn subscription_change_lines(
        &self,
        id: &str,
        until: NaiveDate,
        lines: &[SubscriptionLine],
    ) -> Result<()> {
        self.exec(
            "UPDATE subscription_lines SET until_date = ?2
             WHERE subscription = ?1 AND position >= 0 AND (until_date IS NULL OR until_date > ?2)",
            params![id, until],
        )?;
        self.subscription_insert_lines(id, lines)
    }

    /// Writes the pending change of interval (or its absence).
    pub fn subscription_set_switch(&self, id: &str, switch: Option<RunSwitch>) -> Result<()> {
        self.exec(
            "UPDATE subscriptions SET switch_on = ?2, switch_interval = ?3, switch_every = ?4
             WHERE id = ?1",
            params![
                id,
                switch.map(|s| s.on),
                switch.map(|s| s.interval.unit.as_str()),
                switch.map(|s| s.interval.every)
            ],
        )?;
        Ok(())
    }

    /// Writes the run a subscription bills in: its anchor, interval and the pending switch.
    pub fn subscription_set_run(&self, s: &Subscription) -> Result<()> {
        self.exec(
            "UPDATE subscriptions SET anchor = ?2, interval = ?3, every = ?4, next_period = ?5
             WHERE id = ?1",
            params![
                s.id,
                s.anchor,
                s.interval.unit.as_str(),
                s.interval.every,
                s.next_period as i64
            ],
        )?;
        self.subscription_set_switch(&s.id, s.switch)
    }

    /// Whether a billed period of the subscription holds `date` or a later day.
    pub fn billed_on_or_after(&self, subscription: &str, date: NaiveDate) -> Result<bool> {
        Ok(self.query_one(
            "SELECT EXISTS (SELECT 1 FROM billed_periods WHERE subscription = ?1 AND period_end >= ?2)",
            params![subscription, date],
            |r| r.get(0),
        )?)
    }

    pub fn pause_insert(&self, id: &str, pause: &Pause) -> Result<i64> {
        self.exec(
            "INSERT INTO subscription_pauses (subscription, from_date, until_date) VALUES (?1, ?2, ?3)",
            params![id, pause.from, pause.until],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn pause_set_until(&self, pause: i64, until: Option<NaiveDate>) -> Result<()> {
        self.exec(
            "UPDATE subscription_pauses SET until_date = ?2 WHERE id = ?1",
            params![pause, until],
        )?;
        Ok(())
    }

    pub fn pause_delete(&self, pause: i64) -> Result<()> {
        self.exec("DELETE FROM subscription_pauses WHERE id = ?1", [pause])?;
        Ok(())
    }
}
