//! The quote lexicons: reporting cues (`data/quotes/cues.tsv`) and role
//! nouns and titles (`data/quotes/roles.tsv`).
//!
//! Reads the embedded TSV tables once at build time and fails with the file
//! and line of a bad row; afterwards lookups are by lower-cased token text.

use crate::lexicon::{FastMap, Table};
use crate::BuildError;

const CUES_FILE: &str = "data/quotes/cues.tsv";
const CUES: &str = include_str!("../../../../data/quotes/cues.tsv");
const ROLES_FILE: &str = "data/quotes/roles.tsv";
const ROLES: &str = include_str!("../../../../data/quotes/roles.tsv");

/// How a cue attaches its speaker and its reported clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// "X said (that) …", "…, X said", "…, said X".
    Say,
    /// "X told reporters (that) …": an addressee comes between cue and clause.
    Tell,
    /// "according to X, …" / "…, according to X": the speaker follows the cue.
    Source,
    /// "X called on Y to …", "X urged …": reported speech only when the
    /// appeal is quoted.
    Appeal,
    /// A verb that names or judges with a quoted phrase ("called the
    /// seizure "an act of piracy"", "accusing the channel of "…""): a
    /// direct quote's cue only, never an indirect clause.
    Label,
}

/// One cue: a word or word sequence that reports speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Lower-cased words of the form as written ("according", "to").
    pub words: Vec<String>,
    pub lemma: String,
    pub frame: Frame,
    /// Suggested CAMEO code of the speech act, `None` for attributions that
    /// are not speech acts of the speaker ("according to", "reported").
    pub cameo: Option<String>,
    /// Line in `data/quotes/cues.tsv`, for evidence.
    pub line: usize,
}

/// The cue table, indexed by first word.
#[derive(Debug, Clone)]
pub struct Cues {
    by_first: FastMap<String, Vec<Cue>>,
}

impl Cues {
    /// The embedded `data/quotes/cues.tsv`.
    pub fn embedded() -> Result<Cues, BuildError> {
        Cues::parse(CUES_FILE, CUES)
    }

    pub fn parse(file: &'static str, text: &str) -> Result<Cues, BuildError> {
        let table = Table::parse(file, text)?;
        let (form, lemma, frame, cameo) = (
            table.column("form")?,
            table.column("lemma")?,
            table.column("frame")?,
            table.column("cameo")?,
        );
        let mut by_first: FastMap<String, Vec<Cue>> = FastMap::default();
        for row in &table.rows {
            let words: Vec<String> = row.get(form).split(' ').map(str::to_lowercase).collect();
            let frame = match row.get(frame) {
                "say" => Frame::Say,
                "tell" => Frame::Tell,
                "source" => Frame::Source,
                "appeal" => Frame::Appeal,
                "label" => Frame::Label,
                other => {
                    return Err(table.error(
                        row,
                        format!("unknown frame `{other}` (say, tell, source, appeal, label)"),
                    ))
                }
            };
            let cameo = row.opt(cameo).map(str::to_owned);
            if cameo
                .as_deref()
                .is_some_and(|c| c.len() != 3 || !c.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(table.error(row, "cameo must be a 3-digit code or `-`"));
            }
            let Some(first) = words.first().filter(|w| !w.is_empty()).cloned() else {
                return Err(table.error(row, "empty form"));
            };
            by_first.entry(first).or_default().push(Cue {
                words,
                lemma: row.get(lemma).to_owned(),
                frame,
                cameo,
                line: row.line,
            });
        }
        for cues in by_first.values_mut() {
            cues.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        }
        Ok(Cues { by_first })
    }

    /// The longest cue whose words start at `lower[i]`.
    pub fn match_at<S: AsRef<str>>(&self, lower: &[S], i: usize) -> Option<&Cue> {
        let first = lower.get(i)?.as_ref();
        self.by_first.get(first)?.iter().find(|c| {
            c.words
                .iter()
                .enumerate()
                .all(|(k, w)| lower.get(i + k).is_some_and(|t| t.as_ref() == w))
        })
    }

    /// The cue written exactly as `form` (lower-cased words separated by one
    /// space), e.g. to look up the lemma and CAMEO code of a quote's cue.
    pub fn lookup(&self, form: &str) -> Option<&Cue> {
        let words: Vec<String> = form.split_whitespace().map(str::to_lowercase).collect();
        self.match_at(&words, 0)
            .filter(|c| c.words.len() == words.len())
    }
}

/// What a role noun says about who it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    /// One person ("spokesman", "envoy").
    Person,
    /// A group or institution ("officials", "ministry").
    Group,
    /// Only a title word ("prime", "interior").
    TitleOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    pub kind: RoleKind,
    /// Written before a name as a title ("Defense Minister X").
    pub title: bool,
}

/// Role nouns and title words, by lower-cased word.
#[derive(Debug, Clone)]
pub struct Roles {
    by_word: FastMap<String, Role>,
}

impl Roles {
    pub fn embedded() -> Result<Roles, BuildError> {
        Roles::parse(ROLES_FILE, ROLES)
    }

    pub fn parse(file: &'static str, text: &str) -> Result<Roles, BuildError> {
        let table = Table::parse(file, text)?;
        let (word, kind, title) = (
            table.column("word")?,
            table.column("kind")?,
            table.column("title")?,
        );
        let mut by_word = FastMap::default();
        for row in &table.rows {
            let kind = match row.get(kind) {
                "person" => RoleKind::Person,
                "group" => RoleKind::Group,
                "-" => RoleKind::TitleOnly,
                other => {
                    return Err(
                        table.error(row, format!("unknown kind `{other}` (person, group, -)"))
                    )
                }
            };
            let title = match row.get(title) {
                "yes" => true,
                "no" => false,
                other => {
                    return Err(table.error(row, format!("title must be yes or no, not `{other}`")))
                }
            };
            by_word.insert(row.get(word).to_owned(), Role { kind, title });
        }
        Ok(Roles { by_word })
    }

    pub fn get(&self, lower: &str) -> Option<Role> {
        self.by_word.get(lower).copied()
    }

    /// A noun that can head a speaker ("spokesman", "officials").
    pub fn is_speaker_noun(&self, lower: &str) -> bool {
        self.get(lower)
            .is_some_and(|r| r.kind != RoleKind::TitleOnly)
    }

    pub fn is_title(&self, lower: &str) -> bool {
        self.get(lower).is_some_and(|r| r.title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load() {
        let cues = Cues::embedded().unwrap();
        let said = cues.lookup("said").unwrap();
        assert_eq!(said.lemma, "say");
        assert_eq!(said.cameo.as_deref(), Some("010"));
        let acc = cues.lookup("According to").unwrap();
        assert_eq!(acc.frame, Frame::Source);
        assert_eq!(acc.cameo, None);
        assert_eq!(cues.lookup("warned").unwrap().cameo.as_deref(), Some("012"));
        let roles = Roles::embedded().unwrap();
        assert!(roles.is_speaker_noun("spokesman"));
        assert!(roles.is_title("minister"));
        assert!(!roles.is_speaker_noun("interior"));
    }

    #[test]
    fn tables_are_sorted_and_duplicate_free() {
        let units = include_str!("../../../../data/quotes/units.tsv");
        for (file, text) in [(CUES_FILE, CUES), (ROLES_FILE, ROLES), ("units.tsv", units)] {
            let table = Table::parse("t.tsv", text).unwrap();
            let keys: Vec<&str> = table.rows.iter().map(|r| r.get(0)).collect();
            for w in keys.windows(2) {
                assert!(w[0] < w[1], "{file}: {:?} before {:?}", w[0], w[1]);
            }
        }
    }

    #[test]
    fn longest_cue_wins() {
        let cues = Cues::embedded().unwrap();
        let words = ["called", "on", "them"];
        assert_eq!(cues.match_at(&words, 0).unwrap().lemma, "call on");
        // "called off" is no appeal; alone, "called" only labels a quote.
        let called = cues.match_at(&["called", "off"], 0).unwrap();
        assert_eq!(
            (called.lemma.as_str(), called.frame),
            ("call", Frame::Label)
        );
    }

    #[test]
    fn bad_frame_names_line() {
        let err = Cues::parse(
            "c.tsv",
            "form\tlemma\tframe\tcameo\nsaid\tsay\tshout\t010\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("c.tsv:2:"), "{err}");
    }
}
