//! Customers as scripts read them.

use serde::Serialize;

use crate::domain::customer::Customer;

#[derive(Debug, Default, Serialize)]
pub struct CustomerView {
    pub code: String,
    pub name: String,
    pub email: Option<String>,
    pub address: Option<String>,
    pub price_list: Option<String>,
    pub vat_id: Option<String>,
    pub siren: Option<String>,
    pub kind: String,
    pub payment_method: String,
    pub disabled: bool,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub mandate_id: Option<String>,
    pub mandate_signed_on: Option<String>,
    /// Where documents go when set; else `email`.
    pub billing_email: Option<String>,
}

impl From<&Customer> for CustomerView {
    fn from(c: &Customer) -> Self {
        CustomerView {
            code: c.code.clone(),
            name: c.name.clone(),
            email: c.email.clone(),
            address: c.address.clone(),
            price_list: c.price_list.clone(),
            vat_id: c.vat_id.clone(),
            siren: c.siren.clone(),
            kind: c.kind.as_str().into(),
            payment_method: c.payment_method.as_str().into(),
            disabled: c.disabled,
            iban: c.mandate.iban.clone(),
            bic: c.mandate.bic.clone(),
            mandate_id: c.mandate.id.clone(),
            mandate_signed_on: c.mandate.signed_on.map(|d| d.to_string()),
            billing_email: c.billing_email.clone(),
        }
    }
}
