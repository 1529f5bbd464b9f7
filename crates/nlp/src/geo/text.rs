//! A small word scanner for toponym finding: words with byte spans, their
//! lookup key (lower-case, diacritics folded) and what separates them.
//!
//! The geocoder needs capitalisation, the exact gap between two words and
//! sentence starts, which it reads straight from the text so that it works
//! the same whether or not the tokenizer has run. Gazetteer names are keyed
//! through the same scanner, so a name and a text n-gram meet on one key.

use newsgraph_core::Span;

/// What lies between a word and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Nothing but spaces on the same line: the words may form one name.
    Space,
    /// A single hyphen ("Guinea-Bissau", "Yemeni-led").
    Hyphen,
    /// Anything else: punctuation, a line break, the start of the text.
    Other,
}

/// One word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// Lower-case, diacritics folded, curly apostrophes straightened.
    pub key: String,
    /// The first letter is upper-case.
    pub cap: bool,
    /// Two or more letters, all upper-case ("LIMA", "US").
    pub upper: bool,
    pub gap: Gap,
    /// The gap before contains a comma.
    pub comma_before: bool,
    /// First word of a sentence or a line.
    pub starts_sentence: bool,
    /// First word of a line.
    pub starts_line: bool,
    /// Followed directly by a possessive `'s`.
    pub possessive: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Folds one character to lower-case ASCII where it is a Latin letter with a
/// diacritic; other characters are lower-cased as they are.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let f = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'a',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => 'c',
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ḍ' | 'ḍ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'e',
        'Ğ' | 'ğ' | 'Ġ' | 'ġ' => 'g',
        'Ḩ' | 'ḩ' | 'Ḥ' | 'ḥ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'İ' | 'ı' => 'i',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => 'o',
        'Ŕ' | 'ŕ' | 'Ř' | 'ř' => 'r',
        'Ś' | 'ś' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' | 'Ṣ' | 'ṣ' => 's',
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ț' | 'ț' | 'Ṭ' | 'ṭ' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' | 'Ẓ' | 'ẓ' => 'z',
        'Ł' | 'ł' => 'l',
        'ß' => {
            out.push_str("ss");
            return;
        }
        c if is_apostrophe(c) || c == '`' => '\'',
        c => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(f);
}

/// Scans `text` into words. Apostrophes inside a word stay in it ("Sana'a");
/// a final `'s` is a possessive and not part of the word; dotted initials
/// ("U.S.", "U.K.") are one word.
pub fn scan(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    let mut prev_end = 0usize;
    while i < chars.len() {
        let c = chars[i].1;
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut possessive = false;
        // dotted initials: X.Y. (at least two letters)
        let mut j = i;
        while at(j).is_some_and(|c| c.is_alphabetic() && c.is_uppercase())
            && at(j + 1) == Some('.')
            && at(j + 2).is_some_and(|c| c.is_alphabetic() && c.is_uppercase())
        {
            j += 2;
        }
        if j > i && at(j + 1) == Some('.') {
            i = j + 2;
        } else {
            while let Some(c) = at(i) {
                if c.is_alphanumeric() {
                    i += 1;
                } else if is_apostrophe(c) && at(i + 1).is_some_and(char::is_alphabetic) {
                    let s_end =
                        at(i + 1) == Some('s') && !at(i + 2).is_some_and(char::is_alphanumeric);
                    if s_end {
                        possessive = true;
                        break;
                    }
                    i += 1;
                } else {
                    break;
                }
            }
        }
        // "St. Petersburg", "Mt. Kenya": the abbreviation keeps its period
        let abbreviation = |w: &str| matches!(w, "St" | "Ste" | "Mt" | "Ft");
        if at(i) == Some('.')
            && abbreviation(&text[byte(start)..byte(i)])
            && at(i + 1) == Some(' ')
            && at(i + 2).is_some_and(char::is_uppercase)
        {
            i += 1;
        }
        let (b0, b1) = (byte(start), byte(i));
        let raw = &text[b0..b1];
        let mut key = String::with_capacity(raw.len());
        raw.chars().for_each(|c| fold_char(c, &mut key));
        let gap_text = &text[prev_end.min(b0)..b0];
        let first = words.is_empty();
        let after_possessive = words.last().is_some_and(|w: &Word| w.possessive);
        let gap = if first || after_possessive {
            Gap::Other
        } else if gap_text.chars().all(|c| c == ' ' || c == '\u{a0}') && !gap_text.is_empty() {
            Gap::Space
        } else if gap_text == "-" {
            Gap::Hyphen
        } else {
            Gap::Other
        };
        let starts_line = first || gap_text.contains('\n');
        let last_word_is_initial = words.last().is_some_and(|w: &Word| w.key.ends_with('.'));
        let starts_sentence = starts_line
            || (gap_text.contains(['.', '!', '?']) && !last_word_is_initial)
            || (last_word_is_initial && gap_text.contains(['!', '?']));
        let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
        words.push(Word {
            span: Span::new(b0, b1),
            key,
            cap: raw.chars().next().is_some_and(char::is_uppercase),
            upper: letters >= 2
                && raw
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase),
            gap,
            comma_before: gap_text.contains(','),
            starts_sentence,
            starts_line,
            possessive,
        });
        prev_end = if possessive { byte(i + 2) } else { b1 };
        if possessive {
            i += 2;
        }
    }
    words
}

/// The lookup key of a name: its words' keys joined by single spaces
/// ("Guinea-Bissau" → "guinea bissau", "Sana’a" → "sana'a").
///
/// Names without periods or possessives (nearly all gazetteer names) take
/// a direct path that gives the same key as [`scan`] without its allocations.
pub fn name_key(name: &str) -> String {
    let simple = !name.contains('.') && !name.contains(['\'', '\u{2019}', '\u{02BC}', '`']);
    if simple {
        let mut key = String::with_capacity(name.len());
        let mut pending_space = false;
        for c in name.chars() {
            if c.is_alphanumeric() {
                if pending_space && !key.is_empty() {
                    key.push(' ');
                }
                pending_space = false;
                fold_char(c, &mut key);
            } else {
                pending_space = true;
            }
        }
        return key;
    }
    let words = scan(name);
    let mut key = String::with_capacity(name.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&w.key);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_gaps_and_possessives() {
        let text = "Afghanistan’s capital, Kabul. The U.S. and Guinea-Bissau met in Sana'a.";
        let w = scan(text);
        let keys: Vec<&str> = w.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "afghanistan",
                "capital",
                "kabul",
                "the",
                "u.s.",
                "and",
                "guinea",
                "bissau",
                "met",
                "in",
                "sana'a"
            ]
        );
        assert!(w[0].possessive);
        assert_eq!(w[1].gap, Gap::Other);
        assert!(w[2].comma_before);
        assert!(w[3].starts_sentence);
        assert!(
            !w[5].starts_sentence,
            "no sentence break after the initials U.S."
        );
        assert_eq!(w[7].gap, Gap::Hyphen);
        assert_eq!(&text[w[10].span.range()], "Sana'a");
    }

    #[test]
    fn the_direct_key_path_agrees_with_the_scanner() {
        for name in [
            "Guinea-Bissau",
            "Rio de Janeiro",
            "Mehtar Lām",
            "  Al  Ḩudaydah ",
            "Bosnia and Herzegovina",
        ] {
            let scanned: Vec<String> = scan(name).into_iter().map(|w| w.key).collect();
            assert_eq!(name_key(name), scanned.join(" "), "{name}");
        }
    }

    #[test]
    fn keys_fold_diacritics() {
        assert_eq!(name_key("Mehtar Lām"), "mehtar lam");
        assert_eq!(name_key("Al Ḩudaydah"), "al hudaydah");
        assert_eq!(name_key("Türkiye"), "turkiye");
        assert_eq!(name_key("Sana’a"), "sana'a");
    }

    #[test]
    fn caps_and_lines() {
        let w = scan("LIMA, Peru -- Crowds\nmarched");
        assert!(w[0].upper && w[0].cap);
        assert!(!w[1].upper && w[1].cap);
        assert!(w[3].starts_line && w[3].starts_sentence);
    }
}
