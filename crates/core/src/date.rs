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

/// What a time expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeKind {
    /// One day, month or year ("on Saturday", "in October 2001", "last year").
    #[default]
    Point,
    /// A stretch from `value` to `end` ("between May and July", "the 1990s",
    /// "last week", "the past few days", "since April").
    Range,
    /// A length of time, not a date ("nearly 20 years", "three months"):
    /// `value` is always `None`; the figures layer owns the number.
    Duration,
    /// A recurrence ("every Monday", "each year"): `value` is always `None`.
    Set,
}

/// One time expression found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    /// The date it denotes (for a range, where the range begins); `None` when
    /// it cannot be resolved (no publication date for a relative expression,
    /// "on 7/4" with day and month in doubt, a duration or a set). A numeric
    /// date with a year but day and month in doubt ("10/07/2021") keeps only
    /// its year.
    pub value: Option<TimeValue>,
    /// Resolved against the publication date ("on Saturday", "last week") or,
    /// for "the next day" and "two days later", against the date before it.
    pub relative: bool,
    #[serde(default)]
    pub kind: TimeKind,
    /// The last period of a range (inclusive): `1999` for "the 1990s".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<TimeValue>,
}

impl TimeExpr {
    /// The one date that best stands for this expression when dating an
    /// event: the value of a point; for a range, the smallest month or year
    /// holding both ends, else where it begins; `None` for durations and sets,
    /// and for a stretch of years counted back from the publication date
    /// ("in recent years", "over the past decade"), whose start is no date
    /// of anything.
    pub fn date(&self) -> Option<TimeValue> {
        match self.kind {
            TimeKind::Point => self.value,
            TimeKind::Range => {
                let start = self.value?;
                match self.end {
                    Some(end) => match start.covering(end) {
                        Some(period) => Some(period),
                        // Counted back in whole years from now ("recent
                        // years"), unlike "since April 2025" (which ends on
                        // the publication day).
                        None if self.relative && end.precision == DatePrecision::Year => None,
                        None => Some(start),
                    },
                    None => Some(start),
                }
            }
            TimeKind::Duration | TimeKind::Set => None,
        }
    }
}

impl TimeValue {
    /// The smallest period that holds both: `2021-07-05` and `2021-07-11` →
    /// `2021-07`; `2021-06-28` and `2021-07-04` → `2021`; `None` across years.
    pub fn covering(self, other: TimeValue) -> Option<TimeValue> {
        if self.year != other.year {
            return None;
        }
        let precision = self.precision.min(other.precision);
        if precision == DatePrecision::Year || self.month != other.month {
            return Some(TimeValue::year(self.year));
        }
        if precision == DatePrecision::Month || self.day != other.day {
            return Some(TimeValue::month(self.year, self.month));
        }
        Some(self)
    }
}

/// The time expressions of `dates` (sorted by span start, as `Doc::dates`
/// is) that lie inside `span`: the dates of one clause or sentence.
pub fn dates_in(dates: &[TimeExpr], span: Span) -> &[TimeExpr] {
    let first = dates.partition_point(|d| d.span.start < span.start);
    let rest = &dates[first..];
    let n = rest.partition_point(|d| d.span.start < span.end);
    let inside = &rest[..n];
    // Spans do not overlap, so only the last one can stick out past the end.
    match inside.last() {
        Some(last) if last.span.end > span.end => &inside[..n - 1],
        _ => inside,
    }
}

/// The dated expression inside `within` (a clause or sentence) nearest to
/// `at` (an event trigger), skipping durations, sets and unresolved ones:
/// what dates an event when its clause names more than one time.
pub fn nearest_date(dates: &[TimeExpr], within: Span, at: Span) -> Option<&TimeExpr> {
    let gap = |s: Span| {
        if s.end <= at.start {
            at.start - s.end
        } else {
            s.start.saturating_sub(at.end)
        }
    };
    dates_in(dates, within)
        .iter()
        .filter(|d| d.date().is_some())
        .min_by_key(|d| gap(d.span))
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

    fn expr(start: usize, end: usize) -> TimeExpr {
        TimeExpr {
            span: Span::new(start, end),
            value: None,
            relative: false,
            kind: TimeKind::Point,
            end: None,
        }
    }

    #[test]
    fn covering_and_range_date() {
        let a = TimeValue::day(2021, 7, 5);
        assert_eq!(
            a.covering(TimeValue::day(2021, 7, 11)),
            Some(TimeValue::month(2021, 7))
        );
        assert_eq!(
            a.covering(TimeValue::day(2021, 6, 28)),
            Some(TimeValue::year(2021))
        );
        assert_eq!(a.covering(a), Some(a));
        assert_eq!(a.covering(TimeValue::year(2020)), None);
        let mut r = expr(0, 4);
        r.kind = TimeKind::Range;
        r.value = Some(TimeValue::year(1990));
        r.end = Some(TimeValue::year(1999));
        assert_eq!(r.date(), Some(TimeValue::year(1990)));
        // "in recent years": counted back from the publication date.
        r.relative = true;
        assert_eq!(r.date(), None);
        // "since April 1990": from a month to the publication day.
        r.value = Some(TimeValue::month(1990, 4));
        r.end = Some(TimeValue::day(1999, 6, 1));
        assert_eq!(r.date(), Some(TimeValue::month(1990, 4)));
        r.kind = TimeKind::Duration;
        assert_eq!(r.date(), None);
    }

    #[test]
    fn nearest_dated_expression() {
        let mut dates = [expr(0, 4), expr(10, 14), expr(30, 34)];
        dates[0].value = Some(TimeValue::year(2001));
        dates[2].value = Some(TimeValue::year(2021));
        // The middle one is nearer but has no value.
        let within = Span::new(0, 40);
        let near = nearest_date(&dates, within, Span::new(8, 9));
        assert_eq!(near.map(|d| d.span), Some(Span::new(0, 4)));
        let near = nearest_date(&dates, within, Span::new(26, 28));
        assert_eq!(near.map(|d| d.span), Some(Span::new(30, 34)));
        assert!(nearest_date(&dates, Span::new(5, 20), Span::new(16, 20)).is_none());
    }

    #[test]
    fn dates_in_a_span() {
        let dates = [expr(0, 4), expr(10, 14), expr(20, 30)];
        assert_eq!(dates_in(&dates, Span::new(5, 25)).len(), 1);
        assert_eq!(dates_in(&dates, Span::new(0, 30)).len(), 3);
        assert_eq!(dates_in(&dates, Span::new(0, 29)).len(), 2);
        assert!(dates_in(&dates, Span::new(15, 19)).is_empty());
    }
}
