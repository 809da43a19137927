//! The journal entries each document produces, their lettering and their numbers.
//!
//! - sales journal `VE`: an invoice debits the customer's account (`411` + code) with its
//!   total, credits the revenue account of each line (summed per account) and the VAT per
//!   rate — in `vat_on_payments` (44574) while VAT on services waits for payment, else in
//!   `vat_collected` (44571). A credit note is the same with the sides swapped; what it does
//!   not settle at once is credit held for the customer (4191).
//! - bank journal `BQ`: a payment debits the bank (512) and credits the customer's account
//!   for what it settles on its date, `customer_credit` (4191) for the rest; the VAT that
//!   payment makes due moves from 44574 to 44571 (in proportion of the invoice paid, so the
//!   invoice's whole VAT has moved once it is paid). A refund debits 4191, credits 512. A
//!   supplier bill's payment debits 401, credits 512.
//! - purchases journal `AC`: a supplier bill debits `purchases` (606) with its net and
//!   `vat_deductible` (44566) with its VAT, and credits the supplier (401).
//! - miscellaneous journal `OD`: held credit settling a later invoice debits 4191 and
//!   credits the customer's account.
//!
//! Lettering: once an invoice is settled, its 411 debit and the 411 credits that settled it
//! carry the same letter (`A`, `B`, … `Z`, `AA`, … per customer, in the order invoices were
//! settled) and the date of the settlement that completed it.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::chart::Chart;
use super::facts::{DocumentFact, Facts, Settlement};
use crate::domain::money::share;

/// The journals, in the order entries of one day are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Journal {
    Sales,
    Purchases,
    Bank,
    Misc,
}

impl Journal {
    pub fn code(self) -> &'static str {
        match self {
            Journal::Sales => "VE",
            Journal::Bank => "BQ",
            Journal::Misc => "OD",
            Journal::Purchases => "AC",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Journal::Sales => "Ventes",
            Journal::Bank => "Banque",
            Journal::Misc => "Opérations diverses",
            Journal::Purchases => "Achats",
        }
    }
}

/// A letter shared by an invoice's 411 debit and the credits that settled it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub code: String,
    pub date: NaiveDate,
}

/// One line of an entry. `amount` is a debit when positive, a credit when negative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub account: String,
    pub account_label: String,
    /// The customer or supplier of a third-party account: (code, name).
    pub aux: Option<(String, String)>,
    pub amount: i64,
    /// The invoice this line settles or records, for lettering.
    pub letters_invoice: Option<i64>,
    pub letter: Option<Letter>,
}

/// A balanced entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub journal: Journal,
    /// Its number in its journal and fiscal year, from 1 (set by [`number`]).
    pub number: u32,
    pub date: NaiveDate,
    /// The document it records (invoice number, payment id…), and that document's date.
    pub piece: String,
    pub piece_date: NaiveDate,
    pub label: String,
    pub lines: Vec<Line>,
    /// Orders entries of the same day and journal: the kind of source, then its id.
    pub rank: (u8, String),
}

impl Entry {
    pub fn balance(&self) -> i64 {
        self.lines.iter().map(|l| l.amount).sum()
    }
}

/// Letter codes: 1 → `A`, 26 → `Z`, 27 → `AA`, …
pub fn letter_code(mut n: u64) -> String {
    let mut code = Vec::new();
    while n > 0 {
        n -= 1;
        code.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    code.reverse();
    String::from_utf8(code).unwrap_or_default()
}

/// The letters of settled invoices: given (customer, invoice, date settled) for every
/// invoice settled by a cut-off date, each customer's invoices lettered in order of
/// settlement (then of id).
pub fn letters(mut settled: Vec<(String, i64, NaiveDate)>) -> HashMap<i64, Letter> {
    settled.sort_by(|a, b| (&a.0, a.2, a.1).cmp(&(&b.0, b.2, b.1)));
    let mut out = HashMap::with_capacity(settled.len());
    let mut current: Option<&str> = None;
    let mut n = 0;
    for (customer, invoice, date) in &settled {
        if current != Some(customer.as_str()) {
            current = Some(customer.as_str());
            n = 0;
        }
        n += 1;
        out.insert(
            *invoice,
            Letter {
                code: letter_code(n),
                date: *date,
            },
        );
    }
    out
}

/// Each VAT rate's tax split in (waiting for payment, collected): the part of the tax in
/// proportion of the net of the lines whose VAT waits (services, unless the company opted
/// for debits), rounded once, the rest collected.
pub fn vat_split(
    chart: &Chart,
    lines: &[(String, i64, String)],
    vat: &[(String, i64)],
) -> Vec<(String, i64, i64)> {
    vat.iter()
        .map(|(rate, tax)| {
            let (mut waiting_net, mut net) = (0i64, 0i64);
            for (item, line_net, _) in lines.iter().filter(|(_, _, r)| same_rate(r, rate)) {
                net += line_net;
                if chart.vat_waits_for_payment(&chart.revenue_account(item)) {
                    waiting_net += line_net;
                }
            }
            let waiting = if waiting_net == net {
                *tax
            } else {
                share(*tax, waiting_net, net).unwrap_or(*tax)
            };
            (rate.clone(), waiting, tax - waiting)
        })
        .collect()
}

/// The VAT of a document waiting for payment.
pub fn vat_waiting(chart: &Chart, lines: &[(String, i64, String)], vat: &[(String, i64)]) -> i64 {
    vat_split(chart, lines, vat).iter().map(|(_, w, _)| w).sum()
}

fn same_rate(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.parse::<rust_decimal::Decimal>().map(|d| d.normalize());
    match (norm(a), norm(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The VAT a settlement makes due: the invoice's waiting VAT in proportion of the money
/// paid after it, less before it (so the parts add up to the whole once it is paid).
pub fn vat_made_due(s: &Settlement) -> i64 {
    let after = share(s.paid_before + s.amount, s.vat_waiting, s.invoice_total).unwrap_or(0);
    let before = share(s.paid_before, s.vat_waiting, s.invoice_total).unwrap_or(0);
    after - before
}

struct Builder<'a> {
    chart: &'a Chart,
    lines: Vec<Line>,
}

impl Builder<'_> {
    fn add(
        &mut self,
        account: String,
        aux: Option<(&str, &str)>,
        amount: i64,
        invoice: Option<i64>,
    ) {
        if amount == 0 {
            return;
        }
        let account_label = match aux {
            Some((_, name)) if account.starts_with(&self.chart.account("customers")) => {
                name.to_string()
            }
            _ => self.chart.account_label(&account),
        };
        self.lines.push(Line {
            account,
            account_label,
            aux: aux.map(|(c, n)| (c.to_string(), n.to_string())),
            amount,
            letters_invoice: invoice,
            letter: None,
        });
    }

    fn key(&mut self, key: &str, aux: Option<(&str, &str)>, amount: i64) {
        let account = self.chart.account(key);
        self.add(account, aux, amount, None);
    }
}

/// Every entry dated from `from` through `to`, in date order, unnumbered.
pub fn derive(chart: &Chart, facts: &Facts, from: NaiveDate, to: NaiveDate) -> Vec<Entry> {
    let within = |d: NaiveDate| from <= d && d <= to;
    let mut entries = Vec::new();
    let mut push = |journal,
                    date,
                    piece: String,
                    piece_date,
                    label: String,
                    rank: (u8, String),
                    lines: Vec<Line>| {
        if !lines.is_empty() {
            entries.push(Entry {
                journal,
                number: 0,
                date,
                piece,
                piece_date,
                label,
                lines,
                rank,
            });
        }
    };
    for doc in facts.documents.iter().filter(|d| within(d.date)) {
        let lines = document_lines(chart, doc);
        let label = if doc.credit_note { "Avoir" } else { "Facture" };
        push(
            Journal::Sales,
            doc.date,
            doc.number.clone(),
            doc.date,
            format!("{label} {} {}", doc.number, doc.customer_name),
            (0, format!("{:020}", doc.id)),
            lines,
        );
    }
    for p in facts.payments.iter().filter(|p| within(p.date)) {
        let mut b = Builder {
            chart,
            lines: Vec::new(),
        };
        let aux = Some((p.customer.as_str(), p.customer_name.as_str()));
        b.key("bank", None, p.amount);
        let mut settled = 0;
        let mut due = 0;
        for s in &p.settles {
            b.add(
                chart.customer_account(&p.customer),
                aux,
                -s.amount,
                Some(s.invoice),
            );
            settled += s.amount;
            due += vat_made_due(s);
        }
        b.key("customer_credit", aux, -(p.amount - settled));
        b.key("vat_on_payments", None, due);
        b.key("vat_collected", None, -due);
        push(
            Journal::Bank,
            p.date,
            p.id.clone(),
            p.date,
            format!("Règlement {} {} {}", p.id, p.method, p.customer_name),
            (0, p.id.clone()),
            b.lines,
        );
    }
    for r in facts.refunds.iter().filter(|r| within(r.date)) {
        let mut b = Builder {
            chart,
            lines: Vec::new(),
        };
        b.key(
            "customer_credit",
            Some((&r.customer, &r.customer_name)),
            r.amount,
        );
        b.key("bank", None, -r.amount);
        push(
            Journal::Bank,
            r.date,
            r.id.clone(),
            r.date,
            format!("Remboursement {} {}", r.id, r.customer_name),
            (1, r.id.clone()),
            b.lines,
        );
    }
    for u in facts.credit_uses.iter().filter(|u| within(u.date)) {
        let mut b = Builder {
            chart,
            lines: Vec::new(),
        };
        let aux = Some((u.customer.as_str(), u.customer_name.as_str()));
        b.key("customer_credit", aux, u.settles.amount);
        b.add(
            chart.customer_account(&u.customer),
            aux,
            -u.settles.amount,
            Some(u.settles.invoice),
        );
        if u.money {
            let due = vat_made_due(&u.settles);
            b.key("vat_on_payments", None, due);
            b.key("vat_collected", None, -due);
        }
        push(
            Journal::Misc,
            u.date,
            u.source.clone(),
            u.date,
            format!("Imputation {} sur {}", u.source, u.settles.invoice_number),
            (0, format!("{:020}", u.id)),
            b.lines,
        );
    }
    for bill in &facts.bills {
        let aux = Some((bill.supplier.as_str(), bill.supplier.as_str()));
        let reference = bill.reference.clone().unwrap_or_else(|| bill.id.clone());
        if within(bill.date) {
            let mut b = Builder {
                chart,
                lines: Vec::new(),
            };
            b.key("purchases", None, bill.net_total);
            b.key("vat_deductible", None, bill.tax_total);
            b.key("suppliers", aux, -bill.grand_total);
            push(
                Journal::Purchases,
                bill.date,
                reference.clone(),
                bill.date,
                format!("Facture {} {}", reference, bill.supplier),
                (0, bill.id.clone()),
                b.lines,
            );
        }
        if let Some(paid) = bill.paid_on.filter(|d| within(*d)) {
            let mut b = Builder {
                chart,
                lines: Vec::new(),
            };
            b.key("suppliers", aux, bill.grand_total);
            b.key("bank", None, -bill.grand_total);
            push(
                Journal::Bank,
                paid,
                reference.clone(),
                bill.date,
                format!("Paiement {} {}", reference, bill.supplier),
                (2, bill.id.clone()),
                b.lines,
            );
        }
    }
    entries.sort_by(|a, b| (a.date, a.journal, &a.rank).cmp(&(b.date, b.journal, &b.rank)));
    entries
}

fn document_lines(chart: &Chart, doc: &DocumentFact) -> Vec<Line> {
    let mut b = Builder {
        chart,
        lines: Vec::new(),
    };
    let aux = Some((doc.customer.as_str(), doc.customer_name.as_str()));
    let customer = chart.customer_account(&doc.customer);
    if doc.credit_note {
        let mut settled = 0;
        for s in &doc.settles {
            b.add(customer.clone(), aux, -s.amount, Some(s.invoice));
            settled += s.amount;
        }
        b.key("customer_credit", aux, doc.grand_total + settled);
    } else {
        b.add(customer, aux, doc.grand_total, Some(doc.id));
    }
    // Revenue per account, in the order accounts first appear.
    let mut revenue: Vec<(String, i64)> = Vec::new();
    for (item, net, _) in &doc.lines {
        let account = chart.revenue_account(item);
        match revenue.iter_mut().find(|(a, _)| *a == account) {
            Some((_, sum)) => *sum += net,
            None => revenue.push((account, *net)),
        }
    }
    for (account, net) in revenue {
        b.add(account, None, -net, None);
    }
    for (_, waiting, collected) in vat_split(chart, &doc.lines, &doc.vat) {
        b.key("vat_on_payments", None, -waiting);
        b.key("vat_collected", None, -collected);
    }
    b.lines
}

/// Numbers entries per journal, from 1, in the order given (date order), restarting at
/// each fiscal year (`year_of` gives an entry date's fiscal year).
pub fn number(entries: &mut [Entry], year_of: impl Fn(NaiveDate) -> i32) {
    let mut counters: HashMap<(i32, Journal), u32> = HashMap::new();
    for entry in entries {
        let n = counters
            .entry((year_of(entry.date), entry.journal))
            .or_insert(0);
        *n += 1;
        entry.number = *n;
    }
}

/// Puts the letters on the lines of settled invoices.
pub fn apply_letters(entries: &mut [Entry], letters: &HashMap<i64, Letter>) {
    for line in entries.iter_mut().flat_map(|e| e.lines.iter_mut()) {
        if let Some(invoice) = line.letters_invoice {
            line.letter = letters.get(&invoice).cloned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::accounting::facts::PaymentFact;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, d).unwrap()
    }

    fn invoice(id: i64, total: i64) -> DocumentFact {
        DocumentFact {
            id,
            credit_note: false,
            number: format!("INV-{id}"),
            customer: "C1".into(),
            customer_name: "Client One".into(),
            date: day(1),
            grand_total: total,
            lines: vec![("DESK".into(), total * 100 / 120, "20".into())],
            vat: vec![("20".into(), total - total * 100 / 120)],
            settles: vec![],
        }
    }

    #[test]
    fn an_invoice_debits_the_customer_and_credits_revenue_and_vat_waiting_for_payment() {
        let chart = Chart::default();
        let facts = Facts {
            documents: vec![invoice(1, 12000)],
            ..Facts::default()
        };
        let entries = derive(&chart, &facts, day(1), day(31));
        let lines: Vec<_> = entries[0]
            .lines
            .iter()
            .map(|l| (l.account.as_str(), l.amount))
            .collect();
        assert_eq!(lines, [("411C1", 12000), ("706", -10000), ("44574", -2000)]);
    }

    #[test]
    fn payments_move_the_vat_they_make_due_and_the_parts_add_up_to_the_whole() {
        let chart = Chart::default();
        let settle = |amount, paid_before| Settlement {
            invoice: 1,
            invoice_number: "INV-1".into(),
            invoice_total: 10001,
            amount,
            paid_before,
            vat_waiting: 1667,
        };
        let parts = [settle(3333, 0), settle(3333, 3333), settle(3335, 6666)];
        assert_eq!(parts.iter().map(vat_made_due).sum::<i64>(), 1667);
        let facts = Facts {
            payments: vec![PaymentFact {
                id: "PAY-1".into(),
                customer: "C1".into(),
                customer_name: "Client One".into(),
                date: day(2),
                amount: 5000,
                method: "transfer".into(),
                settles: vec![settle(3333, 0)],
            }],
            ..Facts::default()
        };
        let entry = &derive(&chart, &facts, day(1), day(31))[0];
        assert_eq!(entry.balance(), 0);
        let lines: Vec<_> = entry
            .lines
            .iter()
            .map(|l| (l.account.as_str(), l.amount))
            .collect();
        assert_eq!(
            lines,
            [
                ("512", 5000),
                ("411C1", -3333),
                ("4191", -1667),
                ("44574", 556),
                ("44571", -556)
            ]
        );
    }

    #[test]
    fn letters_count_per_customer_in_order_of_settlement() {
        let letters = letters(vec![
            ("C2".into(), 9, day(3)),
            ("C1".into(), 5, day(4)),
            ("C1".into(), 7, day(2)),
        ]);
        assert_eq!(letters[&7].code, "A");
        assert_eq!(letters[&5].code, "B");
        assert_eq!(letters[&9].code, "A");
        assert_eq!(letter_code(27), "AA");
        assert_eq!(letter_code(26 * 27 + 1), "AAA");
    }

    #[test]
    fn entries_are_numbered_per_journal_and_fiscal_year() {
        let chart = Chart::default();
        let facts = Facts {
            documents: vec![invoice(1, 12000), invoice(2, 2400)],
            ..Facts::default()
        };
        let mut entries = derive(&chart, &facts, day(1), day(31));
        number(&mut entries, |d| chrono::Datelike::year(&d));
        assert_eq!(entries.iter().map(|e| e.number).collect::<Vec<_>>(), [1, 2]);
    }
}
