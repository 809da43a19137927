//! The typed methods that fill each message: a call site cannot forget an argument.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;

use crate::domain::repeat::dates::Frequency;

use super::catalogue::*;

impl Catalogue {
    pub fn date(&self, date: NaiveDate) -> String {
        date.format(self.date_format).to_string()
    }

    pub fn datetime(&self, at: NaiveDateTime) -> String {
        at.format(self.datetime_format).to_string()
    }

    /// A number as a document shows it: thousands grouped, this language's decimal mark,
    /// at least `min_places` decimals and no trailing zero beyond them (`3,5`, `1 234,50`).
    pub fn number(&self, value: Decimal, min_places: u32) -> String {
        let mut value = value.normalize();
        if value.scale() < min_places {
            value.rescale(min_places);
        }
        let digits = value.abs().to_string();
        let (units, decimals) = digits.split_once('.').unwrap_or((&digits, ""));
        let first = match units.len() % 3 {
            0 => 3.min(units.len()),
            n => n,
        };
        let mut grouped = units[..first].to_string();
        for low in units.as_bytes()[first..].chunks(3) {
            let low = std::str::from_utf8(low).unwrap_or_default();
            grouped = fill(self.digit_group, &[("high", &grouped), ("low", low)]);
        }
        let text = if decimals.is_empty() {
            grouped
        } else {
            fill(
                self.decimal_number,
                &[("units", &grouped), ("decimals", decimals)],
            )
        };
        if value.is_sign_negative() && !value.is_zero() {
            format!("-{text}")
        } else {
            text
        }
    }

    /// An amount with its currency: `310,00 €`. Amounts have two decimals; a unit price
    /// keeps the ones it has beyond them (`8,9286 €`).
    pub fn money(&self, amount: Decimal, currency: &str) -> String {
        fill(
            self.money,
            &[
                ("amount", &self.number(amount, 2)),
                ("currency", currency_symbol(currency)),
            ],
        )
    }

    /// A VAT rate: `20 %`, `5,5 %`.
    pub fn percent(&self, rate: Decimal) -> String {
        fill(self.percent, &[("rate", &self.number(rate, 0))])
    }

    /// The seller's legal mentions (EN 16931 BT-33) from its legal form, share capital and
    /// trade register, those given: `SAS au capital de 20 000 € – RCS Lyon 842 137 655`.
    pub fn legal_mentions(
        &self,
        form: Option<&str>,
        capital: Option<&str>,
        rcs: Option<&str>,
    ) -> String {
        let capital = capital.map(|c| fill(self.share_capital, &[("capital", c)]));
        let first: Vec<&str> = [form, capital.as_deref()].into_iter().flatten().collect();
        let first = (!first.is_empty()).then(|| first.join(" "));
        let rcs = rcs.map(|r| fill(self.trade_register, &[("rcs", r)]));
        [first, rcs]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" – ")
    }

    /// `from … to …` between two dates.
    pub fn period_text(&self, start: NaiveDate, end: NaiveDate) -> String {
        fill(
            self.period,
            &[("start", &self.date(start)), ("end", &self.date(end))],
        )
    }

    /// The reason of a credit note issued without one.
    pub fn credit_reason(&self, invoice: &str) -> String {
        fill(self.reason_credit, &[("invoice", invoice)])
    }

    /// The reason of a credit note correcting a subscription cancelled after `last_day`.
    pub fn cancellation_reason(&self, subscription: &str, last_day: NaiveDate) -> String {
        fill(
            self.reason_cancellation,
            &[
                ("subscription", subscription),
                ("date", &self.date(last_day)),
            ],
        )
    }

    /// Why a change of a subscription on `date` credits its old lines.
    pub fn change_reason(&self, subscription: &str, date: NaiveDate) -> String {
        fill(
            self.reason_change,
            &[("subscription", subscription), ("date", &self.date(date))],
        )
    }

    /// Why a pause of a subscription from `date` credits its paused days.
    pub fn pause_reason(&self, subscription: &str, date: NaiveDate) -> String {
        fill(
            self.reason_pause,
            &[("subscription", subscription), ("date", &self.date(date))],
        )
    }

    /// The reason of a credit note for a cancelled booking.
    pub fn booking_cancellation_reason(&self, booking: &str) -> String {
        fill(self.reason_booking_cancellation, &[("booking", booking)])
    }

    /// An item billed for `days` of a period of `period_days`.
    pub fn prorated_line(&self, item: &str, days: i64, period_days: i64) -> String {
        fill(
            self.line_prorated,
            &[
                ("item", item),
                ("days", &days.to_string()),
                ("period_days", &period_days.to_string()),
            ],
        )
    }

    /// A credit note's line for the days `start..=end` of an invoiced line not served.
    pub fn not_served_line(&self, line: &str, start: NaiveDate, end: NaiveDate) -> String {
        fill(
            self.line_not_served,
            &[
                ("line", line),
                ("start", &self.date(start)),
                ("end", &self.date(end)),
            ],
        )
    }

    /// A credit note's line for an amount credited on `invoice` at VAT `rate` (percent).
    pub fn credit_line(&self, invoice: &str, rate: &str) -> String {
        fill(self.line_credit, &[("invoice", invoice), ("rate", rate)])
    }

    /// One overdue invoice in a reminder.
    pub fn reminder_line(
        &self,
        number: &str,
        issued: Option<NaiveDate>,
        due: NaiveDate,
        owed: &str,
        days: i64,
    ) -> String {
        let issued = issued
            .map(|d| fill(self.reminder_issued, &[("date", &self.date(d))]))
            .unwrap_or_default();
        fill(
            self.reminder_line,
            &[
                ("number", number),
                ("issued", &issued),
                ("due", &self.date(due)),
                ("owed", owed),
                ("days", &days.to_string()),
            ],
        )
    }

    /// A reminder's penalty line: the yearly `rate` (percent) and what accrued to date.
    pub fn reminder_penalty(&self, rate: Decimal, amount: &str) -> String {
        fill(
            self.reminder_penalty,
            &[("rate", &self.percent(rate)), ("amount", amount)],
        )
    }

    pub fn reminder_indemnity(&self, amount: &str) -> String {
        fill(self.reminder_indemnity, &[("amount", amount)])
    }

    /// The line billing the penalty on a late `invoice`.
    pub fn late_penalty_line(&self, invoice: &str, days: i64, rate: Decimal) -> String {
        fill(
            self.line_late_penalty,
            &[
                ("invoice", invoice),
                ("days", &days.to_string()),
                ("rate", &self.percent(rate)),
            ],
        )
    }

    pub fn recovery_indemnity_line(&self, invoice: &str) -> String {
        fill(self.line_recovery_indemnity, &[("invoice", invoice)])
    }

    pub fn late_payment_reason(&self, invoice: &str) -> String {
        fill(self.reason_late_payment, &[("invoice", invoice)])
    }

    /// An invoice's line for a booking of `item` at `location` over `[from, to)`.
    pub fn booking_line(
        &self,
        item: &str,
        location: &str,
        from: NaiveDateTime,
        to: NaiveDateTime,
        booking: &str,
    ) -> String {
        fill(
            self.line_booking,
            &[
                ("item", item),
                ("location", location),
                ("from", &self.datetime(from)),
                ("to", &self.datetime(to)),
                ("booking", booking),
            ],
        )
    }

    /// `invoice INV-…`, `order SO-…`: a document a repeat created.
    pub fn notice_document(&self, kind: NoticeDocument, number: &str) -> String {
        let text = match kind {
            NoticeDocument::Invoice => self.doc_invoice,
            NoticeDocument::DraftInvoice => self.doc_draft_invoice,
            NoticeDocument::Order => self.doc_order,
            NoticeDocument::SupplierBill => self.doc_supplier_bill,
        };
        fill(text, &[("number", number)])
    }

    pub fn frequency(&self, frequency: Frequency) -> &'static str {
        match frequency {
            Frequency::Daily => self.freq_daily,
            Frequency::Weekly => self.freq_weekly,
            Frequency::Monthly => self.freq_monthly,
            Frequency::Quarterly => self.freq_quarterly,
            Frequency::HalfYearly => self.freq_half_yearly,
            Frequency::Yearly => self.freq_yearly,
        }
    }

    /// What a SEPA debtor reads: the invoice and its service period.
    pub fn remittance_text(&self, number: &str, period: Option<(NaiveDate, NaiveDate)>) -> String {
        match period {
            Some((start, end)) => fill(
                self.remittance,
                &[
                    ("number", number),
                    ("start", &self.date(start)),
                    ("end", &self.date(end)),
                ],
            ),
            None => fill(self.remittance_no_period, &[("number", number)]),
        }
    }

    /// The pre-notification of a SEPA direct debit: subject and body. `notice` is
    /// (company, invoice number, amount, mandate reference, creditor identifier).
    pub fn sepa_notice(&self, notice: [&str; 5], date: NaiveDate) -> (String, String) {
        let [company, number, amount, mandate, creditor] = notice;
        let date = self.date(date);
        let args = [
            ("company", company),
            ("number", number),
            ("amount", amount),
            ("mandate", mandate),
            ("creditor", creditor),
            ("date", date.as_str()),
        ];
        (
            fill(self.sepa_notice_subject, &args),
            fill(self.sepa_notice_body, &args),
        )
    }

    /// The name printed for a unit of measure: the one it was given, or — when it was
    /// created without one (its name is its code) — this language's word for a common unit.
    pub fn unit_name<'a>(&self, code: &'a str, name: &'a str) -> &'a str {
        let name = name.trim();
        if !name.is_empty() && !name.eq_ignore_ascii_case(code) {
            return name;
        }
        match code.to_ascii_lowercase().as_str() {
            "unit" | "units" => self.uom_unit,
            "hour" | "hours" | "h" => self.uom_hour,
            "half-day" | "half_day" | "halfday" => self.uom_half_day,
            "day" | "days" => self.uom_day,
            "week" | "weeks" => self.uom_week,
            "month" | "months" => self.uom_month,
            "year" | "years" => self.uom_year,
            _ => code,
        }
    }
}
