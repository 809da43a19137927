//! Money cannot vanish: random sequences of invoices, payments (naming invoices in any
//! order, some twice, some of another customer, over- and under-paying, on account),
//! credit notes and refunds, driven through the library as the commands drive it, must
//! after every step leave books where `db check`'s money invariants hold — every document
//! settled within its total and exactly by its allocations, no payment or credit note
//! giving more than it holds — and where, for every customer, what came in (payments and
//! credit notes) equals what was allocated plus the credit held plus what was refunded.

use proptest::prelude::*;
use rust_decimal::Decimal;
use subs::domain::customer::{Customer, CustomerKind, PaymentMethod};
use subs::domain::lines::LineSpec;
use subs::domain::payment::Method;
use subs::ops::accounts::{self, RefundInput};
use subs::ops::catalogue::{self, ItemInput};
use subs::ops::company::{self, InitSettings};
use subs::ops::invoices::{CreditRequest, OneOffInvoice};
use subs::ops::payments::{self, PaymentInput, PaymentOrigin};
use subs::ops::{Session, customers, invoices, settlement};

const CUSTOMERS: usize = 2;

#[derive(Debug, Clone)]
enum Op {
    Invoice {
        customer: usize,
        cents: i64,
    },
    Pay {
        customer: usize,
        /// Indexes into the invoices issued so far (any customer's), possibly repeated.
        invoices: Vec<usize>,
        cents: i64,
        allow_overpayment: bool,
    },
    Credit {
        invoice: usize,
        cents: Option<i64>,
    },
    Refund {
        customer: usize,
        cents: i64,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..CUSTOMERS, 1i64..100_000).prop_map(|(customer, cents)| Op::Invoice { customer, cents }),
        (
            0..CUSTOMERS,
            prop::collection::vec(0usize..8, 0..4),
            1i64..150_000,
            any::<bool>()
        )
            .prop_map(|(customer, invoices, cents, allow_overpayment)| Op::Pay {
                customer,
                invoices,
                cents,
                allow_overpayment
            }),
        (0usize..8, prop::option::of(1i64..60_000))
            .prop_map(|(invoice, cents)| Op::Credit { invoice, cents }),
        (0..CUSTOMERS, 1i64..80_000).prop_map(|(customer, cents)| Op::Refund { customer, cents }),
    ]
}

fn code(n: usize) -> String {
    format!("C{n}")
}

fn books(dir: &std::path::Path) -> Session {
    let settings = InitSettings {
        values: vec![("company.name", "Invariants".into())],
    };
    let mut s = company::init(&dir.join("subs.db"), Some("2026-01-15"), &settings).unwrap();
    catalogue::add_vat(&mut s, "TVA20", Decimal::from(20), true).unwrap();
    catalogue::add_item(
        &mut s,
        ItemInput {
            code: "FEE".into(),
            name: "Fee".into(),
            ..ItemInput::default()
        },
    )
    .unwrap();
    for n in 0..CUSTOMERS {
        customers::add(
            &mut s,
            Customer {
                code: code(n),
                name: format!("Customer {n}"),
                email: None,
                billing_email: None,
                address: None,
                price_list: None,
                vat_id: None,
                siren: None,
                kind: CustomerKind::Business,
                payment_method: PaymentMethod::Manual,
                disabled: false,
                mandate: Default::default(),
            },
        )
        .unwrap();
    }
    s
}

/// Applies one step; refusals (an invoice named twice, an overpayment not allowed, a
/// refund above the credit, crediting a credit note…) are part of the game.
fn apply(s: &mut Session, op: &Op, issued: &mut Vec<String>) {
    match op {
        Op::Invoice { customer, cents } => {
            let line = LineSpec {
                item: "FEE".into(),
                qty: Decimal::ONE,
                rate: Some(Decimal::new(*cents, 2)),
            };
            let input = OneOffInvoice {
                customer: code(*customer).into(),
                lines: vec![line],
                ..OneOffInvoice::default()
            };
            let invoice = invoices::create_one_off(s, &input).unwrap();
            issued.push(invoice.number.unwrap());
        }
        Op::Pay {
            customer,
            invoices,
            cents,
            allow_overpayment,
        } => {
            let named: Vec<String> = invoices
                .iter()
                .filter_map(|i| issued.get(*i).cloned())
                .collect();
            let input = PaymentInput {
                customer: named.is_empty().then(|| code(*customer)),
                invoices: named,
                amount: *cents,
                currency: None,
                method: Method::Transfer,
                date: None,
                reference: None,
                allow_overpayment: *allow_overpayment,
                origin: PaymentOrigin::default(),
            };
            let _ = payments::add(s, input);
        }
        Op::Credit { invoice, cents } => {
            if let Some(number) = issued.get(*invoice) {
                let request = CreditRequest {
                    amount: *cents,
                    reason: None,
                };
                let _ = invoices::credit(s, &number.as_str().into(), &request);
            }
        }
        Op::Refund { customer, cents } => {
            let input = RefundInput {
                customer: code(*customer),
                amount: *cents,
                currency: None,
                date: None,
                method: Method::Transfer,
                reference: None,
            };
            let _ = accounts::refund(s, input);
        }
    }
}

fn one(conn: &rusqlite::Connection, sql: &str, customer: &str) -> i64 {
    conn.query_row(sql, [customer], |r| r.get(0)).unwrap()
}

/// For each customer: payments + credit notes = allocations + credit held + refunds.
fn money_in_equals_money_placed(s: &mut Session, db: &std::path::Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    for n in 0..CUSTOMERS {
        let customer = code(n);
        let received = one(
            &conn,
            "SELECT coalesce(sum(amount), 0) FROM payments WHERE customer = ?1",
            &customer,
        );
        let credited = one(
            &conn,
            "SELECT coalesce(-sum(grand_total), 0) FROM invoices
             WHERE customer = ?1 AND kind = 'credit_note' AND status = 'issued'",
            &customer,
        );
        let allocated = one(
            &conn,
            "SELECT coalesce(sum(a.amount), 0) FROM allocations a JOIN invoices i ON i.id = a.invoice
             WHERE i.customer = ?1",
            &customer,
        );
        let refunded = one(
            &conn,
            "SELECT coalesce(sum(amount), 0) FROM refunds WHERE customer = ?1",
            &customer,
        );
        let held = accounts::account(s, &customer.as_str().into())
            .unwrap()
            .credit;
        assert!(held >= 0, "{customer} holds {held}");
        assert_eq!(
            received + credited,
            allocated + held + refunded,
            "{customer}: money came in that is neither allocated, held nor refunded"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_of_payments_credits_and_refunds_loses_or_makes_money(
        ops in prop::collection::vec(op(), 1..20)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut s = books(dir.path());
        let mut issued = Vec::new();
        for op in &ops {
            apply(&mut s, op, &mut issued);
            let problems = settlement::check(&mut s).unwrap();
            prop_assert!(problems.is_empty(), "after {:?}: {:?}", op, problems);
            money_in_equals_money_placed(&mut s, &dir.path().join("subs.db"));
        }
    }
}
