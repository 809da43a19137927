//! `subs subscription preview`.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::SubscriptionId;
use crate::domain::money::format_minor;
use crate::error::Error;
use crate::ops::subscriptions;

/// Show the next periods of a subscription and what each would bill, writing nothing.
#[derive(Debug, Args)]
pub struct SubscriptionPreviewArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    /// How many periods
    #[arg(long, default_value = "3", value_name = "N")]
    pub periods: String,
}

#[derive(Debug, Default, Serialize)]
struct PreviewView {
    period_start: String,
    period_end: String,
    due_on: String,
    factor: String,
    net_total: Option<String>,
    tax_total: Option<String>,
    grand_total: Option<String>,
    error: Option<String>,
    // Columns added later come after the first ones, so that those keep their places.
    /// The part of net_total that bills usage recorded and not billed yet.
    usage: Option<String>,
    /// What each line bills when not the whole period (a change, a pause), or `paused`.
    detail: String,
    /// What coupons take off the period (negative), when any.
    discount: Option<String>,
    /// Each line: quantity in its unit (3 mois for a quarter priced per month) × rate = net.
    lines: String,
}

/// `DESK 16/31 from 2026-03-16` for each line billing part of its period; `paused` when
/// no line bills anything.
fn detail(lines: &[crate::domain::invoice::NewLine], failed: bool) -> String {
    if lines.is_empty() && !failed {
        return "paused".into();
    }
    lines
        .iter()
        .filter(|l| !l.factor.is_full())
        .map(|l| {
            let from = l
                .period
                .map(|p| format!(" from {}", p.start))
                .unwrap_or_default();
            format!(
                "{} {}/{}{from}",
                l.item, l.factor.days, l.factor.period_days
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `DESK 3 mois × 310.00 = 930.00; WELCOME20 -62.00`.
fn lines_text(lines: &[crate::domain::invoice::NewLine], digits: u32) -> String {
    use crate::domain::money::{format_decimal, format_rate};
    lines
        .iter()
        .map(|l| {
            let net = format_minor(l.amount.net, digits);
            if crate::domain::discount::is_discount_source(&l.price_source) {
                format!("{} {net}", l.item)
            } else {
                let mut text = format!(
                    "{} {} {} × {}",
                    l.item,
                    format_decimal(l.qty),
                    l.uom,
                    format_rate(l.rate, digits)
                );
                if !l.factor.is_full() {
                    text.push_str(&format!(" × {}/{}", l.factor.days, l.factor.period_days));
                }
                format!("{text} = {net}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn run(ctx: &mut Ctx, args: SubscriptionPreviewArgs) -> anyhow::Result<()> {
    let count: usize = match args.periods.parse() {
        Ok(n) if (1..=120).contains(&n) => n,
        _ => {
            return Err(Error::invalid(
                "--periods",
                format!("{:?} is not a number from 1 to 120", args.periods),
            )
            .into());
        }
    };
    let mut s = ctx.session("subscription preview")?;
    let digits = currency_digits(&mut s)?;
    let (_, periods) = subscriptions::preview(&mut s, &args.id, count)?;
    let rows = periods.iter().map(|p| PreviewView {
        period_start: p.period.served.start.to_string(),
        period_end: p.period.served.end.to_string(),
        due_on: p.period.due_on.to_string(),
        factor: crate::domain::invoice::factor_text(p.period.factor),
        net_total: p.totals.as_ref().map(|t| format_minor(t.net, digits)),
        tax_total: p.totals.as_ref().map(|t| format_minor(t.tax, digits)),
        grand_total: p.totals.as_ref().map(|t| format_minor(t.grand, digits)),
        usage: p.totals.as_ref().map(|_| format_minor(p.usage, digits)),
        discount: {
            let off: i64 = p
                .lines
                .iter()
                .filter(|l| crate::domain::discount::is_discount_source(&l.price_source))
                .map(|l| l.amount.net)
                .sum();
            (off != 0).then(|| format_minor(off, digits))
        },
        lines: lines_text(&p.lines, digits),
        error: p.error.clone(),
        detail: detail(&p.lines, p.error.is_some()),
    });
    ctx.printer.rows(rows)?;
    Ok(())
}
