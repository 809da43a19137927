//! The company settings kept in the database: their keys, defaults and validation.

use crate::domain::messages::{Catalogue, Lang};
use crate::domain::{sepa, values};
use crate::error::Error;

/// One known setting.
pub struct SettingSpec {
    pub key: &'static str,
    pub default: Option<&'static str>,
    pub help: &'static str,
    check: fn(&str, &str) -> Result<String, Error>,
}

pub const DEFAULT_INVOICE_SERIES: &str = "INV-{YYYY}-{#####}";
pub const DEFAULT_CREDIT_NOTE_SERIES: &str = "CN-{YYYY}-{#####}";

pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "company.name",
        default: None,
        help: "legal name printed on documents",
        check: text,
    },
    SettingSpec {
        key: "company.address",
        default: None,
        help: "postal address printed on documents",
        check: text,
    },
    SettingSpec {
        key: "company.siren",
        default: None,
        help: "SIREN (nine digits)",
        check: values::normalize_siren,
    },
    SettingSpec {
        key: "company.vat_id",
        default: None,
        help: "intra-EU VAT number",
        check: values::normalize_vat_id,
    },
    SettingSpec {
        key: "company.legal_form",
        default: None,
        help: "legal form printed on documents (SAS, SARL, EI, association…)",
        check: text,
    },
    SettingSpec {
        key: "company.capital",
        default: None,
        help: "share capital printed on documents (e.g. 20 000 €)",
        check: text,
    },
    SettingSpec {
        key: "company.rcs",
        default: None,
        help: "trade register city and number printed on documents (e.g. Lyon 842 137 655)",
        check: text,
    },
    SettingSpec {
        key: "company.vat_on_debits",
        default: Some("false"),
        help: "the company opted to pay VAT on services when invoiced rather than when paid (printed on its invoices, used by the journal)",
        check: boolean,
    },
    SettingSpec {
        key: "company.currency",
        default: Some("EUR"),
        help: "currency of the books",
        check: values::check_currency,
    },
    SettingSpec {
        key: "company.country",
        default: Some("FR"),
        help: "ISO country code",
        check: country,
    },
    SettingSpec {
        key: "company.language",
        default: None,
        help: "language of documents and charts: fr or en [default: fr when company.country is FR, else en]",
        check: language,
    },
    SettingSpec {
        key: "company.timezone",
        default: Some("Europe/Paris"),
        help: "IANA time zone that dates are taken in",
        check: timezone,
    },
    SettingSpec {
        key: "company.fiscal_year_end",
        default: Some("12-31"),
        help: "last day of the fiscal year, MM-DD",
        check: month_day,
    },
    SettingSpec {
        key: "invoice.series",
        default: Some(DEFAULT_INVOICE_SERIES),
        help: "invoice number pattern",
        check: series,
    },
    SettingSpec {
        key: "credit_note.series",
        default: Some(DEFAULT_CREDIT_NOTE_SERIES),
        help: "credit note number pattern",
        check: series,
    },
    SettingSpec {
        key: "invoice.days_until_due",
        default: Some("30"),
        help: "default payment term in days",
        check: days,
    },
    SettingSpec {
        key: "invoice.late_penalty",
        default: None,
        help: "late-payment mention printed on invoices [default: the documents' language's]",
        check: text,
    },
    SettingSpec {
        key: "invoice.late_penalty_rate",
        default: None,
        help: "yearly late-payment penalty rate in percent (L441-10: at least 3 x the legal rate)",
        check: penalty_rate,
    },
    SettingSpec {
        key: "dunning.final_action",
        default: Some("none"),
        help: "after the last dunning level: none, pause or cancel the customer's subscriptions",
        check: final_action,
    },
    SettingSpec {
        key: "payment.link_template",
        default: None,
        help: "payment link, {token} is replaced by the request's token",
        check: link_template,
    },
    SettingSpec {
        key: "mail.send_on_tick",
        default: Some("false"),
        help: "deliver the outbox at the end of each tick",
        check: boolean,
    },
    SettingSpec {
        key: "sepa.creditor_id",
        default: None,
        help: "SEPA creditor identifier for direct debits (e.g. FR72ZZZ123456)",
        check: sepa::normalize_creditor_id,
    },
    SettingSpec {
        key: "sepa.iban",
        default: None,
        help: "IBAN of the account SEPA direct debits are collected to",
        check: sepa::normalize_iban,
    },
    SettingSpec {
        key: "sepa.bic",
        default: None,
        help: "BIC of that account's bank (optional)",
        check: sepa::normalize_bic,
    },
    SettingSpec {
        key: "sepa.retry_after_days",
        default: Some("7"),
        help: "days after a reject for insufficient funds (AM04, MS03) before the debit is re-presented",
        check: days,
    },
    SettingSpec {
        key: "sepa.max_retries",
        default: Some("2"),
        help: "times a rejected debit is re-presented automatically",
        check: retries,
    },
    SettingSpec {
        key: "sepa.prenotification_days",
        default: Some("14"),
        help: "days between a SEPA payer's pre-notification and the collection",
        check: days,
    },
];

pub fn spec(key: &str) -> Result<&'static SettingSpec, Error> {
    SETTINGS.iter().find(|s| s.key == key).ok_or_else(|| {
        let known: Vec<_> = SETTINGS.iter().map(|s| s.key).collect();
        Error::invalid(
            "key",
            format!("unknown setting {key:?}; known: {}", known.join(", ")),
        )
    })
}

/// Settings the amounts already booked depend on: once the books hold documents they
/// cannot change (the amounts would silently change meaning: 372 EUR booked as 3.72 JPY…).
const FIXED_ONCE_BOOKED: &[&str] = &["company.currency"];

/// Whether `key` is fixed once the books hold documents.
pub fn fixed_once_booked(key: &str) -> bool {
    FIXED_ONCE_BOOKED.contains(&key)
}

/// Validates and normalizes a value for `key`.
pub fn validate(key: &str, value: &str) -> Result<String, Error> {
    let spec = spec(key)?;
    (spec.check)(key, value)
}

fn text(field: &str, value: &str) -> Result<String, Error> {
    values::non_empty(field, value)
}

fn country(field: &str, value: &str) -> Result<String, Error> {
    let code = value.trim().to_ascii_uppercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(Error::invalid(
            field,
            format!("{value:?} is not a two-letter country code (e.g. FR)"),
        ))
    }
}

fn language(field: &str, value: &str) -> Result<String, Error> {
    Lang::parse(value)
        .map(|lang| lang.code().to_string())
        .ok_or_else(|| Error::invalid(field, format!("{value:?} is not fr or en")))
}

/// The default of a setting that depends on others (`get` reads the stored ones): the
/// documents' language follows the country, the late-payment mention the language.
pub fn derived_default(key: &str, get: impl Fn(&str) -> Option<String>) -> Option<String> {
    let company = || Company::from_settings(&get);
    match key {
        "company.language" => Some(company().language.code().to_string()),
        "invoice.late_penalty" => Some(company().messages().late_penalty.to_string()),
        _ => None,
    }
}

fn timezone(field: &str, value: &str) -> Result<String, Error> {
    value
        .trim()
        .parse::<chrono_tz::Tz>()
        .map(|tz| tz.name().to_string())
        .map_err(|_| {
            Error::invalid(
                field,
                format!("{value:?} is not an IANA time zone (e.g. Europe/Paris)"),
            )
        })
}

fn days(field: &str, value: &str) -> Result<String, Error> {
    match value.trim().parse::<u32>() {
        Ok(n) if n <= 3650 => Ok(n.to_string()),
        _ => Err(Error::invalid(
            field,
            format!("{value:?} is not a number of days (0 to 3650)"),
        )),
    }
}

fn penalty_rate(field: &str, value: &str) -> Result<String, Error> {
    Ok(crate::domain::dunning::parse_rate(field, value)?
        .normalize()
        .to_string())
}

fn final_action(field: &str, value: &str) -> Result<String, Error> {
    use crate::domain::dunning::FinalAction;
    match FinalAction::parse(value.trim()) {
        Some(action) => Ok(action.as_str().to_string()),
        None => Err(Error::invalid(
            field,
            format!("{value:?} is not none, pause or cancel"),
        )),
    }
}

fn retries(field: &str, value: &str) -> Result<String, Error> {
    match value.trim().parse::<u32>() {
        Ok(n) if n <= 10 => Ok(n.to_string()),
        _ => Err(Error::invalid(
            field,
            format!("{value:?} is not a number of retries (0 to 10)"),
        )),
    }
}

fn boolean(field: &str, value: &str) -> Result<String, Error> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Ok("true".into()),
        "false" | "no" | "off" | "0" => Ok("false".into()),
        _ => Err(Error::invalid(
            field,
            format!("{value:?} is not true or false"),
        )),
    }
}

fn month_day(field: &str, value: &str) -> Result<String, Error> {
    let value = value.trim();
    let shaped = value.len() == 5 && value.as_bytes()[2] == b'-';
    let day = shaped
        .then(|| chrono::NaiveDate::parse_from_str(&format!("2024-{value}"), "%Y-%m-%d").ok())
        .flatten();
    match day {
        Some(d) => Ok(d.format("%m-%d").to_string()),
        None => Err(Error::invalid(
            field,
            format!("{value:?} is not a day of the year (MM-DD, e.g. 12-31)"),
        )),
    }
}

fn series(field: &str, value: &str) -> Result<String, Error> {
    crate::domain::numbering::Series::parse(field, value.trim()).map(|_| value.trim().to_string())
}

fn link_template(field: &str, value: &str) -> Result<String, Error> {
    let value = value.trim();
    if value.contains("{token}") && (value.starts_with("https://") || value.starts_with("http://"))
    {
        Ok(value.to_string())
    } else {
        Err(Error::invalid(
            field,
            "must be an http(s) URL containing {token}",
        ))
    }
}

/// A setting's value: stored, or its default.
#[derive(Debug, Clone)]
pub struct SettingValue {
    pub key: &'static str,
    pub value: Option<String>,
    pub is_default: bool,
    pub help: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_passes_its_own_check() {
        for spec in SETTINGS {
            if let Some(default) = spec.default {
                assert_eq!(
                    validate(spec.key, default).unwrap(),
                    default,
                    "{}",
                    spec.key
                );
            }
        }
    }

    #[test]
    fn unknown_keys_and_bad_values_are_refused() {
        assert!(validate("company.colour", "blue").is_err());
        assert!(validate("company.timezone", "Mars/Olympus").is_err());
        assert!(validate("invoice.days_until_due", "-1").is_err());
        assert!(validate("invoice.series", "INV-{YYYY}").is_err());
        assert_eq!(validate("mail.send_on_tick", "yes").unwrap(), "true");
    }

    #[test]
    fn sepa_settings_are_checked_and_normalized() {
        assert_eq!(
            validate("sepa.creditor_id", "fr72 zzz 123456").unwrap(),
            "FR72ZZZ123456"
        );
        assert!(validate("sepa.creditor_id", "FR73ZZZ123456").is_err());
        assert_eq!(
            validate("sepa.iban", "FR76 3000 6000 0112 3456 7890 189").unwrap(),
            "FR7630006000011234567890189"
        );
        assert!(validate("sepa.iban", "FR7630006000011234567890188").is_err());
        assert_eq!(validate("sepa.bic", "bnpafrpp").unwrap(), "BNPAFRPP");
        assert!(validate("sepa.bic", "BNPA").is_err());
    }
}

/// The company as documents print it, read from the settings with their defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Company {
    pub name: String,
    pub address: Option<String>,
    pub siren: Option<String>,
    pub vat_id: Option<String>,
    pub currency: String,
    pub country: String,
    pub timezone: chrono_tz::Tz,
    /// The language of documents (`company.language`, by default from the country).
    pub language: Lang,
}

impl Company {
    /// Builds the company from a settings lookup (`key` → stored value).
    pub fn from_settings(get: impl Fn(&str) -> Option<String>) -> Company {
        let or_default = |key: &str| {
            get(key).or_else(|| spec(key).ok().and_then(|s| s.default).map(String::from))
        };
        let country = or_default("company.country").unwrap_or_else(|| "FR".into());
        Company {
            name: get("company.name").unwrap_or_default(),
            address: get("company.address"),
            siren: get("company.siren"),
            vat_id: get("company.vat_id"),
            currency: or_default("company.currency").unwrap_or_else(|| "EUR".into()),
            timezone: or_default("company.timezone")
                .and_then(|tz| tz.parse().ok())
                .unwrap_or(chrono_tz::Europe::Paris),
            language: get("company.language")
                .and_then(|code| Lang::parse(&code))
                .unwrap_or_else(|| Lang::default_for_country(&country)),
            country,
        }
    }

    /// The words of the company's documents, in its language.
    pub fn messages(&self) -> &'static Catalogue {
        self.language.catalogue()
    }
}
