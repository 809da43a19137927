//! Laying an invoice page out on A4 sheets: what goes where, as a list of drawing
//! operations per sheet, before anything is drawn.
//!
//! Lengths are integer tenths of a point (A4 is 5953 × 8419), the origin at the top left,
//! y going down, a text's y its baseline: positions are exact and the same on every
//! machine. Blocks flow down the sheet and a new sheet starts when the next block does
//! not fit; the lines table repeats its header on every sheet it runs on, and every sheet
//! gets the seller's name and its number of the sheets at its foot.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::einvoice::{MeansKind, Operation, PaymentMeans, ServicePeriod};
use crate::domain::messages::{Catalogue, fill};

use super::fonts::{Face, Fonts};
use super::page::{InvoicePage, PartyBlock};

pub const PAGE_WIDTH: i32 = 5953;
pub const PAGE_HEIGHT: i32 = 8419;
const LEFT: i32 = 500;
const RIGHT: i32 = PAGE_WIDTH - 500;
/// The first baseline of a sheet.
const TOP: i32 = 750;
/// Content ends above this; the foot is below.
const BOTTOM: i32 = PAGE_HEIGHT - 800;
const FOOT: i32 = PAGE_HEIGHT - 450;

// Font sizes, tenths of a point.
const TITLE: i32 = 180;
const NAME: i32 = 105;
const BODY: i32 = 90;
const TABLE: i32 = 85;
const SMALL: i32 = 75;
/// Baseline to baseline, for each size.
const fn lead(size: i32) -> i32 {
    size * 4 / 3
}

/// Where the buyer's block starts.
const BUYER_X: i32 = 3200;
/// The lines table: the description's column, then the right (or left) edges of the
/// others.
const DESCRIPTION_X: i32 = LEFT + 40;
const DESCRIPTION_WIDTH: i32 = 2060;
const QUANTITY_RIGHT: i32 = 3060;
const UNIT_X: i32 = 3120;
const UNIT_WIDTH: i32 = 520;
const PRICE_RIGHT: i32 = 4290;
const VAT_RIGHT: i32 = 4760;
const NET_RIGHT: i32 = RIGHT - 40;
/// A table cell's padding above its first baseline and below its last.
const CELL_TOP: i32 = 120;
const CELL_BOTTOM: i32 = 60;
/// The most lines a description is printed on.
const MAX_DESCRIPTION_LINES: usize = 30;

/// A drawing operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    Text {
        x: i32,
        y: i32,
        size: i32,
        bold: bool,
        grey: bool,
        right_aligned: bool,
        text: String,
    },
    /// A horizontal rule.
    Rule {
        x0: i32,
        x1: i32,
        y: i32,
        width: i32,
    },
    /// A light band behind a table's header.
    Band { x: i32, y: i32, w: i32, h: i32 },
}

/// The sheets of `page`, each a list of operations.
pub(super) fn sheets(page: &InvoicePage, fonts: &Fonts) -> Vec<Vec<Op>> {
    let t = page.messages;
    let title = if page.credit_note {
        t.credit_note
    } else {
        t.invoice
    };
    let heading = fill(
        t.number_heading,
        &[("title", title), ("number", &page.number)],
    );
    let mut flow = Flow {
        fonts,
        sheets: vec![Vec::new()],
        y: TOP,
        continued: format!("{heading} {}", t.continued),
        table_header: None,
    };
    parties(&mut flow, page);
    flow.y += 150;
    flow.text(LEFT, flow.y, TITLE, Style::BOLD, &heading);
    flow.y += lead(TITLE) - 40;
    if page.draft {
        flow.text(LEFT, flow.y, BODY, Style::BOLD, t.draft_notice);
        flow.y += lead(BODY);
    }
    for line in dates(page) {
        flow.paragraph(LEFT, RIGHT - LEFT, BODY, Style::REGULAR, &line);
    }
    flow.y += 120;
    lines_table(&mut flow, page);
    summary(&mut flow, page);
    payment(&mut flow, page);
    mentions(&mut flow, page);
    flow.finish(&page.seller.name, t)
}

#[derive(Clone, Copy)]
struct Style {
    bold: bool,
    grey: bool,
    right_aligned: bool,
}

impl Style {
    const REGULAR: Style = Style {
        bold: false,
        grey: false,
        right_aligned: false,
    };
    const BOLD: Style = Style {
        bold: true,
        ..Style::REGULAR
    };
    const GREY: Style = Style {
        grey: true,
        ..Style::REGULAR
    };
    const RIGHT: Style = Style {
        right_aligned: true,
        ..Style::REGULAR
    };
    const BOLD_RIGHT: Style = Style {
        bold: true,
        right_aligned: true,
        ..Style::REGULAR
    };
}

/// The sheets so far and where the next block goes.
struct Flow<'f> {
    fonts: &'f Fonts,
    sheets: Vec<Vec<Op>>,
    /// The next baseline on the current sheet.
    y: i32,
    /// The heading of every sheet after the first.
    continued: String,
    /// While the lines table runs: its header, repeated on a new sheet.
    table_header: Option<Vec<(Vec<String>, i32, bool)>>,
}

impl Flow<'_> {
    fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.fonts.bold
        } else {
            &self.fonts.regular
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(sheet) = self.sheets.last_mut() {
            sheet.push(op);
        }
    }

    fn text(&mut self, x: i32, y: i32, size: i32, style: Style, text: &str) {
        if text.is_empty() {
            return;
        }
        self.push(Op::Text {
            x,
            y,
            size,
            bold: style.bold,
            grey: style.grey,
            right_aligned: style.right_aligned,
            text: text.to_string(),
        });
    }

    fn rule(&mut self, x0: i32, x1: i32, y: i32, width: i32) {
        self.push(Op::Rule { x0, x1, y, width });
    }

    /// `text` wrapped to `width`, starting at the current baseline; the flow moves on.
    fn paragraph(&mut self, x: i32, width: i32, size: i32, style: Style, text: &str) {
        let lines = wrap(self.face(style.bold), text, size, width);
        self.room(lead(size) * i32::try_from(lines.len()).unwrap_or(1));
        for line in lines {
            self.text(x, self.y, size, style, &line);
            self.y += lead(size);
        }
    }

    /// Starts a new sheet unless `height` more fits on this one (or this one is still
    /// empty below its heading: a block taller than a sheet is drawn, not looped on).
    fn room(&mut self, height: i32) {
        if self.y + height <= BOTTOM || self.y <= self.content_top() {
            return;
        }
        self.sheets.push(Vec::new());
        self.y = TOP;
        let continued = self.continued.clone();
        self.text(LEFT, self.y, BODY, Style::BOLD, &continued);
        self.y += lead(BODY) + 100;
        if let Some(header) = self.table_header.clone() {
            self.draw_table_header(&header);
        }
    }

    /// Where content starts on a sheet after the first.
    fn content_top(&self) -> i32 {
        if self.sheets.len() == 1 {
            return TOP;
        }
        let header = self
            .table_header
            .as_ref()
            .map_or(0, |h| table_header_height(h));
        TOP + lead(BODY) + 100 + header
    }

    fn draw_table_header(&mut self, header: &[(Vec<String>, i32, bool)]) {
        let height = table_header_height(header);
        let top = self.y;
        self.push(Op::Band {
            x: LEFT,
            y: top,
            w: RIGHT - LEFT,
            h: height,
        });
        for (lines, x, right) in header {
            let style = if *right {
                Style::BOLD_RIGHT
            } else {
                Style::BOLD
            };
            let mut y = top + CELL_TOP;
            for line in lines {
                self.text(*x, y, TABLE - 5, style, line);
                y += lead(TABLE - 5);
            }
        }
        self.y = top + height;
    }

    /// Puts the foot on every sheet, now that their number is known.
    fn finish(mut self, seller: &str, t: &Catalogue) -> Vec<Vec<Op>> {
        let count = self.sheets.len().to_string();
        for (i, sheet) in self.sheets.iter_mut().enumerate() {
            let number = fill(
                t.page_number,
                &[("page", &(i + 1).to_string()), ("pages", &count)],
            );
            sheet.push(Op::Rule {
                x0: LEFT,
                x1: RIGHT,
                y: FOOT - 140,
                width: 3,
            });
            for (x, right_aligned, text) in [(LEFT, false, seller), (RIGHT, true, &number)] {
                sheet.push(Op::Text {
                    x,
                    y: FOOT,
                    size: SMALL,
                    bold: false,
                    grey: true,
                    right_aligned,
                    text: text.to_string(),
                });
            }
        }
        self.sheets
    }
}

fn table_header_height(header: &[(Vec<String>, i32, bool)]) -> i32 {
    let lines = header.iter().map(|(l, _, _)| l.len()).max().unwrap_or(1);
    CELL_TOP + lead(TABLE - 5) * (i32::try_from(lines).unwrap_or(1) - 1) + CELL_BOTTOM + 20
}

/// `text` as lines no wider than `width`: broken at spaces (never at a no-break space),
/// a word wider than a line broken where it must; `\n` starts a new line.
pub fn wrap(face: &Face, text: &str, size: i32, width: i32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph
            .split(|c: char| c == ' ' || c.is_control())
            .filter(|w| !w.is_empty())
        {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if face.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                line.push(c);
                if line.chars().count() > 1 && face.width(&line, size) > width {
                    line.pop();
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// The lines of a party's block, labelled.
fn party_lines(t: &Catalogue, p: &PartyBlock, code: Option<&str>) -> Vec<String> {
    let mut lines = p.address.clone();
    let labelled = [
        (t.siren, "siren", p.siren.as_deref()),
        (t.siret, "siret", p.siret.as_deref()),
        (t.vat_id, "vat_id", p.vat_id.as_deref()),
        (t.customer_code, "code", code),
    ];
    for (message, name, value) in labelled {
        if let Some(value) = value {
            lines.push(fill(message, &[(name, value)]));
        }
    }
    lines.extend(p.legal_info.clone());
    lines
}

fn parties(flow: &mut Flow, page: &InvoicePage) {
    let t = page.messages;
    let top = flow.y;
    let mut bottom = top;
    let blocks = [
        (LEFT, t.seller_heading, &page.seller, None),
        (
            BUYER_X,
            t.buyer_heading,
            &page.buyer,
            page.customer_code.as_deref(),
        ),
    ];
    for (x, heading, party, code) in blocks {
        let width = if x == LEFT {
            BUYER_X - LEFT - 200
        } else {
            RIGHT - x
        };
        let mut y = top;
        flow.text(x, y, SMALL, Style::GREY, &heading.to_uppercase());
        y += lead(SMALL) + 40;
        for line in wrap(flow.face(true), &party.name, NAME, width) {
            flow.text(x, y, NAME, Style::BOLD, &line);
            y += lead(NAME);
        }
        for text in party_lines(t, party, code) {
            for line in wrap(flow.face(false), &text, BODY, width) {
                flow.text(x, y, BODY, Style::REGULAR, &line);
                y += lead(BODY);
            }
        }
        bottom = bottom.max(y);
    }
    flow.y = bottom;
}

/// The dates and references under the heading.
fn dates(page: &InvoicePage) -> Vec<String> {
    let t = page.messages;
    let date = |message: &str, d: NaiveDate| fill(message, &[("date", &t.date(d))]);
    let operation = page.operation.map(|op| {
        let name = match op {
            Operation::Goods => t.operation_goods,
            Operation::Services => t.operation_services,
            Operation::Mixed => t.operation_mixed,
        };
        fill(t.operation, &[("operation", name)])
    });
    [
        Some(date(t.issue_date, page.issue_date)),
        page.period.map(|p| {
            fill(
                t.service_period,
                &[("period", &t.period_text(p.start, p.end))],
            )
        }),
        page.due_date
            .filter(|_| !page.credit_note)
            .map(|d| date(t.due_date, d)),
        page.corrects
            .as_deref()
            .map(|n| fill(t.corrects, &[("number", n)])),
        page.reason
            .as_deref()
            .map(|r| fill(t.reason, &[("reason", r)])),
        operation,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// One row of the lines table: wrapped texts in the description column, the rest on the
/// first baseline.
struct Row {
    description: Vec<String>,
    details: Vec<String>,
    cells: Vec<(String, i32, bool)>,
}

fn lines_table(flow: &mut Flow, page: &InvoicePage) {
    let t = page.messages;
    let header_cells = [
        (t.col_description, DESCRIPTION_X, DESCRIPTION_WIDTH, false),
        (t.col_qty, QUANTITY_RIGHT, 520, true),
        (t.col_unit, UNIT_X, UNIT_WIDTH, false),
        (t.col_unit_price, PRICE_RIGHT, 600, true),
        (t.col_vat, VAT_RIGHT, 420, true),
        (t.col_net, NET_RIGHT, 600, true),
    ];
    let header: Vec<(Vec<String>, i32, bool)> = header_cells
        .iter()
        .map(|(label, x, width, right)| {
            (wrap(&flow.fonts.bold, label, TABLE - 5, *width), *x, *right)
        })
        .collect();
    flow.room(table_header_height(&header) + 600);
    flow.draw_table_header(&header);
    flow.table_header = Some(header);
    let money = |amount: Decimal| t.money(amount, &page.currency);
    for line in &page.lines {
        let mut details: Vec<String> = Vec::new();
        if let Some(detail) = &line.detail {
            details.extend(wrap(&flow.fonts.regular, detail, SMALL, DESCRIPTION_WIDTH));
        }
        if let Some(ServicePeriod { start, end }) = line.period {
            details.push(t.period_text(start, end));
        }
        let mut description = wrap(
            &flow.fonts.regular,
            &line.description,
            TABLE,
            DESCRIPTION_WIDTH,
        );
        description.truncate(MAX_DESCRIPTION_LINES);
        let row = Row {
            description,
            details,
            cells: vec![
                (t.number(line.quantity, 0), QUANTITY_RIGHT, true),
                (line.unit.clone(), UNIT_X, false),
                (money(line.unit_price), PRICE_RIGHT, true),
                (
                    line.vat_rate.map(|r| t.percent(r)).unwrap_or_default(),
                    VAT_RIGHT,
                    true,
                ),
                (money(line.net), NET_RIGHT, true),
            ],
        };
        draw_row(flow, &row);
    }
    for adjustment in &page.allowances_charges {
        let (message, signed) = if adjustment.charge {
            (t.charge, adjustment.amount)
        } else {
            (t.allowance, -adjustment.amount)
        };
        let text = fill(message, &[("reason", &adjustment.reason)]);
        let row = Row {
            description: wrap(&flow.fonts.regular, &text, TABLE, DESCRIPTION_WIDTH),
            details: Vec::new(),
            cells: vec![
                (
                    adjustment
                        .vat_rate
                        .map(|r| t.percent(r))
                        .unwrap_or_default(),
                    VAT_RIGHT,
                    true,
                ),
                (money(signed), NET_RIGHT, true),
            ],
        };
        draw_row(flow, &row);
    }
    flow.table_header = None;
    flow.y += 200;
}

fn draw_row(flow: &mut Flow, row: &Row) {
    let count = |n: usize| i32::try_from(n).unwrap_or(0);
    let height = CELL_TOP
        + lead(TABLE) * (count(row.description.len()).max(1) - 1)
        + lead(SMALL) * count(row.details.len())
        + CELL_BOTTOM
        + 40;
    flow.room(height);
    let top = flow.y;
    let mut y = top + CELL_TOP;
    for (i, line) in row.description.iter().enumerate() {
        if i > 0 {
            y += lead(TABLE);
        }
        flow.text(DESCRIPTION_X, y, TABLE, Style::REGULAR, line);
    }
    for detail in &row.details {
        y += lead(SMALL);
        flow.text(DESCRIPTION_X, y, SMALL, Style::GREY, detail);
    }
    for (text, x, right) in &row.cells {
        let style = if *right { Style::RIGHT } else { Style::REGULAR };
        flow.text(*x, top + CELL_TOP, TABLE, style, text);
    }
    flow.y = top + height;
    flow.rule(LEFT, RIGHT, flow.y - 20, 3);
}

/// The VAT table on the left and the totals on the right, kept on one sheet.
fn summary(flow: &mut Flow, page: &InvoicePage) {
    let t = page.messages;
    let money = |amount: Decimal| t.money(amount, &page.currency);
    let totals = &page.totals;
    let mut rows: Vec<(&str, String, bool)> = Vec::new();
    if !totals.allowance_total.is_zero() {
        rows.push((t.total_allowances, money(-totals.allowance_total), false));
    }
    if !totals.charge_total.is_zero() {
        rows.push((t.total_charges, money(totals.charge_total), false));
    }
    rows.push((t.total_net, money(totals.tax_basis), false));
    rows.push((t.total_vat, money(totals.tax_total), false));
    rows.push((t.total_gross, money(totals.grand_total), true));
    if !totals.prepaid.is_zero() {
        rows.push((t.prepaid, money(-totals.prepaid), false));
    }
    if totals.due != totals.grand_total || !page.credit_note {
        let label = if page.credit_note {
            t.amount_credited
        } else {
            t.amount_due
        };
        rows.push((label, money(totals.due), true));
    }
    let vat_rows = page.vat.len() + 1;
    let height = lead(BODY) * i32::try_from(rows.len().max(vat_rows)).unwrap_or(1) + 200;
    flow.room(height);
    let top = flow.y;
    // The VAT table.
    let columns = [(1050, t.vat_rate), (1900, t.vat_base), (2700, t.vat_amount)];
    let mut y = top;
    for (x, label) in columns {
        flow.text(x, y, SMALL, Style::BOLD_RIGHT, label);
    }
    flow.rule(LEFT, 2750, y + 35, 3);
    for row in &page.vat {
        y += lead(BODY);
        let cells = [
            (1050, row.rate.map(|r| t.percent(r)).unwrap_or_default()),
            (1900, money(row.base)),
            (2700, money(row.tax)),
        ];
        for (x, text) in cells {
            flow.text(x, y, BODY, Style::RIGHT, &text);
        }
    }
    // The totals.
    let label_x = 3300;
    let mut y = top;
    for (i, (label, amount, strong)) in rows.iter().enumerate() {
        if *strong && i > 0 {
            flow.rule(label_x, RIGHT, y - 95, 6);
        }
        let (style, right) = if *strong {
            (Style::BOLD, Style::BOLD_RIGHT)
        } else {
            (Style::REGULAR, Style::RIGHT)
        };
        flow.text(label_x, y, BODY, style, label);
        flow.text(RIGHT, y, BODY, right, amount);
        y += lead(BODY);
    }
    flow.y = top + height;
}

/// `FR7630004008200001234567864` → `FR76 3000 4008 2000 0123 4567 864`.
fn grouped_iban(iban: &str) -> String {
    let compact: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).collect();
    compact
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\u{a0}")
}

fn means_lines(t: &Catalogue, means: &PaymentMeans) -> Vec<String> {
    let mut lines = Vec::new();
    match (&means.kind, &means.payee_account, &means.direct_debit) {
        (_, _, Some(debit)) => {
            lines.push(fill(
                t.pay_direct_debit,
                &[
                    ("mandate", &debit.mandate),
                    ("creditor_id", &debit.creditor_id),
                ],
            ));
            if let Some(iban) = &debit.debtor_iban {
                lines.push(fill(t.pay_debtor_account, &[("iban", &grouped_iban(iban))]));
            }
        }
        (_, Some(account), None) => {
            lines.push(fill(
                t.pay_transfer,
                &[("iban", &grouped_iban(&account.iban))],
            ));
            if let Some(bic) = &account.bic {
                lines.push(fill(t.pay_bic, &[("bic", bic)]));
            }
        }
        (MeansKind::Card, None, None) => lines.push(t.pay_card.to_string()),
        (MeansKind::Cheque, None, None) => lines.push(t.pay_cheque.to_string()),
        (MeansKind::Cash, None, None) => lines.push(t.pay_cash.to_string()),
        (kind, None, None) => lines.push(fill(t.pay_other, &[("code", kind.code())])),
    }
    lines
}

fn payment(flow: &mut Flow, page: &InvoicePage) {
    let t = page.messages;
    let mut lines: Vec<String> = Vec::new();
    if let (Some(due), false) = (page.due_date, page.credit_note) {
        lines.push(fill(t.due_date, &[("date", &t.date(due))]));
    }
    lines.extend(page.payment_terms.clone());
    for means in &page.payment_means {
        lines.extend(means_lines(t, means));
    }
    if let Some(reference) = &page.payment_reference {
        lines.push(fill(t.payment_reference, &[("reference", reference)]));
    }
    // A credit note's payment block says how it is paid back, if the document says so.
    if lines.is_empty() || (page.credit_note && page.payment_means.is_empty()) {
        return;
    }
    flow.room(lead(BODY) * (2 + i32::try_from(lines.len()).unwrap_or(0)));
    flow.text(LEFT, flow.y, BODY, Style::BOLD, t.payment_heading);
    flow.y += lead(BODY);
    for line in lines {
        flow.paragraph(LEFT, RIGHT - LEFT, BODY, Style::REGULAR, &line);
    }
    flow.y += 150;
}

fn mentions(flow: &mut Flow, page: &InvoicePage) {
    let t = page.messages;
    let m = &page.mentions;
    let mut texts: Vec<String> = Vec::new();
    let mut add = |text: &str| {
        if !text.trim().is_empty() && !texts.iter().any(|t| t == text) {
            texts.push(text.to_string());
        }
    };
    if m.franchise {
        add(t.vat_exempt);
    }
    for row in &page.vat {
        if let Some(reason) = &row.exemption {
            add(reason);
        }
    }
    if m.reverse_charge {
        add(t.reverse_charge);
    }
    if m.vat_on_debits {
        add(t.vat_on_debits);
    }
    if m.business {
        add(&m.late_penalty);
        add(t.recovery_indemnity);
        add(t.no_discount);
    }
    for text in texts {
        flow.paragraph(LEFT, RIGHT - LEFT, SMALL, Style::REGULAR, &text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::facturx::pdf::fonts::fonts;

    #[test]
    fn long_words_and_text_wrap_within_the_width() {
        let face = &fonts().unwrap().regular;
        let text = "Abonnement bureau partagé, accès 24 h/24, salle de réunion incluse deux heures par mois";
        let lines = wrap(face, text, TABLE, 1500);
        assert!(lines.len() >= 3, "{lines:?}");
        assert!(lines.iter().all(|l| face.width(l, TABLE) <= 1500));
        assert_eq!(lines.join(" "), text);
        let word = "x".repeat(200);
        let lines = wrap(face, &word, TABLE, 1000);
        assert!(lines.len() > 1 && lines.iter().all(|l| face.width(l, TABLE) <= 1000));
        assert_eq!(lines.concat(), word);
        // An amount is never broken at its no-break space, only cut where it must.
        assert_eq!(wrap(face, "310,00\u{a0}€", TABLE, 3000), ["310,00\u{a0}€"]);
        assert_eq!(
            wrap(face, "310,00\u{a0}€", TABLE, 10).concat(),
            "310,00\u{a0}€"
        );
        assert_eq!(wrap(face, "a\nb", TABLE, 1000), ["a", "b"]);
    }

    #[test]
    fn iban_reads_in_groups_of_four() {
        assert_eq!(
            grouped_iban("FR7630004008200001234567864"),
            "FR76\u{a0}3000\u{a0}4008\u{a0}2000\u{a0}0123\u{a0}4567\u{a0}864"
        );
    }
}
