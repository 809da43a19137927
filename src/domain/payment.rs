//! Payments and how they settle invoices (DESIGN §8): an amount is allocated to invoices
//! in order, each up to what it still owes; what is left is the customer's credit.

use chrono::NaiveDate;

use crate::error::Error;

/// How money came in (CLI.md `--method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Cheque,
    Cash,
    Transfer,
    Card,
    Sepa,
    Gateway,
}

impl Method {
    pub const ALL: [Method; 6] = [
        Method::Cheque,
        Method::Cash,
        Method::Transfer,
        Method::Card,
        Method::Sepa,
        Method::Gateway,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Cheque => "cheque",
            Method::Cash => "cash",
            Method::Transfer => "transfer",
            Method::Card => "card",
            Method::Sepa => "sepa",
            Method::Gateway => "gateway",
        }
    }

    pub fn parse(field: &str, text: &str) -> Result<Method, Error> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == text.trim())
            .ok_or_else(|| {
                Error::invalid(
                    field,
                    format!("{text:?} is not one of cheque, cash, transfer, card, sepa, gateway"),
                )
            })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub id: String,
    pub customer: String,
    pub date: NaiveDate,
    pub amount: i64,
    pub currency: String,
    pub method: Method,
    pub reference: Option<String>,
    pub bank_transaction: Option<i64>,
    pub gateway: Option<String>,
    pub gateway_payment_id: Option<String>,
}

/// Splits `amount` over invoices in the order given, each up to its outstanding; returns
/// (invoice id, amount) pairs and the remainder.
pub fn allocate(amount: i64, open: &[(i64, i64)]) -> (Vec<(i64, i64)>, i64) {
    let mut left = amount;
    let mut out = Vec::new();
    for &(id, outstanding) in open {
        if left <= 0 {
            break;
        }
        let take = left.min(outstanding.max(0));
        if take > 0 {
            out.push((id, take));
            left -= take;
        }
    }
    (out, left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_amount_settles_invoices_in_order_and_keeps_the_rest() {
        assert_eq!(
            allocate(500, &[(1, 300), (2, 300)]),
            (vec![(1, 300), (2, 200)], 0)
        );
        assert_eq!(
            allocate(700, &[(1, 300), (2, 300)]),
            (vec![(1, 300), (2, 300)], 100)
        );
        assert_eq!(allocate(100, &[(1, 0), (2, 300)]), (vec![(2, 100)], 0));
        assert_eq!(allocate(100, &[]), (vec![], 100));
    }

    proptest! {
        #[test]
        fn allocations_and_remainder_sum_to_the_amount(amount in 1i64..1_000_000, owed in prop::collection::vec(0i64..500_000, 0..6)) {
            let open: Vec<(i64, i64)> = owed.iter().enumerate().map(|(i, o)| (i as i64, *o)).collect();
            let (allocations, left) = allocate(amount, &open);
            prop_assert_eq!(allocations.iter().map(|a| a.1).sum::<i64>() + left, amount);
            prop_assert!(left >= 0);
            for (id, take) in allocations {
                prop_assert!(take > 0 && take <= open[id as usize].1);
            }
        }
    }
}
