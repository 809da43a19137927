//! The context user-written e-mail templates are rendered with (CLI.md "Template
//! context"), and the rendering and checking of those templates.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::customer::Customer;
use crate::domain::invoice::Invoice;
use crate::domain::messages::Lang;
use crate::domain::money::{format_minor, minor_digits};
use crate::domain::settings::Company;
use crate::domain::subscription::Subscription;
use crate::error::Error;
use crate::formats::render;

/// `company` in a user template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompanyContext {
    pub name: String,
    pub address: Option<String>,
    pub siren: Option<String>,
    pub vat_id: Option<String>,
}

impl From<&Company> for CompanyContext {
    fn from(company: &Company) -> Self {
        CompanyContext {
            name: company.name.clone(),
            address: company.address.clone(),
            siren: company.siren.clone(),
            vat_id: company.vat_id.clone(),
        }
    }
}

/// `customer` in a user template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CustomerContext {
    pub code: String,
    pub name: String,
    pub email: Option<String>,
    pub address: Option<String>,
}

impl From<&Customer> for CustomerContext {
    fn from(customer: &Customer) -> Self {
        CustomerContext {
            code: customer.code.clone(),
            name: customer.name.clone(),
            email: customer.email.clone(),
            address: customer.address.clone(),
        }
    }
}

/// `invoice` in a user template: amounts are decimal strings in the invoice's currency,
/// dates `YYYY-MM-DD` as everywhere else in the command contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvoiceContext {
    pub number: String,
    pub issue_date: Option<String>,
    pub due_date: Option<String>,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub net_total: String,
    pub tax_total: String,
    pub grand_total: String,
    pub outstanding: String,
    pub currency: String,
}

impl From<&Invoice> for InvoiceContext {
    fn from(invoice: &Invoice) -> Self {
        let digits = minor_digits(&invoice.currency);
        let iso = |date: Option<NaiveDate>| date.map(|d| d.to_string());
        InvoiceContext {
            number: invoice.reference(),
            issue_date: iso(invoice.issue_date),
            due_date: iso(invoice.due_date),
            period_start: iso(invoice.period_start),
            period_end: iso(invoice.period_end),
            net_total: format_minor(invoice.net_total, digits),
            tax_total: format_minor(invoice.tax_total, digits),
            grand_total: format_minor(invoice.grand_total, digits),
            outstanding: format_minor(invoice.outstanding(), digits),
            currency: invoice.currency.clone(),
        }
    }
}

/// `subscription` in a user template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriptionContext {
    pub id: String,
    pub start: String,
    pub interval: String,
    pub every: u32,
}

impl From<&Subscription> for SubscriptionContext {
    fn from(subscription: &Subscription) -> Self {
        SubscriptionContext {
            id: subscription.id.clone(),
            start: subscription.start.to_string(),
            interval: subscription.interval.unit.as_str().to_string(),
            every: subscription.interval.every,
        }
    }
}

/// `payment_request` in a user template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentRequestContext {
    pub id: String,
    /// Decimal string in the request's currency.
    pub amount: String,
    pub token: String,
}

impl PaymentRequestContext {
    /// `amount` in minor units of `currency`.
    pub fn new(id: &str, amount: i64, currency: &str, token: &str) -> Self {
        PaymentRequestContext {
            id: id.to_string(),
            amount: format_minor(amount, minor_digits(currency)),
            token: token.to_string(),
        }
    }
}

/// Everything a user's e-mail or document template may name (CLI.md "Template
/// context"). Absent parts are `none`, so templates test them with `{% if … %}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmailContext {
    pub company: CompanyContext,
    pub customer: CustomerContext,
    pub invoice: InvoiceContext,
    pub subscription: Option<SubscriptionContext>,
    pub payment_request: Option<PaymentRequestContext>,
    pub payment_link: Option<String>,
    /// The language the `format_money` and `format_date` filters write in; not a name of
    /// the context.
    #[serde(skip)]
    pub language: Lang,
}

/// The context as the template engine sees it.
pub fn template_context(ctx: &EmailContext) -> Result<minijinja::Value, Error> {
    render::to_value(ctx)
}

/// Renders a user's template. `source_name` (the template's name or file) is the field an
/// error names, with the line. `html` escapes every value for an HTML body; plain-text
/// bodies and subjects are rendered as typed.
pub fn render_user_template(
    source_name: &str,
    template: &str,
    ctx: &EmailContext,
    html: bool,
) -> Result<String, Error> {
    let locale = render::Locale::new(ctx.language.catalogue(), &ctx.invoice.currency);
    render::render(source_name, template, template_context(ctx)?, html, &locale)
}

/// Checks a user's template before it is stored: its syntax, and every name it reads
/// against the full context (CLI.md "Template context"), so that a typo is refused with its
/// line instead of failing every render.
pub fn check_user_template(source_name: &str, template: &str) -> Result<(), Error> {
    render::check_names(source_name, template, &EmailContext::names())
}

impl EmailContext {
    /// Every dotted name a template may read (`invoice`, `invoice.number`, …), taken from
    /// the context itself with every optional part present.
    pub fn names() -> BTreeSet<String> {
        let text = || Some(String::new());
        let full = EmailContext {
            company: CompanyContext {
                name: String::new(),
                address: text(),
                siren: text(),
                vat_id: text(),
            },
            customer: CustomerContext {
                code: String::new(),
                name: String::new(),
                email: text(),
                address: text(),
            },
            invoice: InvoiceContext {
                number: String::new(),
                issue_date: text(),
                due_date: text(),
                period_start: text(),
                period_end: text(),
                net_total: String::new(),
                tax_total: String::new(),
                grand_total: String::new(),
                outstanding: String::new(),
                currency: String::new(),
            },
            subscription: Some(SubscriptionContext {
                id: String::new(),
                start: String::new(),
                interval: String::new(),
                every: 1,
            }),
            payment_request: Some(PaymentRequestContext {
                id: String::new(),
                amount: String::new(),
                token: String::new(),
            }),
            payment_link: text(),
            language: Lang::En,
        };
        let mut names = BTreeSet::new();
        if let Ok(serde_json::Value::Object(parts)) = serde_json::to_value(&full) {
            for (part, value) in parts {
                if let serde_json::Value::Object(fields) = value {
                    names.extend(fields.keys().map(|field| format!("{part}.{field}")));
                }
                names.insert(part);
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::super::invoice::tests::{company, invoice};
    use super::*;

    fn email_context() -> EmailContext {
        let company = company(Some("FR12123456789"));
        let mut invoice = invoice(&company);
        invoice.settled = 40000;
        EmailContext {
            company: CompanyContext::from(&company),
            customer: CustomerContext {
                code: "ACME".into(),
                name: "Acme & Fils".into(),
                email: Some("compta@acme.example".into()),
                address: None,
            },
            invoice: InvoiceContext::from(&invoice),
            subscription: Some(SubscriptionContext {
                id: "SUB-0001".into(),
                start: "2025-11-01".into(),
                interval: "month".into(),
                every: 1,
            }),
            payment_request: Some(PaymentRequestContext::new(
                "PR-0009", 108140, "EUR", "tok_abc",
            )),
            payment_link: Some("https://pay.example/tok_abc?a=1&b=2".into()),
            language: Lang::Fr,
        }
    }

    #[test]
    fn a_user_template_sees_every_documented_variable() {
        let template = "\
{{ company.name }}|{{ company.address }}|{{ company.siren }}|{{ company.vat_id }}
{{ customer.code }}|{{ customer.name }}|{{ customer.email }}|{{ customer.address }}
{{ invoice.number }}|{{ invoice.issue_date }}|{{ invoice.due_date }}|{{ invoice.period_start }}|{{ invoice.period_end }}
{{ invoice.net_total }}|{{ invoice.tax_total }}|{{ invoice.grand_total }}|{{ invoice.outstanding }}|{{ invoice.currency }}
{{ subscription.id }}|{{ subscription.start }}|{{ subscription.interval }}|{{ subscription.every }}
{{ payment_request.id }}|{{ payment_request.amount }}|{{ payment_request.token }}
{{ payment_link }}
";
        assert!(check_user_template("reminder", template).is_ok());
        let text = render_user_template("reminder", template, &email_context(), false).unwrap();
        assert_eq!(
            text,
            "\
Coworking Lumière|12 rue des Arts\n69001 Lyon|123456789|FR12123456789
ACME|Acme & Fils|compta@acme.example|
INV-2026-00042|2026-01-01|2026-01-31|2026-01-01|2026-01-31
1234.50|246.90|1481.40|1081.40|EUR
SUB-0001|2025-11-01|month|1
PR-0009|1081.40|tok_abc
https://pay.example/tok_abc?a=1&b=2
"
        );
        let html = render_user_template(
            "reminder.html",
            "<p>{{ customer.name }}</p>",
            &email_context(),
            true,
        )
        .unwrap();
        assert_eq!(html, "<p>Acme &amp; Fils</p>");
    }

    #[test]
    fn a_syntax_error_names_the_template_and_the_line() {
        let template = "Bonjour {{ customer.name }},\n\n{% if invoice.outstanding %}\nReste dû\n";
        let err = render_user_template("relance", template, &email_context(), false).unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, Error::Invalid { .. }));
        assert!(
            message.starts_with("relance: line 4: syntax error"),
            "{message}"
        );
        assert!(check_user_template("relance", template).is_err());
        assert!(check_user_template("relance", "{{ customer.name }}").is_ok());
    }

    #[test]
    fn a_template_reading_a_name_outside_the_context_is_refused_with_its_line() {
        let err = check_user_template("template t", "Bonjour\n{{ invoice.nmber }}\n").unwrap_err();
        assert!(matches!(err, Error::Invalid { .. }));
        assert!(
            err.to_string()
                .starts_with("template t: line 2: unknown name `invoice.nmber`; the context has invoice.currency, invoice.due_date"),
            "{err}"
        );
    }

    #[test]
    fn an_undefined_variable_is_an_error() {
        let template = "Bonjour,\n{{ customer.nom }}\n";
        let err = render_user_template("relance", template, &email_context(), false).unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with("relance: line 2: undefined value"),
            "{message}"
        );
        assert!(message.contains("customer.nom"), "{message}");

        let mut ctx = email_context();
        ctx.payment_request = None;
        let guarded = "{% if payment_request %}{{ payment_request.token }}{% else %}-{% endif %}";
        assert_eq!(
            render_user_template("t", guarded, &ctx, false).unwrap(),
            "-"
        );
        let err =
            render_user_template("t", "{{ payment_request.token }}", &ctx, false).unwrap_err();
        assert!(
            err.to_string()
                .contains("`payment_request.token` is undefined")
        );
    }
}
