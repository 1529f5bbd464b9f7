//! The event lexicon: the CAMEO code table, verb and noun patterns, the
//! complement table and the cue words, all read from `data/events/*.tsv`.
//!
//! Reads the embedded TSV tables through [`crate::lexicon::Table`] and checks
//! them against each other at build time (every code a pattern names must be
//! in the CAMEO table), so a typo in a lexicon is a build error naming its
//! file and line, never a wrong event at run time. Patterns are grouped by
//! lemma and ordered most specific first, so matching is "first that fits".

use crate::lexicon::{FastMap, Row, Table};
use crate::BuildError;
use newsgraph_core::{EventStatus, Rule};

pub const CAMEO_FILE: &str = "data/events/cameo.tsv";
pub const VERBS_FILE: &str = "data/events/verbs.tsv";
pub const NOUNS_FILE: &str = "data/events/nouns.tsv";
pub const COMPLEMENTS_FILE: &str = "data/events/complements.tsv";
pub const CUES_FILE: &str = "data/events/cues.tsv";

const CAMEO_TSV: &str = include_str!("../../../../data/events/cameo.tsv");
const VERBS_TSV: &str = include_str!("../../../../data/events/verbs.tsv");
const NOUNS_TSV: &str = include_str!("../../../../data/events/nouns.tsv");
const COMPLEMENTS_TSV: &str = include_str!("../../../../data/events/complements.tsv");
const CUES_TSV: &str = include_str!("../../../../data/events/cues.tsv");

/// What the CAMEO table says about one code.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub name: String,
    pub goldstein: f32,
    pub quad_class: u8,
    /// `None` for CAMEO 01 and 02, which PLOVER dropped.
    pub plover: Option<String>,
}

/// How a pattern's arguments and complement become source, target and code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Frame {
    /// Subject is the source, object (or a prepositional object) the target.
    Act,
    /// Every participant is source and target ("met", "talks between").
    Sym,
    /// A speech act (01x); the clause it reports is a separate, claimed event.
    Say,
    /// Expressed intent (03x); the code follows the complement.
    Intent,
    /// An appeal (02x); the code follows the complement.
    Appeal,
    /// A demand (10x); the code follows the complement.
    Demand,
    /// A refusal (12x); the code follows the complement, which is not coded.
    Refuse,
    /// A threat (13x); the code follows the complement.
    Threat,
    /// A withdrawal: the object is what is withdrawn, "from" the target.
    Retreat,
    /// A receipt: "from" names the source, the subject is the target
    /// ("received weapons from X": X gave them).
    Receive,
    /// A clash: symmetric; 190 when an armed actor takes part, else 145.
    Clash,
    /// Nouns: "of" and possessives name the source ("withdrawal of troops").
    Agent,
    /// Nouns: "of" and possessives name the target ("arrest of an activist").
    Patient,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "act" => Frame::Act,
            "sym" => Frame::Sym,
            "say" => Frame::Say,
            "intent" => Frame::Intent,
            "appeal" => Frame::Appeal,
            "demand" => Frame::Demand,
            "refuse" => Frame::Refuse,
            "threat" => Frame::Threat,
            "retreat" => Frame::Retreat,
            "receive" => Frame::Receive,
            "clash" => Frame::Clash,
            "agent" => Frame::Agent,
            "patient" => Frame::Patient,
            _ => return None,
        })
    }

    /// Frames whose code is taken from the action they govern.
    pub fn takes_complement(self) -> bool {
        matches!(
            self,
            Frame::Intent | Frame::Appeal | Frame::Demand | Frame::Refuse | Frame::Threat
        )
    }
}

/// One row of `verbs.tsv` or `nouns.tsv`.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Particle or preposition that must attach to the trigger.
    pub prep: Option<String>,
    /// Lemmas one of which the object (or prepositional object, or modifier) must have.
    pub objects: Vec<String>,
    pub cameo: String,
    pub frame: Frame,
    pub rule: Rule,
}

/// The code of a pattern that reads its trigger as no event.
pub const NO_EVENT: &str = "-";

impl Pattern {
    /// Whether the pattern reads its trigger as no event ("press release",
    /// "heart attack", "trade war").
    pub fn no_event(&self) -> bool {
        self.cameo == NO_EVENT
    }

    fn specificity(&self) -> u8 {
        u8::from(!self.objects.is_empty()) * 2 + u8::from(self.prep.is_some())
    }
}

/// What a cue word does (`cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// A light verb: its event-noun object carries the event ("held talks").
    Light,
    /// Its event-noun subject happens ("fighting escalated").
    Occur,
    /// The event it governs is planned ("plans to", "will").
    Plan,
    /// The event it governs is hypothetical ("if", "would").
    Hypo,
    /// The event it governs is claimed ("according to").
    Claim,
    /// Negation ("not", "never", "failed to").
    Neg,
    /// A verb that says its complement happened ("managed to"): negated,
    /// it negates the complement ("did not manage to reach a deal").
    Implicative,
    /// A noun that passes its "of" object through ("a series of talks").
    Transparent,
    /// A text that speaks for whoever issues it ("issued a statement
    /// condemning X": the issuer condemns).
    Document,
    /// A verb of travel whose purpose ("for talks") is the traveller's
    /// event ("flew to Beijing for talks with Wang").
    Travel,
    /// A verb whose subject undergoes the event its object names ("fled
    /// attacks by X", "survived an ambush"): the subject is no actor of it.
    Undergo,
}

impl Cue {
    fn parse(s: &str) -> Option<Cue> {
        Some(match s {
            "light" => Cue::Light,
            "occur" => Cue::Occur,
            "plan" => Cue::Plan,
            "hypo" => Cue::Hypo,
            "claim" => Cue::Claim,
            "neg" => Cue::Neg,
            "implicative" => Cue::Implicative,
            "transparent" => Cue::Transparent,
            "document" => Cue::Document,
            "travel" => Cue::Travel,
            "undergo" => Cue::Undergo,
            _ => return None,
        })
    }
}

/// Every event table, loaded and cross-checked.
#[derive(Debug, Clone)]
pub struct Lexicon {
    codes: FastMap<String, CodeInfo>,
    verbs: FastMap<String, Vec<Pattern>>,
    nouns: FastMap<String, Vec<Pattern>>,
    /// (frame, code prefix) → code, with the row's line.
    complements: FastMap<(Frame, String), String>,
    cues: FastMap<String, Vec<Cue>>,
}

impl Lexicon {
    /// The tables embedded in the binary.
    pub fn embedded() -> Result<Lexicon, BuildError> {
        Lexicon::parse(CAMEO_TSV, VERBS_TSV, NOUNS_TSV, COMPLEMENTS_TSV, CUES_TSV)
    }

    /// Tables from texts (same formats as the embedded files).
    pub fn parse(
        cameo: &str,
        verbs: &str,
        nouns: &str,
        complements: &str,
        cues: &str,
    ) -> Result<Lexicon, BuildError> {
        let codes = parse_codes(&Table::parse(CAMEO_FILE, cameo)?)?;
        let verbs = parse_patterns(&Table::parse(VERBS_FILE, verbs)?, &codes)?;
        let nouns = parse_patterns(&Table::parse(NOUNS_FILE, nouns)?, &codes)?;
        let t = Table::parse(COMPLEMENTS_FILE, complements)?;
        let (cf, cp, cc) = (t.column("frame")?, t.column("prefix")?, t.column("cameo")?);
        let mut comp = FastMap::default();
        for row in &t.rows {
            let frame = Frame::parse(row.get(cf))
                .filter(|f| f.takes_complement())
                .ok_or_else(|| t.error(row, format!("unknown frame {:?}", row.get(cf))))?;
            check_code(&t, row, row.get(cc), &codes)?;
            if comp
                .insert((frame, row.get(cp).to_string()), row.get(cc).to_string())
                .is_some()
            {
                return Err(t.error(row, "duplicate frame and prefix"));
            }
        }
        let t = Table::parse(CUES_FILE, cues)?;
        let (lc, rc) = (t.column("lemma")?, t.column("cue")?);
        let mut cue_map: FastMap<String, Vec<Cue>> = FastMap::default();
        for row in &t.rows {
            let cue = Cue::parse(row.get(rc))
                .ok_or_else(|| t.error(row, format!("unknown cue role {:?}", row.get(rc))))?;
            cue_map
                .entry(row.get(lc).to_string())
                .or_default()
                .push(cue);
        }
        Ok(Lexicon {
            codes,
            verbs,
            nouns,
            complements: comp,
            cues: cue_map,
        })
    }

    pub fn code(&self, code: &str) -> Option<&CodeInfo> {
        self.codes.get(code)
    }

    /// Every PLOVER type some CAMEO code maps to.
    pub fn plover_types(&self) -> std::collections::BTreeSet<&str> {
        self.codes
            .values()
            .filter_map(|c| c.plover.as_deref())
            .collect()
    }

    /// Verb patterns of a lemma, most specific first.
    pub fn verb(&self, lemma: &str) -> &[Pattern] {
        self.verbs.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// Noun patterns of a lemma, most specific first.
    pub fn noun(&self, lemma: &str) -> &[Pattern] {
        self.nouns.get(lemma).map_or(&[], Vec::as_slice)
    }

    pub fn has_cue(&self, lemma: &str, cue: Cue) -> bool {
        self.cues.get(lemma).is_some_and(|c| c.contains(&cue))
    }

    /// The code an event has under the CAMEO convention for acts not yet
    /// done. Our events keep the act's own code with status `planned` or
    /// `hypothetical` ("Finland will give Tanzania a grant": 071, planned);
    /// CAMEO codes such a statement as what it is now, an intent or a
    /// threat: a cooperative act (04–08) as the matching intent (03x, by
    /// the `intent` rows of `complements.tsv`: 071 → 0331), a hostile one
    /// (14, 16–20) as the matching threat (13x, by the `threat` rows,
    /// else 130). Other codes, and acts that occurred or are claimed, stay
    /// as they are. Used where output is compared with CAMEO-coded data
    /// (`newsgraph eval-plover`); see docs/FORMAT.md.
    pub fn cameo_convention<'s>(&'s self, cameo: &'s str, status: EventStatus) -> &'s str {
        if !matches!(status, EventStatus::Planned | EventStatus::Hypothetical) {
            return cameo;
        }
        if hostile(cameo) {
            return self.complement(Frame::Threat, cameo).unwrap_or("130");
        }
        match cameo.get(..2) {
            Some("04" | "05" | "06" | "07" | "08") => {
                self.complement(Frame::Intent, cameo).unwrap_or(cameo)
            }
            _ => cameo,
        }
    }

    /// The code a complement-taking frame gets for a complement coded
    /// `code`: the longest matching prefix in `complements.tsv`.
    pub fn complement(&self, frame: Frame, code: &str) -> Option<&str> {
        (2..=code.len()).rev().find_map(|n| {
            self.complements
                .get(&(frame, code[..n].to_string()))
                .map(String::as_str)
        })
    }
}

fn parse_codes(t: &Table) -> Result<FastMap<String, CodeInfo>, BuildError> {
    let (c, n, g, q, p) = (
        t.column("code")?,
        t.column("name")?,
        t.column("goldstein")?,
        t.column("quad_class")?,
        t.column("plover")?,
    );
    let mut codes = FastMap::default();
    for row in &t.rows {
        let goldstein: f32 = row
            .get(g)
            .parse()
            .map_err(|_| t.error(row, format!("bad goldstein {:?}", row.get(g))))?;
        let quad_class: u8 = row
            .get(q)
            .parse()
            .ok()
            .filter(|q| (1..=4).contains(q))
            .ok_or_else(|| t.error(row, format!("bad quad_class {:?}", row.get(q))))?;
        let info = CodeInfo {
            name: row.get(n).to_string(),
            goldstein,
            quad_class,
            plover: row.opt(p).map(str::to_string),
        };
        if codes.insert(row.get(c).to_string(), info).is_some() {
            return Err(t.error(row, format!("duplicate code {}", row.get(c))));
        }
    }
    Ok(codes)
}

fn check_code(
    t: &Table,
    row: &Row,
    code: &str,
    codes: &FastMap<String, CodeInfo>,
) -> Result<(), BuildError> {
    if codes.contains_key(code) {
        Ok(())
    } else {
        Err(t.error(row, format!("CAMEO code {code:?} is not in {CAMEO_FILE}")))
    }
}

fn parse_patterns(
    t: &Table,
    codes: &FastMap<String, CodeInfo>,
) -> Result<FastMap<String, Vec<Pattern>>, BuildError> {
    let (l, p, o, c, f) = (
        t.column("lemma")?,
        t.column("prep")?,
        t.column("object")?,
        t.column("cameo")?,
        t.column("frame")?,
    );
    let mut map: FastMap<String, Vec<Pattern>> = FastMap::default();
    for row in &t.rows {
        // `-`: a reading that is no event ("press release", "heart
        // attack"), matched like any pattern and then dropped.
        if row.get(c) != NO_EVENT {
            check_code(t, row, row.get(c), codes)?;
        }
        let frame = Frame::parse(row.get(f))
            .ok_or_else(|| t.error(row, format!("unknown frame {:?}", row.get(f))))?;
        map.entry(row.get(l).to_string())
            .or_default()
            .push(Pattern {
                prep: row.opt(p).map(str::to_string),
                objects: row
                    .opt(o)
                    .map(|s| s.split('|').map(str::to_string).collect())
                    .unwrap_or_default(),
                cameo: row.get(c).to_string(),
                frame,
                rule: Rule {
                    file: t.file.to_string(),
                    line: row.line as u32,
                },
            });
    }
    for v in map.values_mut() {
        v.sort_by_key(|p| std::cmp::Reverse(p.specificity()));
    }
    Ok(map)
}

/// A hostile act (protest, reduced relations, coercion, assault, fight,
/// mass violence: 14x, 16x–20x): announced, it is a threat.
pub fn hostile(code: &str) -> bool {
    matches!(code.get(..2), Some("14" | "16" | "17" | "18" | "19" | "20"))
}

/// An act of armed force (assault, fight, mass violence: 18x–20x).
pub fn armed(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table is sorted by its key columns and has no duplicate key;
    /// every code exists in the CAMEO table (checked by `embedded`).
    #[test]
    fn tables_load_sorted_and_duplicate_free() {
        let lex = Lexicon::embedded().expect("event lexicon loads");
        assert!(lex.code("0874").is_some());
        assert_eq!(lex.code("010").and_then(|c| c.plover.as_deref()), None);
        assert_eq!(
            lex.code("163").and_then(|c| c.plover.as_deref()),
            Some("COERCE")
        );
        for (file, text, keys) in [
            (CAMEO_FILE, CAMEO_TSV, 1),
            (VERBS_FILE, VERBS_TSV, 3),
            (NOUNS_FILE, NOUNS_TSV, 3),
            (COMPLEMENTS_FILE, COMPLEMENTS_TSV, 2),
            (CUES_FILE, CUES_TSV, 2),
        ] {
            let t = Table::parse(file, text).expect("table parses");
            let key = |r: &Row| r.cells[..keys].join("\t");
            for w in t.rows.windows(2) {
                assert!(
                    key(&w[0]) < key(&w[1]),
                    "{file}:{}: not sorted or duplicate key ({:?} then {:?})",
                    w[1].line,
                    key(&w[0]),
                    key(&w[1])
                );
            }
        }
    }

    #[test]
    fn covers_every_root_and_many_codes() {
        let verbs = Table::parse(VERBS_FILE, VERBS_TSV).unwrap();
        let nouns = Table::parse(NOUNS_FILE, NOUNS_TSV).unwrap();
        let comps = Table::parse(COMPLEMENTS_FILE, COMPLEMENTS_TSV).unwrap();
        let mut codes: Vec<&str> = verbs
            .rows
            .iter()
            .chain(&nouns.rows)
            .map(|r| r.get(3))
            .chain(comps.rows.iter().map(|r| r.get(2)))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        for root in 1..=20 {
            let root = format!("{root:02}");
            assert!(
                codes.iter().any(|c| c.starts_with(&root)),
                "no pattern for CAMEO root {root}"
            );
        }
        assert!(codes.len() >= 150, "only {} distinct codes", codes.len());
    }

    #[test]
    fn bad_code_names_file_and_line() {
        let err = Lexicon::parse(
            CAMEO_TSV,
            "lemma\tprep\tobject\tcameo\tframe\tnotes\nzap\t-\t-\t999\tact\t\n",
            NOUNS_TSV,
            COMPLEMENTS_TSV,
            CUES_TSV,
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("data/events/verbs.tsv:2:"), "{err}");
    }

    #[test]
    fn complements_take_the_longest_prefix() {
        let lex = Lexicon::embedded().unwrap();
        assert_eq!(lex.complement(Frame::Intent, "046"), Some("036"));
        assert_eq!(lex.complement(Frame::Intent, "0874"), Some("0356"));
        assert_eq!(lex.complement(Frame::Intent, "0871"), Some("0871"));
        assert_eq!(lex.complement(Frame::Refuse, "043"), Some("125"));
        assert_eq!(lex.complement(Frame::Threat, "190"), Some("138"));
        assert_eq!(lex.complement(Frame::Threat, "010"), None);
    }

    #[test]
    fn acts_not_yet_done_read_as_intents_and_threats_by_cameo_convention() {
        let lex = Lexicon::embedded().unwrap();
        // "Finland will give Tanzania a grant": intent to give economic aid.
        assert_eq!(lex.cameo_convention("071", EventStatus::Planned), "0331");
        assert_eq!(lex.cameo_convention("0874", EventStatus::Planned), "0356");
        // "will attack": a threat of force.
        assert_eq!(lex.cameo_convention("190", EventStatus::Planned), "138");
        // "would march if ...": a threat of protest.
        assert_eq!(
            lex.cameo_convention("145", EventStatus::Hypothetical),
            "133"
        );
        assert_eq!(
            lex.cameo_convention("010", EventStatus::Hypothetical),
            "010"
        );
        // Done or claimed acts, statements and demands keep their code.
        assert_eq!(lex.cameo_convention("071", EventStatus::Occurred), "071");
        assert_eq!(lex.cameo_convention("190", EventStatus::Claimed), "190");
        assert_eq!(lex.cameo_convention("100", EventStatus::Planned), "100");
    }
}
