//! Properties of the whole engine: random sequences of subscriptions created, ticks at
//! random times, cancellations, payments, credit grants and uses, and bookings, driven
//! through the library as the commands drive it, must always leave books where every
//! billed period is invoiced once, numbers have no gap, every document's totals add up,
//! the credit ledger equals the lots' remainders, no desk is booked beyond capacity,
//! no invoice is settled beyond its amount, and the audit chain holds.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use subs::clock::Clock;
use subs::domain::billing::BillMode;
use subs::domain::booking::Pay;
use subs::domain::credits::{CostRule, CreditType, MILLI};
use subs::domain::customer::{Customer, CustomerKind, PaymentMethod};
use subs::domain::lines::LineSpec;
use subs::domain::payment::Method;
use subs::ops::bookings::{self, NewBooking};
use subs::ops::cancellation::{self, CancelOptions};
use subs::ops::catalogue::{self, ItemInput, PriceInput};
use subs::ops::company::{self, InitSettings};
use subs::ops::credits::ByHand;
use subs::ops::payments::{self, PaymentInput, PaymentOrigin};
use subs::ops::subscriptions::{self, NewSubscription};
use subs::ops::tick;
use subs::ops::units::TickOptions;
use subs::ops::{Session, credits, customers};

const CUSTOMERS: usize = 4;
const CAPACITY: u32 = 2;

#[derive(Debug, Clone)]
enum Op {
    Subscribe {
        customer: usize,
        start_in: u64,
        weekly: bool,
        arrears: bool,
    },
    Tick {
        days_later: u64,
    },
    Cancel {
        subscription: usize,
        on_in: i64,
        prorate: bool,
    },
    Pay {
        customer: usize,
        cents: i64,
    },
    Grant {
        customer: usize,
        credits: i64,
    },
    Use {
        customer: usize,
        credits: i64,
    },
    Book {
        customer: usize,
        day_in: u64,
        afternoon: bool,
        by_credits: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..CUSTOMERS, 0u64..40, any::<bool>(), any::<bool>()).prop_map(
            |(customer, start_in, weekly, arrears)| Op::Subscribe {
                customer,
                start_in,
                weekly,
                arrears
            }
        ),
        (0u64..45).prop_map(|days_later| Op::Tick { days_later }),
        (0usize..6, -40i64..40, any::<bool>()).prop_map(|(subscription, on_in, prorate)| {
            Op::Cancel {
                subscription,
                on_in,
                prorate,
            }
        }),
        (0..CUSTOMERS, 1i64..60_000).prop_map(|(customer, cents)| Op::Pay { customer, cents }),
        (0..CUSTOMERS, 1i64..6).prop_map(|(customer, credits)| Op::Grant { customer, credits }),
        (0..CUSTOMERS, 1i64..4).prop_map(|(customer, credits)| Op::Use { customer, credits }),
        (0..CUSTOMERS, 0u64..20, any::<bool>(), any::<bool>()).prop_map(
            |(customer, day_in, afternoon, by_credits)| Op::Book {
                customer,
                day_in,
                afternoon,
                by_credits
            }
        ),
    ]
}

fn at(s: &mut Session, day: NaiveDate) {
    let tz = s.clock.tz;
    let now =
        subs::domain::local_time::local_to_utc(day.and_hms_opt(10, 0, 0).unwrap(), tz).unwrap();
    s.set_now(Clock { now, tz });
}

fn books(dir: &std::path::Path, start: NaiveDate) -> Session {
    let settings = InitSettings {
        values: vec![("company.name", "Engine".into())],
    };
    let mut s = company::init(&dir.join("subs.db"), Some(&start.to_string()), &settings).unwrap();
    catalogue::add_vat(&mut s, "TVA20", Decimal::from(20), true).unwrap();
    catalogue::add_vat(&mut s, "TVA55", Decimal::new(55, 1), false).unwrap();
    for uom in ["month", "half-day"] {
        catalogue::add_uom(&mut s, uom, None).unwrap();
    }
    let item = |code: &str, uom: &str, vat: &str, recurring: bool, booking: &[&str]| ItemInput {
        code: code.into(),
        name: code.into(),
        uom: Some(uom.into()),
        vat_rate: Some(vat.into()),
        recurring,
        booking_uoms: booking.iter().map(|u| u.to_string()).collect(),
        ..ItemInput::default()
    };
    catalogue::add_item(&mut s, item("DESK", "month", "TVA20", true, &[])).unwrap();
    catalogue::add_item(&mut s, item("BOOK", "month", "TVA55", true, &[])).unwrap();
    catalogue::add_item(
        &mut s,
        item("HOTDESK", "half-day", "TVA20", false, &["half-day"]),
    )
    .unwrap();
    catalogue::add_price_list(&mut s, "Standard", None, true).unwrap();
    for (code, rate) in [("DESK", "310.00"), ("BOOK", "12.35"), ("HOTDESK", "14.99")] {
        let price = PriceInput {
            item: code.into(),
            rate: rate.into(),
            list: None,
            uom: None,
            valid_from: None,
            valid_to: None,
        };
        catalogue::set_price(&mut s, price).unwrap();
    }
    credits::add_type(
        &mut s,
        CreditType {
            code: "HALF".into(),
            unit: "half-day".into(),
            sold_as: None,
            validity_days: Some(20),
            whole: true,
            costs: vec![CostRule {
                item: "HOTDESK".into(),
                uom: "half-day".into(),
                credits_per_unit: MILLI,
            }],
        },
    )
    .unwrap();
    bookings::add_location(&mut s, "LYON", None).unwrap();
    bookings::set_capacity(&mut s, "LYON", "HOTDESK", CAPACITY).unwrap();
    for n in 0..CUSTOMERS {
        let customer = Customer {
            code: format!("C{n}"),
            name: format!("Customer {n}"),
            email: None,
            billing_email: None,
            address: None,
            price_list: None,
            vat_id: None,
            siren: None,
            kind: CustomerKind::Business,
            payment_method: PaymentMethod::Manual,
            disabled: false,
            mandate: Default::default(),
        };
        customers::add(&mut s, customer).unwrap();
    }
    s
}

/// Applies one operation; refusals (a cancelled subscription, not enough credits, no free
/// desk…) are part of the game and change nothing.
fn apply(s: &mut Session, op: &Op, today: &mut NaiveDate, subscriptions: &mut Vec<String>) {
    let customer = |n: usize| format!("C{n}");
    match op {
        Op::Subscribe {
            customer: c,
            start_in,
            weekly,
            arrears,
        } => {
            let input = NewSubscription {
                customer: customer(*c),
                lines: vec![
                    LineSpec {
                        item: "DESK".into(),
                        qty: Decimal::ONE,
                        rate: None,
                    },
                    LineSpec {
                        item: "BOOK".into(),
                        qty: Decimal::from(3),
                        rate: None,
                    },
                ],
                start: today.checked_add_days(Days::new(*start_in)),
                interval: weekly.then_some(subs::domain::period::IntervalUnit::Week),
                bill: Some(if *arrears {
                    BillMode::Arrears
                } else {
                    BillMode::Advance
                }),
                ..NewSubscription::default()
            };
            if let Ok(sub) = subscriptions::create(s, input) {
                subscriptions.push(sub.id);
            }
        }
        Op::Tick { days_later } => {
            *today = today.checked_add_days(Days::new(*days_later)).unwrap();
            at(s, *today);
            let report = tick::run(
                s,
                TickOptions {
                    dry_run: false,
                    max_periods: 60,
                    list_documents: false,
                },
                &mut || {},
            )
            .unwrap();
            assert!(report.failed.is_empty(), "{:?}", report.failed);
        }
        Op::Cancel {
            subscription,
            on_in,
            prorate,
        } => {
            if let Some(id) = subscriptions.get(*subscription) {
                let on = if *on_in >= 0 {
                    today.checked_add_days(Days::new(*on_in as u64))
                } else {
                    today.checked_sub_days(Days::new(on_in.unsigned_abs()))
                };
                let options = CancelOptions {
                    id: id.as_str().into(),
                    on,
                    prorate: *prorate,
                    break_commitment: false,
                };
                let _ = cancellation::cancel(s, &options);
            }
        }
        Op::Pay { customer: c, cents } => {
            let input = PaymentInput {
                invoices: Vec::new(),
                customer: Some(customer(*c)),
                amount: *cents,
                currency: None,
                method: Method::Transfer,
                date: None,
                reference: None,
                allow_overpayment: true,
                origin: PaymentOrigin::default(),
            };
            payments::add(s, input).unwrap();
        }
        Op::Grant {
            customer: c,
            credits: n,
        } => {
            let grant = ByHand {
                customer: customer(*c).into(),
                credit_type: "HALF".into(),
                quantity: n.to_string(),
                reason: None,
            };
            credits::grant(s, &grant, None).unwrap();
        }
        Op::Use {
            customer: c,
            credits: n,
        } => {
            let take = ByHand {
                customer: customer(*c).into(),
                credit_type: "HALF".into(),
                quantity: n.to_string(),
                reason: None,
            };
            let _ = credits::use_credits(s, &take);
        }
        Op::Book {
            customer: c,
            day_in,
            afternoon,
            by_credits,
        } => {
            let day = today.checked_add_days(Days::new(*day_in)).unwrap();
            let (from, to) = if *afternoon { (14, 18) } else { (9, 13) };
            let input = NewBooking {
                customer: customer(*c),
                item: "HOTDESK".into(),
                location: "LYON".into(),
                from: day.and_hms_opt(from, 0, 0).unwrap(),
                to: day.and_hms_opt(to, 0, 0).unwrap(),
                uom: Some("half-day".into()),
                pay: Some(if *by_credits {
                    Pay::Credits
                } else {
                    Pay::Invoice
                }),
                credit_type: None,
            };
            let _ = bookings::add_booking(s, input);
        }
    }
}

fn one_value<T: rusqlite::types::FromSql>(conn: &rusqlite::Connection, sql: &str) -> T {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn check_invariants(db: &std::path::Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let zero = |sql: &str, what: &str| {
        let n: i64 = one_value(&conn, sql);
        assert_eq!(n, 0, "{what}");
    };
    zero(
        "SELECT count(*) FROM (SELECT subscription, period_start FROM invoices WHERE kind = 'invoice'
           AND subscription IS NOT NULL GROUP BY subscription, period_start HAVING count(*) > 1)",
        "a period was invoiced twice",
    );
    zero(
        "SELECT count(*) FROM (SELECT series, count(*) AS n, max(seq) AS top, min(seq) AS low FROM invoices
           WHERE status = 'issued' GROUP BY series) WHERE n != top OR low != 1",
        "a series has a gap",
    );
    zero(
        "SELECT count(*) FROM invoices i WHERE net_total + tax_total != grand_total
           OR net_total != (SELECT coalesce(sum(net), 0) FROM invoice_lines WHERE invoice = i.id)
           OR net_total != (SELECT coalesce(sum(base), 0) FROM invoice_vat WHERE invoice = i.id)
           OR tax_total != (SELECT coalesce(sum(tax), 0) FROM invoice_vat WHERE invoice = i.id)",
        "a document's totals do not add up",
    );
    zero(
        "SELECT count(*) FROM invoices WHERE kind = 'invoice' AND settled > grand_total",
        "an invoice was settled beyond its amount",
    );
    zero(
        "SELECT count(*) FROM invoices i WHERE settled != (SELECT coalesce(sum(amount), 0) FROM allocations WHERE invoice = i.id)",
        "settlement differs from its allocations",
    );
    zero(
        "SELECT count(*) FROM payments p WHERE amount < (SELECT coalesce(sum(amount), 0) FROM allocations WHERE payment = p.id)",
        "a payment was allocated beyond its amount",
    );
    let ledger: i64 = one_value(&conn, "SELECT coalesce(sum(credits), 0) FROM credit_ledger");
    let lots: i64 = one_value(&conn, "SELECT coalesce(sum(remaining), 0) FROM credit_lots");
    assert_eq!(
        ledger, lots,
        "the credit ledger differs from the lots' remainders"
    );
    zero(
        "SELECT count(*) FROM credit_lots WHERE remaining < 0 OR remaining > quantity",
        "a lot went out of bounds",
    );
    zero(
        &format!(
            "SELECT count(*) FROM bookings b WHERE status = 'confirmed' AND {CAPACITY} < (SELECT count(*) FROM bookings o
               WHERE o.status = 'confirmed' AND o.location = b.location AND o.item = b.item
                 AND o.from_at < b.to_at AND b.from_at < o.to_at)"
        ),
        "a desk was booked beyond capacity",
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_books_hold_their_invariants_whatever_happens(ops in prop::collection::vec(op(), 1..24)) {
        let dir = tempfile::tempdir().unwrap();
        let start: NaiveDate = "2026-01-01".parse().unwrap();
        let mut s = books(dir.path(), start);
        let mut today = start;
        let mut subscriptions = Vec::new();
        for op in &ops {
            apply(&mut s, op, &mut today, &mut subscriptions);
        }
        let broken = company::audit_verify(&mut s).unwrap().broken;
        prop_assert!(broken.is_none(), "{broken:?}");
        drop(s);
        check_invariants(&dir.path().join("subs.db"));
    }
}
