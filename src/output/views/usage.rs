//! Metered usage as scripts read it (`usage list`, `usage add --format json`).

use serde::Serialize;

use crate::domain::invoice::draft_reference;
use crate::domain::money::format_decimal;
use crate::domain::usage::Usage;

#[derive(Debug, Default, Serialize)]
pub struct UsageView {
    pub id: i64,
    pub subscription: String,
    pub item: String,
    pub qty: String,
    pub date: String,
    pub reference: Option<String>,
    pub recorded_at: String,
    /// The invoice that billed it (its number, or `draft:N`); empty until billed.
    pub invoice: Option<String>,
}

impl From<&Usage> for UsageView {
    fn from(u: &Usage) -> Self {
        UsageView {
            id: u.id,
            subscription: u.subscription.clone(),
            item: u.item.clone(),
            qty: format_decimal(u.qty),
            date: u.on.to_string(),
            reference: u.reference.clone(),
            recorded_at: u.recorded_at.clone(),
            invoice: u.invoice.map(|id| {
                u.invoice_number
                    .clone()
                    .unwrap_or_else(|| draft_reference(id))
            }),
        }
    }
}
