"""Generate data/actors/instruments_ilo.yaml.

C097 parties A-K come from data/sources/ilo_c097_ratifications_partial_A_to_K.csv
(a hand transcription of an archived copy of the NORMLEX C097 ratification page,
French; checked: true).  The rest is entered below, each with its source and
`checked` flag.  Run from the repository root:

    python tools/data/build_instruments_ilo.py [--sources DIR]
"""
import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _instruments_yaml import write  # noqa: E402
from repo_paths import builder_args  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

NX = "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:11300:0::NO:11300:P11300_INSTRUMENT_ID:{}:NO"
NX_TEXT = "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:{}"

SOURCES = {
    "instruments_ilo/normlex-c097": {
        "title": "ILO NORMLEX, Ratifications of C097 - Migration for Employment Convention (Revised), 1949 (No. 97)",
        "url": "http://ilo.org/dyn/normlex/fr/f?p=NORMLEXPUB:11300:0::NO:11300:P11300_INSTRUMENT_ID:312242:NO",
        "as_of": "2023-10-26",
        "checked": True,
        "note": "Values read from an archived copy of the French NORMLEX page (found with the search tool, "
                "corpus pages) and from its transcription data/sources/ilo_c097_ratifications_partial_A_to_K.csv "
                "(Albanie to Kirghizistan only). The page header reads '54 ratifications, Dénoncée: 0'. The copy "
                "was made after 26 Oct 2023 (it lists Congo's ratification of that date, not yet in force) and "
                "before 26 Oct 2024.",
    },
    "instruments_ilo/normlex-c097-unchecked": {
        "title": "ILO NORMLEX, Ratifications of C097 - Migration for Employment Convention (Revised), 1949 (No. 97)",
        "url": NX.format(312242),
        "as_of": "2024",
        "checked": False,
        "note": "Ratification dates of states after K in the alphabet, entered from knowledge of what NORMLEX "
                "publishes (the stored copy breaks off after Kirghizistan). Cross-checked where possible against the "
                "entry-into-force dates of the Dutch treaty database copy on inview.nl (entry into force = "
                "ratification + 12 months for ratifications after 1952).",
    },
    "instruments_ilo/verdragenbank-c097": {
        "title": "Verdragenbank (Netherlands treaty database), treaty 007101: Convention concerning Migration for Employment (Revised 1949), parties",
        "url": "https://verdragenbank.overheid.nl/en/Verdrag/Details/007101.html",
        "as_of": "2024",
        "checked": True,
        "note": "Stored copy read here (search tool, corpus pages); the copy breaks off at 'Mauritius'. Used for "
                "Madagascar, Malawi and Malaysia, and as a cross-check of the A-K dates (all agree). It names the "
                "26-10-2023 ratification 'Democratic Republic of the Congo', where NORMLEX says 'Congo' (see the C097 note).",
    },
    "instruments_ilo/congo-senate-c097-2022": {
        "title": "Congo/Travail: les travailleurs migrants bénéficieront des normes de l'Organisation internationale du Travail (Groupe Congo Médias)",
        "url": "https://www.groupecongomedias.com/congo-travail-les-travailleurs-migrants-beneficieront-des-normes-de-lorganisation-internationale-du-travail/",
        "as_of": "2022-12-01",
        "checked": True,
        "note": "Brazzaville media report: the Senate of the Republic of the Congo adopted on 1 Dec 2022 a bill "
                "authorising ratification of ILO C097 (and C143, C118, C151), presented by minister Pierre Mabiala.",
    },
    "instruments_ilo/normlex-c143": {
        "title": "ILO NORMLEX, Ratifications of C143 - Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)",
        "url": NX.format(312288),
        "as_of": "2024",
        "checked": False,
        "note": "Entered from knowledge of NORMLEX. Years cross-checked against a Wikipedia mirror "
                "(the-uncensored-wiki.com, 2015 snapshot: 23 ratifications as of 2013, years only). Full dates are "
                "given only for the Yugoslav successor states (dates of succession, identical for C097).",
    },
    "instruments_ilo/normlex-c181": {
        "title": "ILO NORMLEX, Ratifications of C181 - Private Employment Agencies Convention, 1997 (No. 181)",
        "url": NX.format(312326),
        "as_of": "2023-03",
        "checked": False,
        "note": "States entered from knowledge of NORMLEX, cross-checked against a Wikipedia mirror "
                "(theinfolist.com: '37 states as of March 2023', 32 of them named in its treaty categories). No dates.",
    },
    "instruments_ilo/wec-c181-2023": {
        "title": "#Ratify C181: spotlight on Latin America (World Employment Confederation)",
        "url": "https://wecglobal.org/news-post/ratify-c181-spotlight-on-latin-america",
        "as_of": "2023-05-29",
        "checked": True,
        "note": "States that C181 had 38 ratifications (May 2023).",
    },
    "instruments_ilo/normlex-c189": {
        "title": "ILO NORMLEX, Ratifications of C189 - Domestic Workers Convention, 2011 (No. 189)",
        "url": NX.format(2551460),
        "as_of": "2024",
        "checked": False,
        "note": "Primary source, not read here. Values come from the pages below (wiego, IUF).",
    },
    "instruments_ilo/wiego-c189": {
        "title": "Ratification countries: Domestic Workers Convention (C189) (WIEGO)",
        "url": "https://wiego.org/ratification-countries-domestic-workers-convention-c189",
        "as_of": "2020",
        "checked": True,
        "note": "Lists the year of registration with the ILO for each ratifying state to 2019 (2020 entries, "
                "marked as legislature-only, are not used) and full dates for the first ratifications.",
    },
    "instruments_ilo/iuf-c189-2013": {
        "title": "Bolivia ratifies Convention on Domestic Workers (IUF, 26 April 2013)",
        "url": "https://www.iuf.org/ru/news/bolivia-ratifies-convention-on-domestic-workers/",
        "as_of": "2013-04-26",
        "checked": True,
        "note": "Gives the order and dates of the first six ratifications. It dates Uruguay's ratification "
                "12 June 2012 and Bolivia's 16 April; WIEGO gives 14 June 2012 and 15 April 2013. NORMLEX's date for "
                "Uruguay is 14 June 2012 (used); for Bolivia only the month is given here.",
    },
    "instruments_ilo/normlex-c190": {
        "title": "ILO NORMLEX, Ratifications of C190 - Violence and Harassment Convention, 2019 (No. 190)",
        "url": NX.format(3999810),
        "as_of": "2024-01",
        "checked": False,
        "note": "Primary source, not read here. Dates come from a Wikipedia copy (kiwix wikipedia_en_all_maxi_2024-01, "
                "'Violence and Harassment Convention, 2019'), which reproduces the NORMLEX table; states named there "
                "without a visible date are entered without one.",
    },
    "instruments_ilo/wikipedia-c190-2024-01": {
        "title": "Violence and Harassment Convention, 2019 (Wikipedia, kiwix snapshot 2024-01)",
        "url": "https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/Violence_and_Harassment_Convention%2C_2019",
        "as_of": "2024-01",
        "checked": True,
        "note": "Secondary copy of the NORMLEX table (36 ratifications as of 2023); the stored copy breaks off at Italy. "
                "A later copy (cryer.org.uk) says 39 ratifications as of 2024 and names the remaining states.",
    },
    "instruments_ilo/ilo-norway-c190-2023": {
        "title": "Norway ratifies the ILO Convention on Violence and Harassment (ILO news, via MENAFN / Caribbean News Global, 11 Oct 2023)",
        "url": "https://menafn.com/1107223388/Norway-Ratifies-The-ILO-Convention-On-Violence-And-Harassment",
        "as_of": "2023-10-11",
        "checked": True,
        "note": "Norway deposited its ratification on 6 October 2023, the 33rd ratification of C190.",
    },
}


def instrument(code, num, name, adopted, in_force, policy_areas, gcm, note, sources, aliases):
    return {
        "id": f"ilo-c{num:03d}",
        "name": name,
        "acronym": code,
        "aliases": aliases,
        "kind": "convention",
        "binding": True,
        "scope": "global",
        "adopted": adopted,
        "in_force": in_force,
        "adopted_by": "ilo",
        "policy_areas": policy_areas,
        "gcm_objectives": gcm,
        "url": NX_TEXT.format(code),
        "note": note,
        "sources": sources,
    }


def rel(state, target, since, sources, note=None, type_="party_to"):
    r = {"source": state, "target": target, "type": type_}
    if since:
        r["since"] = since
    if note:
        r["note"] = note
    r["sources"] = sources
    return r


# ---- C097, after K: (iso3, ratification date, source key, note)
C097_REST = [
    ("MDG", "2001-06-14", "instruments_ilo/verdragenbank-c097", None),
    ("MWI", "1965-03-22", "instruments_ilo/verdragenbank-c097", None),
    ("MYS", "1964-03-03", "instruments_ilo/verdragenbank-c097", "Ratified in respect of Sabah (NORMLEX lists it as 'Malaysia - Sabah')."),
    ("MUS", "1969-12-02", "instruments_ilo/normlex-c097-unchecked", "Mauritius's ratification date as NORMLEX gives it (declaration after independence); the Dutch database dates entry into force from independence, 1968-03-12."),
    ("MDA", "2005-12-12", "instruments_ilo/normlex-c097-unchecked", None),
    ("MNE", "2006-06-03", "instruments_ilo/normlex-c097-unchecked", "Succession (Montenegro's independence)."),
    ("MAR", "2019-06-14", "instruments_ilo/normlex-c097-unchecked", None),
    ("NLD", "1952-05-20", "instruments_ilo/normlex-c097-unchecked", None),
    ("NZL", "1950-03-10", "instruments_ilo/normlex-c097-unchecked", None),
    ("NGA", "1960-10-17", "instruments_ilo/normlex-c097-unchecked", None),
    ("MKD", "1991-11-17", "instruments_ilo/normlex-c097-unchecked", "Succession to Yugoslavia's ratification."),
    ("NOR", "1955-03-17", "instruments_ilo/normlex-c097-unchecked", None),
    ("PHL", "2009-04-21", "instruments_ilo/normlex-c097-unchecked", None),
    ("PRT", "1978-12-12", "instruments_ilo/normlex-c097-unchecked", None),
    ("LCA", "1980-05-14", "instruments_ilo/normlex-c097-unchecked", None),
    ("SRB", "2000-11-24", "instruments_ilo/normlex-c097-unchecked", "Succession to Yugoslavia's ratification (as the Federal Republic of Yugoslavia)."),
    ("SVN", "1992-05-29", "instruments_ilo/normlex-c097-unchecked", "Succession to Yugoslavia's ratification."),
    ("TJK", "2007-04-10", "instruments_ilo/normlex-c097-unchecked", None),
    ("TTO", "1963-05-24", "instruments_ilo/normlex-c097-unchecked", None),
    ("GBR", "1951-01-22", "instruments_ilo/normlex-c097-unchecked", None),
    ("URY", "1954-03-18", "instruments_ilo/normlex-c097-unchecked", None),
    ("VEN", "1983-06-09", "instruments_ilo/normlex-c097-unchecked", None),
    ("ZMB", "1964-12-02", "instruments_ilo/normlex-c097-unchecked", None),
]

# ---- C143 (years from the 2013 mirror list; full dates only for successor states)
C143 = [
    ("ALB", "2006", None), ("ARM", "2006", None), ("BEN", "1980", None),
    ("BIH", "1993-06-02", "Succession to Yugoslavia's ratification."), ("BFA", "1977", None),
    ("CMR", "1978", None), ("CYP", "1977", None), ("GIN", "1978", None), ("ITA", "1981", None),
    ("KEN", "1979", None), ("MKD", "1991-11-17", "Succession to Yugoslavia's ratification."),
    ("MNE", "2006-06-03", "Succession."), ("NOR", "1979", None), ("PHL", "2006", None),
    ("PRT", "1978", None), ("SMR", "1985", None),
    ("SRB", "2000-11-24", "Succession to Yugoslavia's ratification (as the Federal Republic of Yugoslavia)."),
    ("SVN", "1992-05-29", "Succession to Yugoslavia's ratification."), ("SWE", "1982", None),
    ("TJK", "2007", None), ("TGO", "1983", None), ("UGA", "1978", None), ("VEN", "1983", None),
]

C181 = ["ALB", "DZA", "BEL", "BIH", "BGR", "CZE", "ETH", "FJI", "FIN", "FRA", "GEO", "HUN", "ISR",
        "ITA", "JPN", "LTU", "MLI", "MDA", "MNG", "MAR", "NLD", "NER", "PAN", "POL", "PRT", "SRB",
        "SVK", "ESP", "SUR", "MKD", "URY", "ZMB"]

# ---- C189: (iso3, date or year, sources)
W, I = "instruments_ilo/wiego-c189", "instruments_ilo/iuf-c189-2013"
C189 = [
    ("URY", "2012-06-14", [W, I]), ("PHL", "2012-09-05", [W, I]), ("MUS", "2012-09-13", [I]),
    ("NIC", "2013-01-10", [W, I]), ("ITA", "2013-01-22", [W, I]), ("BOL", "2013-04", [W, I]),
    ("PRY", "2013-05-07", [W]),
    ("ECU", "2013", [W]), ("DEU", "2013", [W]), ("GUY", "2013", [W]), ("ZAF", "2013", [W]),
    ("ARG", "2014", [W]), ("COL", "2014", [W]), ("CRI", "2014", [W]), ("IRL", "2014", [W]), ("CHE", "2014", [W]),
    ("BEL", "2015", [W]), ("CHL", "2015", [W]), ("DOM", "2015", [W]), ("FIN", "2015", [W]), ("PAN", "2015", [W]), ("PRT", "2015", [W]),
    ("JAM", "2016", [W]), ("GIN", "2017", [W]), ("BRA", "2018", [W]), ("GRD", "2018", [W]), ("PER", "2018", [W]),
    ("MDG", "2019", [W]), ("SWE", "2019", [W]),
]

# ---- C190
K = "instruments_ilo/wikipedia-c190-2024-01"
C190 = [
    ("FJI", "2020-06-25", [K]), ("URY", "2020-06-12", []), ("ARG", "2021-02-23", [K]), ("ECU", "2021-05-19", [K]),
    ("MUS", "2021-07-01", []), ("GRC", "2021-08-30", [K]), ("ITA", "2021-10-29", [K]),
    ("ALB", "2022-05-06", [K]), ("ATG", "2022-05-09", [K]), ("SLV", "2022-06-07", [K]), ("CAF", "2022-06-09", [K]),
    ("BRB", "2022-09-01", [K]), ("BHS", "2022-11-30", [K]), ("IRL", "2023-01-12", [K]), ("CAN", "2023-01-30", [K]),
    ("LSO", "2023-03-15", []), ("FRA", "2023-04-12", [K]), ("AUS", "2023-06-09", [K]), ("CHL", "2023-06-12", [K]),
    ("BEL", "2023-06-13", [K]), ("DEU", "2023-06-14", [K]), ("NOR", "2023-10-06", ["instruments_ilo/ilo-norway-c190-2023"]),
    ("SOM", "2021", []), ("ZAF", "2021", []), ("GBR", "2022", []), ("ESP", "2022", []),
    ("MEX", None, []), ("NAM", None, []), ("NGA", None, []), ("PAN", None, []), ("PNG", None, []), ("PER", None, []),
    ("PHL", None, []), ("PRT", None, []), ("RWA", None, []), ("SMR", None, []), ("UGA", None, []),
]


def main():
    args = builder_args(__doc__.splitlines()[0])
    args = args.parse_args()
    OUT = os.path.join(args.actors, "instruments_ilo.yaml")
    rows = list(csv.DictReader(open(os.path.join(args.sources, "ilo_c097_ratifications_partial_A_to_K.csv"), encoding="utf-8")))

    rel97 = []
    for r in rows:
        note_parts = []
        if r["exclusions_fr"]:
            note_parts.append(f"NORMLEX: {r['exclusions_fr']}.")
        if r["iso3"] == "COG":
            note_parts.append(
                "NORMLEX names this party 'Congo' (its name for the Republic of the Congo; the DRC appears as "
                "'République démocratique du Congo'), listed between Comores and Cuba; not in force until 26 Oct 2024. "
                "The Dutch treaty database says 'Democratic Republic of the Congo'; the depositary's wording is "
                "followed, supported by the Brazzaville Senate's authorisation of ratification of C097 on 1 Dec 2022.")
        srcs = ["instruments_ilo/normlex-c097"]
        if r["iso3"] == "COG":
            srcs += ["instruments_ilo/congo-senate-c097-2022", "instruments_ilo/verdragenbank-c097"]
        rel97.append(rel(r["iso3"], "ilo-c097", r["ratification_date"], srcs, " ".join(note_parts) or None))
    for iso, d, src, note in C097_REST:
        rel97.append(rel(iso, "ilo-c097", d, [src], note))

    rel143 = [rel(i, "ilo-c143", d, ["instruments_ilo/normlex-c143"], n) for i, d, n in C143]
    rel181 = [rel(i, "ilo-c181", None, ["instruments_ilo/normlex-c181"]) for i in C181]
    rel189 = [rel(i, "ilo-c189", d, ["instruments_ilo/normlex-c189"] + s) for i, d, s in C189]
    rel190 = [rel(i, "ilo-c190", d, ["instruments_ilo/normlex-c190"] + s) for i, d, s in C190]

    n97_checked = sum(1 for r in rel97 if r["sources"][0] != "instruments_ilo/normlex-c097-unchecked")
    instruments = [
        instrument("C097", 97, "Migration for Employment Convention (Revised), 1949", "1949-07-01", "1952-01-22",
                   ["labour_migration", "migrant_rights", "decent_work", "integration"], [3, 6, 16, 22],
                   f"NORMLEX publishes 54 ratifications, none denounced (page header of the stored copy, after Oct 2023). "
                   f"This file has {len(rel97)}: {n97_checked} checked (28 from the NORMLEX copy A-K, 3 from the Dutch "
                   f"treaty database) and {len(rel97) - n97_checked} entered from knowledge. The 'Congo' that ratified on "
                   f"26 Oct 2023 is recorded as the Republic of the Congo (COG): see that relation's note.",
                   ["instruments_ilo/normlex-c097"], ["C97", "ILO Convention No. 97", "Migration for Employment Convention"]),
        instrument("C143", 143, "Migrant Workers (Supplementary Provisions) Convention, 1975", "1975-06-24", "1978-12-09",
                   ["labour_migration", "migrant_rights", "trafficking", "smuggling", "integration", "decent_work"],
                   [6, 7, 9, 10, 16, 17],
                   f"NORMLEX count not read here (a 2013 mirror says 23; several ratifications since, e.g. the "
                   f"Republic of the Congo's parliament authorised ratification in Dec 2022). This file has {len(rel143)}, "
                   f"all unchecked, mostly with the year only.",
                   ["instruments_ilo/normlex-c143"], ["C143", "ILO Convention No. 143"]),
        instrument("C181", 181, "Private Employment Agencies Convention, 1997", "1997-06-19", "2000-05-10",
                   ["labour_migration", "decent_work", "migrant_rights"], [6],
                   f"NORMLEX count not read here; 38 ratifications in May 2023 per the World Employment Confederation. "
                   f"This file has {len(rel181)}, unchecked and undated.",
                   ["instruments_ilo/normlex-c181", "instruments_ilo/wec-c181-2023"], ["C181", "ILO Convention No. 181"]),
        instrument("C189", 189, "Domestic Workers Convention, 2011", "2011-06-16", "2013-09-05",
                   ["labour_migration", "decent_work", "gender", "migrant_rights"], [6, 7],
                   f"NORMLEX count not read here (35 in Nov 2021 per mdwinfo.com citing NORMLEX). This file has "
                   f"{len(rel189)} (ratifications 2012-2019 named by WIEGO/IUF; full dates only where given there).",
                   ["instruments_ilo/normlex-c189"], ["C189", "ILO Convention No. 189"]),
        instrument("C190", 190, "Violence and Harassment Convention, 2019", "2019-06-21", "2021-06-25",
                   ["decent_work", "gender", "human_rights"], [6, 7],
                   f"Not migration-specific; included for its coverage of migrant and domestic workers. NORMLEX count "
                   f"not read here (Norway was the 33rd in Oct 2023; a Wikipedia copy says 39 as of 2024). This file has "
                   f"{len(rel190)}.",
                   ["instruments_ilo/normlex-c190"], ["C190", "ILO Convention No. 190"]),
    ]
    header = ("# ILO conventions on labour migration and their parties.\n"
              "# GENERATED by tools/data/build_instruments_ilo.py from data/sources/ilo_c097_ratifications_partial_A_to_K.csv\n"
              "# and the tables in that script. Edit the script, not this file.\n")
    write(OUT, header, SOURCES, instruments,
          [("ilo-c097", rel97), ("ilo-c143", rel143), ("ilo-c181", rel181), ("ilo-c189", rel189), ("ilo-c190", rel190)])
    print(OUT, {k: len(v) for k, v in [("c097", rel97), ("c143", rel143), ("c181", rel181), ("c189", rel189), ("c190", rel190)]})


if __name__ == "__main__":
    main()
