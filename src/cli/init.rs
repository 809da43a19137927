//! `subs init`: create the database for a company.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::company::{self, InitSettings};
use crate::output::prompt;

/// Create the database for a company.
///
/// The file is created with mode 0600 at --db (or SUBS_DB, or the XDG data directory).
/// Every value can be changed later with `subs config set`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Legal name of the company (asked for at a terminal when missing)
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,
    /// Currency of the books
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// Country (ISO code)
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    /// Time zone that dates are taken in
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,
    /// SIREN (nine digits)
    #[arg(long)]
    pub siren: Option<String>,
    /// Intra-EU VAT number
    #[arg(long, value_name = "ID")]
    pub vat_id: Option<String>,
    /// Postal address
    #[arg(long)]
    pub address: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: InitArgs) -> anyhow::Result<()> {
    let name = prompt::require_text(args.company, "--company", "Company name")?;
    let mut values = vec![("company.name", name)];
    let optional = [
        ("company.currency", args.currency),
        ("company.country", args.country),
        ("company.timezone", args.timezone),
        ("company.siren", args.siren),
        ("company.vat_id", args.vat_id),
        ("company.address", args.address),
    ];
    values.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
    let path = ctx.db_path();
    company::init(&path, ctx.global.now.as_deref(), &InitSettings { values })?;
    ctx.printer.note(format!("created {}", path.display()));
    ctx.printer
        .note("next: add customers (`subs customer add`), items (`subs item add`) and prices");
    Ok(())
}
