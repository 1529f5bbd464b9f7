//! The unit table `data/quotes/units.tsv`: a counted noun (or currency
//! word or symbol) and its normalised unit.
//!
//! Shaped after the gold convention: people of any civilian kind
//! (civilians, protesters, police officers, officials) count as `people`;
//! soldiers, troops, prisoners traded in an exchange keep their own unit
//! (other prisoners are people; families count households); money is an ISO 4217
//! code; durations are plural time units. Nouns not in the table are used
//! as written (lower-cased plural). A unit may carry a scale: "3 cents" is
//! 0.03 USD, "six decades" 60 years.
//!
//! Plural demonyms and group names ("Europeans", "Armenians", "Kurds") count
//! people too, and so does a group name whose plural is the singular
//! ("Rohingya"); they are read from the country and actor lexicons.

use crate::lexicon::{lowercase, FastMap, FastSet, Table};
use crate::BuildError;

const FILE: &str = "data/quotes/units.tsv";
const TEXT: &str = include_str!("../../../../data/quotes/units.tsv");
const COUNTRIES_FILE: &str = "data/lexicons/countries.tsv";
const COUNTRIES: &str = include_str!("../../../../data/lexicons/countries.tsv");
const ACTORS_FILE: &str = "data/lexicons/actors.tsv";
const ACTORS: &str = include_str!("../../../../data/lexicons/actors.tsv");

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// Things or people counted.
    Count,
    /// Money: the unit is an ISO 4217 code.
    Currency,
    Percent,
    /// A length of time ("20 years").
    Duration,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub unit: String,
    pub kind: UnitKind,
    /// What one of the noun is in `unit`: 0.01 for "cents", 10 for
    /// "decades"; 1 for most.
    pub scale: f64,
}

impl Unit {
    /// A currency by its ISO 4217 code, counted in whole units.
    fn currency(code: &str) -> Unit {
        Unit {
            unit: code.to_string(),
            kind: UnitKind::Currency,
            scale: 1.0,
        }
    }

    /// `value` of the noun in the unit: "3 cents" → 0.03 (divided, so that
    /// hundredths come out as written).
    pub fn scaled(&self, value: f64) -> f64 {
        if self.scale == 1.0 {
            value
        } else if self.scale < 1.0 {
            value / (1.0 / self.scale).round()
        } else {
            value * self.scale
        }
    }
}

#[derive(Debug, Clone)]
pub struct Units {
    by_noun: FastMap<String, Unit>,
    /// Lower-cased demonyms and group names ("armenian", "european").
    demonyms: FastSet<String>,
    /// A currency word several countries use ("rupees") → each country
    /// (ISO 3166 alpha-3) and its currency, from the rows that name it with
    /// a demonym ("sri lankan rupees" → LKA, LKR).
    shared: FastMap<String, Vec<(String, String)>>,
}

/// Currency words shared by several countries, which follow the country
/// an article is about ("120 billion rupees" in a story from Colombo).
/// Not "dollars" or "cents": news in every country writes US dollars so.
const SHARED_CURRENCIES: &[&str] = &[
    "dinar",
    "dinars",
    "franc",
    "francs",
    "peso",
    "pesos",
    "pound",
    "pounds",
    "rial",
    "rials",
    "riyal",
    "riyals",
    "rupee",
    "rupees",
    "shilling",
    "shillings",
];

impl Units {
    pub fn embedded() -> Result<Units, BuildError> {
        let mut units = Units::parse(FILE, TEXT)?;
        let countries = country_demonyms(COUNTRIES)?;
        units.demonyms = demonyms(&countries, ACTORS)?;
        units.shared = shared(&units.by_noun, &countries);
        Ok(units)
    }

    pub fn parse(file: &'static str, text: &str) -> Result<Units, BuildError> {
        let table = Table::parse(file, text)?;
        let (noun, unit, kind, scale) = (
            table.column("noun")?,
            table.column("unit")?,
            table.column("kind")?,
            table.column("scale")?,
        );
        let mut by_noun = FastMap::default();
        for row in &table.rows {
            let kind = match row.get(kind) {
                "count" | "people" => UnitKind::Count,
                "currency" => UnitKind::Currency,
                "percent" => UnitKind::Percent,
                "duration" => UnitKind::Duration,
                other => {
                    return Err(table.error(
                        row,
                        format!("unknown kind `{other}` (count, currency, percent, duration)"),
                    ))
                }
            };
            if row.get(unit).is_empty() {
                return Err(table.error(row, "empty unit"));
            }
            let scale = match row.opt(scale) {
                None => 1.0,
                Some(s) => match s.parse::<f64>() {
                    Ok(v) if v > 0.0 && v.is_finite() => v,
                    _ => return Err(table.error(row, format!("bad scale `{s}`"))),
                },
            };
            by_noun.insert(
                row.get(noun).to_owned(),
                Unit {
                    unit: row.get(unit).to_owned(),
                    kind,
                    scale,
                },
            );
        }
        Ok(Units {
            by_noun,
            demonyms: FastSet::default(),
            shared: FastMap::default(),
        })
    }

    /// A lower-cased plural of a demonym or group name ("europeans",
    /// "armenians", "kurds"): people of that country or group.
    pub fn demonym_plural(&self, word: &str) -> bool {
        let Some(stem) = word.strip_suffix('s') else {
            return false;
        };
        self.demonyms.contains(word) || stem.len() > 2 && self.demonyms.contains(stem)
    }

    /// A lower-cased demonym or group name as written ("rohingya"), whose
    /// plural may be the same word.
    pub fn demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word)
    }

    /// Whether several countries use the lower-cased currency word.
    pub fn shared(&self, word: &str) -> bool {
        self.shared.contains_key(word)
    }

    /// The currency a shared currency word names in `country` (ISO
    /// alpha-3), if that country uses the word.
    pub fn currency_in(&self, word: &str, country: &str) -> Option<Unit> {
        let users = self.shared.get(word)?;
        let (_, code) = users.iter().find(|(c, _)| c == country)?;
        Some(Unit::currency(code))
    }

    /// The currency a shared currency word ("rupees", "shillings") names in
    /// an article whose places lie in countries counted by `weight` (ISO
    /// alpha-3 → mentions): that of the most mentioned country using the
    /// word, when one leads; else `None` (the word's own row, if any).
    pub fn local_currency(&self, word: &str, weight: &FastMap<String, usize>) -> Option<Unit> {
        let users = self.shared.get(word)?;
        let mut ranked: Vec<(usize, &str)> = users
            .iter()
            .map(|(c, code)| (weight.get(c).copied().unwrap_or(0), code.as_str()))
            .filter(|&(n, _)| n > 0)
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        match ranked.as_slice() {
            [(n, code), rest @ ..] if rest.first().is_none_or(|r| r.0 < *n) => {
                Some(Unit::currency(code))
            }
            _ => None,
        }
    }

    /// The unit of a lower-cased noun, word pair ("per cent") or symbol.
    pub fn get(&self, noun: &str) -> Option<&Unit> {
        self.by_noun.get(noun)
    }
}

/// The lower-cased demonyms of `countries.tsv`, each with its country
/// (ISO 3166 alpha-3).
fn country_demonyms(countries: &str) -> Result<FastMap<String, String>, BuildError> {
    let t = Table::parse(COUNTRIES_FILE, countries)?;
    let (iso3, col) = (t.column("iso3")?, t.column("demonyms")?);
    let mut of_demonym: FastMap<String, String> = FastMap::default();
    for row in &t.rows {
        for d in row
            .get(col)
            .split('|')
            .filter(|d| !d.is_empty() && *d != "-")
        {
            of_demonym.insert(lowercase(d).into_owned(), row.get(iso3).to_owned());
        }
    }
    Ok(of_demonym)
}

/// The countries using each shared currency word: a row "DEMONYM WORD"
/// whose demonym is a country's (`of_demonym`, from `countries.tsv`):
/// "kenyan shillings" → shillings: KEN, KES.
fn shared(
    by_noun: &FastMap<String, Unit>,
    of_demonym: &FastMap<String, String>,
) -> FastMap<String, Vec<(String, String)>> {
    let mut out: FastMap<String, Vec<(String, String)>> = FastMap::default();
    let mut rows: Vec<(&String, &Unit)> = by_noun.iter().collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    for (noun, unit) in rows {
        if unit.kind != UnitKind::Currency {
            continue;
        }
        let Some((demonym, word)) = noun.rsplit_once(' ') else {
            continue;
        };
        if !SHARED_CURRENCIES.contains(&word) {
            continue;
        }
        if let Some(country) = of_demonym.get(demonym) {
            let users = out.entry(word.to_owned()).or_default();
            if !users.iter().any(|(c, _)| c == country) {
                users.push((country.clone(), unit.unit.clone()));
            }
        }
    }
    out
}

/// The country demonyms (`of_demonym`) and the names and plural aliases of the
/// group adjectives (kind NORP) of `actors.tsv`, lower-cased.
fn demonyms(
    of_demonym: &FastMap<String, String>,
    actors: &str,
) -> Result<FastSet<String>, BuildError> {
    let mut set: FastSet<String> = of_demonym.keys().cloned().collect();
    let t = Table::parse(ACTORS_FILE, actors)?;
    let (name, kind, aliases) = (t.column("name")?, t.column("kind")?, t.column("aliases")?);
    for row in t.rows.iter().filter(|r| r.get(kind) == "NORP") {
        let forms = std::iter::once(row.get(name)).chain(row.get(aliases).split('|'));
        for d in forms.filter(|d| !d.is_empty() && *d != "-") {
            set.insert(lowercase(d).into_owned());
        }
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_maps_gold_conventions() {
        let u = Units::embedded().unwrap();
        assert_eq!(u.get("civilians").unwrap().unit, "people");
        assert_eq!(u.get("police").unwrap().unit, "people");
        assert_eq!(u.get("troops").unwrap().unit, "troops");
        assert_eq!(u.get("dollars").unwrap().kind, UnitKind::Currency);
        assert_eq!(u.get("$").unwrap().unit, "USD");
        assert_eq!(u.get("per cent").unwrap().unit, "percent");
        assert_eq!(u.get("years").unwrap().kind, UnitKind::Duration);
        assert_eq!(u.get("sailors").unwrap().unit, "people");
        assert_eq!(u.get("u.s. cents").unwrap().scaled(3.0), 0.03);
        assert_eq!(u.get("decades").unwrap().scaled(6.0), 60.0);
        assert_eq!(u.get("troops").unwrap().scaled(650.0), 650.0);
    }

    #[test]
    fn demonym_plurals_are_people() {
        let u = Units::embedded().unwrap();
        assert!(u.demonym_plural("europeans"));
        assert!(u.demonym_plural("armenians"));
        assert!(u.demonym_plural("kurds"));
        assert!(!u.demonym_plural("districts"));
        assert!(!u.demonym_plural("as"));
        assert!(
            !u.demonym_plural("american"),
            "a singular demonym is an adjective"
        );
    }

    #[test]
    fn bad_scale_is_an_error() {
        let err = Units::parse(FILE, "noun\tunit\tkind\tscale\ncents\tUSD\tcurrency\tx\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("bad scale"), "{err}");
    }
}
