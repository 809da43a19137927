//! What customers owe by age on a day: each open invoice's outstanding amount in a bucket
//! by days past its due date (not due, 1–30, 31–60, 61–90, over 90), per customer, with
//! their oldest open invoice, the credit held for them and the highest dunning level sent
//! for their overdue invoices, and the totals.

use std::collections::BTreeMap;

use chrono::NaiveDate;

/// An invoice still open on the day.
#[derive(Debug, Clone)]
pub struct OpenInvoice {
    pub customer: String,
    pub customer_name: String,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub outstanding: i64,
    /// The highest dunning level sent for it by the day (none: not reminded).
    pub dunning_level: Option<u32>,
}

/// One customer's ageing (or the total, with `customer` = `total`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ageing {
    pub customer: String,
    pub name: String,
    /// not due, 1–30, 31–60, 61–90, over 90 days past due.
    pub buckets: [i64; 5],
    pub total: i64,
    pub oldest_invoice: Option<String>,
    pub oldest_due_date: Option<NaiveDate>,
    pub credit: i64,
    /// The highest dunning level sent for any of the invoices overdue on the day (none:
    /// none reminded); for the total, the highest of all customers.
    pub dunning_level: Option<u32>,
}

/// The bucket of an amount `days` past due.
pub fn bucket(days: i64) -> usize {
    match days {
        ..=0 => 0,
        1..=30 => 1,
        31..=60 => 2,
        61..=90 => 3,
        _ => 4,
    }
}

/// The ageing per customer on `on` (customers by code), and the total. Customers who hold
/// credit but owe nothing are listed too.
pub fn ageing(
    on: NaiveDate,
    open: &[OpenInvoice],
    credits: &[(String, String, i64)],
) -> (Vec<Ageing>, Ageing) {
    let mut rows: BTreeMap<&str, Ageing> = BTreeMap::new();
    for inv in open.iter().filter(|i| i.outstanding > 0) {
        let row = rows.entry(&inv.customer).or_insert_with(|| Ageing {
            customer: inv.customer.clone(),
            name: inv.customer_name.clone(),
            ..Ageing::default()
        });
        let days_late = (on - inv.due_date).num_days();
        row.buckets[bucket(days_late)] += inv.outstanding;
        if days_late > 0 {
            row.dunning_level = row.dunning_level.max(inv.dunning_level);
        }
        row.total += inv.outstanding;
        let older = row.oldest_due_date.is_none_or(|d| {
            (inv.due_date, &inv.number) < (d, row.oldest_invoice.as_ref().unwrap_or(&inv.number))
        });
        if older {
            row.oldest_due_date = Some(inv.due_date);
            row.oldest_invoice = Some(inv.number.clone());
        }
    }
    for (customer, name, credit) in credits.iter().filter(|c| c.2 != 0) {
        rows.entry(customer)
            .or_insert_with(|| Ageing {
                customer: customer.clone(),
                name: name.clone(),
                ..Ageing::default()
            })
            .credit = *credit;
    }
    let mut total = Ageing {
        customer: "total".into(),
        ..Ageing::default()
    };
    for row in rows.values() {
        for (t, b) in total.buckets.iter_mut().zip(row.buckets) {
            *t += b;
        }
        total.total += row.total;
        total.credit += row.credit;
        total.dunning_level = total.dunning_level.max(row.dunning_level);
        if row.oldest_due_date.is_some()
            && total
                .oldest_due_date
                .is_none_or(|d| row.oldest_due_date < Some(d))
        {
            total.oldest_due_date = row.oldest_due_date;
            total.oldest_invoice = row.oldest_invoice.clone();
        }
    }
    (rows.into_values().collect(), total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn open(customer: &str, number: &str, due: NaiveDate, outstanding: i64) -> OpenInvoice {
        OpenInvoice {
            customer: customer.into(),
            customer_name: customer.into(),
            number: number.into(),
            issue_date: due,
            due_date: due,
            outstanding,
            dunning_level: None,
        }
    }

    #[test]
    fn amounts_fall_in_buckets_by_days_past_due() {
        assert_eq!(
            [0, 1, 30, 31, 60, 61, 90, 91].map(bucket),
            [0, 1, 1, 2, 2, 3, 3, 4]
        );
        let (rows, total) = ageing(
            d(6, 30),
            &[
                open("A", "I1", d(6, 30), 100),
                open("A", "I2", d(3, 1), 50),
                open("B", "I3", d(5, 15), 70),
            ],
            &[("C".into(), "C".into(), 30)],
        );
        assert_eq!(rows[0].buckets, [100, 0, 0, 0, 50]);
        assert_eq!(rows[0].oldest_invoice.as_deref(), Some("I2"));
        assert_eq!(rows[1].buckets, [0, 0, 70, 0, 0]);
        assert_eq!(rows[2].credit, 30);
        assert_eq!((total.total, total.credit), (220, 30));
    }

    #[test]
    fn the_dunning_level_is_the_highest_sent_for_an_overdue_invoice() {
        let reminded = |number: &str, due: NaiveDate, level: Option<u32>| OpenInvoice {
            dunning_level: level,
            ..open("A", number, due, 100)
        };
        let (rows, total) = ageing(
            d(6, 30),
            &[
                reminded("I1", d(5, 1), Some(2)),
                reminded("I2", d(6, 1), Some(1)),
                // Not overdue on the day: its level does not count.
                reminded("I3", d(6, 30), Some(3)),
                open("B", "I4", d(6, 1), 70),
            ],
            &[],
        );
        assert_eq!(rows[0].dunning_level, Some(2));
        assert_eq!(rows[1].dunning_level, None);
        assert_eq!(total.dunning_level, Some(2));
    }
}
