//! The demo company: a coworking space in Lyon with members, a catalogue and prices,
//! built through the same operations the commands use.

use std::path::Path;

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;

use super::Session;
use super::bookings::{self, NewBooking};
use super::cancellation::{self, CancelOptions};
use super::catalogue::{self, ItemInput, PriceInput};
use super::company::{self, InitSettings};
use super::credits;
use super::customers;
use super::plans::{self, NewPlan};
use super::subscriptions::{self, NewSubscription};
use super::tick;
use super::units::TickOptions;
use crate::clock::Clock;
use crate::domain::billing::BillMode;
use crate::domain::booking::Pay;
use crate::domain::catalogue::UomConversion;
use crate::domain::credits::{CostRule, CreditType, MILLI, Recurrence, RuleSpec};
use crate::domain::customer::{Customer, CustomerKind, PaymentMethod};
use crate::domain::lines::LineSpec;
use crate::domain::outbox::Template;
use crate::domain::period::IntervalUnit;
use crate::domain::time_unit::TimeUnit;
use crate::error::{Error, Result};
use crate::store::BulkDemo;

/// The setting that marks a database as a demo, so that `subs demo` may replace it.
const DEMO_MARK: (&str, &str) = ("company.name", "Coworking Lumière (demo)");

/// What `subs demo` builds.
#[derive(Debug, Clone, Copy, Default)]
pub struct DemoOptions {
    /// A synthetic book of this many members instead of the story (benchmarks).
    pub scale: Option<u64>,
    /// First day of the demo's subscriptions [default: the 1st of the month, 3 months ago].
    pub start: Option<NaiveDate>,
    /// Leave billing to a later `subs tick`.
    pub no_tick: bool,
}

/// Creates the demo database at `path`; returns a summary, one line per fact.
pub fn build(path: &Path, now_spec: Option<&str>, options: DemoOptions) -> Result<Vec<String>> {
    replace_previous_demo(path)?;
    let settings = InitSettings {
        values: vec![
            DEMO_MARK,
            ("company.address", "12 rue de la République, 69002 Lyon"),
            ("company.siren", "123456789"),
            ("company.vat_id", "FR40123456789"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect(),
    };
    // "Now" as the user sees it; the books open on the demo's start.
    let tz = chrono_tz::Europe::Paris;
    let now = Clock::resolve(now_spec, tz)?;
    let start = options
        .start
        .unwrap_or_else(|| three_months_before(now.today()));
    let mut s = company::init(path, Some(&start.to_string()), &settings)?;
    let run = Run {
        start,
        now,
        tick_enabled: !options.no_tick,
    };
    let result = populate(&mut s).and_then(|_| match options.scale {
        Some(count) => bulk(&mut s, count, &run),
        None => story(&mut s, &run),
    });
    match result {
        Ok(summary) => Ok(summary),
        Err(error) => {
            drop(s);
            company::remove_database_files(path);
            Err(error)
        }
    }
}

fn three_months_before(today: NaiveDate) -> NaiveDate {
    let first = today.with_day(1).unwrap_or(today);
    first.checked_sub_months(Months::new(3)).unwrap_or(first)
}

/// The story: four members subscribed on `start`, billed on the 1st and 15th of each month
/// up to now, one of them leaving mid-way with a prorated credit.
/// The demo's time: the books open on `start`, and are brought up to `now` (billed by
/// `tick` unless told not to).
struct Run {
    start: NaiveDate,
    now: Clock,
    tick_enabled: bool,
}

fn story(s: &mut Session, run: &Run) -> Result<Vec<String>> {
    let Run {
        start,
        now,
        tick_enabled,
    } = *run;
    plans::add(
        s,
        NewPlan {
            code: "RESIDENT".into(),
            name: Some("Resident (desk + membership)".into()),
            interval: None,
            lines: vec![
                LineSpec {
                    item: "DESK".into(),
                    qty: Decimal::ONE,
                    rate: None,
                },
                LineSpec {
                    item: "MEMBER".into(),
                    qty: Decimal::ONE,
                    rate: None,
                },
            ],
        },
    )?;
    // (customer, plan, lines, billing mode, trial end)
    type Member<'a> = (
        &'a str,
        Option<&'a str>,
        &'a [&'a str],
        BillMode,
        Option<NaiveDate>,
    );
    let members: [Member; 4] = [
        ("ACME", Some("RESIDENT"), &[], BillMode::Advance, None),
        ("ATELIER", None, &["OFFICE-4"], BillMode::Arrears, None),
        (
            "CLAIRE",
            None,
            &["MEMBER"],
            BillMode::Advance,
            start.checked_add_days(Days::new(13)),
        ),
        ("LUMEN", None, &["DESK:2"], BillMode::Advance, None),
    ];
    for (customer, plan, items, bill, trial_end) in members {
        let lines = items
            .iter()
            .map(|i| crate::domain::lines::parse_line_spec("--item", i))
            .collect::<Result<_>>()?;
        subscriptions::create(
            s,
            NewSubscription {
                customer: customer.into(),
                plan: plan.map(String::from),
                lines,
                start: Some(start),
                bill: Some(bill),
                trial_end,
                // Residents get half-day tickets every month; Lumen holds a desk in Lyon.
                credit_rules: match customer {
                    "ACME" => vec![monthly_tickets()],
                    _ => Vec::new(),
                },
                reserve: match customer {
                    "LUMEN" => vec![("DESK".into(), "LYON".into())],
                    _ => Vec::new(),
                },
                // Atelier pays by link, Lumen by card: their invoices e-mail a payment link.
                email_template: matches!(customer, "ATELIER" | "LUMEN")
                    .then(|| "request".to_string()),
                ..NewSubscription::default()
            },
        )?;
    }
    let mut summary = vec![
        "4 customers subscribed, 6 items, 2 price lists".to_string(),
        "ACME gets 4 half-day credits a month; LUMEN reserves a desk at LYON".to_string(),
    ];
    if !tick_enabled {
        return Ok(summary);
    }
    let mut invoices = 0;
    let mut failures = Vec::new();
    let mut day = start;
    let leave_on = start
        .checked_add_months(Months::new(2))
        .and_then(|d| d.checked_add_days(Days::new(9)));
    while day <= now.today() {
        s.set_now(Clock {
            now: at_nine(day, now.tz),
            tz: now.tz,
        });
        let report = tick::run(s, TickOptions::default(), &mut || {})?;
        invoices += report.invoices;
        failures.extend(
            report
                .failed
                .into_iter()
                .map(|f| format!("{}: {}", f.unit, f.error)),
        );
        if Some(day)
            == leave_on
                .and_then(|d| d.with_day(15))
                .map(|d| d.min(now.today()))
        {
            let options = CancelOptions {
                id: "SUB-0004".into(),
                on: leave_on,
                prorate: true,
                break_commitment: false,
            };
            cancellation::cancel(s, &options)?;
            summary.push(format!(
                "SUB-0004 cancelled on {} with proration",
                leave_on.unwrap_or(day)
            ));
        }
        day = next_tick_day(day);
    }
    s.set_now(now);
    summary.push(format!(
        "{invoices} invoices issued by ticks from {start} to {}",
        now.today()
    ));
    if let Some(first) = failures.first() {
        return Err(Error::Database(format!("the demo failed to bill: {first}")));
    }
    Ok(summary)
}

/// The 1st and the 15th of each month.
fn next_tick_day(day: NaiveDate) -> NaiveDate {
    if day.day() < 15 {
        day.with_day(15).unwrap_or(day)
    } else {
        day.with_day(1)
            .and_then(|d| d.checked_add_months(Months::new(1)))
            .unwrap_or(day)
    }
}

fn at_nine(day: NaiveDate, tz: chrono_tz::Tz) -> chrono::DateTime<chrono::Utc> {
    crate::domain::local_time::local_to_utc(day.and_hms_opt(9, 0, 0).unwrap_or_default(), tz)
        .unwrap_or_default()
}

/// `count` members with one monthly subscription each (a desk from the price list and a
/// membership at a fixed rate), inserted in bulk; billed by one tick unless told not to.
fn bulk(s: &mut Session, count: u64, run: &Run) -> Result<Vec<String>> {
    let Run {
        start,
        now,
        tick_enabled,
    } = *run;
    let created_at = s.clock.rfc3339();
    s.store.write(|tx| {
        tx.bulk_demo(&BulkDemo {
            count,
            start,
            listed_item: "DESK",
            listed_uom: "month",
            fixed_item: "MEMBER",
            fixed_uom: "month",
            fixed_rate: "15.00",
            created_at: &created_at,
        })?;
        tx.audit(
            "demo",
            &serde_json::json!({ "members": count, "start": start }),
        )
    })?;
    let mut summary = vec![format!(
        "{count} members, each with a monthly subscription from {start}"
    )];
    summary.push(bulk_credits(s, count, start)?);
    if tick_enabled {
        s.set_now(now);
        let report = tick::run(s, TickOptions::default(), &mut || {})?;
        summary.push(format!(
            "{} invoices issued by a tick on {}",
            report.invoices,
            now.today()
        ));
    }
    Ok(summary)
}

/// 4 half-day credits a month, each lot valid 31 days.
fn monthly_tickets() -> RuleSpec {
    RuleSpec {
        credit_type: "HALF".into(),
        quantity: "4".into(),
        recurrence: Recurrence::Every(crate::domain::period::IntervalUnit::Month),
        validity_days: Some(31),
    }
}

/// Every hundredth member: monthly half-day credits from their subscription (granted by
/// the tick), a welcome grant of 2 and a hot desk booked for a morning with it — ten
/// mornings a day at LYON, which holds ten hot desks. One transaction.
fn bulk_credits(s: &mut Session, count: u64, start: NaiveDate) -> Result<String> {
    let now = s.clock.rfc3339();
    let morning = |day: NaiveDate, hour: u32| {
        day.and_time(chrono::NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
    };
    let members = s.store.write(|tx| {
        let mut members = 0u64;
        for (index, n) in (0..count).step_by(100).enumerate() {
            // `bulk_demo` numbers members and subscriptions from 1 in a new book.
            let Some(sub) = tx.subscription(&format!("SUB-{:04}", n + 1))? else {
                continue;
            };
            credits::add_rules(tx, &sub, &[monthly_tickets()], &now)?;
            let welcome = credits::Cause {
                date: start,
                origin: "manual",
                booking: None,
                reason: Some("welcome"),
                now: &now,
            };
            let holding = credits::Holding {
                customer: &sub.customer,
                credit_type: "HALF",
            };
            let granted = credits::Granted {
                quantity: 2 * MILLI,
                expires: None,
            };
            credits::grant_in(tx, holding, granted, &welcome)?;
            let day = start + Days::new(1 + index as u64 / 10);
            let booking = NewBooking {
                customer: sub.customer.clone(),
                item: "HOTDESK".into(),
                location: "LYON".into(),
                from: morning(day, 9),
                to: morning(day, 13),
                uom: Some("half-day".into()),
                pay: Some(Pay::Credits),
                credit_type: None,
            };
            bookings::book(tx, &booking, start, &now)?;
            members += 1;
        }
        Ok(members)
    })?;
    Ok(format!(
        "{members} of them with 4 half-day credits a month and a hot desk booked"
    ))
}

/// The HALF credit type (a hot desk costs 1 by the half-day, 2 by the day) and the LYON
/// site with its desks and hot desks.
fn credits_and_places(s: &mut Session) -> Result<()> {
    credits::add_type(
        s,
        CreditType {
            code: "HALF".into(),
            unit: "half-day".into(),
            sold_as: None,
            validity_days: Some(31),
            whole: true,
            costs: vec![
                CostRule {
                    item: "HOTDESK".into(),
                    uom: "half-day".into(),
                    credits_per_unit: MILLI,
                },
                CostRule {
                    item: "HOTDESK".into(),
                    uom: "day".into(),
                    credits_per_unit: 2 * MILLI,
                },
            ],
        },
    )?;
    bookings::add_location(s, "LYON", Some("Lyon République".into()))?;
    bookings::set_capacity(s, "LYON", "HOTDESK", 10)?;
    bookings::set_capacity(s, "LYON", "DESK", 12)?;
    Ok(())
}

fn replace_previous_demo(path: &Path) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let mut existing = Session::open(path, Some("2026-01-01"), "demo")?;
    let name = existing.company()?.name;
    drop(existing);
    if name != DEMO_MARK.1 {
        return Err(Error::refused(format!(
            "{} holds the books of {name:?}, not a demo; give the demo another --db",
            path.display()
        )));
    }
    company::remove_database_files(path);
    Ok(())
}

fn populate(s: &mut Session) -> Result<()> {
    // Members paying by link or card get a payment request with this link, and an e-mail.
    super::company::config_set(
        s,
        "payment.link_template",
        "https://pay.lumiere.example/p/{token}",
    )?;
    let request = Template {
        name: "request".into(),
        subject: "Facture {{ invoice.number }} — {{ company.name }}".into(),
        body: "Bonjour {{ customer.name }},\n\nvotre facture {{ invoice.number }} de {{ invoice.grand_total }} {{ invoice.currency }} \
         est disponible ; vous pouvez la régler ici : {{ payment_link }}\n\n{{ company.name }}\n"
            .into(),
    };
    super::mail::add_template(s, &request, false)?;
    catalogue::add_vat(s, "TVA20", Decimal::from(20), true)?;
    catalogue::add_vat(s, "TVA10", Decimal::from(10), false)?;
    catalogue::add_vat(s, "TVA5.5", Decimal::new(55, 1), false)?;
    // `day` and `month` are spans of time: a price per month bills 3 on a quarter.
    let day = Some(TimeUnit::new(IntervalUnit::Day, 1));
    let month = Some(TimeUnit::new(IntervalUnit::Month, 1));
    for (code, name, time) in [
        ("hour", "Hour", None),
        ("half-day", "Half day", None),
        ("day", "Day", day),
        ("month", "Month", month),
        ("ticket", "Ticket", None),
    ] {
        catalogue::add_time_uom(s, code, Some(name.into()), time)?;
    }
    catalogue::add_group(s, "Spaces", None)?;
    for group in ["Coworking", "Rooms", "Offices"] {
        catalogue::add_group(s, group, Some("Spaces"))?;
    }
    catalogue::add_group(s, "Fablab", None)?;
    catalogue::add_group(s, "Memberships", None)?;

    // (code, name, group, uom, recurring, booking units)
    type Row<'a> = (&'a str, &'a str, &'a str, &'a str, bool, &'a [&'a str]);
    let items: [Row; 6] = [
        ("DESK", "Dedicated desk", "Coworking", "month", true, &[]),
        (
            "HOTDESK",
            "Hot desk",
            "Coworking",
            "day",
            false,
            &["half-day", "day"],
        ),
        (
            "ROOM-S",
            "Meeting room (6 people)",
            "Rooms",
            "hour",
            false,
            &["hour", "half-day", "day"],
        ),
        (
            "OFFICE-4",
            "Private office (4 desks)",
            "Offices",
            "month",
            true,
            &[],
        ),
        ("LASER", "Laser cutter", "Fablab", "hour", false, &["hour"]),
        (
            "MEMBER",
            "Association membership",
            "Memberships",
            "month",
            true,
            &[],
        ),
    ];
    for (code, name, group, uom, recurring, booking) in items {
        catalogue::add_item(
            s,
            ItemInput {
                code: code.into(),
                name: name.into(),
                group: Some(group.into()),
                uom: Some(uom.into()),
                recurring,
                published: true,
                booking_uoms: booking.iter().map(|u| u.to_string()).collect(),
                ..ItemInput::default()
            },
        )?;
    }
    for (item, from, to, factor) in [
        ("HOTDESK", "day", "half-day", 2),
        ("ROOM-S", "day", "hour", 8),
        ("ROOM-S", "half-day", "hour", 4),
    ] {
        let conversion = UomConversion {
            item: item.into(),
            from: from.into(),
            to: to.into(),
            factor: Decimal::from(factor),
        };
        catalogue::convert_uom(s, conversion)?;
    }

    catalogue::add_price_list(s, "Standard", None, true)?;
    catalogue::add_price_list(s, "Association", None, false)?;
    let prices = [
        ("DESK", "Standard", "310.00"),
        ("DESK", "Association", "250.00"),
        ("MEMBER", "Association", "10.00"),
        ("HOTDESK", "Standard", "25.00"),
        ("ROOM-S", "Standard", "30.00"),
        ("OFFICE-4", "Standard", "1200.00"),
        ("LASER", "Standard", "20.00"),
        ("MEMBER", "Standard", "15.00"),
    ];
    for (item, list, rate) in prices {
        catalogue::set_price(
            s,
            PriceInput {
                item: item.into(),
                rate: rate.into(),
                list: Some(list.into()),
                uom: None,
                valid_from: None,
                valid_to: None,
            },
        )?;
    }

    let members = [
        (
            "ACME",
            "Acme SARL",
            Some("compta@acme.example"),
            CustomerKind::Business,
            None,
            PaymentMethod::Manual,
        ),
        (
            "ATELIER",
            "Atelier Bois & Co",
            Some("hello@atelier.example"),
            CustomerKind::Business,
            None,
            PaymentMethod::Link,
        ),
        (
            "CLAIRE",
            "Claire Martin",
            Some("claire@example.org"),
            CustomerKind::Individual,
            Some("Association"),
            PaymentMethod::Manual,
        ),
        (
            "LUMEN",
            "Lumen Studio SAS",
            Some("admin@lumen.example"),
            CustomerKind::Business,
            None,
            PaymentMethod::Stripe,
        ),
    ];
    for (code, name, email, kind, list, method) in members {
        customers::add(
            s,
            Customer {
                code: code.into(),
                name: name.into(),
                email: email.map(String::from),
                billing_email: None,
                address: Some("69000 Lyon".into()),
                price_list: list.map(String::from),
                vat_id: None,
                siren: None,
                kind,
                payment_method: method,
                disabled: false,
                mandate: Default::default(),
            },
        )?;
    }
    credits_and_places(s)
}
