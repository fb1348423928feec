"""Generate data/actors/instruments_regional.yaml (regional migration instruments).

All tables are in this script, each row with its source key.  Values marked
checked: true were read here from stored copies of the cited pages (search tool,
corpus pages).  ECOWAS membership is cross-checked against
data/sources/ecowas_membership_1995_2019.csv (optional, --sources DIR).

    python tools/data/build_instruments_regional.py
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

S = "instruments_regional/"
SOURCES = {
    S + "unts-14691": {
        "title": "UN Treaty Series, registration no. 14691: OAU Convention governing the specific aspects of refugee problems in Africa (participants)",
        "url": "https://treaties.un.org/pages/showDetails.aspx?objid=080000028010432f",
        "as_of": "2024",
        "checked": True,
        "note": "Stored copy of the UNTS record read here: conclusion Addis Ababa 10/09/1969, entry into force "
                "20 June 1974, depositary the Chairperson of the AU Commission; participant table read from Algeria to "
                "Mozambique only (the copy breaks off at 'Ni...'). Dates used are those of the action "
                "(ratification/accession), not of effect. Status date of the copy not shown.",
    },
    S + "au-status-oau-1969": {
        "title": "African Union, status list: OAU Convention Governing the Specific Aspects of Refugee Problems in Africa",
        "url": "https://au.int/en/treaties/oau-convention-governing-specific-aspects-refugee-problems-africa",
        "as_of": "2019-05-16",
        "checked": False,
        "note": "Primary depositary list (a version dated 16/05/2019 is referenced by pdfprof.com). Not read here: "
                "states after Mozambique are entered without dates from knowledge of the AU list (46 states parties).",
    },
    S + "africanlii-kampala-status": {
        "title": "AfricanLII: African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa (Kampala Convention), ratification table",
        "url": "https://africanlii.org/en/akn/aa-au/doc/convention/2009-10-23/african-union-convention-for-the-protection-and-assistance-of-internally-displaced-persons-in-africa-kampala-convention/eng@2009-10-23",
        "as_of": "2024-07-08",
        "checked": True,
        "note": "AfricanLII reproduces the AU Commission's status list (primary: au.int treaty page, 'Status List'). "
                "Header: 55 countries, 40 signatures, 34 ratifications, 34 deposits; last updated 2024-07-08. The stored "
                "copy breaks off at Somalia; signature and ratification dates are read from it (ratification date used "
                "for party_to, signature date for signatory_of).",
    },
    S + "genida-kampala-2021": {
        "title": "Ratification of the Kampala Convention (GENIDA)",
        "url": "https://genida.org/kampala-convention/",
        "as_of": "2021-03-02",
        "checked": True,
        "note": "Lists ratifying and signatory-only states as of 2 March 2021, without dates. Used for states after "
                "Somalia in the alphabet. It places Chad among states that have neither signed nor ratified, whereas "
                "the AU list (AfricanLII copy, 2024) gives Chad's signature 2010-06-24 and ratification 2011-07-11; the "
                "AU list is followed.",
    },
    S + "au-kampala-page": {
        "title": "African Union treaties: African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa (Kampala Convention)",
        "url": "https://au.int/en/treaties/african-union-convention-protection-and-assistance-internally-displaced-persons-africa",
        "as_of": "2020-03-06",
        "checked": True,
        "note": "Stored copy (Swahili interface) read: date of adoption October 23, 2009; entry into force December 06, "
                "2012; date of last signature March 06, 2020.",
    },
    S + "ecowas-protocols": {
        "title": "ECOWAS Protocol A/P.1/5/79 relating to Free Movement of Persons, Residence and Establishment (Dakar, 29 May 1979) and its Supplementary Protocols A/SP.1/7/85, A/SP.1/7/86, A/SP.1/6/89, A/SP.2/5/90",
        "publication": "ECOWAS Commission, Official Journal of the Economic Community of West African States; texts as published by ECOWAS",
        "as_of": "2024",
        "checked": False,
        "note": "Titles, symbols and dates of adoption entered from knowledge. Parties are modelled from ECOWAS "
                "membership (member states at adoption; membership cross-checked against "
                "data/sources/ecowas_membership_1995_2019.csv, from https://www.ecowas.int/about-ecowas/history/); "
                "individual instruments of ratification and their dates were not consulted.",
    },
    S + "ecowas-aes-withdrawal-2025": {
        "title": "ECOWAS Commission communiqué on the withdrawal of Burkina Faso, Mali and Niger (effective 29 January 2025)",
        "url": "https://www.ecowas.int/",
        "as_of": "2025-01-29",
        "checked": False,
        "note": "Withdrawal from ECOWAS effective 29 January 2025. ECOWAS announced transitional measures (continued "
                "recognition of the three states' passports and of free movement pending further notice), so the end "
                "of application of the protocols to them is a modelling choice.",
    },
    S + "uneca-au-fmp-2023": {
        "title": "Free movement of persons for trade: towards an accelerated ratification of the AU Free Movement of Persons Protocol (UNECA and AU Commission, policy research paper, Oct 2023)",
        "url": "https://repository.uneca.org/handle/10855/50018",
        "as_of": "2022-07",
        "checked": True,
        "note": "States: 'As of July 2022, the Protocol has been ratified by only 4 African countries, far below the "
                "15-country ratification threshold'. Does not name them in the stored abstract.",
    },
    S + "au-status-fmp-2018": {
        "title": "African Union, status list: Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
        "url": "https://au.int/en/treaties/protocol-treaty-establishing-african-economic-community-relating-free-movement-persons",
        "as_of": "2024",
        "checked": False,
        "note": "Primary depositary list, not read here. Ratifying states (Mali, Niger, Rwanda, São Tomé and Príncipe) "
                "entered from knowledge; their number matches UNECA's count of 4 (July 2022). Signatories (about 32) not "
                "entered: the list was not available here.",
    },
    S + "sadc-protocol-2005": {
        "title": "SADC Protocol on the Facilitation of Movement of Persons (2005)",
        "url": "https://www.sadc.int/document/protocol-facilitation-movement-persons-2005",
        "as_of": "2024",
        "checked": False,
        "note": "Signed at the SADC Summit in Gaborone, August 2005; not in force (two-thirds of member states must "
                "ratify). Signatories and ratifications not entered: no list was available here.",
    },
    S + "eac-cmp": {
        "title": "Protocol on the Establishment of the East African Community Common Market",
        "url": "https://www.eac.int/common-market",
        "as_of": "2024",
        "checked": False,
        "note": "Signed 20 November 2009 in Arusha by the five partner states of the time; in force 1 July 2010 after "
                "ratification by all five. Entered from knowledge.",
    },
    S + "mercosur-residence": {
        "title": "Acuerdo sobre Residencia para Nacionales de los Estados Partes del MERCOSUR (Decisión CMC 28/02)",
        "url": "https://www.mercosur.int/",
        "as_of": "2024",
        "checked": False,
        "note": "Signed in Brasília on 6 December 2002 (with a parallel agreement extending it to Bolivia and Chile); "
                "in force 2009 for Argentina, Brazil, Paraguay and Uruguay. Entered from knowledge; later accessions "
                "of associated states (e.g. Bolivia, Chile, Peru, Colombia, Ecuador) are not entered.",
    },
    S + "ec-schengen-area": {
        "title": "European Commission, Migration and Home Affairs: Schengen Area",
        "url": "https://home-affairs.ec.europa.eu/policies/schengen-borders-and-visa/schengen-area_en",
        "as_of": "2025-01-01",
        "checked": False,
        "note": "Dates from which each state applies the Schengen acquis in full (lifting of internal border "
                "controls), entered from knowledge. Cyprus (bound, not yet applying) and Ireland (partial participation) "
                "are not entered.",
    },
}

# ---------------------------------------------------------------- instruments
def inst(**kw):
    d = {"id": kw.pop("id"), "name": kw.pop("name")}
    for k in ["acronym", "aliases", "kind", "binding", "scope", "adopted", "in_force", "adopted_by",
              "policy_areas", "gcm_objectives", "amends", "supplements", "implements", "url", "note", "sources"]:
        if k in kw and kw[k] is not None:
            d[k] = kw.pop(k)
    assert not kw, kw
    return d


def rel(src, tgt, typ, since=None, until=None, note=None, sources=()):
    r = {"source": src, "target": tgt, "type": typ}
    if since:
        r["since"] = since
    if until:
        r["until"] = until
    if note:
        r["note"] = note
    r["sources"] = list(sources)
    return r


# OAU 1969: UNTS copy (Algeria .. Mozambique): (iso3, date of action, action)
OAU_UNTS = [
    ("DZA", "1974-06-20", "ratification"), ("AGO", "1982-12-03", "accession"), ("BEN", "1973-03-12", "ratification"),
    ("BWA", "1995-05-16", "ratification"), ("BFA", "1978-08-16", "ratification"), ("CMR", "1986-01-10", "ratification"),
    ("CPV", "1989-03-09", "accession"), ("CAF", "1970-08-07", "ratification"), ("TCD", "1981-09-10", "ratification"),
    ("COM", "2004-04-16", "ratification"), ("COG", "1971-02-01", "ratification"), ("CIV", "1998-04-20", "ratification"),
    ("EGY", "1980-11-17", "accession"), ("GNQ", "1981-01-28", "ratification"), ("ETH", "1973-10-25", "ratification"),
    ("GAB", "1986-06-26", "accession"), ("GMB", "1981-03-16", "ratification"), ("GHA", "1983-08-18", "ratification"),
    ("GIN", "1973-04-16", "ratification"), ("GNB", "1990-07-12", "ratification"), ("KEN", "1993-02-04", "ratification"),
    ("LSO", "1998-12-30", "accession"), ("LBR", "1972-02-07", "ratification"), ("LBY", "1981-07-17", "accession"),
    ("MWI", "1987-12-02", "accession"), ("MLI", "1981-11-16", "ratification"), ("MUS", "1972-09-07", "ratification"),
    ("MAR", "1974-07-16", "ratification"), ("MOZ", "1990-03-07", "accession"),
]
OAU_REST = ["NER", "NGA", "RWA", "SEN", "SYC", "SLE", "SDN", "SWZ", "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE",
            "COD", "BDI", "ZAF"]

# Kampala (AfricanLII copy): iso3 -> (signature, ratification)
KAMPALA = {
    "AGO": ("2012-01-27", "2013-05-14"), "BEN": ("2010-03-25", "2012-02-28"), "BFA": ("2010-07-25", "2012-07-05"),
    "BDI": ("2009-10-23", None), "CMR": ("2015-04-06", "2017-05-24"), "CAF": ("2009-10-23", "2010-12-20"),
    "TCD": ("2010-06-24", "2011-07-11"), "COM": ("2010-02-02", None), "COD": ("2010-02-02", "2022-02-03"),
    "DJI": ("2009-10-23", "2015-07-15"), "GNQ": ("2009-10-23", "2019-06-26"), "ERI": ("2012-04-25", None),
    "SWZ": ("2012-10-05", "2012-11-06"), "ETH": ("2009-10-23", "2020-06-03"), "GAB": ("2010-01-29", "2011-01-26"),
    "GMB": ("2009-10-23", "2011-04-27"), "GHA": ("2010-02-02", None), "GIN": ("2012-01-05", None),
    "GNB": ("2012-01-04", "2011-12-23"), "CIV": ("2009-11-12", "2013-12-20"), "LSO": ("2010-12-20", "2012-01-19"),
    "LBR": ("2009-10-23", "2014-02-23"), "MDG": ("2014-06-24", None), "MWI": ("2013-04-18", "2013-05-29"),
    "MLI": ("2009-11-23", "2012-11-07"), "MRT": ("2013-01-27", "2015-03-05"), "MOZ": ("2010-04-23", "2019-12-02"),
    "NAM": ("2009-10-23", None), "NER": ("2012-05-10", "2012-06-13"), "NGA": ("2009-10-23", "2012-04-17"),
    "COG": ("2009-10-23", "2014-11-15"), "RWA": ("2009-10-23", "2012-12-27"), "STP": ("2010-02-01", "2023-12-05"),
    "SEN": ("2011-07-12", None), "SLE": ("2009-10-23", "2010-07-15"),
}
KAMPALA_GENIDA_PARTIES = ["SOM", "SSD", "TGO", "UGA", "ZMB", "ZWE"]
KAMPALA_GENIDA_SIGNATORIES = ["TZA", "TUN"]

ECOWAS_1979 = ["BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT", "NER", "NGA",
               "SEN", "SLE", "TGO"]
AES = {"MLI", "BFA", "NER"}

SCHENGEN = [  # (iso3, date of full application)
    ("BEL", "1995-03-26"), ("DEU", "1995-03-26"), ("ESP", "1995-03-26"), ("FRA", "1995-03-26"),
    ("LUX", "1995-03-26"), ("NLD", "1995-03-26"), ("PRT", "1995-03-26"),
    ("ITA", "1997-10-26"), ("AUT", "1997-12-01"), ("GRC", "2000-03-26"),
    ("DNK", "2001-03-25"), ("FIN", "2001-03-25"), ("ISL", "2001-03-25"), ("NOR", "2001-03-25"), ("SWE", "2001-03-25"),
    ("CZE", "2007-12-21"), ("EST", "2007-12-21"), ("HUN", "2007-12-21"), ("LVA", "2007-12-21"), ("LTU", "2007-12-21"),
    ("MLT", "2007-12-21"), ("POL", "2007-12-21"), ("SVK", "2007-12-21"), ("SVN", "2007-12-21"),
    ("CHE", "2008-12-12"), ("LIE", "2011-12-19"), ("HRV", "2023-01-01"),
    ("BGR", "2024-03-31"), ("ROU", "2024-03-31"),
]


def main():
    args = builder_args(__doc__.splitlines()[0])
    args = args.parse_args()
    OUT = os.path.join(args.actors, "instruments_regional.yaml")
    # cross-check ECOWAS membership against the shared CSV when present
    p = os.path.join(args.sources, "ecowas_membership_1995_2019.csv")
    if os.path.exists(p):
        members95 = {r["alpha3"] for r in csv.DictReader(open(p, encoding="utf-8")) if r.get("1995") == "1"}
        assert members95 == set(ECOWAS_1979), members95 ^ set(ECOWAS_1979)

    R = []
    # ---- OAU 1969
    oau = [rel(i, "oau-refugee-convention-1969", "party_to", d, note=None if a == "ratification" else "Accession.",
               sources=[S + "unts-14691"]) for i, d, a in OAU_UNTS]
    oau += [rel(i, "oau-refugee-convention-1969", "party_to", note="Date not recorded (not in the stored UNTS copy).",
                sources=[S + "au-status-oau-1969"]) for i in OAU_REST]
    R.append(("oau-refugee-convention-1969", oau))

    # ---- Kampala
    kam = []
    for iso, (sig, rat) in KAMPALA.items():
        if rat:
            note = None
            if iso == "GNB":
                note = "The AU list gives ratification 2011-12-23, before the signature 2012-01-04 (deposit 2012-01-04)."
            if iso in ("CMR", "SWZ", "MWI", "NER"):
                note = "No deposit date shown in the AU list copy."
            if iso == "TCD":
                note = "GENIDA (2021) lists Chad as neither signatory nor party; the AU list is followed."
            kam.append(rel(iso, "kampala-convention", "party_to", rat, note=note, sources=[S + "africanlii-kampala-status"]))
        else:
            kam.append(rel(iso, "kampala-convention", "signatory_of", sig, sources=[S + "africanlii-kampala-status"]))
    for iso in KAMPALA_GENIDA_PARTIES:
        kam.append(rel(iso, "kampala-convention", "party_to", note="Ratification date not in the stored copies.",
                       sources=[S + "genida-kampala-2021"]))
    for iso in KAMPALA_GENIDA_SIGNATORIES:
        kam.append(rel(iso, "kampala-convention", "signatory_of", note="Signature date not in the stored copies.",
                       sources=[S + "genida-kampala-2021"]))
    R.append(("kampala-convention", kam))

    # ---- ECOWAS protocols
    eco_note = ("Modelled from ECOWAS membership: ECOWAS member states are parties to the Community's free movement "
                "protocols (founding-state ratifications); ratification date not recorded.")
    ecos = {
        "ecowas-free-movement-protocol-1979": None,
        "ecowas-supplementary-protocol-1985": None,
        "ecowas-supplementary-protocol-1986": None,
        "ecowas-supplementary-protocol-1989": None,
        "ecowas-supplementary-protocol-1990": None,
    }
    for target in ecos:
        rels = []
        for iso in ECOWAS_1979:
            until, note, srcs = None, eco_note, [S + "ecowas-protocols"]
            if iso == "MRT":
                until = "2000-12"
                note += " Mauritania withdrew from ECOWAS with effect from December 2000 (COW IGO data: 2002)."
            if iso in AES:
                until = "2025-01-29"
                note += " Withdrew from ECOWAS with effect from 29 January 2025 (ECOWAS kept free movement arrangements pending further notice)."
                srcs = srcs + [S + "ecowas-aes-withdrawal-2025"]
            rels.append(rel(iso, target, "party_to", until=until, note=note, sources=srcs))
        R.append((target, rels))

    # ---- AU free movement protocol
    fmp = [rel(i, "au-free-movement-protocol-2018", "party_to",
               note="Ratification date not recorded; the number of ratifications (4, July 2022) matches UNECA, which does not name them.",
               sources=[S + "au-status-fmp-2018"]) for i in ["MLI", "NER", "RWA", "STP"]]
    R.append(("au-free-movement-protocol-2018", fmp))

    # ---- EAC common market protocol
    eac = [rel(i, "eac-common-market-protocol", "party_to", "2010-07-01",
               note="Signed 2009-11-20; since = entry into force for all five partner states (ratification dates not recorded).",
               sources=[S + "eac-cmp"]) for i in ["BDI", "KEN", "RWA", "TZA", "UGA"]]
    R.append(("eac-common-market-protocol", eac))

    # ---- MERCOSUR residence agreement
    mer = [rel(i, "mercosur-residence-agreement", "party_to", "2009",
               note="Year of entry into force for the four States Parties (ratification dates not recorded).",
               sources=[S + "mercosur-residence"]) for i in ["ARG", "BRA", "PRY", "URY"]]
    R.append(("mercosur-residence-agreement", mer))

    # ---- Schengen
    sch = []
    for iso, d in SCHENGEN:
        note = "since = date from which the state applies the Schengen acquis in full."
        if iso in ("CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"):
            note += " Land and sea borders 21 Dec 2007; air borders 30 March 2008."
        if iso == "CHE":
            note += " Land borders 12 Dec 2008; air borders 29 March 2009."
        if iso in ("BGR", "ROU"):
            note += " Air and sea borders from 31 March 2024; land border controls lifted 1 January 2025."
        if iso in ("ISL", "NOR", "CHE", "LIE"):
            note += " Non-EU state associated by agreement."
        sch.append(rel(iso, "schengen-convention", "party_to", d, note=note, sources=[S + "ec-schengen-area"]))
    R.append(("schengen-convention", sch))

    n_oau, n_kam_p = len(oau), sum(1 for r in kam if r["type"] == "party_to")
    n_kam_s = len(kam) - n_kam_p
    E = S + "ecowas-protocols"
    instruments = [
        inst(id="oau-refugee-convention-1969", name="OAU Convention Governing the Specific Aspects of Refugee Problems in Africa",
             aliases=["1969 OAU Refugee Convention", "OAU Refugee Convention"], kind="convention", binding=True, scope="regional",
             adopted="1969-09-10", in_force="1974-06-20", adopted_by="oau",
             policy_areas=["refugees", "asylum", "return_reintegration", "human_rights"], gcm_objectives=[],
             url="https://au.int/en/treaties/oau-convention-governing-specific-aspects-refugee-problems-africa",
             note=f"Adopted at Addis Ababa by the OAU Assembly of Heads of State and Government; UNTS no. 14691. The AU "
                  f"status list counts 46 states parties (not read here). This file has {n_oau}: 29 with dates read from "
                  f"the UNTS record (Algeria to Mozambique) and 17 without dates from knowledge.",
             sources=[S + "unts-14691"]),
        inst(id="kampala-convention", name="African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
             aliases=["Kampala Convention"], kind="convention", binding=True, scope="regional",
             adopted="2009-10-23", in_force="2012-12-06", adopted_by="au",
             policy_areas=["crisis", "climate_disaster", "human_rights"], gcm_objectives=[2],
             url="https://au.int/en/treaties/african-union-convention-protection-and-assistance-internally-displaced-persons-africa",
             note=f"Adopted by the Special Summit of the AU in Kampala. The AU status list (AfricanLII copy, 2024-07-08) "
                  f"counts 34 ratifications and 40 signatures. This file has {n_kam_p} parties (27 dated from the AU list, "
                  f"6 undated from GENIDA 2021) and {n_kam_s} signatories only. Missing: the Sahrawi Arab Democratic "
                  f"Republic (an AU member and party per GENIDA; no state id in this dataset).",
             sources=[S + "au-kampala-page", S + "africanlii-kampala-status"]),
        inst(id="ecowas-free-movement-protocol-1979", name="Protocol relating to Free Movement of Persons, Residence and Establishment",
             acronym="A/P.1/5/79", aliases=["ECOWAS Free Movement Protocol", "Protocol A/P.1/5/79"], kind="protocol",
             binding=True, scope="regional", adopted="1979-05-29", in_force="1980", adopted_by="ecowas",
             policy_areas=["free_movement", "border_management", "regular_pathways", "labour_migration"],
             gcm_objectives=[5, 11, 23],
             note="Adopted in Dakar. Three phases: right of entry without visa (90 days), right of residence, right of "
                  "establishment. Parties modelled as the 16 ECOWAS member states of 1979 (founding-state ratifications); "
                  "ratification dates not recorded.",
             sources=[E]),
        inst(id="ecowas-supplementary-protocol-1985", name="Supplementary Protocol on the Code of Conduct for the Implementation of the Protocol on Free Movement of Persons, the Right of Residence and Establishment",
             acronym="A/SP.1/7/85", kind="protocol", binding=True, scope="regional", adopted="1985-07-06", adopted_by="ecowas",
             policy_areas=["free_movement", "border_management", "migrant_rights", "return_reintegration"],
             gcm_objectives=[4, 5, 11, 21], supplements=["ecowas-free-movement-protocol-1979"],
             note="Adopted in Lomé. Parties modelled from ECOWAS membership (ratification status per state not verified).",
             sources=[E]),
        inst(id="ecowas-supplementary-protocol-1986", name="Supplementary Protocol on the Second Phase (Right of Residence) of the Protocol on Free Movement of Persons, the Right of Residence and Establishment",
             acronym="A/SP.1/7/86", kind="protocol", binding=True, scope="regional", adopted="1986-07-01", adopted_by="ecowas",
             policy_areas=["free_movement", "labour_migration", "integration", "migrant_rights"],
             gcm_objectives=[5, 6, 16], supplements=["ecowas-free-movement-protocol-1979"],
             note="Adopted in Abuja. Parties modelled from ECOWAS membership (ratification status per state not verified).",
             sources=[E]),
        inst(id="ecowas-supplementary-protocol-1989", name="Supplementary Protocol amending and complementing Article 7 of the Protocol on Free Movement of Persons, the Right of Residence and Establishment",
             acronym="A/SP.1/6/89", kind="protocol", binding=True, scope="regional", adopted="1989-06-30", adopted_by="ecowas",
             policy_areas=["free_movement"], gcm_objectives=[5], supplements=["ecowas-free-movement-protocol-1979"],
             amends=["ecowas-free-movement-protocol-1979"],
             note="Adopted in Abuja. Parties modelled from ECOWAS membership (ratification status per state not verified).",
             sources=[E]),
        inst(id="ecowas-supplementary-protocol-1990", name="Supplementary Protocol on the Implementation of the Third Phase (Right of Establishment) of the Protocol on Free Movement of Persons, the Right of Residence and Establishment",
             acronym="A/SP.2/5/90", kind="protocol", binding=True, scope="regional", adopted="1990-05-29", adopted_by="ecowas",
             policy_areas=["free_movement", "labour_migration"], gcm_objectives=[5], supplements=["ecowas-free-movement-protocol-1979"],
             note="Adopted in Banjul. Parties modelled from ECOWAS membership (ratification status per state not verified).",
             sources=[E]),
        inst(id="au-free-movement-protocol-2018", name="Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
             aliases=["AU Free Movement Protocol", "AU Free Movement of Persons Protocol"], kind="protocol", binding=True,
             scope="regional", adopted="2018-01-29", adopted_by="au",
             policy_areas=["free_movement", "labour_migration", "regular_pathways", "integration"],
             gcm_objectives=[5, 18, 22, 23],
             note="Adopted in Addis Ababa by the AU Assembly; opened for signature at the Kigali extraordinary summit of "
                  "March 2018. Not in force (15 ratifications needed). About 32 signatories (not entered) and 4 "
                  "ratifications (UNECA, July 2022): Mali, Niger, Rwanda, São Tomé and Príncipe, entered without dates.",
             sources=[S + "au-status-fmp-2018", S + "uneca-au-fmp-2023"]),
        inst(id="sadc-facilitation-protocol-2005", name="Protocol on the Facilitation of Movement of Persons",
             aliases=["SADC Protocol on the Facilitation of Movement of Persons"], kind="protocol", binding=True,
             scope="regional", adopted="2005-08", adopted_by="sadc",
             policy_areas=["free_movement", "border_management", "regular_pathways"], gcm_objectives=[5, 11, 23],
             note="Not in force. No signatories or parties entered (list not available here).",
             sources=[S + "sadc-protocol-2005"]),
        inst(id="eac-common-market-protocol", name="Protocol on the Establishment of the East African Community Common Market",
             aliases=["EAC Common Market Protocol"], kind="protocol", binding=True, scope="regional",
             adopted="2009-11-20", in_force="2010-07-01", adopted_by="eac",
             policy_areas=["free_movement", "labour_migration", "regular_pathways"], gcm_objectives=[5, 18, 23],
             note="Covers free movement of persons and labour, rights of establishment and residence. Parties: the five "
                  "partner states of 2009; later EAC members (South Sudan, DR Congo, Somalia) not entered.",
             sources=[S + "eac-cmp"]),
        inst(id="mercosur-residence-agreement", name="Agreement on Residence for Nationals of MERCOSUR States Parties",
             aliases=["Acuerdo sobre Residencia para Nacionales de los Estados Partes del MERCOSUR", "MERCOSUR Residence Agreement"],
             kind="agreement", binding=True, scope="regional", adopted="2002-12-06", in_force="2009", adopted_by="mercosur",
             policy_areas=["free_movement", "regular_pathways", "integration", "migrant_rights"], gcm_objectives=[5, 7, 16],
             note="Signed in Brasília (CMC Decision 28/02); in force 2009 for the four States Parties. Accessions of "
                  "associated states not entered.",
             sources=[S + "mercosur-residence"]),
        inst(id="schengen-convention", name="Convention implementing the Schengen Agreement of 14 June 1985",
             acronym="CISA", aliases=["Schengen Convention", "Schengen Implementing Convention"], kind="convention",
             binding=True, scope="regional", adopted="1990-06-19", in_force="1993-09-01",
             policy_areas=["free_movement", "border_management", "asylum", "smuggling"], gcm_objectives=[9, 11, 23],
             note="Signed at Schengen by Belgium, France, Germany, Luxembourg and the Netherlands; applied from 26 March "
                  "1995; integrated into the EU framework by the Treaty of Amsterdam (1999). party_to since = date of full "
                  "application of the Schengen acquis by each state (29 states as of 1 January 2025). Cyprus and Ireland "
                  "not entered.",
             sources=[S + "ec-schengen-area"]),
    ]
    header = ("# Regional migration instruments (Africa, South America, Europe) and their parties.\n"
              "# GENERATED by tools/data/build_instruments_regional.py. Edit the script, not this file.\n")
    write(OUT, header, SOURCES, instruments, R)
    print(OUT, {k: len(v) for k, v in R})


if __name__ == "__main__":
    main()
