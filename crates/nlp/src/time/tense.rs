//! The tense of the clause around a time expression, which decides whether
//! "on Saturday" or "May 6" points back or ahead of the publication date.
//!
//! The nearest past or future cue wins, looking left to the sentence start
//! and right to the end of the clause (cues to the right count one word
//! farther: in English the verb usually comes before its time adjunct). A
//! present-tense cue is weak — taggers often mistake a noun or a past form
//! for VBP — so it decides only when no past or future cue is in reach. Cues are words
//! (will, 'll, plans to, is set to, ago, has said, was) and, when the tags
//! layer is filled, Penn tags (VBD, VBN → past; MD → future; VBZ, VBP →
//! present). Untagged lower-case words in "-ed" count as past.

use super::lex::{Item, Key, Kind};
use newsgraph_core::Xpos;

/// The tense of a clause, as far as it decides how to read a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tense {
    /// "captured", "has said", "ago": dates lie on or before publication.
    Past,
    /// "says", "is": no strong lean.
    Present,
    /// "will", "is set to", "plans to": dates lie on or after publication.
    Future,
    /// No cue found.
    #[default]
    Unknown,
}

/// Looks up the Penn tag of the token that starts at a byte offset.
pub(crate) trait TagAt {
    fn xpos_at(&self, start: u32) -> Option<Xpos>;
}

/// No tags: word cues only.
pub(crate) struct Untagged;

impl TagAt for Untagged {
    fn xpos_at(&self, _: u32) -> Option<Xpos> {
        None
    }
}

/// The tense for the expression at items `[start, end)` inside the sentence
/// `[lo, hi)`.
pub(crate) fn tense_around(
    items: &[Item],
    text: &str,
    tags: &dyn TagAt,
    (start, end): (usize, usize),
    (lo, hi): (usize, usize),
) -> Tense {
    let left = (lo..start).rev().map(|k| (start - k, k));
    let right = (end..hi)
        .take_while(|&k| !ends_clause(items, text, k))
        .map(|k| (k - end + 2, k));
    let mut strong: Option<(usize, Tense)> = None;
    let mut weak: Option<usize> = None;
    for (distance, k) in left.chain(right) {
        match cue(items, text, tags, k) {
            Some(Tense::Present) => weak = Some(weak.map_or(distance, |w| w.min(distance))),
            Some(t) if strong.is_none_or(|(d, _)| distance < d) => strong = Some((distance, t)),
            _ => {}
        }
    }
    match (strong, weak) {
        (Some((_, t)), _) => t,
        (None, Some(_)) => Tense::Present,
        (None, None) => Tense::Unknown,
    }
}

/// "commits both sides to withdraw … by May 20": whether an infinitive
/// ("to" and a base-form verb) governs the expression at item `start`,
/// nearer than any past or future cue to its left (back to `lo`). A
/// deadline set for an act to come is read to the nearer side of the
/// publication date, whatever the tense of the verb that sets it.
pub(crate) fn infinitive_governs(
    items: &[Item],
    text: &str,
    tags: &dyn TagAt,
    lo: usize,
    start: usize,
) -> bool {
    for k in (lo.max(1)..start).rev() {
        let base = items[k].kind == Kind::Word
            && tags
                .xpos_at(items[k].start)
                .is_some_and(|x| x.as_str() == "VB");
        if base && items[k - 1].key == Key::To {
            return true;
        }
        if matches!(cue(items, text, tags, k), Some(Tense::Past | Tense::Future)) {
            return false;
        }
    }
    false
}

/// Whether item `k` opens another clause: "that", "which", "but", a
/// semicolon or colon, or a subordinator after a comma (", as protests
/// spread", ", after talks collapsed"; not ", as well as").
fn ends_clause(items: &[Item], text: &str, k: usize) -> bool {
    let t = &items[k];
    if matches!(t.key, Key::That | Key::ClauseMark) || t.punct(';') || t.punct(':') {
        return true;
    }
    const SUBORDINATORS: &[&str] = &[
        "after", "although", "as", "before", "since", "though", "when",
    ];
    k > 0
        && items[k - 1].punct(',')
        && SUBORDINATORS.iter().any(|w| word_is(items, text, k, w))
        && !word_is(items, text, k + 1, "well")
}

fn word_is(items: &[Item], text: &str, k: usize, w: &str) -> bool {
    items
        .get(k)
        .and_then(|t| text.get(t.start as usize..t.end as usize))
        .is_some_and(|s| s.eq_ignore_ascii_case(w))
}

/// "won't": the scanner reads "won" "'" "t".
fn negated_will(items: &[Item], text: &str, k: usize) -> bool {
    word_is(items, text, k, "won")
        && items
            .get(k + 1)
            .is_some_and(|a| a.punct('\'') || a.punct('’'))
        && word_is(items, text, k + 2, "t")
}

/// The tense cue of item `k`, if it is one. A past participle after "be"
/// is passive, not past: "will be held" and "to be held" are future, and
/// after a bare "be" the scan goes on to the auxiliary.
fn cue(items: &[Item], text: &str, tags: &dyn TagAt, k: usize) -> Option<Tense> {
    let tense = word_cue(items, text, tags, k)?;
    if tense != Tense::Past || k == 0 || !word_is(items, text, k - 1, "be") {
        return Some(tense);
    }
    match k.checked_sub(2).map(|j| items[j].key) {
        Some(Key::Will | Key::Modal | Key::To) => Some(Tense::Future),
        _ => None,
    }
}

fn word_cue(items: &[Item], text: &str, tags: &dyn TagAt, k: usize) -> Option<Tense> {
    let t = &items[k];
    if t.kind != Kind::Word {
        return None;
    }
    let next = items.get(k + 1).map_or(Key::Other, |n| n.key);
    match t.key {
        Key::Will | Key::Modal => return Some(Tense::Future),
        // "is set to", "plans to", "going to", "due to": only before "to"
        // (or "is set for").
        Key::Ahead => {
            let needs_to = ["set", "due", "going", "plan", "plans"]
                .iter()
                .any(|w| word_is(items, text, k, w));
            if !needs_to
                || next == Key::To
                || (next == Key::For && k > 0 && items[k - 1].key == Key::PresentVerb)
            {
                return Some(Tense::Future);
            }
        }
        Key::Ago => return Some(Tense::Past),
        Key::PastVerb if negated_will(items, text, k) => return Some(Tense::Future),
        _ if calls_for_gathering(items, text, k) => return Some(Tense::Future),
        Key::PastVerb => return Some(Tense::Past),
        Key::Have if next == Key::To => return Some(Tense::Future),
        Key::Have => return Some(Tense::Past),
        Key::PresentVerb => return Some(Tense::Present),
        _ => {}
    }
    // "an expanded deal", "their newly acquired posts": adjectives.
    let after_determiner = k > 0
        && matches!(
            items[k - 1].key,
            Key::A | Key::The | Key::This | Key::That | Key::Possessive
        );
    if let Some(x) = tags.xpos_at(t.start) {
        return match x.as_str() {
            "VBD" => Some(Tense::Past),
            // "is planned", "are held": a present passive, not the past.
            "VBN" if k > 0 && items[k - 1].key == Key::PresentVerb => Some(Tense::Present),
            "VBN" if !after_determiner => Some(Tense::Past),
            "MD" => Some(Tense::Future),
            "VBZ" | "VBP" => Some(Tense::Present),
            _ => None,
        };
    }
    (t.ed && t.key == Key::Other && !after_determiner && !not_past(text, t)).then_some(Tense::Past)
}

/// "called for a rally on Friday", "urged a strike on Monday": the day of
/// a gathering someone calls for lies ahead, whatever the tense of the
/// call ("called for calm on Friday" dates the call).
fn calls_for_gathering(items: &[Item], text: &str, k: usize) -> bool {
    const CALLS: &[&str] = &[
        "call", "called", "calls", "calling", "urge", "urged", "urges",
    ];
    const GATHERINGS: &[&str] = &[
        "demonstration",
        "demonstrations",
        "march",
        "marches",
        "protest",
        "protests",
        "rallies",
        "rally",
        "sit-in",
        "strike",
        "strikes",
        "vote",
    ];
    CALLS.iter().any(|w| word_is(items, text, k, w))
        && (k + 1..k + 5).any(|j| GATHERINGS.iter().any(|w| word_is(items, text, j, w)))
}

/// Lower-case words in "-ed" that are not past forms.
fn not_past(text: &str, t: &Item) -> bool {
    let w = text.get(t.start as usize..t.end as usize).unwrap_or("");
    const NOT_PAST: &[&str] = &[
        "alleged", "armed", "bleed", "breed", "embed", "exceed", "hundred", "indeed", "kindred",
        "naked", "proceed", "ragged", "sacred", "speed", "succeed", "wicked",
    ];
    NOT_PAST.iter().any(|n| n.eq_ignore_ascii_case(w))
}
