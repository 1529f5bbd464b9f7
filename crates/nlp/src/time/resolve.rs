//! Calendar arithmetic: turns a read [`Expr`] into a [`TimeValue`] (or a
//! range of them) given the publication date and the lean of the clause.
//!
//! Pure functions of their inputs, so each rule is testable alone. Where an
//! expression names less than a full date ("May 6", "Saturday", "August"),
//! the [`Lean`] picks the year or week: back (past tense: on or before
//! publication), ahead (future: on or after), or near (no cue: whichever is
//! closer).

use super::lex::{Key, Unit};
use super::parse::{Expr, Found, Part, Shift};
use super::Tense;
use chrono::{Datelike, Days, NaiveDate};
use newsgraph_core::{DatePrecision, TimeKind, TimeValue};

/// Which way an under-specified date is read from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lean {
    Back,
    Ahead,
    Near,
}

/// How numeric dates in this text order day and month, learnt from the ones
/// that settle it ("25/07/2021" is day first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Order {
    #[default]
    Unknown,
    DayFirst,
    MonthFirst,
}

/// What resolution needs besides the expression.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    pub published: Option<NaiveDate>,
    pub tense: Tense,
    /// The word just before the expression ("by", "until", "since").
    pub signal: Key,
    /// The word just before the expression, whatever it is.
    pub prev: Key,
    pub order: Order,
    /// The last day named before this expression, for "the next day".
    pub anchor: Option<NaiveDate>,
    /// The last date of any precision named before this expression, for
    /// "a year later".
    pub anchor_value: Option<TimeValue>,
    /// "to" and a verb follow: the date is a deadline for an act ("until
    /// April 30 to propose a timetable").
    pub deadline: bool,
}

/// A resolved expression, ready to become a `TimeExpr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub value: Option<TimeValue>,
    pub end: Option<TimeValue>,
    pub kind: TimeKind,
    pub relative: bool,
}

impl Resolved {
    fn point(value: Option<TimeValue>, relative: bool) -> Resolved {
        Resolved {
            value,
            end: None,
            kind: TimeKind::Point,
            relative,
        }
    }

    fn range(value: Option<TimeValue>, end: Option<TimeValue>, relative: bool) -> Resolved {
        Resolved {
            value,
            end,
            kind: TimeKind::Range,
            relative,
        }
    }

    fn none(kind: TimeKind, relative: bool) -> Resolved {
        Resolved {
            value: None,
            end: None,
            kind,
            relative,
        }
    }
}

impl Context {
    /// The lean for weekdays (`weekday`) or calendar dates.
    fn lean(&self, weekday: bool) -> Lean {
        match self.signal {
            Key::Since => return Lean::Back,
            Key::By | Key::Until | Key::Before if self.tense != Tense::Past => return Lean::Ahead,
            // "gave the junta until April 30 to propose": a deadline set in
            // the past may still lie ahead; a date is read to the nearer side
            Key::By | Key::Until if !weekday && self.deadline => return Lean::Near,
            _ => {}
        }
        match self.tense {
            Tense::Past => Lean::Back,
            Tense::Future => Lean::Ahead,
            // "The summit opens Monday": a present verb with a weekday is a schedule.
            Tense::Present if weekday => Lean::Ahead,
            Tense::Unknown if weekday => Lean::Back,
            Tense::Present | Tense::Unknown => Lean::Near,
        }
    }
}

/// Resolves one found expression, range and "since" included.
pub(crate) fn resolve_found(f: &Found, cx: &Context) -> Resolved {
    if f.since {
        let cx = Context {
            signal: Key::Since,
            ..*cx
        };
        let r = resolve(f.expr, &cx);
        let end = cx.published.map(TimeValue::from_date);
        return Resolved::range(r.value, end.or(r.end), r.relative || end.is_some());
    }
    let Some(to) = f.to else {
        return resolve(f.expr, cx);
    };
    // A year written once serves both ends: "between May and July 2021".
    let mut from = f.expr;
    if from.year().is_none() {
        if let Some(y) = to.year() {
            from = from.fill_year(y);
            if later(from, to) {
                from = from.with_year(y - 1);
            }
        }
    }
    let a = resolve(from, cx);
    let mut to = to;
    if let (None, Some(v)) = (to.year(), a.value) {
        to = to.fill_year(v.year);
        if later(from.fill_year(v.year), to) {
            to = to.with_year(v.year + 1);
        }
    }
    let b = resolve(to, cx);
    Resolved::range(a.value, b.end.or(b.value), a.relative || b.relative)
}

/// `a` falls after `b` within the same year (by month, then day).
fn later(a: Expr, b: Expr) -> bool {
    fn key(e: Expr) -> Option<(u8, u8)> {
        match e {
            Expr::Date { month, day, .. } => Some((month, day)),
            Expr::Month { month, .. } => Some((month, 0)),
            _ => None,
        }
    }
    matches!((key(a), key(b)), (Some(x), Some(y)) if x > y)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// Year and month `n` months after `(y, m)`.
fn add_months(y: i32, m: u32, n: i32) -> (i32, u8) {
    let idx = y * 12 + (m as i32 - 1) + n;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8)
}

fn day(d: Option<NaiveDate>) -> Option<TimeValue> {
    d.map(TimeValue::from_date)
}

fn weekday_index(d: NaiveDate) -> i64 {
    i64::from(d.weekday().num_days_from_monday())
}

fn on_or_before(d: NaiveDate, wd: u8) -> Option<NaiveDate> {
    add_days(d, -((weekday_index(d) - i64::from(wd)).rem_euclid(7)))
}

fn on_or_after(d: NaiveDate, wd: u8) -> Option<NaiveDate> {
    add_days(d, (i64::from(wd) - weekday_index(d)).rem_euclid(7))
}

fn valid(y: i32, m: u8, d: u8) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))
}

/// Day and month of a numeric date `a/b`, when the numbers or the text's
/// order settle which is which.
fn day_and_month(a: u8, b: u8, order: Order) -> Option<(u8, u8)> {
    match (a > 12, b > 12, order) {
        (true, _, _) => Some((a, b)),
        (_, true, _) => Some((b, a)),
        _ if a == b => Some((a, b)),
        (_, _, Order::DayFirst) => Some((a, b)),
        (_, _, Order::MonthFirst) => Some((b, a)),
        (_, _, Order::Unknown) => None,
    }
}

/// The year of a month-day with no year, from the lean.
fn year_of_day(p: NaiveDate, m: u8, d: u8, lean: Lean) -> Option<NaiveDate> {
    let y = p.year();
    let here = (u32::from(m), u32::from(d));
    let now = (p.month(), p.day());
    // February 29 waits for a leap year.
    match lean {
        Lean::Back => {
            let y = if here > now { y - 1 } else { y };
            (0..8).find_map(|k| valid(y - k, m, d))
        }
        Lean::Ahead => {
            let y = if here < now { y + 1 } else { y };
            (0..8).find_map(|k| valid(y + k, m, d))
        }
        Lean::Near => [y, y - 1, y + 1]
            .into_iter()
            .filter_map(|y| valid(y, m, d))
            .min_by_key(|c| (*c - p).num_days().abs()),
    }
}

/// The year of a month with no year, from the lean or an explicit shift.
fn year_of_month(p: NaiveDate, m: u8, lean: Lean, shift: Option<Shift>) -> i32 {
    let (y, now, m) = (p.year(), p.month(), u32::from(m));
    match shift {
        Some(Shift::Last) => y - i32::from(m >= now),
        Some(Shift::This) => y,
        Some(Shift::Next) => y + i32::from(m <= now),
        None => match lean {
            Lean::Back => y - i32::from(m > now),
            Lean::Ahead => y + i32::from(m < now),
            Lean::Near => {
                let ahead = (m + 12 - now) % 12;
                let back = (now + 12 - m) % 12;
                if ahead < back {
                    y + i32::from(m < now)
                } else {
                    y - i32::from(m > now)
                }
            }
        },
    }
}

/// A vague count ("a few", "recent") of a unit, as a number.
fn vague(unit: Unit) -> i64 {
    match unit {
        Unit::Hour => 12,
        Unit::Day => 5,
        Unit::Week | Unit::Month => 3,
        Unit::Fortnight => 1,
        Unit::Quarter | Unit::Decade => 2,
        Unit::Year => 5,
    }
}

/// `p` moved `n` units back (negative) or ahead, at the unit's precision.
fn moved(p: NaiveDate, unit: Unit, n: i64) -> Option<TimeValue> {
    let n32 = i32::try_from(n).ok()?;
    match unit {
        Unit::Hour => day(add_days(p, n.div_euclid(24))),
        Unit::Day => day(add_days(p, n)),
        Unit::Week => day(add_days(p, n * 7)),
        Unit::Fortnight => day(add_days(p, n * 14)),
        Unit::Month => {
            let (y, m) = add_months(p.year(), p.month(), n32);
            Some(TimeValue::month(y, m))
        }
        Unit::Quarter => {
            let (y, m) = add_months(p.year(), p.month(), n32.checked_mul(3)?);
            Some(TimeValue::month(y, m))
        }
        Unit::Year => Some(TimeValue::year(p.year().checked_add(n32)?)),
        Unit::Decade => Some(TimeValue::year(p.year().checked_add(n32.checked_mul(10)?)?)),
    }
}

/// Resolves one expression (no range, no "since").
pub(crate) fn resolve(expr: Expr, cx: &Context) -> Resolved {
    // Expressions that need no publication date.
    match expr {
        Expr::Date {
            year: Some(y),
            month,
            day: d,
        } => return Resolved::point(day(valid(y, month, d)), false),
        Expr::Month {
            year: Some(y),
            month,
            ..
        } => return Resolved::point(Some(TimeValue::month(y, month)), false),
        Expr::Year { year, part } => {
            let v = match part {
                Some(Part::End) => TimeValue::month(year, 12),
                Some(Part::Start) => TimeValue::month(year, 1),
                _ => TimeValue::year(year),
            };
            return Resolved::point(Some(v), false);
        }
        Expr::Decade { start, part } => {
            let (a, b) = match part {
                Some(Part::Early | Part::Start) => (0, 3),
                Some(Part::Mid) => (3, 6),
                Some(Part::Late | Part::End) => (6, 9),
                _ => (0, 9),
            };
            return Resolved::range(
                Some(TimeValue::year(start + a)),
                Some(TimeValue::year(start + b)),
                false,
            );
        }
        Expr::Numeric {
            a,
            b,
            year: Some(year),
        } => {
            return match day_and_month(a, b, cx.order) {
                Some((d, m)) => Resolved::point(day(valid(year, m, d)), false),
                None => Resolved::point(Some(TimeValue::year(year)), false),
            };
        }
        Expr::Season {
            season,
            year: Some(y),
            ..
        } => {
            let (a, b) = season_months(y, season);
            return Resolved::range(Some(a), Some(b), false);
        }
        Expr::Duration { n, unit } => {
            // "will return in two weeks": a point that far ahead.
            let ahead = cx.prev == Key::In && cx.tense == Tense::Future && n > 0;
            return match cx.published.filter(|_| ahead) {
                Some(p) => Resolved::point(moved(p, unit, i64::from(n)), true),
                None => Resolved::none(TimeKind::Duration, false),
            };
        }
        Expr::Set => return Resolved::none(TimeKind::Set, false),
        Expr::Anchored { days } => {
            let v = cx.anchor.and_then(|a| add_days(a, i64::from(days)));
            return Resolved::point(day(v), true);
        }
        Expr::AnchoredMonths { months } => {
            let v = cx.anchor_value.map(|a| match a.precision {
                DatePrecision::Year => TimeValue::year(a.year + months.div_euclid(12)),
                DatePrecision::Month | DatePrecision::Day => {
                    let (y, m) = add_months(a.year, u32::from(a.month), months);
                    TimeValue::month(y, m)
                }
            });
            return Resolved::point(v, true);
        }
        _ => {}
    }
    let kind = match expr {
        Expr::Weekend { .. } | Expr::Recent { .. } | Expr::Season { .. } => TimeKind::Range,
        Expr::Unit {
            unit: Unit::Week | Unit::Quarter | Unit::Decade | Unit::Fortnight,
            ..
        } => TimeKind::Range,
        Expr::Ago { n: 0, unit } if unit != Unit::Hour => TimeKind::Range,
        _ => TimeKind::Point,
    };
    let Some(p) = cx.published else {
        return Resolved::none(kind, true);
    };
    let (value, end) = relative(expr, p, cx);
    Resolved {
        value,
        end,
        kind: if end.is_some() { TimeKind::Range } else { kind },
        relative: true,
    }
}

/// The value (and range end) of an expression read against publication `p`.
fn relative(expr: Expr, p: NaiveDate, cx: &Context) -> (Option<TimeValue>, Option<TimeValue>) {
    let point = |v: Option<TimeValue>| (v, None);
    match expr {
        Expr::Date { month, day: d, .. } => point(day(year_of_day(p, month, d, cx.lean(false)))),
        Expr::Month { month, shift, .. } => {
            let y = year_of_month(p, month, cx.lean(false), shift);
            point(Some(TimeValue::month(y, month)))
        }
        Expr::MonthOfYear { month, shift } => {
            point(Some(TimeValue::month(p.year() + shift.offset(), month)))
        }
        Expr::Numeric { a, b, year: None } => match day_and_month(a, b, cx.order) {
            Some((d, m)) => point(day(year_of_day(p, m, d, cx.lean(false)))),
            None => (None, None),
        },
        Expr::Weekday { day: wd, shift } => {
            let d = match shift {
                Some(Shift::Last) => add_days(p, -1).and_then(|d| on_or_before(d, wd)),
                Some(Shift::Next) => add_days(p, 1).and_then(|d| on_or_after(d, wd)),
                _ => match cx.lean(true) {
                    Lean::Ahead => on_or_after(p, wd),
                    Lean::Back | Lean::Near => on_or_before(p, wd),
                },
            };
            point(day(d))
        }
        Expr::Day { offset } => point(day(add_days(p, i64::from(offset)))),
        Expr::Weekend { shift } => {
            let sunday = weekday_index(p) == 6;
            let sat = match shift {
                Some(Shift::Last) => add_days(p, -2).and_then(|d| on_or_before(d, 5)),
                Some(Shift::Next) => add_days(p, 1).and_then(|d| on_or_after(d, 5)),
                _ if sunday => add_days(p, -1),
                _ => match cx.lean(true) {
                    Lean::Ahead => on_or_after(p, 5),
                    Lean::Back | Lean::Near => on_or_before(p, 5),
                },
            };
            (day(sat), day(sat.and_then(|s| add_days(s, 1))))
        }
        Expr::Unit { unit, shift, part } => unit_period(p, unit, shift, part),
        Expr::Season {
            season,
            year: None,
            shift,
        } => season_range(p, season, shift, cx.lean(false)),
        Expr::Ago { n: 0, unit } => {
            if unit == Unit::Hour {
                return point(day(Some(p)));
            }
            let n = vague(unit);
            (moved(p, unit, -2 * n), moved(p, unit, -1))
        }
        Expr::Ago { n, unit } => point(moved(p, unit, -i64::from(n))),
        Expr::Recent { n, unit, ahead } => {
            let n = if n == 0 { vague(unit) } else { i64::from(n) };
            let now = moved(p, unit, 0);
            if ahead {
                (now, moved(p, unit, n))
            } else {
                (moved(p, unit, -n), now)
            }
        }
        _ => (None, None),
    }
}

/// The first and last month of a season (northern hemisphere) that begins
/// in year `y`: winter runs from December into the next year.
fn season_months(y: i32, season: u8) -> (TimeValue, TimeValue) {
    let first = 3 + 3 * u32::from(season.min(3));
    let (y2, m2) = add_months(y, first, 2);
    (TimeValue::month(y, first as u8), TimeValue::month(y2, m2))
}

/// A season with no year: "last summer" ended before publication, "next
/// spring" begins after it, "this winter" and a bare season follow the lean.
fn season_range(
    p: NaiveDate,
    season: u8,
    shift: Option<Shift>,
    lean: Lean,
) -> (Option<TimeValue>, Option<TimeValue>) {
    let now = p.year() * 12 + p.month() as i32 - 1;
    let first = 2 + 3 * i32::from(season.min(3));
    // Candidate seasons as (year, first month, last month) month indices, oldest first.
    let mut spans = (p.year() - 2..=p.year() + 1).map(|y| (y, y * 12 + first, y * 12 + first + 2));
    let pick = match (shift, lean) {
        (Some(Shift::Last), _) => spans.rfind(|s| s.2 < now),
        (Some(Shift::Next), _) => spans.find(|s| s.1 > now),
        (None, Lean::Back) => spans.rfind(|s| s.1 <= now),
        (None, Lean::Ahead) => spans.find(|s| s.2 >= now),
        // "this summer", or no cue: the one running now or nearest to it.
        // Ties go to the one ahead.
        _ => spans.min_by_key(|s| {
            let away = (s.1 - now).abs().min((s.2 - now).abs());
            (away, std::cmp::Reverse(s.1))
        }),
    };
    match pick {
        Some((y, _, _)) => {
            let (a, b) = season_months(y, season);
            (Some(a), Some(b))
        }
        None => (None, None),
    }
}

/// "last week", "this month", "by the end of the year", "earlier this week".
fn unit_period(
    p: NaiveDate,
    unit: Unit,
    shift: Shift,
    part: Option<Part>,
) -> (Option<TimeValue>, Option<TimeValue>) {
    let k = shift.offset();
    match unit {
        Unit::Week | Unit::Fortnight => {
            let monday = add_days(p, -weekday_index(p));
            let start = monday.and_then(|m| add_days(m, 7 * i64::from(k)));
            let sunday = start.and_then(|s| add_days(s, 6));
            match (shift, part) {
                (Shift::This, Some(Part::Earlier)) => (day(start), day(Some(p))),
                (Shift::This, Some(Part::Later)) => (day(Some(p)), day(sunday)),
                _ => (day(start), day(sunday)),
            }
        }
        Unit::Month => {
            let (y, m) = add_months(p.year(), p.month(), k);
            (Some(TimeValue::month(y, m)), None)
        }
        Unit::Quarter => {
            let first = (p.month() - 1) / 3 * 3 + 1;
            let (y, m) = add_months(p.year(), first, 3 * k);
            let (y2, m2) = add_months(y, u32::from(m), 2);
            (Some(TimeValue::month(y, m)), Some(TimeValue::month(y2, m2)))
        }
        Unit::Year => {
            let y = p.year() + k;
            let v = match part {
                Some(Part::End) => TimeValue::month(y, 12),
                Some(Part::Start) => TimeValue::month(y, 1),
                _ => TimeValue::year(y),
            };
            (Some(v), None)
        }
        Unit::Decade => {
            let start = p.year() - p.year().rem_euclid(10) + 10 * k;
            (
                Some(TimeValue::year(start)),
                Some(TimeValue::year(start + 9)),
            )
        }
        Unit::Day | Unit::Hour => (day(add_days(p, i64::from(k))), None),
    }
}
