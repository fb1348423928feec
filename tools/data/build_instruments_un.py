#!/usr/bin/env python3
"""Build data/actors/instruments_un.yaml (UN treaties deposited with the UN Secretary-General).

Generated from:
  * data/sources/treaty_status_un_members_{icmw,iccpr,icescr,cat,crc,cedaw,icerd}.csv
    (world-politics-datalab transcription of UNTC chapter IV, mid-2022, year only)
  * data/sources/untc_xviii_12b_smuggling_protocol_partial_A_to_F.csv (UNTC XVIII-12-b, A-F)
  * the hand-entered tables below: values read from stored copies of UNTC status pages found
    with the search tool (checked: true, each table says which copy), and values entered from
    the curator's knowledge of what UNTC publishes (checked: false, no date unless sure).

Usage: python tools/data/build_instruments_un.py [--sources DIR] [-o FILE]
The CSVs are read from data/sources (see its README for provenance).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pycountry
import yaml
from repo_paths import builder_args

REPO = Path(__file__).resolve().parents[2]
P = "instruments_un/"  # prefix of named source keys

# --------------------------------------------------------------------------- helpers
ISO2_FIX = {"TP": "TLS"}  # East Timor's old code in the CSVs


def iso3(iso2: str) -> str:
    if iso2 in ISO2_FIX:
        return ISO2_FIX[iso2]
    c = pycountry.countries.get(alpha_2=iso2)
    if c is None:
        raise SystemExit(f"unknown iso2 {iso2!r}")
    return c.alpha_3


def untc_url(mtdsg: str, chapter: int) -> str:
    return (f"https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={mtdsg}"
            f"&chapter={chapter}&lang=en")


def months(d: str) -> str:
    m = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06",
         "Jul": "07", "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}
    day, mon, year = d.split()
    return f"{year}-{m[mon]}-{int(day):02d}"


# --------------------------------------------------------------------------- instruments
INSTRUMENTS = [
    dict(id="refugee-convention-1951", name="Convention relating to the Status of Refugees",
         acronym=None, aliases=["1951 Refugee Convention", "1951 Convention", "Geneva Refugee Convention"],
         kind="convention", binding=True, scope="global", adopted="1951-07-28", in_force="1954-04-22",
         adopted_by="un", policy_areas=["refugees", "asylum", "human_rights"], gcm_objectives=[],
         amends=[], supplements=[], implements=[], mtdsg="V-2", chapter=5,
         note=("Adopted by the United Nations Conference of Plenipotentiaries on the Status of Refugees "
               "and Stateless Persons (Geneva, 2-25 July 1951), convened under GA resolution 429 (V); "
               "hence adopted_by: un rather than unga. Depositary: UN Secretary-General. "
               "UNTC lists 146 parties (19 signatories); the 1967 Protocol 147; 149 states are party to "
               "one or both (UNHCR, 2024). This file has {n} parties: all 146 (set derived from the 45 UN "
               "member states party to neither instrument plus the three Protocol-only parties USA, "
               "Venezuela, Cabo Verde); A-F with dates read from a stored copy of the UNTC page "
               "(checked), the rest from knowledge (unchecked; year only, or no date)."),
         sources=["untc-v2-copy", "untc-v2"]),
    dict(id="refugee-protocol-1967", name="Protocol relating to the Status of Refugees",
         acronym=None, aliases=["1967 Protocol", "New York Protocol", "1967 Refugee Protocol"],
         kind="protocol", binding=True, scope="global", adopted="1967-01-31", in_force="1967-10-04",
         adopted_by="unga", policy_areas=["refugees", "asylum", "human_rights"], gcm_objectives=[],
         amends=[], supplements=["refugee-convention-1951"], implements=[], mtdsg="V-5", chapter=5,
         note=("Independent instrument: a state may accede to it without being party to the 1951 "
               "Convention (United States, Venezuela and Cabo Verde are party only to the Protocol). "
               "It extends the Convention's articles 2-34 to refugees without the 1951 dateline, so it "
               "is modelled as supplements: [refugee-convention-1951], amends: []. The General Assembly "
               "took note of it in resolution 2198 (XXI) of 16 December 1966 and asked the Secretary-"
               "General to transmit it for accession; it was opened for accession on 31 January 1967 "
               "(there is no signature). UNTC lists 147 parties (status at 19-03-2024). This file has "
               "{n}: A-D with dates read from stored copies of the UNTC page (checked), the rest from "
               "knowledge (unchecked; year only for some, mostly no date)."),
         sources=["untc-v5-copy", "untc-v5"]),
    dict(id="statelessness-convention-1954", name="Convention relating to the Status of Stateless Persons",
         acronym=None, aliases=["1954 Statelessness Convention", "1954 Convention"],
         kind="convention", binding=True, scope="global", adopted="1954-09-28", in_force="1960-06-06",
         adopted_by="un", policy_areas=["statelessness", "human_rights"], gcm_objectives=[4],
         amends=[], supplements=[], implements=[], mtdsg="V-3", chapter=5,
         note=("Adopted by a UN Conference of Plenipotentiaries convened under ECOSOC resolution 526 A "
               "(XVII) of 26 April 1954 (hence adopted_by: un). UNTC lists about 99 parties in 2024 "
               "(Republic of the Congo acceded in late 2023). This file has {n}: presence A-L read from a "
               "stored copy of the Dutch treaty database's party list (checked, no dates), the rest from "
               "knowledge (unchecked, no dates). Madagascar acceded in 1962 and denounced (effective "
               "1966): not listed. The Holy See signed but has not ratified."),
         sources=["verdragenbank-v3-copy", "untc-v3"]),
    dict(id="statelessness-convention-1961", name="Convention on the Reduction of Statelessness",
         acronym=None, aliases=["1961 Statelessness Convention", "1961 Convention"],
         kind="convention", binding=True, scope="global", adopted="1961-08-30", in_force="1975-12-13",
         adopted_by="un", policy_areas=["statelessness", "children", "human_rights"], gcm_objectives=[4],
         amends=[], supplements=[], implements=[], mtdsg="V-4", chapter=5,
         note=("Adopted by the UN Conference on the Elimination or Reduction of Future Statelessness "
               "(Geneva 1959, New York 1961), convened by the Secretary-General under GA resolution 896 "
               "(IX) (hence adopted_by: un). UNTC lists about 78-80 parties in 2024. This file has {n}: "
               "part of A-M with dates from a stored copy of the UNTC PDF (about 2014, 55 parties; "
               "checked), the rest from knowledge (unchecked, no dates)."),
         sources=["untc-v4-copy", "untc-v4"]),
    dict(id="icmw", name=("International Convention on the Protection of the Rights of All Migrant Workers "
                          "and Members of Their Families"),
         acronym="ICRMW", aliases=["ICMW", "Migrant Workers Convention", "CMW"],
         kind="convention", binding=True, scope="global", adopted="1990-12-18", in_force="2003-07-01",
         adopted_by="unga",
         policy_areas=["migrant_rights", "labour_migration", "decent_work", "human_rights", "detention",
                       "consular", "remittances", "return_reintegration"],
         gcm_objectives=[6, 7, 13, 14, 15, 20, 22],
         amends=[], supplements=[], implements=[], mtdsg="IV-13", chapter=4,
         note=("Adopted by GA resolution 45/158. Parties from the mid-2022 transcription of UNTC IV-13 "
               "(57 UN member states; year only; checked). Changes after mid-2022 are not covered. "
               "GCM objectives are the curator's reading (e.g. art. 23 consular protection -> 14, "
               "art. 27 social security -> 22, art. 47 transfer of earnings -> 20). This file has {n} "
               "parties."),
         sources=["untc-iv13-csv", "untc-iv13"]),
    dict(id="untoc", name="United Nations Convention against Transnational Organized Crime",
         acronym="UNTOC", aliases=["Palermo Convention"],
         kind="convention", binding=True, scope="global", adopted="2000-11-15", in_force="2003-09-29",
         adopted_by="unga", policy_areas=["trafficking", "smuggling", "governance"], gcm_objectives=[],
         amends=[], supplements=[], implements=[], mtdsg="XVIII-12", chapter=18,
         note=("Adopted by GA resolution 55/25. UNTC lists 192-193 parties (2024; 187 UN member states, "
               "Cook Islands, Holy See, Niue, State of Palestine, European Union). This file has {n}: all "
               "UN member states except the seven that public pages named as non-parties around 2022 "
               "(Republic of the Congo and Iran, signatories; Papua New Guinea, Solomon Islands, Somalia, "
               "South Sudan, Tuvalu), plus the Holy See, State of Palestine and EU. Some of those seven "
               "have acceded since (not added: dates and which ones not verified). No dates (unchecked) "
               "except Japan and the United States."),
         sources=["untc-xviii12"]),
    dict(id="trafficking-protocol",
         name=("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
               "Children, supplementing the United Nations Convention against Transnational Organized Crime"),
         acronym=None, aliases=["Trafficking in Persons Protocol", "Palermo Protocol", "TIP Protocol"],
         kind="protocol", binding=True, scope="global", adopted="2000-11-15", in_force="2003-12-25",
         adopted_by="unga", policy_areas=["trafficking", "human_rights", "gender", "children"],
         gcm_objectives=[10], amends=[], supplements=["untoc"], implements=[], mtdsg="XVIII-12-a",
         chapter=18,
         note=("Adopted by GA resolution 55/25 (annex II). UNTC lists about 182 parties (2024). This file "
               "has {n}, entered from knowledge (unchecked, no dates): UN member states the curator is "
               "confident are parties; about 30 states whose status was uncertain were left out (see "
               "data/actors/README.md, known to be missing). Kiribati read from a stored PacLII status "
               "copy (2008)."),
         sources=["untc-xviii12a"]),
    dict(id="smuggling-protocol",
         name=("Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United "
               "Nations Convention against Transnational Organized Crime"),
         acronym=None, aliases=["Smuggling of Migrants Protocol", "Migrant Smuggling Protocol"],
         kind="protocol", binding=True, scope="global", adopted="2000-11-15", in_force="2004-01-28",
         adopted_by="unga", policy_areas=["smuggling", "border_management", "migrant_rights"],
         gcm_objectives=[9], amends=[], supplements=["untoc"], implements=[], mtdsg="XVIII-12-b",
         chapter=18,
         note=("Adopted by GA resolution 55/25 (annex III). UNTC: 112 signatories, 152 parties (status "
               "at 26-04-2024). This file has {n} parties: Albania-France with full dates read from a "
               "hand transcription of the UNTC page (checked); the rest from knowledge (unchecked, no "
               "dates), only where the curator is confident; several G-Z parties are missing."),
         sources=["untc-xviii12b-csv", "untc-xviii12b"]),
    dict(id="iccpr", name="International Covenant on Civil and Political Rights", acronym="ICCPR",
         aliases=[], kind="covenant_placeholder", binding=True, scope="global", adopted="1966-12-16",
         in_force="1976-03-23", adopted_by="unga",
         policy_areas=["human_rights", "detention"], gcm_objectives=[13, 17],
         amends=[], supplements=[], implements=[], mtdsg="IV-4", chapter=4,
         note=("Adopted by GA resolution 2200 A (XXI). UNTC: 173 parties in mid-2022, 174 after "
               "Kiribati's accession (2022). The mid-2022 shared CSV also marks Solomon Islands and "
               "Tuvalu as parties 'since 1976' because the UK's ratification was extended to them as "
               "territories; neither has become a party since independence (1978), and the CSV's count "
               "only matches UNTC's 173 without them, so they are left out. This file has {n}."),
         sources=["untc-iv4-csv", "untc-iv4"]),
    dict(id="icescr", name="International Covenant on Economic, Social and Cultural Rights",
         acronym="ICESCR", aliases=[], kind="covenant_placeholder", binding=True, scope="global",
         adopted="1966-12-16", in_force="1976-01-03", adopted_by="unga",
         policy_areas=["human_rights", "decent_work", "health"], gcm_objectives=[6, 15],
         amends=[], supplements=[], implements=[], mtdsg="IV-3", chapter=4,
         note=("Adopted by GA resolution 2200 A (XXI). UNTC: 171 parties in mid-2022, 172 after "
               "Kiribati (2022). The shared CSV marks Tuvalu as party 'since 1976' (UK extension before "
               "independence; not a party): left out. Its Moldova row has 'state party' status and year "
               "1993 but a 0 flag: kept as party. This file has {n}."),
         sources=["untc-iv3-csv", "untc-iv3"]),
    dict(id="cat",
         name="Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
         acronym="CAT", aliases=["UNCAT", "Convention against Torture"], kind="convention", binding=True,
         scope="global", adopted="1984-12-10", in_force="1987-06-26", adopted_by="unga",
         policy_areas=["human_rights", "detention", "return_reintegration"], gcm_objectives=[13, 21],
         amends=[], supplements=[], implements=[], mtdsg="IV-9", chapter=4,
         note=("Adopted by GA resolution 39/46. Article 3 (non-refoulement) links it to return "
               "(GCM 21). UNTC: 173 parties (171 UN member states in the mid-2022 CSV, plus Holy See and "
               "State of Palestine). This file has {n}."),
         sources=["untc-iv9-csv", "untc-iv9"]),
    dict(id="crc", name="Convention on the Rights of the Child", acronym="CRC", aliases=["UNCRC"],
         kind="convention", binding=True, scope="global", adopted="1989-11-20", in_force="1990-09-02",
         adopted_by="unga", policy_areas=["children", "human_rights"], gcm_objectives=[4, 7, 13, 15],
         amends=[], supplements=[], implements=[], mtdsg="IV-11", chapter=4,
         note=("Adopted by GA resolution 44/25. UNTC: 196 parties (192 UN member states, Holy See, "
               "State of Palestine, Cook Islands, Niue); the United States has signed only. This file "
               "has {n} (Cook Islands and Niue not modelled)."),
         sources=["untc-iv11-csv", "untc-iv11"]),
    dict(id="cedaw", name="Convention on the Elimination of All Forms of Discrimination against Women",
         acronym="CEDAW", aliases=[], kind="convention", binding=True, scope="global",
         adopted="1979-12-18", in_force="1981-09-03", adopted_by="unga",
         policy_areas=["gender", "human_rights"], gcm_objectives=[6, 7],
         amends=[], supplements=[], implements=[], mtdsg="IV-8", chapter=4,
         note=("Adopted by GA resolution 34/180. UNTC: 189 parties (187 UN member states, State of "
               "Palestine, Cook Islands). This file has {n} (Cook Islands not modelled)."),
         sources=["untc-iv8-csv", "untc-iv8"]),
    dict(id="icerd", name="International Convention on the Elimination of All Forms of Racial Discrimination",
         acronym="ICERD", aliases=["CERD"], kind="convention", binding=True, scope="global",
         adopted="1965-12-21", in_force="1969-01-04", adopted_by="unga",
         policy_areas=["human_rights", "integration"], gcm_objectives=[17],
         amends=[], supplements=[], implements=[], mtdsg="IV-2", chapter=4,
         note=("Adopted by GA resolution 2106 (XX). UNTC: 182 parties (180 UN member states, Holy See, "
               "State of Palestine). The shared CSV marks Brunei Darussalam as party 'since 1969' (the "
               "UK's ratification extended to it before independence); Brunei is not a party and the "
               "CSV's count only matches UNTC without it, so it is left out. This file has {n}."),
         sources=["untc-iv2-csv", "untc-iv2"]),
]
# The format has no 'covenant' kind: the two Covenants are treaties of the convention family.
for _i in INSTRUMENTS:
    if _i["kind"] == "covenant_placeholder":
        _i["kind"] = "convention"

CSV_TREATIES = {  # instrument id -> (csv stem, UNTC mtdsg no)
    "icmw": ("icmw", "IV-13"), "iccpr": ("iccpr", "IV-4"), "icescr": ("icescr", "IV-3"),
    "cat": ("cat", "IV-9"), "crc": ("crc", "IV-11"), "cedaw": ("cedaw", "IV-8"), "icerd": ("icerd", "IV-2"),
}
TITLES = {
    "V-2": "Convention relating to the Status of Refugees",
    "V-5": "Protocol relating to the Status of Refugees",
    "V-3": "Convention relating to the Status of Stateless Persons",
    "V-4": "Convention on the Reduction of Statelessness",
    "IV-13": "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    "IV-4": "International Covenant on Civil and Political Rights",
    "IV-3": "International Covenant on Economic, Social and Cultural Rights",
    "IV-9": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "IV-11": "Convention on the Rights of the Child",
    "IV-8": "Convention on the Elimination of All Forms of Discrimination against Women",
    "IV-2": "International Convention on the Elimination of All Forms of Racial Discrimination",
    "XVIII-12": "United Nations Convention against Transnational Organized Crime",
    "XVIII-12-a": "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    "XVIII-12-b": "Protocol against the Smuggling of Migrants by Land, Sea and Air",
}
CSV_ROWS_DROPPED = {  # (instrument, iso3) -> reason; CSV rows judged wrong (see instrument notes)
    ("iccpr", "SLB"): "UK extension 1976 before independence; not a party",
    ("iccpr", "TUV"): "UK extension 1976 before independence; not a party",
    ("icescr", "TUV"): "UK extension 1976 before independence; not a party",
    ("icerd", "BRN"): "UK extension 1969 before independence; not a party",
}

# --------------------------------------------------------------------------- hand tables
# Post-mid-2022 changes and states outside the CSVs (VAT, PSE): knowledge, unchecked.
EXTRA_PARTIES = {
    "iccpr": {"KIR": ("2022", "Accession in 2022 (after the mid-2022 CSV); year from knowledge.")},
    "icescr": {"KIR": ("2022", "Accession in 2022 (after the mid-2022 CSV); year from knowledge.")},
}
PSE_2014 = ("2014", "State of Palestine acceded in April 2014 (accessions deposited 2 April 2014); not in the CSV, which covers UN member states only.")
for _t in ("iccpr", "icescr", "cat", "crc", "cedaw", "icerd"):
    EXTRA_PARTIES.setdefault(_t, {})["PSE"] = PSE_2014
EXTRA_PARTIES["crc"]["VAT"] = ("1990", "Holy See ratified in 1990; not in the CSV (UN member states only).")
EXTRA_PARTIES["cat"]["VAT"] = ("2002", "Holy See acceded in 2002; not in the CSV (UN member states only).")
EXTRA_PARTIES["icerd"]["VAT"] = ("1969", "Holy See ratified in 1969; not in the CSV (UN member states only).")

# 1951 Convention, read from a stored copy of the UNTC PDF V-2 (docslib.org/doc/5005851; 146 parties).
R51_COPY = """AFG 30 Aug 2005|ALB 18 Aug 1992|DZA 21 Feb 1963|AGO 23 Jun 1981|ATG 7 Sep 1995|ARG 15 Nov 1961|
ARM 6 Jul 1993|AUS 22 Jan 1954|AUT 1 Nov 1954|AZE 12 Feb 1993|BHS 15 Sep 1993|BLR 23 Aug 2001|BEL 22 Jul 1953|
BLZ 27 Jun 1990|BEN 4 Apr 1962|BOL 9 Feb 1982|BIH 1 Sep 1993|BWA 6 Jan 1969|BRA 16 Nov 1960|BGR 12 May 1993|
CHN 24 Sep 1982|COL 10 Oct 1961|COG 15 Oct 1962|CRI 28 Mar 1978|CIV 8 Dec 1961|HRV 12 Oct 1992|CYP 16 May 1963|
CZE 11 May 1993|COD 19 Jul 1965|DNK 4 Dec 1952|DJI 9 Aug 1977|DMA 17 Feb 1994|DOM 4 Jan 1978|ECU 17 Aug 1955|
EGY 22 May 1981|SLV 28 Apr 1983|GNQ 7 Feb 1986|EST 10 Apr 1997|SWZ 14 Feb 2000|ETH 10 Nov 1969"""
# Read from a stored copy of the Dutch Treaty Series (Tractatenblad 2015, nr. 14), party data of the
# 1951 Convention, for parties between Bulgaria and China that the UNTC copy above cut off.
R51_TRB = """BFA 18 Jun 1980|BDI 19 Jul 1963|KHM 15 Oct 1992|CAN 4 Jun 1969|CAF 4 Sep 1962|CHL 28 Jan 1972"""
# 1951 Convention: parties entered from knowledge (year, or None = no date given).
R51_KNOWN = {
    "CMR": None, "TCD": "1981", "FJI": "1972", "FIN": "1968", "FRA": "1954", "GAB": None, "GMB": None,
    "GEO": "1999", "DEU": "1953", "GHA": "1963", "GRC": "1960", "GTM": "1983", "GIN": None, "GNB": None,
    "HTI": None, "VAT": "1956", "HND": "1992", "HUN": "1989", "ISL": "1955", "IRN": "1976", "IRL": "1956",
    "ISR": "1954", "ITA": "1954", "JAM": "1964", "JPN": "1981", "KAZ": "1999", "KEN": "1966", "KGZ": "1996",
    "LVA": "1997", "LSO": None, "LBR": None, "LIE": "1957", "LTU": "1997", "LUX": "1953", "MDG": "1967",
    "MWI": None, "MLI": None, "MLT": "1971", "MRT": None, "MEX": "2000", "MCO": "1954", "MNE": "2006",
    "MAR": "1956", "MOZ": "1983", "NAM": "1995", "NRU": "2011", "NLD": "1956", "NZL": "1960", "NIC": "1980",
    "NER": None, "NGA": "1967", "MKD": "1994", "NOR": "1953", "PAN": "1978", "PNG": None, "PRY": "1970",
    "PER": "1964", "PHL": "1981-07-22", "POL": "1991", "PRT": "1960", "KOR": "1992", "MDA": "2002",
    "ROU": "1991", "RUS": "1993", "RWA": "1980", "KNA": "2002", "VCT": "1993", "WSM": None, "STP": None,
    "SEN": None, "SRB": "2001", "SYC": None, "SLE": "1981", "SVK": "1993", "SVN": "1992", "SLB": None,
    "SOM": None, "ZAF": "1996", "SSD": "2018", "ESP": "1978", "SDN": None, "SUR": None, "SWE": "1954",
    "CHE": "1955", "TJK": "1993", "TZA": "1964", "TLS": "2003", "TGO": None, "TTO": "2000", "TUN": "1957",
    "TUR": "1962", "TKM": "1998", "TUV": None, "UGA": "1976", "UKR": "2002", "GBR": "1954", "URY": "1970",
    "YEM": "1980", "ZMB": "1969", "ZWE": "1981",
}
# UN member states party to neither the 1951 Convention nor the 1967 Protocol (45; UNHCR counts 46
# "UN members and observer states" including the State of Palestine).
REFUGEE_NEITHER = set("""BGD BTN BRN IND IDN LAO MYS MDV MNG MMR NPL PRK PAK SGP LKA THA VNM UZB
BHR IRQ JOR KWT LBN OMN QAT SAU SYR ARE COM ERI LBY MUS CUB GRD GUY LCA BRB KIR MHL FSM PLW TON VUT
AND SMR""".split())
PROTOCOL_ONLY = {"USA", "VEN", "CPV"}
CONVENTION_ONLY = {"MDG", "KNA"}
# Dutch treaty database (verdragenbank 007233_b) party list of the 1951 Convention, Afghanistan to
# Roemenie in Dutch alphabetical order, read from a stored copy: used only as a consistency check.
R51_NL_LIST = set("""AFG ALB DZA AGO ATG ARG ARM AUS AZE BHS BLR BEL BLZ BEN BOL BIH BWA BRA BGR BFA BDI CAN
CAF CHL CHN COL COD COG CRI CYP DNK DJI DMA DOM DEU ECU EGY SLV GNQ EST SWZ ETH FJI PHL FIN FRA GAB GMB GEO
GHA GRC GTM GIN GNB HTI VAT HND HUN IRL ISL IRN ISR ITA CIV JAM JPN YEM CMR KAZ KEN KGZ HRV LSO LVA LBR LIE
LTU LUX MDG MWI MLI MLT MAR MRT MEX MDA MCO MNE MOZ NAM NRU NLD NIC NZL NER NGA MKD NOR UKR AUT TLS PAN PNG
PRY PER POL PRT""".split())

# 1967 Protocol, read from the stored copy of the UNTC page (status at 19-03-2024) and of the UNTC PDF
# (docslib.org/doc/8866853, 147 parties).
R67_COPY = """AFG 30 Aug 2005|ALB 18 Aug 1992|DZA 8 Nov 1967|AGO 23 Jun 1981|ATG 7 Sep 1995|ARG 6 Dec 1967|
ARM 6 Jul 1993|AUS 13 Dec 1973|AUT 5 Sep 1973|AZE 12 Feb 1993|BHS 15 Sep 1993|BLR 23 Aug 2001|BEL 8 Apr 1969|
BLZ 27 Jun 1990|BEN 6 Jul 1970|BOL 9 Feb 1982|BIH 1 Sep 1993|BWA 6 Jan 1969|BRA 7 Apr 1972|BGR 12 May 1993|
BFA 18 Jun 1980|BDI 15 Mar 1971|CPV 9 Jul 1987|KHM 15 Oct 1992|CMR 19 Sep 1967|CAN 4 Jun 1969|CAF 30 Aug 1967|
TCD 19 Aug 1981|CHL 27 Apr 1972|CHN 24 Sep 1982|COL 4 Mar 1980|COG 10 Jul 1970|CRI 28 Mar 1978|
CIV 16 Feb 1970|HRV 12 Oct 1992|CYP 9 Jul 1968|CZE 11 May 1993|COD 13 Jan 1975|DNK 29 Jan 1968|DJI 9 Aug 1977"""
R67_KNOWN_YEARS = {
    "USA": "1968", "VEN": "1986", "PHL": "1981", "JPN": "1982", "KOR": "1992", "RUS": "1993", "POL": "1991",
    "ROU": "1991", "HUN": "1989", "ZAF": "1996", "MEX": "2000", "NRU": "2011", "SSD": "2018", "KAZ": "1999",
    "UKR": "2002", "MDA": "2002", "TLS": "2003", "MNE": "2006", "SRB": "2001", "LVA": "1997", "LTU": "1997",
    "SVK": "1993", "GEO": "1999", "TTO": "2000", "TUR": "1968", "VAT": "1967", "IRN": "1976", "YEM": "1980",
}

# 1954 Convention: presence read from a stored copy of the Dutch treaty database's party list
# (inview.nl, data from verdragenbank; Albania to Latvia in Dutch order; dates there are entry into force).
S54_NL = set("""ALB DZA AGO ATG ARG ARM AUS AZE BRB BEL BLZ BEN BOL BIH BWA BRA BGR BFA CHL COL COG CRI DNK
DEU ECU SLV SWZ FJI PHL FIN FRA GMB GEO GRC GTM GIN GNB HTI HND HUN IRL ISL ISR ITA CIV KIR HRV LSO LVA""".split())
S54_KNOWN = set("""LBR LBY LIE LTU LUX MWI MLI MLT MEX MDA MNE MOZ NLD NIC NGA MKD NOR UGA UKR AUT PAN PRY PER
PRT RWA SEN SRB SLE SVK SVN ESP CZE TCD TTO TUN TKM URY GBR KOR SWE CHE ZMB ZWE""".split())

# 1961 Convention: read from a stored copy of the UNTC PDF V-4 (docslib.org/doc/7328434; 55 parties,
# about 2014). The copy is two-column and cut: A-Croatia and Latvia-Republic of Moldova only.
S61_COPY = """ALB 9 Jul 2003|ARM 18 May 1994|AUT 22 Sep 1972|AZE 16 Aug 1996|BEN 8 Dec 2011|BOL 6 Oct 1983|
BIH 13 Dec 1996|BRA 25 Oct 2007|BGR 22 Mar 2012|CAN 17 Jul 1978|TCD 12 Aug 1999|CRI 2 Nov 1977|CIV 3 Oct 2013|
HRV 22 Sep 2011|LVA 14 Apr 1992|LBR 22 Sep 2004|LBY 16 May 1989|LIE 25 Sep 2009|LTU 22 Jul 2013|
MNE 5 Dec 2013|NLD 13 May 1985|NZL 20 Sep 2006|NIC 29 Jul 2013|NER 17 Jun 1985|NGA 20 Sep 2011|
NOR 11 Aug 1971|PAN 2 Jun 2011|PRY 6 Jun 2012|PRT 1 Oct 2012"""
S61_COPY_NODATE = {"MDA": "date cut off in the copy"}
S61_KNOWN = {
    "AUS": ("1973-12-13", "The copy shows this date in Australia's row position but the name is cut off."),
    "LSO": (None, "The copy shows an accession of 24 Sep 2004 with the name cut off; probably Lesotho, no date given."),
}
for _c in """DNK DEU IRL GBR SWE TUN SEN RWA ROU SRB SVK SWZ URY CZE FIN HUN GTM KIR JAM HND ECU GEO GMB
ARG BEL MOZ PER TKM UKR PHL BFA GIN HTI SLE MLI ISL AGO COL ESP LUX""".split():
    S61_KNOWN[_c] = (None, None)
S61_SIGNATORIES = ["DOM", "FRA", "ISR"]

# UNTOC: non-party UN member states around 2022 (pmfias.com page listing seven; mizanonline.ir 2017
# listing nine incl. Bhutan and Palau, which have joined since).
UNTOC_NONPARTY = {"COG", "IRN", "PNG", "SLB", "SOM", "SSD", "TUV"}
UNTOC_SIGNATORY_ONLY = ["COG", "IRN"]
UNTOC_YEARS = {"JPN": "2017", "USA": "2005"}

# Trafficking protocol: UN member states left out because the curator is not sure of their status
# (non-parties and uncertain cases mixed).
TIP_LEFT_OUT = set("""BTN COG IRN PNG SLB SOM SSD TUV PRK YEM PAK COM PLW TON MHL VUT FSM NRU SMR AND UGA
BRN NPL MDV WSM GNQ TCD KIR LCA""".split())
TIP_YEARS = {"JPN": "2017", "USA": "2005"}
TIP_PACLII = {"KIR": "2005-09-15"}  # PacLII status page for the protocol (stored copy, 2008)

# Smuggling protocol: G-Z parties entered from knowledge (no dates), plus A-F rows missing from the
# partial transcription.
SOM_KNOWN = set("""GEO DEU GRC GTM GIN HUN IND IDN ITA JPN KAZ KEN KGZ LVA LBN LSO LBR LBY LTU LUX MWI MLI
MLT MRT MUS MEX MDA MNE MOZ MMR NAM NLD NZL NIC NER NGA MKD NOR PAN PRY PER PHL POL PRT ROU RUS RWA SAU
SEN SRB SYC SVK SVN ZAF ESP SWE CHE TJK TZA TGO TUN TUR TKM UKR GBR USA URY VEN ZMB LKA KWT KOR LAO UZB""".split())
SOM_EXTRA_AF = {
    "AFG": "Not in the partial transcription of the table, but the same UNTC page carries an Afghan reservation; party status from knowledge, no date.",
    "COL": "Not in the partial transcription of the table; party status from knowledge, no date.",
}
SOM_YEARS = {"USA": "2005", "JPN": "2017"}


# --------------------------------------------------------------------------- build
def parse_pairs(block: str) -> dict[str, str]:
    out = {}
    for item in block.replace("\n", "").split("|"):
        item = item.strip()
        if not item:
            continue
        code, rest = item.split(" ", 1)
        out[code] = months(rest.strip())
    return out


def named_sources() -> dict:
    s = {}
    for inst_id, (stem, mt) in CSV_TREATIES.items():
        key = mt.replace("-", "").lower()  # iv13
        s[f"{P}untc-{key}-csv"] = dict(
            title=f"UN Treaty Collection, Chapter IV.{mt.split('-')[1]}: {TITLES[mt]} (status)",
            url=untc_url(mt, 4), as_of="2022-06", checked=True,
            note=(f"Values read from a copy: data/sources/treaty_status_un_members_{stem}.csv "
                  "(world-politics-datalab transcription of UNTC, UN member states only, year of "
                  "ratification/accession/succession only; signatories without date)."))
        s[f"{P}untc-{key}"] = dict(
            title=f"UN Treaty Collection, Chapter IV.{mt.split('-')[1]}: {TITLES[mt]} (status)",
            url=untc_url(mt, 4), as_of="2024", checked=False,
            note="Entered from knowledge of what the UNTC status page publishes (changes after mid-2022, Holy See, State of Palestine).")
    s[f"{P}untc-v2-copy"] = dict(
        title="UN Treaty Collection, Chapter V.2: Convention relating to the Status of Refugees (status, PDF)",
        url="https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20V/V-2.en.pdf", as_of="2019",
        checked=True,
        note=("Read from a stored copy of the UNTC PDF (docslib.org/doc/5005851) showing 'Signatories: 19. "
              "Parties: 146' (so after South Sudan's accession of 2018); status date not shown. The copy "
              "is cut after Ethiopia (A-F only)."))
    s[f"{P}nl-trb-2015-14"] = dict(
        title="Tractatenblad van het Koninkrijk der Nederlanden 2015, nr. 14: Verdrag betreffende de status van vluchtelingen (partijgegevens)",
        url="https://zoek.officielebekendmakingen.nl/trb-2015-14.html", as_of="2015", checked=True,
        note="Party data (dates of ratification/accession/succession) read from a stored copy; used for Burkina Faso-Chile, which the UNTC copy cut off. Agrees with the UNTC copy where both show a party.")
    s[f"{P}untc-v2"] = dict(
        title="UN Treaty Collection, Chapter V.2: Convention relating to the Status of Refugees (status)",
        url=untc_url("V-2", 5), as_of="2024", checked=False,
        note=("Entered from knowledge. The set of parties follows from UNHCR's count (149 states party to "
              "one or both instruments) and the 45 UN member states party to neither; years from "
              "knowledge, left out where unsure. Party status (not dates) of Afghanistan-Romania agrees "
              "with the Dutch treaty database's party list (verdragenbank 007233_b, stored copy)."))
    s[f"{P}untc-v5-copy"] = dict(
        title="UN Treaty Collection, Chapter V.5: Protocol relating to the Status of Refugees (status)",
        url="https://treaties.un.org/pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=V-5&chapter=5&lang=en",
        as_of="2024-03-19", checked=True,
        note=("Read from a stored copy of the page ('STATUS AS AT : 19-03-2024', Parties: 147), cut after "
              "Chile, and from a copy of the UNTC PDF (docslib.org/doc/8866853, 147 parties) for China-Djibouti."))
    s[f"{P}untc-v5"] = dict(
        title="UN Treaty Collection, Chapter V.5: Protocol relating to the Status of Refugees (status)",
        url=untc_url("V-5", 5), as_of="2024", checked=False,
        note="Entered from knowledge (set derived as for the 1951 Convention; years only where sure).")
    s[f"{P}verdragenbank-v3-copy"] = dict(
        title="Verdragenbank (Dutch treaty database): Verdrag betreffende de status van staatlozen, partijen en gegevens",
        url="https://inview.nl/openCitation/id812d1156f751591cfc0dfca6a9d74f7d/verdrag-betreffende-de-status-van-staatlozen-verdragpartijgrp",
        as_of="2024-01", checked=True,
        note=("Party list read from a stored copy (inview.nl republishes the verdragenbank data; it shows "
              "Republic of the Congo in force 08-01-2024). Cut after Latvia (Dutch alphabetical order). "
              "Only presence is used: its dates are dates of entry into force, not of accession."))
    s[f"{P}untc-v3"] = dict(
        title="UN Treaty Collection, Chapter V.3: Convention relating to the Status of Stateless Persons (status)",
        url=untc_url("V-3", 5), as_of="2024", checked=False, note="Entered from knowledge; no dates.")
    s[f"{P}untc-v4-copy"] = dict(
        title="UN Treaty Collection, Chapter V.4: Convention on the Reduction of Statelessness (status, PDF)",
        url="https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20V/V-4.en.pdf", as_of="2014",
        checked=True,
        note=("Read from a stored copy of the UNTC PDF (docslib.org/doc/7328434) showing 'Signatories: 5. "
              "Parties: 55' (so early 2014); two-column, cut: A-Croatia and Latvia-Republic of Moldova."))
    s[f"{P}untc-v4"] = dict(
        title="UN Treaty Collection, Chapter V.4: Convention on the Reduction of Statelessness (status)",
        url=untc_url("V-4", 5), as_of="2024", checked=False, note="Entered from knowledge; no dates.")
    s[f"{P}untc-xviii12"] = dict(
        title="UN Treaty Collection, Chapter XVIII.12: United Nations Convention against Transnational Organized Crime (status)",
        url=untc_url("XVIII-12", 18), as_of="2022", checked=False,
        note=("Entered from knowledge: all UN member states except the seven named as non-parties by "
              "pmfias.com ('191 parties'; Republic of the Congo*, Iran*, Papua New Guinea, Solomon Islands, "
              "Somalia, South Sudan, Tuvalu; * signed) and mizanonline.ir (2017: the same plus Bhutan and "
              "Palau), both read via the search tool; no dates."))
    s[f"{P}untc-xviii12a"] = dict(
        title="UN Treaty Collection, Chapter XVIII.12.a: Protocol to Prevent, Suppress and Punish Trafficking in Persons (status)",
        url=untc_url("XVIII-12-a", 18), as_of="2024", checked=False,
        note="Entered from knowledge; no dates; states of uncertain status left out.")
    s[f"{P}paclii-tip-status"] = dict(
        title="PacLII Pacific Islands Treaty Series, status report: Trafficking in Persons Protocol",
        url="http://www.paclii.org/pits/en/status_pages/2000-20.html", as_of="2008-07-17", checked=True,
        note="Read from a stored copy (last updated by PacLII 17/07/08); it reproduces UNTC's dates.")
    s[f"{P}untc-xviii12b-csv"] = dict(
        title="UN Treaty Collection, Chapter XVIII.12.b: Protocol against the Smuggling of Migrants by Land, Sea and Air (status)",
        url="https://treaties.un.org/Pages/ViewDetails.aspx?src=IND&mtdsg_no=XVIII-12-b&chapter=18&lang=en",
        as_of="2024-04-26", checked=True,
        note=("Values read from a copy: data/sources/untc_xviii_12b_smuggling_protocol_partial_A_to_F.csv "
              "(hand transcription of an archived copy of the UNTC page; Albania-France only; status date "
              "of the copy not shown, ShowMTDSGDetails said 26-04-2024: 112 signatories, 152 parties)."))
    s[f"{P}untc-xviii12b"] = dict(
        title="UN Treaty Collection, Chapter XVIII.12.b: Protocol against the Smuggling of Migrants by Land, Sea and Air (status)",
        url=untc_url("XVIII-12-b", 18), as_of="2024", checked=False,
        note="Entered from knowledge; no dates unless stated; only states the curator is confident about.")
    return s


def rel(src, tgt, typ, since=None, note=None, sources=()):
    r = {"source": src, "target": tgt, "type": typ}
    if since:
        r["since"] = since
    if note:
        r["note"] = note
    r["sources"] = list(sources)
    return r


def load_csv(path: Path):
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def build(src_dir: Path):
    relations: list[dict] = []
    un_members: list[str] = []

    # ---- chapter IV treaties from the CSVs
    for inst, (stem, mt) in CSV_TREATIES.items():
        key = mt.replace("-", "").lower()
        rows = load_csv(src_dir / f"treaty_status_un_members_{stem}.csv")
        if not un_members:
            un_members = [iso3(r["iso2"]) for r in rows]
        for r in rows:
            c = iso3(r["iso2"])
            if r["status"] == "state party":
                if (inst, c) in CSV_ROWS_DROPPED:
                    continue
                note = None
                if r["state party"] != "1":
                    note = "The shared CSV's party flag is 0 but its status says 'state party' with a year; kept as party."
                relations.append(rel(c, inst, "party_to", r["year ratification or accession"] or None,
                                     note, [f"{P}untc-{key}-csv"]))
            elif r["status"] == "signatory state":
                relations.append(rel(c, inst, "signatory_of", None, "Signed, not ratified (mid-2022); signature date not in the copy.",
                                     [f"{P}untc-{key}-csv"]))
        for c, (since, note) in EXTRA_PARTIES.get(inst, {}).items():
            relations.append(rel(c, inst, "party_to", since, note, [f"{P}untc-{key}"]))
    un = set(un_members)
    assert len(un) == 193, len(un)

    # ---- 1951 Convention
    r51_copy = parse_pairs(R51_COPY)
    r51_trb = parse_pairs(R51_TRB)
    parties51 = (un - REFUGEE_NEITHER - PROTOCOL_ONLY) | {"VAT"}
    assert len(parties51) == 146, len(parties51)
    covered = set(r51_copy) | set(r51_trb) | set(R51_KNOWN)
    assert covered == parties51, (sorted(parties51 - covered), sorted(covered - parties51))
    nl_missing = {c for c in R51_NL_LIST if c not in parties51}
    assert not nl_missing, nl_missing
    for c in sorted(parties51):
        if c in r51_copy:
            relations.append(rel(c, "refugee-convention-1951", "party_to", r51_copy[c], None, [f"{P}untc-v2-copy"]))
        elif c in r51_trb:
            relations.append(rel(c, "refugee-convention-1951", "party_to", r51_trb[c], None, [f"{P}nl-trb-2015-14"]))
        else:
            y = R51_KNOWN[c]
            note = None
            if y is None:
                note = "Party; date not entered (not sure of it)."
            elif len(y) == 4:
                note = "Year from knowledge."
            else:
                note = "Full date from knowledge."
            relations.append(rel(c, "refugee-convention-1951", "party_to", y, note, [f"{P}untc-v2"]))

    # ---- 1967 Protocol
    r67_copy = parse_pairs(R67_COPY)
    parties67 = (un - REFUGEE_NEITHER - CONVENTION_ONLY) | {"VAT"}
    assert len(parties67) == 147, len(parties67)
    assert set(r67_copy) <= parties67, set(r67_copy) - parties67
    for c in sorted(parties67):
        if c in r67_copy:
            relations.append(rel(c, "refugee-protocol-1967", "party_to", r67_copy[c], None, [f"{P}untc-v5-copy"]))
        else:
            y = R67_KNOWN_YEARS.get(c)
            note = "Year from knowledge." if y else "Party; date not entered (not sure of it)."
            if c in PROTOCOL_ONLY:
                note += " Party to the Protocol only, not to the 1951 Convention."
            relations.append(rel(c, "refugee-protocol-1967", "party_to", y, note, [f"{P}untc-v5"]))

    # ---- 1954 Convention
    assert not (S54_NL & S54_KNOWN)
    for c in sorted(S54_NL):
        relations.append(rel(c, "statelessness-convention-1954", "party_to", None,
                             "Party; no date (the copy gives the date of entry into force only).",
                             [f"{P}verdragenbank-v3-copy"]))
    for c in sorted(S54_KNOWN):
        relations.append(rel(c, "statelessness-convention-1954", "party_to", None,
                             "Party (from knowledge); no date.", [f"{P}untc-v3"]))
    relations.append(rel("VAT", "statelessness-convention-1954", "signatory_of", None,
                         "Signed, not ratified.", [f"{P}untc-v3"]))

    # ---- 1961 Convention
    s61 = parse_pairs(S61_COPY)
    assert not (set(s61) & set(S61_KNOWN))
    for c in sorted(s61):
        relations.append(rel(c, "statelessness-convention-1961", "party_to", s61[c], None, [f"{P}untc-v4-copy"]))
    for c, why in S61_COPY_NODATE.items():
        relations.append(rel(c, "statelessness-convention-1961", "party_to", None, f"Party; {why}.", [f"{P}untc-v4-copy"]))
    for c in sorted(S61_KNOWN):
        since, note = S61_KNOWN[c]
        relations.append(rel(c, "statelessness-convention-1961", "party_to", since,
                             note or "Party (from knowledge; acceded after the 2014 copy or cut from it); no date.",
                             [f"{P}untc-v4"]))
    for c in S61_SIGNATORIES:
        relations.append(rel(c, "statelessness-convention-1961", "signatory_of", None,
                             "Signed (1961), not ratified.", [f"{P}untc-v4"]))

    # ---- UNTOC
    for c in sorted((un - UNTOC_NONPARTY) | {"VAT", "PSE"}):
        y = UNTOC_YEARS.get(c)
        relations.append(rel(c, "untoc", "party_to", y, "Year from knowledge." if y else None, [f"{P}untc-xviii12"]))
    relations.append(rel("eu", "untoc", "party_to", None, "Approval by the European Community (formal confirmation).", [f"{P}untc-xviii12"]))
    for c in UNTOC_SIGNATORY_ONLY:
        relations.append(rel(c, "untoc", "signatory_of", None, "Signed, not ratified (status around 2022).", [f"{P}untc-xviii12"]))

    # ---- Trafficking protocol
    for c in sorted(un - UNTOC_NONPARTY - TIP_LEFT_OUT):
        y = TIP_YEARS.get(c)
        relations.append(rel(c, "trafficking-protocol", "party_to", y, "Year from knowledge." if y else None, [f"{P}untc-xviii12a"]))
    for c, d in TIP_PACLII.items():
        relations.append(rel(c, "trafficking-protocol", "party_to", d, "Accession.", [f"{P}paclii-tip-status"]))
    relations.append(rel("eu", "trafficking-protocol", "party_to", None, "Approval by the European Community.", [f"{P}untc-xviii12a"]))

    # ---- Smuggling protocol
    rows = load_csv(src_dir / "untc_xviii_12b_smuggling_protocol_partial_A_to_F.csv")
    som_csv = set()
    for r in rows:
        c = r["iso3"] or ("eu" if r["participant"] == "European Union" else None)
        if c is None:
            raise SystemExit(f"no id for {r['participant']}")
        som_csv.add(c)
        if r["consent_date"]:
            note = None if r["consent_type"] == "ratification" else f"Consent by {r['consent_type']}."
            relations.append(rel(c, "smuggling-protocol", "party_to", r["consent_date"], note, [f"{P}untc-xviii12b-csv"]))
        else:
            relations.append(rel(c, "smuggling-protocol", "signatory_of", r["signature_date"] or None,
                                 "Signed, not ratified.", [f"{P}untc-xviii12b-csv"]))
    assert not (som_csv & SOM_KNOWN) and not (som_csv & set(SOM_EXTRA_AF))
    for c, note in SOM_EXTRA_AF.items():
        relations.append(rel(c, "smuggling-protocol", "party_to", None, note, [f"{P}untc-xviii12b"]))
    for c in sorted(SOM_KNOWN):
        y = SOM_YEARS.get(c)
        relations.append(rel(c, "smuggling-protocol", "party_to", y, "Year from knowledge." if y else None, [f"{P}untc-xviii12b"]))

    # sanity: no duplicate (source, target, type)
    seen = set()
    for r in relations:
        k = (r["source"], r["target"], r["type"])
        assert k not in seen, k
        seen.add(k)
    return relations


# --------------------------------------------------------------------------- emit
def q(v) -> str:
    """Quote a scalar for YAML flow style."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return yaml.safe_dump(str(v), default_style='"', width=10**6).strip()


def emit(relations, out: Path):
    counts = {}
    for r in relations:
        if r["type"] == "party_to":
            counts[r["target"]] = counts.get(r["target"], 0) + 1
    lines = ["# GENERATED by tools/data/build_instruments_un.py -- edit the script, not this file.",
             "# UN treaties deposited with the UN Secretary-General: instruments, parties and signatories.",
             "", "sources:"]
    for key, s in named_sources().items():
        lines.append(f"  {key}:")
        for f in ("title", "url", "as_of", "checked", "note"):
            if f in s:
                lines.append(f"    {f}: {q(s[f])}")
    lines += ["", "instruments:"]
    for i in INSTRUMENTS:
        mt, ch = i["mtdsg"], i["chapter"]
        lines.append(f"  - id: {i['id']}")
        for f in ("name", "acronym"):
            lines.append(f"    {f}: {q(i[f])}")
        lines.append(f"    aliases: [{', '.join(q(a) for a in i['aliases'])}]")
        for f in ("kind", "binding", "scope", "adopted", "in_force", "adopted_by"):
            lines.append(f"    {f}: {q(i[f])}")
        lines.append(f"    policy_areas: [{', '.join(i['policy_areas'])}]")
        lines.append(f"    gcm_objectives: [{', '.join(str(x) for x in i['gcm_objectives'])}]")
        for f in ("amends", "supplements", "implements"):
            lines.append(f"    {f}: [{', '.join(i[f])}]")
        lines.append(f"    url: {q(untc_url(mt, ch))}")
        lines.append(f"    note: {q(i['note'].format(n=counts.get(i['id'], 0)))}")
        lines.append(f"    sources: [{', '.join(P + s for s in i['sources'])}]")
    lines += ["", "relations:"]
    order = [i["id"] for i in INSTRUMENTS]
    relations = sorted(relations, key=lambda r: (order.index(r["target"]), r["type"], r["source"]))
    cur = None
    for r in relations:
        if r["target"] != cur:
            cur = r["target"]
            lines.append(f"  # --- {cur}")
        parts = [f"source: {q(r['source'])}", f"target: {r['target']}", f"type: {r['type']}"]
        if "since" in r:
            parts.append(f"since: {q(r['since'])}")
        if "note" in r:
            parts.append(f"note: {q(r['note'])}")
        parts.append(f"sources: [{', '.join(r['sources'])}]")
        lines.append("  - {" + ", ".join(parts) + "}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def main(argv=None):
    a = builder_args(__doc__.splitlines()[0]).parse_args(argv)
    a.out = a.actors / "instruments_un.yaml"
    rels = build(a.sources)
    counts = emit(rels, a.out)
    for k, v in counts.items():
        print(f"{k}: {v} parties", file=sys.stderr)
    print(f"{len(rels)} relations -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
