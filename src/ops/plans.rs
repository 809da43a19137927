//! Plans: reusable bundles of item lines with a default interval.

use serde_json::json;

use super::Session;
use crate::domain::lines::LineSpec;
use crate::domain::period::Interval;
use crate::domain::subscription::{Plan, PlanLine};
use crate::domain::values;
use crate::error::{Error, Result};
use crate::store::Tx;

/// A plan as typed on `plan add`.
#[derive(Debug, Clone, Default)]
pub struct NewPlan {
    pub code: String,
    /// Default: the code.
    pub name: Option<String>,
    /// Default for its subscriptions; theirs when `None`.
    pub interval: Option<Interval>,
    pub lines: Vec<LineSpec>,
}

pub fn add(s: &mut Session, input: NewPlan) -> Result<Plan> {
    let NewPlan {
        code,
        name,
        interval,
        lines,
    } = input;
    let code = code.as_str();
    values::check_code("CODE", code)?;
    if lines.is_empty() {
        return Err(Error::Usage("a plan needs at least one --item".into()));
    }
    let name = match name {
        Some(n) => values::non_empty("--name", &n)?,
        None => code.to_string(),
    };
    s.store.write(|tx| {
        let mut plan_lines = Vec::new();
        for spec in lines {
            let item = super::pricing::typed_line_item(tx, &spec)?;
            plan_lines.push(PlanLine {
                item: item.code,
                qty: spec.qty,
                uom: item.uom,
                rate: spec.rate,
            });
        }
        let plan = Plan {
            code: code.to_string(),
            name,
            interval,
            lines: plan_lines,
        };
        tx.plan_insert(&plan)?;
        tx.audit(
            &format!("plan:{code}"),
            &json!({ "name": plan.name, "lines": plan.lines.len() }),
        )?;
        Ok(plan)
    })
}

pub fn find(tx: &Tx, code: &str) -> Result<Plan> {
    tx.plan(code)?.ok_or_else(|| Error::not_found("plan", code))
}

pub fn get(s: &mut Session, code: &str) -> Result<Plan> {
    s.store.read(|tx| find(tx, code))
}

pub fn list(s: &mut Session) -> Result<Vec<Plan>> {
    s.store
        .read(|tx| tx.plan_codes()?.iter().map(|code| find(tx, code)).collect())
}
