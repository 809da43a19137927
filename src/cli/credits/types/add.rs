//! `subs credits type add`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::credits::{CostRule, CreditType, parse_item_credits, parse_validity_days};
use crate::ops::credits;
use crate::output::views::CreditTypeView;

/// Define a credit type: what one credit is called, how it is sold, how long its lots
/// last, and what it pays for.
///
/// Example: `subs credits type add HALF --unit half-day --sold-as PASS10:unit:10
/// --validity-days 90 --cost DESK:day:2 --cost DESK:half-day:1`. Issuing an invoice with 2
/// PASS10 then gives the customer a lot of 20 credits usable for 90 days (the day it is
/// bought counts as the first); a desk costs 2 credits by the day and 1 by the half-day.
/// Types count whole credits unless --fractional. Prints the code.
#[derive(Debug, Args)]
pub struct CreditsTypeAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-'
    pub code: String,
    /// What one credit is called: half-day, hour, ticket…
    #[arg(long)]
    pub unit: String,
    /// The invoice line that buys it: CREDITS per ITEM bought in UOM
    #[arg(long, value_name = "ITEM:UOM:CREDITS")]
    pub sold_as: Option<String>,
    /// Days a lot can be spent, its first day included [default: no expiry]
    #[arg(long, value_name = "N")]
    pub validity_days: Option<String>,
    /// What booking ITEM by UOM costs, per booking unit (repeat)
    #[arg(long = "cost", value_name = "ITEM:UOM:CREDITS")]
    pub costs: Vec<String>,
    /// Count fractions of a credit (three decimals) instead of whole credits
    #[arg(long)]
    pub fractional: bool,
}

pub fn run(ctx: &mut Ctx, args: CreditsTypeAddArgs) -> anyhow::Result<()> {
    let whole = !args.fractional;
    let credit_type = CreditType {
        code: args.code,
        unit: args.unit,
        sold_as: args
            .sold_as
            .as_deref()
            .map(|text| parse_item_credits("--sold-as", text, whole))
            .transpose()?,
        validity_days: args
            .validity_days
            .as_deref()
            .map(|text| parse_validity_days("--validity-days", text))
            .transpose()?,
        whole,
        costs: args
            .costs
            .iter()
            .map(|text| {
                parse_item_credits("--cost", text, false).map(|(item, uom, credits_per_unit)| {
                    CostRule {
                        item,
                        uom,
                        credits_per_unit,
                    }
                })
            })
            .collect::<Result<_, _>>()?,
    };
    let mut s = ctx.session("credits type add")?;
    let created = credits::add_type(&mut s, credit_type)?;
    ctx.printer
        .created(&created.code, &CreditTypeView::from(&created))?;
    Ok(())
}
