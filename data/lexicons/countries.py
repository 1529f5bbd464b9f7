#!/usr/bin/env python3
"""Writes data/lexicons/countries.tsv: one row per ISO 3166-1 country.

Run once by hand (not at build time):

    python3 data/lexicons/countries.py \
        /usr/share/iso-codes/json/iso_3166-1.json \
        ~/.cargo/registry/src/*/keshvar-0.7.0/src/countries > data/lexicons/countries.tsv

Facts come from Debian `iso-codes` 4.15 (alpha-3 codes and English names,
LGPL-2.1) and the `keshvar` 0.7 crate (nationality adjectives, BSD-3-Clause);
capitals, common short names, aliases and extra demonyms are written below
by hand. Only facts are taken (codes, names), no code or prose.
"""
import glob
import json
import re
import sys

# Short names news uses, where iso-codes gives a formal or inverted one.
NAME = {
    "BOL": "Bolivia", "BRN": "Brunei", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CZE": "Czech Republic", "FSM": "Micronesia",
    "GBR": "United Kingdom", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos",
    "MDA": "Moldova", "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia",
    "SYR": "Syria", "TUR": "Turkey", "TZA": "Tanzania", "USA": "United States",
    "VAT": "Vatican City", "VEN": "Venezuela", "VNM": "Vietnam", "CIV": "Ivory Coast",
    "MKD": "North Macedonia", "SWZ": "Eswatini", "CPV": "Cape Verde", "TWN": "Taiwan",
}

# Other names for the same state as news writes them.
ALIASES = {
    "ARE": ["UAE", "Emirates", "United Arab Emirates"],
    "BIH": ["Bosnia"],
    "CHN": ["PRC"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "COD": ["Congo-Kinshasa", "DR Congo", "DRC", "Democratic Republic of Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo"],
    "CZE": ["Czechia"],
    "GBR": ["Britain", "Great Britain", "U.K.", "UK"],
    "MKD": ["Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma", "Myanmar"],
    "NLD": ["Holland", "Netherlands"],
    "PRK": ["DPRK"],
    "PSE": ["Palestinian Territories", "State of Palestine"],
    "RUS": ["Russian Federation"],
    "SWZ": ["Swaziland"],
    "TLS": ["East Timor", "Timor-Leste"],
    "TUR": ["Türkiye", "Turkiye"],
    "USA": ["America", "U.S.", "U.S.A.", "US", "USA", "United States of America"],
    "VAT": ["Holy See", "Vatican"],
}

# Demonyms that keshvar lacks or spells unusually; they replace keshvar's.
DEMONYMS = {
    "AFG": ["Afghan"], "ARE": ["Emirati"], "ARG": ["Argentine", "Argentinian"],
    "BFA": ["Burkinabe"], "BIH": ["Bosnian"], "CIV": ["Ivorian"], "COD": ["Congolese"],
    "COG": [], "CPV": ["Cape Verdean"], "DMA": [], "DOM": ["Dominican"],
    "ECU": ["Ecuadorian"], "GBR": ["British", "Briton", "English", "Scottish", "Welsh"],
    "KGZ": ["Kyrgyz"], "KAZ": ["Kazakh"], "MMR": ["Burmese"], "NER": ["Nigerien"], "NGA": ["Nigerian"], "GEO": ["Georgian"], "IRL": ["Irish"], "GRC": ["Greek"], "DEU": ["German"], "ITA": ["Italian"], "JPN": ["Japanese"],
    "NLD": ["Dutch"], "PHL": ["Filipino", "Philippine"], "SAU": ["Saudi"],
    "SVN": ["Slovenian"], "TJK": ["Tajik"], "UZB": ["Uzbek"], "USA": ["American"],
    "PSE": ["Palestinian"], "ISR": ["Israeli"], "TWN": ["Taiwanese"], "NZL": ["New Zealand"],
    "ISL": ["Icelandic"], "TLS": ["Timorese"], "MDV": ["Maldivian"], "MAC": [],
    "HKG": [], "DJI": ["Djiboutian"], "LAO": ["Lao", "Laotian"], "CHN": ["Chinese"],
    "IND": ["Indian"], "FRA": ["French"], "NOR": ["Norwegian"], "SWE": ["Swedish"],
    "DNK": ["Danish"], "FIN": ["Finnish"], "POL": ["Polish"], "TUR": ["Turkish"],
    "ESP": ["Spanish"], "CHE": ["Swiss"], "PRK": ["North Korean"], "KOR": ["South Korean"],
    "SOM": ["Somali"], "YEM": ["Yemeni"], "IRN": ["Iranian"], "IRQ": ["Iraqi"],
    "SYR": ["Syrian"], "RUS": ["Russian"], "UKR": ["Ukrainian"], "BLR": ["Belarusian"],
    "KWT": ["Kuwaiti"], "QAT": ["Qatari"], "BHR": ["Bahraini"], "OMN": ["Omani"],
}

# Short names news gives to one of several states: AP and Reuters write
# "Congo" for the Democratic Republic of the Congo and "Republic of Congo"
# for the other, so the bare name (ISO's short name of COG) goes to COD.
NEWS_OWNER = {"Congo": "COD"}

CAPITALS = {
    "AFG": "Kabul", "AGO": "Luanda", "ALB": "Tirana", "ARE": "Abu Dhabi", "ARG": "Buenos Aires",
    "ARM": "Yerevan", "AUS": "Canberra", "AUT": "Vienna", "AZE": "Baku", "BDI": "Gitega",
    "BEL": "Brussels", "BEN": "Porto-Novo", "BFA": "Ouagadougou", "BGD": "Dhaka",
    "BGR": "Sofia", "BHR": "Manama", "BIH": "Sarajevo", "BLR": "Minsk", "BOL": "La Paz",
    "BRA": "Brasilia", "BTN": "Thimphu", "BWA": "Gaborone", "CAF": "Bangui", "CAN": "Ottawa",
    "CHE": "Bern", "CHL": "Santiago", "CHN": "Beijing", "CIV": "Yamoussoukro",
    "CMR": "Yaounde", "COD": "Kinshasa", "COG": "Brazzaville", "COL": "Bogota",
    "CRI": "San Jose", "CUB": "Havana", "CYP": "Nicosia", "CZE": "Prague", "DEU": "Berlin",
    "DJI": "Djibouti", "DNK": "Copenhagen", "DOM": "Santo Domingo", "DZA": "Algiers",
    "ECU": "Quito", "EGY": "Cairo", "ERI": "Asmara", "ESP": "Madrid", "EST": "Tallinn",
    "ETH": "Addis Ababa", "FIN": "Helsinki", "FRA": "Paris", "GAB": "Libreville",
    "GBR": "London", "GEO": "Tbilisi", "GHA": "Accra", "GIN": "Conakry", "GMB": "Banjul",
    "GNB": "Bissau", "GNQ": "Malabo", "GRC": "Athens", "GTM": "Guatemala City",
    "HND": "Tegucigalpa", "HRV": "Zagreb", "HTI": "Port-au-Prince", "HUN": "Budapest",
    "IDN": "Jakarta", "IND": "New Delhi", "IRL": "Dublin", "IRN": "Tehran", "IRQ": "Baghdad",
    "ISL": "Reykjavik", "ISR": "Jerusalem", "ITA": "Rome", "JAM": "Kingston", "JOR": "Amman",
    "JPN": "Tokyo", "KAZ": "Astana", "KEN": "Nairobi", "KGZ": "Bishkek", "KHM": "Phnom Penh",
    "KOR": "Seoul", "KWT": "Kuwait City", "LAO": "Vientiane", "LBN": "Beirut",
    "LBR": "Monrovia", "LBY": "Tripoli", "LKA": "Colombo", "LSO": "Maseru", "LTU": "Vilnius",
    "LUX": "Luxembourg", "LVA": "Riga", "MAR": "Rabat", "MDA": "Chisinau",
    "MDG": "Antananarivo", "MEX": "Mexico City", "MKD": "Skopje", "MLI": "Bamako",
    "MLT": "Valletta", "MMR": "Naypyidaw", "MNE": "Podgorica", "MNG": "Ulaanbaatar",
    "MOZ": "Maputo", "MRT": "Nouakchott", "MWI": "Lilongwe", "MYS": "Kuala Lumpur",
    "NAM": "Windhoek", "NER": "Niamey", "NGA": "Abuja", "NIC": "Managua", "NLD": "Amsterdam",
    "NOR": "Oslo", "NPL": "Kathmandu", "NZL": "Wellington", "OMN": "Muscat",
    "PAK": "Islamabad", "PAN": "Panama City", "PER": "Lima", "PHL": "Manila",
    "PNG": "Port Moresby", "POL": "Warsaw", "PRK": "Pyongyang", "PRT": "Lisbon",
    "PRY": "Asuncion", "PSE": "Ramallah", "QAT": "Doha", "ROU": "Bucharest", "RUS": "Moscow",
    "RWA": "Kigali", "SAU": "Riyadh", "SDN": "Khartoum", "SEN": "Dakar", "SGP": "Singapore",
    "SLE": "Freetown", "SLV": "San Salvador", "SOM": "Mogadishu", "SRB": "Belgrade",
    "SSD": "Juba", "SVK": "Bratislava", "SVN": "Ljubljana", "SWE": "Stockholm",
    "SYR": "Damascus", "TCD": "N'Djamena", "TGO": "Lome", "THA": "Bangkok",
    "TJK": "Dushanbe", "TKM": "Ashgabat", "TLS": "Dili", "TUN": "Tunis", "TUR": "Ankara",
    "TWN": "Taipei", "TZA": "Dodoma", "UGA": "Kampala", "UKR": "Kyiv", "URY": "Montevideo",
    "USA": "Washington", "UZB": "Tashkent", "VAT": "Vatican City", "VEN": "Caracas",
    "VNM": "Hanoi", "YEM": "Sanaa", "ZAF": "Pretoria", "ZMB": "Lusaka", "ZWE": "Harare",
}
# Other spellings of capitals.
CAPITAL_ALIASES = {
    "UKR": ["Kiev"], "CHN": ["Peking"], "YEM": ["Sana'a"], "IND": ["Delhi"],
    "BRA": ["Brasília"], "COL": ["Bogotá"], "CMR": ["Yaoundé"], "PRY": ["Asunción"],
    "TGO": ["Lomé"], "MMR": ["Nay Pyi Taw"], "KAZ": ["Nur-Sultan"],
}


def keshvar(src):
    out = {}
    for f in glob.glob(src + "/*.rs"):
        s = open(f, encoding="utf-8").read()
        m = re.search(r"pub fn new\(\) -> Country \{(.*?)\n\}", s, re.S)
        if not m:
            continue
        body = m.group(1)
        a3 = re.search(r"alpha3: Alpha3::(\w+)", body).group(1)
        nat = re.search(r'maybe_nationality: (?:Some\("([^"]*)"\)|None)', body).group(1)
        short = re.search(r'iso_short_name: "([^"]*)"', body).group(1)
        un = "un_member: true" in body
        out[a3] = (short, [n.strip() for n in (nat or "").split(",") if n.strip()], un)
    return out


def main():
    iso = json.load(open(sys.argv[1], encoding="utf-8"))["3166-1"]
    kv = keshvar(sys.argv[2])
    # A demonym shared by several territories belongs to the UN member only.
    owners = {}
    for a3, (_, nats, un) in kv.items():
        for n in nats:
            owners.setdefault(n, []).append((a3, un))
    rows = []
    for c in iso:
        a3 = c["alpha_3"]
        short, nats, un = kv.get(a3, ("", [], False))
        name = NAME.get(a3) or c.get("common_name") or (c["name"] if "," not in c["name"] else short)
        if a3 in DEMONYMS:
            dem = DEMONYMS[a3]
        else:
            dem = [n for n in nats
                   if len(owners[n]) == 1 or (un and sum(u for _, u in owners[n]) == 1)]
        aliases = set(ALIASES.get(a3, []))
        for n in (c["name"], c.get("official_name", ""), short):
            if n and "," not in n and "(" not in n:
                aliases.add(n[4:] if n.startswith("the ") else n)
        for n, owner in NEWS_OWNER.items():
            if owner == a3:
                aliases.add(n)
            else:
                aliases.discard(n)
        aliases.discard(name)
        caps = [CAPITALS[a3]] + CAPITAL_ALIASES.get(a3, []) if a3 in CAPITALS else []
        rows.append([a3, name, "|".join(sorted(set(dem))), "|".join(caps), "|".join(sorted(aliases))])
    # Kosovo is not in ISO 3166-1; XKX is the user-assigned code the EU, IMF and
    # GeoNames use, so the gazetteer and actors can name it.
    rows.append(["XKX", "Kosovo", "Kosovan|Kosovar", "Pristina", "Republic of Kosovo"])
    print("# ISO 3166-1 countries: names, demonyms, capitals (metonyms), aliases. Lists are |-separated.")
    print("# Generated by data/lexicons/countries.py; see data/README.md for sources and licences.")
    print("iso3\tname\tdemonyms\tcapitals\taliases")
    for r in sorted(rows):
        print("\t".join(x if x else "-" for x in r))


main()
