//! Views of the reports: one row per month (MRR) or per customer and a final `total` row
//! (receivables). Amounts are decimal strings.

use serde::Serialize;

use crate::domain::money::format_minor;
use crate::domain::reports::mrr::{MonthChurn, MonthMrr};
use crate::domain::reports::occupancy::OccupancyRow;
use crate::domain::reports::receivables::Ageing;
use crate::domain::reports::revenue::RevenueRow;

/// `report mrr`: a month's MRR, ARR and movements (churn and contraction as positive
/// amounts lost), each with its count of customers.
#[derive(Debug, Default, Serialize)]
pub struct MrrView {
    pub month: String,
    pub mrr: String,
    pub arr: String,
    pub customers: u32,
    pub new: String,
    pub new_count: u32,
    pub expansion: String,
    pub expansion_count: u32,
    pub contraction: String,
    pub contraction_count: u32,
    pub churn: String,
    pub churn_count: u32,
    pub reactivation: String,
    pub reactivation_count: u32,
}

impl MrrView {
    pub fn new(r: &MonthMrr, digits: u32) -> Self {
        let m = |v: i64| format_minor(v, digits);
        MrrView {
            month: r.month.clone(),
            mrr: m(r.mrr),
            arr: m(r.arr()),
            customers: r.customers,
            new: m(r.new.amount),
            new_count: r.new.count,
            expansion: m(r.expansion.amount),
            expansion_count: r.expansion.count,
            contraction: m(r.contraction.amount),
            contraction_count: r.contraction.count,
            churn: m(r.churn.amount),
            churn_count: r.churn.count,
            reactivation: m(r.reactivation.amount),
            reactivation_count: r.reactivation.count,
        }
    }
}

/// `report receivables`: what one customer owes by days past due, their oldest open
/// invoice, the credit held for them and the highest dunning level sent for their overdue
/// invoices; the last row's `customer` is `total`.
#[derive(Debug, Default, Serialize)]
pub struct ReceivablesView {
    pub customer: String,
    pub name: String,
    pub not_due: String,
    pub days_1_30: String,
    pub days_31_60: String,
    pub days_61_90: String,
    pub days_over_90: String,
    pub total: String,
    pub oldest_invoice: Option<String>,
    pub oldest_due_date: Option<String>,
    pub credit: String,
    /// The highest dunning level sent for an overdue invoice (none: null).
    pub dunning_level: Option<u32>,
}

impl ReceivablesView {
    pub fn new(r: &Ageing, digits: u32) -> Self {
        let m = |v: i64| format_minor(v, digits);
        ReceivablesView {
            customer: r.customer.clone(),
            name: r.name.clone(),
            not_due: m(r.buckets[0]),
            days_1_30: m(r.buckets[1]),
            days_31_60: m(r.buckets[2]),
            days_61_90: m(r.buckets[3]),
            days_over_90: m(r.buckets[4]),
            total: m(r.total),
            oldest_invoice: r.oldest_invoice.clone(),
            oldest_due_date: r.oldest_due_date.map(|d| d.to_string()),
            credit: m(r.credit),
            dunning_level: r.dunning_level,
        }
    }
}

/// `report churn`: customers and MRR lost in a month against the month before, and the
/// rates in percent.
#[derive(Debug, Default, Serialize)]
pub struct ChurnView {
    pub month: String,
    pub customers_start: u32,
    pub customers_lost: u32,
    pub mrr_start: String,
    pub mrr_lost: String,
    pub logo_churn_rate: String,
    pub revenue_churn_rate: String,
}

impl ChurnView {
    pub fn new(r: &MonthChurn, digits: u32) -> Self {
        ChurnView {
            month: r.month.clone(),
            customers_start: r.customers_start,
            customers_lost: r.customers_lost,
            mrr_start: format_minor(r.mrr_start, digits),
            mrr_lost: format_minor(r.mrr_lost, digits),
            logo_churn_rate: format!("{:.2}", r.logo_churn_rate),
            revenue_churn_rate: format!("{:.2}", r.revenue_churn_rate),
        }
    }
}

/// `report revenue`: net invoiced in a month for a key (empty by month; an item, an item
/// group or a location), and the revenue deferred at the month's end.
#[derive(Debug, Default, Serialize)]
pub struct RevenueView {
    pub month: String,
    pub key: String,
    pub invoiced: String,
    pub deferred: String,
}

impl RevenueView {
    pub fn new(r: &RevenueRow, digits: u32) -> Self {
        RevenueView {
            month: r.month.clone(),
            key: r.key.clone(),
            invoiced: format_minor(r.invoiced, digits),
            deferred: format_minor(r.deferred, digits),
        }
    }
}

/// `report occupancy`: a day (or the Monday of a week) at a place, its capacity and the
/// units reserved and booked in unit-days, and the rate in percent.
#[derive(Debug, Default, Serialize)]
pub struct OccupancyView {
    pub period: String,
    pub location: String,
    pub item: String,
    pub capacity: i64,
    pub reserved: i64,
    pub booked: i64,
    pub rate: String,
}

impl From<&OccupancyRow> for OccupancyView {
    fn from(r: &OccupancyRow) -> Self {
        OccupancyView {
            period: r.period.to_string(),
            location: r.location.clone(),
            item: r.item.clone(),
            capacity: r.capacity,
            reserved: r.reserved,
            booked: r.booked,
            rate: format!("{:.2}", r.rate),
        }
    }
}
