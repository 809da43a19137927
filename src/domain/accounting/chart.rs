//! The chart of accounts (plan comptable général) entries are posted to: a default account
//! for each key, which the accountant may change (`subs account set KEY ACCOUNT`), and the
//! revenue account of each item, chosen per item or per item group.

use std::collections::HashMap;

use crate::error::Error;

/// One key of the mapping, its default account and the label the FEC gives it.
pub struct AccountKey {
    pub key: &'static str,
    pub default: &'static str,
    pub label: &'static str,
}

/// Every fixed key, in the order `account list` shows them.
pub const KEYS: &[AccountKey] = &[
    AccountKey {
        key: "customers",
        default: "411",
        label: "Clients",
    },
    AccountKey {
        key: "customer_credit",
        default: "4191",
        label: "Clients - avances reçues",
    },
    AccountKey {
        key: "services",
        default: "706",
        label: "Prestations de services",
    },
    AccountKey {
        key: "goods",
        default: "707",
        label: "Ventes de marchandises",
    },
    AccountKey {
        key: "membership",
        default: "756",
        label: "Cotisations",
    },
    AccountKey {
        key: "vat_collected",
        default: "44571",
        label: "TVA collectée",
    },
    AccountKey {
        key: "vat_on_payments",
        default: "44574",
        label: "TVA collectée en attente d'encaissement",
    },
    AccountKey {
        key: "vat_deductible",
        default: "44566",
        label: "TVA déductible sur autres biens et services",
    },
    AccountKey {
        key: "bank",
        default: "512",
        label: "Banque",
    },
    AccountKey {
        key: "suppliers",
        default: "401",
        label: "Fournisseurs",
    },
    AccountKey {
        key: "purchases",
        default: "606",
        label: "Achats non stockés",
    },
];

/// One row of `account list`: a key, its account now, and the account it has by default.
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub key: String,
    pub account: String,
    pub label: String,
    pub default: String,
}

/// The prefixes of keys that choose the revenue account of one item or item group.
pub const ITEM_PREFIX: &str = "item:";
pub const GROUP_PREFIX: &str = "item-group:";

/// Checks a key: a fixed one, or `item:CODE` / `item-group:NAME` (whose existence the
/// caller checks).
pub fn check_key(key: &str) -> Result<(), Error> {
    let known = KEYS.iter().any(|k| k.key == key);
    let scoped = [ITEM_PREFIX, GROUP_PREFIX]
        .iter()
        .any(|p| key.strip_prefix(p).is_some_and(|rest| !rest.is_empty()));
    if known || scoped {
        return Ok(());
    }
    let names: Vec<_> = KEYS.iter().map(|k| k.key).collect();
    Err(Error::invalid(
        "KEY",
        format!(
            "unknown account key {key:?}; known: {}, item:CODE, item-group:NAME",
            names.join(", ")
        ),
    ))
}

/// Checks an account number: a digit (its class, 1 to 7), then 2 to 19 digits or capital
/// letters — what accounting software imports from a FEC.
pub fn check_account(text: &str) -> Result<String, Error> {
    let account = text.trim();
    let ok = (3..=20).contains(&account.len())
        && account.as_bytes()[0].is_ascii_digit()
        && (b'1'..=b'7').contains(&account.as_bytes()[0])
        && account
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    if ok {
        Ok(account.to_string())
    } else {
        Err(Error::invalid(
            "ACCOUNT",
            format!(
                "{text:?} is not an account number (class 1 to 7, then 2 to 19 digits or capital letters, e.g. 706 or 7061)"
            ),
        ))
    }
}

/// Whether sales on this account are goods (VAT due on delivery, whatever the company
/// chose for services): 701 to 703 (products) and 707 (merchandise).
pub fn is_goods(account: &str) -> bool {
    ["701", "702", "703", "707"]
        .iter()
        .any(|p| account.starts_with(p))
}

/// The chart in force: the accountant's choices over the defaults, and what it takes to
/// find an item's revenue account (its group and the groups' parents).
#[derive(Debug, Clone, Default)]
pub struct Chart {
    pub chosen: HashMap<String, String>,
    pub item_groups: HashMap<String, String>,
    pub group_parents: HashMap<String, String>,
    /// `company.vat_on_debits`: VAT on services due when invoiced rather than when paid.
    pub vat_on_debits: bool,
}

impl Chart {
    /// The account of a fixed key.
    pub fn account(&self, key: &str) -> String {
        if let Some(chosen) = self.chosen.get(key) {
            return chosen.clone();
        }
        KEYS.iter()
            .find(|k| k.key == key)
            .map_or_else(String::new, |k| k.default.to_string())
    }

    /// A fixed key's label.
    pub fn label(key: &str) -> &'static str {
        KEYS.iter().find(|k| k.key == key).map_or("", |k| k.label)
    }

    /// The customer's own account: the `customers` account followed by their code.
    pub fn customer_account(&self, customer: &str) -> String {
        let code: String = customer
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect();
        format!("{}{code}", self.account("customers"))
    }

    /// The revenue account of an item: chosen for the item, else for its group or the
    /// nearest ancestor group, else `services`.
    pub fn revenue_account(&self, item: &str) -> String {
        if let Some(account) = self.chosen.get(&format!("{ITEM_PREFIX}{item}")) {
            return account.clone();
        }
        let mut group = self.item_groups.get(item);
        let mut hops = 0;
        while let Some(g) = group {
            if let Some(account) = self.chosen.get(&format!("{GROUP_PREFIX}{g}")) {
                return account.clone();
            }
            hops += 1;
            if hops > 64 {
                break;
            }
            group = self.group_parents.get(g);
        }
        self.account("services")
    }

    /// The label of any account the entries use.
    pub fn account_label(&self, account: &str) -> String {
        KEYS.iter()
            .find(|k| self.account(k.key) == account)
            .map_or_else(
                || {
                    if is_goods(account) {
                        Chart::label("goods").to_string()
                    } else if account.starts_with('7') {
                        "Produits".to_string()
                    } else {
                        account.to_string()
                    }
                },
                |k| k.label.to_string(),
            )
    }

    /// Whether the VAT of a line on `account` waits for payment in `vat_on_payments`:
    /// services, unless the company opted for debits.
    pub fn vat_waits_for_payment(&self, account: &str) -> bool {
        !self.vat_on_debits && !is_goods(account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> Chart {
        let mut chart = Chart::default();
        chart.item_groups.insert("DESK".into(), "Coworking".into());
        chart.item_groups.insert("MUG".into(), "Shop".into());
        chart
            .group_parents
            .insert("Coworking".into(), "Spaces".into());
        chart
            .chosen
            .insert("item-group:Spaces".into(), "7061".into());
        chart.chosen.insert("item-group:Shop".into(), "707".into());
        chart.chosen.insert("item:FEE".into(), "756".into());
        chart
    }

    #[test]
    fn an_item_takes_its_own_account_then_its_groups_then_services() {
        let chart = chart();
        assert_eq!(chart.revenue_account("FEE"), "756");
        assert_eq!(chart.revenue_account("DESK"), "7061");
        assert_eq!(chart.revenue_account("MUG"), "707");
        assert_eq!(chart.revenue_account("OTHER"), "706");
    }

    #[test]
    fn vat_on_services_waits_for_payment_unless_the_company_opted_for_debits() {
        let mut chart = chart();
        assert!(chart.vat_waits_for_payment("706"));
        assert!(!chart.vat_waits_for_payment("707"));
        chart.vat_on_debits = true;
        assert!(!chart.vat_waits_for_payment("706"));
    }

    #[test]
    fn account_numbers_and_keys_are_checked() {
        assert_eq!(check_account(" 7061 ").unwrap(), "7061");
        assert!(check_account("70").is_err());
        assert!(check_account("906").is_err());
        assert!(check_account("706 1").is_err());
        assert!(check_key("services").is_ok());
        assert!(check_key("item:DESK").is_ok());
        assert!(check_key("item:").is_err());
        assert!(check_key("sales").is_err());
    }

    #[test]
    fn a_customer_account_is_the_customers_account_and_the_code() {
        assert_eq!(chart().customer_account("c-1.a"), "411C1A");
    }
}
