//! Rows of coupons, the plans they are limited to, and the coupon each subscription carries.

use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text, duplicate_as};
use crate::domain::discount::{AppliedCoupon, Coupon, Off};
use crate::error::Result;

const SELECT_COUPON: &str = "SELECT code, percent, amount, periods, until, disabled FROM coupons";

fn coupon_from_row(r: &Row) -> rusqlite::Result<Coupon> {
    let percent: Option<String> = r.get(1)?;
    let amount: Option<i64> = r.get(2)?;
    let off = match (percent, amount) {
        (Some(p), _) => Off::Percent(decimal(&p)?),
        (None, Some(a)) => Off::Amount(a),
        (None, None) => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                1,
                rusqlite::types::Type::Null,
                "a coupon without percent or amount".into(),
            ));
        }
    };
    Ok(Coupon {
        code: r.get(0)?,
        off,
        periods: r.get(3)?,
        plans: Vec::new(),
        until: r.get(4)?,
        disabled: r.get::<_, i64>(5)? != 0,
    })
}

impl Tx<'_> {
    pub fn coupon_insert(&self, c: &Coupon, created_at: &str) -> Result<()> {
        let (percent, amount) = match c.off {
            Off::Percent(p) => (Some(decimal_text(p)), None),
            Off::Amount(a) => (None, Some(a)),
        };
        self.conn()
            .execute(
                "INSERT INTO coupons (code, percent, amount, periods, until, disabled, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    c.code, percent, amount, c.periods, c.until, c.disabled, created_at
                ],
            )
            .map_err(duplicate_as("coupon", &c.code))?;
        for plan in &c.plans {
            self.exec(
                "INSERT OR IGNORE INTO coupon_plans (coupon, plan) VALUES (?1, ?2)",
                params![c.code, plan],
            )?;
        }
        Ok(())
    }

    fn coupon_plans(&self, code: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT plan FROM coupon_plans WHERE coupon = ?1 ORDER BY plan")?;
        let rows = stmt.query_map([code], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn coupon(&self, code: &str) -> Result<Option<Coupon>> {
        let found = self
            .conn()
            .prepare_cached(&format!("{SELECT_COUPON} WHERE code = ?1"))?
            .query_row([code], coupon_from_row)
            .optional()?;
        match found {
            Some(mut c) => {
                c.plans = self.coupon_plans(&c.code)?;
                Ok(Some(c))
            }
            None => Ok(None),
        }
    }

    pub fn coupons(&self) -> Result<Vec<Coupon>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT_COUPON} ORDER BY code"))?;
        let rows = stmt.query_map([], coupon_from_row)?;
        let mut coupons = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        for c in &mut coupons {
            c.plans = self.coupon_plans(&c.code)?;
        }
        Ok(coupons)
    }

    pub fn coupon_disable(&self, code: &str) -> Result<()> {
        self.exec("UPDATE coupons SET disabled = 1 WHERE code = ?1", [code])?;
        Ok(())
    }

    /// How many subscriptions carry the coupon.
    pub fn coupon_uses(&self, code: &str) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached("SELECT count(*) FROM subscription_coupons WHERE coupon = ?1")?
            .query_row([code], |r| r.get(0))?)
    }

    pub fn subscription_coupon(&self, subscription: &str) -> Result<Option<AppliedCoupon>> {
        let row: Option<(String, i64)> = self
            .conn()
            .prepare_cached(
                "SELECT coupon, from_period FROM subscription_coupons WHERE subscription = ?1",
            )?
            .query_row([subscription], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((code, from_period)) = row else {
            return Ok(None);
        };
        Ok(self.coupon(&code)?.map(|coupon| AppliedCoupon {
            coupon,
            from_period: u64::try_from(from_period).unwrap_or(0),
        }))
    }

    /// Puts a coupon on a subscription from period `from_period` on, replacing any other.
    pub fn subscription_coupon_set(
        &self,
        subscription: &str,
        coupon: &str,
        from_period: u64,
        applied_on: &str,
    ) -> Result<()> {
        self.exec(
            "INSERT INTO subscription_coupons (subscription, coupon, from_period, applied_on)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (subscription) DO UPDATE SET coupon = excluded.coupon,
                 from_period = excluded.from_period, applied_on = excluded.applied_on",
            params![
                subscription,
                coupon,
                i64::try_from(from_period).unwrap_or(i64::MAX),
                applied_on
            ],
        )?;
        Ok(())
    }
}
