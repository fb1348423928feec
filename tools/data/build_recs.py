#!/usr/bin/env python3
"""Build data/actors/recs.yaml (regional economic communities and regional organisations).

Inputs (in data/sources; see its README for provenance):
  * cow_igo_memberships_1945_2014.csv  -- Correlates of War IGO v3 spells (years only, ends 2014)
  * ecowas_membership_1995_2019.csv    -- ECOWAS membership dummies (cross-check only)
  * rcp_memberships_extracted.csv      -- dated REC changes (body_type == rec), each with its URL

Memberships up to 2014 come from COW (year precision, checked: true) plus the organisation's own
membership page as primary source (checked: false, not read here). Founding members get the date of
the founding treaty. Known COW coding problems are corrected in OVERRIDES / DROP below, each with a
note. Later changes (and corrections) are in MANUAL_RELATIONS, with their own sources.

Usage:  python tools/data/build_recs.py [--sources DIR] [--actors DIR]
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from repo_paths import builder_args


COW_NOTE = ("values read from a copy: data/sources/cow_igo_memberships_1945_2014.csv "
            "(COW IGO v3 state-year data via igoR); years only; the data end in 2014")

# ----------------------------------------------------------------------------------------------
# Named sources (keys prefixed with the file stem)
# ----------------------------------------------------------------------------------------------
SOURCES: dict[str, dict] = {
    "recs/cow-igo-v3": {
        "title": "Correlates of War Intergovernmental Organizations data v3 (Pevehouse, Nordstrom, "
                 "McManus & Jamison 2020), state-year format",
        "url": "https://correlatesofwar.org/data-sets/igos/",
        "as_of": 2014,
        "checked": True,
        "note": COW_NOTE,
    },
    # --- organisations' own membership pages (primary; not read here) ---
    "recs/au-members": {"title": "African Union: Member States", "url": "https://au.int",
                        "as_of": 2025, "checked": False},
    "recs/oau-charter": {"title": "Charter of the Organization of African Unity (Addis Ababa, 25 May 1963)",
                         "publication": "OAU Charter, 479 UNTS 39; OAU succeeded by the African Union on 9 July 2002",
                         "as_of": 2002, "checked": False},
    "recs/amu-treaty": {"title": "Treaty establishing the Arab Maghreb Union (Marrakesh, 17 February 1989)",
                        "publication": "Treaty instituting the Arab Maghreb Union, Marrakesh, 17 February 1989",
                        "as_of": 2025, "checked": False},
    "recs/censad-treaty": {"title": "Community of Sahel-Saharan States (CEN-SAD): founding at Tripoli, 4 February 1998",
                           "publication": "CEN-SAD founding summit, Tripoli, 4 February 1998 (Libya, Mali, Niger, Chad, Sudan, Burkina Faso)",
                           "as_of": 2025, "checked": False},
    "recs/comesa-members": {"title": "COMESA: Member States", "url": "https://www.comesa.int",
                            "as_of": 2025, "checked": False},
    "recs/eac-partner-states": {"title": "East African Community: Partner States", "url": "https://www.eac.int",
                                "as_of": 2025, "checked": False},
    "recs/eccas-members": {"title": "Economic Community of Central African States (ECCAS/CEEAC): Member States",
                           "publication": "Treaty establishing the Economic Community of Central African States, Libreville, 18 October 1983",
                           "as_of": 2025, "checked": False},
    "recs/ecowas-reliefweb": {
        "title": "ReliefWeb: ECOWAS (organisation description, reproducing ECOWAS's own history text)",
        "url": "https://reliefweb.int/organization/ecowas",
        "as_of": 2019, "checked": True,
        "note": "stored copy read here (search corpus 'pages'): Treaty of Lagos signed 28 May 1975 by 15 states; "
                "'Cabo Verde joined the union in 1977'; 'Mauritania withdrew in December 2000'; Mauritania "
                "'signed a new associate-membership agreement in August 2017'. Page date not shown (after 2017)."},
    "recs/ecowas-members": {"title": "ECOWAS: Member States", "url": "https://www.ecowas.int",
                            "as_of": 2025, "checked": False,
                            "note": "cross-check: data/sources/ecowas_membership_1995_2019.csv (cites https://www.ecowas.int/about-ecowas/history/)"},
    "recs/igad-members": {"title": "IGAD: Member States", "url": "https://igad.int", "as_of": 2025, "checked": False},
    "recs/igad-migration-about": {
        "title": "IGAD Migration: About (IGAD is composed of 8 countries)",
        "url": "http://migration.igad.int/about/", "as_of": 2020, "checked": True,
        "note": "values read from a copy: data/sources/rcp_memberships_extracted.csv (page date not shown)"},
    "recs/sadc-members": {"title": "SADC: Member States", "url": "https://www.sadc.int", "as_of": 2025, "checked": False},
    "recs/eu-countries": {"title": "European Union: EU countries",
                          "url": "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
                          "as_of": 2025, "checked": False},
    "recs/asean-members": {"title": "ASEAN: Member States", "url": "https://asean.org", "as_of": 2025, "checked": False},
    "recs/mercosur-paises": {
        "title": "MERCOSUL: Países do MERCOSUL (Estados Partes e Estados Associados)",
        "url": "https://mercosur.int/pt-br/quem-somos/paises-do--mercosul",
        "as_of": 2023, "checked": True,
        "note": "stored copy read here (search corpus 'pages'). Page date not shown; it still lists Bolivia as "
                "'em processo de adesão', so it predates Bolivia's entry into force (2024). Venezuela marked "
                "suspended under art. 5 of the Ushuaia Protocol."},
    "recs/can-members": {"title": "Comunidad Andina: Países miembros", "url": "https://www.comunidadandina.org",
                         "as_of": 2025, "checked": False},
    "recs/caricom-rtaexchange": {
        "title": "RTA Exchange (IDB/ICTSD): Caribbean Community (CARICOM), member countries with dates of entry into force",
        "url": "https://rtaexchange.org/acuerdo/view?id=31", "as_of": 2018, "checked": True,
        "note": "stored copy read here (search corpus 'pages'); dates match the table reproduced from CARICOM's "
                "site at caribelect.easycgi.com/education/integration/caricom.asp except Antigua and Barbuda "
                "(both 4 July 1974) and Haiti (RTA Exchange 1 July 2002, caribelect 3 July 2002, other copies "
                "2 July 2002: month only kept)."},
    "recs/caricom-members": {"title": "CARICOM: Member States and Associate Members",
                             "url": "https://caricom.org", "as_of": 2025, "checked": False},
    "recs/sica-members": {"title": "SICA: Estados miembros", "url": "https://www.sica.int", "as_of": 2025, "checked": False},
    "recs/gcc-members": {
        "title": "The National (2021) 'Rejuvenation of the GCC a boon for regional interests'; ECSSR (2014) on the GCC founding in Abu Dhabi, 25 May 1981",
        "url": "https://www.thenationalnews.com/gulf-news/rejuvenation-of-the-gcc-a-boon-for-regional-interests-1.1229773",
        "as_of": 2021, "checked": True,
        "note": "values read from a copy: data/sources/rcp_and_regional_body_members_partial.csv (six founding "
                "members; founding date from https://www.ecssr.ae/en/reports_analysis/securing-the-larger-interest-of-the-gulf-region/). "
                "Primary: GCC Secretariat-General, https://www.gcc-sg.org (not read here)."},
    "recs/saarc-members": {"title": "SAARC Secretariat: Member States and Observers", "url": "https://www.saarc-sec.org",
                           "as_of": 2025, "checked": False},
    "recs/pif-members": {"title": "Pacific Islands Forum Secretariat: Forum Members", "url": "https://www.forumsec.org",
                         "as_of": 2025, "checked": False},
    "recs/pif-adb": {
        "title": "ADB ARIC: Pacific Islands Forum Secretariat (founding members)",
        "url": "https://aric.adb.org/initiative/pacific-islands-forum-secretariat", "as_of": 2018, "checked": True,
        "note": "stored copy read here: 'Founding members ... were Australia, Cook Islands, Fiji, Nauru, New Zealand, "
                "Tonga and Western Samoa'. Founding date 5 August 1971 (Wellington) read in the stored CQ Press "
                "Political Handbook entry https://sk.sagepub.com/cqpress/political-handbook-of-the-world-2020-2021/i8859.xml"},
    "recs/oecs-members": {"title": "OECS: Member States", "url": "https://www.oecs.int", "as_of": 2025, "checked": False},
    "recs/oacps-members": {"title": "OACPS: Member States", "url": "https://www.oacps.org", "as_of": 2025, "checked": False},
    "recs/au-rec-protocol": {
        "title": "Protocol on Relations between the African Union and the Regional Economic Communities (2008); AU decision recognising eight RECs (Banjul, July 2006)",
        "publication": "AU Protocol on Relations between the AU and the RECs, 2008; Assembly/AU/Dec.112(VII), Banjul 2006",
        "as_of": 2025, "checked": False},
    "recs/eu-acp-agreements": {
        "title": "ACP-EU Partnership Agreement (Cotonou, 23 June 2000) and its successor, the OACPS-EU Partnership Agreement (Samoa, 15 November 2023)",
        "publication": "Cotonou Agreement, OJ L 317, 15.12.2000; Samoa Agreement signed Apia, 15 November 2023",
        "as_of": 2024, "checked": False},
}


def _src_inline(title, url, as_of, checked=True, note=None):
    d = {"title": title, "url": url, "as_of": as_of, "checked": checked}
    if note:
        d["note"] = note
    return d


def csv_src(title, url, as_of, note="values read from a copy: data/sources/rcp_memberships_extracted.csv"):
    """A page whose relevant sentence is copied in rcp_memberships_extracted.csv (read here)."""
    return _src_inline(title, url, as_of, True, note)


def page_src(title, url, as_of, note="stored copy read here (search corpus 'pages')"):
    return _src_inline(title, url, as_of, True, note)


# ----------------------------------------------------------------------------------------------
# Organisations
# ----------------------------------------------------------------------------------------------
# id: (cow code or None, founding date used for founding members, members source key)
ORGS = {
    "au": ("AU", "2002-07-09", "recs/au-members"),
    "oau": ("OAU", "1963-05-25", "recs/oau-charter"),
    "amu": ("AMU", "1989-02-17", "recs/amu-treaty"),
    "cen-sad": (None, "1998-02-04", "recs/censad-treaty"),
    "comesa": ("COMESA", "1994-12-08", "recs/comesa-members"),
    "eac": ("EAC", "2000-07-07", "recs/eac-partner-states"),
    "eccas": ("ECCAS", "1983-10-18", "recs/eccas-members"),
    "ecowas": ("ECOWAS", "1975-05-28", "recs/ecowas-members"),
    "igad": ("IGAD", None, "recs/igad-members"),
    "sadc": ("SADC", "1992-08-17", "recs/sadc-members"),
    "eu": ("EU", "1993-11-01", "recs/eu-countries"),
    "asean": ("ASEAN", "1967-08-08", "recs/asean-members"),
    "mercosur": ("Mercosur", "1991-03-26", "recs/mercosur-paises"),
    "can": ("Andean", "1969-05-26", "recs/can-members"),
    "caricom": ("CARICOM", None, "recs/caricom-rtaexchange"),
    "sica": ("SICA", "1991-12-13", "recs/sica-members"),
    "gcc": ("GCC", "1981-05-25", "recs/gcc-members"),
    "saarc": ("SAARC", "1985-12-08", "recs/saarc-members"),
    "pif": ("PIF", "1971-08-05", "recs/pif-members"),
    "oecs": ("OECS", "1981-06-18", "recs/oecs-members"),
    "oacps": ("ACP", None, "recs/oacps-members"),
}
# year in which COW first codes the founding members (founding date replaces it)
FOUNDING_COW_YEAR = {"au": 2002, "oau": 1963, "amu": 1989, "comesa": 1994, "eccas": 1985,
                     "ecowas": 1975, "sadc": 1992, "eu": 1993, "asean": 1967, "mercosur": 1991,
                     "can": 1970, "sica": 1991, "gcc": 1981, "saarc": 1985, "pif": 1971, "oecs": 1981}
# last year COW codes the organisation at all (a spell ending then is not a withdrawal)
COW_LAST_CODED = defaultdict(lambda: 2014, {"eccas": 2011, "oacps": 2013})

ACTORS = [
    dict(id="au", name="African Union", acronym="AU", region="Africa", founded="2002-07-09",
         url="https://au.int",
         note="Constitutive Act adopted at Lomé on 11 July 2000, in force 26 May 2001; the Union was launched "
              "at Durban on 9 July 2002, succeeding the OAU. The AU recognises eight RECs as "
              "building blocks of the African Economic Community (see coordinates_with relations).",
         sources=["recs/au-members"]),
    dict(id="oau", name="Organization of African Unity", acronym="OAU", region="Africa",
         founded="1963-05-25", dissolved="2002-07-09",
         note="Charter signed at Addis Ababa on 25 May 1963; replaced by the African Union on 9 July 2002.",
         sources=["recs/oau-charter"]),
    dict(id="amu", name="Arab Maghreb Union", acronym="AMU", aliases=["Union du Maghreb Arabe", "UMA"],
         region="Africa (Maghreb)", founded="1989-02-17", sources=["recs/amu-treaty"]),
    dict(id="cen-sad", name="Community of Sahel-Saharan States", acronym="CEN-SAD", region="Africa (Sahel-Sahara)",
         founded="1998-02-04", note="Only the six founding states are recorded here; later members are not.",
         sources=["recs/censad-treaty"]),
    dict(id="comesa", name="Common Market for Eastern and Southern Africa", acronym="COMESA",
         region="Africa (Eastern and Southern)", founded="1994-12-08", url="https://www.comesa.int",
         note="Treaty signed at Kampala on 5 November 1993, in force 8 December 1994; successor of the "
              "Preferential Trade Area for Eastern and Southern Africa (PTA, 1981).",
         sources=["recs/comesa-members"]),
    dict(id="eac", name="East African Community", acronym="EAC", region="Africa (Eastern)",
         founded="2000-07-07", url="https://www.eac.int",
         note="Treaty for the Establishment of the EAC signed at Arusha on 30 November 1999, in force 7 July 2000 "
              "(date used for the founding members). An earlier EAC existed 1967-1977; the Permanent Tripartite "
              "Commission for East African Co-operation (1993/1996) preceded the Treaty.",
         sources=["recs/eac-partner-states"]),
    dict(id="eccas", name="Economic Community of Central African States", acronym="ECCAS",
         aliases=["CEEAC", "Communauté économique des États de l'Afrique centrale"], region="Africa (Central)",
         founded="1983-10-18", note="Treaty signed at Libreville on 18 October 1983; operational from 1985.",
         sources=["recs/eccas-members"]),
    dict(id="ecowas", name="Economic Community of West African States", acronym="ECOWAS",
         aliases=["CEDEAO"], region="Africa (Western)", founded="1975-05-28", url="https://www.ecowas.int",
         note="Treaty of Lagos, 28 May 1975; revised treaty Cotonou, 24 July 1993.",
         sources=["recs/ecowas-reliefweb", "recs/ecowas-members"]),
    dict(id="igad", name="Intergovernmental Authority on Development", acronym="IGAD", region="Africa (Horn and East)",
         founded=1996, url="https://igad.int",
         note="Successor (1996) of the Intergovernmental Authority on Drought and Development (IGADD), "
              "founded in 1986; memberships are counted from IGADD.",
         sources=["recs/igad-members"]),
    dict(id="sadc", name="Southern African Development Community", acronym="SADC", region="Africa (Southern)",
         founded="1992-08-17", url="https://www.sadc.int",
         note="SADC Treaty signed at Windhoek on 17 August 1992; successor of the Southern African Development "
              "Coordination Conference (SADCC, Lusaka, 1 April 1980).",
         sources=["recs/sadc-members"]),
    dict(id="eu", name="European Union", acronym="EU", region="Europe", founded="1993-11-01",
         url="https://european-union.europa.eu",
         note="Treaty on European Union (Maastricht) in force 1 November 1993. Predecessor: the European Economic "
              "Community (Treaty of Rome 1957, in force 1 January 1958); EEC accession years of the founding EU "
              "members are given in the notes of their member_of relations, not as separate relations.",
         sources=["recs/eu-countries"]),
    dict(id="asean", name="Association of Southeast Asian Nations", acronym="ASEAN", region="Asia (South-eastern)",
         founded="1967-08-08", url="https://asean.org", note="Bangkok Declaration, 8 August 1967.",
         sources=["recs/asean-members"]),
    dict(id="mercosur", name="Southern Common Market", acronym="MERCOSUR", aliases=["Mercosul", "Mercado Común del Sur"],
         region="Americas (South America)", founded="1991-03-26", url="https://www.mercosur.int",
         note="Treaty of Asunción, 26 March 1991.", sources=["recs/mercosur-paises"]),
    dict(id="can", name="Andean Community", acronym="CAN", aliases=["Comunidad Andina", "Andean Pact"],
         region="Americas (South America)", founded="1969-05-26", url="https://www.comunidadandina.org",
         note="Cartagena Agreement, 26 May 1969 (Andean Pact); Andean Community since 1996-1997.",
         sources=["recs/can-members"]),
    dict(id="caricom", name="Caribbean Community", acronym="CARICOM", region="Americas (Caribbean)",
         founded="1973-07-04", url="https://caricom.org",
         note="Treaty of Chaguaramas signed 4 July 1973, in force 1 August 1973; revised treaty 2001.",
         sources=["recs/caricom-rtaexchange", "recs/caricom-members"]),
    dict(id="sica", name="Central American Integration System", acronym="SICA",
         aliases=["Sistema de la Integración Centroamericana"], region="Americas (Central America)",
         founded="1991-12-13", url="https://www.sica.int", note="Tegucigalpa Protocol, 13 December 1991.",
         sources=["recs/sica-members"]),
    dict(id="gcc", name="Gulf Cooperation Council", acronym="GCC",
         aliases=["Cooperation Council for the Arab States of the Gulf"], region="Asia (Western)",
         founded="1981-05-25", url="https://www.gcc-sg.org", sources=["recs/gcc-members"]),
    dict(id="saarc", name="South Asian Association for Regional Cooperation", acronym="SAARC", region="Asia (Southern)",
         founded="1985-12-08", url="https://www.saarc-sec.org", note="SAARC Charter, Dhaka, 8 December 1985.",
         sources=["recs/saarc-members"]),
    dict(id="pif", name="Pacific Islands Forum", acronym="PIF", aliases=["South Pacific Forum"], region="Oceania",
         founded="1971-08-05", url="https://www.forumsec.org",
         note="Founded as the South Pacific Forum (Wellington, 5 August 1971); renamed in 1999/2000. Members "
              "that are not states in this dataset (Cook Islands, Niue, French Polynesia, New Caledonia) are not "
              "recorded.",
         sources=["recs/pif-adb", "recs/pif-members"]),
    dict(id="oecs", name="Organisation of Eastern Caribbean States", acronym="OECS", region="Americas (Caribbean)",
         founded="1981-06-18", url="https://www.oecs.int", note="Treaty of Basseterre, 18 June 1981.",
         sources=["recs/oecs-members"]),
    dict(id="oacps", name="Organisation of African, Caribbean and Pacific States", acronym="OACPS",
         aliases=["ACP Group", "African, Caribbean and Pacific Group of States"], region="Africa, Caribbean, Pacific",
         founded="1975-06-06", url="https://www.oacps.org",
         note="ACP Group created by the Georgetown Agreement of 6 June 1975; renamed OACPS when the revised "
              "Georgetown Agreement entered into force in April 2020.",
         sources=["recs/oacps-members"]),
]

# ----------------------------------------------------------------------------------------------
# Corrections of COW spells. Key: (org id, iso3, cow first_year). Values override fields.
#   since/until: replacement dates ("" = omit the date); note: appended; drop: reason (spell not used)
# ----------------------------------------------------------------------------------------------
OVR: dict[tuple, dict] = {
    # AU
    ("au", "GNQ", 2002): dict(until="", note="COW ends this spell in 2005; Equatorial Guinea remained an AU "
                              "member (treated as a coding artefact)."),
    ("au", "COD", 2002): dict(until="", note="COW codes DR Congo 2002 and again from 2006; the gap is treated as "
                              "a coding artefact (DR Congo has been an AU member throughout)."),
    ("au", "COD", 2006): dict(drop="merged into the 2002 spell"),
    ("au", "SSD", 2011): dict(since="2011-07", note="AU Commission received the requisite consents on 26 July 2011 "
                              "(announced 27 July); formal admission ceremony and deposit 15 August 2011. Month kept.",
                              extra_sources=[page_src("Xinhua/People's Daily: AU formally admits South Sudan as 54th member state",
                                                      "http://en.people.cn/90777/7570209.html", "2011-08-16")]),
    # OAU
    ("oau", "TZA", 1964): dict(since="1963-05-25", note="COW codes Tanzania from 1964 (union of Tanganyika and "
                               "Zanzibar); Tanganyika signed the Charter on 25 May 1963."),
    ("oau", "KEN", 1963): dict(since=1963, note="Kenya became independent in December 1963 and joined then "
                               "(not a 25 May 1963 signatory)."),
    ("oau", "TGO", 1963): dict(since=1963, note="Togo did not attend the founding conference and joined later in 1963."),
    ("oau", "COD", 1963): dict(until="2002-07-09", note="COW ends this spell in 1984; treated as a coding "
                               "artefact (Zaire/DR Congo did not leave the OAU)."),
    ("oau", "MAR", 1965): dict(until=1984, note="COW codes Morocco from 1965 (Morocco did not sign on 25 May 1963). "
                               "Morocco left the OAU in 1984 over the admission of the SADR."),
    # COMESA
    ("comesa", "SOM", 1994): dict(drop="COW codes Somalia from 1994 (it was a PTA member); Somalia was admitted "
                                  "to COMESA only in July 2018 (see manual relation)."),
    ("comesa", "SSD", 2011): dict(drop="COW codes South Sudan from 2011 (inherited from Sudan's coding); South "
                                  "Sudan is not among COMESA's 21 member states."),
    ("comesa", "ERI", 2010): dict(since="", note="COW codes Eritrea only from 2010; COMESA lists Eritrea among its "
                                  "members, but its joining date was not verified, so none is given."),
    ("comesa", "TZA", 1994): dict(until=2000, withdrew=2000, note="COW codes Tanzania to 1999; it withdrew in 2000 "
                                  "(year from knowledge, not verified)."),
    ("comesa", "LSO", 1994): dict(until=1997, withdrew=1997, note="COW codes Lesotho to 1996; withdrew 1997 (not verified)."),
    ("comesa", "MOZ", 1994): dict(until=1997, withdrew=1997, note="COW codes Mozambique to 1997; withdrew 1997 (not verified)."),
    ("comesa", "NAM", 1994): dict(until=2004, withdrew=2004, note="COW codes Namibia to 2003; withdrew 2004 (not verified)."),
    ("comesa", "AGO", 1994): dict(until=2007, withdrew=2007, note="COW codes Angola to 2006; withdrew 2007 (not verified)."),
    # EAC: COW's EAC rows for Zambia, Zimbabwe, Malawi, Lesotho, Botswana are not EAC memberships
    **{("eac", c, 1996): dict(drop="COW lists this state under EAC from 1996; it has never been an EAC Partner "
                              "State (coding error, not used).") for c in ["ZMB", "ZWE", "MWI", "LSO", "BWA"]},
    **{("eac", c, 1996): dict(since="2000-07-07", note="COW codes from 1996 (East African Co-operation); the EAC "
                              "Treaty (signed 30 November 1999) entered into force on 7 July 2000.")
       for c in ["KEN", "TZA", "UGA"]},
    ("eac", "BDI", 2007): dict(since="2007-07-01", note="Acceded 18 June 2007, full member 1 July 2007 (full date from knowledge)."),
    ("eac", "RWA", 2007): dict(since="2007-07-01", note="Acceded 18 June 2007, full member 1 July 2007 (full date from knowledge)."),
    # ECCAS: founding members signed at Libreville 1983; COW starts in 1985 (Gabon 1989) and stops in 2011
    ("eccas", "GAB", 1989): dict(since="1983-10-18", note="COW codes Gabon from 1989; Gabon signed the founding "
                                 "treaty at Libreville on 18 October 1983."),
    ("eccas", "RWA", 1985): dict(since="1983-10-18", until=2007, withdrew=2007,
                                 note="COW codes Rwanda continuously 1985-2011; Rwanda left ECCAS in 2007 (and rejoined in 2015).",
                                 extra_sources=[page_src("The New Times (Rwanda), 2013-11-08: Rwanda seeks to rejoin central African bloc",
                                                         "http://www.newtimes.co.rw/article/100007/National/rwanda-seeks-to-rejoin-central-african-bloc/amp",
                                                         "2013-11-08")]),
    # ECOWAS
    ("ecowas", "CPV", 1981): dict(since=1977, note="COW codes Cabo Verde from 1981; ECOWAS's own history text says "
                                  "Cabo Verde joined in 1977 (chosen). Other copies say 1976.",
                                  extra_sources=["recs/ecowas-reliefweb"]),
    ("ecowas", "MRT", 1975): dict(until="2000-12", withdrew="2000-12", withdrew_note="ECOWAS: Mauritania withdrew in December 2000 (announced December 1999). COW IGO ends the spell in 2002; ECOWAS's date chosen.",
                                  note="Mauritania withdrew in December 2000 (ECOWAS's history text; data/sources/"
                                       "ecowas_membership_1995_2019.csv also shows it out in 2000). COW ends the "
                                       "spell in 2002; ECOWAS's date chosen.",
                                  extra_sources=["recs/ecowas-reliefweb"]),
    ("ecowas", "MLI", 1975): dict(until="2025-01-29"),
    ("ecowas", "BFA", 1975): dict(until="2025-01-29", note="Joined as Upper Volta."),
    ("ecowas", "NER", 1975): dict(until="2025-01-29"),
    # IGAD: IGADD founded January 1986
    ("igad", "ERI", 1993): dict(until="2025-12-12"),
    # SADC
    ("sadc", "ZAF", 1996): dict(since=1994, note="COW codes South Africa from 1996; SADC gives 1994 (South Africa "
                                "joined at the August 1994 summit). SADC's year chosen (from knowledge)."),
    ("sadc", "MUS", 1999): dict(since=1995, note="COW codes Mauritius from 1999; SADC gives 1995 (chosen, from knowledge)."),
    ("sadc", "COD", 1999): dict(since=1997, note="COW codes DR Congo from 1999; admitted with Seychelles at the "
                                "September 1997 summit (chosen).",
                                extra_sources=[page_src("Irish Times: Seychelles and Congo in SADC",
                                                        "https://www.irishtimes.com/news/seychelles-and-congo-in-sadc-1.104892", 1997,
                                                        "stored copy read here; page date not shown (1997 summit in Malawi)")]),
    ("sadc", "SYC", 1997): dict(until="2004-07", withdrew="2004-07",
                                note="Seychelles left SADC in July 2004 and rejoined in 2008.",
                                extra_sources=[page_src("afrol News: Madagascar applies to join SADC (Seychelles leaving in July)",
                                                        "http://afrol.com/articles/13198", 2004)]),
    ("sadc", "MDG", 1992): dict(since=2005, until="", note="COW codes Madagascar from 1992, which is wrong: Madagascar's "
                                "membership was decided at the August 2005 summit (year chosen). COW's gap 2009-2013 "
                                "reflects the suspension (see suspended_from).",
                                extra_sources=[page_src("The New Humanitarian (IRIN), 2005-02-24: SADC discusses Madagascar's entry",
                                                        "https://www.thenewhumanitarian.org/news/2005/02/24/sadc-discusses-madagascars-entry",
                                                        "2005-02-24")]),
    ("sadc", "MDG", 2014): dict(drop="COW's second spell reflects the end of the 2009-2014 suspension; merged."),
    # EU: accession dates
    **{("eu", c, 2004): dict(since="2004-05-01") for c in ["POL", "HUN", "CZE", "SVK", "MLT", "SVN", "CYP", "EST", "LVA", "LTU"]},
    **{("eu", c, 1995): dict(since="1995-01-01") for c in ["AUT", "FIN", "SWE"]},
    **{("eu", c, 2007): dict(since="2007-01-01") for c in ["BGR", "ROU"]},
    ("eu", "HRV", 2013): dict(since="2013-07-01"),
    ("eu", "GBR", 1993): dict(until="2020-01-31"),
    # ASEAN
    ("asean", "BRN", 1984): dict(since="1984-01-07"),
    ("asean", "VNM", 1995): dict(since="1995-07-28"),
    ("asean", "LAO", 1997): dict(since="1997-07-23"),
    ("asean", "MMR", 1997): dict(since="1997-07-23"),
    ("asean", "KHM", 1999): dict(since="1999-04-30"),
    ("asean", "TLS", 2002): dict(drop="COW codes Timor-Leste as observer from 2002; the formal ASEAN observer status "
                                 "was granted in 2022 (manual relation, chosen)."),
    # MERCOSUR: COW codes Chile and Bolivia as full members from 1998; they were associate states (1996)
    ("mercosur", "CHL", 1998): dict(drop="COW codes Chile as a full member from 1998; Chile is an associate state "
                                    "since 1996 (manual observer_of relation)."),
    ("mercosur", "BOL", 1998): dict(drop="COW codes Bolivia as a full member from 1998; Bolivia was an associate "
                                    "state from 1996 and a full State Party only from 2024 (manual relations)."),
    ("mercosur", "VEN", 2012): dict(since="2012-07-31", note="Full member from 31 July 2012 (Rio de Janeiro).",
                                    extra_sources=[page_src("Reuters via Chicago Tribune, 2012-06-29: Mercosur welcomes Venezuela, suspends Paraguay",
                                                            "http://articles.chicagotribune.com/2012-06-29/news/sns-rt-mercosur-pix-tvl2e8htcw9-20120629_1_uruguay-and-paraguay-trade-bloc-mercosur",
                                                            "2012-06-29")]),
    # CAN
    ("can", "CHL", 1970): dict(since="1969-05-26", until=1976, withdrew=1976,
                               note="COW codes Chile 1970-1975; Chile withdrew from the Andean Pact in 1976 (October)."),
    ("can", "VEN", 1973): dict(until=2006, withdrew=2006,
                               note="COW codes Venezuela 1973-2005; Venezuela announced its withdrawal in April 2006."),
    # CARICOM: dates of entry into force from RTA Exchange (COW codes small states from independence)
    **{("caricom", c, 1973): dict(since="1973-08-01") for c in ["BRB", "GUY", "JAM", "TTO"]},
    **{("caricom", c, y): dict(since="1974-05-01", note=f"COW codes from {y} (independence); joined 1 May 1974.")
       for c, y in [("BLZ", 1981), ("DMA", 1978), ("LCA", 1979), ("VCT", 1979)]},
    ("caricom", "GRD", 1974): dict(since="1974-05-01"),
    ("caricom", "ATG", 1981): dict(since="1974-07-04", note="COW codes from 1981 (independence); joined 4 July 1974."),
    ("caricom", "KNA", 1983): dict(since="1974-07-26", note="COW codes from 1983 (independence); joined 26 July 1974 "
                                   "(as St Kitts-Nevis-Anguilla)."),
    ("caricom", "BHS", 1974): dict(since="1983-07-04", note="COW codes The Bahamas from 1974; it joined the Community "
                                   "(not the Common Market) on 4 July 1983 (chosen)."),
    ("caricom", "SUR", 1995): dict(since="1995-07-04"),
    ("caricom", "HTI", 2002): dict(since="2002-07", note="Sources give 1, 2 or 3 July 2002; month kept."),
    # SAARC
    ("saarc", "AFG", 2007): dict(since="2007-04-03", note="Admitted at the 14th Summit, New Delhi (8th member).",
                                 extra_sources=[page_src("Embassy of Afghanistan (Washington): Afghanistan joins SAARC (ceremony of 3 April 2007, 8th member)",
                                                         "http://www.embassyofafghanistan.org/04-04newssaarc/", "2007-04")]),
    # OECS
    ("oecs", "KNA", 1983): dict(since="1981-06-18", note="COW codes from 1983 (independence); St Kitts and Nevis "
                                "signed the Treaty of Basseterre in 1981."),
    # PIF: COW codes some small states from their UN admission
    ("pif", "NRU", 1999): dict(since="1971-08-05", note="Founding member; COW codes Nauru only from 1999 (UN admission).",
                               extra_sources=["recs/pif-adb"]),
    ("pif", "TON", 1999): dict(since="1971-08-05", note="Founding member; COW codes Tonga only from 1999 (UN admission).",
                               extra_sources=["recs/pif-adb"]),
    ("pif", "WSM", 1976): dict(since="1971-08-05", note="Founding member (as Western Samoa); COW codes from 1976.",
                               extra_sources=["recs/pif-adb"]),
    **{("pif", c, y): dict(since="", note=f"COW codes from {y}, the year of UN admission; the Forum joining year "
                           "is earlier and was not verified, so none is given.")
       for c, y in [("KIR", 1999), ("TUV", 2000), ("FSM", 1991), ("MHL", 1991)]},
    # OACPS (ACP)
    ("oacps", "GUY", 1975): dict(until="", note="COW ends this spell in 2005 (artefact): Guyana is a founding member "
                                 "(Georgetown Agreement)."),
    **{("oacps", c, y): dict(since="", note=f"COW codes from {y} (UN admission or a coding artefact); the ACP "
                             "joining year was not verified, so none is given.")
       for c, y in [("LCA", 2006), ("KIR", 1999), ("TUV", 2000), ("TON", 1999)]},
}

# EEC notes for EU founding members (from the COW EEC spells)
EEC_NOTE = True


# ----------------------------------------------------------------------------------------------
# Manual relations (post-2014 changes, corrections, members not in COW). Sources inline or keyed.
# ----------------------------------------------------------------------------------------------
def manual_relations():
    R = []

    def add(source, target, type_, since=None, until=None, sources=(), note=None, role=None):
        d = {"source": source, "target": target, "type": type_}
        if since not in (None, ""):
            d["since"] = since
        if until not in (None, ""):
            d["until"] = until
        if role:
            d["role"] = role
        if note:
            d["note"] = note
        d["sources"] = list(sources)
        R.append(d)

    # ---------------- AU ----------------
    mar = [csv_src("Albawaba, 2017-01-31: After 33-year absence, Morocco rejoins African Union",
                   "https://www.albawaba.com/news/after-33-year-absence-morocco-rejoins-african-union-931572", "2017-01-31"),
           csv_src("CCME, 2017-01-30: Morocco's return to the African Union (28th AU Summit)",
                   "https://ccme.org.ma/en/what-s-new/52558", "2017-01-30")]
    add("MAR", "au", "member_of", "2017-01-30", sources=["recs/au-members"] + mar,
        note="Readmitted at the 28th AU Summit, Addis Ababa (55th member).")
    add("MAR", "oau", "withdrew_from", 1984, sources=[mar[0]],
        note="Morocco left the OAU in 1984 over the admission of the SADR.")
    egy = page_src("Radio Vaticana, 2013-07-06: African Union suspends Egypt",
                   "http://www.radiovaticana.va/news/2013/07/06/african_union_suspends_egypt/en3-708240", "2013-07-06")
    egy2 = page_src("Egyptian Streets, 2014-06-18: African Union ends Egypt's membership suspension",
                    "https://egyptianstreets.com/?p=3464", "2014-06-18")
    add("EGY", "au", "suspended_from", "2013-07-05", "2014-06-17", [egy, egy2],
        note="Suspended by the Peace and Security Council on Friday 5 July 2013; lifted at its meeting of Tuesday 17 June 2014.")
    gnb = page_src("AFP via blog copy, 2014-06-18: Egypt readmitted to African Union (Guinea-Bissau also readmitted)",
                   "https://olumidefafore.blogspot.com/2014/06/egypt-readmitted-to-african-union.html", "2014-06-18")
    add("GNB", "au", "suspended_from", 2012, "2014-06-17", [gnb],
        note="Suspended after the April 2012 coup (year only); readmitted at the PSC meeting of 17 June 2014.")
    caf = page_src("Scoopak, 2013-07: African Union suspends Egypt membership (mentions CAR suspended in March)",
                   "https://scoopak.com/african-union-suspends-egypt-membership/", "2013-07")
    add("CAF", "au", "suspended_from", "2013-03", 2016, [caf],
        note="Suspended in March 2013 after the Seleka seizure of power; readmitted in 2016 after the elections "
             "(end year from knowledge, not verified).")
    add("MDG", "au", "suspended_from", 2009, 2014, [_src_inline("African Union Peace and Security Council communiqués on Madagascar (2009, 2014)",
                                                                "https://au.int", 2014, False)],
        note="Suspended after the March 2009 unconstitutional change of government; lifted January 2014 (years from knowledge).")
    add("MLI", "au", "suspended_from", "2012-03", "2012-10", [_src_inline("African Union Peace and Security Council communiqués on Mali (2012)",
                                                                          "https://au.int", 2012, False)],
        note="Suspended after the March 2012 coup, lifted in October 2012 (months from knowledge, not verified).")
    mli20 = page_src("TRT World (Reuters), 2021-06-02: African Union suspends Mali, threatens sanctions over military coup",
                     "https://www.trtworld.com/article/12765609", "2021-06-02")
    add("MLI", "au", "suspended_from", "2020-08", "2020-10", [mli20],
        note="Suspended after the August 2020 coup and reinstated 'a few weeks later' once the transitional "
             "civilian-led government was announced (October 2020; month of reinstatement from knowledge).")
    mli21 = page_src("Republic World, 2021-06-02: African Union suspends Mali after military coup (PSC 1001st meeting, 1 June 2021)",
                     "https://www.republicworld.com/world-news/rest-of-the-world-news/african-union-suspends-mali-after-military-coup-threatens-sanctions.html",
                     "2021-06-02")
    add("MLI", "au", "suspended_from", "2021-06-01", sources=[mli21],
        note="Still suspended in 2025 (AU statement on Gabon, April 2025, lists Mali among suspended states).")
    gin = [page_src("Nation (Kenya), 2021-09-10: African Union suspends Guinea after coup",
                    "https://nation.africa/kenya/news/africa/african-union-suspends-guinea-after-coup-3545602", "2021-09-10"),
           page_src("Exclusif.net (AFP), 2026-01: L'Union africaine lève ses sanctions contre la Guinée (PSC, jeudi 22 janvier)",
                    "https://www.exclusif.net/L-Union-africaine-leve-ses-sanctions-contre-la-Guinee-apres-la-presidentielle-de-fin-decembre_a60982.amp.html",
                    "2026-01-22"),
           page_src("Alexa.ng, 2026-01: AU PSC 1325th meeting (22 January 2026) lifts Guinea's suspension",
                    "https://www.alexa.ng/2026/01/african-union-recommends-lifting.html", "2026-01-22")]
    add("GIN", "au", "suspended_from", "2021-09-10", "2026-01-22", gin,
        note="Suspended after the 5 September 2021 coup; suspension lifted by the PSC on 22 January 2026 after the "
             "December 2025 presidential election.")
    sdn19 = page_src("Sudan Tribune, 2019-09-06: African Union lifts suspension of Sudan's membership",
                     "http://sudantribune.com/spip.php?article68068", "2019-09-06")
    add("SDN", "au", "suspended_from", "2019-06-06", "2019-09-06", [sdn19],
        note="Suspended on 6 June 2019 after the Khartoum sit-in massacre; lifted by the PSC (875th meeting) on "
             "6 September 2019 after the civilian-led cabinet was formed.")
    sdn21 = page_src("Al Jazeera, 2021-10-27: African Union suspends Sudan over coup",
                     "https://www.aljazeera.com/news/2021/10/27/african-union-suspends-sudan-over-coup", "2021-10-27")
    add("SDN", "au", "suspended_from", "2021-10-27", sources=[sdn21],
        note="Suspended after the 25 October 2021 coup (PSC 1041st meeting). Not known to be lifted.")
    bfa = page_src("Africanews, 2022-01-31: AU suspends Burkina Faso over military coup",
                   "https://www.africanews.com/2022/01/31/au-suspends-burkina-faso-over-military-coup/", "2022-01-31")
    add("BFA", "au", "suspended_from", "2022-01-31", sources=[bfa],
        note="Suspended after the 24 January 2022 coup. Still suspended in 2025.")
    ner = csv_src("Premium Times, 2023-08-22: Coup: AU suspends Niger",
                  "https://www.premiumtimesng.com/news/top-news/617336-coup-au-suspends-niger-urges-all-countries-to-boycott-junta.html",
                  "2023-08-22")
    add("NER", "au", "suspended_from", "2023-08-22", sources=[ner], note="Still suspended in 2025.")
    gab = [csv_src("Business Recorder, 2023-08-31: African Union says to immediately suspend Gabon after coup",
                   "https://www.brecorder.com/news/40260852/african-union-says-to-immediately-suspend-gabon-after-coup",
                   "2023-08-31"),
           page_src("TRT World (AFP), 2025-04-30: African Union lifts sanctions against Gabon",
                    "https://www.trtworld.com/article/935a95223d7c", "2025-04-30")]
    add("GAB", "au", "suspended_from", "2023-08-31", "2025-04-30", gab,
        note="Suspended after the 30 August 2023 coup; reinstated by the PSC (1,277th meeting) on 30 April 2025.")
    mdg25 = page_src("TASS, 2025-10-15: African Union suspends Madagascar's membership",
                     "https://tass.com/world/2030403", "2025-10-15")
    add("MDG", "au", "suspended_from", "2025-10-15", sources=[mdg25],
        note="Suspended 'with immediate effect' after the military takeover of 14 October 2025.")
    gnb25 = page_src("Anadolu (aNews), 2025-11-29: African Union suspends Guinea-Bissau over military coup",
                     "https://www.anews.com.tr/africa/2025/11/29/african-union-suspends-guinea-bissau-over-military-coup",
                     "2025-11-29")
    add("GNB", "au", "suspended_from", "2025-11", sources=[gnb25],
        note="PSC emergency session on Friday 28 November 2025, statement published 29 November; month kept.")

    # ---------------- ECOWAS ----------------
    wd = [csv_src("Hotjist (ECOWAS 66th Ordinary Session, Abuja, December 2024): the three countries will cease to be "
                  "members of ECOWAS from 29 January 2025", "https://hotjist.com/?p=160483", "2024-12"),
          csv_src("Afrinz, 2024-12: ECOWAS summit sets date for withdrawal of Mali, Burkina Faso and Niger",
                  "https://afrinz.ru/en/2024/12/ecowas-summit-sets-date-for-withdrawal-of-mali-burkina-faso-and-niger-from-the-union/",
                  "2024-12")]
    for c in ["MLI", "BFA", "NER"]:
        add(c, "ecowas", "withdrew_from", "2025-01-29", sources=wd,
            note="Withdrawal announced on 28 January 2024 (with Burkina Faso, Mali and Niger forming the "
                 "Alliance of Sahel States); effective 29 January 2025 under art. 91 of the revised Treaty, as "
                 "stated by the ECOWAS Commission. ECOWAS set a transition period to 29 July 2025.")
    add("MRT", "ecowas", "observer_of", "2017-08", role="associate", sources=["recs/ecowas-reliefweb"],
        note="Associate-membership agreement signed in August 2017.")
    mli_e = page_src("TRT World (Reuters), 2021-06-02: ... West African regional bloc ECOWAS suspended Mali on Sunday",
                     "https://www.trtworld.com/article/12765609", "2021-06-02")
    add("MLI", "ecowas", "suspended_from", "2021-05-30", "2025-01-29", [mli_e],
        note="Suspended at the Accra extraordinary summit (Sunday 30 May 2021). The suspension ended at the latest "
             "with Mali's withdrawal; whether it was lifted earlier was not verified.")
    gin_e = [page_src("Jowhar (AFP), 2021-09-10: African Union suspends Guinea ... after a similar move on Wednesday by ECOWAS",
                      "https://www.jowhar.com/world-news/african-union-suspends-guinea-after-coup-that-toppled-conde.html",
                      "2021-09-10")]
    add("GIN", "ecowas", "suspended_from", "2021-09", sources=gin_e,
        note="Suspended at the ECOWAS extraordinary summit of 8 September 2021 (one copy says the day before 10 "
             "September); month kept. Lifting not verified.")
    bfa_e = page_src("Daily Sabah, 2022-01-31: ... ECOWAS suspended Burkina Faso on Friday",
                     "https://www.dailysabah.com/world/africa/burkina-faso-kicked-out-of-african-union-over-military-coup",
                     "2022-01-31")
    add("BFA", "ecowas", "suspended_from", "2022-01-28", "2025-01-29", [bfa_e],
        note="Suspended on Friday 28 January 2022. The suspension ended at the latest with the withdrawal; "
             "whether it was lifted earlier was not verified.")
    gnb_e = page_src("Africanews, 2025-11-28: ECOWAS suspends Guinea-Bissau after army general seizes power",
                     "https://www.africanews.com/2025/11/28/ecowas-expels-guinea-bissau-after-army-general-seizes-power/",
                     "2025-11-28")
    add("GNB", "ecowas", "suspended_from", "2025-11-27", sources=[gnb_e],
        note="Suspended from all ECOWAS decision-making bodies by the Mediation and Security Council (virtual "
             "session, Thursday night 27 November 2025).")

    # ---------------- IGAD ----------------
    sas = csv_src("Small Arms Survey: Profiles of regional organizations, IGAD (information accurate as of 14 June 2012)",
                  "http://www.smallarmssurvey.org/tools/ro-poa/profiles-of-regional-organizations/africa/igad.html", "2012-06-14")
    add("SSD", "igad", "member_of", 2011, sources=[sas, "recs/igad-migration-about", "recs/igad-members"],
        note="South Sudan joined in 2011 (after independence, 9 July 2011).")
    eri_back = csv_src("TesfaNews, 2023-06-12: Eritrea resumes its IGAD membership",
                       "https://tesfanews.net/eritrea-resumes-its-igad-membership/", "2023-06-12")
    add("ERI", "igad", "suspended_from", 2007, "2023-06-12", [sas, eri_back],
        note="Self-suspension: 'In 2007 Eritrea suspended its IGAD membership'; resumed its seat at the Djibouti "
             "summit of 12 June 2023. COW codes Eritrea as a member throughout 1993-2014.")
    eri_out = [page_src("Africanews, 2025-12-13: Eritrea announces departure from IGAD regional bloc",
                        "https://www.africanews.com/2025/12/13/eritrea-announces-departure-from-igad-regional-bloc/", "2025-12-13"),
               page_src("US Africa Online, 2025-12-13: Eritrea withdraws from regional bloc (announced Friday 12 December 2025)",
                        "https://usafricaonline.com/2025/12/13/eritrea-withdraws-from-regional-bloc-amid-strained-ties-with-ethiopia",
                        "2025-12-13")]
    add("ERI", "igad", "withdrew_from", "2025-12-12", sources=eri_out,
        note="Withdrawal announced by Eritrea's foreign ministry on 12 December 2025; the date it takes legal effect "
             "under the IGAD Agreement was not verified (announcement date used).")

    # ---------------- EAC ----------------
    ssd = [csv_src("The New Times, 2016-09-05: South Sudan submits documents to officially join EAC",
                   "http://www.newtimes.co.rw/article/133294/News/south-sudan-submits-documents-to-officially-join-eac/amp",
                   "2016-09-05"),
           page_src("tralac, 2016-09: South Sudan deposits instruments of ratification on the accession to the EAC Treaty",
                    "https://tralac.org/news/article/10417-south-sudan-deposits-instruments-of-ratification-on-the-accession-to-the-eac-treaty.html",
                    "2016-09-05")]
    add("SSD", "eac", "member_of", "2016-09-05", sources=["recs/eac-partner-states"] + ssd,
        note="Admitted by the Summit on 2 March 2016; Treaty of Accession signed 15 April 2016; instrument of "
             "ratification deposited 5 September 2016, from which the EAC counts full and equal rights (date "
             "chosen, consistent with DR Congo and Somalia).")
    cod = [csv_src("COMESA RIA, 2022-07: Democratic Republic of Congo becomes the 7th member of EAC (ratification deposited 11 July 2022)",
                   "https://comesaria.org/blog/news/democratic-republic-of-congo-becomes-the-7th-member-of-eac/", "2022-07"),
           csv_src("KT Press, 2022-03-29: DRC admitted into the East African Community",
                   "https://www.ktpress.rw/2022/03/drc-admitted-into-the-east-african-community/", "2022-03-29")]
    add("COD", "eac", "member_of", "2022-07-11", sources=["recs/eac-partner-states"] + cod,
        note="Admitted 29 March 2022; Treaty of Accession signed 8 April 2022; ratification deposited 11 July 2022 (chosen).")
    som = [csv_src("KBC, 2024-03-04: Somalia officially becomes newest member of EAC (instrument of ratification deposited)",
                   "https://www.kbc.co.ke/somalia-officially-becomes-newest-member-of-eac/", "2024-03-04")]
    add("SOM", "eac", "member_of", "2024-03-04", sources=["recs/eac-partner-states"] + som,
        note="Admitted 24 November 2023; Treaty of Accession signed 15 December 2023; ratification deposited 4 March "
             "2024, making Somalia the 8th Partner State (chosen).")

    # ---------------- ECCAS ----------------
    rwa_back = [page_src("AllAfrica (The New Times), 2020-07-31: Rwanda in 2015 rejoined the 11-nation bloc",
                         "https://allafrica.com/stories/202007310146.html", "2020-07-31"),
                page_src("Bamada.net: Le Rwanda rejoint la CEEAC (16e session ordinaire, N'Djamena, 25 mai)",
                         "http://bamada.net/le-rwanda-rejoint-la-ceeac", 2015)]
    rwa_out = [page_src("MENAFN, 2025-06-08: Rwanda pulls out of ECCAS (after the 26th Ordinary Summit, Malabo, Saturday)",
                        "https://menafn.com/1109649501/Rwanda-Pulls-Out-Of-ECCAS", "2025-06-08")]
    add("RWA", "eccas", "member_of", "2015-05-25", "2025-06-07", rwa_back + rwa_out,
        note="Rejoined at the 16th ordinary summit, N'Djamena, 25 May 2015; announced its withdrawal on 7 June 2025 "
             "after the Malabo summit denied it the rotating chair (announcement date; legal effect not verified).")
    add("RWA", "eccas", "withdrew_from", "2025-06-07", sources=rwa_out)

    # ---------------- CEN-SAD (founding members only) ----------------
    for c in ["LBY", "MLI", "NER", "TCD", "SDN", "BFA"]:
        add(c, "cen-sad", "member_of", "1998-02-04", sources=["recs/censad-treaty"], note="Founding member.")

    # ---------------- COMESA ----------------
    cms = [page_src("CGTN Africa, 2018-07: Tunisia, Somalia join COMESA (20th Summit, Lusaka; membership now 21)",
                    "https://africa.cgtn.com/tunisia-somalia-join-comesa", "2018-07"),
           page_src("The Citizen (Tanzania), 2018-07-19: Tunisia admitted at the 20th COMESA Summit, Lusaka, on Wednesday",
                    "http://www.thecitizen.co.tz/News/1840386-4671894-m9onk0/index.html", "2018-07-19")]
    add("TUN", "comesa", "member_of", "2018-07-18", sources=["recs/comesa-members"] + cms,
        note="Admitted as 20th member at the 20th Summit, Lusaka (signing on Wednesday 18 July 2018).")
    add("SOM", "comesa", "member_of", "2018-07-18", sources=["recs/comesa-members"] + cms + [page_src(
        "AllAfrica (fr), 2018-07: le COMESA est désormais constitué de 21 pays (Somalia had been a PTA member but had not made the transition)",
        "https://fr.allafrica.com/stories/201807270818.html", "2018-07")],
        note="Admitted as 21st member at the 20th Summit, Lusaka, July 2018. Somalia had been a member of the PTA "
             "but did not complete the transition to COMESA (COW codes it from 1994).")
    add("COD", "comesa", "member_of", sources=["recs/comesa-members"],
        note="DR Congo is a COMESA member state but is missing from the COW data; joining date not verified.")

    # ---------------- SADC ----------------
    add("MDG", "sadc", "suspended_from", 2009, 2014, sources=["recs/cow-igo-v3", "recs/sadc-members"],
        note="Suspended after the 2009 unconstitutional change of government; readmitted in 2014 (COW codes no "
             "membership 2009-2013). Years only.")
    com = page_src("In Travel Report, 2017-08: Comoros joins Southern African Development Community (37th Summit; 16 member states)",
                   "https://intravelreport.blogspot.com/2017/08/comoros-joins-southern-african.html", "2017-08")
    add("COM", "sadc", "member_of", "2017-08", sources=["recs/sadc-members", com],
        note="Admitted at the 37th SADC Summit, Pretoria, August 2017 (16th member). Some sources date full "
             "membership to 2018 after ratification; admission date kept.")

    # ---------------- EU ----------------
    add("GBR", "eu", "withdrew_from", "2020-01-31", sources=[csv_src(
        "Rabat Process: Our partners (notes that the UK withdrew from the EU on 31 January 2020)",
        "https://www.rabat-process.org/en/about/our-partners", 2020), "recs/eu-countries"],
        note="Withdrawal under art. 50 TEU took effect at the end of 31 January 2020.")

    # ---------------- ASEAN ----------------
    tls = [csv_src("IANS, 2025-10-26: Timor-Leste becomes 11th member of ASEAN",
                   "https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029", "2025-10-26"),
           csv_src("Saudi Gazette, 2025-10-26: ASEAN summit opens in Malaysia with Timor-Leste joining as 11th member",
                   "https://cdn.saudigazette.com.sa/article/656013/World/ASEAN-summit-opens-in-Malaysia-with-Timor-Leste-joining-as-11th-member",
                   "2025-10-26")]
    add("TLS", "asean", "member_of", "2025-10-26", sources=["recs/asean-members"] + tls,
        note="Declaration on the Admission of Timor-Leste signed at the opening of the 47th ASEAN Summit, Kuala "
             "Lumpur, 26 October 2025 (11th member).")
    add("TLS", "asean", "observer_of", 2022, "2025-10-26", sources=[tls[0], "recs/cow-igo-v3"],
        note="Admitted in principle and granted observer status in 2022 (chosen). COW IGO codes Timor-Leste as an "
             "ASEAN observer from 2002, probably its attendance as a guest; not used.")

    # ---------------- MERCOSUR ----------------
    bol = [csv_src("MERCOSUL, 2024-07: A Bolívia depositou o instrumento de ratificação do Protocolo de Adesão (entra em vigor em 30 dias)",
                   "https://mercosur.int/pt-br/a-bolivia-depositou-o-instrumento-de-ratificacao-do-protocolo-de-adesao-ao-mercosul", "2024-07"),
           csv_src("La Ventana (Bolivia), 2024-08-07: the accession protocol enters into force today, 7 August",
                   "https://laventanabolivia.com/ver_noticia.php?n=15553", "2024-08-07"),
           csv_src("Direito e Integração Regional (blog), 2024-09: Bolivia a State Party from 08 August 2024",
                   "https://sites.google.com/view/direitoeintegraoregional/blog/blog-post-4", "2024-09")]
    add("BOL", "mercosur", "member_of", "2024-08-07", sources=bol,
        note="Protocol of Accession (signed 17 July 2015) ratified by Bolivia, instrument deposited at the 64th "
             "Summit (Asunción, 8 July 2024); it enters into force 30 days later. Sources give 7 August (Bolivian "
             "government, and 8 July + 30 days) and 8 August 2024 (one blog); 7 August chosen.")
    add("BOL", "mercosur", "observer_of", 1996, "2024-08-07", role="associate",
        sources=["recs/mercosur-paises", page_src("Trabalhos Feitos: Mercosul (Estados Associados: Bolívia 1996, Chile 1996, Peru 2003, Colômbia 2004, Equador 2004)",
                                                   "https://www.trabalhosfeitos.com/ensaios/Mercosul/74222104.html", 2012)],
        note="Associate state through the Economic Complementation Agreement signed on 17 December 1996 "
             "(Fortaleza) until it became a State Party. COW codes Bolivia as a full member from 1998 (not used).")
    assoc_src = page_src("Trabalhos Feitos: Mercosul (Estados Associados: Bolívia 1996, Chile 1996, Peru 2003, Colômbia 2004, Equador 2004)",
                         "https://www.trabalhosfeitos.com/ensaios/Mercosul/74222104.html", 2012)
    add("CHL", "mercosur", "observer_of", "1996-06-25", role="associate", sources=["recs/mercosur-paises", assoc_src],
        note="Associate state (ACE 35 signed at San Luis, 25 June 1996). COW codes Chile as a full member from 1998 (not used).")
    add("PER", "mercosur", "observer_of", 2003, role="associate", sources=["recs/mercosur-paises", assoc_src])
    add("COL", "mercosur", "observer_of", 2004, role="associate", sources=["recs/mercosur-paises", assoc_src])
    add("ECU", "mercosur", "observer_of", 2004, role="associate", sources=["recs/mercosur-paises", assoc_src])
    add("GUY", "mercosur", "observer_of", role="associate", sources=["recs/mercosur-paises"],
        note="Associate state; date not verified (framework agreement of 2013).")
    add("SUR", "mercosur", "observer_of", role="associate", sources=["recs/mercosur-paises"],
        note="Associate state; date not verified (framework agreement of 2013).")
    ven = [csv_src("Notícia Brasil, 2017-08-05: Venezuela foi suspensa do Mercosul em dezembro de 2016",
                   "https://noticiabrasil.net.br/20170805/venezuela-expulsa-mercosul-democracia-crise-9033645.html", "2017-08-05"),
           csv_src("Tu Corrientes, 2017-08-05: Venezuela suspended under the Ushuaia Protocol (foreign ministers, São Paulo)",
                   "https://goya.tucorrientes.com/noticia/186948", "2017-08-05"),
           "recs/mercosur-paises"]
    add("VEN", "mercosur", "suspended_from", "2016-12", sources=ven,
        note="Suspended in December 2016 for failing to incorporate MERCOSUR rules (commitments of 2012); on 5 "
             "August 2017 suspended from all rights and obligations under art. 5 of the Ushuaia Protocol "
             "(democratic clause), which is still in force.")
    pry = page_src("Correio Braziliense, 2013-06-25: O Paraguai está suspenso do Mercosul desde 29 de junho de 2012",
                   "https://correiobraziliense.com.br/app/noticia/mundo/2013/06/25/interna_mundo,373381/amp.shtml", "2013-06-25")
    add("PRY", "mercosur", "suspended_from", "2012-06-29", "2013-08", [pry],
        note="Suspended after the removal of President Lugo; suspension ended with the inauguration of the new "
             "president in August 2013 (month from knowledge).")

    # ---------------- SAARC ----------------
    add("eu", "saarc", "observer_of", sources=["recs/saarc-members", page_src(
        "OneIndia (UNI), 2007-04-03: SAARC summit opens, Afghanistan joins (observers: China, Japan, Korea, EU, US)",
        "https://www.oneindia.com/2007/04/03/saarc-summit-opens-afghanistan-joins-the-regional-grouping-1175583329.html",
        "2007-04-03")], note="The EU attended the 14th SAARC Summit (2007) as an observer; date observer status was granted not verified (agreed in principle in 2006).")

    # ---------------- inter-organisational relations ----------------
    for r in ["amu", "cen-sad", "comesa", "eac", "eccas", "ecowas", "igad", "sadc"]:
        add(r, "au", "coordinates_with", role="au-recognised-rec", sources=["recs/au-rec-protocol"],
            note="One of the eight Regional Economic Communities recognised by the AU as building blocks of the "
                 "African Economic Community (2008 Protocol on Relations between the AU and the RECs).")
    add("eu", "oacps", "partners_with", "2000-06-23", sources=["recs/eu-acp-agreements"],
        note="ACP-EU Partnership Agreement (Cotonou, 23 June 2000), succeeding the Lomé Conventions (from 1975); "
             "succeeded by the OACPS-EU Partnership Agreement signed in Samoa on 15 November 2023.")
    return R


# ----------------------------------------------------------------------------------------------
def read_cow(path):
    by_org = defaultdict(list)
    code_to_org = {v[0]: k for k, v in ORGS.items() if v[0]}
    eec = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["igo_code"] == "EEC":
                eec[r["iso3"]].append((int(r["first_year"]), int(r["last_year"])))
            org = code_to_org.get(r["igo_code"])
            if org and r["iso3"]:
                by_org[org].append(r)
    return by_org, eec


def cow_relations(by_org, eec):
    rels, dropped = [], []
    for org, (code, fdate, members_src) in ORGS.items():
        if not code:
            continue
        for r in sorted(by_org[org], key=lambda r: (r["iso3"], int(r["first_year"]))):
            iso, fy, ly, role = r["iso3"], int(r["first_year"]), int(r["last_year"]), r["role"]
            o = OVR.get((org, iso, fy), {})
            if "drop" in o:
                dropped.append((org, iso, fy, ly, role, o["drop"]))
                continue
            since = fy
            founding = False
            if fdate and FOUNDING_COW_YEAR.get(org) == fy and role == "full" and "since" not in o:
                since, founding = fdate, True
            until = None if ly >= COW_LAST_CODED[org] else ly + 1
            if org == "oau" and ly == 2002:
                until = "2002-07-09"
            since = o.get("since", since)
            until = o.get("until", until)
            notes = []
            if founding:
                notes.append("Founding member (date of the founding treaty" +
                             (f"; COW codes from {fy})." if str(fdate)[:4] != str(fy) else ")."))
            if org == "oau" and until == "2002-07-09":
                notes.append("Membership ended with the dissolution of the OAU (replaced by the AU).")
            if until is not None and until != "" and "until" not in o and org != "oau":
                notes.append(f"COW codes membership to {ly}; end approximated as {ly + 1} (not verified).")
            if org == "eccas" and ly == 2011 and until in (None, ""):
                notes.append("COW stops coding ECCAS after 2011; treated as continuing.")
            if org == "oacps" and ly == 2013 and "until" not in o:
                notes.append("COW stops coding the ACP Group after 2013; treated as continuing.")
            if org == "eu" and iso in eec and fy == 1993:
                yrs = sorted(eec[iso])
                notes.append("EEC member from " + str(yrs[0][0]) + " (COW; West Germany for DEU)." if iso == "DEU"
                             else f"EEC member from {yrs[0][0]} (COW).")
            if o.get("note"):
                notes.append(o["note"])
            rtype = {"full": "member_of", "associate": "observer_of", "observer": "observer_of"}[role]
            d = {"source": iso, "target": org, "type": rtype}
            if since not in (None, ""):
                d["since"] = since
            if until not in (None, ""):
                d["until"] = until
            if role == "associate":
                d["role"] = "associate"
            if notes:
                d["note"] = " ".join(notes)
            d["sources"] = ["recs/cow-igo-v3", members_src] + list(o.get("extra_sources", []))
            rels.append(d)
            if o.get("withdrew"):
                w = {"source": iso, "target": org, "type": "withdrew_from", "since": o["withdrew"]}
                if o.get("withdrew_note"):
                    w["note"] = o["withdrew_note"]
                w["sources"] = ["recs/cow-igo-v3", members_src] + list(o.get("extra_sources", []))
                rels.append(w)
    return rels, dropped


def amend_sources(rels):
    """Add the shared CSV-based sources to COW relations that those rows confirm."""
    ecowas_extra = {"MLI", "BFA", "NER"}
    wd = csv_src("Hotjist (ECOWAS 66th Ordinary Session, Abuja, December 2024): the three countries will cease to be "
                 "members of ECOWAS from 29 January 2025", "https://hotjist.com/?p=160483", "2024-12")
    gbr = csv_src("Rabat Process: Our partners (notes that the UK withdrew from the EU on 31 January 2020)",
                  "https://www.rabat-process.org/en/about/our-partners", 2020)
    gcc_founders = {"ARE", "SAU", "BHR", "KWT", "OMN", "QAT"}
    eri = csv_src("TesfaNews, 2023-06-12: Eritrea resumes its IGAD membership",
                  "https://tesfanews.net/eritrea-resumes-its-igad-membership/", "2023-06-12")
    eri_out = page_src("Africanews, 2025-12-13: Eritrea announces departure from IGAD regional bloc",
                       "https://www.africanews.com/2025/12/13/eritrea-announces-departure-from-igad-regional-bloc/", "2025-12-13")
    out = []
    for d in rels:
        t, s = d["target"], d["source"]
        if t == "ecowas" and s in ecowas_extra and d["type"] == "member_of":
            d["sources"].append(wd)
            d["note"] = ((d.get("note") + " ") if d.get("note") else "") + \
                "Withdrawal effective 29 January 2025 per the ECOWAS Commission (announced 28 January 2024)."
        if t == "ecowas" and d["type"] == "member_of" and s not in ecowas_extra | {"MRT", "CPV"}:
            d["sources"].append("recs/ecowas-reliefweb")
        if t == "eu" and s == "GBR" and d["type"] == "member_of":
            d["sources"].append(gbr)
            d["note"] = ((d.get("note") + " ") if d.get("note") else "") + "Left the EU on 31 January 2020."
        if t == "igad" and d["type"] == "member_of":
            d["sources"].append("recs/igad-migration-about")
            if s == "ERI":
                d["sources"] += [eri, eri_out]
                d["note"] = ((d.get("note") + " ") if d.get("note") else "") + \
                    ("Membership suspended by Eritrea 2007-2023 (see suspended_from); withdrawal announced on 12 "
                     "December 2025 (announcement date used as the end).")
        if t == "igad" and d["type"] == "member_of" and d.get("since") == 1986:
            d["note"] = ((d.get("note") + " ") if d.get("note") else "") + \
                "Founding member of IGADD (1986), which became IGAD in 1996."
        if t == "gcc":
            d["sources"] = ["recs/cow-igo-v3", "recs/gcc-members"]
        if t == "mercosur" and d["type"] == "member_of" and s in {"ARG", "BRA", "PRY", "URY"}:
            d["note"] = ((d.get("note") + " ") if d.get("note") else "") + "Founding State Party (Treaty of Asunción)."
        if t == "pif" and s in {"AUS", "NZL", "FJI"}:
            d["sources"].append("recs/pif-adb")
        seen, srcs = set(), []
        for x in d["sources"]:
            k = x if isinstance(x, str) else x.get("url") or x["title"]
            if k not in seen:
                seen.add(k)
                srcs.append(x)
        d["sources"] = srcs
        out.append(d)
    return out


def dump(out_path, relations):
    def flow(d):
        return yaml.safe_dump(d, default_flow_style=True, sort_keys=False, allow_unicode=True, width=100000).strip()

    lines = ["# Regional economic communities and regional organisations (kind rec).",
             "# GENERATED by tools/data/build_recs.py -- edit the script, not this file.",
             "# Memberships to 2014: COW IGO v3 (years) + the organisation's page; founding members get the",
             "# founding-treaty date; later changes and COW corrections are sourced individually.", ""]
    lines.append(yaml.safe_dump({"sources": SOURCES}, sort_keys=False, allow_unicode=True, width=100))
    actors = []
    for a in ACTORS:
        a = dict(a)
        a.setdefault("kind", "rec")
        order = ["id", "kind", "name", "acronym", "aliases", "level", "region", "founded", "dissolved", "url", "note", "sources"]
        actors.append({k: a[k] for k in order if k in a})
    lines.append(yaml.safe_dump({"actors": actors}, sort_keys=False, allow_unicode=True, width=100))
    lines.append("relations:")
    cur = None
    for d in relations:
        key = d["target"] if d["type"] not in ("coordinates_with", "partners_with") else "_inter"
        if key != cur:
            lines.append(f"  # --- {key if key != '_inter' else 'relations between organisations'} ---")
            cur = key
        lines.append("  - " + flow(d))
    text = "\n".join(lines) + "\n"
    # dates: YAML would read 2002-07-09 as a date object on load; that is what the loader expects
    out_path.write_text(text, encoding="utf-8")
    return text


def main(argv=None):
    args = builder_args(__doc__.splitlines()[0]).parse_args(argv)
    args.out = args.actors / "recs.yaml"

    by_org, eec = read_cow(args.sources / "cow_igo_memberships_1945_2014.csv")
    rels, dropped = cow_relations(by_org, eec)
    rels = amend_sources(rels)
    rels += manual_relations()
    order = list(ORGS) + ["_inter"]
    rels.sort(key=lambda d: (order.index(d["target"]) if d["type"] not in ("coordinates_with", "partners_with")
                             else len(order), d["type"] != "member_of", d["source"], str(d.get("since", ""))))
    dump(args.out, rels)
    # summary
    cnt = Counter((d["target"], d["type"]) for d in rels)
    print(f"wrote {args.out}: {len(ACTORS)} actors, {len(rels)} relations; {len(dropped)} COW spells dropped",
          file=sys.stderr)
    for org in ORGS:
        print(f"  {org:9s} " + ", ".join(f"{t}={n}" for (o, t), n in sorted(cnt.items()) if o == org), file=sys.stderr)
    for x in dropped:
        print("  dropped:", x, file=sys.stderr)


if __name__ == "__main__":
    main()
