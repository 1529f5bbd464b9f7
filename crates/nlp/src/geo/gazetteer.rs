//! The embedded gazetteer: countries, first-level divisions, cities of
//! 15,000 people or more, and hand-written well-known sites, read from the
//! TSV tables in `data/gazetteer/` (see data/README.md for their sources).
//!
//! Every name and alias is indexed under its [`name_key`], so a lookup of a
//! text n-gram is one hash probe. Entries are one flat list with typed
//! references between them (a city's division, a division's capital, a
//! country's capital), so the geocoder can walk containment without strings.

use super::text::name_key;
use crate::lexicon::{FastMap, FxHasher, Row, Table};
use crate::BuildError;
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::OnceLock;

fn word_hash(word: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    h.finish()
}

const COUNTRIES: &str = include_str!("../../../../data/gazetteer/countries.tsv");
const ADMIN1: &str = include_str!("../../../../data/gazetteer/admin1.tsv");
const CITIES: &str = include_str!("../../../../data/gazetteer/cities.tsv");
const SITES: &str = include_str!("../../../../data/gazetteer/sites.tsv");
const REGIONS: &str = include_str!("../../../../data/gazetteer/regions.tsv");

/// Words GeoNames adds after the name of a city's administrative division
/// ("Mirpur Model Thana", "Savar Upazila") that the news leaves out.
const DIVISION_SUFFIXES: &[&str] = &[" Model Thana", " Thana", " Upazila"];

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    Country,
    Admin1,
    City,
    Site,
}

/// Index of an entry in [`Gazetteer::entries`].
pub type EntryId = u32;

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: EntryKind,
    pub name: String,
    /// "geonames:1138958", "iso3166-1:AFG", "geonames-admin1:AF.13", "site:…".
    pub id: String,
    /// The country entry it lies in (itself for a country).
    pub country: EntryId,
    /// The first-level division it lies in, when known.
    pub admin1: Option<EntryId>,
    /// Cities: the city itself; divisions and countries: their capital; sites:
    /// the city they serve, when known.
    pub city: Option<EntryId>,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// A city that is its country's capital.
    pub capital: bool,
    /// A city or division whose name is also a common lower-case English
    /// word ("Mobile", "Western").
    pub common: bool,
}

/// A name of an entry in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRef {
    pub entry: EntryId,
    /// The entry's own name, not an alternate one.
    pub primary: bool,
}

/// A city this large is more likely meant by a name of several words of
/// its than a person of that name ("El Fasher" taken for a person).
pub const LARGE_CITY: u64 = 100_000;

/// A named region that is no single country or division ("Middle East",
/// "Donbas"): it has no coordinates, and a country only when it lies in one.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub country: Option<EntryId>,
}

/// Countries, divisions, cities and sites with a name index, and regions.
#[derive(Debug)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    /// ISO alpha-3 of every country entry, parallel to `entries` for countries.
    iso3: HashMap<EntryId, String>,
    names: FastMap<String, Vec<NameRef>>,
    /// Hash of a first word → the most words of a name starting with it
    /// (a hash collision only makes a lookup try longer n-grams).
    spans_from: FastMap<u64, u8>,
    demonyms: HashMap<String, EntryId>,
    by_iso3: HashMap<String, EntryId>,
    pub regions: Vec<Region>,
    region_names: HashMap<String, usize>,
    /// Longest name in words, to bound n-gram lookups.
    pub max_words: usize,
}

fn parse_f64(t: &Table, row: &Row, col: usize, range: f64) -> Result<f64, BuildError> {
    let v: f64 = row
        .get(col)
        .parse()
        .map_err(|_| t.error(row, format!("`{}` is not a number", row.get(col))))?;
    if !(-range..=range).contains(&v) {
        return Err(t.error(row, format!("coordinate {v} out of range ±{range}")));
    }
    Ok(v)
}

fn aliases<'a>(row: &Row<'a>, col: usize) -> impl Iterator<Item = &'a str> {
    row.opt(col)
        .into_iter()
        .flat_map(|c| c.split('|'))
        .filter(|a| !a.is_empty())
}

impl Gazetteer {
    /// The gazetteer embedded in the binary, parsed once per process.
    pub fn embedded() -> Result<&'static Gazetteer, BuildError> {
        static CELL: OnceLock<Result<Gazetteer, String>> = OnceLock::new();
        CELL.get_or_init(|| {
            Gazetteer::parse(COUNTRIES, ADMIN1, CITIES, SITES)
                .and_then(|mut g| g.add_regions(REGIONS).map(|()| g))
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| BuildError::data("data/gazetteer", 0, e.clone()))
    }

    /// Parses the four tables (their text, in the embedded files' format).
    pub fn parse(
        countries: &str,
        admin1: &str,
        cities: &str,
        sites: &str,
    ) -> Result<Gazetteer, BuildError> {
        let mut g = Gazetteer {
            entries: Vec::new(),
            iso3: HashMap::new(),
            names: FastMap::with_capacity_and_hasher(cities.len() / 16, Default::default()),
            spans_from: FastMap::default(),
            demonyms: HashMap::new(),
            by_iso3: HashMap::new(),
            regions: Vec::new(),
            region_names: HashMap::new(),
            max_words: 1,
        };
        let mut capitals: Vec<(EntryId, u64)> = Vec::new();

        let t = Table::parse("data/gazetteer/countries.tsv", countries)?;
        let [iso3, name, lat, lon, capital, demonyms, alias] = [
            "iso3", "name", "lat", "lon", "capital", "demonyms", "aliases",
        ]
        .map(|c| t.column(c));
        let (iso3, name, lat, lon, capital, demonyms, alias) =
            (iso3?, name?, lat?, lon?, capital?, demonyms?, alias?);
        for row in &t.rows {
            let code = row.get(iso3);
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(t.error(row, format!("`{code}` is not an ISO alpha-3 code")));
            }
            let id = g.entries.len() as EntryId;
            g.entries.push(Entry {
                kind: EntryKind::Country,
                name: row.get(name).to_string(),
                id: format!("iso3166-1:{code}"),
                country: id,
                admin1: None,
                city: None,
                lat: parse_f64(&t, row, lat, 90.0)?,
                lon: parse_f64(&t, row, lon, 180.0)?,
                population: 0,
                capital: false,
                common: false,
            });
            g.iso3.insert(id, code.to_string());
            g.by_iso3.insert(code.to_string(), id);
            if let Some(c) = row.opt(capital) {
                let gid = c
                    .parse()
                    .map_err(|_| t.error(row, format!("capital `{c}` is not a GeoNames id")))?;
                capitals.push((id, gid));
            }
            for d in aliases(row, demonyms) {
                g.demonyms.insert(name_key(d), id);
            }
            g.add_name(row.get(name), id, true);
            for a in aliases(row, alias) {
                g.add_name(a, id, false);
            }
        }

        let t = Table::parse("data/gazetteer/admin1.tsv", admin1)?;
        let [aid, country, name, lat, lon, capital, common, alias] = [
            "id", "country", "name", "lat", "lon", "capital", "common", "aliases",
        ]
        .map(|c| t.column(c));
        let (aid, country, name, lat, lon, capital, common, alias) =
            (aid?, country?, name?, lat?, lon?, capital?, common?, alias?);
        let mut admin_by_code: HashMap<&str, EntryId> = HashMap::new();
        let mut admin_capitals: Vec<(EntryId, u64)> = Vec::new();
        for row in &t.rows {
            let c = g.country_of(&t, row, country)?;
            let id = g.entries.len() as EntryId;
            admin_by_code.insert(row.get(aid), id);
            g.entries.push(Entry {
                kind: EntryKind::Admin1,
                name: row.get(name).to_string(),
                id: format!("geonames-admin1:{}", row.get(aid)),
                country: c,
                admin1: Some(id),
                city: None,
                lat: parse_f64(&t, row, lat, 90.0)?,
                lon: parse_f64(&t, row, lon, 180.0)?,
                population: 0,
                capital: false,
                common: row.get(common) == "1",
            });
            if let Some(cap) = row.opt(capital) {
                let gid = cap
                    .parse()
                    .map_err(|_| t.error(row, format!("capital `{cap}` is not a GeoNames id")))?;
                admin_capitals.push((id, gid));
            }
            g.add_name(row.get(name), id, true);
            for a in aliases(row, alias) {
                g.add_name(a, id, false);
            }
        }

        let t = Table::parse("data/gazetteer/cities.tsv", cities)?;
        let [gid, name, country, admin, lat, lon, pop, common, alias] = [
            "geonameid",
            "name",
            "country",
            "admin1",
            "lat",
            "lon",
            "population",
            "common",
            "aliases",
        ]
        .map(|c| t.column(c));
        let (gid, name, country, admin, lat, lon, pop, common, alias) = (
            gid?, name?, country?, admin?, lat?, lon?, pop?, common?, alias?,
        );
        let mut city_by_gid: HashMap<u64, EntryId> = HashMap::new();
        for row in &t.rows {
            let c = g.country_of(&t, row, country)?;
            let id = g.entries.len() as EntryId;
            let geonameid: u64 = row
                .get(gid)
                .parse()
                .map_err(|_| t.error(row, format!("`{}` is not a GeoNames id", row.get(gid))))?;
            city_by_gid.insert(geonameid, id);
            let admin1 = match row.opt(admin) {
                Some(code) => Some(*admin_by_code.get(code).ok_or_else(|| {
                    t.error(row, format!("division `{code}` is not in admin1.tsv"))
                })?),
                None => None,
            };
            g.entries.push(Entry {
                kind: EntryKind::City,
                name: row.get(name).to_string(),
                id: format!("geonames:{geonameid}"),
                country: c,
                admin1,
                city: Some(id),
                lat: parse_f64(&t, row, lat, 90.0)?,
                lon: parse_f64(&t, row, lon, 180.0)?,
                population: row.get(pop).parse().map_err(|_| {
                    t.error(
                        row,
                        format!("population `{}` is not a number", row.get(pop)),
                    )
                })?,
                capital: false,
                common: row.get(common) == "1",
            });
            g.add_name(row.get(name), id, true);
            // "Mirpur Model Thana": a police-station division of a city is
            // named in the news by its place name alone.
            if let Some(bare) = DIVISION_SUFFIXES
                .iter()
                .find_map(|s| row.get(name).strip_suffix(s))
            {
                g.add_name(bare, id, false);
            }
            for a in aliases(row, alias) {
                g.add_name(a, id, false);
            }
        }
        for (country, gid) in capitals {
            if let Some(&city) = city_by_gid.get(&gid) {
                g.entries[country as usize].city = Some(city);
                g.entries[city as usize].capital = true;
            }
        }
        for (admin, gid) in admin_capitals {
            g.entries[admin as usize].city = city_by_gid.get(&gid).copied();
        }

        let t = Table::parse("data/gazetteer/sites.tsv", sites)?;
        let [sid, name, country, city, lat, lon, alias] =
            ["id", "name", "country", "city", "lat", "lon", "aliases"].map(|c| t.column(c));
        let (sid, name, country, city, lat, lon, alias) =
            (sid?, name?, country?, city?, lat?, lon?, alias?);
        for row in &t.rows {
            let c = g.country_of(&t, row, country)?;
            let id = g.entries.len() as EntryId;
            let city =
                match row.opt(city) {
                    Some(s) => {
                        let gid: u64 = s.parse().map_err(|_| {
                            t.error(row, format!("city `{s}` is not a GeoNames id"))
                        })?;
                        Some(*city_by_gid.get(&gid).ok_or_else(|| {
                            t.error(row, format!("city {gid} is not in cities.tsv"))
                        })?)
                    }
                    None => None,
                };
            g.entries.push(Entry {
                kind: EntryKind::Site,
                name: row.get(name).to_string(),
                id: format!("site:{}", row.get(sid)),
                country: c,
                admin1: city.and_then(|x| g.entries[x as usize].admin1),
                city,
                lat: parse_f64(&t, row, lat, 90.0)?,
                lon: parse_f64(&t, row, lon, 180.0)?,
                population: 0,
                capital: false,
                common: false,
            });
            g.add_name(row.get(name), id, true);
            for a in aliases(row, alias) {
                g.add_name(a, id, false);
            }
        }
        Ok(g)
    }

    /// Adds the regions table (in the embedded `regions.tsv` format).
    pub fn add_regions(&mut self, regions: &str) -> Result<(), BuildError> {
        let t = Table::parse("data/gazetteer/regions.tsv", regions)?;
        let [id, name, country, alias] = ["id", "name", "country", "aliases"].map(|c| t.column(c));
        let (id, name, country, alias) = (id?, name?, country?, alias?);
        for row in &t.rows {
            let c = match row.opt(country) {
                Some(_) => Some(self.country_of(&t, row, country)?),
                None => None,
            };
            let index = self.regions.len();
            self.regions.push(Region {
                id: format!("region:{}", row.get(id)),
                name: row.get(name).to_string(),
                country: c,
            });
            for n in std::iter::once(row.get(name)).chain(aliases(row, alias)) {
                let key = name_key(n);
                let words = key.split(' ').count();
                self.max_words = self.max_words.max(words);
                if words > 1 {
                    let first = key.split(' ').next().unwrap_or("");
                    let longest = self.spans_from.entry(word_hash(first)).or_insert(1);
                    *longest = (*longest).max(words.min(255) as u8);
                }
                self.region_names.insert(key, index);
            }
        }
        Ok(())
    }

    /// The index in `regions` of the region with this name key.
    pub fn region(&self, key: &str) -> Option<usize> {
        self.region_names.get(key).copied()
    }

    fn country_of(&self, t: &Table, row: &Row, col: usize) -> Result<EntryId, BuildError> {
        let code = row.get(col);
        self.by_iso3
            .get(code)
            .copied()
            .ok_or_else(|| t.error(row, format!("country `{code}` is not in countries.tsv")))
    }

    /// Adds a name, and its forms with "St"/"St." for a word "Saint"
    /// ("St Vincent and the Grenadines", "St. Kitts"), as news writes them.
    fn add_name(&mut self, name: &str, entry: EntryId, primary: bool) {
        self.add_key(name, entry, primary);
        let saint = name.starts_with("Saint ") || name.contains(" Saint ");
        if saint {
            for short in ["St", "St."] {
                let form = name
                    .split(' ')
                    .map(|w| if w == "Saint" { short } else { w })
                    .collect::<Vec<_>>()
                    .join(" ");
                self.add_key(&form, entry, primary);
            }
        }
    }

    fn add_key(&mut self, name: &str, entry: EntryId, primary: bool) {
        let key = name_key(name);
        if key.is_empty() {
            return;
        }
        let words = key.split(' ').count();
        self.max_words = self.max_words.max(words);
        if words > 1 {
            let first = key.split(' ').next().unwrap_or("");
            let longest = self.spans_from.entry(word_hash(first)).or_insert(1);
            *longest = (*longest).max(words.min(255) as u8);
        }
        let refs = self.names.entry(key).or_default();
        match refs.iter_mut().find(|r| r.entry == entry) {
            Some(r) => r.primary |= primary,
            None => refs.push(NameRef { entry, primary }),
        }
    }

    /// The most words a name starting with this word key can have (1 when
    /// no longer name starts with it).
    pub fn words_from(&self, first: &str) -> usize {
        self.spans_from
            .get(&word_hash(first))
            .map_or(1, |&n| n as usize)
    }

    /// Every entry with this name key.
    pub fn lookup(&self, key: &str) -> &[NameRef] {
        self.names.get(key).map_or(&[], Vec::as_slice)
    }

    /// The cities of at least [`LARGE_CITY`] people named `key` (by their
    /// own name or an alternate one, as the [`NameRef`] says).
    pub fn large_cities(&self, key: &str) -> impl Iterator<Item = (&NameRef, &Entry)> + '_ {
        self.lookup(key)
            .iter()
            .map(|r| (r, self.entry(r.entry)))
            .filter(|(_, e)| e.kind == EntryKind::City && e.population >= LARGE_CITY)
    }

    /// The country whose nationality adjective has this key ("afghan").
    pub fn demonym(&self, key: &str) -> Option<EntryId> {
        self.demonyms.get(key).copied()
    }

    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id as usize]
    }

    /// ISO alpha-3 of the country an entry lies in.
    pub fn iso3(&self, id: EntryId) -> &str {
        self.iso3
            .get(&self.entry(id).country)
            .map_or("", String::as_str)
    }

    /// The country entry with this ISO alpha-3 code.
    pub fn country(&self, iso3: &str) -> Option<EntryId> {
        self.by_iso3.get(iso3).copied()
    }

    /// Number of distinct name keys.
    pub fn name_count(&self) -> usize {
        self.names.len()
    }
}

/// Great-circle distance in kilometres.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> &'static Gazetteer {
        Gazetteer::embedded().expect("embedded gazetteer loads")
    }

    #[test]
    fn countries_divisions_cities_sites_resolve() {
        let g = g();
        let kinds = |k: &str| -> Vec<EntryKind> {
            g.lookup(k).iter().map(|r| g.entry(r.entry).kind).collect()
        };
        assert!(kinds("afghanistan").contains(&EntryKind::Country));
        assert!(kinds("laghman").contains(&EntryKind::Admin1));
        assert!(kinds("doha").contains(&EntryKind::City));
        assert!(kinds("kabul airport").contains(&EntryKind::Site));
        let r = g.region("middle east").map(|i| g.regions[i].name.as_str());
        assert_eq!(r, Some("Middle East"));
        let kabul = g
            .lookup("kabul")
            .iter()
            .find(|r| g.entry(r.entry).kind == EntryKind::City)
            .map(|r| r.entry);
        let kabul = kabul.expect("Kabul is a city");
        assert!(g.entry(kabul).capital);
        assert_eq!(g.iso3(kabul), "AFG");
        let us = g
            .lookup("us")
            .iter()
            .map(|r| g.iso3(r.entry))
            .collect::<Vec<_>>();
        assert!(us.contains(&"USA"));
        assert_eq!(g.demonym("afghan").map(|c| g.iso3(c)), Some("AFG"));
    }

    #[test]
    fn distances() {
        let kabul = (34.528, 69.172);
        let herat = (34.348, 62.199);
        let d = distance_km(kabul, herat);
        assert!((630.0..650.0).contains(&d), "{d}");
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let c = "iso3\tiso2\tname\tlat\tlon\tcapital\tdemonyms\taliases\nAFG\tAF\tAfghanistan\t99\t67\t-\t-\t-\n";
        let a = "id\tcountry\tname\tlat\tlon\tcapital\tcommon\taliases\n";
        let ci = "geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcommon\taliases\n";
        let s = "id\tname\tkind\tcountry\tcity\tlat\tlon\taliases\n";
        let err = Gazetteer::parse(c, a, ci, s).unwrap_err().to_string();
        assert!(err.starts_with("data/gazetteer/countries.tsv:2:"), "{err}");
        let c = c.replace("\t99\t", "\t33\t");
        let ci = format!("{ci}1\tX\tZZZ\t-\t1\t1\t1\t0\t-\n");
        let err = Gazetteer::parse(&c, a, &ci, s).unwrap_err().to_string();
        assert!(
            err.contains("cities.tsv:2:") && err.contains("ZZZ"),
            "{err}"
        );
    }
}
