//! Customers: who is billed, where, how they pay, and the prices they get.

use crate::domain::sepa::MandateFields;
use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerKind {
    Business,
    Individual,
}

impl CustomerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerKind::Business => "business",
            CustomerKind::Individual => "individual",
        }
    }

    pub fn parse(field: &str, text: &str) -> Result<Self, Error> {
        match text.trim() {
            "business" => Ok(CustomerKind::Business),
            "individual" => Ok(CustomerKind::Individual),
            _ => Err(Error::invalid(
                field,
                format!("{text:?} is not business or individual"),
            )),
        }
    }
}

/// How a customer or subscription pays (CLI.md "Payment methods").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentMethod {
    Manual,
    Link,
    Stripe,
    GoCardless,
    Sepa,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 5] = [
        PaymentMethod::Manual,
        PaymentMethod::Link,
        PaymentMethod::Stripe,
        PaymentMethod::GoCardless,
        PaymentMethod::Sepa,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentMethod::Manual => "manual",
            PaymentMethod::Link => "link",
            PaymentMethod::Stripe => "stripe",
            PaymentMethod::GoCardless => "gocardless",
            PaymentMethod::Sepa => "sepa",
        }
    }

    pub fn parse(field: &str, text: &str) -> Result<Self, Error> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == text.trim())
            .ok_or_else(|| {
                Error::invalid(
                    field,
                    format!("{text:?} is not one of manual, link, stripe, gocardless, sepa"),
                )
            })
    }

    /// Whether an issued invoice gets a payment request (DESIGN §8).
    pub fn needs_payment_request(self) -> bool {
        matches!(
            self,
            PaymentMethod::Link | PaymentMethod::Stripe | PaymentMethod::GoCardless
        )
    }
}

/// Where a customer's documents (invoices, credit notes, payment requests) are e-mailed:
/// the billing e-mail when set, else the contact e-mail; `None` when neither is known.
pub fn billing_address(customer: &Customer) -> Option<&str> {
    customer
        .billing_email
        .as_deref()
        .or(customer.email.as_deref())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    pub code: String,
    pub name: String,
    /// The contact e-mail.
    pub email: Option<String>,
    /// Where documents go when set (see [`billing_address`]).
    pub billing_email: Option<String>,
    pub address: Option<String>,
    pub price_list: Option<String>,
    pub vat_id: Option<String>,
    pub siren: Option<String>,
    pub kind: CustomerKind,
    pub payment_method: PaymentMethod,
    pub disabled: bool,
    /// The SEPA direct debit mandate the customer signed, as far as it is known.
    pub mandate: MandateFields,
}
