//! Prices per unit of time (issue 13 §1): a price per month bills 3 months on a quarter and
//! 12 on a year, a price per day 7 days on a week; months against days only through an
//! item's own conversion; UOMs named like a span of time but not declared are pointed out.

use insta::assert_snapshot;

use crate::env::{Exit, TestEnv};

/// DESK 310.00 per `mois` (a month), HOTDESK 25.00 per `jour` (a day), BOOK 20.00 per
/// `pass` (not a span of time).
fn spaces() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2026-01-01");
    env.ok("vat add TVA20 --rate 20 --default");
    env.ok("uom add mois --name mois --time month");
    env.ok("uom add jour --name jour --time day");
    env.ok("uom add pass");
    env.ok("item add DESK --name 'Bureau fixe' --uom mois --recurring");
    env.ok("item add HOTDESK --name 'Poste nomade' --uom jour --recurring");
    env.ok("item add BOOK --name 'Carnet' --uom pass --recurring");
    env.ok("price-list add Standard --default");
    env.ok("price set DESK 310.00");
    env.ok("price set HOTDESK 25.00");
    env.ok("price set BOOK 20.00");
    env.ok("customer add C1 --name 'Client One'");
    env
}

fn net_of_first_invoice(env: &TestEnv) -> String {
    env.json("invoice list")[0]["net_total"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_monthly_price_on_a_quarter_bills_three_months_930() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval month --every 3");
    env.ok("tick");
    let invoice = &env.json("invoice list")[0];
    assert_eq!(invoice["net_total"], "930.00");
    assert_eq!(invoice["period_start"], "2026-01-01");
    assert_eq!(invoice["period_end"], "2026-03-31");
    // The line shows the quantity in the price's unit: 3 mois × 310.00.
    let line = &env.json("invoice show INV-2026-00001")["lines"][0];
    assert_eq!(
        (&line["qty"], &line["uom"], &line["rate"], &line["net"]),
        (
            &"3".into(),
            &"mois".into(),
            &"310.00".into(),
            &"930.00".into()
        )
    );
}

#[test]
fn a_monthly_price_on_a_year_bills_twelve_months_3720() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval year");
    env.ok("tick");
    assert_eq!(net_of_first_invoice(&env), "3720.00");
}

#[test]
fn a_daily_price_on_a_week_bills_seven_days_175() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item HOTDESK --start 2026-01-01 --interval week");
    env.ok("tick");
    assert_eq!(net_of_first_invoice(&env), "175.00");
}

#[test]
fn a_price_in_a_unit_that_is_not_time_stays_a_price_per_period() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item BOOK --start 2026-01-01 --interval month --every 3");
    env.ok("tick");
    assert_eq!(net_of_first_invoice(&env), "20.00");
}

#[test]
fn a_daily_price_on_monthly_periods_is_refused_naming_both_units() {
    let env = spaces();
    let before = env.dump();
    let err = env.fails(
        "subscription create --customer C1 --item HOTDESK --start 2026-01-01 --interval month",
        Exit::Refused,
    );
    assert_snapshot!(err, @"error: HOTDESK is priced per jour (day), billed per month: a period of month has no fixed number of days (months and days have no fixed ratio); declare how many with `subs uom convert HOTDESK mois jour N`");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_monthly_price_on_weekly_periods_is_refused_too() {
    let env = spaces();
    let err = env.fails(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --interval week",
        Exit::Refused,
    );
    assert!(
        err.contains("DESK is priced per mois (month), billed per week"),
        "{err}"
    );
}

#[test]
fn editing_in_a_daily_line_on_monthly_periods_is_refused_and_changes_nothing() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    let before = env.dump();
    let err = env.fails("subscription edit SUB-0001 --item HOTDESK", Exit::Refused);
    assert!(
        err.contains("HOTDESK is priced per jour (day), billed per month"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn an_item_conversion_between_month_and_day_lets_it_bill_twenty_days_a_month() {
    let env = spaces();
    env.ok("uom convert HOTDESK mois jour 20");
    env.ok("subscription create --customer C1 --item HOTDESK --start 2026-01-01 --interval month");
    env.ok("tick");
    assert_eq!(net_of_first_invoice(&env), "500.00");
}

#[test]
fn a_unit_of_three_months_counts_four_on_a_year() {
    let env = spaces();
    env.ok("uom add trimestre --time month --count 3");
    env.ok("item add OFFICE --name 'Bureau privé' --uom trimestre --recurring");
    env.ok("price set OFFICE 900.00");
    env.ok("subscription create --customer C1 --item OFFICE --start 2026-01-01 --interval year");
    env.ok("tick");
    assert_eq!(net_of_first_invoice(&env), "3600.00");
}

#[test]
fn a_period_that_is_no_exact_decimal_of_the_unit_is_refused() {
    let env = spaces();
    env.ok("uom add trimestre --time month --count 3");
    env.ok("item add OFFICE --name 'Bureau privé' --uom trimestre --recurring");
    let err = env.fails(
        "subscription create --customer C1 --item OFFICE --start 2026-01-01 --interval month",
        Exit::Refused,
    );
    assert_snapshot!(err, @"error: OFFICE is priced per trimestre: a period of month is not an exact number of month×3 (at most 6 decimal places); bill it every whole number of trimestre, or price it in a smaller unit");
}

#[test]
fn invoice_explain_shows_the_conversion() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval month --every 3");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice explain INV-2026-00001"), @"
    LINE  ITEM  PERIOD_START  PERIOD_END  DAYS  PERIOD_DAYS  FACTOR  QTY    RATE  UNROUNDED  ROUNDED  PRICE_SOURCE
       1  DESK    2026-01-01  2026-03-31    90           90       1    3  310.00     930.00   930.00  price list Standard; a period of month×3 is 3 mois
    ");
}

#[test]
fn preview_shows_each_line_in_its_time_unit() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item DESK --item BOOK --start 2026-01-01 --interval month --every 3");
    assert_snapshot!(env.ok("subscription preview SUB-0001 --periods 2"), @"
    PERIOD_START  PERIOD_END      DUE_ON  FACTOR  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  ERROR  USAGE  DETAIL  DISCOUNT  LINES
      2026-01-01  2026-03-31  2026-01-01       1     950.00     190.00      1140.00          0.00                    DESK 3 mois × 310.00 = 930.00; BOOK 1 pass × 20.00 = 20.00
      2026-04-01  2026-06-30  2026-04-01       1     950.00     190.00      1140.00          0.00                    DESK 3 mois × 310.00 = 930.00; BOOK 1 pass × 20.00 = 20.00
    ");
}

#[test]
fn a_prorated_quarter_of_a_monthly_price_is_three_times_rate_times_days() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval month --every 3 --end 2026-01-31");
    env.ok("tick");
    // 3 × 310.00 × 31/90 = 320.33
    assert_eq!(net_of_first_invoice(&env), "320.33");
}

#[test]
fn cancelling_a_quarter_billed_in_advance_credits_the_unserved_days_of_three_months() {
    let mut env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval month --every 3");
    env.ok("tick");
    env.at("2026-01-20");
    env.ok("subscription cancel SUB-0001 --on 2026-01-31 --prorate --yes");
    // 930.00 − 3 × 310.00 × 31/90 (320.33) = 609.67
    assert_snapshot!(env.ok("invoice show CN-2026-00001 --format csv"), @"
    number,kind,status,payment_status,customer,subscription,issue_date,due_date,period_start,period_end,currency,net_total,tax_total,grand_total,outstanding,credits_invoice,customer_name,customer_address,sales_order,reason
    CN-2026-00001,credit_note,issued,paid,C1,SUB-0001,2026-01-20,2026-01-20,2026-02-01,2026-03-31,EUR,-609.67,-121.93,-731.60,0.00,INV-2026-00001,Client One,,,Avoir pour résiliation de SUB-0001 au 31/01/2026
    ");
}

#[test]
fn uom_add_and_edit_declare_a_span_of_time_that_uom_list_shows() {
    let env = spaces();
    env.ok("uom add semaine");
    env.ok("uom edit semaine --time week");
    env.ok("uom add trimestre --time month --count 3");
    assert_snapshot!(env.ok("uom list --format csv"), @"
    code,name,time
    jour,jour,day
    mois,mois,month
    pass,pass,
    semaine,semaine,week
    trimestre,trimestre,month×3
    ");
    env.ok("uom edit semaine --time none");
    assert_eq!(env.json("uom list")[3]["time"], "");
}

#[test]
fn a_bad_time_unit_or_count_names_the_flag() {
    let env = spaces();
    let before = env.dump();
    let err = env.fails("uom add quinzaine --time fortnight", Exit::BadData);
    assert!(err.contains("--time"), "{err}");
    let err = env.fails("uom add quinzaine --time week --count 0", Exit::BadData);
    assert!(err.contains("--count"), "{err}");
    let err = env.fails("uom edit nowhere --time week", Exit::NotFound);
    assert!(err.contains("UOM nowhere does not exist"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn uom_list_points_out_units_named_like_time_with_the_subscriptions_they_would_change() {
    let env = spaces();
    env.ok("uom add month");
    env.ok("item add ROOM --name 'Salle' --uom month --recurring");
    env.ok("price set ROOM 100.00");
    env.ok("subscription create --customer C1 --item ROOM --start 2026-01-01 --interval month --every 3");
    env.ok("subscription create --customer C1 --item ROOM --start 2026-01-01 --interval month");
    let run = env.run("uom list");
    assert_eq!(run.code, 0);
    // The quarterly one would bill 3 months once `month` is declared; the monthly one not.
    assert_snapshot!(run.stderr, @"warning: UOM month reads like a span of time (month) but is not declared as one; `subs uom edit month --time month` makes lines in it bill per period length; the invoices of SUB-0001 would change");
    // Nothing changes by itself: the quarter still bills one price per period.
    env.ok("tick");
    assert_eq!(net_of_first_invoice(&env), "100.00");
}

#[test]
fn declaring_a_span_of_time_says_which_subscriptions_now_bill_differently() {
    let env = spaces();
    env.ok("uom add month");
    env.ok("uom add day");
    env.ok("item add ROOM --name 'Salle' --uom month --recurring");
    env.ok("item add SEAT --name 'Place' --uom day --recurring");
    env.ok("price set ROOM 100.00");
    env.ok("price set SEAT 10.00");
    env.ok("subscription create --customer C1 --item ROOM --start 2026-01-01 --interval month --every 3");
    env.ok("subscription create --customer C1 --item SEAT --start 2026-01-01 --interval month");
    let run = env.run("uom edit month --time month");
    assert_eq!(run.code, 0);
    assert_snapshot!(run.stderr, @"SUB-0001: ROOM now bills 3 month per period");
    let run = env.run("uom edit day --time day");
    assert_eq!(run.code, 0);
    assert_snapshot!(run.stderr, @"warning: SUB-0002 cannot be billed any more: SEAT is priced per day (day), billed per month: a period of month has no fixed number of days (months and days have no fixed ratio); declare how many with `subs uom convert SEAT mois day N`");
}

#[test]
fn subscription_check_points_out_its_undeclared_time_units() {
    let env = spaces();
    env.ok("uom add month");
    env.ok("item add ROOM --name 'Salle' --uom month --recurring");
    env.ok("price set ROOM 100.00");
    env.ok("subscription create --customer C1 --item ROOM --start 2026-01-01 --interval year");
    let run = env.run("subscription check SUB-0001");
    assert_eq!(run.code, 0);
    assert!(
        run.stderr
            .contains("UOM month reads like a span of time (month) but is not declared as one")
            && run.stderr.contains("the invoices of SUB-0001 would change"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_book_from_before_time_units_keeps_its_units_as_they_were() {
    let env = TestEnv::new();
    env.ok("uom add month");
    // Take the book back to before time units, as an older binary left it, and apply the
    // migration that brought them (its position among the others does not matter here).
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch(
            "DROP TABLE subscription_coupons; DROP TABLE coupon_plans; DROP TABLE coupons;
             ALTER TABLE uoms DROP COLUMN time_count; ALTER TABLE uoms DROP COLUMN time_unit;",
        )
        .unwrap();
        conn.execute_batch(include_str!(
            "../../migrations/0009_time_units_and_coupons.sql"
        ))
        .unwrap();
    }
    let run = env.run("uom list --format csv");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "code,name,time\nmonth,month,\n");
    assert!(
        run.stderr.contains("UOM month reads like a span of time"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_demo_declares_its_units_of_time() {
    let env = TestEnv::empty();
    env.ok("demo --no-tick");
    let uoms = env.json("uom list");
    let time_of = |code: &str| {
        uoms.as_array()
            .unwrap()
            .iter()
            .find(|u| u["code"] == code)
            .map(|u| u["time"].as_str().unwrap().to_string())
    };
    assert_eq!(time_of("day").as_deref(), Some("day"));
    assert_eq!(time_of("month").as_deref(), Some("month"));
    assert_eq!(time_of("hour").as_deref(), Some(""));
}

#[test]
fn cancelling_a_year_priced_per_month_credits_the_unserved_days_of_twelve_months() {
    let mut env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval year");
    env.ok("tick");
    env.at("2026-01-20");
    env.ok("subscription cancel SUB-0001 --on 2026-01-31 --prorate --yes");
    // 3720.00 − 12 × 310.00 × 31/365 (315.95) = 3404.05
    assert_eq!(
        env.json("invoice show CN-2026-00001")["net_total"],
        "-3404.05"
    );
}

#[test]
fn cancelling_a_week_priced_per_day_credits_the_unserved_days() {
    let mut env = spaces();
    env.ok("subscription create --customer C1 --item HOTDESK --start 2026-01-01 --interval week");
    env.ok("tick");
    env.at("2026-01-02");
    env.ok("subscription cancel SUB-0001 --on 2026-01-03 --prorate --yes");
    // 175.00 − 7 × 25.00 × 3/7 (75.00) = 100.00
    let line = &env.json("invoice show CN-2026-00001")["lines"][0];
    assert_eq!(
        (&line["qty"], &line["uom"], &line["net"]),
        (&"7".into(), &"jour".into(), &"-100.00".into())
    );
}

#[test]
fn the_invoice_page_shows_the_quantity_in_the_price_unit() {
    let env = spaces();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval month --every 3");
    env.ok("tick");
    env.ok("invoice render INV-2026-00001 --out page.html");
    let page = std::fs::read_to_string(env.path("page.html")).unwrap();
    assert!(
        page.contains(
            "<td class=\"num\">3</td>\n      <td>mois</td>\n      <td class=\"num\">310,00\u{a0}€</td>"
        ),
        "{page}"
    );
}
