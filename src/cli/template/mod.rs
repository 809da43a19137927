//! `subs template …`: e-mail templates (minijinja).

mod add;
mod list;
mod render;
mod show;

use clap::Subcommand;

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    Add(add::TemplateAddArgs),
    List(list::TemplateListArgs),
    Show(show::TemplateShowArgs),
    Render(render::TemplateRenderArgs),
}

pub fn run(ctx: &mut Ctx, cmd: TemplateCommand) -> anyhow::Result<()> {
    match cmd {
        TemplateCommand::Add(args) => add::run(ctx, args),
        TemplateCommand::List(args) => list::run(ctx, args),
        TemplateCommand::Show(args) => show::run(ctx, args),
        TemplateCommand::Render(args) => render::run(ctx, args),
    }
}
