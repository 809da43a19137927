//! What every command's transaction shares: the [`Books`] (the day, the company, the
//! numbering series, and what was looked up once) and the lookups by id that refuse a
//! missing record with a message naming it.
//!
//! Every other module of `ops` may use this one; it uses none of them.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::catalogue::Item;
use crate::domain::customer::Customer;
use crate::domain::invoice::{self, Invoice};
use crate::domain::money::{format_minor, minor_digits};
use crate::domain::numbering::Series;
use crate::domain::pricing::Priced;
use crate::domain::settings::{Company, DEFAULT_CREDIT_NOTE_SERIES, DEFAULT_INVOICE_SERIES};
use crate::domain::subscription::Subscription;
use crate::error::{Error, Result};
use crate::store::Tx;

/// What every document of one command needs to know: the day and the company.
#[derive(Debug, Clone)]
pub struct Books {
    pub today: NaiveDate,
    /// The command's instant (RFC 3339), recorded as creation time.
    pub now: String,
    pub company: Company,
    pub digits: u32,
    pub invoice_series: Series,
    pub credit_note_series: Series,
    pub days_until_due: u32,
    /// Items and prices looked up during this command. A command never changes the
    /// catalogue while it bills, so a `tick` over many subscriptions asks for each only once.
    cache: Cache,
}

/// (item, uom, the customer's price list, day) of a price looked up.
pub type PriceKey = (String, String, Option<String>, NaiveDate);

#[derive(Debug, Clone, Default)]
struct Cache {
    items: RefCell<HashMap<String, Item>>,
    /// (item, uom, customer's price list, day) → price.
    prices: RefCell<HashMap<PriceKey, Priced>>,
    /// Whether any credit type is sold on invoices.
    sells_credits: RefCell<Option<bool>>,
}

impl Books {
    pub fn load(tx: &Tx, today: NaiveDate, now: &str) -> Result<Books> {
        let company = company_of(tx)?;
        let series = |key: &str, default: &str| -> Result<Series> {
            Series::parse(
                key,
                &tx.setting(key)?.unwrap_or_else(|| default.to_string()),
            )
        };
        let days_until_due = tx
            .setting("invoice.days_until_due")?
            .and_then(|d| d.parse().ok())
            .unwrap_or(30);
        Ok(Books {
            today,
            now: now.to_string(),
            digits: minor_digits(&company.currency),
            invoice_series: series("invoice.series", DEFAULT_INVOICE_SERIES)?,
            credit_note_series: series("credit_note.series", DEFAULT_CREDIT_NOTE_SERIES)?,
            company,
            days_until_due,
            cache: Cache::default(),
        })
    }

    /// Whether some credit type is sold on invoices (asked once per command).
    pub fn sells_credits(&self, tx: &Tx) -> Result<bool> {
        if let Some(known) = *self.cache.sells_credits.borrow() {
            return Ok(known);
        }
        let sells = tx.credit_type_sold_anywhere()?;
        self.cache.sells_credits.replace(Some(sells));
        Ok(sells)
    }

    /// The item `code`, looked up once per command.
    pub fn item(&self, tx: &Tx, code: &str) -> Result<Item> {
        if let Some(item) = self.cache.items.borrow().get(code) {
            return Ok(item.clone());
        }
        let item = find_item(tx, code)?;
        self.cache
            .items
            .borrow_mut()
            .insert(code.to_string(), item.clone());
        Ok(item)
    }

    /// The price under `key`, worked out by `look_up` once per command.
    pub fn price(&self, key: PriceKey, look_up: impl FnOnce() -> Result<Priced>) -> Result<Priced> {
        if let Some(priced) = self.cache.prices.borrow().get(&key) {
            return Ok(priced.clone());
        }
        let priced = look_up()?;
        self.cache.prices.borrow_mut().insert(key, priced.clone());
        Ok(priced)
    }

    pub fn money(&self, minor: i64) -> String {
        format_minor(minor, self.digits)
    }
}

/// Who pays a document: its customer and, for a subscription's document, the
/// subscription (its payment method and e-mail template apply). Given by a caller that
/// has them at hand (`tick` does), it saves looking them up again for every invoice.
#[derive(Debug, Clone, Copy)]
pub struct Payer<'a> {
    pub customer: &'a Customer,
    pub subscription: Option<&'a Subscription>,
}

/// A subscription with the customer it bills, as pricing and billing need them together.
#[derive(Debug, Clone, Copy)]
pub struct Subscriber<'a> {
    pub subscription: &'a Subscription,
    pub customer: &'a Customer,
}

/// The company settings as seen inside a transaction.
pub fn company_of(tx: &Tx) -> Result<Company> {
    let settings = tx.settings()?;
    Ok(Company::from_settings(|key| {
        settings
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }))
}

pub fn find_item(tx: &Tx, code: &str) -> Result<Item> {
    tx.item(code)?.ok_or_else(|| Error::not_found("item", code))
}

pub fn find_customer(tx: &Tx, code: &str) -> Result<Customer> {
    tx.customer(code)?
        .ok_or_else(|| Error::not_found("customer", code))
}

pub fn find_subscription(tx: &Tx, id: &str) -> Result<Subscription> {
    tx.subscription(id)?
        .ok_or_else(|| Error::not_found("subscription", id))
}

/// Finds an invoice by number, or a draft by `draft:ID`.
pub fn find_invoice(tx: &Tx, reference: &str) -> Result<Invoice> {
    let found = match reference.strip_prefix(invoice::DRAFT_PREFIX) {
        Some(id) => match id.parse::<i64>() {
            Ok(id) => tx.invoice(id)?.filter(|i| !i.is_issued()),
            Err(_) => None,
        },
        None => tx.invoice_by_number(reference)?,
    };
    found.ok_or_else(|| Error::not_found("invoice", reference))
}
