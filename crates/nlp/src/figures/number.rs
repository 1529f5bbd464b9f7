//! Reading a number that starts at a token: digits ("1,000", "3.5", "85%",
//! "$3.5"), digits with a scale word ("3.5 billion"), number words ("five",
//! "twenty-five", "two hundred and fifty", "a dozen"), ratios
//! ("1,000-for-1,000"), ranges ("10 to 20") and vague plurals
//! ("hundreds of thousands").
//!
//! Works on lower-cased token texts so it does not care how the tokenizer
//! split "$" or "%". Vague plurals become ranges up to the next order of
//! magnitude, as the gold format asks: "hundreds" → [100, 999],
//! "thousands" → [1000, 9999], "tens of thousands" → [10000, 99999],
//! "hundreds of thousands" → [100000, 999999]; the large scale words go up to
//! the next scale word: "millions" → [1e6, 1e9 − 1], "trillions" →
//! [1e12, 1e15 − 1]; "dozens" → [24, 99] (two dozen at least, fewer than a
//! hundred).

use newsgraph_core::FigureValue;

/// A number read from tokens `[start, end)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: FigureValue,
    pub end: usize,
    /// A currency symbol written with it ("$", "€"), lower-cased.
    pub symbol: Option<String>,
    /// Written with "%".
    pub percent: bool,
    /// A vague plural ("hundreds", "dozens").
    pub vague: bool,
    /// Written in words ("five"), not digits.
    pub words: bool,
    /// A ratio "N-for-N": the value is one side.
    pub ratio: bool,
}

const SYMBOLS: &[&str] = &["us$", "$", "€", "£", "¥", "₹", "₽", "₴", "₪"];

fn small(word: &str) -> Option<f64> {
    const ONES: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = ONES.iter().position(|w| *w == word) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|w| *w == word) {
        return Some(20.0 + 10.0 * i as f64);
    }
    // "twenty-five"
    let (t, o) = word.split_once('-')?;
    let t = TENS.iter().position(|w| *w == t)?;
    let o = ONES[1..10].iter().position(|w| *w == o)?;
    Some(20.0 + 10.0 * t as f64 + 1.0 + o as f64)
}

fn scale(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" | "m" => Some(1e6),
        "billion" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// "1,000", "3.5", "85%", "$3.5", "3.5bn" → (value, symbol, percent).
fn digits(token: &str) -> Option<(f64, Option<String>, bool)> {
    let mut s = token;
    let mut symbol = None;
    for sym in SYMBOLS {
        if let Some(rest) = s.strip_prefix(sym) {
            symbol = Some((*sym).to_owned());
            s = rest;
            break;
        }
    }
    let percent = s.ends_with('%');
    let s = s.trim_end_matches('%');
    let num_end = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at(num_end);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) || num.ends_with(['.', ','])
    {
        return None;
    }
    // Thousands separators must group by three.
    let int = num.split('.').next().unwrap_or("");
    if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        if groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    if num.matches('.').count() > 1 {
        return None;
    }
    let mut v: f64 = num.replace(',', "").parse().ok()?;
    if !suffix.is_empty() {
        v *= scale(suffix).filter(|_| suffix != "hundred" && suffix != "thousand")?;
    }
    Some((v, symbol, percent))
}

/// The vague plural at `i` ("hundreds of thousands"), as a range and its end.
fn vague(lower: &[&str], i: usize) -> Option<(f64, f64, usize)> {
    let w = *lower.get(i)?;
    let of_next = |k: usize| -> Option<&str> {
        (lower.get(k).copied() == Some("of")).then(|| lower.get(k + 1).copied())?
    };
    // "several hundred", "a few thousand": at least two of the scale word,
    // fewer than ten.
    let few = match w {
        "several" => Some(i + 1),
        "a" if lower.get(i + 1).copied() == Some("few") => Some(i + 2),
        _ => None,
    };
    if let Some(k) = few {
        if let Some(s) = lower
            .get(k)
            .copied()
            .filter(|s| matches!(*s, "hundred" | "thousand" | "million" | "billion"))
            .and_then(scale)
        {
            return Some((2.0 * s, 10.0 * s - 1.0, k + 1));
        }
    }
    let base = match w {
        "dozens" => return Some((24.0, 99.0, i + 1)),
        "tens" => 10.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    };
    if base <= 100.0 {
        if let Some(big) = of_next(i + 1)
            .and_then(|n| n.strip_suffix('s'))
            .and_then(scale)
        {
            // "tens of thousands", "hundreds of millions"
            return Some((base * big, base * big * 10.0 - 1.0, i + 3));
        }
        if base == 10.0 {
            return None;
        }
    }
    let high = if base >= 1e6 {
        base * 1e3 - 1.0
    } else {
        base * 10.0 - 1.0
    };
    Some((base, high, i + 1))
}

/// The number starting at token `i` of `lower` (lower-cased token texts).
pub fn parse(lower: &[&str], i: usize) -> Option<Parsed> {
    let first = *lower.get(i)?;
    if let Some((lo, hi, end)) = vague(lower, i) {
        return Some(Parsed {
            value: FigureValue::Range(lo, hi),
            end,
            symbol: None,
            percent: false,
            vague: true,
            words: true,
            ratio: false,
        });
    }
    // "1,000-for-1,000", "one-for-one"
    if let Some((a, b)) = first.split_once("-for-") {
        let v = digits(a).map(|d| d.0).or_else(|| small(a))?;
        let w = digits(b).map(|d| d.0).or_else(|| small(b))?;
        return (v == w).then_some(Parsed {
            value: FigureValue::Exact(v),
            end: i + 1,
            symbol: None,
            percent: false,
            vague: false,
            words: small(a).is_some(),
            ratio: true,
        });
    }
    // "between 10 and 20"
    if first == "between" {
        let low = parse(lower, i + 1)?;
        if lower.get(low.end).copied() != Some("and") || low.vague {
            return None;
        }
        let high = parse(lower, low.end + 1)?;
        let (lo, _) = low.value.bounds();
        let (_, hi) = high.value.bounds();
        return (hi > lo).then_some(Parsed {
            value: FigureValue::Range(lo, hi),
            ..high
        });
    }
    let mut k = i;
    let mut symbol = None;
    if SYMBOLS.contains(&first) {
        symbol = Some(first.to_owned());
        k += 1;
    }
    let (mut value, mut percent, words) = match lower.get(k).copied().and_then(digits) {
        Some((v, sym, pct)) => {
            symbol = symbol.or(sym);
            k += 1;
            (v, pct, false)
        }
        None => {
            let (v, end) = number_words(lower, k)?;
            k = end;
            (v, false, true)
        }
    };
    // "3.5 billion", "two million"
    while let Some(s) = lower.get(k).copied().and_then(scale) {
        if words && s < 1e3 {
            break;
        }
        value *= s;
        k += 1;
    }
    if lower.get(k).copied() == Some("%") {
        percent = true;
        k += 1;
    }
    // "1,000 - for - 1,000" as a tokenizer may split it.
    let at = |n: usize| lower.get(n).copied().unwrap_or("");
    if at(k) == "-" && at(k + 1) == "for" && at(k + 2) == "-" {
        let other = digits(at(k + 3)).map(|d| d.0).or_else(|| small(at(k + 3)));
        if other == Some(value) {
            return Some(Parsed {
                value: FigureValue::Exact(value),
                end: k + 4,
                symbol,
                percent,
                vague: false,
                words,
                ratio: true,
            });
        }
    }
    let mut parsed = Parsed {
        value: FigureValue::Exact(value),
        end: k,
        symbol,
        percent,
        vague: false,
        words,
        ratio: false,
    };
    // "10 to 20", "10-20"
    if let Some(sep) = lower.get(k).copied() {
        if matches!(sep, "to" | "-" | "–") {
            if let Some(hi) = lower
                .get(k + 1)
                .and_then(|t| digits(t).map(|d| d.0).or_else(|| small(t)))
            {
                if hi > value {
                    parsed.value = FigureValue::Range(value, hi);
                    parsed.end = k + 2;
                }
            }
        }
    }
    Some(parsed)
}

/// Number words from `i`: "five", "twenty-five", "two hundred and fifty",
/// "a dozen", "a thousand".
fn number_words(lower: &[&str], i: usize) -> Option<(f64, usize)> {
    let mut k = i;
    let mut total = 0.0;
    let mut current: Option<f64> = None;
    let mut any = false;
    if matches!(lower.get(k).copied(), Some("a" | "an")) {
        let next = lower.get(k + 1).copied()?;
        if next == "dozen" || scale(next).is_some() {
            current = Some(1.0);
            k += 1;
        } else {
            return None;
        }
    }
    while let Some(w) = lower.get(k).copied() {
        // "twenty - five" as a tokenizer may split it.
        let split_tens = small(w)
            .filter(|v| *v >= 20.0 && v % 10.0 == 0.0)
            .filter(|_| lower.get(k + 1).is_some_and(|h| *h == "-"))
            .and_then(|t| Some(t + small(lower.get(k + 2)?).filter(|o| (1.0..10.0).contains(o))?));
        if let Some(v) = split_tens {
            if current.is_some_and(|c| c % 100.0 != 0.0 || c == 0.0) {
                break;
            }
            current = Some(current.unwrap_or(0.0) + v);
            any = true;
            k += 3;
            continue;
        }
        if let Some(v) = small(w) {
            if current.is_some_and(|c| c % 100.0 != 0.0 || c == 0.0) {
                break;
            }
            current = Some(current.unwrap_or(0.0) + v);
        } else if w == "dozen" {
            current = Some(current.unwrap_or(1.0) * 12.0);
        } else if w == "hundred" {
            current = Some(current.unwrap_or(1.0) * 100.0);
        } else if let Some(s) = scale(w).filter(|s| *s >= 1e3 && w.len() > 2) {
            total += current.unwrap_or(1.0) * s;
            current = None;
        } else if w == "and" && any && lower.get(k + 1).is_some_and(|n| small(n).is_some()) {
            k += 1;
            continue;
        } else {
            break;
        }
        any = true;
        k += 1;
    }
    any.then(|| (total + current.unwrap_or(0.0), k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Option<Parsed> {
        let lower: Vec<String> = text.split(' ').map(str::to_lowercase).collect();
        parse(&lower.iter().map(String::as_str).collect::<Vec<_>>(), 0)
    }

    fn v(text: &str) -> FigureValue {
        p(text).unwrap().value
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(v("1,000 troops"), FigureValue::Exact(1000.0));
        assert_eq!(v("3.5 billion dollars"), FigureValue::Exact(3.5e9));
        assert!(p("85%").unwrap().percent);
        let d = p("$3.5 billion").unwrap();
        assert_eq!(d.value, FigureValue::Exact(3.5e9));
        assert_eq!(d.symbol.as_deref(), Some("$"));
        assert_eq!(d.end, 2);
        assert_eq!(v("$ 40 million"), FigureValue::Exact(4e7));
        assert!(p("1,00").is_none());
    }

    #[test]
    fn number_words() {
        assert_eq!(v("five key issues"), FigureValue::Exact(5.0));
        assert_eq!(v("twenty-five people"), FigureValue::Exact(25.0));
        assert_eq!(v("two hundred and fifty homes"), FigureValue::Exact(250.0));
        assert_eq!(v("a dozen villages"), FigureValue::Exact(12.0));
        assert_eq!(v("two million people"), FigureValue::Exact(2e6));
        assert!(p("a village").is_none());
    }

    #[test]
    fn vague_quantities_are_ranges() {
        assert_eq!(
            v("hundreds of thousands of people"),
            FigureValue::Range(1e5, 999_999.0)
        );
        assert_eq!(
            v("tens of thousands of people"),
            FigureValue::Range(1e4, 99_999.0)
        );
        assert_eq!(v("hundreds of people"), FigureValue::Range(100.0, 999.0));
        assert_eq!(v("thousands of people"), FigureValue::Range(1000.0, 9999.0));
        assert_eq!(v("dozens of people"), FigureValue::Range(24.0, 99.0));
        assert_eq!(
            v("several hundred people"),
            FigureValue::Range(200.0, 999.0)
        );
        assert_eq!(
            v("a few thousand people"),
            FigureValue::Range(2000.0, 9999.0)
        );
        assert_eq!(v("several thousand"), FigureValue::Range(2000.0, 9999.0));
        assert_eq!(
            v("trillions of dollars"),
            FigureValue::Range(1e12, 1e15 - 1.0)
        );
        assert!(p("tens").is_none());
    }

    #[test]
    fn split_tokens_read_the_same() {
        let r = p("1,000 - for - 1,000 basis").unwrap();
        assert!(r.ratio);
        assert_eq!(r.end, 5);
        assert_eq!(v("twenty - five people"), FigureValue::Exact(25.0));
        assert_eq!(v("85 % of"), FigureValue::Exact(85.0));
        assert!(p("85 % of").unwrap().percent);
    }

    #[test]
    fn ratios_and_ranges() {
        let r = p("1,000-for-1,000 basis").unwrap();
        assert!(r.ratio);
        assert_eq!(r.value, FigureValue::Exact(1000.0));
        assert_eq!(v("10 to 20 people"), FigureValue::Range(10.0, 20.0));
        assert_eq!(
            v("between 10 and 20 people"),
            FigureValue::Range(10.0, 20.0)
        );
        assert_eq!(p("between 10 and 20 people").unwrap().end, 4);
        assert!(p("between the two").is_none());
    }
}
