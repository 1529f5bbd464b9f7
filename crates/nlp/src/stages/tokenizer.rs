//! The `tokens` layer: splits the article text into words, numbers,
//! punctuation, URLs, e-mail addresses and emoji, with exact byte offsets.
//!
//! Reads the article text; writes `doc.tokens` (span, kind, `space_after`,
//! `line_start`). The splits follow UD English EWT, because the tagger and
//! parser are trained on it: clitics come off (`Taliban's` → `Taliban` `'s`,
//! `don't` → `do` `n't`, `cannot` → `can` `not`), hyphens between words are
//! their own token unless the first part is a prefix (`non-`, `anti-`, `co-`…)
//! or a number/code is involved (`F-16`, `2021-22`), `%` and currency signs
//! are split from numbers, while abbreviations and initials keep their period
//! (`U.S.`, `Gen.`, `Sept.`, `J.`). It is a single hand-written left-to-right
//! scan over each whitespace-free chunk: no regex, no allocation per token
//! beyond the output vector.

use crate::Stage;
use newsgraph_core::{Doc, Layer, Span, Token, TokenKind};

#[derive(Debug, Default)]
pub struct Tokenizer;

impl Tokenizer {
    pub fn new() -> Tokenizer {
        Tokenizer
    }
}

impl Stage for Tokenizer {
    fn name(&self) -> &'static str {
        "tokenizer"
    }
    fn layer(&self) -> Layer {
        Layer::Tokens
    }
    fn reads(&self) -> &'static [Layer] {
        &[]
    }
    fn annotate(&self, doc: &mut Doc) {
        doc.tokens = tokenize(&doc.article.text);
    }
}

/// Abbreviations that keep their final period (lower-cased, without it).
const ABBREVIATIONS: &[&str] = &[
    "adm", "al", "apr", "ca", "aug", "ave", "blvd", "brig", "capt", "cmdr", "co", "col", "corp",
    "cpl", "dec", "dept", "dr", "e.g", "est", "etc", "feb", "fig", "fla", "fr", "ft", "gen", "gov",
    "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mr",
    "mrs", "ms", "mt", "nov", "oct", "op", "pres", "prof", "rep", "reps", "rev", "sen", "sens",
    "sep", "sept", "sgt", "sr", "st", "supt", "vs",
];

/// First parts that stay attached to a hyphenated word (`non-stop`).
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "co", "counter", "cross", "e", "ex", "inter", "intra", "mid", "multi", "neo", "non",
    "over", "post", "pre", "pro", "re", "semi", "sub", "super", "trans", "ultra", "un", "vice",
];

/// Units and magnitudes split off a number written against them (`3.5bn`).
const UNITS: &[&str] = &[
    "b", "bn", "cm", "g", "gb", "h", "hrs", "kg", "km", "kmh", "kph", "k", "kw", "kwh", "lb",
    "lbs", "m", "mb", "mg", "mi", "min", "ml", "mm", "mn", "mph", "mw", "pm", "am", "sec", "t",
    "tn", "tr", "trn",
];

/// Clitics split off after an apostrophe (lower-cased, without it).
const CLITICS: &[&str] = &["d", "ll", "m", "re", "s", "ve"];

/// Is `word` (without its period) an abbreviation that keeps the period?
pub fn is_abbreviation(word: &str) -> bool {
    if word.len() > 8 {
        return false;
    }
    let mut buf = [0u8; 8];
    for (i, b) in word.bytes().enumerate() {
        buf[i] = b.to_ascii_lowercase();
    }
    let lower = &buf[..word.len()];
    ABBREVIATIONS.iter().any(|a| a.as_bytes() == lower)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

/// Characters that extend an emoji (variation selectors, joiners, skin tones, tags).
fn is_emoji_modifier(c: char) -> bool {
    matches!(c as u32, 0xFE0E | 0xFE0F | 0x200D | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_combining(c))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Splits `text` into tokens. Never panics; every span lies on char boundaries.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut line_start = true;
    let mut pos = 0;
    while pos < text.len() {
        // Skip whitespace, noting line breaks.
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' || c == '\u{2028}' {
                line_start = true;
            }
            pos += c.len_utf8();
            continue;
        }
        let end = text[pos..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| pos + i);
        let first = out.len();
        split_chunk(text, pos, end, &mut out);
        if let Some(t) = out.get_mut(first) {
            t.line_start = line_start;
        }
        line_start = false;
        if let Some(t) = out.last_mut() {
            t.space_after = end < text.len();
        }
        pos = end;
    }
    debug_assert!(out
        .iter()
        .all(|t| text.is_char_boundary(t.span.start as usize)
            && text.is_char_boundary(t.span.end as usize)));
    out
}

fn push(out: &mut Vec<Token>, text: &str, s: usize, e: usize, kind: TokenKind) {
    if e > s {
        let kind = if kind == TokenKind::Word {
            kind_of(&text[s..e])
        } else {
            kind
        };
        out.push(Token {
            span: Span::new(s, e),
            kind,
            space_after: false,
            line_start: false,
        });
    }
}

/// Characters that are symbols rather than punctuation.
const SYMBOLS: &str = "$%€£¥+=<>&#@°§©®™^|~";

fn kind_of(s: &str) -> TokenKind {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => TokenKind::Number,
        Some(c) if is_word_char(c) => TokenKind::Word,
        Some(c) if is_emoji(c) => TokenKind::Emoji,
        Some(c) if SYMBOLS.contains(c) => TokenKind::Symbol,
        Some(c) if c.is_ascii_punctuation() || is_unicode_punct(c) => TokenKind::Punct,
        _ => TokenKind::Symbol,
    }
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '‘'
            | '’'
            | '—'
            | '–'
            | '…'
            | '«'
            | '»'
            | '•'
            | '·'
            | '‐'
            | '‑'
            | '„'
            | '‹'
            | '›'
            | '¿'
            | '¡'
    ) || matches!(c as u32, 0x2010..=0x2027 | 0x3000..=0x303F)
}

/// Trailing characters that are never part of a URL or e-mail address.
fn url_trailer(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '”' | '’' | '>'
    )
}

/// Length of a URL starting at `s` (within the chunk ending at `e`), if any.
fn url_len(chunk: &str) -> Option<usize> {
    let lower_starts = |p: &str| {
        chunk.len() >= p.len() && chunk.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    if !(lower_starts("http://") || lower_starts("https://") || lower_starts("www.")) {
        return None;
    }
    let mut end = chunk.len();
    while let Some(c) = chunk[..end].chars().next_back() {
        if url_trailer(c) && end > 8 {
            // Keep a ')' that closes a '(' inside the URL.
            if c == ')' && chunk[..end].contains('(') {
                break;
            }
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    Some(end)
}

/// Length of an e-mail address at the start of `chunk`, if any.
fn email_len(chunk: &str) -> Option<usize> {
    let at = chunk.find('@')?;
    if at == 0 {
        return None;
    }
    let local_ok = chunk[..at]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b));
    if !local_ok {
        return None;
    }
    let rest = &chunk[at + 1..];
    let dom_len = rest
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'.' || b == b'-'))
        .unwrap_or(rest.len());
    let domain = rest[..dom_len].trim_end_matches(['.', '-']);
    let dot = domain.rfind('.')?;
    if dot == 0 || domain.len() - dot < 3 {
        return None;
    }
    Some(at + 1 + domain.len())
}

fn char_at(text: &str, i: usize, e: usize) -> Option<char> {
    if i < e {
        text[i..e].chars().next()
    } else {
        None
    }
}

/// Splits one whitespace-free chunk `text[s..e]` into tokens.
fn split_chunk(text: &str, s: usize, e: usize, out: &mut Vec<Token>) {
    let mut i = s;
    while i < e {
        let Some(c) = char_at(text, i, e) else {
            return;
        };
        let rest = &text[i..e];
        if let Some(n) = url_len(rest) {
            push(out, text, i, i + n, TokenKind::Url);
            i += n;
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if let Some(n) = email_len(rest) {
                push(out, text, i, i + n, TokenKind::Email);
                i += n;
                continue;
            }
        }
        if is_word_char(c) {
            i = scan_word(text, i, e, out);
            continue;
        }
        if is_emoji(c) {
            let mut j = i + c.len_utf8();
            // A flag is two regional indicators.
            if (0x1F1E6..=0x1F1FF).contains(&(c as u32)) {
                if let Some(d) = char_at(text, j, e) {
                    if (0x1F1E6..=0x1F1FF).contains(&(d as u32)) {
                        j += d.len_utf8();
                    }
                }
            }
            while let Some(d) = char_at(text, j, e) {
                if is_emoji_modifier(d) {
                    j += d.len_utf8();
                    // A joiner glues the next emoji on.
                    if d == '\u{200D}' {
                        if let Some(x) = char_at(text, j, e) {
                            if is_emoji(x) {
                                j += x.len_utf8();
                            }
                        }
                    }
                } else {
                    break;
                }
            }
            push(out, text, i, j, TokenKind::Emoji);
            i = j;
            continue;
        }
        if let Some(emo) = EMOTICONS.iter().find(|e| rest.starts_with(*e)) {
            let j = i + emo.len();
            if j == e || !char_at(text, j, e).is_some_and(is_word_char) {
                push(out, text, i, j, TokenKind::Emoji);
                i = j;
                continue;
            }
        }
        // Hashtags and handles stay whole.
        if (c == '#' || c == '@') && char_at(text, i + 1, e).is_some_and(|d| d.is_alphabetic()) {
            let mut j = i + 1;
            while let Some(d) = char_at(text, j, e) {
                if d.is_alphanumeric() || d == '_' {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            push(out, text, i, j, TokenKind::Word);
            i = j;
            continue;
        }
        // Runs of the same punctuation: "--", "...", "!!", "**".
        let mut j = i + c.len_utf8();
        if matches!(c, '-' | '.' | '!' | '?' | '*' | '=' | '_' | '~') {
            while char_at(text, j, e) == Some(c) {
                j += 1;
            }
        }
        // Leading apostrophe of a clitic with no host: "'s", "n't" handled in words.
        push(out, text, i, j, TokenKind::Punct);
        i = j;
    }
}

/// Scans a word or number starting at `i` and pushes it (with any split-off
/// clitic or abbreviation period); returns where scanning resumes.
fn scan_word(text: &str, start: usize, e: usize, out: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut j = start;
    let mut has_digit = false;
    let mut has_alpha = false;
    let mut has_dot = false;
    loop {
        // Consume a run of word characters.
        while let Some(c) = char_at(text, j, e) {
            if is_word_char(c) {
                if c.is_ascii_digit() || c.is_numeric() {
                    has_digit = true;
                } else {
                    has_alpha = true;
                }
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(c) = char_at(text, j, e) else {
            break;
        };
        let next = char_at(text, j + c.len_utf8(), e);
        match c {
            // 1,000 3.5 10:30 — separators between digits.
            '.' | ',' | ':'
                if has_digit
                    && bytes[j - 1].is_ascii_digit()
                    && next.is_some_and(|d| d.is_ascii_digit()) =>
            {
                j += 1;
            }
            // Initialisms: U.S., a.m., e.g. — a short letter run then ".X".
            '.' if has_alpha
                && !has_digit
                && next.is_some_and(|d| d.is_alphabetic())
                && segment_len(text, start, j) <= 2 =>
            {
                has_dot = true;
                j += 1;
            }
            // Internal apostrophe not starting a clitic: O'Brien.
            c2 if is_apostrophe(c2)
                && has_alpha
                && next.is_some_and(|d| d.is_alphabetic())
                && clitic_at(text, j, e).is_none()
                && !nt_at(text, start, j, e) =>
            {
                j += c2.len_utf8();
            }
            // AT&T
            '&' if has_alpha
                && next.is_some_and(|d| d.is_ascii_uppercase())
                && bytes[j - 1].is_ascii_uppercase() =>
            {
                j += 1;
            }
            '-' | '‑' if next.is_some_and(is_word_char) => {
                let left = &text[start..j];
                // F-16, COVID-19 stay whole; 10-week and 2021-22 split, as UD does.
                let keep = (next.is_some_and(|d| d.is_ascii_digit())
                    && last_segment(left).chars().any(char::is_uppercase))
                    || is_phone_part(left, &text[j + c.len_utf8()..e])
                    || HYPHEN_PREFIXES
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(last_segment(left)));
                if keep {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    let word_end = j;
    let word = &text[start..word_end];
    // "n't": don't → do + n't, can't → ca + n't.
    if let Some(after) = nt_end(text, start, word_end, e) {
        let n_at = word_end - 1;
        push(out, text, start, n_at, TokenKind::Word);
        push(out, text, n_at, after, TokenKind::Word);
        return after;
    }
    if word.eq_ignore_ascii_case("cannot") {
        push(out, text, start, start + 3, TokenKind::Word);
        push(out, text, start + 3, word_end, TokenKind::Word);
        return word_end;
    }
    // Clitic after an apostrophe: Taliban's, they're, we'll.
    if let Some(after) = clitic_at(text, word_end, e) {
        push(out, text, start, word_end, TokenKind::Word);
        push(out, text, word_end, after, TokenKind::Word);
        return after;
    }
    // Period that belongs to the word: abbreviation, initialism, initial.
    if char_at(text, word_end, e) == Some('.') && !has_digit {
        let single_upper = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
        let after = char_at(text, word_end + 1, e);
        // "No." is an abbreviation before a number ("No. 96").
        let number_sign = matches!(word, "No" | "no" | "Nos" | "nos")
            && after.is_none()
            && text[word_end + 1..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(|c: char| c.is_ascii_digit());
        if has_dot || single_upper || number_sign || is_abbreviation(word) {
            // Not when more dots follow ("etc..." keeps the ellipsis whole).
            if after != Some('.') {
                push(out, text, start, word_end + 1, TokenKind::Word);
                return word_end + 1;
            }
        }
    }
    // Number followed by a unit or magnitude: 3.5bn → 3.5 bn (but 1990s, 10th stay).
    if has_digit && has_alpha && word.as_bytes()[0].is_ascii_digit() {
        let split = word
            .bytes()
            .position(|b| !(b.is_ascii_digit() || b == b'.' || b == b','))
            .unwrap_or(word.len());
        if UNITS.iter().any(|u| u.eq_ignore_ascii_case(&word[split..])) {
            push(out, text, start, start + split, TokenKind::Number);
            push(out, text, start + split, word_end, TokenKind::Word);
            return word_end;
        }
    }
    push(out, text, start, word_end, TokenKind::Word);
    word_end
}

/// `853-7906`, `732-657-3416`: digit groups of a phone number stay one token.
fn is_phone_part(left: &str, right: &str) -> bool {
    let last = last_segment(left);
    let next_len = right.bytes().take_while(u8::is_ascii_digit).count();
    (last.len() == 3 || last.len() == 4 && left.len() > 4)
        && last.bytes().all(|b| b.is_ascii_digit())
        && next_len >= 3
        && !right
            .as_bytes()
            .get(next_len)
            .is_some_and(u8::is_ascii_alphabetic)
        && (next_len == 4 || right.as_bytes().get(next_len) == Some(&b'-'))
}

/// Emoticons kept as one token.
const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D", ":P", ":p", ";)", ":/", "<3", "^^", "^_^",
    "xD",
];

/// Length in chars of the current dot-free segment `text[start..j]` after the last '.'.
fn segment_len(text: &str, start: usize, j: usize) -> usize {
    let w = &text[start..j];
    w.rsplit('.').next().map_or(0, |s| s.chars().count())
}

/// The part of `w` after its last hyphen.
fn last_segment(w: &str) -> &str {
    w.rsplit(['-', '‑']).next().unwrap_or(w)
}

/// If an apostrophe at `j` starts a clitic ('s 're 've 'll 'd 'm) that ends
/// the word, where the clitic ends.
fn clitic_at(text: &str, j: usize, e: usize) -> Option<usize> {
    let c = char_at(text, j, e)?;
    if !is_apostrophe(c) {
        return None;
    }
    let k = j + c.len_utf8();
    let mut m = k;
    while let Some(d) = char_at(text, m, e) {
        if d.is_alphabetic() {
            m += d.len_utf8();
        } else {
            break;
        }
    }
    let cl = &text[k..m];
    if CLITICS.iter().any(|x| x.eq_ignore_ascii_case(cl))
        && !char_at(text, m, e).is_some_and(is_word_char)
    {
        Some(m)
    } else {
        None
    }
}

/// Is the apostrophe at `j` the one of a "n't" (the word so far ends in n)?
fn nt_at(text: &str, start: usize, j: usize, e: usize) -> bool {
    j > start + 1
        && text.as_bytes()[j - 1].eq_ignore_ascii_case(&b'n')
        && char_at(text, j, e).is_some_and(is_apostrophe)
        && {
            let k = j + char_at(text, j, e).map_or(1, char::len_utf8);
            char_at(text, k, e).is_some_and(|c| c == 't' || c == 'T')
                && !char_at(text, k + 1, e).is_some_and(is_word_char)
        }
}

/// Where "n't" ends when the word `text[start..j]` is followed by one.
fn nt_end(text: &str, start: usize, j: usize, e: usize) -> Option<usize> {
    if nt_at(text, start, j, e) {
        let k = j + char_at(text, j, e).map_or(1, char::len_utf8);
        Some(k + 1)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn news_tokens_follow_ud() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The U.S. and Gen. Smith met Sept. 3.",
                &[
                    "The", "U.S.", "and", "Gen.", "Smith", "met", "Sept.", "3", ".",
                ],
            ),
            (
                "Mr. J. Doe of St. Louis arrived.",
                &["Mr.", "J.", "Doe", "of", "St.", "Louis", "arrived", "."],
            ),
            (
                "The Taliban's office said they don't agree.",
                &[
                    "The", "Taliban", "'s", "office", "said", "they", "do", "n't", "agree", ".",
                ],
            ),
            (
                "It can’t be, we’re sure, and it won't.",
                &[
                    "It", "ca", "n’t", "be", ",", "we", "’re", "sure", ",", "and", "it", "wo",
                    "n't", ".",
                ],
            ),
            (
                "Prices rose 85% to $3.5bn in 2021-22, or 1,000-for-1,000.",
                &[
                    "Prices", "rose", "85", "%", "to", "$", "3.5", "bn", "in", "2021", "-", "22",
                    ",", "or", "1,000", "-", "for", "-", "1,000", ".",
                ],
            ),
            (
                "“We will fight,” he said—again.",
                &[
                    "“", "We", "will", "fight", ",", "”", "he", "said", "—", "again", ".",
                ],
            ),
            (
                "A war-ravaged, non-stop F-16 raid.",
                &[
                    "A", "war", "-", "ravaged", ",", "non-stop", "F-16", "raid", ".",
                ],
            ),
            (
                "KABUL, Afghanistan (AP) — Troops left.",
                &[
                    "KABUL",
                    ",",
                    "Afghanistan",
                    "(",
                    "AP",
                    ")",
                    "—",
                    "Troops",
                    "left",
                    ".",
                ],
            ),
            (
                "See https://example.org/a?b=1. Mail info@example.com today 🙂👍🏽!",
                &[
                    "See",
                    "https://example.org/a?b=1",
                    ".",
                    "Mail",
                    "info@example.com",
                    "today",
                    "🙂",
                    "👍🏽",
                    "!",
                ],
            ),
            (
                "O'Brien cannot go...",
                &["O'Brien", "can", "not", "go", "..."],
            ),
            (
                "the countries' leaders",
                &["the", "countries", "'", "leaders"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "{text}");
        }
    }

    #[test]
    fn flags_kinds_spaces_and_lines() {
        let text = "Headline here\nThe 3 men e-mailed a@b.org.";
        let t = tokenize(text);
        assert!(t[0].line_start && !t[1].line_start && t[2].line_start);
        assert!(t[0].space_after);
        assert_eq!(t[3].kind, TokenKind::Number);
        let email = t
            .iter()
            .find(|x| x.kind == TokenKind::Email)
            .map(|x| &text[x.span.range()]);
        assert_eq!(email, Some("a@b.org"));
        let last = t.last().map(|x| (x.kind, x.space_after));
        assert_eq!(last, Some((TokenKind::Punct, false)));
    }
}
