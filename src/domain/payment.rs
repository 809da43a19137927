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

/// Held credit paid back to a customer.
#[derive(Debug, Clone, PartialEq)]
pub struct Refund {
    pub id: String,
    pub customer: String,
    pub date: NaiveDate,
    pub amount: i64,
    pub currency: String,
    pub method: Method,
    pub reference: Option<String>,
}

/// Splits `amount` over invoices in the order given, each up to its outstanding; returns
/// (invoice id, amount) pairs and the remainder. An invoice listed twice is still settled
/// at most once over: the second mention gets only what the first left owing.
pub fn allocate(amount: i64, open: &[(i64, i64)]) -> (Vec<(i64, i64)>, i64) {
    let mut left = amount;
    let mut out: Vec<(i64, i64)> = Vec::new();
    for &(id, outstanding) in open {
        if left <= 0 {
            break;
        }
        let taken: i64 = out.iter().filter(|(i, _)| *i == id).map(|(_, a)| a).sum();
        let take = left.min((outstanding - taken).max(0));
        if take > 0 {
            out.push((id, take));
            left -= take;
        }
    }
    (out, left)
}

/// Takes `amount` from sources of held credit, oldest first (the order given); returns
/// what each gives, or `None` when they hold less than `amount`.
pub fn draw<S: Clone>(amount: i64, sources: &[(S, i64)]) -> Option<Vec<(S, i64)>> {
    let held: i64 = sources.iter().map(|(_, left)| (*left).max(0)).sum();
    if amount > held {
        return None;
    }
    let mut left = amount;
    let mut out = Vec::new();
    for (source, available) in sources {
        if left == 0 {
            break;
        }
        let take = left.min((*available).max(0));
        if take > 0 {
            out.push((source.clone(), take));
            left -= take;
        }
    }
    Some(out)
}

/// A recorded payment and what it settled.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub payment: Payment,
    pub allocations: Vec<(String, i64)>,
    /// What is still held as the customer's credit: neither allocated nor refunded.
    pub unallocated: i64,
    /// What was paid back of it (`payment refund`).
    pub refunded: i64,
}

impl Recorded {
    /// A payment with what it settled (invoice, amount) and what was refunded of it: the
    /// rest is held as the customer's credit.
    pub fn new(payment: Payment, allocations: Vec<(String, i64)>, refunded: i64) -> Recorded {
        let unallocated =
            payment.amount - allocations.iter().map(|(_, a)| a).sum::<i64>() - refunded;
        Recorded {
            payment,
            allocations,
            unallocated,
            refunded,
        }
    }
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

    #[test]
    fn an_invoice_named_twice_is_settled_once() {
        // 744.00 for X (owing 372.00) named twice: 372.00 settles it, 372.00 is left over.
        assert_eq!(
            allocate(74400, &[(7, 37200), (7, 37200)]),
            (vec![(7, 37200)], 37200)
        );
    }

    #[test]
    fn held_credit_is_drawn_oldest_first_and_never_beyond_what_is_held() {
        let sources = [("PAY-1", 500), ("CN-1", 300)];
        assert_eq!(
            draw(600, &sources),
            Some(vec![("PAY-1", 500), ("CN-1", 100)])
        );
        assert_eq!(
            draw(800, &sources),
            Some(vec![("PAY-1", 500), ("CN-1", 300)])
        );
        assert_eq!(draw(801, &sources), None);
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

        #[test]
        fn no_invoice_gets_more_than_it_owes_even_named_several_times(
            amount in 1i64..1_000_000,
            named in prop::collection::vec(0usize..3, 0..8),
            owed in prop::collection::vec(0i64..500_000, 3),
        ) {
            let open: Vec<(i64, i64)> = named.iter().map(|&i| (i as i64, owed[i])).collect();
            let (allocations, left) = allocate(amount, &open);
            prop_assert_eq!(allocations.iter().map(|a| a.1).sum::<i64>() + left, amount);
            for (invoice, owes) in owed.iter().enumerate() {
                let got: i64 = allocations.iter().filter(|(i, _)| *i == invoice as i64).map(|(_, a)| a).sum();
                prop_assert!(got <= *owes, "invoice {} got {} of {}", invoice, got, owes);
            }
        }
    }
}
