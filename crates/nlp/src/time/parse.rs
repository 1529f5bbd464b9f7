//! The time grammar: finds time expressions in scanned [`Item`]s and reads
//! each into an [`Expr`], before any calendar arithmetic.
//!
//! A hand-written recursive-descent matcher over word keys rather than one
//! large regex: the cases differ in how they read numbers ("6 May" vs
//! "7/10" vs "1990s"), bare month names must be guarded ("May" the modal),
//! and the result has to be a structured value, not a capture group. Every
//! rule is a short function; the scan tries them at each item and keeps the
//! longest match, so "early May 2021" wins over "May 2021".

use super::lex::{Item, Key, Kind, Unit};

/// A shift from the current period: "last", "this", "next".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    Last,
    This,
    Next,
}

impl Shift {
    pub fn offset(self) -> i32 {
        match self {
            Shift::Last => -1,
            Shift::This => 0,
            Shift::Next => 1,
        }
    }
}

/// A part of a period: "early May", "the end of the year", "earlier this week".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Early,
    Mid,
    Late,
    Start,
    End,
    /// Before the publication date inside the current period.
    Earlier,
    /// After the publication date inside the current period.
    Later,
}

/// One time expression as read, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    /// "May 6", "6 May 2021", "2021-07-10".
    Date {
        year: Option<i32>,
        month: u8,
        day: u8,
    },
    /// "October 2001", "in May", "last August", "mid-May".
    Month {
        year: Option<i32>,
        month: u8,
        shift: Option<Shift>,
        part: Option<Part>,
    },
    /// "March last year", "in January next year": a month of the year
    /// before, of or after publication's.
    MonthOfYear { month: u8, shift: Shift },
    /// "in 2014", "early 2023", "the end of 2024".
    Year { year: i32, part: Option<Part> },
    /// "the 1990s" (the first year), "the early 1990s".
    Decade { start: i32, part: Option<Part> },
    /// "10/07/2021": day and month in an order the text alone may not settle.
    /// "on 7/25" has no year: read from the lean like "July 25".
    Numeric { a: u8, b: u8, year: Option<i32> },
    /// "Saturday", "last Friday"; Monday = 0.
    Weekday { day: u8, shift: Option<Shift> },
    /// "today" (0), "yesterday" (-1), "tomorrow" (1), "last night" (-1).
    Day { offset: i32 },
    /// "last week", "this year", "by the end of the month", "earlier this year".
    Unit {
        unit: Unit,
        shift: Shift,
        part: Option<Part>,
    },
    /// "the weekend", "last weekend".
    Weekend { shift: Option<Shift> },
    /// "last summer", "in the spring of 2020", "winter 2021"; spring = 0.
    Season {
        season: u8,
        year: Option<i32>,
        shift: Option<Shift>,
    },
    /// "three days ago"; `n` 0 for "days ago", "a few weeks ago".
    Ago { n: u32, unit: Unit },
    /// "the past few days", "recent weeks", "the past 20 years", "the coming days".
    Recent { n: u32, unit: Unit, ahead: bool },
    /// "the next day", "two days later": days after the date before it.
    Anchored { days: i32 },
    /// "a year later", "six months earlier": months after (before) the
    /// date named before it, at that date's precision (month at most).
    AnchoredMonths { months: i32 },
    /// "three months", "20 years": a length, not a date — except after
    /// "in" in a future clause ("will return in two weeks"). `n` 0 is vague.
    Duration { n: u32, unit: Unit },
    /// "every Monday", "each year".
    Set,
}

impl Expr {
    /// The year written in the expression, if any (a range's ends lend it
    /// to each other: "between May and July 2021").
    pub fn year(self) -> Option<i32> {
        match self {
            Expr::Date { year, .. } | Expr::Month { year, .. } => year,
            Expr::Year { year, .. } => Some(year),
            _ => None,
        }
    }

    /// The same month or date in year `y`.
    pub fn with_year(self, y: i32) -> Expr {
        match self {
            Expr::Date { month, day, .. } => Expr::Date {
                year: Some(y),
                month,
                day,
            },
            Expr::Month {
                month, shift, part, ..
            } => Expr::Month {
                year: Some(y),
                month,
                shift,
                part,
            },
            e => e,
        }
    }

    /// Lends year `y` to a month or date that has none.
    pub fn fill_year(self, y: i32) -> Expr {
        match self {
            Expr::Date { year: None, .. } | Expr::Month { year: None, .. } => self.with_year(y),
            e => e,
        }
    }
}

/// One expression found: items `[start, end)`, and for a range its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    /// The far end of a range ("between May and July", "2001–2021").
    pub to: Option<Expr>,
    /// "since April": from the expression up to the publication date.
    pub since: bool,
}

/// Finds every time expression in `items`, in order, without overlaps.
pub(crate) fn find_all(items: &[Item], out: &mut Vec<Found>) {
    let p = Parser { it: items };
    let mut i = 0;
    while i < items.len() {
        match p.at(i) {
            Some(f) if f.end > i => {
                out.push(f);
                i = f.end;
            }
            _ => i += 1,
        }
    }
}

/// Reads the first expression in `items` found at or after its start,
/// treating a bare month or year at the very start as introduced.
pub(crate) fn first(items: &[Item]) -> Option<Found> {
    let p = Parser { it: items };
    if let Some((expr, end)) = p.single(0, true) {
        let found = Found {
            start: 0,
            end,
            expr,
            to: None,
            since: false,
        };
        return Some(p.extend(found).unwrap_or(found));
    }
    (0..items.len()).find_map(|i| p.at(i))
}

struct Parser<'a> {
    it: &'a [Item],
}

/// Words after which a bare month name or year is a date: "in May", "since 2014".
fn introduces(k: Key) -> bool {
    matches!(
        k,
        Key::In
            | Key::Since
            | Key::Until
            | Key::By
            | Key::From
            | Key::During
            | Key::Before
            | Key::After
            | Key::Through
            | Key::Between
            | Key::Of
            | Key::For
            | Key::Early
            | Key::Late
            | Key::Mid
    )
}

fn day_of_month(n: u32) -> Option<u8> {
    (1..=31).contains(&n).then_some(n as u8)
}

fn plausible_year(n: u32) -> Option<i32> {
    (1800..=2100).contains(&n).then_some(n as i32)
}

impl Parser<'_> {
    fn get(&self, i: usize) -> Option<&Item> {
        self.it.get(i)
    }

    fn key(&self, i: usize) -> Key {
        self.get(i).map_or(Key::Other, |t| t.key)
    }

    /// Item `i` is a number directly after item `i - 1`.
    fn num_touching(&self, i: usize) -> Option<&Item> {
        let t = self.get(i)?;
        let prev = self.get(i.checked_sub(1)?)?;
        (t.kind == Kind::Num && t.touches(prev)).then_some(t)
    }

    fn punct_touching(&self, i: usize, c: char) -> bool {
        match (self.get(i), i.checked_sub(1).and_then(|j| self.get(j))) {
            (Some(t), Some(prev)) => t.punct(c) && t.touches(prev),
            _ => false,
        }
    }

    /// A bare month or year at `i` counts: "in May", "in the 2014 election".
    fn introduced(&self, i: usize) -> bool {
        let Some(j) = i.checked_sub(1) else {
            return false;
        };
        introduces(self.key(j)) || (self.key(j) == Key::The && j > 0 && introduces(self.key(j - 1)))
    }

    /// The expression starting at item `i`, range and "since" included.
    fn at(&self, i: usize) -> Option<Found> {
        match self.key(i) {
            Key::Since => {
                let (expr, end) = self.single(i + 1, true)?;
                return Some(Found {
                    start: i,
                    end,
                    expr,
                    to: None,
                    since: true,
                });
            }
            Key::Between | Key::From => {
                if let Some(f) = self.range(i) {
                    return Some(f);
                }
            }
            _ => {}
        }
        let introduced = self.introduced(i);
        let (expr, end) = self.single(i, introduced)?;
        let found = Found {
            start: i,
            end,
            expr,
            to: None,
            since: false,
        };
        Some(self.extend(found).unwrap_or(found))
    }

    /// "between May and July", "from 2001 to 2021".
    fn range(&self, i: usize) -> Option<Found> {
        let (from, j) = self.single(i + 1, true)?;
        let joined = match self.key(i) {
            Key::Between => self.key(j) == Key::And,
            _ => {
                matches!(self.key(j), Key::To | Key::Until | Key::Through)
                    || self.get(j).is_some_and(Item::dash)
            }
        };
        if !joined {
            return None;
        }
        let (to, end) = self.single(j + 1, true)?;
        Some(Found {
            start: i,
            end,
            expr: from,
            to: Some(to),
            since: false,
        })
    }

    /// A range written with a dash after a found expression: "2001-2021",
    /// "2020-21", "May 5-7", "May–July".
    fn extend(&self, f: Found) -> Option<Found> {
        let dash = self.get(f.end).filter(|t| t.dash())?;
        let next = self.get(f.end + 1)?;
        let spaced = !dash.touches(self.get(f.end - 1)?) || !next.touches(dash);
        let (to, end) = match f.expr {
            Expr::Year { year, part: None } if next.kind == Kind::Num => {
                let to = match next.digits {
                    4 => plausible_year(next.num).filter(|&y| y > year)?,
                    2 if !spaced => {
                        let y = year - year % 100 + next.num as i32;
                        (y > year).then_some(y)?
                    }
                    _ => return None,
                };
                (
                    Expr::Year {
                        year: to,
                        part: None,
                    },
                    f.end + 2,
                )
            }
            Expr::Date { year, month, day } if next.kind == Kind::Num && next.digits <= 2 => {
                let to = day_of_month(next.num).filter(|&d| d > day)?;
                let mut end = f.end + 2;
                let mut year = year;
                if year.is_none() && self.get(end).is_some_and(|t| t.punct(',')) {
                    if let Some(y) = self.get(end + 1).and_then(|t| self.year_num(t)) {
                        year = Some(y);
                        end += 2;
                    }
                }
                let from = Expr::Date { year, month, day };
                return Some(Found {
                    expr: from,
                    end,
                    to: Some(Expr::Date {
                        year,
                        month,
                        day: to,
                    }),
                    ..f
                });
            }
            Expr::Month { shift: None, .. } => {
                let (to, end) = self.single(f.end + 1, true)?;
                matches!(to, Expr::Month { shift: None, .. }).then_some((to, end))?
            }
            _ => return None,
        };
        Some(Found {
            end,
            to: Some(to),
            ..f
        })
    }

    /// An optional year after a day and month ("May 6, 2021", "6 May 2021"):
    /// the year and the index after it, or `None` and `end` unchanged.
    fn year_after(&self, end: usize) -> (Option<i32>, usize) {
        let k = end + usize::from(self.get(end).is_some_and(|t| t.punct(',')));
        match self.get(k).and_then(|t| self.year_num(t)) {
            Some(y) => (Some(y), k + 1),
            None => (None, end),
        }
    }

    fn year_num(&self, t: &Item) -> Option<i32> {
        if t.kind == Kind::Num && t.digits == 4 {
            plausible_year(t.num)
        } else {
            None
        }
    }

    /// One expression (no range) starting at `i`; `introduced` lets a bare
    /// month or year stand alone.
    fn single(&self, i: usize, introduced: bool) -> Option<(Expr, usize)> {
        let t = self.get(i)?;
        match t.key {
            Key::Back if self.key(i + 1) == Key::In => self.single(i + 2, true),
            Key::Early | Key::Mid | Key::Late => self.part_prefix(i),
            Key::The => self.the(i),
            Key::Start | Key::End | Key::Middle if self.key(i + 1) == Key::Of => {
                self.part_of(i, i + 2)
            }
            Key::Earlier | Key::Later => self.earlier(i),
            Key::Last | Key::This | Key::Next | Key::Past | Key::Previous | Key::Coming => {
                self.shifted(i)
            }
            Key::Recent => {
                let unit = self.units(i + 1)?;
                Some((
                    Expr::Recent {
                        n: 0,
                        unit,
                        ahead: false,
                    },
                    i + 2,
                ))
            }
            Key::Today | Key::Tonight => Some((Expr::Day { offset: 0 }, self.day_part(i + 1))),
            Key::Yesterday => Some((Expr::Day { offset: -1 }, self.day_part(i + 1))),
            Key::Tomorrow => Some((Expr::Day { offset: 1 }, self.day_part(i + 1))),
            Key::Weekday(day) if t.cap => self.weekday(i, day, None),
            Key::Month(_) | Key::MonthAbbr(_) if t.cap => self.month(i, introduced),
            Key::Every => self.every(i),
            Key::Season(season) => self.season(i, season, introduced),
            Key::Unit(unit) if self.key(i + 1) == Key::Ago => {
                Some((Expr::Ago { n: 0, unit }, i + 2))
            }
            Key::Count(_) | Key::A | Key::Some => self.counted(i),
            _ if t.kind == Kind::Num => self.number(i, introduced),
            _ => None,
        }
    }

    /// "morning", "night" after a day word: part of the expression.
    fn day_part(&self, i: usize) -> usize {
        if self.key(i) == Key::DayPart {
            i + 1
        } else {
            i
        }
    }

    fn weekday(&self, i: usize, day: u8, shift: Option<Shift>) -> Option<(Expr, usize)> {
        // "the Sunday Times": a name, not a day.
        let prev_the = i > 0 && self.key(i - 1) == Key::The;
        if prev_the
            && self
                .get(i + 1)
                .is_some_and(|t| t.cap && t.kind == Kind::Word && t.key == Key::Other)
        {
            return None;
        }
        // "Friday, Jan. 20, 2023": the date says it all.
        let mut j = i + 1;
        if self.get(j).is_some_and(|t| t.punct(',')) {
            j += 1;
        }
        if self.get(j).is_some_and(|t| t.cap) {
            if let Some((date @ Expr::Date { .. }, end)) = self.month(j, false) {
                return Some((date, end));
            }
        }
        Some((Expr::Weekday { day, shift }, self.day_part(i + 1)))
    }

    /// A month name at `i` and what follows it.
    fn month(&self, i: usize, introduced: bool) -> Option<(Expr, usize)> {
        let t = self.get(i)?;
        let (month, abbr) = match t.key {
            Key::Month(m) => (m, false),
            Key::MonthAbbr(m) => (m, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr && self.punct_touching(j, '.') {
            j += 1;
        } else if abbr && self.get(j).is_none_or(|t| t.kind != Kind::Num) {
            return None;
        }
        // "May 6", "May 6th, 2025", "Sept. 11".
        if let Some(n) = self.get(j).filter(|n| n.kind == Kind::Num && n.digits <= 2) {
            let clock = (self.punct_touching(j + 1, ':') || self.punct_touching(j + 1, '.'))
                && self.num_touching(j + 2).is_some();
            if let (Some(day), false) = (day_of_month(n.num), clock) {
                let mut end = j + 1;
                if self.key(end) == Key::Ordinal && self.get(end).is_some_and(|o| o.touches(n)) {
                    end += 1;
                }
                let (year, end) = self.year_after(end);
                return Some((Expr::Date { year, month, day }, end));
            }
        }
        // "October 2001", "May, 2021".
        let mut k = j;
        if self.get(k).is_some_and(|t| t.punct(',')) {
            k += 1;
        }
        if let Some(y) = self.get(k).and_then(|t| self.year_num(t)) {
            return Some((
                Expr::Month {
                    year: Some(y),
                    month,
                    shift: None,
                    part: None,
                },
                k + 1,
            ));
        }
        // "March last year": the month of the year before publication's.
        let shift = match self.key(j) {
            Key::Last | Key::Previous => Some(Shift::Last),
            Key::This => Some(Shift::This),
            Key::Next => Some(Shift::Next),
            _ => None,
        };
        if let Some(shift) = shift.filter(|_| !abbr && self.key(j + 1) == Key::Unit(Unit::Year)) {
            return Some((Expr::MonthOfYear { month, shift }, j + 2));
        }
        (introduced && !abbr).then_some((
            Expr::Month {
                year: None,
                month,
                shift: None,
                part: None,
            },
            j,
        ))
    }

    /// A number at `i`: ISO and numeric dates, "6 May", years, decades,
    /// counts of units.
    fn number(&self, i: usize, introduced: bool) -> Option<(Expr, usize)> {
        let t = self.get(i)?;
        // The number is the tail of a longer one ("1,000", "3.5"): not a date.
        let tail = i > 1
            && self.get(i - 1).is_some_and(|p| {
                t.touches(p)
                    && (p.punct(',') || p.punct('.'))
                    && self
                        .get(i - 2)
                        .is_some_and(|q| q.kind == Kind::Num && p.touches(q))
            });
        if tail {
            return None;
        }
        if let Some(found) = self.numeric_date(i) {
            return Some(found);
        }
        if t.digits <= 2 {
            // "6 May", "6th of May 2021".
            if let Some(day) = day_of_month(t.num) {
                let mut j = i + 1;
                if self.key(j) == Key::Ordinal && self.get(j).is_some_and(|o| o.touches(t)) {
                    j += 1;
                }
                if self.key(j) == Key::Of {
                    j += 1;
                }
                if let Some(m) = self.get(j).filter(|m| m.cap) {
                    let month = match m.key {
                        Key::Month(mo) => Some(mo),
                        Key::MonthAbbr(mo) if self.punct_touching(j + 1, '.') => Some(mo),
                        _ => None,
                    };
                    if let Some(month) = month {
                        let mut end = j + 1;
                        if matches!(m.key, Key::MonthAbbr(_)) {
                            end += 1; // the "." checked above
                        }
                        let (year, end) = self.year_after(end);
                        return Some((Expr::Date { year, month, day }, end));
                    }
                }
            }
        }
        if t.digits == 4 {
            if let Some(year) = plausible_year(t.num) {
                // "1990s", "1990's".
                if year % 10 == 0 {
                    if self.key(i + 1) == Key::S && self.get(i + 1).is_some_and(|s| s.touches(t)) {
                        return Some((
                            Expr::Decade {
                                start: year,
                                part: None,
                            },
                            i + 2,
                        ));
                    }
                    let apostrophe =
                        self.punct_touching(i + 1, '\'') || self.punct_touching(i + 1, '’');
                    if apostrophe && self.key(i + 2) == Key::S {
                        return Some((
                            Expr::Decade {
                                start: year,
                                part: None,
                            },
                            i + 3,
                        ));
                    }
                }
                // "2024's election".
                let possessive = (self.punct_touching(i + 1, '\'')
                    || self.punct_touching(i + 1, '’'))
                    && self.key(i + 2) == Key::S;
                if possessive {
                    return Some((Expr::Year { year, part: None }, i + 1));
                }
                let unit_follows = matches!(self.key(i + 1), Key::Unit(_) | Key::Day);
                // "of 2000 people", "for 1900 troops": a count, not a year.
                let counted_after = i > 0
                    && matches!(
                        self.key(i - 1),
                        Key::Of | Key::For | Key::From | Key::Between
                    )
                    && self
                        .get(i + 1)
                        .is_some_and(|n| n.kind == Kind::Word && !n.cap && n.key == Key::Other);
                // "2001-2021": a span of years stands without an introduction.
                let spans = self.get(i + 1).is_some_and(Item::dash)
                    && self
                        .get(i + 2)
                        .and_then(|n| self.year_num(n))
                        .is_some_and(|to| to > year);
                if (introduced || spans) && !unit_follows && !counted_after {
                    return Some((Expr::Year { year, part: None }, i + 1));
                }
            }
        }
        self.counted(i)
    }

    /// "2021-07-10", "2021/07/10", "10/07/2021", "10.07.21".
    fn numeric_date(&self, i: usize) -> Option<(Expr, usize)> {
        let a = self.get(i)?;
        let s1 = self.get(i + 1).filter(|s| s.touches(a))?;
        let sep = char::from_u32(s1.num).filter(|c| matches!(c, '-' | '/' | '.'))?;
        if s1.kind != Kind::Punct {
            return None;
        }
        let b = self.num_touching(i + 2)?;
        if !self.punct_touching(i + 3, sep) {
            // "on 7/25": a day and month only after a word that introduces a
            // date (a bare "7/10" is as likely a score or a fraction).
            let introduced =
                i > 0 && matches!(self.key(i - 1), Key::On | Key::By | Key::Since | Key::Until);
            if sep != '/' || !introduced || a.digits > 2 || b.digits > 2 {
                return None;
            }
            let (a, b) = (day_of_month(a.num)?, day_of_month(b.num)?);
            return (a <= 12 || b <= 12).then_some((Expr::Numeric { a, b, year: None }, i + 3));
        }
        let c = self.num_touching(i + 4)?;
        // Not part of a longer run ("1.2.3.4", "10/07/2021/5").
        if self.num_touching(i + 6).is_some() && self.punct_touching(i + 5, sep) {
            return None;
        }
        if a.digits == 4 {
            let year = plausible_year(a.num)?;
            let month = (1..=12).contains(&b.num).then_some(b.num as u8)?;
            let day = day_of_month(c.num)?;
            return (b.digits == 2 || sep != '-').then_some((
                Expr::Date {
                    year: Some(year),
                    month,
                    day,
                },
                i + 5,
            ));
        }
        if a.digits > 2 || b.digits > 2 || (sep == '.' && c.digits != 4) {
            return None;
        }
        let year = match c.digits {
            4 => plausible_year(c.num)?,
            2 => 2000 + c.num as i32,
            _ => return None,
        };
        let (a, b) = (day_of_month(a.num)?, day_of_month(b.num)?);
        (a <= 12 || b <= 12).then_some((
            Expr::Numeric {
                a,
                b,
                year: Some(year),
            },
            i + 5,
        ))
    }

    /// A unit word at `i` ("days", "week"), as a [`Unit`].
    fn units(&self, i: usize) -> Option<Unit> {
        match self.key(i) {
            Key::Unit(u) => Some(u),
            Key::Day => Some(Unit::Day),
            _ => None,
        }
    }

    /// A count ("three", "20", "a few", "several") and its unit: "three days
    /// ago", "two days later", "20 years".
    fn counted(&self, i: usize) -> Option<(Expr, usize)> {
        let t = self.get(i)?;
        let (n, mut j) = match t.key {
            Key::Count(n) => (n, i + 1),
            Key::A if self.key(i + 1) == Key::Some => (0, i + 2),
            Key::A => (1, i + 1),
            Key::Some => (0, i + 1),
            _ if t.kind == Kind::Num && t.digits <= 3 => (t.num, i + 1),
            _ => return None,
        };
        if self.key(j) == Key::Of {
            j += 1; // "a couple of days"
        }
        let unit = self.units(j)?;
        let end = j + 1;
        match self.key(end) {
            Key::Ago => Some((Expr::Ago { n, unit }, end + 1)),
            Key::Later | Key::Earlier => {
                let sign = if self.key(end) == Key::Later { 1 } else { -1 };
                let months = match unit {
                    Unit::Month => 1,
                    Unit::Quarter => 3,
                    Unit::Year => 12,
                    _ => 0,
                };
                if months > 0 && n > 0 {
                    let months = sign * months * n.min(1_000) as i32;
                    return Some((Expr::AnchoredMonths { months }, end + 1));
                }
                let days = match unit {
                    Unit::Day => 1,
                    Unit::Week => 7,
                    Unit::Fortnight => 14,
                    _ => return Some((Expr::Duration { n, unit }, end)),
                };
                if n == 0 {
                    return Some((Expr::Duration { n, unit }, end));
                }
                let days = sign * days * n.min(10_000) as i32;
                Some((Expr::Anchored { days }, end + 1))
            }
            // "a day" or "a few months" alone says too little to keep,
            // unless "in" makes it a point ahead: "in a week".
            _ if matches!(t.key, Key::A | Key::Some) && (i == 0 || self.key(i - 1) != Key::In) => {
                None
            }
            _ => Some((Expr::Duration { n, unit }, end)),
        }
    }

    /// "summer 2020", "the summer of 2014", "in the spring".
    fn season(&self, i: usize, season: u8, introduced: bool) -> Option<(Expr, usize)> {
        let mut j = i + 1;
        if self.key(j) == Key::Of {
            j += 1;
        }
        if let Some(year) = self.get(j).and_then(|t| self.year_num(t)) {
            let year = Some(year);
            return Some((
                Expr::Season {
                    season,
                    year,
                    shift: None,
                },
                j + 1,
            ));
        }
        // "the fall of Kabul": an event, not a season.
        let of_something = j > i + 1;
        (introduced && !of_something).then_some((
            Expr::Season {
                season,
                year: None,
                shift: None,
            },
            i + 1,
        ))
    }

    /// "every Monday", "each year".
    fn every(&self, i: usize) -> Option<(Expr, usize)> {
        match self.key(i + 1) {
            Key::Weekday(_) | Key::Unit(_) | Key::Day | Key::DayPart | Key::Weekend => {
                Some((Expr::Set, i + 2))
            }
            Key::Month(_) if self.get(i + 1).is_some_and(|t| t.cap) => Some((Expr::Set, i + 2)),
            _ => None,
        }
    }

    /// "early May", "mid-May", "late 2023", "the early 1990s", "late last year".
    fn part_prefix(&self, i: usize) -> Option<(Expr, usize)> {
        let part = match self.key(i) {
            Key::Early => Part::Early,
            Key::Mid => Part::Mid,
            Key::Late => Part::Late,
            _ => return None,
        };
        let mut j = i + 1;
        if self.get(j).is_some_and(|t| t.dash()) {
            j += 1;
        }
        if self.key(j) == Key::The {
            j += 1;
        }
        let (expr, end) = self.single(j, true)?;
        Some((with_part(expr, part)?, end))
    }

    /// "the end of May", "end of the month": `j` is after "of".
    fn part_of(&self, i: usize, j: usize) -> Option<(Expr, usize)> {
        let part = match self.key(i) {
            Key::Start => Part::Start,
            Key::End => Part::End,
            _ => Part::Mid,
        };
        // "the month", "the year", "the week": the current one.
        if self.key(j) == Key::The {
            if let Some(unit) = self.units(j + 1) {
                return Some((
                    Expr::Unit {
                        unit,
                        shift: Shift::This,
                        part: Some(part),
                    },
                    j + 2,
                ));
            }
        }
        let (expr, end) = self.single(j, true)?;
        Some((with_part(expr, part)?, end))
    }

    /// "the ..." at `i`.
    fn the(&self, i: usize) -> Option<(Expr, usize)> {
        let j = i + 1;
        match self.key(j) {
            Key::Start | Key::End | Key::Middle if self.key(j + 1) == Key::Of => {
                self.part_of(j, j + 2)
            }
            Key::Weekend => Some((Expr::Weekend { shift: None }, j + 1)),
            Key::Season(season) => self.season(j, season, self.introduced(j)),
            Key::Early | Key::Mid | Key::Late => self.part_prefix(j),
            Key::Next | Key::Following if self.key(j + 1) == Key::Day => {
                Some((Expr::Anchored { days: 1 }, j + 2))
            }
            Key::Previous if self.key(j + 1) == Key::Day => {
                Some((Expr::Anchored { days: -1 }, j + 2))
            }
            // "expelled the troops in 2023 and ended the pact the following
            // year": a year or month after (before) the date named before
            // it, not after publication.
            Key::Following | Key::Previous
                if matches!(self.key(j + 1), Key::Unit(Unit::Year | Unit::Month)) =>
            {
                let months = if self.key(j + 1) == Key::Unit(Unit::Year) {
                    12
                } else {
                    1
                };
                let sign = if self.key(j) == Key::Previous { -1 } else { 1 };
                Some((
                    Expr::AnchoredMonths {
                        months: sign * months,
                    },
                    j + 2,
                ))
            }
            Key::Same if self.key(j + 1) == Key::Day => Some((Expr::Anchored { days: 0 }, j + 2)),
            Key::Day if self.key(j + 1) == Key::Before && self.key(j + 2) == Key::Yesterday => {
                Some((Expr::Day { offset: -2 }, j + 3))
            }
            Key::Day if self.key(j + 1) == Key::After && self.key(j + 2) == Key::Tomorrow => {
                Some((Expr::Day { offset: 2 }, j + 3))
            }
            Key::Past | Key::Last | Key::Previous | Key::Coming | Key::Next => {
                let (expr, end) = self.shifted(j)?;
                // "the last week" reads as "the past week".
                let expr = match expr {
                    Expr::Unit {
                        unit,
                        shift: Shift::Last,
                        part: None,
                    } => Expr::Recent {
                        n: 1,
                        unit,
                        ahead: false,
                    },
                    e => e,
                };
                Some((expr, end))
            }
            Key::Recent => self.single(j, true),
            Key::Other => {
                // "the 1990s", "the '90s", "the 6th of May".
                let t = self.get(j)?;
                if t.kind == Kind::Num {
                    return self
                        .number(j, false)
                        .filter(|(e, _)| matches!(e, Expr::Decade { .. } | Expr::Date { .. }));
                }
                if t.punct('\'') || t.punct('’') {
                    let n = self.num_touching(j + 1).filter(|n| n.digits == 2)?;
                    if n.num % 10 == 0 && self.key(j + 2) == Key::S {
                        let century = if n.num >= 30 { 1900 } else { 2000 };
                        let start = century + n.num as i32;
                        return Some((Expr::Decade { start, part: None }, j + 3));
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// "earlier this year", "later this month", "earlier today", "earlier in the day".
    fn earlier(&self, i: usize) -> Option<(Expr, usize)> {
        let part = if self.key(i) == Key::Earlier {
            Part::Earlier
        } else {
            Part::Later
        };
        let j = i + 1;
        match self.key(j) {
            Key::Today | Key::Tonight => Some((Expr::Day { offset: 0 }, j + 1)),
            Key::This => {
                let unit = self.units(j + 1)?;
                Some((
                    Expr::Unit {
                        unit,
                        shift: Shift::This,
                        part: Some(part),
                    },
                    j + 2,
                ))
            }
            Key::In if self.key(j + 1) == Key::The => match self.key(j + 2) {
                Key::Day => Some((Expr::Day { offset: 0 }, j + 3)),
                Key::Unit(unit) => Some((
                    Expr::Unit {
                        unit,
                        shift: Shift::This,
                        part: Some(part),
                    },
                    j + 3,
                )),
                _ => None,
            },
            _ => None,
        }
    }

    /// "last week", "this Saturday", "next month", "last August", "past few
    /// days", "coming weeks", "last night", "this morning".
    fn shifted(&self, i: usize) -> Option<(Expr, usize)> {
        let key = self.key(i);
        let shift = match key {
            Key::Last | Key::Previous | Key::Past => Shift::Last,
            Key::This => Shift::This,
            _ => Shift::Next,
        };
        let j = i + 1;
        // "this past Sunday", "this past weekend".
        if key == Key::This && self.key(j) == Key::Past {
            return match self.get(j + 1)?.key {
                Key::Weekday(day) => self.weekday(j + 1, day, Some(Shift::Last)),
                Key::Weekend => Some((
                    Expr::Weekend {
                        shift: Some(Shift::Last),
                    },
                    j + 2,
                )),
                _ => self.shifted(j),
            };
        }
        let recent = matches!(key, Key::Past | Key::Last | Key::Coming | Key::Next);
        let t = self.get(j)?;
        match t.key {
            // "the past few days", "the last two weeks", "over the past 20 years".
            Key::Count(_) | Key::Some if recent => {
                let n = match t.key {
                    Key::Count(n) => n,
                    _ => 0,
                };
                let mut k = j + 1;
                if self.key(k) == Key::Of {
                    k += 1;
                }
                let unit = self.units(k)?;
                let ahead = matches!(key, Key::Coming | Key::Next);
                Some((Expr::Recent { n, unit, ahead }, k + 1))
            }
            _ if recent && t.kind == Kind::Num && t.digits <= 3 => {
                let unit = self.units(j + 1)?;
                let ahead = matches!(key, Key::Coming | Key::Next);
                Some((
                    Expr::Recent {
                        n: t.num,
                        unit,
                        ahead,
                    },
                    j + 2,
                ))
            }
            Key::Weekday(day) if t.cap && key != Key::Past => self.weekday(j, day, Some(shift)),
            Key::Month(month) if t.cap && key != Key::Past => Some((
                Expr::Month {
                    year: None,
                    month,
                    shift: Some(shift),
                    part: None,
                },
                j + 1,
            )),
            Key::Weekend => Some((Expr::Weekend { shift: Some(shift) }, j + 1)),
            Key::Season(season) if key != Key::Past => Some((
                Expr::Season {
                    season,
                    year: None,
                    shift: Some(shift),
                },
                j + 1,
            )),
            Key::DayPart if key == Key::This => Some((Expr::Day { offset: 0 }, j + 1)),
            Key::DayPart if key == Key::Last => Some((Expr::Day { offset: -1 }, j + 1)),
            Key::Day if key == Key::Previous => Some((Expr::Anchored { days: -1 }, j + 1)),
            Key::Unit(unit) => {
                let plural = self.text_plural(j);
                if plural || key == Key::Past || key == Key::Coming {
                    let ahead = key == Key::Coming || key == Key::Next;
                    let n = if plural { 0 } else { 1 };
                    return Some((Expr::Recent { n, unit, ahead }, j + 1));
                }
                Some((
                    Expr::Unit {
                        unit,
                        shift,
                        part: None,
                    },
                    j + 1,
                ))
            }
            _ => None,
        }
    }

    /// The unit word at `j` is plural ("weeks").
    fn text_plural(&self, j: usize) -> bool {
        // Keys fold singular and plural; the scanner keeps the length.
        self.get(j).is_some_and(|u| {
            let len = u.end - u.start;
            matches!(
                (u.key, len),
                (Key::Unit(Unit::Day), 4)
                    | (Key::Unit(Unit::Week), 5)
                    | (Key::Unit(Unit::Month), 6)
                    | (Key::Unit(Unit::Year), 5)
                    | (Key::Unit(Unit::Hour), 5)
                    | (Key::Unit(Unit::Quarter), 8)
                    | (Key::Unit(Unit::Decade), 7)
            )
        })
    }
}

/// `expr` narrowed to a part, when that part applies to it.
fn with_part(expr: Expr, part: Part) -> Option<Expr> {
    Some(match expr {
        Expr::Month {
            year,
            month,
            shift,
            part: None,
        } => Expr::Month {
            year,
            month,
            shift,
            part: Some(part),
        },
        Expr::Year { year, part: None } => Expr::Year {
            year,
            part: Some(part),
        },
        Expr::Decade { start, part: None } => Expr::Decade {
            start,
            part: Some(part),
        },
        Expr::Unit {
            unit,
            shift,
            part: None,
        } => Expr::Unit {
            unit,
            shift,
            part: Some(part),
        },
        // "late Saturday", "early yesterday": the day itself.
        e @ (Expr::Weekday { .. } | Expr::Day { .. } | Expr::Date { .. }) => e,
        _ => return None,
    })
}
