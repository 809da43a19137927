//! Reconciliation: deciding which open invoices an incoming bank line pays (DESIGN §8).
//!
//! [`match_line`] tries three rules in order and says which one matched, so that every
//! automatic booking can be explained later. Only money in (amount > 0) is ever matched;
//! invoices whose outstanding is not positive are not open and are ignored.
//!
//! 1. [`MatchRule::InvoiceNumber`]: invoice numbers of open invoices appear in the label or
//!    the reference. The amount goes to them in order of appearance, each up to its
//!    outstanding; what is left is `unallocated` (an overpayment the caller keeps as
//!    customer credit). If the numbers belong to different customers nobody can tell who
//!    paid what, so there is no match — and the later rules are not tried either, since the
//!    line plainly names invoices and a person must decide.
//! 2. [`MatchRule::PaymentReference`]: a payment reference of an open invoice (a payment
//!    request's token, say) appears in the label or the reference; allocated the same way.
//! 3. [`MatchRule::AmountAndPayer`]: exactly one customer is recognised as the payer (its
//!    code or one of its names appears in the label or counterparty as whole words, ignoring
//!    case and accents) and that customer has exactly one open invoice whose outstanding
//!    equals the amount. Names shorter than three letters are not looked for: they would
//!    be found in too many labels.
//!
//! A number or reference is found as a whole token, ignoring ASCII case: `INV-2026-00003`
//! is found in `FACT.INV-2026-00003/INV-2026-00004` but not in `INV-2026-000031` nor in
//! `XINV-2026-00003`; a hyphen or underscore followed by a letter or digit continues a
//! code, so `INV-2026-00003-2` does not name `INV-2026-00003`.

use super::lines::BankLine;

/// An issued invoice that still has money to receive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInvoice {
    pub id: i64,
    pub number: String,
    /// The customer's code.
    pub customer: String,
    /// Minor units still due.
    pub outstanding: i64,
    /// Tokens a payer may quote instead of the number (payment-request tokens).
    pub payment_references: Vec<String>,
    /// ISO 4217: the invoice is owed in this currency.
    pub currency: String,
}

/// How to recognise a customer as the payer of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payer {
    /// The customer's code, also looked for in the text.
    pub customer: String,
    /// The customer's name and the counterparty names already seen paying for it.
    pub names: Vec<String>,
}

/// Which rule produced a match; stored with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchRule {
    InvoiceNumber,
    PaymentReference,
    AmountAndPayer,
}

impl MatchRule {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchRule::InvoiceNumber => "invoice_number",
            MatchRule::PaymentReference => "payment_reference",
            MatchRule::AmountAndPayer => "amount_and_payer",
        }
    }
}

/// Part of a line's amount booked against one invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allocation {
    pub invoice_id: i64,
    pub amount: i64,
}

/// What a line pays: allocations never exceed an invoice's outstanding, and
/// allocations plus `unallocated` always add up to the line's amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineMatch {
    pub customer: String,
    pub allocations: Vec<Allocation>,
    pub unallocated: i64,
    pub rule: MatchRule,
}

/// What reconciliation does with one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Match(LineMatch),
    /// Left for a person; with the reason when a rule found invoices it may not pay.
    Left(Option<String>),
}

/// [`match_line`] for a line in `currency` (the statement's, else the account's): a line
/// that would pay invoices owed in another currency is left for a person, with the reason
/// — money never settles a document in another currency (DESIGN §1).
pub fn decide(line: &BankLine, currency: &str, open: &[OpenInvoice], payers: &[Payer]) -> Decision {
    let Some(found) = match_line(line, open, payers) else {
        return Decision::Left(None);
    };
    let foreign: Vec<&OpenInvoice> = found
        .allocations
        .iter()
        .filter_map(|a| open.iter().find(|o| o.id == a.invoice_id))
        .filter(|o| o.currency != currency)
        .collect();
    match foreign.first() {
        None => Decision::Match(found),
        Some(first) => {
            let numbers: Vec<&str> = foreign.iter().map(|o| o.number.as_str()).collect();
            Decision::Left(Some(format!(
                "the line is in {currency} and {} is owed in {}; money settles only documents in its own currency",
                numbers.join(", "),
                first.currency
            )))
        }
    }
}

/// Decides what an incoming line pays, or `None` when it is for a person to match.
pub fn match_line(line: &BankLine, open: &[OpenInvoice], payers: &[Payer]) -> Option<LineMatch> {
    if line.amount <= 0 {
        return None;
    }
    let open: Vec<&OpenInvoice> = open.iter().filter(|i| i.outstanding > 0).collect();
    let text =
        format!("{} {}", line.label, line.reference.as_deref().unwrap_or("")).to_ascii_lowercase();
    let by_number = mentioned(&text, &open, |i| vec![i.number.as_str()]);
    if !by_number.is_empty() {
        return allocate(line.amount, &by_number, MatchRule::InvoiceNumber);
    }
    let by_reference = mentioned(&text, &open, |i| {
        i.payment_references.iter().map(String::as_str).collect()
    });
    if !by_reference.is_empty() {
        return allocate(line.amount, &by_reference, MatchRule::PaymentReference);
    }
    amount_and_payer(line, &open, payers)
}

/// The invoices one of whose `keys` appears in `text`, in order of first appearance.
fn mentioned<'a>(
    text: &str,
    open: &[&'a OpenInvoice],
    keys: impl Fn(&OpenInvoice) -> Vec<&str>,
) -> Vec<&'a OpenInvoice> {
    let mut found: Vec<(usize, &OpenInvoice)> = open
        .iter()
        .filter_map(|invoice| {
            keys(invoice)
                .into_iter()
                .filter_map(|key| find_token(text, &key.to_ascii_lowercase()))
                .min()
                .map(|at| (at, *invoice))
        })
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, invoice)| invoice).collect()
}

/// Where `token` first appears in `text` as a whole token (both already lowercased).
fn find_token(text: &str, token: &str) -> Option<usize> {
    let token = token.trim();
    if token.is_empty() {
        return None;
    }
    text.match_indices(token).map(|(at, _)| at).find(|&at| {
        let mut before = text[..at].chars().rev();
        let mut after = text[at + token.len()..].chars();
        !glued(before.next(), before.next()) && !glued(after.next(), after.next())
    })
}

/// Whether the character next to a match (`next`, then `beyond` it) continues the token.
fn glued(next: Option<char>, beyond: Option<char>) -> bool {
    match next {
        Some(c) if c.is_alphanumeric() => true,
        Some('-' | '_') => beyond.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// Spreads `amount` over `invoices` in order, each up to its outstanding.
fn allocate(amount: i64, invoices: &[&OpenInvoice], rule: MatchRule) -> Option<LineMatch> {
    let customer = &invoices.first()?.customer;
    if invoices.iter().any(|i| &i.customer != customer) {
        return None;
    }
    let mut left = amount;
    let mut allocations = Vec::new();
    for invoice in invoices {
        let share = left.min(invoice.outstanding);
        if share > 0 {
            allocations.push(Allocation {
                invoice_id: invoice.id,
                amount: share,
            });
            left -= share;
        }
    }
    Some(LineMatch {
        customer: customer.clone(),
        allocations,
        unallocated: left,
        rule,
    })
}

/// Rule 3: one recognised payer with exactly one open invoice of exactly this amount.
fn amount_and_payer(line: &BankLine, open: &[&OpenInvoice], payers: &[Payer]) -> Option<LineMatch> {
    let words = words_of(&format!(
        "{} {}",
        line.label,
        line.counterparty.as_deref().unwrap_or("")
    ));
    let mut recognised: Vec<&str> = payers
        .iter()
        .filter(|payer| {
            std::iter::once(&payer.customer)
                .chain(&payer.names)
                .any(|name| names_in(&words, name))
        })
        .map(|payer| payer.customer.as_str())
        .collect();
    recognised.sort_unstable();
    recognised.dedup();
    let [customer] = recognised.as_slice() else {
        return None;
    };
    let candidates: Vec<&&OpenInvoice> = open
        .iter()
        .filter(|i| i.customer == *customer && i.outstanding == line.amount)
        .collect();
    let [invoice] = candidates.as_slice() else {
        return None;
    };
    Some(LineMatch {
        customer: customer.to_string(),
        allocations: vec![Allocation {
            invoice_id: invoice.id,
            amount: line.amount,
        }],
        unallocated: 0,
        rule: MatchRule::AmountAndPayer,
    })
}

/// Whether the words of `name` appear one after the other among `words`.
fn names_in(words: &[String], name: &str) -> bool {
    let name = words_of(name);
    let letters: usize = name.iter().map(|w| w.chars().count()).sum();
    letters >= 3
        && words
            .windows(name.len())
            .any(|window| window == name.as_slice())
}

/// Lowercase words without accents: `Société Générale` → `["societe", "generale"]`.
fn words_of(text: &str) -> Vec<String> {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match fold_accent(c) {
            Some(plain) => folded.push_str(plain),
            None if c.is_alphanumeric() => folded.push(c),
            None => folded.push(' '),
        }
    }
    folded.split_whitespace().map(str::to_string).collect()
}

/// The plain letters of the accented lowercase letters French and its neighbours use.
fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn line(amount: i64, label: &str) -> BankLine {
        BankLine {
            date: NaiveDate::from_ymd_opt(2026, 2, 5).unwrap(),
            amount,
            currency: None,
            label: label.to_string(),
            reference: None,
            counterparty: None,
            fingerprint: String::new(),
        }
    }

    fn invoice(id: i64, number: &str, customer: &str, outstanding: i64) -> OpenInvoice {
        OpenInvoice {
            id,
            number: number.to_string(),
            customer: customer.to_string(),
            outstanding,
            payment_references: Vec::new(),
            currency: "EUR".into(),
        }
    }

    fn payer(customer: &str, names: &[&str]) -> Payer {
        Payer {
            customer: customer.to_string(),
            names: names.iter().map(|n| n.to_string()).collect(),
        }
    }

    fn open() -> Vec<OpenInvoice> {
        vec![
            invoice(2, "INV-2026-00002", "UN", 10000),
            invoice(3, "INV-2026-00003", "ACME", 50000),
            invoice(4, "INV-2026-00004", "ACME", 60000),
            invoice(5, "INV-2026-00005", "DEUX", 4500),
        ]
    }

    fn alloc(invoice_id: i64, amount: i64) -> Allocation {
        Allocation { invoice_id, amount }
    }

    #[test]
    fn an_invoice_number_in_the_label_pays_that_invoice() {
        let found = match_line(
            &line(10000, "VIR SEPA CLIENT UN REF INV-2026-00002"),
            &open(),
            &[],
        );
        assert_eq!(
            found,
            Some(LineMatch {
                customer: "UN".into(),
                allocations: vec![alloc(2, 10000)],
                unallocated: 0,
                rule: MatchRule::InvoiceNumber,
            })
        );
    }

    #[test]
    fn an_invoice_number_in_the_reference_counts_and_case_is_ignored() {
        let mut paid = line(10000, "VIR SEPA");
        paid.reference = Some("inv-2026-00002".into());
        let found = match_line(&paid, &open(), &[]).unwrap();
        assert_eq!(found.allocations, vec![alloc(2, 10000)]);
        assert_eq!(found.rule.as_str(), "invoice_number");
    }

    #[test]
    fn several_numbers_are_paid_in_order_of_appearance_and_the_rest_is_overpayment() {
        let found = match_line(
            &line(
                125050,
                "VIR INST ACME SARL FACTURE INV-2026-00004 ET INV-2026-00003",
            ),
            &open(),
            &[],
        )
        .unwrap();
        assert_eq!(found.customer, "ACME");
        assert_eq!(found.allocations, vec![alloc(4, 60000), alloc(3, 50000)]);
        assert_eq!(found.unallocated, 15050);
    }

    #[test]
    fn an_underpayment_fills_the_first_invoice_named_first() {
        let found = match_line(
            &line(55000, "FACTURES INV-2026-00003/INV-2026-00004"),
            &open(),
            &[],
        )
        .unwrap();
        assert_eq!(found.allocations, vec![alloc(3, 50000), alloc(4, 5000)]);
        assert_eq!(found.unallocated, 0);
    }

    #[test]
    fn invoices_of_two_customers_in_one_label_match_nothing() {
        let label = "INV-2026-00002 INV-2026-00005 CLIENT UN";
        let payers = [payer("UN", &["Client Un"])];
        assert_eq!(match_line(&line(10000, label), &open(), &payers), None);
    }

    #[test]
    fn a_number_glued_to_more_characters_is_not_found() {
        for label in [
            "INV-2026-000021",
            "XINV-2026-00002",
            "INV-2026-00002-2",
            "INV-2026-00002_B",
        ] {
            assert_eq!(
                match_line(&line(10000, label), &open(), &[]),
                None,
                "{label}"
            );
        }
        assert!(match_line(&line(10000, "(INV-2026-00002)."), &open(), &[]).is_some());
    }

    #[test]
    fn a_payment_reference_pays_its_invoice() {
        let mut invoices = open();
        invoices[3].payment_references = vec!["pr_7Hq2Xk".into()];
        let found = match_line(&line(4500, "VIR STRIPE PR_7HQ2XK"), &invoices, &[]).unwrap();
        assert_eq!(found.rule, MatchRule::PaymentReference);
        assert_eq!(found.customer, "DEUX");
        assert_eq!(found.allocations, vec![alloc(5, 4500)]);
    }

    #[test]
    fn the_payer_and_the_exact_amount_pay_the_one_invoice_of_that_amount() {
        let mut paid = line(4500, "REMISE VIREMENT");
        paid.counterparty = Some("SOCIETE GENERALE DES ECOLES".into());
        let payers = [
            payer("UN", &["Client Un"]),
            payer("DEUX", &["Société Générale des Écoles"]),
        ];
        let found = match_line(&paid, &open(), &payers).unwrap();
        assert_eq!(found.rule, MatchRule::AmountAndPayer);
        assert_eq!(found.allocations, vec![alloc(5, 4500)]);
        assert_eq!(found.unallocated, 0);
    }

    #[test]
    fn the_customer_code_identifies_the_payer_as_a_whole_word() {
        let payers = [payer("DEUX", &[])];
        assert!(match_line(&line(4500, "VIR DEUX FEVRIER"), &open(), &payers).is_some());
        assert_eq!(
            match_line(&line(4500, "VIR DEUXIEME"), &open(), &payers),
            None
        );
    }

    #[test]
    fn two_open_invoices_of_the_same_amount_match_nothing() {
        let mut invoices = open();
        invoices.push(invoice(6, "INV-2026-00006", "DEUX", 4500));
        let payers = [payer("DEUX", &["Les Deux"])];
        assert_eq!(
            match_line(&line(4500, "VIR LES DEUX"), &invoices, &payers),
            None
        );
    }

    #[test]
    fn a_recognised_payer_without_an_invoice_of_that_amount_matches_nothing() {
        let payers = [payer("DEUX", &["Les Deux"])];
        assert_eq!(
            match_line(&line(4501, "VIR LES DEUX"), &open(), &payers),
            None
        );
    }

    #[test]
    fn two_recognised_payers_match_nothing() {
        let payers = [payer("ACME", &["ACME"]), payer("DEUX", &["ACME SARL"])];
        assert_eq!(
            match_line(&line(4500, "VIR ACME SARL"), &open(), &payers),
            None
        );
    }

    #[test]
    fn names_shorter_than_three_letters_are_not_looked_for() {
        let payers = [payer("DEUX", &["SA"])];
        assert_eq!(match_line(&line(4500, "VIR SA"), &open(), &payers), None);
    }

    #[test]
    fn money_out_is_never_matched() {
        let payers = [payer("UN", &["Client Un"])];
        assert_eq!(
            match_line(&line(-10000, "INV-2026-00002 CLIENT UN"), &open(), &payers),
            None
        );
    }

    #[test]
    fn an_invoice_with_nothing_outstanding_is_not_open() {
        let invoices = [invoice(2, "INV-2026-00002", "UN", 0)];
        assert_eq!(
            match_line(&line(10000, "INV-2026-00002"), &invoices, &[]),
            None
        );
    }

    fn scenario() -> impl Strategy<Value = (Vec<OpenInvoice>, BankLine, Vec<Payer>)> {
        let invoices = prop::collection::vec((0..3usize, 1..100_000i64), 1..6);
        let named = prop::collection::vec(0..6usize, 0..4);
        (invoices, named, 1..300_000i64, prop::option::of(0..3usize)).prop_map(
            |(invoices, named, amount, counterparty)| {
                let open: Vec<OpenInvoice> = invoices
                    .into_iter()
                    .enumerate()
                    .map(|(i, (c, outstanding))| {
                        invoice(
                            i as i64,
                            &format!("INV-{i:05}"),
                            &format!("C{c}"),
                            outstanding,
                        )
                    })
                    .collect();
                let label: Vec<String> = named.iter().map(|i| format!("INV-{i:05}")).collect();
                let mut bank = line(amount, &label.join(" "));
                bank.counterparty = counterparty.map(|c| format!("Client {c}"));
                let payers = (0..3)
                    .map(|c| payer(&format!("C{c}"), &[&format!("Client {c}")]))
                    .collect();
                (open, bank, payers)
            },
        )
    }

    proptest! {
        #[test]
        fn allocations_add_up_and_never_exceed_what_is_outstanding((open, bank, payers) in scenario()) {
            if let Some(found) = match_line(&bank, &open, &payers) {
                let allocated: i64 = found.allocations.iter().map(|a| a.amount).sum();
                prop_assert_eq!(allocated + found.unallocated, bank.amount);
                prop_assert!(found.unallocated >= 0);
                let mut ids: Vec<i64> = found.allocations.iter().map(|a| a.invoice_id).collect();
                ids.sort_unstable();
                ids.dedup();
                prop_assert_eq!(ids.len(), found.allocations.len());
                for allocation in &found.allocations {
                    let invoice = open.iter().find(|i| i.id == allocation.invoice_id).unwrap();
                    prop_assert!(allocation.amount > 0);
                    prop_assert!(allocation.amount <= invoice.outstanding);
                    prop_assert_eq!(&invoice.customer, &found.customer);
                }
            }
        }
    }

    #[test]
    fn a_line_in_another_currency_than_the_invoice_it_quotes_is_left_with_the_reason() {
        let mut usd = line(10000, "VIR PAYMENT INV-2026-00002");
        usd.currency = Some("USD".into());
        assert_eq!(
            decide(&usd, "USD", &open(), &[]),
            Decision::Left(Some(
                "the line is in USD and INV-2026-00002 is owed in EUR; money settles only \
                 documents in its own currency"
                    .into()
            ))
        );
        assert!(matches!(
            decide(&line(10000, "VIR INV-2026-00002"), "EUR", &open(), &[]),
            Decision::Match(_)
        ));
        assert_eq!(
            decide(&line(10000, "VIR SANS REFERENCE"), "EUR", &open(), &[]),
            Decision::Left(None)
        );
    }

    #[test]
    fn a_payer_paying_the_right_amount_in_another_currency_is_left_with_the_reason() {
        let payers = [payer("DEUX", &["Dupont et fils"])];
        let decision = decide(&line(4500, "VIR DUPONT ET FILS"), "GBP", &open(), &payers);
        assert!(
            matches!(&decision, Decision::Left(Some(reason)) if reason.contains("INV-2026-00005 is owed in EUR")),
            "{decision:?}"
        );
    }
}
