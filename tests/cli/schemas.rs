//! The XML statements the tests feed to `bank import` are real camt.053 documents: each
//! validates against the official ISO 20022 schema with xmllint.

use std::process::Command;

use crate::tools;

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn camt053_test_statements_validate_against_the_official_xsd() {
    let Some(xmllint) = tools::require("xmllint") else {
        return;
    };
    for (file, schema) in [
        ("bank/camt053-v02.xml", "camt.053.001.02.xsd"),
        ("bank/camt053-v08.xml", "camt.053.001.08.xsd"),
        ("bank/camt.053.001.02.sample.xml", "camt.053.001.02.xsd"),
        ("bank/camt.053.001.08.sample.xml", "camt.053.001.08.xsd"),
    ] {
        let out = Command::new(&xmllint)
            .arg("--noout")
            .arg("--schema")
            .arg(fixtures().join("schemas").join(schema))
            .arg(fixtures().join(file))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn xmllint_rejects_a_statement_that_breaks_the_schema() {
    let Some(xmllint) = tools::require("xmllint") else {
        return;
    };
    let valid = std::fs::read_to_string(fixtures().join("bank/camt053-v08.xml")).unwrap();
    let broken = valid.replacen(
        "<CdtDbtInd>CRDT</CdtDbtInd>",
        "<CdtDbtInd>CREDIT</CdtDbtInd>",
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.xml");
    std::fs::write(&path, broken).unwrap();
    let out = Command::new(&xmllint)
        .arg("--noout")
        .arg("--schema")
        .arg(fixtures().join("schemas/camt.053.001.08.xsd"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a broken statement validated: the check would prove nothing"
    );
}
