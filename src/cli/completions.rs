//! `subs completions`: shell completions generated from the command tree.

use clap::Args;
use clap_complete::Shell;

use crate::cli::ctx::Ctx;

/// Print shell completions for bash, zsh or fish.
///
/// e.g. `subs completions bash > ~/.local/share/bash-completion/completions/subs`
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh or fish
    #[arg(value_parser = ["bash", "zsh", "fish"])]
    pub shell: String,
}

/// Prints the completions of `tree`, the command tree, for the shell asked.
pub fn run(ctx: &mut Ctx, args: CompletionsArgs, mut tree: clap::Command) -> anyhow::Result<()> {
    let shell = match args.shell.as_str() {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        _ => Shell::Fish,
    };
    clap_complete::generate(shell, &mut tree, "subs", ctx.printer.out());
    Ok(())
}
