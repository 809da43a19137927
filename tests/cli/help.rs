//! `--help` documents every argument of every command, and keeps the global options under
//! their own heading, apart from the command's own flags.

use crate::env::TestEnv;

const GLOBAL_OPTIONS: [&str; 7] = [
    "--db",
    "--config",
    "--now",
    "--format",
    "--quiet",
    "--verbose",
    "--yes",
];

/// Every command of the tree as the words a user types (`["customer", "edit"]`), the root
/// (`[]`) first, with its built clap command.
fn every_command() -> Vec<(Vec<String>, clap::Command)> {
    fn walk(path: Vec<String>, cmd: &clap::Command, out: &mut Vec<(Vec<String>, clap::Command)>) {
        out.push((path.clone(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            let mut sub_path = path.clone();
            sub_path.push(sub.get_name().to_string());
            walk(sub_path, sub, out);
        }
    }
    let mut root = subs::cli::command();
    root.build();
    let mut out = Vec::new();
    walk(Vec::new(), &root, &mut out);
    out
}

fn shown(arg: &clap::Arg) -> String {
    match arg.get_long() {
        Some(long) => format!("--{long}"),
        None => match arg.get_short() {
            Some(short) => format!("-{short}"),
            None => format!("<{}>", arg.get_id().as_str().to_uppercase()),
        },
    }
}

#[test]
fn every_argument_of_every_command_has_a_help_line() {
    let mut missing = Vec::new();
    let commands = every_command();
    assert!(commands.len() > 100, "only {} commands", commands.len());
    for (path, cmd) in &commands {
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            if help.trim().is_empty() {
                missing.push(format!("subs {} {}", path.join(" "), shown(arg)));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} arguments have no help line:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// The argument lines of a help text that have no text: an argument line (`  --flag <V>`,
/// `  <ARG>`, `  -q, --quiet`) with nothing after it on the line and no deeper-indented
/// text on the next one.
fn undocumented_lines(help: &str) -> Vec<String> {
    let lines: Vec<&str> = help.lines().collect();
    let mut bare = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let is_arg = (2..=6).contains(&indent)
            && (body.starts_with('-') || body.starts_with('<') || body.starts_with('['));
        if !is_arg {
            continue;
        }
        // `-h` puts the help on the same line after two spaces or more.
        let same_line = body
            .split_once("  ")
            .is_some_and(|(_, rest)| !rest.trim().is_empty());
        let next_line = lines.get(i + 1).is_some_and(|next| {
            let text = next.trim_start();
            !text.is_empty() && next.len() - text.len() > indent
        });
        if !same_line && !next_line {
            bare.push(body.trim_end().to_string());
        }
    }
    bare
}

#[test]
fn every_command_help_shows_text_for_each_argument_under_its_heading() {
    let env = TestEnv::empty();
    let mut problems = Vec::new();
    for (path, _) in every_command() {
        for flag in ["-h", "--help"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let help = env.ok(&args);
            let typed = format!("subs {}", args.join(" "));
            for bare in undocumented_lines(&help) {
                problems.push(format!("{typed}: {bare}"));
            }
            // The global options are listed once, under their own heading, after the
            // command's own.
            let Some((own, global)) = help.split_once("\nGlobal options:\n") else {
                problems.push(format!("{typed}: no `Global options:` heading"));
                continue;
            };
            for option in GLOBAL_OPTIONS {
                // An option's own line: `  -q, --quiet  …` or `      --db <PATH>  …`.
                let listed = |text: &str| {
                    text.lines().any(|l| {
                        let l = l.trim_start();
                        l.starts_with('-')
                            && l.split([' ', ','])
                                .filter(|w| !w.is_empty())
                                .take(2)
                                .any(|word| word == option)
                    })
                };
                // Only the command's option list, not its description, which may mention one.
                let own_options = own.split_once("\nOptions:\n").map_or(own, |(_, o)| o);
                if listed(own_options) || !listed(global) {
                    problems.push(format!("{typed}: {option} is not under `Global options:`"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_help_checker_catches_an_argument_without_text() {
    let short = "Options:\n      --name <NAME>  \n      --email <EMAIL>  Contact e-mail\n";
    assert_eq!(undocumented_lines(short), ["--name <NAME>"]);
    let long = "Arguments:\n  <CODE>\n          \n\nOptions:\n      --email <EMAIL>\n          Contact e-mail\n\n  -q, --quiet\n";
    assert_eq!(undocumented_lines(long), ["<CODE>", "-q, --quiet"]);
}

#[test]
fn format_is_the_output_format_only() {
    let env = TestEnv::empty();
    let help = env.ok("customer list --help");
    assert!(
        help.contains("[possible values: table, csv, json]"),
        "{help}"
    );
    assert!(!help.contains("camt053"), "{help}");
    let bank = env.ok("bank import --help");
    assert!(bank.contains("--statement-format <FORMAT>"), "{bank}");
}
