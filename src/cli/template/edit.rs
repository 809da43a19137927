//! `subs template edit`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::read_text;
use crate::cli::ctx::Ctx;
use crate::ops::mail;
use crate::output::views::TemplateView;

/// Change an e-mail template's subject, body, or both.
///
/// The result is checked as a new template is: a syntax error or a name outside the
/// template context (see `subs template add --help`) is refused with its line, and the
/// template is left as it was.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
pub struct TemplateEditArgs {
    /// The template to change
    pub name: String,
    /// The new subject
    #[arg(long, group = "change")]
    pub subject: Option<String>,
    /// The new body (`-` for standard input)
    #[arg(long, value_name = "FILE", group = "change")]
    pub body_file: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: TemplateEditArgs) -> anyhow::Result<()> {
    let body = args
        .body_file
        .as_deref()
        .map(|path| read_text(path).map(|(_, text)| text))
        .transpose()?;
    let mut s = ctx.session("template edit")?;
    let template =
        mail::edit_template(&mut s, &args.name, args.subject.as_deref(), body.as_deref())?;
    ctx.printer.record(&TemplateView::from(&template))?;
    Ok(())
}
