//! Reports a manager looks at (issue 15): MRR and its movements, receivables by age, their
//! charts (SVG, opened in Chromium) and `report all`.

use insta::assert_snapshot;
use serde_json::Value;

use crate::billing::coworking;
use crate::catalog_page::{Dump, dump_dom};
use crate::env::{Exit, TestEnv};
use crate::fec_check;
use crate::tools;

fn cents(v: &Value) -> i64 {
    let text = v.as_str().unwrap();
    let (units, decimals) = text.split_once('.').unwrap();
    let sign = if units.starts_with('-') { -1 } else { 1 };
    sign * (units.trim_start_matches('-').parse::<i64>().unwrap() * 100
        + decimals.parse::<i64>().unwrap())
}

/// Subscriptions of every interval, one in trial and one cancelled, from 2026-01-01.
fn subscribed() -> TestEnv {
    let env = coworking();
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("customer add C3 --name 'Client Three'");
    env.ok("customer add C4 --name 'Client Four'");
    // 310.00 a month.
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    // 900.00 a quarter, 120.00 a year, 70.00 a week (twice a desk line for C2).
    env.ok("subscription create --customer C2 --item DESK@900 --interval month --every 3 --start 2026-01-01");
    env.ok("subscription create --customer C2 --item BOOK@120 --interval year --start 2026-01-10");
    env.ok("subscription create --customer C3 --item DESK:2@35 --interval week --start 2026-01-05");
    // In trial through March: counts from April.
    env.ok(
        "subscription create --customer C4 --item DESK --start 2026-02-01 --trial-end 2026-03-31",
    );
    // Ends on 2026-02-15: counts in January only.
    env.ok("subscription create --customer C1 --item BOOK@50 --start 2026-01-01 --end 2026-02-15");
    env
}

#[test]
fn mrr_at_a_month_is_the_sum_of_the_active_lines_converted_to_a_month() {
    let env = subscribed();
    // Worked out independently, per subscription active on 2026-03-31, rounded to cents:
    // 310.00 + 900.00 / 3 + 120.00 / 12 + 2 × 35.00 × 52 / 12 (= 303.33…, 303.33).
    let expected = 31000 + 30000 + 1000 + 30333;
    let march = env.json("report mrr --from 2026-03 --to 2026-03");
    assert_eq!(cents(&march[0]["mrr"]), expected);
    assert_eq!(cents(&march[0]["arr"]), expected * 12);
    assert_eq!(march[0]["month"], "2026-03");
}

#[test]
fn mrr_movements_count_new_churned_and_returning_revenue_per_month() {
    let env = subscribed();
    assert_snapshot!(env.ok("report mrr --from 2026-01 --to 2026-04 --format csv"), @"
    month,mrr,arr,customers,new,new_count,expansion,expansion_count,contraction,contraction_count,churn,churn_count,reactivation,reactivation_count
    2026-01,973.33,11679.96,3,973.33,3,0.00,0,0.00,0,0.00,0,0.00,0
    2026-02,923.33,11079.96,3,0.00,0,0.00,0,50.00,1,0.00,0,0.00,0
    2026-03,923.33,11079.96,3,0.00,0,0.00,0,0.00,0,0.00,0,0.00,0
    2026-04,1233.33,14799.96,4,310.00,1,0.00,0,0.00,0,0.00,0,0.00,0
    ");
}

#[test]
fn receivables_age_what_each_customer_owes_by_days_past_due() {
    let mut env = coworking();
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("invoice create --customer C1 --item DESK");
    env.at("2026-02-20");
    env.ok("invoice create --customer C2 --item BOOK:3");
    env.ok("payment add --customer C2 --amount 100 --allow-overpayment");
    env.at("2026-03-01");
    env.ok("invoice create --customer C1 --item BOOK");
    env.at("2026-04-15");
    assert_snapshot!(env.ok("report receivables --format csv"), @"
    customer,name,not_due,days_1_30,days_31_60,days_61_90,days_over_90,total,oldest_invoice,oldest_due_date,credit,dunning_level
    C1,Client One,0.00,21.10,0.00,372.00,0.00,393.10,INV-2026-00001,2026-01-31,0.00,
    C2,Client Two,0.00,0.00,0.00,0.00,0.00,0.00,,,36.70,
    total,,0.00,21.10,0.00,372.00,0.00,393.10,INV-2026-00001,2026-01-31,36.70,
    ");
    let on = env.json("report receivables --on 2026-01-31");
    assert_eq!(on.as_array().unwrap().last().unwrap()["total"], "372.00");
}

#[test]
fn on_a_demo_book_the_receivables_total_equals_the_411_balance_of_the_fec() {
    let mut env = TestEnv::empty();
    env.at("2026-11-29T10:00:00");
    env.ok("demo");
    let path = env.ok("fec export --year 2026");
    let report = fec_check::check(&env.path(path.trim()));
    assert_eq!(report.problems, Vec::<String>::new());
    let fec_411: i64 = report
        .balances
        .iter()
        .filter(|(a, _)| a.starts_with("411"))
        .map(|(_, b)| b)
        .sum();
    let rows = env.json("report receivables --on 2026-12-31");
    let total = rows.as_array().unwrap().last().unwrap();
    assert_eq!(total["customer"], "total");
    assert_eq!(cents(&total["total"]), fec_411);
    assert!(fec_411 > 0);
}

#[test]
fn a_chart_is_drawn_as_svg_and_a_png_is_refused_before_anything_is_written() {
    let env = subscribed();
    env.ok("report mrr --from 2026-01 --to 2026-04 --chart mrr.svg");
    let svg = std::fs::read_to_string(env.path("mrr.svg")).unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(
        svg.contains("Revenu mensuel récurrent") && svg.contains("2026-04"),
        "{svg}"
    );
    assert!(svg.contains("\u{a0}€"), "amounts in euros, French style");
    env.ok("config set company.language en");
    env.ok("report receivables --chart ageing.svg");
    let svg = std::fs::read_to_string(env.path("ageing.svg")).unwrap();
    assert!(svg.contains("Receivables by age"), "{svg}");
    assert_snapshot!(env.fails("report mrr --chart mrr.png", Exit::BadData), @"error: --chart: mrr.png: charts are drawn as SVG only (no font is needed to draw them); name the file .svg");
    assert!(!env.path("mrr.png").exists());
    assert_snapshot!(env.fails("report mrr --from 2026-13", Exit::BadData), @r#"error: --from: "2026-13" is not a month (YYYY-MM)"#);
}

#[test]
fn report_all_writes_every_report_and_an_index_that_chromium_shows_with_its_charts() {
    let env = subscribed();
    env.ok("invoice create --customer C3 --item BOOK");
    let index = env.ok("report all --out dash --from 2026-01 --to 2026-04");
    assert_eq!(index.trim(), "dash/index.html");
    let mut files: Vec<String> = std::fs::read_dir(env.path("dash"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_snapshot!(files.join("\n"), @"
    churn.csv
    churn.json
    churn.svg
    index.html
    mrr-movements.svg
    mrr.csv
    mrr.json
    mrr.svg
    occupancy.csv
    occupancy.json
    occupancy.svg
    receivables.csv
    receivables.json
    receivables.svg
    revenue.csv
    revenue.json
    revenue.svg
    ");
    let Some(chromium) = tools::require("chromium") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let Dump { dom, log } = dump_dom(&chromium, &env.path("dash/index.html"), scratch.path());
    let console: Vec<_> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "the page logged: {console:#?}");
    assert_eq!(dom.matches("<img src=").count(), 6, "{dom}");
    assert!(dom.contains("<h2>Revenu mensuel récurrent</h2>"), "{dom}");
    for chart in [
        "mrr.svg",
        "mrr-movements.svg",
        "churn.svg",
        "receivables.svg",
        "revenue.svg",
        "occupancy.svg",
    ] {
        let scratch = tempfile::tempdir().unwrap();
        let Dump { dom, .. } = dump_dom(&chromium, &env.path("dash").join(chart), scratch.path());
        assert!(dom.contains("<svg"), "{chart}: {dom}");
        assert!(
            !dom.contains("parsererror"),
            "{chart} does not parse: {dom}"
        );
    }
}

#[test]
fn churn_gives_customers_and_revenue_lost_with_their_rates() {
    let env = subscribed();
    env.ok("cancel SUB-0004 --on 2026-02-20 --yes");
    assert_snapshot!(env.ok("report churn --from 2026-02 --to 2026-03 --format csv"), @"
    month,customers_start,customers_lost,mrr_start,mrr_lost,logo_churn_rate,revenue_churn_rate
    2026-02,3,1,973.33,353.33,33.33,36.30
    2026-03,2,0,620.00,0.00,0.00,0.00
    ");
}

#[test]
fn revenue_gives_what_was_invoiced_per_month_and_what_was_billed_in_advance_for_later() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK@900 --interval month --every 3 --start 2026-01-01");
    env.ok("tick");
    env.at("2026-02-10");
    env.ok("invoice create --customer C1 --item BOOK");
    env.at("2026-03-15");
    assert_snapshot!(env.ok("report revenue --from 2026-01 --to 2026-03 --format csv"), @"
    month,key,invoiced,deferred
    2026-01,,900.00,590.00
    2026-02,,20.00,310.00
    2026-03,,0.00,160.00
    ");
    assert_snapshot!(env.ok("report revenue --by item --from 2026-01 --to 2026-02 --format csv"), @"
    month,key,invoiced,deferred
    2026-01,DESK,900.00,590.00
    2026-02,BOOK,20.00,0.00
    2026-02,DESK,0.00,310.00
    ");
}

#[test]
fn occupancy_counts_reserved_and_booked_units_against_capacity_per_week() {
    let mut env = coworking();
    env.ok("location add LYON");
    env.ok("uom add hour");
    env.ok("item add ROOM --name 'Meeting room' --uom hour");
    env.ok("price set ROOM 20 --uom hour");
    env.ok("location capacity LYON DESK 2");
    env.ok("location capacity LYON ROOM 1");
    env.ok("subscription create --customer C1 --item DESK --start 2026-03-04 --reserve DESK@LYON");
    env.at("2026-03-03");
    env.ok("booking add --customer C1 --item ROOM --location LYON --from 2026-03-05T09:00:00 --to 2026-03-05T12:00:00 --uom hour");
    assert_snapshot!(env.ok("report occupancy --from 2026-03-02 --to 2026-03-15 --per week --chart heat.svg --format csv"), @"
    period,location,item,capacity,reserved,booked,rate
    2026-03-02,LYON,DESK,14,5,0,35.71
    2026-03-02,LYON,ROOM,7,0,1,14.29
    2026-03-09,LYON,DESK,14,7,0,50.00
    2026-03-09,LYON,ROOM,7,0,0,0.00
    ");
    let svg = std::fs::read_to_string(env.path("heat.svg")).unwrap();
    assert!(
        svg.contains("Taux d&apos;occupation") && svg.contains("LYON DESK"),
        "{svg}"
    );
    assert_snapshot!(env.fails("report occupancy --location PARIS", Exit::NotFound), @"error: location with capacity PARIS does not exist");
}
