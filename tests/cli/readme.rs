//! A newcomer starts from the README's first block: it runs the demo and the whole test
//! suite, and puts `subs` on the PATH so that the demo's suggestions can be typed. CI runs
//! that block as written (`scripts/readme-check.sh`, from `.ci/run`); these tests keep the
//! block, the script and CI tied together.

use std::path::Path;

use insta::assert_snapshot;

use crate::env::TestEnv;

fn repo_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The commands of the README's first ```sh block, comments removed.
fn first_block_commands() -> Vec<String> {
    let readme = repo_file("README.md");
    let block = readme
        .split_once("```sh\n")
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .map(|(block, _)| block)
        .expect("README.md has a ```sh block");
    block
        .lines()
        .map(|l| l.split_once('#').map_or(l, |(command, _)| command).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_readme_starts_with_the_demo_the_test_suite_and_the_install() {
    assert_eq!(
        first_block_commands(),
        [
            "cargo run --release -- demo",
            "cargo test",
            "cargo install --locked --path ."
        ]
    );
}

#[test]
fn ci_runs_the_readme_first_block_as_a_newcomer_would() {
    let ci = repo_file(".ci/run");
    let commands: Vec<&str> = ci
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert!(
        commands.contains(&"scripts/readme-check.sh"),
        ".ci/run does not run scripts/readme-check.sh:\n{ci}"
    );
    // The test suite runs once, from the README's block: no second, different command.
    assert!(
        !commands.iter().any(|l| l.starts_with("cargo test")),
        ".ci/run runs its own test command:\n{ci}"
    );
    let script = repo_file("scripts/readme-check.sh");
    for needed in [
        "README.md",
        "HOME=",
        "XDG_DATA_HOME=",
        "command -v subs",
        "try:",
    ] {
        assert!(script.contains(needed), "readme-check.sh lacks {needed}");
    }
}

#[test]
fn the_demo_says_where_its_binary_is_and_how_to_put_subs_on_the_path() {
    let env = TestEnv::empty();
    let run = env.run("demo --no-tick");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let binary = assert_cmd::cargo::cargo_bin("subs");
    assert!(
        run.stderr.contains(&format!(
            "(`subs` is {}; `cargo install --locked --path .` puts it on your PATH)",
            binary.display()
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn the_readme_says_repeat_notices_are_mailed_as_they_are() {
    let readme = repo_file("README.md");
    assert!(
        !readme.contains("not mailed"),
        "README.md says notices are not mailed"
    );
    let notify = readme
        .split("- **`--notify EMAIL`**")
        .nth(1)
        .expect("README.md documents --notify");
    assert!(notify.contains("queued in the outbox"), "{notify}");
}

#[test]
fn reconcile_auto_matches_then_lists_the_lines_left_as_the_readme_says() {
    let readme = repo_file("README.md");
    assert!(
        readme.contains("subs bank reconcile --auto                   # matches what it can, then lists what is left"),
        "README.md's reconcile example changed"
    );
    let mut env = TestEnv::new();
    env.at("2026-02-01");
    env.ok("vat add EXO --rate 0");
    env.ok("item add FEE --name Fee --vat-rate EXO");
    env.ok("customer add C1 --name 'Client Un'");
    env.ok("invoice create --customer C1 --item FEE@100");
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n\
         02/02/2026;VIR CLIENT UN INV-2026-00001;;100,00;\n\
         03/02/2026;PRLV SEPA EDF;84,12;;\n",
    );
    env.ok("bank import releve.csv");
    assert_snapshot!(env.run("bank reconcile --auto --format csv").transcript(), @"
    id,date,amount,label,reference,counterparty,status,match_rule,customer,payment,currency,note
    2,2026-02-03,-84.12,PRLV SEPA EDF,,,unmatched,,,,EUR,
    --- stderr
    line 1 → PAY-0001 INV-2026-00001 (C1, invoice_number)
    1 lines matched
    ");
}
