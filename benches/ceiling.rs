//! The ceiling `tick` is measured against: the least work that writes the same rows — one
//! issued invoice (numbered, dated, parties frozen), its two lines and its VAT row per
//! subscription — into the same schema (its triggers make an invoice take its lines
//! before it is marked issued), with prepared statements in a single transaction. `scripts/bench.sh` runs it on a copy of
//! the database `subs demo --scale N --no-tick` made, and compares whole-process times.
//!
//! Usage: `cargo bench --bench ceiling -- DB N`

use std::time::Instant;

use rusqlite::{Connection, params};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (Some(db), Some(count)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<i64>().ok()),
    ) else {
        eprintln!("usage: ceiling DB N");
        std::process::exit(2);
    };
    let started = Instant::now();
    let mut conn = Connection::open(db).expect("open database");
    conn.pragma_update(None, "journal_mode", "wal")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "NORMAL")
        .expect("synchronous");
    conn.pragma_update(None, "foreign_keys", true)
        .expect("foreign keys");
    let tx = conn.transaction().expect("transaction");
    {
        let mut invoice = tx
            .prepare(
                "INSERT INTO invoices (kind, status, number, series, seq, customer, subscription, issue_date,
                     due_date, period_start, period_end, currency, net_total, tax_total, grand_total,
                     days_until_due, due_from, customer_name, customer_kind, seller_name, seller_address,
                     seller_siren, seller_vat_id, created_at)
                 VALUES ('invoice', 'draft', ?1, 'INV-2026-{#}', ?2, ?3, ?4, '2026-01-01', '2026-01-31',
                     '2026-01-01', '2026-01-31', 'EUR', 32500, 6500, 39000, 30, '2026-01-01', ?5, 'business',
                     'Coworking Lumière (demo)', '12 rue de la République, 69002 Lyon', '123456789',
                     'FR40123456789', '2026-01-01T00:00:00+01:00')
                 RETURNING id",
            )
            .expect("prepare invoice");
        let mut line = tx
            .prepare(
                "INSERT INTO invoice_lines (invoice, position, item, description, qty, uom, rate, factor,
                     days, period_days, unrounded, net, vat_rate, period_start, period_end, price_source)
                 VALUES (?1, ?2, ?3, ?3, '1', 'month', ?4, '1', 31, 31, ?4, ?5, '20', '2026-01-01',
                     '2026-01-31', 'price list Standard')",
            )
            .expect("prepare line");
        let mut vat = tx
            .prepare(
                "INSERT INTO invoice_vat (invoice, rate, base, tax) VALUES (?1, '20', 32500, 6500)",
            )
            .expect("prepare vat");
        // An issued document records the audit chain's head (this program writes no entry,
        // so the head stays the one it found).
        let (head, length): (String, i64) = tx
            .query_row(
                "SELECT hash, id FROM audit_log ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("chain head");
        let mut issue = tx
            .prepare(
                "UPDATE invoices SET status = 'issued', chain_head = ?2, chain_length = ?3 WHERE id = ?1",
            )
            .expect("prepare issue");
        for n in 1..=count {
            let customer = format!("M{n:07}");
            let subscription = format!("SUB-{n:04}");
            let number = format!("INV-2026-{n:05}");
            let name = format!("Member {n}");
            let id: i64 = invoice
                .query_row(params![number, n, customer, subscription, name], |r| {
                    r.get(0)
                })
                .expect("invoice");
            line.execute(params![id, 1, "DESK", "310.00", 31000])
                .expect("line");
            line.execute(params![id, 2, "MEMBER", "15.00", 1500])
                .expect("line");
            vat.execute([id]).expect("vat");
            issue.execute(params![id, head, length]).expect("issue");
        }
    }
    tx.commit().expect("commit");
    eprintln!(
        "ceiling: {count} invoices in {:.3} s",
        started.elapsed().as_secs_f64()
    );
}
