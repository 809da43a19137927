//! What happens to a SEPA direct debit after its file: the bank's rejects (pain.002) and
//! returns (camt.054, camt.053), what each reason code means for the mandate and for a new
//! attempt, the pre-notification a payer is owed before a collection, and when an unused
//! mandate expires.
//!
//! Pure: the reports arrive here as plain values (`formats::sepa` reads them), the store
//! gives the collections; this module decides.

use chrono::{Days, Months, NaiveDate};

use crate::domain::sepa::{Amendment, SequenceType};

/// Re-presented automatically after this many days unless `sepa.retry_after_days` says.
pub const DEFAULT_RETRY_AFTER_DAYS: u32 = 7;
/// Re-presented at most this many times unless `sepa.max_retries` says.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// A payer hears of a collection this many days before unless `sepa.prenotification_days`.
pub const DEFAULT_PRENOTIFICATION_DAYS: u32 = 14;
/// A mandate not used for this many months expires (EPC SDD rulebook).
pub const MANDATE_EXPIRY_MONTHS: u32 = 36;

/// What the bank did with a debit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Refused before settlement (pain.002 `RJCT`): no money moved.
    Rejected,
    /// Sent back after settlement (a return or refund in camt.054/053): the money left again.
    Returned,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Rejected => "rejected",
            Outcome::Returned => "returned",
        }
    }
}

/// Which debits a report speaks of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every debit of a file (a group status `RJCT`).
    File { msg_id: String },
    /// Every debit of one payment block of a file (`PmtInfSts` `RJCT`).
    Batch { msg_id: String, batch_id: String },
    /// One debit: its end-to-end id (the invoice number), and what else the bank gave to
    /// find it when that id is missing.
    Debit {
        end_to_end_id: Option<String>,
        msg_id: Option<String>,
        /// Cents.
        amount: Option<i64>,
    },
}

/// One reject or return read from a bank file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// Where it is in the file, for messages (`TxInfAndSts[2]`, `Ntry[1]`).
    pub place: String,
    /// What tells this report apart from every other: the same file read twice gives the
    /// same references.
    pub reference: String,
    pub outcome: Outcome,
    pub scope: Scope,
    /// The ISO 20022 reason code (`AM04`), or `NARR` when the bank gave none.
    pub reason: String,
    /// The day the bank reported it.
    pub reported_on: NaiveDate,
}

/// A debit put in a collection file, with what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debit {
    pub id: i64,
    pub msg_id: String,
    pub invoice_id: i64,
    pub invoice: String,
    pub customer: String,
    pub mandate_id: String,
    pub iban: Option<String>,
    pub mandate_signed_on: Option<NaiveDate>,
    pub sequence: SequenceType,
    /// Cents.
    pub amount: i64,
    pub collection_date: NaiveDate,
    pub outcome: Option<Outcome>,
    pub reason: Option<String>,
    pub reported_on: Option<NaiveDate>,
    pub retry_of: Option<i64>,
}

/// What a reason code means for what comes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consequence {
    /// The mandate or the account cannot be used: the customer is flagged and nothing is
    /// collected under it again.
    MandateUnusable,
    /// Worth another attempt (insufficient funds, reason not given): re-presented.
    Retry,
    /// Nothing automatic: the invoice is owed again and followed up by hand.
    None,
}

/// MD01 no valid mandate, MD06 refund requested by the debtor, AC04 account closed, AC06
/// account blocked, MD07 debtor deceased.
pub const UNUSABLE_CODES: [&str; 5] = ["MD01", "MD06", "AC04", "AC06", "MD07"];
/// AM04 insufficient funds, MS03 reason not specified.
pub const RETRY_CODES: [&str; 2] = ["AM04", "MS03"];

pub fn consequence(reason: &str) -> Consequence {
    if UNUSABLE_CODES.contains(&reason) {
        Consequence::MandateUnusable
    } else if RETRY_CODES.contains(&reason) {
        Consequence::Retry
    } else {
        Consequence::None
    }
}

/// What the bank's reason codes say, in a few words (ISO 20022 external codes).
pub fn reason_text(reason: &str) -> &'static str {
    match reason {
        "AC01" => "incorrect account number",
        "AC04" => "account closed",
        "AC06" => "account blocked",
        "AC13" => "debtor account is a consumer account",
        "AG01" => "transaction forbidden on this account",
        "AG02" => "invalid bank operation code",
        "AM04" => "insufficient funds",
        "AM05" => "duplicate collection",
        "BE05" => "unrecognised creditor",
        "CNOR" => "creditor bank not registered",
        "DNOR" => "debtor bank not registered",
        "FF01" => "invalid file format",
        "MD01" => "no valid mandate",
        "MD02" => "missing mandate data",
        "MD06" => "refund requested by the debtor",
        "MD07" => "debtor deceased",
        "MS02" => "refused by the debtor",
        "MS03" => "reason not specified",
        "RC01" => "incorrect BIC",
        "RR01" | "RR02" | "RR03" | "RR04" => "regulatory reason",
        "SL01" => "specific service of the debtor bank",
        _ => "see the bank's reason code list",
    }
}

/// Whether `text` has the shape of an ISO 20022 external status reason code: four letters
/// or digits.
pub fn is_reason_code(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Settings of the follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUpSettings {
    pub retry_after_days: u32,
    pub max_retries: u32,
    pub prenotification_days: u32,
}

impl Default for FollowUpSettings {
    fn default() -> Self {
        FollowUpSettings {
            retry_after_days: DEFAULT_RETRY_AFTER_DAYS,
            max_retries: DEFAULT_MAX_RETRIES,
            prenotification_days: DEFAULT_PRENOTIFICATION_DAYS,
        }
    }
}

/// The last attempt at collecting an invoice, as the books know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastAttempt {
    pub outcome: Option<Outcome>,
    pub reason: Option<String>,
    pub reported_on: Option<NaiveDate>,
    /// Attempts made so far, the first included.
    pub attempts: u32,
}

/// What an export does with an owed invoice an earlier file already held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Again {
    /// Still waiting for the bank (or collected): not again, unless asked.
    NotAgain,
    /// Re-presented now, as RCUR.
    Retry,
    /// Left out, and why.
    Hold(String),
}

/// Decides whether a rejected or returned debit is presented again on `collection_date`.
pub fn again(last: &LastAttempt, settings: FollowUpSettings, collection_date: NaiveDate) -> Again {
    let (Some(outcome), Some(reason)) = (last.outcome, last.reason.as_deref()) else {
        return Again::NotAgain;
    };
    let what = format!("{} ({reason}, {})", outcome.as_str(), reason_text(reason));
    match consequence(reason) {
        Consequence::MandateUnusable => Again::Hold(format!(
            "{what}: the mandate cannot be used; not re-presented"
        )),
        Consequence::None => Again::Hold(format!(
            "{what}: not re-presented automatically; --again to collect it once more"
        )),
        Consequence::Retry => {
            let retries = last.attempts.saturating_sub(1);
            if retries >= settings.max_retries {
                return Again::Hold(format!(
                    "{what} after {} attempt(s): sepa.max_retries ({}) reached; --again to collect it once more",
                    last.attempts, settings.max_retries
                ));
            }
            let from = last
                .reported_on
                .and_then(|d| d.checked_add_days(Days::new(settings.retry_after_days.into())));
            match from {
                Some(from) if collection_date < from => Again::Hold(format!(
                    "{what}: re-presented on or after {from} (sepa.retry_after_days = {})",
                    settings.retry_after_days
                )),
                _ => Again::Retry,
            }
        }
    }
}

/// The day a pre-notified invoice may be collected at the earliest.
pub fn earliest_collection(notified_on: NaiveDate, days: u32) -> Option<NaiveDate> {
    notified_on.checked_add_days(Days::new(days.into()))
}

/// The collection date a pre-notification announces: the due date, or later when the
/// notice period would not be respected.
pub fn announced_collection(due: NaiveDate, notified_on: NaiveDate, days: u32) -> NaiveDate {
    earliest_collection(notified_on, days).map_or(due, |earliest| due.max(earliest))
}

/// The day a mandate last used (or signed, never used) on `since` expires: 36 months later.
pub fn mandate_expires(since: NaiveDate) -> Option<NaiveDate> {
    since.checked_add_months(Months::new(MANDATE_EXPIRY_MONTHS))
}

/// Whether a mandate last used (or signed) on `since` has expired by `on`.
pub fn mandate_expired(since: NaiveDate, on: NaiveDate) -> bool {
    mandate_expires(since).is_some_and(|end| on > end)
}

/// What the last collection under the customer's mandate was sent with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentWith {
    pub mandate_id: String,
    pub iban: Option<String>,
    pub signed_on: Option<NaiveDate>,
}

/// The amendment the next collection carries, if any: the mandate keeps its signature date
/// (a new date is a new mandate, collected FRST) and its reference or IBAN changed.
pub fn amendment(last: &SentWith, id: &str, iban: &str, signed_on: NaiveDate) -> Option<Amendment> {
    if last.signed_on != Some(signed_on) {
        return None;
    }
    let amendment = Amendment {
        original_mandate_id: (last.mandate_id != id).then(|| last.mandate_id.clone()),
        account_changed: last.iban.as_deref().is_some_and(|old| old != iban),
    };
    (amendment != Amendment::default()).then_some(amendment)
}

/// What a pre-notification tells a SEPA payer.
#[derive(Debug, Clone, Copy)]
pub struct Notice<'a> {
    pub company: &'a str,
    pub invoice: &'a str,
    /// `372.00`
    pub amount: &'a str,
    pub collection_date: NaiveDate,
    pub mandate_id: &'a str,
    pub creditor_id: &'a str,
}

/// The pre-notification e-mail, subject and body, in the documents' language: the amount,
/// the date, the mandate reference and the creditor identifier the SEPA rulebook asks for.
pub fn prenotification_text(
    messages: &crate::domain::messages::Catalogue,
    n: &Notice,
) -> (String, String) {
    messages.sepa_notice(
        [n.company, n.invoice, n.amount, n.mandate_id, n.creditor_id],
        n.collection_date,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn rejected(reason: &str, attempts: u32) -> LastAttempt {
        LastAttempt {
            outcome: Some(Outcome::Rejected),
            reason: Some(reason.into()),
            reported_on: Some(date("2026-03-09")),
            attempts,
        }
    }

    #[test]
    fn reason_codes_decide_what_follows() {
        for code in UNUSABLE_CODES {
            assert_eq!(consequence(code), Consequence::MandateUnusable, "{code}");
        }
        assert_eq!(consequence("AM04"), Consequence::Retry);
        assert_eq!(consequence("MS03"), Consequence::Retry);
        assert_eq!(consequence("AC01"), Consequence::None);
        assert!(is_reason_code("AM04") && !is_reason_code("AM0") && !is_reason_code("AM 4"));
    }

    #[test]
    fn insufficient_funds_are_retried_after_the_delay_and_at_most_max_retries_times() {
        let s = FollowUpSettings::default();
        assert!(
            matches!(again(&rejected("AM04", 1), s, date("2026-03-15")), Again::Hold(r) if r.contains("on or after 2026-03-16"))
        );
        assert_eq!(
            again(&rejected("AM04", 1), s, date("2026-03-16")),
            Again::Retry
        );
        assert_eq!(
            again(&rejected("MS03", 2), s, date("2026-04-16")),
            Again::Retry
        );
        assert!(
            matches!(again(&rejected("AM04", 3), s, date("2026-04-16")), Again::Hold(r) if r.contains("max_retries (2) reached"))
        );
    }

    #[test]
    fn an_unusable_mandate_or_another_reason_is_never_retried() {
        let s = FollowUpSettings::default();
        assert!(
            matches!(again(&rejected("MD01", 1), s, date("2027-01-01")), Again::Hold(r) if r.contains("cannot be used"))
        );
        assert!(
            matches!(again(&rejected("AC01", 1), s, date("2027-01-01")), Again::Hold(r) if r.contains("--again"))
        );
        let waiting = LastAttempt {
            outcome: None,
            reason: None,
            reported_on: None,
            attempts: 1,
        };
        assert_eq!(again(&waiting, s, date("2027-01-01")), Again::NotAgain);
    }

    proptest::proptest! {
        /// A debit is re-presented exactly when its reason allows it, the delay has
        /// passed and the retries are not used up; never under an unusable mandate.
        #[test]
        fn a_retry_happens_only_when_reason_delay_and_count_allow_it(
            code in proptest::sample::select(vec!["AM04", "MS03", "MD01", "AC04", "MD06", "AC01", "NARR"]),
            attempts in 1u32..6,
            retry_after_days in 0u32..30,
            max_retries in 0u32..4,
            after in 0u32..60,
        ) {
            let settings = FollowUpSettings { retry_after_days, max_retries, prenotification_days: 14 };
            let on = date("2026-03-09") + Days::new(after.into());
            let decided = again(&rejected(code, attempts), settings, on);
            let allowed = RETRY_CODES.contains(&code)
                && after >= retry_after_days
                && attempts - 1 < max_retries;
            proptest::prop_assert_eq!(decided == Again::Retry, allowed);
            if UNUSABLE_CODES.contains(&code) {
                proptest::prop_assert!(decided != Again::Retry);
            }
        }

        /// The announced date is never before the due date nor inside the notice period.
        #[test]
        fn the_announced_collection_is_never_early(due in 0u64..400, days in 0u32..60) {
            let notified = date("2026-01-01");
            let due = notified + Days::new(due);
            let announced = announced_collection(due, notified, days);
            proptest::prop_assert!(announced >= due);
            proptest::prop_assert!(announced >= notified + Days::new(days.into()));
        }
    }

    #[test]
    fn the_announced_collection_respects_the_notice_period() {
        assert_eq!(
            announced_collection(date("2026-01-31"), date("2026-01-01"), 14),
            date("2026-01-31")
        );
        assert_eq!(
            announced_collection(date("2026-01-05"), date("2026-01-01"), 14),
            date("2026-01-15")
        );
    }

    #[test]
    fn a_mandate_expires_36_months_after_its_last_use() {
        assert!(!mandate_expired(date("2023-01-31"), date("2026-01-31")));
        assert!(mandate_expired(date("2023-01-31"), date("2026-02-01")));
        assert_eq!(
            mandate_expires(date("2023-02-28")),
            Some(date("2026-02-28"))
        );
    }

    #[test]
    fn a_changed_reference_or_account_under_the_same_signature_is_an_amendment() {
        let last = SentWith {
            mandate_id: "M-1".into(),
            iban: Some("FR7630006000011234567890189".into()),
            signed_on: Some(date("2025-12-01")),
        };
        let signed = date("2025-12-01");
        assert_eq!(
            amendment(&last, "M-1", "FR7630006000011234567890189", signed),
            None
        );
        assert_eq!(
            amendment(&last, "M-2", "DE89370400440532013000", signed),
            Some(Amendment {
                original_mandate_id: Some("M-1".into()),
                account_changed: true
            })
        );
        assert_eq!(
            amendment(&last, "M-2", "DE89370400440532013000", date("2026-02-01")),
            None,
            "a new signature is a new mandate"
        );
    }
}
