//! Contracts and their terms.

use serde::Serialize;

use super::fields::date;
use crate::domain::contract::{Contract, fulfilment};

#[derive(Debug, Default, Serialize)]
pub struct ContractView {
    pub id: String,
    pub customer: String,
    pub status: String,
    pub start: String,
    pub end: Option<String>,
    pub signed_on: Option<String>,
    pub subscriptions: String,
    pub fulfilment: String,
}

impl ContractView {
    pub fn new(c: &Contract, today: chrono::NaiveDate) -> Self {
        ContractView {
            id: c.id.clone(),
            customer: c.customer.clone(),
            status: c.status.as_str().into(),
            start: c.start.to_string(),
            end: date(c.end),
            signed_on: date(c.signed_on),
            subscriptions: c.subscriptions.join(" "),
            fulfilment: fulfilment(&c.fulfilment_terms, c.end, today)
                .as_str()
                .into(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ContractTermView {
    pub number: u32,
    pub text: String,
    pub done_on: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct ContractDetail {
    #[serde(flatten)]
    pub summary: ContractView,
    pub terms: Option<String>,
    pub fulfilment_terms: Vec<ContractTermView>,
}

impl ContractDetail {
    pub fn new(c: &Contract, today: chrono::NaiveDate) -> Self {
        ContractDetail {
            summary: ContractView::new(c, today),
            terms: c.terms.clone(),
            fulfilment_terms: c
                .fulfilment_terms
                .iter()
                .map(|t| ContractTermView {
                    number: t.number,
                    text: t.text.clone(),
                    done_on: date(t.done_on),
                })
                .collect(),
        }
    }
}
