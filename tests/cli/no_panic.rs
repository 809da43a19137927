//! No input makes `subs` panic. Every command is run with each of its value-taking
//! arguments in turn given each bad value of the corpus — the files of `tests/corpus/`
//! where the argument names a file, the values of `tests/corpus/typed-values.txt` of the
//! argument's kind elsewhere — the other required arguments holding good values. Each run
//! must end with a documented exit code (never 101, a panic) and one `error:` line when it
//! fails. The books hold what reaches the deep paths: a subscription priced beyond the
//! largest amount, an invoice, an order, a bill, a payment, a repeat, a booking.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crate::billing::coworking;
use crate::env::{CommandLine, Exit, TestEnv};

/// Whether `code` is one of the exit codes the README documents: success or an [`Exit`].
fn documented(code: i32) -> bool {
    use Exit::{BadData, Busy, NotFound, PartialFailure, Refused, Usage};
    code == 0
        || [Refused, Usage, PartialFailure, BadData, NotFound, Busy]
            .iter()
            .any(|exit| *exit as i32 == code)
}

/// How many copies of the books run the walk at once.
const WORKERS: usize = 4;

/// A value-taking argument of a leaf command.
#[derive(Debug, Clone)]
struct Argument {
    id: String,
    long: Option<String>,
    value_name: String,
    required: bool,
    choices: Vec<String>,
}

#[derive(Debug, Clone)]
struct Leaf {
    path: Vec<String>,
    arguments: Vec<Argument>,
    /// Groups of which one argument must be given (`--plan` or `--item`).
    required_groups: Vec<Vec<String>>,
}

/// Optional arguments given a good value too, so that a run gets past "who is it for".
const CONTEXT: [&str; 3] = ["customer", "name", "invoices"];

fn leaves(command: &clap::Command, path: Vec<String>, found: &mut Vec<Leaf>) {
    let subcommands: Vec<&clap::Command> = command
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .collect();
    if subcommands.is_empty() {
        let arguments = command
            .get_arguments()
            .filter(|a| !a.is_global_set() && a.get_action().takes_values())
            .map(|a| Argument {
                id: a.get_id().to_string(),
                long: a.get_long().map(String::from),
                value_name: a
                    .get_value_names()
                    .and_then(|names| names.first())
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                required: a.is_required_set(),
                choices: a
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_string())
                    .collect(),
            })
            .collect();
        let required_groups = command
            .get_groups()
            .filter(|g| g.is_required_set())
            .map(|g| g.get_args().map(|a| a.to_string()).collect())
            .collect();
        found.push(Leaf {
            path: path.clone(),
            arguments,
            required_groups,
        });
    }
    for sub in subcommands {
        let mut next = path.clone();
        next.push(sub.get_name().to_string());
        leaves(sub, next, found);
    }
}

/// The kinds of bad value an argument is given, from the name of its value.
fn kinds(argument: &Argument) -> &'static [&'static str] {
    match argument.value_name.as_str() {
        "FILE" | "BODY" | "DIR" | "PATH" => &["files", "text"],
        "DATE" | "DATETIME" => &["dates", "text"],
        "ITEM[:QTY][@RATE]" | "DESCRIPTION:QTY@RATE[:VAT]" => &["lines", "numbers", "text"],
        "N"
        | "QTY"
        | "RATE"
        | "AMOUNT"
        | "FACTOR"
        | "VALUE"
        | "LENGTH"
        | "ITEM:UOM:CREDITS"
        | "TYPE:QTY:RECURRENCE[:VALIDITY_DAYS]" => &["numbers", "text"],
        _ => &["text"],
    }
}

/// The typed values of the corpus by section, each with the values every section gets.
fn typed_values() -> BTreeMap<String, Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/typed-values.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let mut sections: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut section = String::from("text");
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_string();
            continue;
        }
        sections
            .entry(section.clone())
            .or_default()
            .push(line.to_string());
    }
    let everywhere = [
        String::new(),
        "9".repeat(5000),
        "a\u{1b}[2J\u{7}b".to_string(),
    ];
    for values in sections.values_mut() {
        values.extend(everywhere.iter().cloned());
    }
    sections
}

/// The corpus files, copied into `dir` (commands that write a file must not write over the
/// corpus), plus a path that is not there and one that is a directory; relative to `dir`,
/// where the commands run.
fn corpus_copies(dir: &Path) -> Vec<String> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    std::fs::create_dir_all(dir.join("corpus")).unwrap();
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(source).unwrap() {
        let from = entry.unwrap().path();
        let name = format!("corpus/{}", from.file_name().unwrap().to_string_lossy());
        std::fs::copy(&from, dir.join(&name)).unwrap();
        paths.push(name);
    }
    paths.sort();
    paths.extend(["absent.csv".to_string(), "corpus".to_string()]);
    paths
}

/// A good value for a required argument that is not the one under test.
fn good_value(leaf: &Leaf, argument: &Argument) -> String {
    if let Some(first) = argument.choices.first() {
        return match argument.id.as_str() {
            "gateway" => "stripe".into(),
            "frequency" => "monthly".into(),
            "shell" => "bash".into(),
            _ => first.clone(),
        };
    }
    let group = leaf.path[0].as_str();
    let verb = leaf.path.last().map(String::as_str).unwrap_or("");
    let by_group = |adding: &str| -> String {
        if verb == "add" {
            return adding.into();
        }
        match group {
            "customer" => "C1",
            "item" | "uom" => "DESK",
            "plan" => "P1",
            "template" => "t",
            "location" => "L1",
            "credits" => "T",
            "subscription" | "cancel" => "SUB-0001",
            "order" => "SO-0001",
            "payment" => "PAY-0001",
            "payment-request" => "PR-0001",
            "bill" => "BILL-0001",
            "repeat" => "REP-0001",
            "contract" => "CTR-0001",
            "booking" => "BK-0001",
            "price-list" => "Standard",
            _ => "x",
        }
        .into()
    };
    match (argument.id.as_str(), argument.value_name.as_str()) {
        (_, "CUSTOMER") => "C1".into(),
        (_, "ITEM") | (_, "ITEM[:QTY][@RATE]") => "DESK".into(),
        (_, "DESCRIPTION:QTY@RATE[:VAT]") => "Rent:1@10".into(),
        ("from", "DATETIME") => "2026-01-20T10:00".into(),
        ("to", "DATETIME") => "2026-01-20T11:00".into(),
        (_, "DATE") => "2026-01-15".into(),
        (_, "NUMBER") => "INV-2026-00001".into(),
        (_, "AMOUNT") | (_, "N") | (_, "QTY") | (_, "RATE") => "1".into(),
        (_, "FACTOR") => "2".into(),
        ("from", "FROM") => "month".into(),
        ("to", "TO") => "unit".into(),
        ("key", _) => "company.name".into(),
        ("value", _) => "Coworking Test".into(),
        ("body_file", _) => BODY.into(),
        ("file", "FILE") => "backup.db".into(),
        (_, "SUPPLIER") => "EDF".into(),
        (_, "KIND:ID") => "invoice:INV-2026-00001".into(),
        (_, "HEADER") => "t=1767222000,v1=00".into(),
        (_, "TRANSACTION") => "1".into(),
        (_, "UNIT") => "hour".into(),
        (_, "TYPE") => "T".into(),
        (_, "LOCATION") => "L1".into(),
        ("id" | "code" | "name", _) => by_group("NEW1"),
        _ => "x".into(),
    }
}

/// The command line for `leaf` with argument `target` given `value` (or with good values
/// only): options as `--long=value`, then `--` and the positional values (so that a value
/// may start with `-`).
fn invocation(leaf: &Leaf, target: Option<usize>, value: &str) -> Vec<String> {
    let mut options = leaf.path.clone();
    let mut positionals = Vec::new();
    let target_id = target.map_or("", |t| leaf.arguments[t].id.as_str());
    // The first argument of each required group that the target does not stand in for.
    let from_groups: Vec<&String> = leaf
        .required_groups
        .iter()
        .filter(|group| !group.iter().any(|id| id == target_id))
        .filter_map(|group| group.first())
        .collect();
    for (index, argument) in leaf.arguments.iter().enumerate() {
        let value = if Some(index) == target {
            value.to_string()
        } else if argument.required
            || CONTEXT.contains(&argument.id.as_str())
            || from_groups.contains(&&argument.id)
        {
            good_value(leaf, argument)
        } else {
            continue;
        };
        match &argument.long {
            Some(long) => options.push(format!("--{long}={value}")),
            None => positionals.push(value),
        }
    }
    if !positionals.is_empty() {
        options.push("--".into());
        options.extend(positionals);
    }
    options
}

/// The template body the books' template `t` was made from (relative to the books' directory).
const BODY: &str = "body.txt";

/// The books the walk runs on, in their own directory with its copy of the corpus.
fn books() -> TestEnv {
    let env = coworking();
    env.ok("item add HUGE --name Huge --vat-rate 0");
    env.ok("price set HUGE 999999999999.99");
    // Priced from the list, so accepted; billing it is beyond the largest amount.
    env.ok("subscription create --customer C1 --item HUGE:99999999 --start 2026-01-01");
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("order create --customer C1 --item BOOK");
    env.ok("bill add --supplier EDF --line Rent:1@10");
    env.ok("plan add P1 --item DESK");
    env.write(BODY, "Bonjour {{ customer.name }}\n");
    env.ok(format!("template add t --subject s --body-file {BODY}"));
    env.ok("location add L1");
    env.ok("location capacity L1 DESK 2");
    env.ok("credits type add T --unit hour");
    env.ok("contract add --customer C1 --start 2026-01-01");
    env.ok("payment add --invoice INV-2026-00001 --amount 10");
    env.ok("repeat add --source invoice:INV-2026-00001 --frequency monthly --start 2026-02-01");
    env.ok("booking add --customer C1 --item DESK --location L1 \
         --from 2026-01-02T10:00 --to 2026-01-02T11:00 --pay invoice");
    corpus_copies(env.dir.path());
    env
}

/// Runs `args`; the failure, if the run broke the contract.
fn check(env: &TestEnv, args: &[String]) -> Option<String> {
    let output = match env
        .command()
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
    {
        Ok(output) => output,
        Err(error) => return Some(format!("subs {args:?} did not finish: {error}")),
    };
    let code = output.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let says_error = code == 0
        || code == Exit::Usage as i32
        || code == Exit::PartialFailure as i32
        || stderr.starts_with("error: ");
    let broken = !documented(code) || stderr.contains("panicked") || !says_error;
    broken.then(|| format!("subs {args:?} exited {code}: {stderr}"))
}

/// Every invocation of the walk: each leaf argument given each value of its kinds, and the
/// global options that take values given theirs, on a command that uses them.
fn walk(files: &[String]) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    leaves(&subs::cli::command(), Vec::new(), &mut all);
    let typed = typed_values();
    let values_of = |kinds: &[&str]| -> Vec<String> {
        let mut values: Vec<String> = Vec::new();
        for kind in kinds {
            let of_kind = match *kind {
                "files" => files.to_vec(),
                kind => typed[kind].clone(),
            };
            for value in of_kind {
                if !values.contains(&value) {
                    values.push(value);
                }
            }
        }
        values
    };
    let mut runs = Vec::new();
    for leaf in &all {
        if leaf.path[0] == "demo" || leaf.path[0] == "init" {
            // They make new books of their own; the globals walk covers their values.
            continue;
        }
        // Good values only first: the books' own edge cases (an amount beyond the largest)
        // reach the deepest paths this way (`subscription preview`, `tick`).
        runs.push(invocation(leaf, None, ""));
        for (index, argument) in leaf.arguments.iter().enumerate() {
            if !argument.choices.is_empty() {
                continue; // clap refuses anything else (exit 2) before subs runs
            }
            for value in values_of(kinds(argument)) {
                runs.push(invocation(leaf, Some(index), &value));
            }
        }
    }
    for command in ["tick", "invoice list"] {
        for value in values_of(&["dates", "text"]) {
            let mut args = vec![format!("--now={value}")];
            args.extend(command.to_args());
            runs.push(args);
        }
        for value in values_of(&["files", "text"]) {
            for global in ["--db", "--config"] {
                let mut args = vec![format!("{global}={value}")];
                args.extend(command.to_args());
                runs.push(args);
            }
        }
    }
    runs
}

#[test]
fn no_bad_value_in_any_command_makes_subs_panic() {
    let workers: Vec<TestEnv> = (0..WORKERS).map(|_| books()).collect();
    let runs = walk(&corpus_copies(workers[0].dir.path()));
    assert!(runs.len() > 1000, "the walk found only {} runs", runs.len());
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = workers
            .iter()
            .enumerate()
            .map(|(worker, env)| {
                let runs = &runs;
                scope.spawn(move || {
                    runs.iter()
                        .skip(worker)
                        .step_by(WORKERS)
                        .filter_map(|args| check(env, args))
                        .collect::<Vec<String>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} runs broke the contract:\n{}",
        failures.len(),
        runs.len(),
        failures.join("\n")
    );
}
