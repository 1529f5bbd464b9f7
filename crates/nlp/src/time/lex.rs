//! The scanner under the time grammar: cuts text into words, numbers and
//! single punctuation marks, and gives each word its [`Key`] once.
//!
//! It reads the text itself, not the `tokens` layer, so that "2021-07-10",
//! "10/07/2021", "mid-May" and "1990s" look the same whatever tokenizer ran.
//! Keys come from a `match` on the word lower-cased into a stack buffer: no
//! allocation per word, and one `Vec<Item>` per text.

/// A unit of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
}

/// What a word means to the time grammar and the tense finder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Key {
    #[default]
    Other,
    /// A full month name, 1–12.
    Month(u8),
    /// "Jan", "Sept": a month only before "." or a number.
    MonthAbbr(u8),
    /// Monday = 0.
    Weekday(u8),
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    /// morning, afternoon, evening, night.
    DayPart,
    Unit(Unit),
    Weekend,
    /// spring 0, summer 1, autumn/fall 2, winter 3.
    Season(u8),
    /// its, their, his, her, our, these, those: an "-ed" word after them is
    /// an adjective ("their newly armed units"), not a past verb.
    Possessive,
    /// A number word ("three"); `a`/`an` are [`Key::A`].
    Count(u32),
    /// few, several, couple, many: an unstated count.
    Some,
    A,
    Ago,
    Last,
    This,
    Next,
    Past,
    Previous,
    Coming,
    Recent,
    Earlier,
    Later,
    Early,
    Mid,
    Late,
    End,
    Start,
    Middle,
    Of,
    The,
    In,
    On,
    At,
    For,
    Over,
    During,
    Since,
    From,
    Between,
    And,
    To,
    Until,
    By,
    Back,
    Before,
    After,
    Through,
    Every,
    Same,
    Following,
    That,
    Day,
    /// "st", "nd", "rd", "th" after a number.
    Ordinal,
    /// "s" after a year ("1990s").
    S,
    // Tense cues.
    /// will, shall, 'll, wo(n't).
    Will,
    /// would, could, may, might, should, must, can.
    Modal,
    /// Words that put what follows ahead of the writer: scheduled, planned,
    /// expected, upcoming, deadline, set, due, plans, going.
    Ahead,
    /// was, were, had, did, ago-less past forms: said, took, met, ...
    PastVerb,
    /// has, have: present perfect when a past participle follows.
    Have,
    /// is, are, am, says, say.
    PresentVerb,
    /// Ends a clause for the tense scan: which, who, but, because, while.
    ClauseMark,
}

/// What kind of string an [`Item`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

/// One word, number or punctuation mark, with its byte span.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    pub key: Key,
    /// Value of a number (saturating); the character of a punctuation mark.
    pub num: u32,
    /// Digits in a number.
    pub digits: u8,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// A lower-case word ending in "-ed" (a likely past form when untagged).
    pub ed: bool,
    /// A line break comes before it.
    pub line_start: bool,
}

impl Item {
    pub fn punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.num == c as u32
    }

    /// A dash of any kind, or a hyphen.
    pub fn dash(&self) -> bool {
        self.kind == Kind::Punct && matches!(char::from_u32(self.num), Some('-' | '–' | '—'))
    }

    /// Directly after `prev`, no space between.
    pub fn touches(&self, prev: &Item) -> bool {
        prev.end == self.start
    }
}

/// Cuts `text` into items (appended to `out`, which is cleared first).
pub(crate) fn scan(text: &str, out: &mut Vec<Item>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            if b == b'\n' {
                line_start = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        let item = if b.is_ascii_digit() {
            let mut value: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            Item {
                start: start as u32,
                end: i as u32,
                kind: Kind::Num,
                key: Key::Other,
                num: value,
                digits: (i - start).min(255) as u8,
                cap: false,
                ed: false,
                line_start,
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                if c == '\u{2028}' || c == '\u{2029}' {
                    line_start = true;
                }
                continue;
            }
            if c.is_alphabetic() {
                while let Some(c) = text[i..].chars().next() {
                    if !c.is_alphabetic() {
                        break;
                    }
                    i += c.len_utf8();
                }
                let word = &text[start..i];
                Item {
                    start: start as u32,
                    end: i as u32,
                    kind: Kind::Word,
                    key: if word.is_ascii() {
                        key_of(word)
                    } else {
                        Key::Other
                    },
                    num: 0,
                    digits: 0,
                    cap: c.is_uppercase(),
                    ed: word.len() > 4 && c.is_lowercase() && word.ends_with("ed"),
                    line_start,
                }
            } else {
                Item {
                    start: start as u32,
                    end: i as u32,
                    kind: Kind::Punct,
                    key: Key::Other,
                    num: c as u32,
                    digits: 0,
                    cap: false,
                    ed: false,
                    line_start,
                }
            }
        };
        line_start = false;
        out.push(item);
    }
}

/// The key of one ASCII word, case-insensitively.
pub(crate) fn key_of(word: &str) -> Key {
    let mut buf = [0u8; 12];
    if word.len() > buf.len() {
        return Key::Other;
    }
    for (d, s) in buf.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
    use Key::*;
    match lower {
        "january" => Month(1),
        "february" => Month(2),
        "march" => Month(3),
        "april" => Month(4),
        "may" => Month(5),
        "june" => Month(6),
        "july" => Month(7),
        "august" => Month(8),
        "september" => Month(9),
        "october" => Month(10),
        "november" => Month(11),
        "december" => Month(12),
        "jan" => MonthAbbr(1),
        "feb" => MonthAbbr(2),
        "mar" => MonthAbbr(3),
        "apr" => MonthAbbr(4),
        "jun" => MonthAbbr(6),
        "jul" => MonthAbbr(7),
        "aug" => MonthAbbr(8),
        "sep" | "sept" => MonthAbbr(9),
        "oct" => MonthAbbr(10),
        "nov" => MonthAbbr(11),
        "dec" => MonthAbbr(12),
        "monday" => Weekday(0),
        "tuesday" => Weekday(1),
        "wednesday" => Weekday(2),
        "thursday" => Weekday(3),
        "friday" => Weekday(4),
        "saturday" => Weekday(5),
        "sunday" => Weekday(6),
        "today" => Today,
        "tonight" => Tonight,
        "yesterday" => Yesterday,
        "tomorrow" => Tomorrow,
        "morning" | "afternoon" | "evening" | "night" => DayPart,
        "hour" | "hours" => Unit(self::Unit::Hour),
        "days" => Unit(self::Unit::Day),
        "day" => Day,
        "week" | "weeks" => Unit(self::Unit::Week),
        "fortnight" => Unit(self::Unit::Fortnight),
        "month" | "months" => Unit(self::Unit::Month),
        "quarter" | "quarters" => Unit(self::Unit::Quarter),
        "year" | "years" => Unit(self::Unit::Year),
        "decade" | "decades" => Unit(self::Unit::Decade),
        "weekend" => Weekend,
        "spring" => Season(0),
        "summer" => Season(1),
        "autumn" | "fall" => Season(2),
        "winter" => Season(3),
        "its" | "their" | "his" | "her" | "our" | "these" | "those" | "newly" => Possessive,
        "one" => Count(1),
        "two" => Count(2),
        "three" => Count(3),
        "four" => Count(4),
        "five" => Count(5),
        "six" => Count(6),
        "seven" => Count(7),
        "eight" => Count(8),
        "nine" => Count(9),
        "ten" => Count(10),
        "eleven" => Count(11),
        "twelve" => Count(12),
        "fifteen" => Count(15),
        "eighteen" => Count(18),
        "twenty" => Count(20),
        "thirty" => Count(30),
        "forty" => Count(40),
        "fifty" => Count(50),
        "dozen" => Count(12),
        "few" | "several" | "couple" | "many" => Some,
        "a" | "an" => A,
        "ago" => Ago,
        "last" => Last,
        "this" => This,
        "next" => Next,
        "past" => Past,
        "previous" => Previous,
        "coming" => Coming,
        "recent" => Recent,
        "earlier" => Earlier,
        "later" => Later,
        "early" => Early,
        "mid" => Mid,
        "late" => Late,
        "end" => End,
        "start" | "beginning" => Start,
        "middle" => Middle,
        "of" => Of,
        "the" => The,
        "in" => In,
        "on" => On,
        "at" => At,
        "for" => For,
        "over" => Over,
        "during" | "throughout" => During,
        "since" => Since,
        "from" => From,
        "between" => Between,
        "and" => And,
        "to" => To,
        "until" | "till" => Until,
        "by" => By,
        "back" => Back,
        "before" => Before,
        "after" => After,
        "through" => Through,
        "every" | "each" => Every,
        "same" => Same,
        "following" => Following,
        "that" => That,
        "st" | "nd" | "rd" | "th" => Ordinal,
        "s" => S,
        "will" | "shall" | "ll" | "wo" => Will,
        "would" | "could" | "might" | "should" | "must" | "can" => Modal,
        "scheduled" | "planned" | "plans" | "plan" | "expected" | "expects" | "upcoming"
        | "deadline" | "set" | "due" | "going" | "slated" | "proposed" | "intends" | "aims" => {
            Ahead
        }
        "wouldn" | "couldn" | "shouldn" | "mustn" => Modal,
        "has" | "have" | "having" | "hasn" | "haven" => Have,
        "is" | "are" | "am" | "isn" | "aren" | "says" | "say" | "remains" | "continues" => {
            PresentVerb
        }
        "which" | "who" | "but" | "because" | "while" | "whereas" => ClauseMark,
        "was" | "were" | "wasn" | "weren" | "had" | "hadn" | "did" | "didn" | "been" | "said"
        | "told" | "took" | "met" | "went" | "came" | "gave" | "made" | "held" | "left"
        | "fought" | "won" | "lost" | "began" | "sent" | "saw" | "fell" | "rose" | "led"
        | "struck" | "shot" | "fled" | "built" | "brought" | "bought" | "caught" | "chose"
        | "drove" | "flew" | "got" | "grew" | "heard" | "kept" | "knew" | "laid" | "meant"
        | "paid" | "ran" | "sold" | "sought" | "spoke" | "spent" | "stood" | "stole" | "swore"
        | "thought" | "threw" | "wrote" | "became" | "broke" | "arose" | "withdrew"
        | "overtook" | "sank" | "sat" | "slept" | "woke" | "wore" | "tore" | "beat" | "bore"
        | "blew" | "drew" | "forbade" | "found" | "hid" | "lay" | "lit" | "rode" | "rang"
        | "sang" | "seized" | "shook" | "slid" | "spun" | "split" | "stuck" | "stung" | "swept"
        | "swung" | "taught" | "understood" | "undertook" | "upheld" | "wept" | "wound"
        | "declared" | "occurred" => PastVerb,
        _ => Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_dates_and_words() {
        let mut items = Vec::new();
        scan("On 2021-07-10, mid-May’s 1990s\nMay", &mut items);
        let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
        use Kind::*;
        assert_eq!(
            kinds,
            [
                Word, Num, Punct, Num, Punct, Num, Punct, Word, Punct, Word, Punct, Word, Num,
                Word, Word
            ]
        );
        assert_eq!(items[1].num, 2021);
        assert_eq!(items[1].digits, 4);
        assert!(items[2].dash());
        assert_eq!(items[9].key, Key::Month(5));
        assert!(items[9].cap);
        assert_eq!(items[13].key, Key::S);
        assert!(items[14].line_start);
        assert!(items[3].touches(&items[2]));
    }

    #[test]
    fn long_and_non_ascii_words_have_no_key() {
        let mut items = Vec::new();
        scan("extraordinarily Zürich 東京", &mut items);
        assert_eq!(items.len(), 3);
        assert!(items.iter().all(|i| i.key == Key::Other));
    }
}
