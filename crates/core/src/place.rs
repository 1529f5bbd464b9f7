//! The `places` layer: places named in the article, geocoded offline.

use crate::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    Admin1,
    Admin2,
    City,
    Site,
    Region,
}

impl PlaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Admin2 => "admin2",
            PlaceKind::City => "city",
            PlaceKind::Site => "site",
            PlaceKind::Region => "region",
        }
    }
}

/// How precisely a place is located: the finest level that is known, never
/// a made-up centroid below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Country,
    Admin1,
    City,
    Site,
}

/// One place of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-3 of the country it lies in.
    pub country: Option<String>,
    /// First-level division name (GeoNames style); `None` for countries.
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: Precision,
    /// Gazetteer key ("geonames:1138958", "iso3166-2:AF-LAG"), when matched.
    pub gazetteer_id: Option<String>,
    /// Every span that names it; sorted.
    pub spans: Vec<Span>,
}
