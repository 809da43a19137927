//! The demo company: a coworking space in Lyon with members, a catalogue and prices,
//! built through the same operations the commands use.

use std::path::Path;

use rust_decimal::Decimal;

use super::Session;
use super::catalogue::{self, ItemInput, PriceInput};
use super::company::{self, InitSettings};
use super::customers;
use crate::domain::customer::{Customer, CustomerKind, PaymentMethod};
use crate::error::{Error, Result};

/// The setting that marks a database as a demo, so that `subs demo` may replace it.
const DEMO_MARK: (&str, &str) = ("company.name", "Coworking Lumière (demo)");

/// Creates the demo database at `path`; returns a one-line summary.
pub fn build(path: &Path, now: Option<&str>) -> Result<String> {
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
    let mut s = company::init(path, now.or(Some("2026-01-01")), &settings)?;
    if let Err(error) = populate(&mut s) {
        drop(s);
        company::remove_database_files(path);
        return Err(error);
    }
    let customers = {
        let mut n = 0;
        customers::list(&mut s, true, |_| {
            n += 1;
            Ok(())
        })?;
        n
    };
    let items = catalogue::list_items(&mut s)?.len();
    Ok(format!("{customers} customers, {items} items"))
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
    catalogue::add_vat(s, "TVA20", Decimal::from(20), true)?;
    catalogue::add_vat(s, "TVA10", Decimal::from(10), false)?;
    catalogue::add_vat(s, "TVA5.5", Decimal::new(55, 1), false)?;
    for (code, name) in [
        ("hour", "Hour"),
        ("half-day", "Half day"),
        ("day", "Day"),
        ("month", "Month"),
        ("ticket", "Ticket"),
    ] {
        catalogue::add_uom(s, code, Some(name.into()))?;
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
    catalogue::convert_uom(s, "HOTDESK", "day", "half-day", Decimal::from(2))?;
    catalogue::convert_uom(s, "ROOM-S", "day", "hour", Decimal::from(8))?;
    catalogue::convert_uom(s, "ROOM-S", "half-day", "hour", Decimal::from(4))?;

    catalogue::add_price_list(s, "Standard", None, true)?;
    catalogue::add_price_list(s, "Association", None, false)?;
    let prices = [
        ("DESK", "Standard", "310.00"),
        ("DESK", "Association", "250.00"),
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
                address: Some("69000 Lyon".into()),
                price_list: list.map(String::from),
                vat_id: None,
                siren: None,
                kind,
                payment_method: method,
                disabled: false,
            },
        )?;
    }
    Ok(())
}
