//! Time expressions: finding them in text and resolving them to calendar
//! dates against the publication date, with the tense of their clause.
//!
//! Reads plain text (and, through the stage, the Penn tags when the tags
//! layer is filled); writes [`TimeExpr`]s. Three steps, one module each:
//! [`lex`] cuts the text into keyed words and numbers, [`parse`] reads time
//! expressions from them ("last week", "mid-May", "10/07/2021"), and
//! [`resolve`] does the calendar arithmetic; [`tense`] finds the lean of
//! the clause that settles "on Saturday" or "May 6" without a year.
//!
//! The pure API — [`find`], [`resolve`], [`resolve_expr`] — needs no
//! pipeline, so every rule is testable with a sentence and a date. Nothing
//! here is built at start-up: keys are a `match` on the lower-cased word,
//! so the scan allocates one item vector per text and nothing per word.
//!
//! Conventions:
//! - A weekday or month-day without a year is read back (on or before
//!   publication) in past clauses and ahead (on or after) in future ones, or
//!   after "by", "until", "before"; with no cue a weekday is read back and a
//!   month-day or month is read to the nearer side.
//! - Durations ("nearly 20 years") are emitted with kind `duration` and no
//!   value, so the event coder can tell them from dates; sets ("every
//!   Monday") likewise with kind `set`.
//! - Weeks, weekends, decades, "the past few days", "since April" and
//!   "between May and July" are ranges: `value` is where they begin, `end`
//!   where they end; [`TimeExpr::date`] gives the one period that holds both.

mod lex;
mod parse;
mod resolve;
mod tense;

pub use tense::Tense;

use chrono::NaiveDate;
use lex::{Item, Key, Kind};

/// What a word names on the calendar. The one list of month and weekday
/// names: other stages ask here rather than keep their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarWord {
    /// "January" … "December".
    Month,
    /// "Jan", "Sept" (with or without the full stop).
    MonthAbbr,
    /// "Monday" … "Sunday".
    Weekday,
    /// "today", "tonight", "yesterday", "tomorrow".
    NearDay,
}

/// The calendar meaning of one word, case-insensitively; `None` for any
/// other word.
pub fn calendar(word: &str) -> Option<CalendarWord> {
    match lex::key_of(word.trim_end_matches('.')) {
        Key::Month(_) => Some(CalendarWord::Month),
        Key::MonthAbbr(_) => Some(CalendarWord::MonthAbbr),
        Key::Weekday(_) => Some(CalendarWord::Weekday),
        Key::Today | Key::Tonight | Key::Yesterday | Key::Tomorrow => Some(CalendarWord::NearDay),
        _ => None,
    }
}
use newsgraph_core::{Span, TimeExpr, TimeValue};
use parse::{Expr, Found};
use resolve::{Context, Order};
pub(crate) use tense::TagAt;
use tense::Untagged;

/// Finds and resolves every time expression in `text`, reading tense from
/// the words alone. Relative expressions stay unresolved (`value: None`,
/// `relative: true`) when `published` is `None`.
pub fn find(text: &str, published: Option<NaiveDate>) -> Vec<TimeExpr> {
    annotate(text, published, &Untagged, &[])
}

/// The date denoted by one time expression ("on Saturday", "May 6",
/// "last week") read in a clause of the given tense; for a range, the one
/// period that holds it (see [`TimeExpr::date`]).
pub fn resolve(expr: &str, published: Option<NaiveDate>, tense: Tense) -> Option<TimeValue> {
    resolve_expr(expr, published, tense).and_then(|t| t.date())
}

/// The whole [`TimeExpr`] (kind, range end, span inside `expr`) for the
/// first time expression in `expr`, read in a clause of the given tense.
pub fn resolve_expr(expr: &str, published: Option<NaiveDate>, tense: Tense) -> Option<TimeExpr> {
    let mut items = Vec::new();
    lex::scan(expr, &mut items);
    let found = parse::first(&items)?;
    let signal = signal_before(&items, found.start, 0);
    let cx = Context {
        published,
        tense,
        signal,
        prev: prev_key(&items, found.start),
        order: Order::Unknown,
        anchor: None,
        anchor_value: None,
        deadline: deadline_after(&items, found.end),
    };
    Some(to_expr(
        &items,
        &found,
        &resolve::resolve_found(&found, &cx),
    ))
}

/// The stage's entry point: every time expression of `text`, with tense
/// from `tags` and clause bounds from `sentences` (both may be empty).
pub(crate) fn annotate(
    text: &str,
    published: Option<NaiveDate>,
    tags: &dyn TagAt,
    sentences: &[Span],
) -> Vec<TimeExpr> {
    let mut items = Vec::new();
    lex::scan(text, &mut items);
    let mut found = Vec::new();
    parse::find_all(&items, &mut found);
    let order = numeric_order(&found);
    let mut anchor: Option<NaiveDate> = None;
    // the last date the text writes out ("in September 2022"), for "a year later"
    let mut anchor_value: Option<newsgraph_core::TimeValue> = None;
    let mut out = Vec::with_capacity(found.len());
    for f in &found {
        let (lo, hi) = sentence_bounds(&items, text, sentences, f.start);
        let signal = signal_before(&items, f.start, lo);
        // A deadline belongs to the clause before it ("talks are under way
        // to reach a deal by 2 October, the envoy said"): when that clause
        // has a tense, what follows the deadline does not count.
        let deadline_signal = matches!(signal, Key::By | Key::Until | Key::Before);
        let before = deadline_signal
            .then(|| tense::tense_around(&items, text, tags, (f.start, f.end), (lo, f.end)))
            .filter(|&t| t != Tense::Unknown);
        // "called a day of protest for Friday", "a vote set for Monday": a
        // day something is called or set for lies ahead.
        let ahead = signal == Key::For && f.end - f.start == 1;
        let cx = Context {
            published,
            tense: if ahead {
                Tense::Future
            } else {
                before.unwrap_or_else(|| {
                    tense::tense_around(&items, text, tags, (f.start, f.end), (lo, hi))
                })
            },
            signal,
            prev: prev_key(&items, f.start),
            order,
            anchor,
            anchor_value,
            deadline: deadline_after(&items, f.end)
                || (deadline_signal && tense::infinitive_governs(&items, text, tags, lo, f.start)),
        };
        let r = resolve::resolve_found(f, &cx);
        let expr = to_expr(&items, f, &r);
        if let Some(v) = expr.value.filter(|v| {
            expr.kind == newsgraph_core::TimeKind::Point
                && v.precision == newsgraph_core::DatePrecision::Day
        }) {
            anchor = NaiveDate::from_ymd_opt(v.year, u32::from(v.month), u32::from(v.day));
        }
        if !r.relative && expr.kind == newsgraph_core::TimeKind::Point {
            anchor_value = expr.value.or(anchor_value);
        }
        out.push(expr);
    }
    out
}

fn to_expr(items: &[Item], f: &Found, r: &resolve::Resolved) -> TimeExpr {
    let start = items.get(f.start).map_or(0, |t| t.start);
    let end = items
        .get(f.end.saturating_sub(1))
        .map_or(start, |t| t.end)
        .max(start);
    TimeExpr {
        span: Span { start, end },
        value: r.value,
        relative: r.relative,
        kind: r.kind,
        end: r.end,
    }
}

/// The key of the word before item `start` (not before `lo`), skipping
/// "on", "in", "the" and "of": "by the end of", "until May".
fn signal_before(items: &[Item], start: usize, lo: usize) -> Key {
    items[lo.min(start)..start]
        .iter()
        .rev()
        .map(|t| t.key)
        .find(|k| !matches!(k, Key::On | Key::In | Key::The | Key::Of | Key::At))
        .unwrap_or(Key::Other)
}

/// "… until April 30 to propose": "to" and a word right after item `end`.
fn deadline_after(items: &[Item], end: usize) -> bool {
    items.get(end).is_some_and(|t| t.key == Key::To)
        && items.get(end + 1).is_some_and(|t| t.kind == Kind::Word)
}

fn prev_key(items: &[Item], start: usize) -> Key {
    start
        .checked_sub(1)
        .and_then(|j| items.get(j))
        .map_or(Key::Other, |t| t.key)
}

/// Day-first or month-first, by the numeric dates that settle it.
fn numeric_order(found: &[Found]) -> Order {
    let (mut day_first, mut month_first) = (0, 0);
    for f in found {
        if let Expr::Numeric { a, b, .. } = f.expr {
            if a > 12 {
                day_first += 1;
            } else if b > 12 {
                month_first += 1;
            }
        }
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Order::DayFirst,
        std::cmp::Ordering::Less => Order::MonthFirst,
        std::cmp::Ordering::Equal => Order::Unknown,
    }
}

/// The items `[lo, hi)` of the sentence holding item `k`: from the
/// sentences layer when it is filled, else from end punctuation and line
/// breaks.
fn sentence_bounds(items: &[Item], text: &str, sentences: &[Span], k: usize) -> (usize, usize) {
    let at = items.get(k).map_or(0, |t| t.start);
    if !sentences.is_empty() {
        let i = sentences.partition_point(|s| s.end <= at);
        if let Some(s) = sentences.get(i).filter(|s| s.start <= at) {
            let lo = items.partition_point(|t| t.start < s.start);
            let hi = items.partition_point(|t| t.start < s.end);
            return (lo, hi.max(k + 1));
        }
    }
    // A text without end punctuation must not make every scan quadratic.
    const REACH: usize = 60;
    let mut lo = k;
    while lo > 0 && k - lo < REACH && !starts_sentence(items, text, lo) {
        lo -= 1;
    }
    let mut hi = k + 1;
    while hi < items.len() && hi - k < REACH && !starts_sentence(items, text, hi) {
        hi += 1;
    }
    (lo, hi)
}

/// Item `j` begins a sentence: after a line break, or after `.`/`!`/`?`
/// that does not close an abbreviation, before a capital or a quote.
fn starts_sentence(items: &[Item], text: &str, j: usize) -> bool {
    let t = &items[j];
    if t.line_start {
        return true;
    }
    let Some(prev) = j.checked_sub(1).map(|i| &items[i]) else {
        return true;
    };
    let stop = prev.punct('.') || prev.punct('!') || prev.punct('?');
    if !stop || !(t.cap || t.kind == Kind::Punct || t.kind == Kind::Num) {
        return false;
    }
    // "Jan.", "Gen.", "U.S.": a short word before a period is an abbreviation.
    let before = j.checked_sub(2).map(|i| &items[i]);
    !(prev.punct('.')
        && before.is_some_and(|w| {
            w.kind == Kind::Word
                && prev.touches(w)
                && (matches!(w.key, Key::MonthAbbr(_)) || is_abbreviation(text, w))
        }))
}

fn is_abbreviation(text: &str, w: &Item) -> bool {
    let s = text.get(w.start as usize..w.end as usize).unwrap_or("");
    s.len() == 1
        || [
            "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Sen", "Rep", "Gov",
            "Pres", "Prof", "St", "Jr", "Sr", "No", "Rev", "Hon", "Adm", "Cmdr", "Gens",
        ]
        .contains(&s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_core::TimeKind;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn tense_comes_from_the_clause_not_the_sentence() {
        let text = "Officials said the talks will resume on Monday after fighting ended on Friday.";
        let found = find(text, day(2021, 7, 14));
        let got: Vec<_> = found
            .iter()
            .map(|d| d.value.map(|v| v.to_string()))
            .collect();
        assert_eq!(got, [Some("2021-07-19".into()), Some("2021-07-09".into())]);
    }

    #[test]
    fn a_subordinate_clause_after_a_comma_does_not_lend_its_tense() {
        // "proposed" (a future cue) lies in the "as" clause; the weekday
        // belongs to "fired", in the past.
        let text = "Police fired tear gas on Wednesday, as protests against a proposed tax spread.";
        let found = find(text, day(2025, 6, 26));
        assert_eq!(found[0].value, Some(TimeValue::day(2025, 6, 25)));
        // ", as well as" goes on with the same clause.
        let text = "Talks resume on Monday, as well as planned visits.";
        assert_eq!(
            find(text, day(2025, 6, 26))[0].value,
            Some(TimeValue::day(2025, 6, 30))
        );
    }

    #[test]
    fn tags_settle_tense_when_present() {
        struct Tagged;
        impl TagAt for Tagged {
            fn xpos_at(&self, _: u32) -> Option<newsgraph_core::Xpos> {
                newsgraph_core::Xpos::parse("VBP")
            }
        }
        // "convene" is no cue word: untagged, a weekday reads back; tagged
        // VBP (present), it reads as a schedule, ahead.
        let text = "Delegates convene on Monday.";
        let untagged = find(text, day(2021, 7, 14));
        assert_eq!(untagged[0].value, Some(TimeValue::day(2021, 7, 12)));
        let tagged = annotate(text, day(2021, 7, 14), &Tagged, &[]);
        assert_eq!(tagged[0].value, Some(TimeValue::day(2021, 7, 19)));
    }

    #[test]
    fn anchored_days_follow_the_date_before() {
        let found = find(
            "Talks began on March 3. A day later they broke down.",
            day(2021, 7, 14),
        );
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1].value.map(|v| v.to_string()).as_deref(),
            Some("2021-03-04")
        );
        assert!(found[1].relative);
    }

    #[test]
    fn months_and_years_later_count_from_the_last_written_date() {
        let found = find(
            "Clashes broke out in May 2019. Two years later the rebels took the port.",
            day(2024, 1, 10),
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].value, Some(TimeValue::month(2021, 5)));
        assert!(found[1].relative);
        let found = find(
            "The law passed in 2010. Six months earlier, talks had failed.",
            day(2024, 1, 10),
        );
        assert_eq!(found[1].value, Some(TimeValue::year(2009)));
        // no date written before: nothing to count from
        let found = find("A year later the town fell.", day(2024, 1, 10));
        assert_eq!(found[0].value, None);
        // "the following year", "the previous month" count from it too
        let found = find(
            "The army left in 2023 and the pact ended the following year.",
            day(2027, 4, 14),
        );
        assert_eq!(found[1].value, Some(TimeValue::year(2024)));
        let found = find(
            "The port fell in March 2019; the previous month it was shelled.",
            day(2027, 4, 14),
        );
        assert_eq!(found[1].value, Some(TimeValue::month(2019, 2)));
    }

    #[test]
    fn a_deadline_given_in_the_past_may_lie_ahead() {
        let found = find(
            "The council gave the miners until June 15 to leave the site.",
            day(2024, 3, 2),
        );
        assert_eq!(found[0].value, Some(TimeValue::day(2024, 6, 15)));
        // a past state that lasted until a date stays in the past
        let found = find("The strike lasted until June 15.", day(2024, 3, 2));
        assert_eq!(found[0].value, Some(TimeValue::day(2023, 6, 15)));
    }

    #[test]
    fn without_publication_date_relative_stays_open() {
        for expr in [
            "yesterday",
            "on Saturday",
            "last week",
            "May 6",
            "three days ago",
        ] {
            let e = resolve_expr(expr, None, Tense::Past).expect(expr);
            assert_eq!(e.value, None, "{expr}");
            assert!(e.relative, "{expr}");
        }
        let e = resolve_expr("in October 2001", None, Tense::Past).expect("absolute");
        assert_eq!(e.value, Some(TimeValue::month(2001, 10)));
        assert_eq!(e.kind, TimeKind::Point);
    }

    proptest! {
        #[test]
        fn any_text_gives_sorted_spans_on_char_boundaries(text in "\\PC{0,80}", days in 0u64..40000) {
            let published = NaiveDate::from_ymd_opt(1950, 1, 1)
                .and_then(|d| d.checked_add_days(chrono::Days::new(days)));
            let found = find(&text, published);
            for w in found.windows(2) {
                prop_assert!(w[0].span.end <= w[1].span.start);
            }
            for d in &found {
                prop_assert!(text.is_char_boundary(d.span.start as usize));
                prop_assert!(text.is_char_boundary(d.span.end as usize));
                prop_assert!(d.span.start <= d.span.end);
            }
        }

        #[test]
        fn date_words_in_any_order_never_panic(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "May", "6", "2021", "-", "/", ".", ",", "last", "next", "the", "of", "end",
                "mid", "early", "since", "between", "and", "from", "to", "days", "ago",
                "weeks", "Monday", "29", "February", "31", "'", "s", "1990", "past", "few",
                "99999999999", "0", "00", "later", "every", "winter", "by", "will",
            ]), 0..12),
            days in 0u64..80000,
        ) {
            let text = words.join(" ");
            let published = NaiveDate::from_ymd_opt(1900, 1, 1)
                .and_then(|d| d.checked_add_days(chrono::Days::new(days)));
            let _ = find(&text, published);
            let _ = find(&words.concat(), published);
        }
    }
}
