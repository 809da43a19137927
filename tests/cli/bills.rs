//! Supplier bills: exact totals by the invoice rules, paid or not, listed by status.

use serde_json::Value;

use crate::billing::coworking;

#[test]
fn a_bill_totals_its_lines_with_vat_per_rate() {
    let env = coworking();
    assert_eq!(
        env.ok("bill add --supplier 'EDF Entreprises' --date 2026-01-10 --due 2026-02-09 --line 'Électricité: janvier:3@33.33' --line Abonnement:1@10.00:TVA5.5 --line Taxe:1@4.00:0 --reference EDF-778"),
        "BILL-0001\n"
    );
    let bill = env.json("bill show BILL-0001");
    assert_eq!(bill["supplier"], "EDF Entreprises");
    assert_eq!(bill["reference"], "EDF-778");
    assert_eq!(bill["status"], "unpaid");
    assert_eq!(bill["lines"][0]["description"], "Électricité: janvier");
    assert_eq!(bill["lines"][0]["net"], "99.99");
    assert_eq!(bill["lines"][1]["vat_rate"], "5.5");
    assert_eq!(bill["net_total"], "113.99");
    // 20 % of 99.99 = 19.998 → 20.00; 5.5 % of 10.00 = 0.55; 0 % of 4.00.
    assert_eq!(bill["tax_total"], "20.55");
    assert_eq!(bill["grand_total"], "134.54");
    let vat: Vec<&str> = bill["vat"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["rate"].as_str().unwrap())
        .collect();
    assert_eq!(vat, ["0", "5.5", "20"]);
}

#[test]
fn bills_are_paid_later_or_on_their_date_and_listed_by_status() {
    let mut env = coworking();
    let add = |supplier: &str, date: &str, extra: &[&str]| {
        let mut args = vec![
            "bill",
            "add",
            "--supplier",
            supplier,
            "--date",
            date,
            "--line",
            "Service:1@100.00",
        ];
        args.extend_from_slice(extra);
        env.ok(&args).trim().to_string()
    };
    add("Nettoyage Pro", "2026-01-02", &["--due", "2026-01-20"]);
    add("Foncière", "2026-01-01", &["--paid"]);
    add("Nettoyage Pro", "2026-01-03", &["--due", "2026-02-28"]);
    env.at("2026-02-01");
    let status = |status: &str| -> Vec<String> {
        env.json(&["bill", "list", "--status", status])
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(status("paid"), ["BILL-0002"]);
    assert_eq!(status("overdue"), ["BILL-0001"]);
    assert_eq!(status("unpaid"), ["BILL-0003"]);
    assert_eq!(env.json("bill show BILL-0002")["paid_on"], "2026-01-01");
    let paid = env.json("bill pay BILL-0001 --on 2026-01-25");
    assert_eq!(paid["status"], "paid");
    assert_eq!(paid["paid_on"], "2026-01-25");
    assert!(env.fails("bill pay BILL-0001", 1).contains("already paid"));
    let by_supplier = env.json("bill list --supplier 'Nettoyage Pro'");
    assert_eq!(by_supplier.as_array().unwrap().len(), 2);
    assert_eq!(by_supplier[0]["date"], "2026-01-02");
    let csv = env.ok("bill list --format csv");
    assert!(
        csv.starts_with("id,supplier,date,due_date,reference,status,"),
        "{csv}"
    );
    assert_eq!(env.json("bill list")[0]["reference"], Value::Null);
}

#[test]
fn bad_bills_are_refused_and_write_nothing() {
    let env = coworking();
    env.ok("bill add --supplier A --line Rent:1@10");
    let before = env.dump();
    let add = |extra: &[&str], code: i32| -> String {
        let mut args = vec!["bill", "add", "--supplier", "EDF", "--date", "2026-01-10"];
        args.extend_from_slice(extra);
        env.fails(&args, code)
    };
    assert!(add(&["--line", "Rent"], 65).starts_with("error: --line Rent"));
    assert!(add(&["--line", "Rent:0@10"], 65).contains("quantity"));
    assert!(add(&["--line", "Rent:1@10.0000001"], 65).contains("rate"));
    assert!(add(&["--line", "Rent:1@-10"], 65).contains("rate"));
    assert!(add(&["--line", "Rent:1@10:TVA99"], 65).contains("VAT"));
    assert!(
        add(&["--line", "Rent:1@10", "--due", "2026-01-09"], 65)
            .starts_with("error: --due: 2026-01-09 is before")
    );
    assert!(add(&["--line", "=HYPERLINK():1@10"], 65).contains("formula"));
    env.fails("bill add --supplier EDF", 2);
    env.fails("bill add --supplier ' ' --line Rent:1@10", 65);
    env.fails("bill show BILL-0099", 66);
    env.fails("bill pay BILL-0099", 66);
    env.fails("bill pay BILL-0001 --on 2025-12-31", 65);
    env.fails("bill list --status late", 65);
    assert_eq!(env.dump(), before);
}
