//! The `dates` layer: time expressions and the calendar dates they denote.

use crate::Span;
use serde::{Deserialize, Serialize};

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

/// A calendar date at some precision: `2001`, `2001-10`, `2021-07-10`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TimeValue {
    pub year: i32,
    /// 1–12 when precision is month or day.
    pub month: u8,
    /// 1–31 when precision is day.
    pub day: u8,
    pub precision: DatePrecision,
}

impl TimeValue {
    pub fn day(year: i32, month: u8, day: u8) -> TimeValue {
        TimeValue {
            year,
            month,
            day,
            precision: DatePrecision::Day,
        }
    }

    pub fn month(year: i32, month: u8) -> TimeValue {
        TimeValue {
            year,
            month,
            day: 0,
            precision: DatePrecision::Month,
        }
    }

    pub fn year(year: i32) -> TimeValue {
        TimeValue {
            year,
            month: 0,
            day: 0,
            precision: DatePrecision::Year,
        }
    }

    pub fn from_date(d: chrono::NaiveDate) -> TimeValue {
        use chrono::Datelike;
        TimeValue::day(d.year(), d.month() as u8, d.day() as u8)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<TimeValue> {
        let mut parts = s.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let Some(m) = parts.next() else {
            return Some(TimeValue::year(year));
        };
        let month: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        let Some(d) = parts.next() else {
            return Some(TimeValue::month(year, month));
        };
        let day: u8 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
        if parts.next().is_some() {
            return None;
        }
        Some(TimeValue::day(year, month, day))
    }

    /// True when `other` lies inside this period (`2021-07` contains `2021-07-10`).
    pub fn contains(self, other: TimeValue) -> bool {
        if self.year != other.year {
            return false;
        }
        match self.precision {
            DatePrecision::Year => true,
            DatePrecision::Month => {
                other.precision >= DatePrecision::Month && self.month == other.month
            }
            DatePrecision::Day => {
                other.precision == DatePrecision::Day
                    && self.month == other.month
                    && self.day == other.day
            }
        }
    }
}

impl std::fmt::Display for TimeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.precision {
            DatePrecision::Year => write!(f, "{:04}", self.year),
            DatePrecision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            DatePrecision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

/// One time expression found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    /// The date it denotes; `None` when it cannot be resolved (no publication
    /// date for a relative expression, or an expression with no calendar value).
    pub value: Option<TimeValue>,
    /// Resolved against the publication date ("on Saturday", "last week").
    pub relative: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_display_contains() {
        for s in ["2001", "2001-10", "2021-07-10"] {
            assert_eq!(
                TimeValue::parse(s).map(|v| v.to_string()).as_deref(),
                Some(s)
            );
        }
        assert_eq!(TimeValue::parse("2021-13"), None);
        assert_eq!(TimeValue::parse("x"), None);
        let m = TimeValue::parse("2021-07").unwrap();
        assert!(m.contains(TimeValue::parse("2021-07-10").unwrap()));
        assert!(!m.contains(TimeValue::parse("2021").unwrap()));
        assert!(!m.contains(TimeValue::parse("2021-08-01").unwrap()));
        let d = TimeValue::parse("2021-07-10").unwrap();
        assert!(d.contains(d));
        assert!(!d.contains(m));
    }
}
