//! Questions to a person at a terminal (dialoguer). Never asked without a terminal: scripts
//! get an error naming the missing value instead.

use std::io::IsTerminal;

use crate::error::Error;

fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The value given, or one asked for at the terminal, or a usage error naming `flag`.
pub fn require_text(value: Option<String>, flag: &str, question: &str) -> Result<String, Error> {
    if let Some(value) = value {
        return Ok(value);
    }
    if !interactive() {
        return Err(Error::Usage(format!("{flag} is required")));
    }
    dialoguer::Input::<String>::new()
        .with_prompt(question)
        .interact_text()
        .map_err(|e| Error::Usage(format!("{flag} is required ({e})")))
}

/// Asks to confirm an action; `--yes` answers for scripts, which otherwise are refused.
pub fn confirm(question: &str, yes: bool) -> Result<bool, Error> {
    if yes {
        return Ok(true);
    }
    if !interactive() {
        return Err(Error::Usage(format!("{question} — confirm with --yes")));
    }
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| Error::Usage(format!("no confirmation ({e})")))
}

/// Before a command that cannot be undone writes: `--yes` goes ahead; at a terminal, the
/// plan (what it will create) is shown on stderr and the person asked, "no" refusing with
/// nothing written; without a terminal it is a usage error naming `--yes`.
pub fn confirm_plan(command: &str, plan: &[String], yes: bool) -> Result<(), Error> {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(Error::Usage(format!(
            "`subs {command}` cannot be undone: give --yes to confirm (there is no terminal to ask at)"
        )));
    }
    let term = dialoguer::console::Term::stderr();
    for line in plan {
        term.write_line(line)
            .map_err(|e| Error::Usage(format!("cannot ask to confirm: {e}")))?;
    }
    let go = dialoguer::Confirm::new()
        .with_prompt("Go ahead?")
        .default(false)
        .interact_on(&term)
        .map_err(|e| Error::Usage(format!("no confirmation ({e})")))?;
    if go {
        Ok(())
    } else {
        Err(Error::refused(format!(
            "`subs {command}` not confirmed: nothing written"
        )))
    }
}
