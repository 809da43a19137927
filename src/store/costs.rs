//! Statements run once per document issued must cost the same however many documents the
//! books hold: one subscription catching up thousands of periods issues thousands of
//! invoices in a row. Measured in SQLite virtual-machine steps, which do not depend on the
//! machine.

use rusqlite::{Connection, StatementStatus};

use super::Store;
use super::payments::MAY_HAVE_CREDIT;
use super::tx::Identity;

fn steps(conn: &Connection, sql: &str, customer: &str) -> i32 {
    let mut stmt = conn.prepare(sql).unwrap();
    let _: bool = stmt.query_row([customer], |r| r.get(0)).unwrap();
    stmt.get_status(StatementStatus::VmStep)
}

fn add_invoices(conn: &Connection, customer: &str, count: usize) {
    let mut stmt = conn
        .prepare(
            "INSERT INTO invoices (kind, status, customer, currency, created_at)
             VALUES ('invoice', 'draft', ?1, 'EUR', '2026-01-01T00:00:00+01:00')",
        )
        .unwrap();
    for _ in 0..count {
        stmt.execute([customer]).unwrap();
    }
}

#[test]
fn asking_whether_a_customer_may_have_credit_costs_the_same_at_10_or_2000_invoices() {
    let dir = tempfile::tempdir().unwrap();
    let identity = Identity {
        actor: "tester".into(),
        command: "test".into(),
        at: "2026-01-01T00:00:00+01:00".into(),
    };
    let store = Store::create(&dir.path().join("subs.db"), identity).unwrap();
    let conn = &store.conn;
    conn.execute(
        "INSERT INTO customers (code, name, created_on) VALUES ('C', 'C', '2026-01-01')",
        [],
    )
    .unwrap();
    add_invoices(conn, "C", 10);
    let few = steps(conn, MAY_HAVE_CREDIT, "C");
    add_invoices(conn, "C", 1990);
    let many = steps(conn, MAY_HAVE_CREDIT, "C");
    assert_eq!(few, many, "the cost grows with the customer's invoices");
}
