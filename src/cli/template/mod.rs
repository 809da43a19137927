//! `subs template …`: e-mail templates (minijinja).

mod add;
mod edit;
mod list;
mod remove;
mod render;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    Add(add::TemplateAddArgs),
    Edit(edit::TemplateEditArgs),
    Remove(remove::TemplateRemoveArgs),
    List(list::TemplateListArgs),
    Show(show::TemplateShowArgs),
    Render(render::TemplateRenderArgs),
}

pub fn run(ctx: &mut Ctx, cmd: TemplateCommand) -> anyhow::Result<()> {
    match cmd {
        TemplateCommand::Add(args) => add::run(ctx, args),
        TemplateCommand::Edit(args) => edit::run(ctx, args),
        TemplateCommand::Remove(args) => remove::run(ctx, args),
        TemplateCommand::List(args) => list::run(ctx, args),
        TemplateCommand::Show(args) => show::run(ctx, args),
        TemplateCommand::Render(args) => render::run(ctx, args),
    }
}
