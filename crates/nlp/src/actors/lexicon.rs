//! The actor lexicons: countries (names, demonyms, capitals), known actors
//! (organisations, armed groups, media, group adjectives) and role cues.
//!
//! Reads `data/lexicons/{countries,actors,roles}.tsv` (embedded) through
//! [`crate::lexicon::Table`], so a bad row fails the build with its file and
//! line. Names are found in text with one Aho-Corasick automaton
//! (leftmost-longest, case-sensitive: news capitalises names, and "US"/"us",
//! "WHO"/"who" differ only by case); a match counts only on word boundaries.
//! Role cues are looked up per lower-cased token sequence (up to three words),
//! since they appear both as "minister" and as "Defense Minister"; the table
//! also knows the first words of longer cues, so the longest cue at a token
//! takes one look-up per word it spans.

use crate::lexicon::{FastMap, LowerKey, Row, Table};
use crate::BuildError;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use newsgraph_core::{EntityKind, Sector, Span};

const COUNTRIES: &str = include_str!("../../../../data/lexicons/countries.tsv");
const ACTORS: &str = include_str!("../../../../data/lexicons/actors.tsv");
const ROLES: &str = include_str!("../../../../data/lexicons/roles.tsv");

/// One country of `countries.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    pub iso3: String,
    pub name: String,
}

/// One known actor of `actors.tsv`.
#[derive(Debug, Clone)]
pub struct KnownActor {
    pub name: String,
    pub kind: EntityKind,
    pub country: Option<String>,
    pub sector: Option<Sector>,
}

/// What a name found in the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A country's name or alias (index into [`Lexicons::countries`]).
    Country(u16),
    /// A capital, used in news as a metonym for the state's government.
    Capital(u16),
    /// A nationality adjective or plural ("Afghan", "Afghans").
    Demonym(u16),
    /// A known actor (index into [`Lexicons::actors`]).
    Actor(u16),
}

/// How a role cue is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleUse {
    /// Describes one person ("minister", "spokesman").
    Title,
    /// An institution or collective actor ("government", "forces").
    Org,
    /// A group of persons ("officials", "civilians").
    People,
}

/// One row of `roles.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    pub use_: RoleUse,
    pub sector: Option<Sector>,
    /// Weak cues yield to the affiliation the text gives.
    pub weak: bool,
}

/// What a lower-case word sequence is among the role cues.
#[derive(Debug, Clone, Copy, Default)]
struct CueKey {
    /// The cue it spells, if any.
    role: Option<Role>,
    /// Whether a longer cue starts with it.
    longer: bool,
}

/// A name of the lexicons found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// Every reading of the matched name (a capital can also be a country).
    pub entries: Vec<Entry>,
}

/// All actor lexicons, loaded once.
#[derive(Debug)]
pub struct Lexicons {
    pub countries: Vec<Country>,
    pub actors: Vec<KnownActor>,
    /// Every role cue and every first words of a longer one.
    roles: FastMap<String, CueKey>,
    /// Longest role cue in words.
    role_words: usize,
    /// Longest role cue in bytes (at most [`LowerKey::BYTES`]).
    role_bytes: usize,
    patterns: Vec<String>,
    entries: Vec<Vec<Entry>>,
    by_name: FastMap<String, usize>,
    matcher: AhoCorasick,
}

fn list(cell: Option<&str>) -> impl Iterator<Item = &str> {
    cell.into_iter()
        .flat_map(|c| c.split('|'))
        .filter(|s| !s.is_empty())
}

fn sector(table: &Table, row: &Row, cell: Option<&str>) -> Result<Option<Sector>, BuildError> {
    cell.map(|c| Sector::parse(c).ok_or_else(|| table.error(row, format!("unknown sector `{c}`"))))
        .transpose()
}

impl Lexicons {
    /// Loads the embedded tables.
    pub fn embedded() -> Result<Lexicons, BuildError> {
        Lexicons::from_tables(COUNTRIES, ACTORS, ROLES)
    }

    /// Loads tables given as text (the embedded ones, or a `--lexicon` set).
    pub fn from_tables(countries: &str, actors: &str, roles: &str) -> Result<Lexicons, BuildError> {
        let mut forms: Vec<(String, Entry)> = Vec::new();
        let t = Table::parse("data/lexicons/countries.tsv", countries)?;
        let (c_iso, c_name, c_dem, c_cap, c_alias) = (
            t.column("iso3")?,
            t.column("name")?,
            t.column("demonyms")?,
            t.column("capitals")?,
            t.column("aliases")?,
        );
        let mut country_list = Vec::new();
        for row in &t.rows {
            let iso3 = row.get(c_iso);
            if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(t.error(row, format!("`{iso3}` is not an ISO 3166 alpha-3 code")));
            }
            let i = u16::try_from(country_list.len())
                .map_err(|_| t.error(row, "too many countries"))?;
            country_list.push(Country {
                iso3: iso3.to_string(),
                name: row.get(c_name).to_string(),
            });
            forms.push((row.get(c_name).to_string(), Entry::Country(i)));
            for a in list(row.opt(c_alias)) {
                forms.push((a.to_string(), Entry::Country(i)));
            }
            for c in list(row.opt(c_cap)) {
                forms.push((c.to_string(), Entry::Capital(i)));
            }
            for d in list(row.opt(c_dem)) {
                forms.push((d.to_string(), Entry::Demonym(i)));
                if d.ends_with('n') || d.ends_with('i') {
                    forms.push((format!("{d}s"), Entry::Demonym(i)));
                }
            }
        }
        let iso_known = |code: &str| country_list.iter().any(|c| c.iso3 == code);

        let t = Table::parse("data/lexicons/actors.tsv", actors)?;
        let (a_name, a_kind, a_country, a_sector, a_alias) = (
            t.column("name")?,
            t.column("kind")?,
            t.column("country")?,
            t.column("sector")?,
            t.column("aliases")?,
        );
        let mut actor_list = Vec::new();
        for row in &t.rows {
            let kind = EntityKind::parse(row.get(a_kind))
                .ok_or_else(|| t.error(row, format!("unknown kind `{}`", row.get(a_kind))))?;
            let country = row.opt(a_country).map(str::to_string);
            if let Some(c) = &country {
                if !iso_known(c) {
                    return Err(t.error(row, format!("`{c}` is not in countries.tsv")));
                }
            }
            let i = u16::try_from(actor_list.len()).map_err(|_| t.error(row, "too many actors"))?;
            actor_list.push(KnownActor {
                name: row.get(a_name).to_string(),
                kind,
                country,
                sector: sector(&t, row, row.opt(a_sector))?,
            });
            forms.push((row.get(a_name).to_string(), Entry::Actor(i)));
            for a in list(row.opt(a_alias)) {
                forms.push((a.to_string(), Entry::Actor(i)));
            }
            // "UN Human Rights Council" is also written "U.N. Human Rights
            // Council" and "United Nations Human Rights Council".
            for f in std::iter::once(row.get(a_name)).chain(list(row.opt(a_alias))) {
                if let Some(rest) = f.strip_prefix("UN ") {
                    for p in ["U.N. ", "United Nations "] {
                        forms.push((format!("{p}{rest}"), Entry::Actor(i)));
                    }
                }
            }
        }

        let t = Table::parse("data/lexicons/roles.tsv", roles)?;
        let (r_cue, r_use, r_sector, r_strength) = (
            t.column("cue")?,
            t.column("use")?,
            t.column("sector")?,
            t.column("strength")?,
        );
        let mut role_map = FastMap::default();
        let mut role_words = 1;
        let mut role_bytes = 0;
        for row in &t.rows {
            let use_ = match row.get(r_use) {
                "title" => RoleUse::Title,
                "org" => RoleUse::Org,
                "people" => RoleUse::People,
                u => return Err(t.error(row, format!("use `{u}` is not title, org or people"))),
            };
            let weak = match row.get(r_strength) {
                "weak" => true,
                "strong" => false,
                s => return Err(t.error(row, format!("strength `{s}` is not weak or strong"))),
            };
            let cue = row.get(r_cue);
            if cue.len() > LowerKey::BYTES {
                let most = LowerKey::BYTES;
                return Err(t.error(row, format!("a cue has at most {most} bytes")));
            }
            role_words = role_words.max(cue.split(' ').count());
            role_bytes = role_bytes.max(cue.len());
            role_map
                .entry(cue.to_string())
                .or_insert_with(CueKey::default)
                .role = Some(Role {
                use_,
                sector: sector(&t, row, row.opt(r_sector))?,
                weak,
            });
            for (k, _) in cue.match_indices(' ') {
                role_map
                    .entry(cue[..k].to_string())
                    .or_insert_with(CueKey::default)
                    .longer = true;
            }
        }

        // One pattern per surface form, with every reading it has.
        forms.sort_by(|a, b| a.0.cmp(&b.0));
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        for (form, entry) in forms {
            if patterns.last() == Some(&form) {
                if let Some(e) = entries.last_mut() {
                    if !e.contains(&entry) {
                        e.push(entry);
                    }
                }
            } else {
                patterns.push(form);
                entries.push(vec![entry]);
            }
        }
        let by_name = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (p.clone(), i))
            .collect();
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| BuildError::data("data/lexicons/", 0, e.to_string()))?;
        Ok(Lexicons {
            countries: country_list,
            actors: actor_list,
            roles: role_map,
            role_words,
            role_bytes,
            patterns,
            entries,
            by_name,
            matcher,
        })
    }

    /// Every lexicon name in `text`, on word boundaries, in text order.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        let mut hits = Vec::new();
        for m in self.matcher.find_iter(text) {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            // "US-led" and "Afghan-born" still name the country; "USAID" does not.
            if word_char(before) || word_char(after) {
                continue;
            }
            hits.push(Hit {
                span: Span::new(m.start(), m.end()),
                entries: self.entries[m.pattern().as_usize()].clone(),
            });
        }
        hits
    }

    /// The readings of an exact name, if the lexicons know it.
    pub fn lookup(&self, name: &str) -> &[Entry] {
        self.by_name
            .get(name)
            .map_or(&[], |&i| self.entries[i].as_slice())
    }

    /// The role cue spelled by these words (any case), if any.
    pub fn role(&self, words: &[&str]) -> Option<Role> {
        if words.is_empty() || words.len() > self.role_words {
            return None;
        }
        let mut key = LowerKey::new(self.role_bytes);
        for (i, w) in words.iter().enumerate() {
            if i > 0 && !key.push_str(" ") || !key.push_str(w) {
                return None;
            }
        }
        self.roles.get(key.as_str()).and_then(|k| k.role)
    }

    /// The longest role cue (any case) the words start with: the role and
    /// how many words it takes.
    pub fn longest_role(&self, words: &[&str]) -> Option<(Role, usize)> {
        let mut key = LowerKey::new(self.role_bytes);
        let mut best = None;
        for (i, w) in words.iter().take(self.role_words).enumerate() {
            if i > 0 && !key.push_str(" ") || !key.push_str(w) {
                break;
            }
            let Some(k) = self.roles.get(key.as_str()) else {
                break;
            };
            if let Some(r) = k.role {
                best = Some((r, i + 1));
            }
            if !k.longer {
                break;
            }
        }
        best
    }

    pub fn country(&self, i: u16) -> &Country {
        &self.countries[usize::from(i)]
    }

    pub fn actor(&self, i: u16) -> &KnownActor {
        &self.actors[usize::from(i)]
    }

    /// The country with this ISO3 code.
    pub fn country_by_iso3(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }

    /// Number of distinct surface forms (for reports).
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicons {
        Lexicons::embedded().expect("embedded lexicons load")
    }

    #[test]
    fn finds_countries_demonyms_capitals_and_actors_on_word_boundaries() {
        let l = lex();
        let text = "Afghan forces and the Taliban met in Doha; Washington and USAID watched.";
        let hits = l.find(text);
        let names: Vec<&str> = hits.iter().map(|h| h.span.text(text)).collect();
        assert_eq!(names, vec!["Afghan", "Taliban", "Doha", "Washington"]);
        assert!(matches!(hits[0].entries[0], Entry::Demonym(_)));
        assert!(matches!(hits[1].entries[0], Entry::Actor(_)));
        assert!(hits[2]
            .entries
            .iter()
            .any(|e| matches!(e, Entry::Capital(_))));
    }

    #[test]
    fn plural_demonyms_and_aliases() {
        let l = lex();
        assert!(matches!(l.lookup("Afghans"), [Entry::Demonym(_)]));
        let Some(Entry::Country(i)) = l.lookup("U.S.").first().copied() else {
            panic!("U.S. is a country alias");
        };
        assert_eq!(l.country(i).iso3, "USA");
    }

    #[test]
    fn role_cues_any_case_and_multiword() {
        let l = lex();
        let r = l.role(&["Defense", "Minister"]).expect("defense minister");
        assert_eq!(r.sector, Some(Sector::GOV));
        assert_eq!(r.use_, RoleUse::Title);
        let r = l.role(&["spokesman"]).expect("spokesman");
        assert!(r.weak);
        assert_eq!(
            l.role(&["police"]).map(|r| r.sector),
            Some(Some(Sector::COP))
        );
        assert_eq!(l.role(&["banana"]), None);
        assert_eq!(l.role(&["defense"]), None);
        let (r, n) = l
            .longest_role(&["Defense", "Minister", "Lloyd"])
            .expect("defense minister");
        assert_eq!((r.use_, n), (RoleUse::Title, 2));
        assert_eq!(
            l.longest_role(&["minister", "said"]).map(|(_, n)| n),
            Some(1)
        );
        assert_eq!(l.longest_role(&["banana", "minister"]), None);
        assert_eq!(l.longest_role(&[]), None);
    }

    /// The gold format's roles: a lexicon sector outside them (a party
    /// sector, a labour sector) would be written out and scored wrong.
    #[test]
    fn every_lexicon_sector_is_a_gold_role() {
        const GOLD: &[&str] = &[
            "GOV", "MIL", "REB", "INS", "OPP", "COP", "JUD", "LEG", "SPY", "MED", "EDU", "BUS",
            "CRM", "CVL", "REF", "HLH", "IGO", "NGO", "ELI", "-",
        ];
        for (file, text, column) in [("roles.tsv", ROLES, 2), ("actors.tsv", ACTORS, 3)] {
            for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
                let sector = line.split('\t').nth(column).unwrap_or("-");
                assert!(GOLD.contains(&sector), "{file}: {line}");
            }
        }
        let l = lex();
        assert_eq!(l.role(&["party"]).and_then(|r| r.sector), Some(Sector::OPP));
        assert_eq!(
            l.role(&["ruling", "party"]).and_then(|r| r.sector),
            Some(Sector::GOV)
        );
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let err = Lexicons::from_tables(
            "iso3\tname\tdemonyms\tcapitals\taliases\nXx\tX\t-\t-\t-\n",
            ACTORS,
            ROLES,
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("data/lexicons/countries.tsv:2:"), "{err}");
    }
}
