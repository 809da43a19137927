//! The project's own FEC checker, following what the administration's Test Compta Demat
//! checks (BOI-CF-IOR-60-40-20, article A47 A-1 LPF): the file name, the 18 column names in
//! their order, the encoding, date and amount formats, each entry balanced and the whole
//! file too, numbers continuous per journal in date order, and lettering consistent. It
//! returns every problem found, so a test can both require none and prove it finds some.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::NaiveDate;

pub const COLUMNS: [&str; 18] = [
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
];

/// What a check of one file found: the problems, and how many lines and entries it read.
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<String>,
    pub lines: usize,
    pub entries: usize,
    /// Debit − credit per account, in cents.
    pub balances: BTreeMap<String, i64>,
}

fn date(text: &str) -> Option<NaiveDate> {
    (text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| NaiveDate::parse_from_str(text, "%Y%m%d").ok())
        .flatten()
}

/// Cents of an amount written with a decimal comma and two decimals (`1234,50`).
fn cents(text: &str) -> Option<i64> {
    let (units, decimals) = text.split_once(',')?;
    let ok = !units.is_empty()
        && units.bytes().all(|b| b.is_ascii_digit())
        && decimals.len() == 2
        && decimals.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| {
        units
            .parse::<i64>()
            .ok()
            .map(|u| u * 100 + decimals.parse::<i64>().unwrap_or(0))
    })
    .flatten()
}

/// Checks the file at `path` (its name included).
pub fn check(path: &Path) -> Report {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let bytes = std::fs::read(path).expect("read the FEC");
    check_bytes(name, &bytes)
}

pub fn check_bytes(name: &str, bytes: &[u8]) -> Report {
    let mut report = Report::default();
    let problem = |r: &mut Report, text: String| r.problems.push(text);

    // File name: SIREN (9 digits), "FEC", the closing date.
    let closing = name
        .strip_suffix(".txt")
        .filter(|stem| stem.len() == 20 && stem[..9].bytes().all(|b| b.is_ascii_digit()))
        .filter(|stem| &stem[9..12] == "FEC")
        .and_then(|stem| date(&stem[12..]));
    let Some(closing) = closing else {
        problem(
            &mut report,
            format!("file name {name:?} is not <SIREN>FEC<YYYYMMDD>.txt"),
        );
        return report;
    };
    let opening = closing
        .checked_sub_months(chrono::Months::new(12))
        .and_then(|d| d.succ_opt())
        .unwrap();

    // Encoding: ISO-8859-15 text, no control character but tab and line ends, and not
    // UTF-8 in disguise (a multi-byte sequence would read as two Latin-9 letters).
    if bytes
        .iter()
        .any(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n')) || (0x7F..0xA0).contains(&b))
    {
        problem(&mut report, "a byte outside ISO-8859-15 text".into());
    }
    if bytes.iter().any(|&b| b >= 0x80) && std::str::from_utf8(bytes).is_ok() {
        problem(&mut report, "the file is UTF-8, not ISO-8859-15".into());
    }
    let (text, _, _) = encoding_rs::ISO_8859_15.decode(bytes);
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let header = lines.next().unwrap_or("");
    if header.split('\t').collect::<Vec<_>>() != COLUMNS {
        problem(
            &mut report,
            format!("header is not the 18 columns in order: {header:?}"),
        );
    }

    let mut entry_sums: HashMap<(String, String), i64> = HashMap::new();
    let mut entry_dates: HashMap<(String, String), String> = HashMap::new();
    let mut last_entry: Option<(String, String)> = None;
    let mut seen_entries: Vec<(String, String)> = Vec::new();
    let mut numbers: HashMap<String, Vec<(String, NaiveDate)>> = HashMap::new();
    let mut letters: HashMap<(String, String), (i64, String)> = HashMap::new();
    let mut total = 0i64;
    for (i, line) in lines.enumerate() {
        let at = i + 2;
        if line.is_empty() {
            continue;
        }
        report.lines += 1;
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != 18 {
            problem(
                &mut report,
                format!("line {at}: {} fields, not 18", cells.len()),
            );
            continue;
        }
        let [
            journal,
            _,
            num,
            ecriture_date,
            account,
            _,
            _,
            _,
            piece,
            piece_date,
            label,
            debit,
            credit,
            letter,
            let_date,
            valid,
            _,
            _,
        ] = cells[..]
        else {
            unreachable!()
        };
        for (field, value) in [
            ("JournalCode", journal),
            ("EcritureNum", num),
            ("CompteNum", account),
            ("PieceRef", piece),
            ("EcritureLib", label),
        ] {
            if value.trim().is_empty() {
                problem(&mut report, format!("line {at}: {field} is empty"));
            }
        }
        let day = date(ecriture_date);
        match day {
            None => problem(
                &mut report,
                format!("line {at}: EcritureDate {ecriture_date:?} is not YYYYMMDD"),
            ),
            Some(d) if d < opening || d > closing => problem(
                &mut report,
                format!("line {at}: EcritureDate {d} outside the fiscal year"),
            ),
            _ => {}
        }
        for (field, value) in [("PieceDate", piece_date), ("ValidDate", valid)] {
            if date(value).is_none() {
                problem(
                    &mut report,
                    format!("line {at}: {field} {value:?} is not YYYYMMDD"),
                );
            }
        }
        let (Some(d), Some(c)) = (cents(debit), cents(credit)) else {
            problem(
                &mut report,
                format!(
                    "line {at}: Debit {debit:?} / Credit {credit:?} not amounts with a decimal comma"
                ),
            );
            continue;
        };
        if d != 0 && c != 0 {
            problem(&mut report, format!("line {at}: both a debit and a credit"));
        }
        let amount = d - c;
        total += amount;
        *report.balances.entry(account.to_string()).or_default() += amount;
        let key = (journal.to_string(), num.to_string());
        *entry_sums.entry(key.clone()).or_default() += amount;
        match entry_dates.get(&key) {
            Some(first) if first != ecriture_date => {
                problem(&mut report, format!("line {at}: entry {num} has two dates"))
            }
            _ => {
                entry_dates.insert(key.clone(), ecriture_date.to_string());
            }
        }
        if last_entry.as_ref() != Some(&key) {
            if seen_entries.contains(&key) {
                problem(
                    &mut report,
                    format!("line {at}: the lines of entry {num} are not together"),
                );
            } else {
                seen_entries.push(key.clone());
                numbers
                    .entry(journal.to_string())
                    .or_default()
                    .push((num.to_string(), day.unwrap_or(opening)));
            }
            last_entry = Some(key);
        }
        match (letter.is_empty(), let_date.is_empty()) {
            (true, true) => {}
            (false, false) if date(let_date).is_some() => {
                let slot = letters
                    .entry((account.to_string(), letter.to_string()))
                    .or_insert((0, let_date.to_string()));
                slot.0 += amount;
                if slot.1 != let_date {
                    problem(
                        &mut report,
                        format!("line {at}: letter {letter} on {account} has two dates"),
                    );
                }
            }
            _ => problem(
                &mut report,
                format!(
                    "line {at}: EcritureLet {letter:?} without a valid DateLet {let_date:?} (or the reverse)"
                ),
            ),
        }
    }
    report.entries = seen_entries.len();
    for ((journal, num), sum) in &entry_sums {
        if *sum != 0 {
            problem(
                &mut report,
                format!("entry {journal} {num} does not balance ({sum} cents)"),
            );
        }
    }
    if total != 0 {
        problem(
            &mut report,
            format!("the file does not balance ({total} cents)"),
        );
    }
    // Continuity: each journal's numbers count 1, 2, 3… (after their journal code) in the
    // order they come, and their dates never go back.
    for (journal, nums) in &numbers {
        for (k, (num, day)) in nums.iter().enumerate() {
            let n = num
                .strip_prefix(journal.as_str())
                .and_then(|n| n.parse::<usize>().ok());
            if n != Some(k + 1) {
                problem(
                    &mut report,
                    format!(
                        "journal {journal}: entry {num} where number {} was due",
                        k + 1
                    ),
                );
                break;
            }
            if k > 0 && *day < nums[k - 1].1 {
                problem(
                    &mut report,
                    format!("journal {journal}: entry {num} dated before the one it follows"),
                );
            }
        }
    }
    for ((account, letter), (sum, _)) in &letters {
        if *sum != 0 {
            problem(
                &mut report,
                format!("letter {letter} on {account} does not balance ({sum} cents)"),
            );
        }
    }
    report
}

#[test]
fn the_checker_finds_what_is_wrong_in_a_file() {
    let good = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\r\n\
VE\tVentes\tVE000001\t20260105\t411C1\tC\tC1\tC\tF1\t20260105\tFacture\t120,00\t0,00\tA\t20260110\t20260105\t\t\r\n\
VE\tVentes\tVE000001\t20260105\t706\tP\t\t\tF1\t20260105\tFacture\t0,00\t120,00\t\t\t20260105\t\t\r\n\
BQ\tBanque\tBQ000001\t20260110\t512\tB\t\t\tP1\t20260110\tRèglement\t120,00\t0,00\t\t\t20260110\t\t\r\n\
BQ\tBanque\tBQ000001\t20260110\t411C1\tC\tC1\tC\tP1\t20260110\tRèglement\t0,00\t120,00\tA\t20260110\t20260110\t\t\r\n";
    let latin9 = |s: &str| encoding_rs::ISO_8859_15.encode(s).0.into_owned();
    let name = "123456789FEC20261231.txt";
    assert_eq!(
        check_bytes(name, &latin9(good)).problems,
        Vec::<String>::new()
    );
    let broken =
        |from: &str, to: &str| check_bytes(name, &latin9(&good.replacen(from, to, 1))).problems;
    assert!(
        !check_bytes("FEC2026.txt", &latin9(good))
            .problems
            .is_empty()
    );
    assert!(
        !check_bytes(name, good.as_bytes()).problems.is_empty(),
        "UTF-8 passes"
    );
    assert!(
        !broken("\tDebit\tCredit", "\tCredit\tDebit").is_empty(),
        "column order"
    );
    assert!(
        !broken("0,00\t120,00\t\t", "0,00\t119,00\t\t").is_empty(),
        "unbalanced"
    );
    assert!(
        !broken("120,00\t0,00\tA", "120.00\t0,00\tA").is_empty(),
        "decimal point"
    );
    assert!(
        !broken("\t20260105\t411C1", "\t2026-01-05\t411C1").is_empty(),
        "date format"
    );
    assert!(
        !broken("BQ000001\t20260110\t512", "BQ000002\t20260110\t512").is_empty(),
        "continuity"
    );
    assert!(
        !broken("\tA\t20260110\t20260110", "\tB\t20260110\t20260110").is_empty(),
        "lettering"
    );
    assert!(
        !broken("\t20260105\t411C1", "\t20270105\t411C1").is_empty(),
        "outside the year"
    );
}
