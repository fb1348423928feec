#!/usr/bin/env python3
"""Generate data/actors/rcps.yaml (migration RCPs and inter-regional forums).

Input: data/sources/rcp_memberships_extracted.csv
(one row per body/entity/role/source, each with its own source_url, quote and
status_as_of). Rows are mapped to relations of the govgraph model and merged so
that each (source, target, type) fact appears once with all its sources
(chair terms are the exception: one relation per term).

Facts read here from stored copies of pages (found with the `search` tool) and
facts entered from knowledge (checked: false) are listed in EXTRA below; each
cites its own named source.

Usage: python tools/data/build_rcps.py [--sources DIR] [--actors DIR] [--report]
"""
import argparse
import csv
import os
import re
import sys
from collections import OrderedDict

import yaml
from repo_paths import builder_args

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CSV_NOTE = "values read from a copy: data/sources/rcp_memberships_extracted.csv"

# --------------------------------------------------------------------------
# Bodies of the CSV -> forum ids. Sub-bodies are folded into their parent
# (their composition goes to the note of the parent membership; see SUBBODY).
BODY = {
    "Prague Process": "prague-process",
    "Prague Process Strategic Group": ("prague-process", "Strategic Group"),
    "Bali Process": "bali-process",
    "Bali Process Steering Group": ("bali-process", "Steering Group"),
    "Budapest Process": "budapest-process",
    "Budapest Process Reference Group": ("budapest-process", "Reference Group"),
    "Regional Conference on Migration (Puebla Process)": "rcm",
    "Migration Dialogue for Southern Africa (MIDSA)": "midsa",
    "South American Conference on Migration (SACM/CSM)": "sacm",
    "Migration Dialogue for COMESA Member States (MIDCOM)": "midcom",
    "Migration Dialogue for West Africa (MIDWA)": "midwa",
    "MIDWA Steering Committee": ("midwa", "Steering Committee"),
    "Rabat Process (Euro-African Dialogue on Migration and Development)": "rabat-process",
    "Khartoum Process (EU-Horn of Africa Migration Route Initiative)": "khartoum-process",
    "Khartoum Process Steering Committee": ("khartoum-process", "Steering Committee"),
    "Intergovernmental Consultations on Migration, Asylum and Refugees (IGC)": "igc",
    "Caribbean Migration Consultations (CMC)": "cmc",
    "Arab Regional Consultative Process on Migration and Refugee Affairs (ARCP)": "arcp",
    "Pacific Immigration Development Community (PIDC)": "pidc",
    "5+5 Dialogue on Migration in the Western Mediterranean": "five-plus-five",
    "Mediterranean Transit Migration (MTM) Dialogue": "mtm",
    "Almaty Process on Refugee Protection and International Migration": "almaty-process",
    "Abu Dhabi Dialogue (ADD)": "abu-dhabi-dialogue",
    "Colombo Process": "colombo-process",
}

# Organisations named in the CSV -> canonical ids (None: left out, see report)
ORG = {
    "International Organization for Migration": "iom",
    "International Organization for Migration (IOM)": "iom",
    "IOM": "iom",
    "International Organisation for Migrations (IOM)": "iom",
    "IOM Regional Office in San Jose": "iom",
    "IOM (Colombo Process Technical Support Unit, IOM Sri Lanka)": "iom",
    "Office of the United Nations High Commissioner for Refugees": "unhcr",
    "Office of the United Nations High Commissioner for Refugees (UNHCR)": "unhcr",
    "United Nations High Commissioner for Refugees (UNHCR)": "unhcr",
    "United Nations Commissioner for Refugees (UNHCR)": "unhcr",
    "UNHCR": "unhcr",
    "United Nations Office of Drugs and Crime": "unodc",
    "United Nations Office on Drugs and Crime (UNODC)": "unodc",
    "International Labor Organization": "ilo",
    "International Centre for Migration Policy Development (ICMPD)": "icmpd",
    "International Center for Migration Policy Development (ICMPD)": "icmpd",
    "ICMPD": "icmpd",
    "European Commission": "eu",
    "European Commission (EC)": "eu",
    "European External Action Service (EEAS)": "eu",
    "European Union": "eu",
    "European Union (EU)": "eu",
    "African Union Commission": "au",
    "African Union (AU)": "au",
    "Economic Community of West African States (ECOWAS)": "ecowas",
    "ECOWAS": "ecowas",
    "ECOWAS Commission": "ecowas",
    "ECOWAS Directorate of Free Movement and Tourism": "ecowas",
    "Southern African Development Community (SADC)": "sadc",
    "COMESA Secretariat": "comesa",
    "League of Arab States (LAS)": "las",
    "Arab Maghreb Union (AMU)": "amu",
    "Union for the Mediterranean (UfM)": "ufm",
    "Secretariat of the Union for the Mediterranean": "ufm",
    "United Nations Conference on Trade and Development (UNCTAD)": "unctad",
    "Pacific Islands Forum Secretariat (PIFS)": "pif",
    # left out (not canonical ids / national agencies / project partners)
    "Economic Commission for Latin America and the Caribbean (ECLAC/CELADE)": None,
    "Inter-American Commission on Human Rights (IACHR)": None,
    "France Pacific Liaison Office": None,
    "Pacific Islands Chiefs of Police (PICP)": None,
    "Oceania Customs Organisation (OCO)": None,
    "Canada Immigration and Citizenship": None,
    "Bali Process Regional Support Office": None,
    "Pacific Islands Law Officers' Network (PILON)": None,
    "Pacific Transnational Crimes Network (PTCN)": None,
    "United States Homeland Security": None,
    "Government of the Chairing Country": None,
    "Europol": None, "Frontex": None, "Interpol": None, "IFAD": None, "World Bank": None,
}
# MTM i-Map project partners (2009-2010) are project partners, not forum members: skipped.
SKIP_ROWS_SUPPORT_MTM_PROJECT = "http://www.icmpd.org/our-work/migration-dialogues/mtm/completed-projects/"

# Territories and other entities without a state actor (UN non-members): left out.
NON_STATE_ISO3 = {"AIA", "ABW", "CYM", "CUW", "MSR", "TCA", "NCL", "PYF", "WLF", "ASM",
                  "TKL", "HKG", "MAC", "COK", "NIU"}

EU27 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
        "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK",
        "SVN", "ESP", "SWE"]

# --------------------------------------------------------------------------
# Named sources. key -> (title, url, as_of, checked, note)
S = OrderedDict()


def src(key, title, url, as_of, checked, note=None):
    S["rcps/" + key] = (title, url, as_of, checked, note)
    return "rcps/" + key


EST = "page date not shown; as_of estimated from "
# Sources of the CSV rows, by (url, status_as_of)
URLSRC = {}


def u(key, title, url, as_of, status=None, note=None):
    k = src(key, title, url, as_of, True, (note + "; " if note else "") + CSV_NOTE)
    URLSRC[(url, status)] = k
    return k


u("prague-states-2018", "Prague Process: States & Partners", "https://www.pragueprocess.eu/en/about/states-partners", "2018",
  "2018 (page also mentions 2021)", "'As of 2018, the following 50 states are participants' (49 names listed)")
u("prague-states-2021", "Prague Process: States & Partners (Strategic Group)", "https://www.pragueprocess.eu/en/about/states-partners", "2021", "2021")
u("prague-news-2012", "Prague Process news: Core Group meeting, Warsaw, 20 November 2012", "https://www.pragueprocess.eu/en/news-events/news/12-", "2012-11-20", "2012")
u("bali-about", "The Bali Process: About the Bali Process", "https://baliprocess.dev.juicebox.com.au/about/about-the-bali-process", "2023", "not shown",
  EST + "'45 Member States and 4 Member Organisations ... 18 Observer States' (ILO counted as member organisation)")
u("bali-sg-2017", "Joint statement of the Foreign Ministers of Australia and Indonesia, first meeting of the Bali Process Consultation Mechanism, Jakarta, 13 October 2017",
  "https://www.foreignminister.gov.au/minister/julie-bishop/media-release/joint-statement-foreign-ministers-australia-and-indonesia-first-meeting-bali-process-consultation-mechanism-held-13-october-2017-jakarta-indonesia",
  "2017-10-13", "2017-10-23")
u("iom-bali-old", "IOM: Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime (older page version)", "https://www.iom.int/node/30036", "2016", "not shown (older IOM page version)",
  EST + "the older IOM RCP page layout (45 member states, 17 observer states, 3 member organisations); only 44 member names and 4 observer names survive in the copy")
u("bali-rso-launch", "Bali Process RSO: Launch of the Bali Process Regional Support Office", "https://rso.baliprocess.net/launch-of-bali-process-rso/", "2012", "not shown (10th anniversary year of the Bali Process)",
  "page date not shown; the page refers to the 10th anniversary year of the Bali Process (2012)")
u("budapest-governance", "Budapest Process: Governance", "https://budapestprocess.org/budapest-process/governance", "2021", "not shown (page mentions 2021)",
  EST + "the latest year mentioned (2021)")
URLSRC[("https://www.budapestprocess.org/budapest-process/governance/", "not shown (older version, mentions 2021)")] = "rcps/budapest-governance"
u("wikitia-budapest", "Wikitia: Budapest Process", "https://wikitia.com/wiki/Budapest_Process", "2020", "not shown (mentions North Macedonia, so 2019 or later)",
  EST + "the page (lists the United Kingdom apart from 'all European Union Member States', so after 31 January 2020). The page does not separate participating from observer states")
URLSRC[("https://wikitia.com/wiki/Budapest_Process", "not shown")] = "rcps/wikitia-budapest"
u("iom-budapest", "IOM: Budapest Process", "https://www.iom.int/budapest-process", "2019", "not shown (mentions 2013)",
  EST + "the latest event mentioned (February 2019). 'Type: Interregional forum on migration (regions covered: Europe and Asia)', 'Established: 1993'")
URLSRC[("https://www.iom.int/budapest-process", "not shown (mentions February 2019)")] = "rcps/iom-budapest"
u("iom-sanjose-rcm", "IOM San José: Regional Conference on Migration", "https://rosanjose.iom.int/en/regional-conference-migration", "2020", "not shown",
  EST + "IOM's Puebla Process page, which gives the same members and observers (current chair Panama after Guatemala 2019)")
u("iom-rcm-2008", "IOM news: Honduras hosts Thirteenth Regional Conference on Migration", "https://www.iom.int/news/honduras-hosts-thirteenth-regional-conference-migration", "2008",
  "not shown (Thirteenth RCM, Tela, Honduras; text mentions 2007)", "page date not shown; the Thirteenth RCM (Tela) followed the 2007 conference")
u("iom-midsa", "IOM: Migration Dialogue for Southern Africa (MIDSA)", "https://www.iom.int/migration-dialogue-southern-africa-midsa", "2025",
  "not shown (latest chair listed: Madagascar 2025)", EST + "the latest chair listed (Madagascar, 2025)")
URLSRC[("https://www.iom.int/migration-dialogue-southern-africa-midsa", "not shown")] = "rcps/iom-midsa"
u("iom-innova-csm", "IOM Innovamigración: Conferencia Suramericana sobre Migraciones (CSM)", "https://innovamigracion.iom.int/en/comunicacion/caja-de-herramientas/marcos/csm", "2021", "not shown",
  EST + "the IOM toolkit (no date on the page; the 12-country membership is unchanged since 2000)")
u("iom-sacm-16", "IOM news: South American Conference on Migration gets underway in Paraguay (16th SACM, Asunción)", "https://iom.int/news/south-american-conference-migration-gets-underway-paraguay", "2016-11",
  "not shown (16th SACM)", "page date not shown; the 16th SACM (Asunción) opened on 3 November ('03/11'); 'a Regional Consultation Process (RCP) created in 1999'")
u("iom-midcom", "IOM: Migration Dialogue for COMESA Member States (MIDCOM), formerly COMESA-RCP", "https://www.iom.int/migration-dialogue-comesa-member-states-midcom-formerly-comesa-rcp", "2022", "not shown",
  EST + "the current IOM RCP page layout")
u("iom-midwa", "IOM: Migration Dialogue for West Africa (MIDWA)", "https://www.iom.int/midwa", "2018", "not shown",
  EST + "the page (Steering Committee and Thematic Working Groups described; several archived versions with different current chairs: Niger in one, Liberia in an older one). 'Participating States (15)': only 4 names survive in the copy")
u("iom-midwa-older", "IOM: Migration Dialogue for West Africa (MIDWA), older page version", "https://www.iom.int/midwa", "2016", "not shown (older version)",
  EST + "the older archived version (current chair Liberia)")
u("iom-midwa-new", "IOM: Migration Dialogue for West Africa (MIDWA)", "https://iom.int/migration-dialogue-west-africa-midwa", "2022", "not shown",
  EST + "the current IOM RCP page layout. 'Type: Regional consultative process on migration', 'Established: 2001'")
u("rabat-partners", "Rabat Process: Our partners", "https://www.rabat-process.org/en/about/our-partners", "2020",
  "not shown (after 31 January 2020: page notes UK withdrawal from EU)", "page date not shown; after 31 January 2020 (notes the UK's withdrawal from the EU). 28 African and 29 European partner countries, 2 partner organisations")
u("rabat-participants-2018", "Rabat Process: Participating states (older page)", "https://www.rabat-process.org/en/about-rabat-process/135-participating-states?tmpl=component", "2018-01",
  "2018-01 (latest news item on page)", "page date not shown; latest news item January 2018")
u("khartoum-sc", "Khartoum Process: Steering Committee", "https://khartoumprocess.net/activities/steering-committee", "2024-04",
  "not shown (latest meeting described: April 2024)", EST + "the latest meeting described (10th SOM, Cairo, 17-18 April 2024)")
u("aep-khartoum-2016", "Africa-EU Partnership: Khartoum Process website goes live", "https://africa-eu-partnership.org/en/stay-informed/news/khartoum-process-website-goes-live", "2016-11-21", "2016-11-21")
u("capitaleritrea-rome-2014", "Capital Eritrea (via feedreader): EU-Horn of Africa Ministerial Conference in Rome",
  "http://feedreader.com/observe/capitaleritrea.com/eritrea-eu-horn-of-africa-ministerial-conference-in-rome%2F%3F+itemId=1857567409?from=72061799", "2014-11",
  "2014 (launch conference; Rome Declaration November 2014 per IOM news)", "news report of the launch conference (Rome, November 2014)")
URLSRC[("http://feedreader.com/observe/capitaleritrea.com/eritrea-eu-horn-of-africa-ministerial-conference-in-rome%2F%3F+itemId=1857567409?from=72061799", "2014")] = "rcps/capitaleritrea-rome-2014"
u("khartoum-som-2020", "Khartoum Process Senior Officials' Meeting, The Hague, 5 March 2020 (conclusions, copy on docslib)", "https://docslib.org/doc/4048313/khartoum-process-eu-horn-of-africa-migration-route-initiative", "2020-03-05", "2020-03-05")
u("bali-igc", "Bali Process: IGC (Intergovernmental Consultations on Migration, Asylum and Refugees)", "https://www.baliprocess.net/other-regional-consultative-processes-and-organizations/igc/", "2015", "not shown",
  EST + "the page ('in its current configuration ... 17 participating states'); the Swiss SEM page of April 2021 also gives 17 member states")
u("iom-igc", "IOM: Inter-Governmental Consultations on Migration, Asylum and Refugees (IGC)", "https://www.iom.int/inter-governmental-consultations-migration-asylum-and-refugees-igc", "2024",
  "not shown (current chair listed: Sweden 2023-2024)", EST + "the current chair listed (Sweden 2023-2024). 'Type: Interregional forum on migration (regions covered: Europe - Asia - Americas)', 'Established: 1985'. 'Member States (19 States)': list cut off in the copy")
for st in ("not shown", "not shown (one archived version)"):
    URLSRC[("https://www.iom.int/inter-governmental-consultations-migration-asylum-and-refugees-igc", st)] = "rcps/iom-igc"
u("iom-igc-later", "IOM: Inter-Governmental Consultations on Migration, Asylum and Refugees (IGC), later page version", "https://www.iom.int/inter-governmental-consultations-migration-asylum-and-refugees-igc", "2025",
  "not shown (later version)", EST + "the chair list ('Switzerland, Sweden, USA (2023), ...'), later than the version with Sweden (2023-2024) as current chair")
u("iom-cmc", "IOM: Caribbean Migration Consultations (CMC)", "https://www.iom.int/caribbean-migration-consultations-cmc", "2017", "not shown",
  EST + "the latest meeting mentioned (2017). 'No formal membership procedures yet established'")
u("cmc-what", "Caribbean Migration Consultations: What is the CMC", "https://caribbeanmigration.org/what-cmc", "2016-01", "not shown", "page date not shown; describes the January 2016 launch")
u("iom-arcp", "IOM: Arab Regional Consultative Process on Migration and Refugee Affairs (ARCP)", "https://www.iom.int/arab-regional-consultative-process-migration-and-refugee-affairs-arcp", "2023", "not shown",
  EST + "the member list (22 states including Syria, whose League of Arab States seat was restored in May 2023)")
u("iom-arcp-older", "IOM: Arab Regional Consultative Process (older page version)", "https://www.iom.int/arab-regional-consultative-process", "2016", "not shown (older version)",
  EST + "the older layout: 'Member States (21 States)' and 'Suspended Members (1 State)' (not named); only 3 names survive in the copy")
u("iom-arcp-2015", "IOM news: IOM, Arab League host 5th Global Meeting of Regional Consultative Processes on Migration", "https://iom.int/news/iom-arab-league-host-5th-global-meeting-regional-consultative-processes-migration", "2015-10",
  "2015-10 (Fifth Global RCP Meeting, Cairo, 21-22 October 2015)")
u("iom-pidc", "IOM: Pacific Immigration Development Community (PIDC)", "https://www.iom.int/pacific-immigration-development-community-pidc", "2022", "not shown (latest archived version)",
  EST + "the current IOM RCP page layout")
u("pidc-2024", "PIDC: Communiqué of the 26th PIDC Regular Annual Meeting 2024 (Honiara, 25-27 June 2024)", "https://pidcsec.org/communique-of-the-26th-pacific-immigration-development-community-regular-annual-meeting-2024/", "2024-06", "2024-06")
u("pidc-2017", "PIDC news: 20th PIDC Annual Conference, Apia, 20-22 June 2017", "http://pidcsec.org/news.asp?pageID=2145885662&RefID=2141745878", "2017-06", "2017-08-09", "news item dated 2017-08-09")
u("iom-pidc-older", "IOM: Pacific Immigration Directors' Conference (PIDC), older page version", "https://www.iom.int/pacific-immigration-directors-conference-pidc", "2016", "not shown (older version)",
  EST + "the older IOM page ('Participating States 23 States / Current Chair: New Zealand / Past Chair: the Marshall Islands')")
u("wmf-55", "Western Mediterranean Forum: About the 5+5 Dialogue", "http://westmediterraneanforum.org/about-the-55-dialogue/", "2012", "not shown (latest event mentioned 2012)",
  EST + "the latest event mentioned (2012)")
u("iom-55-2016", "IOM: 5+5 Dialogue on Migration in the Western Mediterranean (2016 page version)", "https://www.iom.int/node/30037", "2016", "2016",
  "'10 Members / Current Chair: Morocco (2016) / Incoming Chair: France (2017)'; 'Established 2002'")
u("euneighbours-55-2020", "EU Neighbours South: 5+5 Dialogue ministers of foreign affairs link migration and development (Marrakech, March 2020)", "https://south.euneighbours.eu/news/55-dialogue-ministers-foreign-affairs-link-migration-and-development", "2020-03",
  "2020 (Marrakech ministerial 1-2 March 2020 per moroccoworldnews 2020-02-26)")
u("iom-mtm", "IOM: Mediterranean Transit Migration (MTM)", "https://www.iom.int/mediterranean-transit-migration-mtm", "2013", "not shown (EU list still includes the United Kingdom)",
  EST + "the EU list (27 EU Member States including the United Kingdom but not Croatia, i.e. the EU of 2007-2013). '19 non-EU participating countries': 18 names survive in the copy. 'Established: 2003'")
u("emn-it-mtm", "EMN Italy glossary: Dialogo sulla migrazione di transito nel Mediterraneo", "http://www.emnitalyncp.it/definizione/dialogo-sulla-migrazione-di-transito-nel-mediterraneo", "2015", "not shown",
  EST + "the glossary (no date shown)")
u("iom-almaty", "IOM: Almaty Process on Refugee Protection and International Migration", "https://www.iom.int/almaty-process-refugee-protection-and-international-migration", "2024",
  "not shown (current chair listed: Azerbaijan 2023-2024)", EST + "the current chair listed (Azerbaijan 2023-2024)")
u("unhcr-almaty-faq", "UNHCR Central Asia: Almaty Process FAQ", "https://www.unhcr.org/centralasia/en/almaty-process-faq", "2018", "not shown",
  EST + "the page (no date shown; lists 7 member and 2 observer states)")
u("novayaepoxa-almaty", "Novaya Epokha: Chairmanship of the Almaty Process passed from Azerbaijan to Kazakhstan", "https://novayaepoxa.com/predsedatelstvo-v-almatinskom-processe-pereshlo-ot-azerbaydzhana-k-kazakhstanu/528330", "2025", "not shown",
  "page date not shown; after Azerbaijan's 2023-2024 chairmanship (3rd Ministerial Conference, Baku)")
u("lecourrier-add4", "Le Courrier du Vietnam: Ouverture de la 4e Conférence consultative ministérielle du Dialogue d'Abu Dhabi", "https://lecourrier.vn/ouverture-de-la-4e-conference-consultative-ministerielle-du-dialogue-abu-dhabi/370645.html", "2017-01",
  "2017 (ADD-4 ministerial consultation)", "news report of the 4th ADD Ministerial Consultation (Colombo, January 2017); lists 17 members")
URLSRC[("https://lecourrier.vn/ouverture-de-la-4e-conference-consultative-ministerielle-du-dialogue-abu-dhabi/370645.html", "2017")] = "rcps/lecourrier-add4"
u("add-ambassadors-2017", "Abu Dhabi Dialogue news: Ambassadors meeting of member states of the Abu Dhabi Dialogue", "http://abudhabidialogue.org/news/ambassadors-meeting-member-states-abu-dhabi-dialogue", "2017-09-13", "2017-09-13")
u("urdupoint-add-2021", "UrduPoint: UAE hosts virtual meetings of Abu Dhabi Dialogue", "https://www.urdupoint.com/en/middle-east/uae-hosts-virtual-meetings-of-abu-dhabi-dialo-1258636.html", "2021-05-24", "2021-05-24")
u("startuppakistan-add", "Startup Pakistan: Pakistan to chair Abu Dhabi Dialogue for the first time", "https://startuppakistan.com.pk/pakistan-to-chair-abu-dhabi-dialogue-for-the-first-time/", "2024", "not shown",
  EST + "the site date shown with the copy (20 April 2024); the year of the term is not shown")
u("vajiram-colombo", "Vajiram & Ravi: Colombo Process (prelims pointers)", "https://vajiramandravi.com/upsc-daily-current-affairs/prelims-pointers/colombo-process/", "2024-06-01", "2024-06-01",
  "secondary source (exam-preparation site); cross-checked with data/sources/rcp_and_regional_body_members_partial.csv (tribuneindia.com, India's first meeting as chair, 2024)")
u("sakshi-colombo-2024", "Sakshi Post: India assumes chairmanship of Colombo Process", "https://www.sakshipost.com/news/india-assumes-chairmanship-colombo-process-302460", "2024-05-29", "2024-05-29")
u("iom-colombo", "IOM: Regional Consultative Process on Overseas Employment and Contractual Labour for Countries of Origin in Asia (Colombo Process)",
  "https://www.iom.int/regional-consultative-process-overseas-employment-and-contractual-labor-countries-origin-asia-colombo-process", "2018", "not shown",
  EST + "the chair list ('Incoming Chair: Afghanistan / Past Chairs: Nepal, Sri Lanka, Philippines, Indonesia, Bangladesh')")
u("iom-nepal-colombo", "IOM news: Nepal assumes Colombo Process leadership", "https://iom.int/news/nepal-assumes-colombo-process-leadership", "2016",
  "not shown (text: Sri Lanka assumed the chair in 2013)", EST + "the text (Sri Lanka assumed the chair in 2013 and is succeeded by Nepal 'this week (29/03)'); year not shown")
URLSRC[("https://iom.int/news/nepal-assumes-colombo-process-leadership", "not shown")] = "rcps/iom-nepal-colombo"

# Stored copies read with the `search` tool (checked: true)
K_ICMPD_DIALOGUES = src("icmpd-dialogues", "ICMPD: Migration Dialogues", "https://www.icmpd.org/our-work/migration-dialogues/", "2024", True,
                        "stored copy read with the search tool; 'The Budapest Process is an informal intergovernmental dialogue established in 1993 with ICMPD in the role of secretariat since 1994'; ICMPD 'is tasked with support and secretariat functions' for the Budapest, Prague, MTM, Rabat and Khartoum dialogues. " + EST + "'more than 30 years of operation' of the Budapest Process")
K_KP_GOV = src("khartoum-actors-2019", "Khartoum Process: Actors and governance", "https://www.khartoumprocess.net/about/actors-and-governance", "2019", True,
               "stored copy read with the search tool; lists the signatories of the Rome Declaration (28 November 2014), later members (Libya, Norway, Switzerland, Uganda), the chairs (Egypt at establishment, UK 2016, Ethiopia 2017, Italy 2018, Eritrea current) and the joint AUC/EC secretariat with ICMPD support. " + EST + "the current chair (Eritrea, 2019)")
K_KP_ABOUT = src("khartoum-about", "Khartoum Process: About", "https://khartoumprocess.net/news-and-events/news/63-the-khartoum-process-hands-over-chairmanship-for-2018", "2025-04", True,
                 "stored copy read with the search tool; 'The Khartoum Process was set up on 28 November 2014, at the Ministerial Conference held in Rome'; mentions the 2nd Ministerial Conference, Cairo, 9 April 2025")
K_MENA_2025 = src("mena-khartoum-2025", "MENA: Second Ministerial Meeting of Khartoum Process wraps up (Cairo, 9 April 2025)", "https://mena.org.eg/news/dbcall/table/textnews/id/11131620", "2025-04-09", True,
                  "stored copy read with the search tool; Egypt (chair since April 2024) handed the presidency to France")
K_ICMPD_RABAT = src("icmpd-rabat-participants", "ICMPD: Rabat Process participants", "http://www.icmpd.org/our-work/migration-dialogues/rabat-process/participants/", "2015", True,
                    "stored copy read with the search tool; 'Since the Rabat Process Ministerial Conference, held in November 2014, Egypt and Libya are no longer members'; Steering Committee: Belgium, Burkina Faso, European Commission, ECOWAS, Equatorial Guinea, France, Italy, Mali, Morocco, Portugal, Senegal, Spain; Europe list includes Iceland and the United Kingdom. " + EST + "the text (after November 2014)")
K_RABAT_FR = src("rabat-partenaires", "Processus de Rabat: Partenaires", "https://www.rabat-process.org/fr/a-propos/partenaires", "2021", True,
                 "stored copy read with the search tool; 28 African and 29 European partner countries, EU and ECOWAS as partner organisations; the map legend has a category 'Pays partenaires jusqu'à 2014/2020' with the footnote on the UK's withdrawal from the EU on 31 January 2020. " + EST + "the page (after January 2020)")
K_ADD_MEMBERS = src("add-members", "Abu Dhabi Dialogue: Members", "http://abudhabidialogue.org/members", "2024", True,
                    "stored copy read with the search tool; 7 Asian countries of destination (Bahrain, Kuwait, Malaysia, Oman, Qatar, Saudi Arabia, UAE) and 11 countries of origin; regular observers IOM, ILO; permanent secretariat provided by the UAE; current chair Pakistan. " + EST + "the current chair (Pakistan)")
K_IOMCH_ADD = src("iom-ch-add", "IOM: Abu Dhabi Dialogue", "http://www.iom.ch/abu-dhabi-dialogue", "2016", True,
                  "stored copy read with the search tool; 'Established 2008'; '18 Members (Current Rotating Chair: Sri Lanka)'; 'IOM served as the ADD Secretariat from its inception in January 2008 to April 2012', then observer. " + EST + "the latest meeting listed (May 2016)")
K_CP_ADD = src("colomboprocess-add", "Colombo Process: Abu Dhabi Dialogue", "http://www.colomboprocess.org/rcp-meetings/detail/abu-dhabi-dialogue", "2008-01", True,
               "stored copy read with the search tool (also in data/sources/rcp_and_regional_body_members_partial.csv); the inaugural Ministerial Consultation, Abu Dhabi, 21-22 January 2008; observers France, Germany, Mauritius, Republic of Korea, Japan, Poland, United States; the European Commission a partner. Page date not shown")
K_CP_2014 = src("colomboprocess-2014", "Colombo Process media centre, 17 October 2014", "http://www.colomboprocess.org/media-centre/201410", "2014-10-17", True,
                "stored copy read with the search tool; Sri Lanka as chair invited the member states Afghanistan, Bangladesh, China, India, Indonesia, Nepal, Pakistan, Philippines, Thailand and Vietnam; 'since its inception in 2003'")
K_MIDWA_ORG = src("midwa-newsletter-2020", "MIDWA newsletter, September-October 2020", "https://midwa.org/midwa-newsletter-sept-oct-2020-edition/", "2020-10", True,
                  "stored copy read with the search tool; ECOWAS 'with the support of the International Organization for Migration inaugurated MIDWA in December 2000'")
K_IOM_IGADRCP = src("iom-igad-rcp", "IOM: Migration Dialogue for the IGAD Region (MID-IGAD) or IGAD-RCP", "https://www.iom.int/migration-dialogue-intergovernmental-authority-development-region-mid-igad-or-igad-rcp", "2022", True,
                    "stored copy read with the search tool; 'Type: Regional consultative process on migration (region: Africa)', 'Formal association ...: Intergovernmental Authority on Development', 'Established: 2008'. The member list is not in the copy")
K_IGAD_RCP = src("igad-rcp", "IGAD Migration Programme: Regional Consultative Process on Migration (IGAD-RCP)", "http://migration.igad.int/migration-program/regional-consultative-process-on-migration-igad-rcp/", "2020", True,
                 "stored copy read with the search tool; 'IGAD with support from the International Organization on Migration (IOM) established the Regional Consultative Process (RCP) on Migration in 2008'. " + EST + "the page")
K_IGAD_MEMBERS = src("igad-rcp-members-unread", "IOM: IGAD-RCP page, member states (list not read)", "https://www.iom.int/migration-dialogue-intergovernmental-authority-development-region-mid-igad-or-igad-rcp", "2024", False,
                     "entered from knowledge: the IGAD-RCP brings together the IGAD Member States (Djibouti, Eritrea, Ethiopia, Kenya, Somalia, South Sudan, Sudan, Uganda); the list itself was not found in a stored copy")
K_RCM_PORTAL = src("rcm-about", "Regional Conference on Migration: About us", "https://portal.crmsv.org/en/about-us", "2020", True,
                   "stored copy read with the search tool; 11 member countries, 5 observer countries, observer organisations including UNHCR, ECLAC/CELADE, IACHR, ILO, IOM; first meeting March 1996, Puebla. " + EST + "the page")
K_IOM_PUEBLA = src("iom-puebla", "IOM: Puebla Process", "https://www.iom.int/puebla-process", "2020", True,
                   "stored copy read with the search tool; 'Type: Regional consultative process on migration (Region: North and Central America)', 'Established: 1996'; 'Current Chair: Panama / 2019 Chair: Guatemala'. " + EST + "the chair list")
K_IOM_PRAGUE = src("iom-prague", "IOM: Prague Process", "https://www.iom.int/prague-process", "2022", True,
                   "stored copy read with the search tool; 'Type: Regional consultative process on migration (region covered: Europe)', 'Established: 2009'; 'Current Chair: Czechia / Past Chair: Lithuania (2018-2020), Poland (2011-2017)'; secretariat ('project support unit') run by ICMPD. " + EST + "the IOM member count on the page (175)")
K_IOM_BALI = src("iom-bali", "IOM: Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime", "https://iom.int/bali-process-people-smuggling-trafficking-persons-and-related-transnational-crime", "2023", True,
                 "stored copy read with the search tool; 'Type: Inter-regional forum on migration (regions covered: Europe - Asia - Americas - Africa)', 'Established: 2002'; mentions the Eighth Ministerial Conference (10 February 2023)")
K_IOM_55 = src("iom-55", "IOM: 5+5 Dialogue on Migration in the Western Mediterranean", "https://www.iom.int/55-dialogue-migration-western-mediterranean", "2022", True,
               "stored copy read with the search tool; 'Type: Inter-regional forum on migration (Regions covered: Europe - Africa)', 'Established: 2002'. " + EST + "the IOM page layout")
K_IOM_IRF = src("iom-irf", "IOM: Inter-Regional Forums on Migration", "https://www.iom.int/inter-regional-forums-migration", "2022", True,
                "stored copy read with the search tool; lists under Africa-Europe the 5+5 Dialogue, the Khartoum Process and the Rabat Process as IRFs. " + EST + "the page")
K_IOM_RCPS = src("iom-rcps-region", "IOM: RCPs by region", "https://www.iom.int/rcps-region", "2022", True,
                 "stored copy read with the search tool; lists as RCPs the Almaty Process, Budapest Process, Prague Process (Europe), ARCP (Middle East), IGAD-RCP, MIDCOM, MIDSA, MIDWA (Africa), Colombo Process, PIDC (Asia-Pacific), RCM, SACM, CMC (Americas). " + EST + "the page")
K_EMM_IRF = src("iom-emm-irf", "IOM Essentials of Migration Management: Interregional forums on migration (IRF)", "https://emm.iom.int/index.php/handbooks/inter-state-policy-dialogue-migration/interregional-forums-migration-irf", "2022", True,
                "stored copy read with the search tool; names as IRFs the 5+5 Dialogue, IGC, Bali Process (45 member states), Abu Dhabi Dialogue (18 countries), Budapest Process, Rabat Process (56 member states) and Khartoum Process (40 states). " + EST + "the handbook")
K_IOM_SACM7 = src("iom-sacm-7", "IOM news: 7th South American Conference on Migration (Caracas)", "https://iom.int/news/7th-south-american-conference-migration", "2007", True,
                  "stored copy read with the search tool; IOM 'in its role of Technical Secretariat'; participants Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Guyana, Paraguay, Peru, Suriname, Uruguay, Venezuela")
K_SEM_IGC = src("sem-igc", "Swiss State Secretariat for Migration: Intergovernmental Consultations on Migration, Asylum and Refugees (IGC)", "https://www.bj.admin.ch/sem/en/home/international-rueckkehr/kollab-multilateral/internat-migrationsdialoge/igc.html", "2021-04-24", True,
                "stored copy read with the search tool; 'a forum co-founded by Switzerland in 1985 which currently has 17 member states'; UNHCR, IOM and the European Commission regularly participate")
K_BALI_WIKI = None
# Entered from knowledge (checked: false)
K_K_MIDWA15 = src("iom-midwa-names-unread", "IOM: Migration Dialogue for West Africa (MIDWA), 'Participating States (15)'", "https://www.iom.int/midwa", "2018", False,
                  "the heading 'Participating States (15)' was read in a stored copy, but only 4 names survive there; the other names are entered from knowledge as the 15 ECOWAS member states (before the 2025 withdrawals of Burkina Faso, Mali and Niger from ECOWAS)")
K_K_BALI_MMR = src("bali-members-knowledge", "Bali Process: Members", "https://www.baliprocess.net/membership/", "2023", False,
                   "entered from knowledge: Myanmar is the 45th member state missing from the truncated copy of IOM's list")
K_K_RABAT = src("rabat-founding", "Rabat Process: About the Rabat Process", "https://www.rabat-process.org/en/about/rabat-process", "2024", False,
                "entered from knowledge: launched at the Euro-African Ministerial Conference on Migration and Development, Rabat, 10-11 July 2006")
K_K_PIDC = src("pidc-about", "PIDC Secretariat: About PIDC", "https://pidcsec.org", "2024", False,
               "entered from knowledge: the Pacific Immigration Directors' Conference (now Pacific Immigration Development Community) was established in 1996")
K_K_MIDSA = src("iom-midsa-established", "IOM: Migration Dialogue for Southern Africa (MIDSA)", "https://www.iom.int/migration-dialogue-southern-africa-midsa", "2025", False,
                "entered from knowledge: MIDSA was established in 2000")

# --------------------------------------------------------------------------
# Actors
A = lambda id, kind, name, acronym, founded, url, sources, aliases=None, note=None, region=None: dict(
    id=id, kind=kind, name=name, acronym=acronym, aliases=aliases, region=region, founded=founded,
    url=url, note=note, sources=sources)

ACTORS = [
    A("bali-process", "irf", "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime", "Bali Process", "2002",
      "https://www.baliprocess.net", [K_IOM_BALI, "rcps/bali-about"], ["Bali Process"], region="Asia-Pacific and beyond",
      note="Kind irf: IOM's own page gives 'Type: Inter-regional forum on migration'. Established at the Regional Ministerial Conference in Bali, February 2002."),
    A("budapest-process", "irf", "Budapest Process", None, "1993", "https://www.budapestprocess.org",
      ["rcps/iom-budapest", K_ICMPD_DIALOGUES], region="Europe and the Silk Routes region",
      note="Kind irf: IOM's current page gives 'Type: Interregional forum on migration (regions covered: Europe and Asia)', and IOM's EMM handbook names it an IRF; IOM's 'RCPs by region' page still lists it with the European RCPs. Founded 1993 per IOM and ICMPD (the Budapest ministerial conference); IOM's RCP overviews of 2013-2017 give 1991 (the Berlin conference that started the process)."),
    A("prague-process", "rcp", "Prague Process", None, "2009", "https://www.pragueprocess.eu",
      [K_IOM_PRAGUE, K_IOM_RCPS], region="Europe and Central Asia",
      note="Kind rcp: IOM classifies it as 'Regional consultative process on migration (region covered: Europe)' (IOM's Prague Process page and 'RCPs by region'), although it joins the EU with Eastern Partnership, Western Balkan and Central Asian states. Initiated under the Czech EU presidency with the 'Building Migration Partnerships' joint declaration (Prague, April 2009)."),
    A("colombo-process", "rcp", "Regional Consultative Process on Overseas Employment and Contractual Labour for Countries of Origin in Asia", "Colombo Process", "2003",
      "https://www.colomboprocess.org", [K_CP_2014, K_IOM_RCPS], ["Colombo Process"], region="Asia"),
    A("abu-dhabi-dialogue", "irf", "Abu Dhabi Dialogue", "ADD", "2008-01", "http://abudhabidialogue.org",
      [K_CP_ADD, K_IOMCH_ADD, K_EMM_IRF], ["Ministerial Consultation on Overseas Employment and Contractual Labour for Countries of Origin and Destination in Asia"],
      region="Asia and the Gulf",
      note="Kind irf per IOM's EMM handbook (labour mobility in 18 countries across Asia and the Middle East). Inaugural Ministerial Consultation, Abu Dhabi, 21-22 January 2008."),
    A("almaty-process", "rcp", "Almaty Process on Refugee Protection and International Migration", "Almaty Process", "2013", None,
      ["rcps/iom-almaty", K_IOM_RCPS], ["Almaty Process"], region="Central Asia",
      note="Founded 2013 per IOM (founding members Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan); it grew out of the 2011 Almaty regional conference (not recorded here)."),
    A("rcm", "rcp", "Regional Conference on Migration", "RCM", "1996", "https://portal.crmsv.org",
      [K_IOM_PUEBLA, K_RCM_PORTAL], ["Puebla Process", "Conferencia Regional sobre Migración", "CRM"], region="North and Central America",
      note="Created after the Tuxtla II presidential summit (February 1996); first meeting in Puebla, Mexico, March 1996."),
    A("sacm", "rcp", "South American Conference on Migration", "SACM", "1999", None,
      ["rcps/iom-sacm-16", K_IOM_RCPS], ["Conferencia Suramericana sobre Migraciones", "CSM", "Lima Process"], region="South America",
      note="IOM: 'a Regional Consultation Process (RCP) created in 1999' (South American Meeting on Migration, Integration and Development, Lima, 1999); the first Conference proper met in Buenos Aires in 2000."),
    A("midsa", "rcp", "Migration Dialogue for Southern Africa", "MIDSA", "2000", None,
      ["rcps/iom-midsa", K_K_MIDSA, K_IOM_RCPS], region="Southern Africa"),
    A("midwa", "rcp", "Migration Dialogue for West Africa", "MIDWA", "2000-12", "https://midwa.org",
      [K_MIDWA_ORG, "rcps/iom-midwa-new"], region="West Africa",
      note="Inaugurated by ECOWAS with IOM support in December 2000 (MIDWA's own newsletter, and IOM news 2014: 'founded in 2000'); IOM's RCP pages give 'Established: 2001'."),
    A("igad-rcp", "rcp", "Intergovernmental Authority on Development Regional Consultative Process on Migration", "IGAD-RCP", "2008", None,
      [K_IOM_IGADRCP, K_IGAD_RCP], ["MID-IGAD", "Migration Dialogue for the IGAD Region"], region="Eastern Africa / Horn of Africa"),
    A("midcom", "rcp", "Migration Dialogue for COMESA Member States", "MIDCOM", None, None,
      ["rcps/iom-midcom", K_IOM_RCPS], ["COMESA-RCP", "COMESA Regional Consultative Process on Migration"], region="Eastern and Southern Africa"),
    A("rabat-process", "irf", "Euro-African Dialogue on Migration and Development", "Rabat Process", "2006-07", "https://www.rabat-process.org",
      [K_IOM_IRF, K_K_RABAT, "rcps/rabat-partners"], ["Rabat Process"], region="Europe and Africa",
      note="Kind irf: listed by IOM among the Africa-Europe inter-regional forums."),
    A("khartoum-process", "irf", "EU-Horn of Africa Migration Route Initiative", "Khartoum Process", "2014-11-28", "https://www.khartoumprocess.net",
      [K_KP_ABOUT, K_IOM_IRF], ["Khartoum Process"], region="Europe and the Horn of Africa",
      note="Set up at the Ministerial Conference in Rome, 28 November 2014 (Rome Declaration). Kind irf: listed by IOM among the Africa-Europe inter-regional forums."),
    A("igc", "irf", "Intergovernmental Consultations on Migration, Asylum and Refugees", "IGC", "1985", "https://igc.ch",
      ["rcps/iom-igc", K_SEM_IGC], region="Europe, North America and Oceania",
      note="Kind irf: IOM's page gives 'Type: Interregional forum on migration (regions covered: Europe - Asia - Americas)'. Founded 1985 within UNHCR; its secretariat has been administratively hosted by IOM since 1993."),
    A("cmc", "rcp", "Caribbean Migration Consultations", "CMC", "2016-01", "https://caribbeanmigration.org",
      ["rcps/cmc-what", "rcps/iom-cmc", K_IOM_RCPS], region="Caribbean",
      note="Launched in January 2016 by eight countries and territories; 'no formal membership procedures yet established' (IOM)."),
    A("pidc", "rcp", "Pacific Immigration Development Community", "PIDC", "1996", "https://pidcsec.org",
      ["rcps/iom-pidc", K_K_PIDC, K_IOM_RCPS], ["Pacific Immigration Directors' Conference"], region="Pacific",
      note="Members are the immigration departments that signed the PIDC Memorandum of Understanding, several of them of territories (not recorded as actors)."),
    A("five-plus-five", "irf", "5+5 Dialogue on Migration in the Western Mediterranean", "5+5 Dialogue", "2002", "http://westmediterraneanforum.org",
      [K_IOM_55, "rcps/iom-55-2016"], ["Western Mediterranean Forum migration dialogue", "Dialogue 5+5"], region="Western Mediterranean",
      note="Migration track (since 2002) of the Western Mediterranean Forum (5+5 Dialogue), launched in Rome in 1990. Kind irf per IOM ('Inter-regional forum on migration (Regions covered: Europe - Africa)')."),
    A("mtm", "irf", "Mediterranean Transit Migration Dialogue", "MTM", "2003", None,
      ["rcps/iom-mtm", K_ICMPD_DIALOGUES], ["MTM Dialogue"], region="Europe, Africa and the Middle East",
      note="IOM: 'an inter-regional inter-governmental consultative forum'; established 2003 (IOM)."),
    A("arcp", "rcp", "Arab Regional Consultative Process on Migration and Refugee Affairs", "ARCP", "2015-10", None,
      ["rcps/iom-arcp-2015", "rcps/iom-arcp", K_IOM_RCPS], region="Arab States",
      note="Officially launched at the Fifth Global RCP Meeting, Cairo, 21-22 October 2015, with the League of Arab States as secretariat."),
]

# --------------------------------------------------------------------------
# Relations
R = OrderedDict()   # key -> relation dict
ORDER = []


def add(source, target, type_, sources, since=None, until=None, role=None, note=None, key_extra=None):
    key = (source, target, type_, key_extra)
    if key not in R:
        R[key] = dict(source=source, target=target, type=type_, since=since, until=until, role=role,
                      note=[], sources=[])
    r = R[key]
    if since and (not r["since"] or str(since) < str(r["since"])):
        r["since"] = since
    if until and not r["until"]:
        r["until"] = until
    if role and not r["role"]:
        r["role"] = role
    if note and note not in r["note"]:
        r["note"].append(note)
    for s in sources:
        if s not in r["sources"]:
            r["sources"].append(s)
    return r


def nxt(period):
    """First period after a YYYY or YYYY-MM label (exclusive end of a term)."""
    if re.fullmatch(r"\d{4}", period):
        return str(int(period) + 1)
    y, m = map(int, period.split("-"))
    return f"{y + (m == 12)}-{(m % 12) + 1:02d}"


TERM_NOTE = ("term as labelled by the source: '{}'; since = first period of the label, until = the period after its last one "
             "(adjacent terms can overlap as the labels do)")


def chair_term(source, target, label, sources, role=None, current=False, note=None):
    """label 'YYYY', 'YYYY-YYYY' or 'YYYY-MM/YYYY-MM'."""
    if "/" in label:
        a, b = label.split("/")
    elif re.fullmatch(r"\d{4}-\d{4}", label):
        a, b = label.split("-")
    elif re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", label):
        a, b = label, None
    else:
        a, b = label, label
    until = None if (current or b is None) else nxt(b)
    n = TERM_NOTE.format(label) if b is not None else None
    if current:
        n = f"current term as labelled by the source: '{label}'"
    add(source, target, "chairs", sources, since=a, until=until, role=role,
        note="; ".join(x for x in (n, note) if x), key_extra=a)


SUBBODY_NOTES = {}


def load_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def build(rows):
    skipped = []
    for x in rows:
        body = BODY.get(x["body"])
        if body is None:
            continue  # RECs and UN Network rows belong to other families
        sub = None
        if isinstance(body, tuple):
            body, sub = body
        role, ent, iso = x["role"], x["entity"], x["iso3"]
        if x["source_url"] == SKIP_ROWS_SUPPORT_MTM_PROJECT:
            skipped.append((body, ent, "MTM i-Map project partner 2009-2010 (project, not forum)"))
            continue
        key = URLSRC.get((x["source_url"], x["status_as_of"]))
        if key is None:
            raise SystemExit(f"no source for {x['source_url']!r} / {x['status_as_of']!r}")
        # entity id
        if iso:
            if iso in NON_STATE_ISO3:
                skipped.append((body, ent, "territory / non-UN-member entity: no state actor"))
                continue
            eid = iso
        elif ent in ORG:
            eid = ORG[ent]
            if eid is None:
                skipped.append((body, ent, "organisation or agency without a canonical id"))
                continue
        elif ent in ("all European Union Member States", "EU's 28 Member States"):
            eid = "EU-MS"
        elif ent == "22 Arab States":
            skipped.append((body, ent, "aggregate without names (covered by the IOM list)"))
            continue
        else:
            skipped.append((body, ent, "no iso3 (Kosovo*, St. Martin) or unmapped"))
            continue
        if sub:
            # sub-body composition: evidence of membership of the parent, recorded as a note
            what = f"{sub} member" if role == "member" else f"{sub} {role}"
            when = f" ({x['date'] or S[key][2]})"
            SUBBODY_NOTES.setdefault((eid, body), []).append(what + when)
            if eid in ("eu", "au") and body == "khartoum-process":
                add(eid, body, "member_of", [key], role="partner organisation",
                    note="the European Commission and EEAS (EU) / the African Union Commission (AU) sit on the Steering Committee")
            elif eid == "eu" and body == "prague-process":
                add(eid, body, "member_of", [key], role="partner organisation",
                    note="the European Commission is a member of the Strategic Group")
            elif eid == "CHE" and body == "midwa":
                add(eid, body, "observer_of", [key])
            elif eid in ("eu", "ecowas", "iom") and body == "midwa":
                pass  # observer/member organisations recorded from the main list
            elif role == "member" and eid not in ("iom", "unhcr"):
                add(eid, body, "member_of", [key])
            continue
        date = x["date"]
        if role == "member":
            if eid == "EU-MS":
                if body == "khartoum-process":
                    continue  # expanded from the Khartoum Process's own list (EXTRA)
                for m in EU27:
                    add(m, body, "member_of", [key], role="participant" if body == "budapest-process" else None,
                        note="expanded from 'all European Union Member States'")
                continue
            if body == "almaty-process" and eid == "TKM":
                continue  # UNHCR FAQ lists it as member; IOM (2024) as observer: see EXTRA
            r = add(eid, body, "member_of", [key])
            if eid in ("iom", "unhcr", "unodc", "ilo", "eu", "ecowas", "au") and not r["role"]:
                r["role"] = "member organisation"
        elif role == "member_or_observer":
            if eid == "EU-MS":
                for m in EU27:
                    add(m, body, "member_of", [key], role="participant",
                        note="source does not separate participating from observer states; expanded from 'all European Union Member States' (EU-27, the page lists the UK separately)")
                continue
            add(eid, body, "member_of", [key], role="participant",
                note="source does not separate participating from observer states")
        elif role == "observer":
            add(eid, body, "observer_of", [key])
        elif role == "joined":
            if eid == "UZB":
                skipped.append((body, ent, "accession pending (IOM)"))
                continue
            if body == "budapest-process":
                add(eid, body, "member_of", [key], role="participant",
                    note="Silk Routes country; cooperation started in 2010, after which these countries 'successively joined' as participating or observer states")
                continue
            if body == "almaty-process" and eid == "TKM":
                continue  # handled in EXTRA (now observer)
            add(eid, body, "member_of", [key], since=date.rstrip("-") or None,
                note="founding member" if body in ("almaty-process", "cmc") else None)
        elif role == "left":
            pass  # handled in EXTRA (Rabat: Egypt, Libya)
        elif role in ("chair", "co-chair"):
            pass  # chairs are entered term by term in EXTRA (from these rows)
        elif role == "secretariat":
            pass  # handled in EXTRA
        elif role == "support":
            pass  # handled in EXTRA
        else:
            skipped.append((body, ent, f"role {role}"))
    return skipped


def extra():
    """Relations from the CSV rows that need judgement (chairs, secretariats, withdrawals)
    and facts read from stored pages or entered from knowledge."""
    # ---- Prague
    add("BLR", "prague-process", "member_of", ["rcps/prague-states-2018"], since="2010-12")
    chair_term("POL", "prague-process", "2011-2017", [K_IOM_PRAGUE], role="leading state (chair)")
    chair_term("LTU", "prague-process", "2018-2020", [K_IOM_PRAGUE], role="leading state (chair)")
    add("CZE", "prague-process", "chairs", [K_IOM_PRAGUE, "rcps/prague-states-2021"], since="2021", role="chair of the Strategic Group",
        note="IOM: 'Current Chair: Czechia' after Lithuania (2018-2020); the Prague Process page: 'As of 2021, the Czech Republic is chairing the Prague Process Strategic Group'", key_extra="2021")
    add("icmpd", "prague-process", "secretariat_of", ["rcps/prague-news-2012", K_IOM_PRAGUE, K_ICMPD_DIALOGUES],
        role="secretariat (project support unit)", note="ICMPD 'in its function of the Prague Process Secretariat' (2012); IOM: the 'project support unit' is run by ICMPD with EU funding")
    # ---- Bali
    for c in ("AUS", "IDN"):
        add(c, "bali-process", "chairs", ["rcps/bali-about", "rcps/iom-bali-old", "rcps/bali-rso-launch"], role="permanent co-chair",
            note="co-chaired by the Foreign Affairs Ministers of Australia and Indonesia; as co-chairs they co-manage the Regional Support Office in consultation with UNHCR and IOM", key_extra="co")
    add("MMR", "bali-process", "member_of", [K_K_BALI_MMR])
    add("ilo", "bali-process", "member_of", ["rcps/bali-about"], role="member organisation",
        note="not among the 3 member organisations of IOM's older page; listed as the 4th member organisation on the Bali Process page (2023)")
    for o in ("iom", "unhcr"):
        add(o, "bali-process", "partners_with", ["rcps/bali-rso-launch"], role="Regional Support Office",
            note="the co-chairs co-manage the Bali Process Regional Support Office 'in consultation with' UNHCR and IOM (source does not call them its secretariat)")
    # ---- Budapest
    add("TUR", "budapest-process", "chairs", ["rcps/budapest-governance", "rcps/iom-budapest"], since="2006-01", role="chair",
        note="Türkiye took over the chairmanship from Hungary in January 2006", key_extra="2006")
    add("HUN", "budapest-process", "chairs", ["rcps/budapest-governance"], since="1993", until="2006-01", role="chair",
        note="'Hungary chaired the Budapest Process from 1993 to 2006'", key_extra="1993")
    add("HUN", "budapest-process", "chairs", ["rcps/budapest-governance", "rcps/iom-budapest"], since="2006-01", role="co-chair",
        note="'Hungary remains the Co-Chair'", key_extra="2006")
    add("icmpd", "budapest-process", "secretariat_of", ["rcps/budapest-governance", "rcps/iom-budapest", K_ICMPD_DIALOGUES], since="1994",
        note="'ICMPD was tasked to be the Secretariat of the Budapest Process in 1994'")
    # ---- RCM
    add("iom", "rcm", "secretariat_of", ["rcps/iom-sanjose-rcm"], role="Technical Secretariat",
        note="the IOM Regional Office in San José hosts the Technical Regional Secretariat")
    add("ilo", "rcm", "observer_of", [K_RCM_PORTAL])
    for o in ("iom", "unhcr"):
        add(o, "rcm", "observer_of", [K_RCM_PORTAL])
    for c in ("BLZ", "CAN", "CRI", "SLV", "USA", "GTM", "HND", "MEX", "NIC", "PAN", "DOM"):
        add(c, "rcm", "member_of", [K_RCM_PORTAL])
    for c in ("ARG", "COL", "ECU", "JAM", "PER"):
        add(c, "rcm", "observer_of", [K_RCM_PORTAL])
    chair_term("GTM", "rcm", "2019", [K_IOM_PUEBLA], role="Presidency Pro Tempore")
    add("PAN", "rcm", "chairs", [K_IOM_PUEBLA], role="Presidency Pro Tempore (current on IOM's page, after Guatemala 2019; year not shown)", key_extra="pan")
    # ---- MIDSA
    for c, y in (("NAM", "2010"), ("AGO", "2011"), ("MOZ", "2012"), ("MWI", "2013"), ("ZWE", "2014"), ("BWA", "2015"),
                 ("SWZ", "2016"), ("ZAF", "2017"), ("NAM", "2019"), ("TZA", "2020"), ("MOZ", "2021"), ("MWI", "2022"),
                 ("COD", "2023"), ("AGO", "2024")):
        chair_term(c, "midsa", y, ["rcps/iom-midsa"])
    chair_term("MDG", "midsa", "2025", ["rcps/iom-midsa"], current=True)
    add("iom", "midsa", "secretariat_of", ["rcps/iom-midsa"], role="technical and administrative support",
        note="'IOM provides technical and administrative support to the MIDSA' (no other secretariat named)")
    add("sadc", "midsa", "partners_with", ["rcps/iom-midsa"], role="formal association",
        note="IOM: 'Association with regional or multi-stakeholder organization: Southern African Development Community (SADC)'")
    # ---- SACM
    add("iom", "sacm", "secretariat_of", ["rcps/iom-sacm-16", K_IOM_SACM7], role="Technical Secretariat")
    add("PRY", "sacm", "chairs", ["rcps/iom-sacm-16"], since="2016-11", role="Presidency Pro Tempore (16th SACM, Asunción)",
        note="holding the Presidency Pro Tempore at the 16th SACM (November 2016); end of term not shown", key_extra="2016")
    # ---- MIDCOM
    add("ZMB", "midcom", "chairs", ["rcps/iom-midcom"], role="chair (current on IOM's page; also a past chair)", key_extra="cur")
    add("ETH", "midcom", "chairs", ["rcps/iom-midcom"], role="past chair (dates not shown)", key_extra="past")
    add("comesa", "midcom", "secretariat_of", ["rcps/iom-midcom"])
    add("iom", "midcom", "partners_with", ["rcps/iom-midcom"], role="support to the COMESA Secretariat")
    # ---- MIDWA
    midwa_checked = {"BFA", "CPV", "CIV", "SLE"}
    for c in ("BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "NER", "NGA", "SEN", "SLE", "TGO"):
        add(c, "midwa", "member_of", ["rcps/iom-midwa"] if c in midwa_checked else [K_K_MIDWA15])
    for c in ("NGA", "TGO", "LBR"):
        add(c, "midwa", "member_of", ["rcps/iom-midwa"], note="named among MIDWA's chairs on IOM's page")
        add(c, "midwa", "chairs", ["rcps/iom-midwa"], role="past chair (dates not shown)",
            note="Liberia is the current chair in an older version of IOM's page" if c == "LBR" else None, key_extra="past")
    add("NER", "midwa", "chairs", ["rcps/iom-midwa"], role="chair (current in one archived version of IOM's page; dates not shown)", key_extra="cur")
    add("MRT", "midwa", "member_of", ["rcps/iom-midwa"], role="member (Steering Committee)",
        note="not an ECOWAS member state; named among the '9 Member States' of the MIDWA Steering Committee on IOM's page, which otherwise gives 15 participating states")
    add("ecowas", "midwa", "secretariat_of", ["rcps/iom-midwa-older", "rcps/iom-midwa-new"],
        note="earlier ad interim by the ECOWAS Directorate of Free Movement and Tourism; 'In 2017, MIDWA's regional secretariat was created within the ECOWAS commission'")
    add("ecowas", "midwa", "member_of", ["rcps/iom-midwa"], role="member organisation")
    # ---- Rabat
    add("EGY", "rabat-process", "member_of", ["rcps/rabat-participants-2018", K_ICMPD_RABAT], until="2014-11",
        note="'Libya and Egypt were dialogue partner countries until 2014'; ICMPD: no longer members since the Ministerial Conference of November 2014, 'the option to join the Process again remains open to them'")
    add("LBY", "rabat-process", "member_of", ["rcps/rabat-participants-2018", K_ICMPD_RABAT], until="2014-11",
        note="partner country until the Ministerial Conference of November 2014; an observer on the later partners page")
    for c in ("GBR", "ISL"):
        add(c, "rabat-process", "member_of", ["rcps/rabat-participants-2018", K_ICMPD_RABAT, K_RABAT_FR], until="2020",
            note="among the 31 European partner countries in 2018; not in the 29 of the later page, whose map has a category 'partner countries until 2014/2020' (2014: Egypt, Libya; 2020: the UK's exit from the EU). The month is not shown" +
                 ("; Iceland's end year is inferred from that legend" if c == "ISL" else ""))
    add("icmpd", "rabat-process", "secretariat_of", [K_ICMPD_DIALOGUES], role="secretariat support")
    for sc in ("BEL", "BFA", "GNQ", "FRA", "ITA", "MLI", "MAR", "PRT", "SEN", "ESP"):
        add(sc, "rabat-process", "member_of", [K_ICMPD_RABAT], note="Steering Committee member (ICMPD page, c. 2015)")
    for o in ("eu", "ecowas"):
        add(o, "rabat-process", "member_of", [K_ICMPD_RABAT], note="Steering Committee member (ICMPD page, c. 2015)")
    # ---- Khartoum
    rome = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "DJI", "EGY", "ERI", "EST", "ETH", "FIN", "FRA", "DEU",
            "GRC", "HUN", "IRL", "ITA", "KEN", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN",
            "SOM", "SSD", "ESP", "SDN", "SWE", "TUN", "GBR"]
    for c in rome:
        add(c, "khartoum-process", "member_of", [K_KP_GOV], since="2014-11-28",
            note=("signatory of the Rome Declaration; the UK left the EU on 31 January 2020 (the Khartoum Process page notes it) and is not on the 2024 Steering Committee; its current status is not shown"
                  if c == "GBR" else "signatory of the Rome Declaration (28 November 2014)"))
    for c in ("LBY", "NOR", "CHE", "UGA"):
        add(c, "khartoum-process", "member_of", [K_KP_GOV],
            note=("invited as a member after the Rome Declaration, upon the establishment of a Government of National Accord; the Capital Eritrea report of the Rome conference lists Libya among the participants"
                  if c == "LBY" else "became a member after the Rome Declaration (date not shown)"))
    add("EGY", "khartoum-process", "chairs", [K_KP_GOV], since="2014-11-28", until="2016", role="first chair",
        note="'The first chairmanship at the establishment of the Process was Egypt, followed by the UK in 2016'", key_extra="2014")
    for c, y in (("GBR", "2016"), ("ETH", "2017"), ("ITA", "2018")):
        chair_term(c, "khartoum-process", y, [K_KP_GOV])
    chair_term("ERI", "khartoum-process", "2019", [K_KP_GOV, "rcps/khartoum-som-2020"])
    chair_term("NLD", "khartoum-process", "2020", ["rcps/khartoum-som-2020"])
    add("DEU", "khartoum-process", "chairs", ["rcps/khartoum-sc"], until="2024-04", role="chair",
        note="outgoing chair at the 10th SOM, Cairo, 17-18 April 2024; start of term not shown", key_extra="deu")
    add("EGY", "khartoum-process", "chairs", [K_MENA_2025], since="2024-04", until="2025-04-09", role="chair",
        note="Egypt 'assumed presidency since April, 2024' and handed it to France at the 2nd Ministerial Conference, Cairo, 9 April 2025", key_extra="2024")
    add("FRA", "khartoum-process", "chairs", [K_MENA_2025], since="2025-04-09", role="chair", key_extra="2025")
    add("au", "khartoum-process", "secretariat_of", [K_KP_GOV], role="joint secretariat (African Union Commission)",
        note="the Secretariat 'is jointly managed by the African Union Commission and the European Commission'")
    add("eu", "khartoum-process", "secretariat_of", [K_KP_GOV], role="joint secretariat (European Commission)",
        note="the Secretariat 'is jointly managed by the African Union Commission and the European Commission'")
    add("icmpd", "khartoum-process", "secretariat_of", [K_KP_GOV, K_ICMPD_DIALOGUES], role="technical and logistical support",
        note="through the Support Project of the Africa-EU Migration and Mobility Dialogue (MMD)")
    # ---- IGC
    igc_terms = [("AUS", "2000-2001"), ("GBR", "2001-2002"), ("BEL", "2002-2003"), ("NOR", "2003-2004"), ("CAN", "2004-2005"),
                 ("NLD", "2005-2006"), ("IRL", "2006-2007"), ("SWE", "2007-2008"), ("CHE", "2008-2009"), ("FIN", "2009-2010"),
                 ("USA", "2010-2011"), ("DEU", "2011-2012"), ("NZL", "2012-2013"), ("DNK", "2013-2014"), ("AUS", "2014-2015"),
                 ("BEL", "2015-2016"), ("NOR", "2017-2018"), ("ESP", "2018-2019"), ("CAN", "2019-2020"), ("GBR", "2021"),
                 ("NLD", "2022"), ("USA", "2023"), ("SWE", "2023-2024")]
    for c, t in igc_terms:
        chair_term(c, "igc", t, ["rcps/iom-igc"])
    add("CHE", "igc", "chairs", ["rcps/iom-igc-later"], role="chair (after Sweden 2023-2024; years not shown)",
        note="listed first, before Sweden (2023-2024), in a later version of IOM's chair list; years not shown", key_extra="2024")
    add("iom", "igc", "secretariat_of", ["rcps/iom-igc"], role="administrative host of the IGC Secretariat",
        note="'IGC Secretariat is administratively hosted by the International Organization for Migration, under the terms of an Administrative Agreement'")
    # ---- CMC
    add("JAM", "cmc", "chairs", ["rcps/iom-cmc"], role="chair ('Current Chair / Upcoming Chair')", key_extra="cur")
    for o in ("iom", "unhcr"):
        add(o, "cmc", "partners_with", ["rcps/iom-cmc"], role="support",
            note="'No Secretariat has yet been established. CMC participants have requested IOM and UNHCR support to develop the CMC.'")
    # ---- ARCP
    add("las", "arcp", "secretariat_of", ["rcps/iom-arcp", "rcps/iom-arcp-2015"])
    add("las", "arcp", "chairs", ["rcps/iom-arcp"], role="permanent chair",
        note="'ARCP is not chaired by a country, instead the League of Arab States is the permanent Chair'", key_extra="perm")
    # ---- PIDC
    add("SLB", "pidc", "chairs", ["rcps/pidc-2024"], role="chair (26th annual meeting, Honiara, June 2024)", key_extra="2024")
    add("NZL", "pidc", "chairs", ["rcps/pidc-2017", "rcps/iom-pidc-older"], role="chair (20th annual conference, Apia, June 2017)",
        note="also 'Current Chair: New Zealand' on an older IOM page", key_extra="2017")
    for c in ("FJI", "MHL"):
        add(c, "pidc", "chairs", ["rcps/pidc-2017"], role="vice-chair (20th annual conference, Apia, June 2017)", key_extra="2017")
    add("MHL", "pidc", "chairs", ["rcps/iom-pidc-older"], role="past chair (dates not shown)", key_extra="past")
    # ---- 5+5
    chair_term("MAR", "five-plus-five", "2016", ["rcps/iom-55-2016"])
    chair_term("FRA", "five-plus-five", "2017", ["rcps/iom-55-2016"], note="'Incoming Chair: France (2017)' on the 2016 page")
    add("iom", "five-plus-five", "partners_with", ["rcps/iom-55-2016"], role="technical and logistical support (past, upon request)",
        note="'No official secretariat. In the past, IOM has provided technical and logistical support upon request.'")
    add("ufm", "five-plus-five", "partners_with", ["rcps/iom-55-2016"], role="facilitates regional cooperation projects",
        note="the Secretariat of the Union for the Mediterranean facilitates the projects identified within the Western Mediterranean Forum")
    # ---- MTM
    add("icmpd", "mtm", "secretariat_of", ["rcps/emn-it-mtm", K_ICMPD_DIALOGUES])
    # ---- Almaty
    chair_term("KAZ", "almaty-process", "2013-2016", ["rcps/iom-almaty"])
    chair_term("KGZ", "almaty-process", "2016-10/2018-09", ["rcps/iom-almaty"])
    chair_term("TJK", "almaty-process", "2018-2020", ["rcps/iom-almaty"])
    chair_term("TUR", "almaty-process", "2021-2022", ["rcps/iom-almaty"])
    chair_term("AZE", "almaty-process", "2023-2024", ["rcps/iom-almaty"])
    add("KAZ", "almaty-process", "chairs", ["rcps/novayaepoxa-almaty"], role="chair (took over from Azerbaijan; date not shown)",
        note="took over the chairmanship from Azerbaijan (after its 2023-2024 term) at the 3rd Ministerial Conference in Baku; exact date not shown", key_extra="2025")
    add("TKM", "almaty-process", "observer_of", ["rcps/iom-almaty"],
        note="IOM (2024) lists Turkmenistan among the observer states but also among the founding members (2013); UNHCR's undated FAQ lists it as a member state. The most recent page (IOM) was followed")
    for o in ("iom", "unhcr"):
        add(o, "almaty-process", "secretariat_of", ["rcps/iom-almaty"], role="Support Unit",
            note="IOM and UNHCR perform the Support Unit functions (technical and administrative assistance to the Chair and the Secretariat); the government of the chairing country acts as Secretariat")
    # ---- Abu Dhabi Dialogue
    for c in ("BHR", "KWT", "MYS", "OMN", "QAT", "SAU", "ARE", "AFG", "BGD", "CHN", "IND", "IDN", "NPL", "PAK", "PHL", "LKA", "THA", "VNM"):
        add(c, "abu-dhabi-dialogue", "member_of", [K_ADD_MEMBERS],
            note="Asian country of destination" if c in ("BHR", "KWT", "MYS", "OMN", "QAT", "SAU", "ARE") else "country of origin")
    for o in ("iom", "ilo"):
        add(o, "abu-dhabi-dialogue", "observer_of", [K_ADD_MEMBERS], role="regular observer")
    add("iom", "abu-dhabi-dialogue", "secretariat_of", [K_IOMCH_ADD], since="2008-01", until="2012-04",
        note="IOM served as the ADD Secretariat from its inception in January 2008 to April 2012, then became observer and thematic expert")
    add("ARE", "abu-dhabi-dialogue", "secretariat_of", [K_ADD_MEMBERS], role="permanent secretariat")
    for c in ("FRA", "DEU", "MUS", "KOR", "JPN", "POL", "USA"):
        add(c, "abu-dhabi-dialogue", "observer_of", [K_CP_ADD], since="2008-01",
            note="observer status stated on the Colombo Process page on the inaugural consultation (January 2008); current status not checked" +
                 ("; Republic of Korea also listed as observer state by IOM (c. 2016)" if c == "KOR" else ""))
    add("KOR", "abu-dhabi-dialogue", "observer_of", [K_IOMCH_ADD])
    add("eu", "abu-dhabi-dialogue", "partners_with", [K_CP_ADD], since="2008-01", role="partner (European Commission)")
    add("LKA", "abu-dhabi-dialogue", "chairs", ["rcps/lecourrier-add4", "rcps/add-ambassadors-2017", K_IOMCH_ADD], since="2017-01",
        role="chair (from the 4th Ministerial Consultation, Colombo, January 2017)", note="end of term not shown; the UAE chaired the May 2021 meetings", key_extra="2017")
    add("ARE", "abu-dhabi-dialogue", "chairs", ["rcps/urdupoint-add-2021"], role="chair (senior officials' meetings, 24-27 May 2021)", key_extra="2021")
    add("PAK", "abu-dhabi-dialogue", "chairs", ["rcps/startuppakistan-add", K_ADD_MEMBERS], role="chair (first time; year of term not shown)",
        note="announced as the first Pakistani chairmanship since 2008; 'the current chair is Pakistan' on the ADD members page", key_extra="pak")
    # ---- Colombo
    for c in ("AFG", "BGD", "CHN", "IND", "IDN", "NPL", "PAK", "PHL", "LKA", "THA", "VNM"):
        add(c, "colombo-process", "member_of", [K_CP_2014])
    add("KHM", "colombo-process", "member_of", ["rcps/vajiram-colombo"], note="not among the member states named on the Colombo Process page of October 2014; joining date not shown")
    add("IND", "colombo-process", "chairs", ["rcps/sakshi-colombo-2024"], since="2024", role="chair (2024-2026)",
        note="'India has assumed the Chair of Colombo Process for 2024-26, for the first time since the inception'", key_extra="2024")
    add("LKA", "colombo-process", "chairs", [K_CP_2014, "rcps/iom-nepal-colombo", "rcps/iom-colombo"], since="2013", role="chair",
        note="'Sri Lanka assumed the CP Chair in 2013'; succeeded by Nepal (the year of the handover, on 29 March, is not shown)", key_extra="2013")
    add("NPL", "colombo-process", "chairs", ["rcps/iom-nepal-colombo", "rcps/iom-colombo"], role="past chair (succeeded Sri Lanka on 29 March of a year not shown; two-year term)", key_extra="past")
    for c in ("PHL", "IDN", "BGD"):
        add(c, "colombo-process", "chairs", ["rcps/iom-colombo"], role="past chair (dates not shown)", key_extra="past")
    add("AFG", "colombo-process", "chairs", ["rcps/iom-colombo"], role="chair ('Incoming Chair' on IOM's page; dates not shown)", key_extra="afg")
    add("iom", "colombo-process", "secretariat_of", ["rcps/iom-colombo", "rcps/vajiram-colombo"], role="Technical Support Unit (IOM Sri Lanka)",
        note="IOM 'provides technical and administrative support ... The Colombo Process Technical Support Unit, based in IOM Sri Lanka'; 'serves as its Secretariat'")
    # ---- IGAD-RCP
    for c in ("DJI", "ERI", "ETH", "KEN", "SOM", "SSD", "SDN", "UGA"):
        add(c, "igad-rcp", "member_of", [K_IGAD_MEMBERS],
            note="Eritrea suspended its IGAD membership in 2007 and resumed it in June 2023; its IGAD-RCP participation is not checked" if c == "ERI" else None)
    add("igad", "igad-rcp", "partners_with", [K_IOM_IGADRCP, K_IGAD_RCP], role="formal association (established the RCP)",
        note="IGAD established the RCP in 2008 with support from IOM")
    add("iom", "igad-rcp", "partners_with", [K_IGAD_RCP], role="support", note="IGAD established the RCP in 2008 with support from IOM")


# --------------------------------------------------------------------------
def finish(skipped):
    # sub-body notes
    for (eid, body), notes in SUBBODY_NOTES.items():
        for key, r in R.items():
            if r["source"] == eid and r["target"] == body and r["type"] == "member_of":
                n = "; ".join(dict.fromkeys(notes))
                r["note"].append(n)
                break
    out = []
    for key, r in R.items():
        d = OrderedDict()
        d["source"] = r["source"]
        d["target"] = r["target"]
        d["type"] = r["type"]
        for f in ("since", "until", "role"):
            if r[f]:
                d[f] = r[f]
        if r["note"]:
            d["note"] = "; ".join(r["note"])
        d["sources"] = r["sources"]
        out.append(d)
    return out


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


Dumper.add_representer(OrderedDict, lambda d, data: d.represent_mapping("tag:yaml.org,2002:map", data.items()))


def flow(d):
    s = yaml.dump(dict(d), Dumper=Dumper, default_flow_style=True, sort_keys=False, width=100000, allow_unicode=True)
    return s.strip()


def render(relations):
    lines = ["# Generated by tools/data/build_rcps.py -- do not edit by hand.",
             "# Migration RCPs and inter-regional forums (IRFs): actors, memberships, observers, chairs, secretariats.",
             "# Built from data/sources/rcp_memberships_extracted.csv plus stored copies of the forums' and IOM's pages.",
             "sources:"]
    for k, (title, url, as_of, checked, note) in S.items():
        m = OrderedDict(title=title, url=url, as_of=str(as_of), checked=checked)
        if note:
            m["note"] = note
        body = yaml.dump({k: dict(m)}, Dumper=Dumper, default_flow_style=False, sort_keys=False, width=120, allow_unicode=True)
        lines += ["  " + ln for ln in body.rstrip().splitlines()]
    lines.append("actors:")
    for a in ACTORS:
        m = OrderedDict((k, v) for k, v in a.items() if v is not None)
        m["level"] = "regional"
        m.move_to_end("sources")
        body = yaml.dump([dict(m)], Dumper=Dumper, default_flow_style=False, sort_keys=False, width=120, allow_unicode=True)
        lines += ["  " + ln for ln in body.rstrip().splitlines()]
    lines.append("relations:")
    cur = None
    for r in relations:
        if r["target"] != cur:
            cur = r["target"]
            lines.append(f"  # --- {cur}")
        lines.append("  - " + flow(r))
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = builder_args(__doc__.splitlines()[0])
    ap.add_argument("--report", action="store_true", help="print skipped rows and counts")
    a = ap.parse_args(argv)
    a.csv = a.sources / "rcp_memberships_extracted.csv"
    a.out = a.actors / "rcps.yaml"
    skipped = build(load_csv(a.csv))
    extra()
    rels = finish(skipped)
    # group by target in forum order
    order = {x["id"]: i for i, x in enumerate(ACTORS)}
    tyo = {"member_of": 0, "observer_of": 1, "chairs": 2, "secretariat_of": 3, "partners_with": 4}
    rels.sort(key=lambda r: (order.get(r["target"], 99), tyo.get(r["type"], 9)))
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(render(rels))
    if a.report:
        from collections import Counter
        for s in sorted(set(skipped)):
            print("SKIPPED", s)
        c = Counter((r["target"], r["type"]) for r in rels)
        for k in sorted(c):
            print(k, c[k])
        print("relations", len(rels), "sources", len(S))


if __name__ == "__main__":
    main()
