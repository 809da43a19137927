//! The committed completions and the man page are what the binary generates.

use crate::env::TestEnv;

#[test]
fn committed_completions_match_the_binary() {
    let env = TestEnv::empty();
    for (shell, file) in [
        ("bash", "subs.bash"),
        ("zsh", "_subs"),
        ("fish", "subs.fish"),
    ] {
        let generated = env.ok(format!("completions {shell}"));
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is stale: run `cargo run -q -- completions {shell} > completions/{file}`"
        );
    }
}

#[test]
fn man_pages_are_generated_for_every_subcommand() {
    let env = TestEnv::empty();
    let page = env.ok("man");
    assert!(page.contains(".TH subs"), "{page}");
    env.ok("man --out man");
    let dir = env.path("man");
    assert!(dir.join("subs.1").exists());
    assert!(dir.join("subs-customer-add.1").exists());
}
