//! `subs bill add`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::supplier_bill::parse_bill_line;
use crate::ops::supplier_bills::{self, NewBill};
use crate::output::views::BillDetail;

/// Record a supplier bill: rent, energy, cleaning, anything the company owes.
///
/// Lines are DESCRIPTION:QTY@RATE[:VAT], e.g. "Loyer mars:1@1200.00" or
/// "Électricité:1@312.40:TVA20"; VAT is a VAT code or a percentage (default: the default
/// VAT rate). Line net = qty × rate, VAT per rate on the sum of line nets, as on invoices.
/// Prints the bill id (BILL-0001).
#[derive(Debug, Args)]
pub struct BillAddArgs {
    /// Who sent the bill
    #[arg(long)]
    pub supplier: String,
    /// The bill's date [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// When it must be paid [default: the bill's date]
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// A line of the bill (repeat the flag)
    #[arg(
        long = "line",
        value_name = "DESCRIPTION:QTY@RATE[:VAT]",
        required = true
    )]
    pub lines: Vec<String>,
    /// The supplier's number for the bill
    #[arg(long)]
    pub reference: Option<String>,
    /// Already paid (on the bill's date)
    #[arg(long)]
    pub paid: bool,
}

pub fn run(ctx: &mut Ctx, args: BillAddArgs) -> anyhow::Result<()> {
    let date = date_arg("--date", args.date.as_deref())?;
    let due = date_arg("--due", args.due.as_deref())?;
    let lines = args
        .lines
        .iter()
        .map(|l| parse_bill_line("--line", l))
        .collect::<Result<Vec<_>, _>>()?;
    let mut s = ctx.session("bill add")?;
    let today = s.today();
    let bill = supplier_bills::add(
        &mut s,
        NewBill {
            supplier: args.supplier,
            date: date.unwrap_or(today),
            due,
            reference: args.reference,
            lines,
            paid: args.paid,
        },
    )?;
    ctx.printer
        .created(&bill.id, &BillDetail::new(&bill, today)?)?;
    Ok(())
}
