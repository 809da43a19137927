//! `subs completions`: shell completions generated from the command tree.

use clap::Args;
use clap_complete::Shell;

use super::Ctx;

/// Print shell completions for bash, zsh or fish.
///
/// e.g. `subs completions bash > ~/.local/share/bash-completion/completions/subs`
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh or fish
    #[arg(value_parser = ["bash", "zsh", "fish"])]
    pub shell: String,
}

pub fn run(ctx: &mut Ctx, args: CompletionsArgs) -> anyhow::Result<()> {
    let shell = match args.shell.as_str() {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        _ => Shell::Fish,
    };
    clap_complete::generate(shell, &mut super::command(), "subs", ctx.printer.out());
    Ok(())
}
