//! The unit table `data/quotes/units.tsv`: a counted noun (or currency
//! word or symbol) and its normalised unit.
//!
//! Shaped after the gold convention: people of any civilian kind
//! (civilians, protesters, police officers, officials) count as `people`;
//! soldiers, troops, prisoners keep their own unit; money is an ISO 4217
//! code; durations are plural time units. Nouns not in the table are used
//! as written (lower-cased plural).

use crate::lexicon::{FastMap, Table};
use crate::BuildError;

const FILE: &str = "data/quotes/units.tsv";
const TEXT: &str = include_str!("../../../../data/quotes/units.tsv");

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub unit: String,
    pub kind: UnitKind,
}

#[derive(Debug, Clone)]
pub struct Units {
    by_noun: FastMap<String, Unit>,
}

impl Units {
    pub fn embedded() -> Result<Units, BuildError> {
        Units::parse(FILE, TEXT)
    }

    pub fn parse(file: &'static str, text: &str) -> Result<Units, BuildError> {
        let table = Table::parse(file, text)?;
        let (noun, unit, kind) = (
            table.column("noun")?,
            table.column("unit")?,
            table.column("kind")?,
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
            by_noun.insert(
                row.get(noun).to_owned(),
                Unit {
                    unit: row.get(unit).to_owned(),
                    kind,
                },
            );
        }
        Ok(Units { by_noun })
    }

    /// The unit of a lower-cased noun, word pair ("per cent") or symbol.
    pub fn get(&self, noun: &str) -> Option<&Unit> {
        self.by_noun.get(noun)
    }
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
    }
}
