//! `subs template add`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::read_text;
use crate::cli::ctx::Ctx;
use crate::domain::outbox::Template;
use crate::ops::mail;
use crate::output::views::TemplateView;

/// Add an e-mail template: a subject and a body (minijinja syntax).
///
/// Templates may use `company` (name, address, siren, vat_id), `customer` (code, name,
/// email, address), `invoice` (number, issue_date, due_date, period_start, period_end,
/// net_total, tax_total, grand_total, outstanding, currency), `subscription` (id, start,
/// interval, every), `payment_request` (id, amount, token) and `payment_link`, e.g.
/// `Bonjour {{ customer.name }}, votre facture {{ invoice.number }} de
/// {{ invoice.grand_total }} {{ invoice.currency }} : {{ payment_link }}`. A syntax error or
/// a name outside this context is refused with its line. A subscription's --email-template
/// names the template its payment-request e-mails use.
#[derive(Debug, Args)]
pub struct TemplateAddArgs {
    /// Name you choose: letters, digits, '_', '.', '-'
    pub name: String,
    /// The e-mail's subject line (minijinja syntax too)
    #[arg(long)]
    pub subject: String,
    /// The body (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    pub body_file: PathBuf,
    /// Replace a template of the same name
    #[arg(long)]
    pub replace: bool,
}

pub fn run(ctx: &mut Ctx, args: TemplateAddArgs) -> anyhow::Result<()> {
    let (_, body) = read_text(&args.body_file)?;
    let mut s = ctx.session("template add")?;
    let new = Template {
        name: args.name,
        subject: args.subject,
        body,
    };
    let template = mail::add_template(&mut s, &new, args.replace)?;
    ctx.printer
        .created(&template.name, &TemplateView::from(&template))?;
    Ok(())
}
