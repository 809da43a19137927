//! Repeats and the documents they created.

use serde::Serialize;

use super::fields::date;
use crate::domain::repeat::dates::DayRule;
use crate::domain::repeat::{Repeat, RepeatRun};

#[derive(Debug, Default, Serialize)]
pub struct RepeatView {
    pub id: String,
    pub source: String,
    pub frequency: String,
    pub start: String,
    pub end: Option<String>,
    /// `N` (day of month), `last`, or empty (the start's day).
    pub day: Option<String>,
    pub issue: bool,
    pub notify: String,
    pub status: String,
    pub next_date: Option<String>,
}

impl From<&Repeat> for RepeatView {
    fn from(r: &Repeat) -> Self {
        RepeatView {
            id: r.id.clone(),
            source: r.source.describe(),
            frequency: r.schedule.frequency.as_str().into(),
            start: r.schedule.start.to_string(),
            end: date(r.schedule.end),
            day: match r.schedule.day {
                DayRule::StartDay => None,
                DayRule::Day(n) => Some(n.to_string()),
                DayRule::LastDay => Some("last".into()),
            },
            issue: r.issue,
            notify: r.notify.join(" "),
            status: r.status.as_str().into(),
            next_date: date(r.next_due_on),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct RepeatRunView {
    pub date: String,
    pub kind: String,
    pub document: String,
    pub notified: bool,
}

#[derive(Debug, Default, Serialize)]
pub struct RepeatDetail {
    #[serde(flatten)]
    pub summary: RepeatView,
    pub created: usize,
    pub runs: Vec<RepeatRunView>,
}

impl RepeatDetail {
    pub fn new(repeat: &Repeat, runs: &[(RepeatRun, bool)]) -> Self {
        RepeatDetail {
            summary: RepeatView::from(repeat),
            created: runs.len(),
            runs: runs
                .iter()
                .map(|(run, notified)| RepeatRunView {
                    date: run.date.to_string(),
                    kind: run.kind.as_str().into(),
                    document: run.document.clone(),
                    notified: *notified,
                })
                .collect(),
        }
    }
}
