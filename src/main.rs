//! `subs`: parse the command line, run it, map the outcome to an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = subs::cli::parse();
    match subs::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if subs::output::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {}", subs::cli::one_line(&error));
            ExitCode::from(subs::cli::exit_code(&error))
        }
    }
}
