#!/usr/bin/env python3
"""Generate data/actors/states.yaml: the 193 UN member states, the Holy See and
the State of Palestine, with their UN membership / observer relations.

Inputs
- The list of the 193 UN member states: data/sources/unga_votes_73_195_gcm_73_151_gcr.csv
  (iso3 column, one row per member state per vote).
- pycountry (ISO 3166-1): alpha-2, numeric (= M49 country code), names.
- countryinfo (MIT): region / subregion / intermediate region (UN M49 scheme) and
  land borders (ISO3).
- The UN admission dates below (UN_ADMISSION) are typed from knowledge of the UN
  "Member States" page (https://www.un.org/en/about-us/member-states), so they are
  `checked: false`. Their YEAR is cross-checked against the Correlates of War IGO
  data v3 (data/sources/cow_igo_memberships_1945_2014.csv, igo_code UN); the
  script prints every disagreement and the explanation kept in EXPLAINED_COW.

Region / subregion (documented mapping)
- M49 has three levels: region (Africa, Americas, Asia, Europe, Oceania),
  sub-region (e.g. "Sub-Saharan Africa", "Latin America and the Caribbean",
  "South-eastern Asia") and, inside Sub-Saharan Africa and Latin America and the
  Caribbean only, intermediate regions ("Eastern Africa", "Caribbean",
  "South America", ...). countryinfo stores the same three levels.
- `subregion` here is the finest M49 level: the intermediate region where one
  exists, else the sub-region. So Kenya gets "Eastern Africa" and Brazil
  "South America" (the 22 geographic subregions UN DESA uses); the M49
  sub-region in between is kept in the actor's note.
- Corrections to countryinfo (checked against M49, see M49_FIXES): Serbia and
  Montenegro are "Southern Europe" in M49; countryinfo has "Eastern Europe".

Borders (documented decisions, see BORDER_FIXES)
- Only ids of states in this file are kept (Kosovo, Western Sahara, French Guiana,
  Gibraltar, Hong Kong, Macao are dropped: they are not states here).
- countryinfo duplicates: VAT and PSE each have two records; their border lists
  are merged (one VAT record uses the alpha-2 code "IT", normalised to ITA).
- Asymmetries in countryinfo were investigated one by one (BORDER_FIXES); the
  result is checked to be symmetric.

Usage: python tools/data/build_states.py [--sources DIR] [--actors DIR]
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import sys
from pathlib import Path

import pycountry
import yaml
from repo_paths import builder_args

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]

EXTRA = ["VAT", "PSE"]  # non-member observer states
READ_ON = "2026-11"  # when countryinfo's data was read for this file

# ---------------------------------------------------------------------------
# Names. `name` is the common English short name; pycountry's common_name (or
# name) is used unless overridden here.
NAME_OVERRIDES = {
    "BRN": "Brunei",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "FSM": "Federated States of Micronesia",  # "Micronesia" is also an M49 subregion
    "RUS": "Russia",
    "VAT": "Holy See",
    "PSE": "State of Palestine",
}
# Extra aliases (former or other common English names, UN names). pycountry's
# name/official_name/common_name, countryinfo's name and the UN DESA (UN
# Population Division) name are added automatically.
EXTRA_ALIASES = {
    "BOL": ["Bolivia (Plurinational State of)"],
    "CIV": ["Ivory Coast"],
    "COD": ["DR Congo", "Congo-Kinshasa"],
    "COG": ["Congo", "Congo-Brazzaville"],
    "CPV": ["Cape Verde"],
    "CZE": ["Czech Republic"],
    "FSM": ["Micronesia (Federated States of)"],
    "GBR": ["United Kingdom of Great Britain and Northern Ireland", "UK", "Britain"],
    "IRN": ["Iran (Islamic Republic of)"],
    "KOR": ["Republic of Korea"],
    "MKD": ["Republic of North Macedonia", "Macedonia",
            "The former Yugoslav Republic of Macedonia"],
    "MMR": ["Burma"],
    "PRK": ["Democratic People's Republic of Korea"],
    "PSE": ["Palestine"],
    "RUS": ["Russian Federation"],
    "STP": ["São Tomé and Príncipe"],
    "SWZ": ["Swaziland", "Kingdom of Eswatini"],
    "TLS": ["East Timor"],
    "TUR": ["Turkey", "Republic of Türkiye"],
    "TZA": ["United Republic of Tanzania"],
    "USA": ["United States of America", "USA", "US"],
    "VAT": ["Vatican", "Vatican City State", "Holy See (Vatican City State)"],
    "VEN": ["Venezuela (Bolivarian Republic of)"],
    "VNM": ["Viet Nam"],
}

# ---------------------------------------------------------------------------
# M49 corrections to countryinfo: iso3 -> (region, sub-region, intermediate region)
M49_FIXES = {
    "SRB": ("Europe", "Southern Europe", ""),  # countryinfo: Eastern Europe
    "MNE": ("Europe", "Southern Europe", ""),  # countryinfo: Eastern Europe
}

# Border corrections: iso3 -> (remove, add), applied before the symmetry check.
BORDER_FIXES = {
    # countryinfo lists KWT-IRN (wrong: Kuwait borders Iraq and Saudi Arabia;
    # IRQ lists KWT).
    "KWT": ({"IRN"}, {"IRQ"}),
    # countryinfo lists TCD-SSD (wrong: Chad borders Sudan, not South Sudan;
    # SDN lists TCD, SSD does not list TCD).
    "TCD": ({"SSD"}, {"SDN"}),
    # countryinfo's MMR list has BTN instead of IND: Myanmar and Bhutan do not
    # touch (BTN lists only CHN and IND); India lists MMR. Fixed to MMR-IND.
    "MMR": ({"BTN"}, {"IND"}),
    # NPL lists CHN but CHN's list omits NPL: the China-Nepal border is real.
    "CHN": (set(), {"NPL"}),
    # IND-AFG: only through the part of Kashmir administered by Pakistan
    # (India's claim); AFG does not list IND. Dropped: no de facto border.
    "IND": ({"AFG", "LKA"}, set()),
    # IND-LKA is listed both ways but there is no land border (Palk Strait).
    "LKA": ({"IND"}, set()),
    # SRB-ALB: only through Kosovo (ALB lists Kosovo, not SRB). Dropped.
    "SRB": ({"ALB"}, set()),
    # CYP-GBR: the UK Sovereign Base Areas (Akrotiri and Dhekelia). SUR-FRA:
    # French Guiana. Borders through overseas territories are left out, like
    # GUF (BRA, SUR), GIB (ESP), HKG/MAC (CHN); GBR and FRA do not list them.
    "CYP": ({"GBR"}, set()),
    "SUR": ({"FRA"}, set()),
    # PSE lists EGY, ISR, JOR (Gaza Strip, West Bank); those states' lists omit
    # PSE, which countryinfo does not treat as a state. Made symmetric.
    "EGY": (set(), {"PSE"}),
    "ISR": (set(), {"PSE"}),
    "JOR": (set(), {"PSE"}),
}

# ---------------------------------------------------------------------------
# UN admission dates, as the UN "Member States" page shows them (from knowledge:
# checked false). For the original members the page gives the date on which the
# Charter came into force for them (24 October 1945 or the later deposit of
# ratification).
_ORIGINAL_1945_10_24 = (
    "ARG BLR BRA CHL CHN CUB DNK DOM EGY SLV FRA HTI IRN LBN LUX NZL NIC PRY PHL "
    "POL RUS SAU SYR TUR UKR GBR USA").split()
UN_ADMISSION = {i: "1945-10-24" for i in _ORIGINAL_1945_10_24}
UN_ADMISSION.update({
    "GRC": "1945-10-25", "IND": "1945-10-30", "PER": "1945-10-31", "AUS": "1945-11-01",
    "CRI": "1945-11-02", "LBR": "1945-11-02", "COL": "1945-11-05", "MEX": "1945-11-07",
    "ZAF": "1945-11-07", "CAN": "1945-11-09", "ETH": "1945-11-13", "PAN": "1945-11-13",
    "BOL": "1945-11-14", "VEN": "1945-11-15", "GTM": "1945-11-21", "NOR": "1945-11-27",
    "NLD": "1945-12-10", "HND": "1945-12-17", "URY": "1945-12-18", "ECU": "1945-12-21",
    "IRQ": "1945-12-21", "BEL": "1945-12-27",
    "AFG": "1946-11-19", "ISL": "1946-11-19", "SWE": "1946-11-19", "THA": "1946-12-16",
    "PAK": "1947-09-30", "YEM": "1947-09-30",
    "MMR": "1948-04-19", "ISR": "1949-05-11", "IDN": "1950-09-28",
    **{i: "1955-12-14" for i in
       "ALB AUT BGR KHM FIN HUN IRL ITA JOR LAO LBY NPL PRT ROU ESP LKA".split()},
    "MAR": "1956-11-12", "SDN": "1956-11-12", "TUN": "1956-11-12", "JPN": "1956-12-18",
    "GHA": "1957-03-08", "MYS": "1957-09-17", "GIN": "1958-12-12",
    **{i: "1960-09-20" for i in
       "BEN BFA CMR CAF TCD COG COD CIV CYP GAB MDG NER SOM TGO".split()},
    "MLI": "1960-09-28", "SEN": "1960-09-28", "NGA": "1960-10-07",
    "SLE": "1961-09-27", "MRT": "1961-10-27", "MNG": "1961-10-27", "TZA": "1961-12-14",
    "BDI": "1962-09-18", "JAM": "1962-09-18", "RWA": "1962-09-18", "TTO": "1962-09-18",
    "DZA": "1962-10-08", "UGA": "1962-10-25",
    "KWT": "1963-05-14", "KEN": "1963-12-16",
    "MWI": "1964-12-01", "MLT": "1964-12-01", "ZMB": "1964-12-01",
    "GMB": "1965-09-21", "MDV": "1965-09-21", "SGP": "1965-09-21",
    "GUY": "1966-09-20", "BWA": "1966-10-17", "LSO": "1966-10-17", "BRB": "1966-12-09",
    "MUS": "1968-04-24", "SWZ": "1968-09-24", "GNQ": "1968-11-12",
    "FJI": "1970-10-13",
    "BHR": "1971-09-21", "BTN": "1971-09-21", "QAT": "1971-09-21", "OMN": "1971-10-07",
    "ARE": "1971-12-09",
    "BHS": "1973-09-18", "DEU": "1973-09-18",
    "BGD": "1974-09-17", "GRD": "1974-09-17", "GNB": "1974-09-17",
    "CPV": "1975-09-16", "MOZ": "1975-09-16", "STP": "1975-09-16", "PNG": "1975-10-10",
    "COM": "1975-11-12", "SUR": "1975-12-04",
    "SYC": "1976-09-21", "AGO": "1976-12-01", "WSM": "1976-12-15",
    "DJI": "1977-09-20", "VNM": "1977-09-20",
    "SLB": "1978-09-19", "DMA": "1978-12-18",
    "LCA": "1979-09-18",
    "ZWE": "1980-08-25", "VCT": "1980-09-16",
    "VUT": "1981-09-15", "BLZ": "1981-09-25", "ATG": "1981-11-11",
    "KNA": "1983-09-23", "BRN": "1984-09-21",
    "NAM": "1990-04-23", "LIE": "1990-09-18",
    **{i: "1991-09-17" for i in "PRK KOR EST LVA LTU MHL FSM".split()},
    **{i: "1992-03-02" for i in "ARM AZE KAZ KGZ MDA SMR TJK TKM UZB".split()},
    "BIH": "1992-05-22", "HRV": "1992-05-22", "SVN": "1992-05-22", "GEO": "1992-07-31",
    "CZE": "1993-01-19", "SVK": "1993-01-19", "MKD": "1993-04-08", "ERI": "1993-05-28",
    "MCO": "1993-05-28", "AND": "1993-07-28",
    "PLW": "1994-12-15",
    "KIR": "1999-09-14", "NRU": "1999-09-14", "TON": "1999-09-14",
    "TUV": "2000-09-05", "SRB": "2000-11-01",
    "CHE": "2002-09-10", "TLS": "2002-09-27",
    "MNE": "2006-06-28",
    "SSD": "2011-07-14",
})

# Notes on special cases of UN membership (facts as the UN page states them).
UN_NOTES = {
    "RUS": "The Russian Federation continues the membership of the USSR (an original member, "
           "1945-10-24), as notified by the President of the Russian Federation in December 1991.",
    "CHN": "Original member. By General Assembly resolution 2758 (XXVI) of 25 October 1971 the "
           "representatives of the People's Republic of China were recognised as the only "
           "lawful representatives of China.",
    "YEM": "Yemen was admitted on 30 September 1947 and Democratic Yemen on 14 December 1967; "
           "the two merged on 22 May 1990 as a single member, the Republic of Yemen. The UN page "
           "gives 30 September 1947 for Yemen.",
    "EGY": "Original member. Egypt and Syria formed the United Arab Republic (one member) from "
           "21 February 1958; Syria resumed separate membership on 13 October 1961.",
    "SYR": "Original member. Part of the United Arab Republic with Egypt from 1958; resumed its "
           "separate membership on 13 October 1961.",
    "TZA": "Tanganyika was admitted on 14 December 1961 and Zanzibar on 16 December 1963; after "
           "their union on 26 April 1964 they continued as a single member (United Republic of "
           "Tanzania from 1 November 1964).",
    "MYS": "Admitted as the Federation of Malaya on 17 September 1957; name changed to Malaysia "
           "in 1963 (with Singapore, Sabah and Sarawak). Singapore became a separate member on "
           "21 September 1965.",
    "DEU": "The Federal Republic of Germany and the German Democratic Republic were both admitted "
           "on 18 September 1973; from 3 October 1990 they are one member, Germany.",
    "SRB": "The Socialist Federal Republic of Yugoslavia was an original member (1945-10-24). The "
           "Federal Republic of Yugoslavia was admitted on 1 November 2000; renamed Serbia and "
           "Montenegro in 2003; Serbia continues that membership since Montenegro's independence "
           "(2006).",
    "CZE": "Czechoslovakia was an original member (1945-10-24). Czechia and Slovakia were admitted "
           "as successor states on 19 January 1993.",
    "SVK": "Czechoslovakia was an original member (1945-10-24). Czechia and Slovakia were admitted "
           "as successor states on 19 January 1993.",
    "BLR": "Original member as the Byelorussian SSR.",
    "UKR": "Original member as the Ukrainian SSR.",
    "MKD": "Admitted under the provisional reference 'the former Yugoslav Republic of Macedonia'; "
           "name North Macedonia since February 2019.",
    "BIH": "Former republic of the Socialist Federal Republic of Yugoslavia (an original member).",
    "HRV": "Former republic of the Socialist Federal Republic of Yugoslavia (an original member).",
    "SVN": "Former republic of the Socialist Federal Republic of Yugoslavia (an original member).",
    "MNE": "Member of the UN as part of Serbia and Montenegro until its independence (2006).",
}

# COW IGO v3 (years) disagreements with the admission year above, explained.
EXPLAINED_COW = {
    "DEU": "COW codes the German Federal Republic as a UN member from 1965 (its first UN spell "
           "starts then), but the FRG was admitted on 18 September 1973; the UN page date is "
           "kept.",
    "CHN": "COW splits China's seat (China 1945-1948, Taiwan 1949-1970, PRC later); the UN counts "
           "one member, China, since 1945.",
    "SYR": "COW ends Syria's first spell in 1958 (United Arab Republic) and starts a new one; the "
           "UN page keeps 1945-10-24 for Syria.",
    "SRB": "COW codes Serbia under 'Yugoslavia' (no ISO3 mapped in the file); its second "
           "Yugoslavia spell starts in 2000, which agrees.",
    "BLR": "COW starts the spell in 1991 (independence); the UN counts the Byelorussian SSR as an "
           "original member (1945) whose membership Belarus continues.",
    "UKR": "COW starts the spell in 1991 (independence); the UN counts the Ukrainian SSR as an "
           "original member (1945) whose membership Ukraine continues.",
    "IND": "COW starts the spell in 1947 (independence); India signed the Charter and is an original "
           "member (ratification deposited 30 October 1945).",
    "PHL": "COW starts the spell in 1946 (independence, 4 July 1946); the Philippines is an original "
           "member (1945).",
    "LBN": "COW starts the spell in 1946; Lebanon is an original member (1945).",
    "DOM": "COW starts the Dominican Republic's UN spell only in 1965, which looks like a coding gap "
           "in COW; the Dominican Republic is an original member (1945).",
    "TLS": "COW starts the spell in 2003; the UN page date (27 September 2002) is kept.",
    "UZB": "COW starts the spell in 1991; Uzbekistan was admitted with eight other former Soviet "
           "republics on 2 March 1992 (COW has 1992 for the others), so the UN page date is kept.",
    "CZE": "COW codes Czechoslovakia 1945-1992 (no ISO3 mapped); the Czech Republic spell starts "
           "in 1993.",
    "YEM": "COW codes the Yemen Arab Republic (1947-1989) and the Yemen People's Republic "
           "(1967-1989) without ISO3, and Yemen from 1990; the UN page gives 30 September 1947.",
}

INDONESIA = {
    "withdrew": "1965-01-20",
    "returned": "1966-09-28",
    "note": ("By letter of 20 January 1965 Indonesia announced its decision to withdraw from the "
             "United Nations; by telegram of 19 September 1966 it announced its decision to resume "
             "full cooperation, and on 28 September 1966 the General Assembly took note and "
             "Indonesia's representatives took their seats. Indonesia was not readmitted: the UN "
             "page keeps 28 September 1950 as its admission date."),
}

# ---------------------------------------------------------------------------
SOURCES = {
    "states/iso-3166": {
        "title": "ISO 3166-1 country codes (alpha-2, alpha-3, numeric) and English short names, "
                 "as packaged in pycountry",
        "url": "https://www.iso.org/iso-3166-country-codes.html",
        "as_of": None,  # filled with the pycountry version date below
        "checked": True,
        "note": None,
    },
    "states/m49": {
        "title": "UN Statistics Division, Standard country or area codes for statistical use (M49): "
                 "geographic regions",
        "url": "https://unstats.un.org/unsd/methodology/m49/",
        "as_of": None,
        "checked": True,
        "note": "Region, sub-region and intermediate region read from the countryinfo package's copy "
                "of the M49 grouping; `subregion` holds the intermediate region where M49 has one "
                "(Sub-Saharan Africa, Latin America and the Caribbean). Corrected: Serbia and "
                "Montenegro to Southern Europe (countryinfo: Eastern Europe); all assignments were "
                "also compared with the M49 codes in github.com/lukes/ISO-3166-Countries-with-"
                "Regional-Codes (all/all.csv). M49 country codes are the ISO 3166-1 numeric codes "
                "(pycountry).",
    },
    "states/countryinfo": {
        "title": "countryinfo (Python package, MIT licence): land borders",
        "url": "https://pypi.org/project/countryinfo/",
        "as_of": None,
        "checked": True,
        "note": "Borders read from the package and restricted to states in this file; corrections "
                "for asymmetric or wrong entries are documented in tools/data/build_states.py "
                "(BORDER_FIXES): KWT-IRN -> KWT-IRQ, TCD-SSD -> TCD-SDN, MMR-BTN -> MMR-IND, CHN-NPL "
                "added, IND-AFG, IND-LKA, SRB-ALB, CYP-GBR, SUR-FRA dropped, PSE-EGY/ISR/JOR made "
                "symmetric.",
    },
    "states/un-member-states": {
        "title": "United Nations, Member States (list with dates of admission)",
        "url": "https://www.un.org/en/about-us/member-states",
        "as_of": "2024",
        "checked": False,
        "note": "Dates entered from knowledge of this page. The admission YEAR of every member was "
                "cross-checked against the Correlates of War IGO data v3 (values read from a copy: "
                "data/sources/cow_igo_memberships_1945_2014.csv, igo_code UN); disagreements are "
                "explained in the relation's note. The member list (193) was read from "
                "data/sources/unga_votes_73_195_gcm_73_151_gcr.csv.",
    },
    "states/cow-igo-v3": {
        "title": "Correlates of War Intergovernmental Organizations data v3 (Pevehouse, Nordstrom, "
                 "McManus & Jamison 2020), United Nations membership by year",
        "url": "https://correlatesofwar.org/data-sets/igos/",
        "as_of": "2014",
        "checked": True,
        "note": "Years only; used to cross-check the year of the UN admission date. Values read from "
                "a copy: data/sources/cow_igo_memberships_1945_2014.csv (via the igoR package).",
    },
    "states/un-observers": {
        "title": "United Nations, Non-member States (permanent observer missions)",
        "url": "https://www.un.org/en/about-us/non-member-states",
        "as_of": "2024",
        "checked": False,
        "note": "Entered from knowledge. Holy See: permanent observer since 6 April 1964. State of "
                "Palestine: non-member observer State by General Assembly resolution 67/19 of "
                "29 November 2012 (the PLO had observer status from 1974, res. 3237 (XXIX)).",
    },
}


def countryinfo_records() -> dict[str, list[dict]]:
    import countryinfo
    base = Path(countryinfo.__file__).parent
    recs: dict[str, list[dict]] = {}
    a2to3: dict[str, str] = {}
    for p in sorted(glob.glob(str(base / "data" / "*.json"))):
        try:
            d = json.load(open(p, encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        iso = d.get("ISO") or {}
        if iso.get("alpha3"):
            recs.setdefault(iso["alpha3"], []).append(d)
            if iso.get("alpha2"):
                a2to3[iso["alpha2"]] = iso["alpha3"]
    for lst in recs.values():
        for d in lst:
            d["_borders3"] = {a2to3.get(b, b) if len(b) == 2 else b for b in (d.get("borders") or [])}
    return recs


def undesa_names(shared: Path) -> dict[str, str]:
    """iso3 -> UN DESA (Population Division) name, from build_corridors' table."""
    sys.path.insert(0, str(HERE.parent))
    from build_corridors import NAME_TO_ISO3, resolve_names  # noqa: E402
    path = shared / "undesa_migrant_stock_bilateral_2019_wide.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        header = next(csv.reader(f))
    mapping, _ = resolve_names(header[2:])
    return {v: k for k, v in mapping.items() if v}


def cow_un_spells(shared: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    with open(shared / "cow_igo_memberships_1945_2014.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["igo_code"] == "UN" and r["role"] == "full" and r["iso3"]:
                out.setdefault(r["iso3"], []).append((int(r["first_year"]), int(r["last_year"])))
    return out


def main(argv=None):
    args = builder_args(__doc__.split("\n")[0]).parse_args(argv)
    args.shared = args.sources
    args.output = args.actors / "states.yaml"

    with open(args.shared / "unga_votes_73_195_gcm_73_151_gcr.csv", encoding="utf-8") as f:
        members = sorted({r["iso3"] for r in csv.DictReader(f)})
    assert len(members) == 193, len(members)
    assert not set(EXTRA) & set(members)
    assert set(UN_ADMISSION) == set(members), set(UN_ADMISSION) ^ set(members)
    ids = members + EXTRA
    idset = set(ids)

    ci = countryinfo_records()
    desa = undesa_names(args.shared)

    # ---- borders
    borders = {}
    for i in ids:
        b = set().union(*(d["_borders3"] for d in ci[i]))
        rm, add = BORDER_FIXES.get(i, (set(), set()))
        b = (b - rm) | add
        borders[i] = b & idset
    for a in ids:
        for b in borders[a]:
            if a not in borders[b]:
                sys.exit(f"asymmetric border {a}-{b}: add a BORDER_FIXES entry")

    # ---- COW cross-check of admission years
    cow = cow_un_spells(args.shared)
    cow_agrees = {}
    for i in members:
        year = int(UN_ADMISSION[i][:4])
        first = min((s[0] for s in cow.get(i, [])), default=None)
        cow_agrees[i] = first == year
        if not cow_agrees[i] and i not in EXPLAINED_COW:
            print(f"COW disagreement not explained: {i} UN {year} COW {cow.get(i)}", file=sys.stderr)
    # Indonesia: COW's spells are printed for the report
    print("COW IDN spells:", cow.get("IDN"), file=sys.stderr)

    actors = []
    for i in ids:
        c = pycountry.countries.get(alpha_3=i)
        d = ci[i][-1]
        name = NAME_OVERRIDES.get(i) or getattr(c, "common_name", None) or c.name
        aliases = []
        for a in [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None),
                  *(x.get("name") for x in ci[i]), desa.get(i), *EXTRA_ALIASES.get(i, [])]:
            if a and a.startswith("the "):
                a = a[4:]
            if a and a != name and a not in aliases:
                aliases.append(a)
        region, sub, inter = M49_FIXES.get(i, (d.get("region"), d.get("subregion"), d.get("intermediateregion")))
        note = None
        if inter:
            note = f"M49: {region} > {sub} > {inter} (intermediate region, given as subregion)."
        actor = {
            "id": i,
            "kind": "state",
            "name": name,
            "aliases": aliases,
            "iso2": c.alpha_2,
            "m49": c.numeric,
            "region": region,
            "subregion": inter or sub,
            "borders": sorted(borders[i]),
        }
        if note:
            actor["note"] = note
        actor["sources"] = ["states/iso-3166", "states/m49", "states/countryinfo"]
        actors.append(actor)

    relations = []
    for i in members:
        srcs = ["states/un-member-states"] + (["states/cow-igo-v3"] if cow_agrees[i] else [])
        note = UN_NOTES.get(i)
        if not cow_agrees[i]:
            note = ((note + " ") if note else "") + "COW cross-check: " + EXPLAINED_COW.get(i, "year differs.")
        if i == "IDN":
            relations.append({"source": i, "target": "un", "type": "member_of",
                              "since": UN_ADMISSION[i], "until": INDONESIA["withdrew"],
                              "note": INDONESIA["note"] + " COW cross-check: COW IGO v3 codes one "
                                      "spell from 1950 (the year agrees) and does not record the "
                                      "1965-1966 interruption.",
                              "sources": ["states/un-member-states", "states/cow-igo-v3"]})
            relations.append({"source": i, "target": "un", "type": "withdrew_from",
                              "since": INDONESIA["withdrew"], "until": INDONESIA["returned"],
                              "note": "Withdrawal announced by letter of 20 January 1965; cooperation "
                                      "resumed 28 September 1966 (`until`; see the member_of relations).",
                              "sources": ["states/un-member-states"]})
            relations.append({"source": i, "target": "un", "type": "member_of",
                              "since": INDONESIA["returned"],
                              "note": "Resumed full cooperation and participation; the General "
                                      "Assembly took note on 28 September 1966. Not a readmission.",
                              "sources": ["states/un-member-states"]})
            continue
        rel = {"source": i, "target": "un", "type": "member_of", "since": UN_ADMISSION[i]}
        if note:
            rel["note"] = note
        rel["sources"] = srcs
        relations.append(rel)
    relations.append({"source": "VAT", "target": "un", "type": "observer_of", "since": "1964-04-06",
                      "role": "non-member observer state",
                      "note": "Permanent observer since 6 April 1964; not a member.",
                      "sources": ["states/un-observers"]})
    relations.append({"source": "PSE", "target": "un", "type": "observer_of", "since": "2012-11-29",
                      "role": "non-member observer state",
                      "note": "Non-member observer State by General Assembly resolution 67/19 of "
                              "29 November 2012 (the PLO had been an observer since 1974). Not a member.",
                      "sources": ["states/un-observers"]})

    import importlib.metadata as md
    pyc_v = md.version("pycountry")
    ci_v = md.version("countryinfo")
    sources = json.loads(json.dumps(SOURCES))
    # pycountry versions are release dates (YY.M.D): the ISO data it packages is as of then.
    yy, mm, dd = (int(x) for x in pyc_v.split(".")[:3])
    sources["states/iso-3166"]["as_of"] = f"{2000 + yy:04d}-{mm:02d}-{dd:02d}"
    sources["states/iso-3166"]["note"] = f"Values read from pycountry {pyc_v}."
    # The package data carries no date of its own: as_of is when it was read here.
    sources["states/m49"]["as_of"] = READ_ON
    sources["states/countryinfo"]["as_of"] = READ_ON
    sources["states/countryinfo"]["title"] += f" (version {ci_v})"
    sources["states/m49"]["note"] = f"countryinfo {ci_v}. " + sources["states/m49"]["note"]
    for s in sources.values():
        if s.get("note") is None:
            s.pop("note", None)

    write(args.output, sources, actors, relations)
    print(f"wrote {args.output}: {len(actors)} actors, {len(relations)} relations", file=sys.stderr)


def q(v) -> str:
    """A YAML scalar, quoted as needed for flow context."""
    return yaml.safe_dump([v], default_flow_style=True, allow_unicode=True, width=10**6).strip()[1:-1]


def flow(d: dict) -> str:
    return yaml.safe_dump(d, default_flow_style=True, allow_unicode=True, sort_keys=False,
                          width=10**6).strip()


def write(path: Path, sources, actors, relations):
    out = ["# GENERATED by tools/data/build_states.py -- edit the script, not this file.",
           "# UN member states (193), Holy See and State of Palestine; UN membership/observer relations.",
           ""]
    out.append(yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False, width=100).rstrip())
    out.append("")
    out.append("actors:")
    for a in actors:
        first = True
        for k, v in a.items():
            prefix = "  - " if first else "    "
            first = False
            if isinstance(v, list):
                out.append(f"{prefix}{k}: [{', '.join(q(x) for x in v)}]")
            else:
                out.append(f"{prefix}{k}: {q(v)}")
    out.append("")
    out.append("relations:")
    for r in relations:
        out.append("  - " + flow(r))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
