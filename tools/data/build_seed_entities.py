"""Build tests/fixtures/seed_entities.yaml: every actor and instrument named in the seed documents.

Each entry is {id, name, seed, quote}: the canonical id the entity has (or will have) in
data/actors/, the seed file that names it, and a short excerpt of that file around the name.
The quotes are cut from the seed text by this script (no hand typing), so they can be re-checked:

    python tools/data/build_seed_entities.py [--sources DIR] [--fixture FILE]

The seed documents are read from data/sources/seeds (--sources DIR points elsewhere).
The fixture drives a test that each named entity exists in the bundled data.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

S0 = "000_f0b3651def172b24.txt"  # IOM World Migration Report 2024, ch. 5
S1 = "001_32470b76206ac1ae.txt"  # IOM Migration Governance Insights
S2 = "002_0b05d965fd42ac39.txt"  # IOM MC/INF/255 (2002)
S3 = "003_d9533cfaee099a21.txt"  # IOM issue brief, safe and regular migration (2022)
S4 = "004_ad8668bc809b94e9.txt"  # GFMD 2016 research report, governance

A = "['’]"  # straight or curly apostrophe
Q = "[\"“”]"  # straight or curly double quote

# (id, name, seed, regex that finds where the seed names it)
ENTRIES: list[tuple[str, str, str, str]] = [
    # ---------------- 000: World Migration Report 2024, chapter 5 ----------------
    ("BFA", "Burkina Faso", S0, r"Burkina Faso \(Africa\)"),
    ("CAN", "Canada", S0, r"Canada \(Northern America\)"),
    ("COL", "Colombia", S0, r"Colombia \(Latin America"),
    ("PHL", "Philippines", S0, r"The Philippines \(Asia\)"),
    ("NZL", "New Zealand", S0, r"New Zealand \(Oceania\)"),
    ("CHE", "Switzerland", S0, r"Switzerland \(Europe\)"),
    ("city-zurich", "Zurich", S0, r"the Zurich municipality"),
    ("canton-of-zurich", "Canton of Zurich", S0, r"broader cantonal support"),
    ("zurich-city-card", "Züri City Card (Zurich city card)", S0, r"introduced a .city card."),
    ("USA", "United States", S0, r"United States trafficking in persons report"),
    ("col-etpv", "Temporary Protection Statute for Venezuelan Migrants (Colombia)", S0, r"mass regularization initiative"),
    ("VEN", "Venezuela", S0, r"millions of Venezuelans"),
    ("smuggling-protocol", "Protocol against the Smuggling of Migrants by Land, Sea and Air", S0, r"Protocol Against Smuggling of Migrants"),
    ("gcm", "Global Compact for Safe, Orderly and Regular Migration", S0, r"\(such as the Global Compact for Migration\)"),
    ("gfmd", "Global Forum on Migration and Development", S0, r"Global Forum on Migration and Development"),
    ("ecowas", "Economic Community of West African States", S0, r"nationals of the ECOWAS region"),
    ("mercosur", "MERCOSUR", S0, r"across the MERCOSUR region"),
    ("mercosur-residence-agreement", "MERCOSUR Residence Agreement", S0, r"right to residence across the MERCOSUR region"),
    ("eu", "European Union", S0, r"In the case of the European Union"),
    ("ecowas-free-movement-protocol-1979", "ECOWAS Protocol on Free Movement of Persons, Residence and Establishment (1979)", S0, r"first protocol on free movement"),
    ("ecowas-supplementary-protocol-1986", "ECOWAS Supplementary Protocol on the second phase (right of residence), 1986", S0, r"in 1986 by the implementation of the .second phase."),
    ("ZAF", "South Africa", S0, r"As part of South Africa"),
    ("zaf-bma", "Border Management Authority (South Africa)", S0, r"newly established Border Management Authority"),
    ("zaf-border-communities-approach", "South Africa's community-centred approach to border management", S0, r"This community-centred approach"),
    ("phl-owwa", "Overseas Workers Welfare Administration", S0, r"The Philippines Overseas Workers Welfare Administration \(OWWA\)"),
    ("phl-owwa-pdos", "OWWA Pre-Departure Orientation Seminars", S0, r"pre-departure orientation seminars"),
    ("phl-owwa-welfare-programme", "OWWA welfare programme", S0, r"runs a welfare programme for OFWs"),
    ("phl-owwa-reintegration-programme", "OWWA reintegration programme", S0, r"runs a reintegration programme"),
    ("NLD", "Netherlands", S0, r"Dutch .firewall protection."),
    ("nld-police", "Netherlands Police (Politie)", S0, r"Dutch national police"),
    ("nld-free-in-free-out", "Free in, free out (Dutch national police policy)", S0, r"is an internal policy of the Dutch national police"),
    ("city-amsterdam", "Amsterdam", S0, r"local policy of the Amsterdam municipality"),
    ("amsterdam-free-in-free-out", "Free in, free out (Amsterdam local policy)", S0, r"initially implemented as a local policy of the Amsterdam municipality"),
    ("city-utrecht", "Utrecht", S0, r"adopted in Utrecht"),
    ("city-eindhoven", "Eindhoven", S0, r"Utrecht and Eindhoven"),
    ("eu-victims-rights-directive", "EU Victims' Rights Directive (Directive 2012/29/EU)", S0, r"Victims" + A + r" Rights Directive"),
    ("mipex", "Migrant Integration Policy Index", S0, r"Migrant Integration Policy Index \(MIPEX\)"),
    ("mgi", "Migration Governance Indicators", S0, r"The Migration Governance Indicators \(MGI\)"),
    ("iom", "International Organization for Migration", S0, r"developed in 2016 by IOM"),
    ("economist-impact", "Economist Impact", S0, r"Economist Impact"),
    ("migof", "IOM Migration Governance Framework", S0, r"IOM Migration Governance Framework"),
    ("sdg-10-7", "SDG target 10.7", S0, r"target 10\.7 of the Sustainable Development Goals"),
    ("agenda-2030", "2030 Agenda for Sustainable Development", S0, r"2030 Agenda targets"),
    ("unga", "United Nations General Assembly", S0, r"United Nations General Assembly adopted"),
    ("imrf-progress-declaration", "Progress Declaration of the International Migration Review Forum", S0, r"Progress Declaration of the International Migration Review Forum"),
    ("imrf", "International Migration Review Forum", S0, r"Declaration of the International Migration Review Forum"),
    ("un", "United Nations (Secretary-General)", S0, r"calls on the Secretary-General"),
    ("un-network-on-migration", "United Nations Network on Migration", S0, r"the United Nations Network on Migration is mandated"),
    ("un-desa", "United Nations Department of Economic and Social Affairs", S0, r"United Nations Department of Economic and Social Affairs"),
    # ---------------- 001: Migration Governance Insights ----------------
    ("mgi", "Migration Governance Indicators", S1, r"Migration Governance Indicators \(MGI\) data"),
    ("iom", "International Organization for Migration", S1, r"IOM developed a transformative strategic plan"),
    ("iom-strategic-plan-2024-2028", "IOM Strategic Plan 2024-2028", S1, r"transformative strategic plan with three goals"),
    ("gcm", "Global Compact for Safe, Orderly and Regular Migration", S1, r"the Global Compact for Safe, Orderly and Regular Migration, the MGI"),
    ("sdg-10-7", "SDG target 10.7", S1, r"target 10\.7 of the Sustainable Development Goals"),
    # ---------------- 002: MC/INF/255 ----------------
    ("iom", "International Organization for Migration", S2, r"IOM Strategic Planning"),
    ("icpd-programme-of-action", "Programme of Action of the International Conference on Population and Development (Cairo, 1994)", S2, r"International Conference on Population and Development, Cairo"),
    # ---------------- 003: IOM issue brief ----------------
    ("iom", "International Organization for Migration", S3, r"IOM, the UN Migration Agency"),
    ("un", "United Nations (Secretary-General)", S3, r"UN Secretary-General" + A + r"s report"),
    ("gcm", "Global Compact for Safe, Orderly and Regular Migration", S3, r"implementation of the Global Compact for Safe, Orderly and Regular Migration"),
    ("imrf", "International Migration Review Forum", S3, r"International Migration Review Forum \(IMRF\)"),
    ("ilo", "International Labour Organization", S3, r"IOM and ILO have coordinated"),
    ("un-network-on-migration", "United Nations Network on Migration", S3, r"UNNM Thematic Working Group 4"),
    ("unnm-blma-guidance", "Guidance on Bilateral Labour Migration Agreements (UN Network on Migration, 2022)", S3, r"first ever guidance on BLMAs"),
    ("au", "African Union", S3, r"African Union and IGAD"),
    ("igad", "Intergovernmental Authority on Development", S3, r"African Union and IGAD"),
    ("hm-group", "H&M Group", S3, r"IOM and the H&M Group signed"),
    ("iom-hm-mou", "IOM-H&M Group Memorandum of Understanding (2019)", S3, r"signed a \[Memorandum of Understanding\]"),
    ("iris", "IRIS: Ethical Recruitment (IOM's International Recruitment Integrity System)", S3, r"aligned with the \[IRIS Initiative\]"),
    ("iom-family-assistance-programme", "IOM Family Assistance Programme", S3, r"IOM" + A + r"s Family Assistance Programme"),
    ("missing-migrants-project", "IOM Missing Migrants Project", S3, r"Missing Migrants Project data"),
    ("hbmm", "IOM Health, Border and Mobility Management framework", S3, r"Health, Border and Mobility Management \(HBMM\)"),
    ("ihr-2005", "International Health Regulations (2005)", S3, r"International Health Regulations \(IHR\)"),
    # ---------------- 004: GFMD 2016 research report ----------------
    ("gfmd", "Global Forum on Migration and Development", S4, r"Ninth Global Forum on Migration and Development \(GFMD\)"),
    ("BGD", "Bangladesh", S4, r"supporting the Government of Bangladesh"),
    ("TUR", "Turkey", S4, r"from the Government of Turkey to Bangladesh"),
    ("new-york-declaration", "New York Declaration for Refugees and Migrants", S4, r"New York Declaration on Refugees and Migrants"),
    ("gcm", "Global Compact for Safe, Orderly and Regular Migration", S4, r"Global Compact on Safe, Orderly and Regular Migration"),
    ("agenda-2030", "2030 Agenda for Sustainable Development", S4, r"adoption of the 2030 Agenda for Sustainable Development"),
    ("iom", "International Organization for Migration", S4, r"I thank IOM, ILO and UNDP"),
    ("ilo", "International Labour Organization", S4, r"I thank IOM, ILO and UNDP"),
    ("undp", "United Nations Development Programme", S4, r"I thank IOM, ILO and UNDP"),
    ("gfmd-research-policy-initiative", "GFMD Research and Policy Initiative", S4, r"the GFMD Research and Policy Initiative has"),
    ("institute-on-governance", "Institute on Governance", S4, r"Canadian-based Institute on Governance"),
    ("world-bank", "World Bank", S4, r"estimated by the World\s+Bank"),
    ("unga", "United Nations General Assembly", S4, r"United Nations General Assembly \(UNGA\)"),
    ("sendai-framework", "Sendai Framework for Disaster Risk Reduction 2015-2030", S4, r"Sendai Framework for Disaster Risk Reduction"),
    ("undrr", "UN Office for Disaster Risk Reduction (UNISDR)", S4, r"\(UNISDR\)"),
    ("hyogo-framework", "Hyogo Framework for Action 2005-2015", S4, r"Hyogo Framework for Action"),
    ("nansen-initiative", "Nansen Initiative", S4, r"The Nansen Initiative represents"),
    ("NOR", "Norway", S4, r"governments of Norway and Switzerland"),
    ("CHE", "Switzerland", S4, r"governments of Norway and Switzerland"),
    ("nansen-protection-agenda", "Nansen Initiative Protection Agenda", S4, r"Nansen Initiative Protection Agenda"),
    ("pdd", "Platform on Disaster Displacement", S4, r"Platform on Disaster Displacement was launched"),
    ("DEU", "Germany", S4, r"Germany \(Chair\)"),
    ("AUS", "Australia", S4, r"founding members of the Platform on Disaster Displacement include Australia"),
    ("BRA", "Brazil", S4, r"include Australia, Brazil"),
    ("CRI", "Costa Rica", S4, r"Costa Rica, European Union"),
    ("FJI", "Fiji", S4, r"European Union, Fiji"),
    ("FRA", "France", S4, r"Fiji, France, Kenya"),
    ("KEN", "Kenya", S4, r"France, Kenya, Madagascar"),
    ("MDG", "Madagascar", S4, r"Kenya, Madagascar"),
    ("MDV", "Maldives", S4, r"Maldives, Mexico"),
    ("MEX", "Mexico", S4, r"Maldives, Mexico"),
    ("MAR", "Morocco", S4, r"Mexico, Morocco"),
    ("SEN", "Senegal", S4, r"Senegal, and Switzerland"),
    ("PHL", "Philippines", S4, r"Philippines, Senegal"),
    ("unhcr", "UNHCR", S4, r"The UNHCR and the IOM are also"),
    ("micic", "Migrants in Countries in Crisis Initiative", S4, r"The Migrants in Countries in Crisis \(MICIC\) initiative"),
    ("micic-guidelines", "MICIC Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural Disaster", S4, r"Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural Disaster,"),
    ("JPN", "Japan", S4, r"Japan" + A + r"s\s+Miyagi Prefecture"),
    ("miyagi-prefecture", "Miyagi Prefecture", S4, r"Miyagi Prefecture has implemented"),
    ("miyagi-disaster-volunteer-interpreter", "Miyagi Disaster Volunteer Interpreter programme", S4, r"Disaster Volunteer Interpreter" + Q + r" program"),
    ("miyagi-international-association", "Miyagi International Association", S4, r"coordinated by the Miyagi International Association"),
    ("aus-pictorial-action-guides", "Australia's pictorial action guides", S4, r"pictorial action guides"),
    ("aus-can-consular-sharing-agreement", "Canada-Australia Consular Services Sharing Agreement", S4, r"Consular\s+Sharing Agreement"),
    ("CAN", "Canada", S4, r"Canada and Australia, for example"),
    ("unfccc", "United Nations Framework Convention on Climate Change", S4, r"United Nations Framework Convention on Climate\s+Change"),
    ("cprd-bangladesh", "Center for Participatory Research and Development", S4, r"Work from the Center for Participatory Research and Development"),
    ("KIR", "Kiribati", S4, r"In the Republic of Kiribati"),
    ("kir-migration-with-dignity", "Kiribati Migration with Dignity policy", S4, r"promoting a .migration with dignity. agenda"),
    ("kir-adaptation-program", "Kiribati Adaptation Program", S4, r"World Bank launched its Kiribati Adaptation Program"),
    ("NZL", "New Zealand", S4, r"Australia and New Zealand present"),
    ("mcof", "IOM Migration Crisis Operational Framework", S4, r"Migration Crisis Operational Framework"),
    ("SYR", "Syria", S4, r"countries such as Syria, Afghanistan"),
    ("AFG", "Afghanistan", S4, r"countries such as Syria, Afghanistan"),
    ("IRQ", "Iraq", S4, r"Afghanistan,\s+Iraq, and Eritrea"),
    ("ERI", "Eritrea", S4, r"Iraq, and Eritrea"),
    ("LBY", "Libya", S4, r"eruption of violent conflict in Libya"),
    ("TUN", "Tunisia", S4, r"fled Libya to Tunisia"),
    ("EGY", "Egypt", S4, r"Tunisia, Egypt, Chad"),
    ("TCD", "Chad", S4, r"Egypt, Chad, Algeria"),
    ("DZA", "Algeria", S4, r"Chad, Algeria, Niger"),
    ("NER", "Niger", S4, r"Algeria, Niger, as well as"),
    ("GRC", "Greece", S4, r"as well as Greece\s+and Italy"),
    ("ITA", "Italy", S4, r"Greece\s+and Italy"),
    ("bgd-libya-repatriation-2011", "Bangladesh's World Bank-financed repatriation of migrant workers from Libya (2011)", S4, r"took a loan from\s+the World Bank for USD 40 million"),
    ("ZWE", "Zimbabwe", S4, r"Zimbabwean citizens fleeing"),
    ("zaf-zdp", "Dispensation of Zimbabweans Project", S4, r"Dispensation of Zimbabweans Project" + Q + r" \(ZDP\)"),
    ("zaf-zsp", "Zimbabwe Special Dispensation Permit", S4, r"Zimbabwe Special Dispensation Permit \(ZSP\)"),
    ("zaf-dha", "Department of Home Affairs (South Africa)", S4, r"South Africa" + A + r"s Department of Home Affairs \(DHA\)"),
    ("zaf-refugees-act-1998", "Refugees Act 130 of 1998 (South Africa)", S4, r"first refugee legislation came into force in 2000"),
    ("zaf-immigration-act-2002", "Immigration Act 13 of 2002 (South Africa)", S4, r"the country" + A + r"s Immigration Act"),
    ("ZAF", "South Africa", S4, r"affording the South African government|the South African government" + A + r"s attempt"),
    ("LSO", "Lesotho", S4, r"nationals from Lesotho"),
    ("zaf-lesotho-dispensation", "South Africa's dispensation process for Lesotho nationals", S4, r"dispensation process for nationals from Lesotho"),
    ("usa-tps", "Temporary Protected Status (United States)", S4, r"Temporary Protection Status" + Q + r" \(TPS\)"),
    ("USA", "United States", S4, r"eligible migrants in the United\s+States"),
    ("usa-tps-haiti", "TPS designation for Haiti (2010)", S4, r"provision of TPS for\s+Haitians"),
    ("HTI", "Haiti", S4, r"Haiti was struck"),
    ("usa-dhs", "U.S. Department of Homeland Security", S4, r"Department\s+of Homeland Security \(DHS\)"),
    ("HND", "Honduras", S4, r"Honduran and Nicaraguan citizens"),
    ("NIC", "Nicaragua", S4, r"Honduran and Nicaraguan citizens"),
    ("refugee-convention-1951", "Convention relating to the Status of Refugees (1951)", S4, r"1951 Convention relating to the\s+Status of Refugees"),
    ("refugee-protocol-1967", "Protocol relating to the Status of Refugees (1967)", S4, r"1967 Protocol relating to the Status of Refugees"),
    ("cartagena-declaration", "Cartagena Declaration on Refugees (1984)", S4, r"1984 Cartagena Declaration on Refugees"),
    ("brazil-declaration-2014", "Brazil Declaration and Plan of Action (2014)", S4, r"Brazil Declaration and Plan of Action"),
    ("oau-refugee-convention-1969", "OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969)", S4, r"Convention Governing the Specific Aspects of Refugee\s+Problems in Africa"),
    ("hrc", "United Nations Human Rights Council", S4, r"United\s+Nations Human Rights Council"),
    ("ohchr", "Office of the UN High Commissioner for Human Rights", S4, r"Office of the High Commissioner for Human Rights"),
    ("international-detention-coalition", "International Detention Coalition", S4, r"the International Detention Coalition \(IDC\)"),
    ("idc-there-are-alternatives", "There are Alternatives (IDC handbook)", S4, r"There are Alternatives: A handbook for preventing unnecessary"),
    ("europol", "Europol", S4, r"criminal intelligence agency Europol"),
    ("interpol", "Interpol", S4, r"Interpol and NGOs"),
    ("deu-bmi", "Federal Ministry of the Interior (Germany)", S4, r"the country" + A + r"s interior ministry"),
    ("missing-children-europe", "Missing Children Europe", S4, r"The NGO .Missing Children Europe."),
    ("summit-project", "SUMMIT project", S4, r"co-funded project .SUMMIT. .\s+Safeguarding"),
    ("summit-handbook", "Summit Handbook", S4, r"2016 handbook called .Summit Handbook"),
    ("idmc", "Internal Displacement Monitoring Centre", S4, r"Internal Displacement Monitoring Centre"),
    ("missing-migrants-project", "IOM Missing Migrants Project", S4, r"IOM" + A + r"s Missing Migrants Project"),
    ("rmms", "Regional Mixed Migration Secretariat", S4, r"Regional Mixed Migration Secretariat, based in"),
    ("rmms-4mi", "Mixed Migration Monitoring Mechanism Initiative (4mi)", S4, r"Mixed Migration Monitoring\s+Mechanism Initiative"),
    ("igad", "Intergovernmental Authority on Development", S4, r"Intergovernmental Authority on Development \(IGAD\)"),
    ("ETH", "Ethiopia", S4, r"Eritrean, Ethiopian, Djiboutian"),
    ("DJI", "Djibouti", S4, r"Ethiopian, Djiboutian"),
    ("SOM", "Somalia", S4, r"Djibouti, Eritrea, Somalia"),
    ("SWE", "Sweden", S4, r"Germany, Sweden, Norway"),
    ("DNK", "Denmark", S4, r"Norway and\s+Denmark"),
    ("MLI", "Mali", S4, r"\(Mali, Niger\)"),
    ("IND", "India", S4, r"\(Afghanistan, India, Indonesia\)"),
    ("IDN", "Indonesia", S4, r"Co-chaired by Indonesia and Australia"),
    ("YEM", "Yemen", S4, r"Gulf of Aden in Yemen"),
    ("knomad", "KNOMAD (Global Knowledge Partnership on Migration and Development)", S4, r"\(KNOMAD\)"),
    ("imf", "International Monetary Fund", S4, r"International Monetary Fund \(IMF\)"),
    ("wto", "World Trade Organization", S4, r"World Trade Organization\s+\(WTO\)"),
    ("who", "World Health Organization", S4, r"the World Health Organization"),
    ("unicef", "UNICEF", S4, r"Children" + A + r"s Fund \(UNICEF\)"),
    ("fao", "Food and Agriculture Organization", S4, r"Food and Agriculture\s+Organization"),
    ("ocha", "UN Office for the Coordination of Humanitarian Affairs", S4, r"\(UNOCHA\)"),
    ("un-women", "UN Women", S4, r"and UN Women and the United Nations"),
    ("un-desa", "United Nations Department of Economic and Social Affairs", S4, r"\(UN-\s*DESA\)"),
    ("gmg", "Global Migration Group", S4, r"mechanisms such as the Global Migration Group"),
    ("icpd-programme-of-action", "Programme of Action of the International Conference on Population and Development (Cairo, 1994)", S4, r"International Conference on Population\s+and Development \(ICPD\)"),
    ("hague-process", "Hague Process on Refugees and Migration", S4, r"the Hague Process \(launched in 1999"),
    ("sid-netherlands", "Society for International Development, Netherlands Chapter", S4, r"Society for International\s+Development of the Netherlands"),
    ("berne-initiative", "Berne Initiative", S4, r"the Berne Initiative \(started"),
    ("idm", "International Dialogue on Migration", S4, r"International Dialogues on Migration"),
    ("gcim", "Global Commission on International Migration", S4, r"Global Commission on International Migration"),
    ("hld-2006", "UN High-Level Dialogue on International Migration and Development (2006)", S4, r"first UN High-Level Dialogue on Migration and Development\s+in 2006"),
    ("hld-2013", "UN High-Level Dialogue on International Migration and Development (2013)", S4, r"in 2006 and the second in 2013"),
    ("gfmd-civil-society-coordinating-office", "GFMD Civil Society Coordinating Office", S4, r"Civil Society Coordinating Office"),
    ("eu-turkey-statement", "EU-Turkey Statement", S4, r"EU-Turkey Statement, commonly known"),
    ("eu", "European Union", S4, r"the 28 EU Heads of State"),
    ("PAK", "Pakistan", S4, r"Pakistan, Eritrea, Albania"),
    ("ALB", "Albania", S4, r"Eritrea, Albania, Kosovo"),
    ("NGA", "Nigeria", S4, r"Kosovo and Nigeria"),
    ("european-commission", "European Commission", S4, r"progress report by the European Commission"),
    ("schengen-convention", "Schengen Convention (Schengen area)", S4, r"passport-free Schengen zone"),
    ("MYS", "Malaysia", S4, r"government of Malaysia once again began to recruit"),
    ("bgd-mys-g2g-mou", "Bangladesh-Malaysia G2G Memorandum of Understanding (2012)", S4, r"signing of a Memorandum of Understanding\s+\(MOU\) between the governments of Bangladesh and Malaysia"),
    ("mys-cabw", "Malaysian Committee on Application of Bangladesh Workers", S4, r"Malaysian Committee on Application of Bangladesh Workers"),
    ("bgd-a2i", "Access to Information (a2i) programme (Bangladesh)", S4, r"Access to Information \(a2i\) Programme"),
    ("bgd-pmo", "Prime Minister's Office (Bangladesh)", S4, r"housed at the Prime Minister" + A + r"s Office"),
    ("usa-usaid", "USAID", S4, r"support from\s+UNDP and USAID"),
    ("bgd-mys-g2g-plus-mou", "Bangladesh-Malaysia G2G Plus MoU (2016)", S4, r"new .G2G Plus. scheme"),
    ("sadc", "Southern African Development Community", S4, r"Southern African Development Community \(SADC\)"),
    ("ecowas", "Economic Community of West African States", S4, r"Economic Community of West African States \(ECOWAS\)"),
    ("asean", "Association of Southeast Asian Nations", S4, r"Association of Southeast Asian Nations\s+\(ASEAN\)"),
    ("oacps", "Organisation of African, Caribbean and Pacific States (ACP Group)", S4, r"African, Caribbean and Pacific Group of States \(ACP\)"),
    ("mercosur", "MERCOSUR", S4, r"\(ACP\) and Mercusor"),
    ("bali-process", "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime", S4, r"the Bali Process on People Smuggling"),
    ("unodc", "UNODC", S4, r"United Nations Office of Drugs and Crime \(UNODC\)"),
    ("MMR", "Myanmar", S4, r"Afghanistan\s+and Myanmar"),
    ("metropolis", "International Metropolis Project", S4, r"The International Metropolis Project"),
    ("cities-of-migration", "Cities of Migration", S4, r"the Cities of Migration\[132\] project"),
    ("mayoral-forum", "Mayoral Forum on Mobility, Migration and Development", S4, r"The Mayoral Forum on Mobility, Migration, and\s+Development"),
    ("unitar", "UNITAR", S4, r"United Nations Institute for Training and Research \(UNITA\)"),
    ("city-barcelona", "Barcelona", S4, r"Launched in Barcelona in 2014"),
    ("jmdi", "Joint Migration and Development Initiative", S4, r"Joint Migration and Development Initiative \(JMDI\)"),
    ("unfpa", "UNFPA", S4, r"\(IOM, ILO, UNHCR, UNFPA and UN Women\)"),
    ("jmdi-bicol-project", "JMDI Bicol project", S4, r"Mainstreaming\s+migration and development into the governance of local authorities of the Bicol Region"),
    ("bicol-region", "Bicol Region", S4, r"The Bicol region, with an estimated population"),
    ("city-naga", "Naga City", S4, r"the government of the city of Naga"),
    ("naga-cdp-2011-2020", "Naga City Comprehensive Development Plan 2011-2020", S4, r"Comprehensive Development Plan, 2011-20"),
    ("bicol-cmd", "Bicol Regional Committee on Migration and Development", S4, r"Regional Committee on migration and development \(CMD\)"),
    ("che-sdc", "Swiss Agency for Development and Cooperation", S4, r"Swiss Agency for\s+Development and Cooperation"),
    ("phl-neda", "National Economic and Development Authority (Philippines)", S4, r"National Economic and\s+Development Authority" + A + r"s regional office"),
    ("phl-cfo", "Commission on Filipinos Overseas", S4, r"Commission for Filipinos Overseas"),
    ("phl-dole", "Department of Labor and Employment (Philippines)", S4, r"Department of Labor and Employment"),
    ("phl-owwa", "Overseas Workers Welfare Administration", S4, r"Overseas Workers and Welfare Administration"),
    ("phl-nrco", "National Reintegration Center for Overseas Filipino Workers", S4, r"National Reintegration Center for Overseas Filipino\s+Workers"),
    ("GBR", "United Kingdom", S4, r"Canada, and the United Kingdom"),
    ("city-vancouver", "Vancouver", S4, r"such as Vancouver, Canada"),
    ("vancouver-access-without-fear", "Vancouver Access to City Services Without Fear policy", S4, r"Access to City Services Without Fear" + Q + r" \(ACSWF\)"),
    ("vpl-access-without-fear", "Access to Vancouver Public Library Without Fear", S4, r"Access to Vancouver Public Library Without Fear"),
    ("vancouver-mayors-working-group-on-immigration", "Mayor's Working Group on Immigration (Vancouver)", S4, r"Mayor" + A + r"s Working Group on Immigration"),
    ("vancouver-police-department", "Vancouver Police Department", S4, r"Vancouver Police Department"),
    ("vancouver-park-board", "Vancouver Board of Parks and Recreation", S4, r"Vancouver Board of Parks\s+and Recreation"),
    ("vancouver-public-library", "Vancouver Public Library", S4, r"the Vancouver Public Library, the Vancouver School Board"),
    ("vancouver-school-board", "Vancouver School Board", S4, r"Vancouver School Board"),
    ("vancouver-coastal-health", "Vancouver Coastal Health", S4, r"Vancouver Coastal\s+Health"),
    ("translink", "TransLink", S4, r"TransLink \(public transit\) police"),
    ("can-cbsa", "Canada Border Services Agency", S4, r"Canada Border Services Agency"),
    ("city-toronto", "Toronto", S4, r"Toronto and Hamilton"),
    ("city-hamilton", "Hamilton (Ontario)", S4, r"Toronto and Hamilton"),
    ("toronto-access-without-fear", "Toronto sanctuary city policy", S4, r"used in two other Canadian cities, Toronto and Hamilton"),
    ("hamilton-sanctuary-city", "Hamilton sanctuary city policy", S4, r"used in two other Canadian cities, Toronto and Hamilton"),
    ("city-portland", "Portland (Oregon)", S4, r"Portland, Seattle, San Francisco and Chicago"),
    ("city-seattle", "Seattle", S4, r"Portland, Seattle, San Francisco and Chicago"),
    ("city-san-francisco", "San Francisco", S4, r"Seattle, San Francisco and Chicago"),
    ("city-chicago", "Chicago", S4, r"San Francisco and Chicago"),
    ("portland-sanctuary-policy", "Portland sanctuary city policy", S4, r"American cities\s+such as Portland"),
    ("seattle-sanctuary-policy", "Seattle sanctuary city policy", S4, r"American cities\s+such as Portland, Seattle"),
    ("san-francisco-city-of-refuge-ordinance", "San Francisco City and County of Refuge Ordinance", S4, r"Seattle, San Francisco and Chicago"),
    ("chicago-welcoming-city-ordinance", "Chicago Welcoming City Ordinance", S4, r"San Francisco and Chicago"),
    ("oslo-health-centre-undocumented-migrants", "Health Centre for Undocumented Migrants (Oslo)", S4, r"The Health Centre for Undocumented Migrants, Oslo, Norway"),
    ("city-oslo", "Oslo", S4, r"Migrants, in Oslo, Norway"),
    ("kirkens-bymisjon", "Church City Mission (Kirkens Bymisjon)", S4, r"Church City Mission in Oslo"),
    ("norwegian-red-cross", "Norwegian Red Cross", S4, r"Norwegian Red Cross/\s*Oslo Red Cross"),
]


def excerpt(text: str, pattern: str, width: int = 45) -> str:
    m = re.search(pattern, text)
    if m is None:
        raise LookupError(pattern)
    start = max(0, m.start() - width)
    end = min(len(text), m.end() + width)
    # widen to word boundaries
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return " ".join(text[start:end].split())


def main(seeds_dir: Path, out: Path) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    rows, missing, seen = [], [], set()
    for ent_id, name, seed, pattern in ENTRIES:
        if (ent_id, seed) in seen:
            raise SystemExit(f"duplicate entry {ent_id} {seed}")
        seen.add((ent_id, seed))
        try:
            quote = excerpt(texts[seed], pattern)
        except LookupError:
            missing.append((ent_id, seed, pattern))
            continue
        rows.append({"id": ent_id, "name": name, "seed": seed, "quote": quote})
    if missing:
        for m in missing:
            print("NOT FOUND:", *m, file=sys.stderr)
        raise SystemExit(1)
    header = (
        "# Every actor and instrument named in the seed documents (data/sources/seeds), with the\n"
        "# canonical id it has (or will have) in data/actors/. Generated by\n"
        "# tools/data/build_seed_entities.py (quotes are cut from the seed text); do not edit by hand.\n"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=200)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(header + body, encoding="utf-8")
    tmp.replace(out)
    print(f"{len(rows)} entries, {len({r['id'] for r in rows})} distinct ids -> {out}")


if __name__ == "__main__":
    from repo_paths import REPO, builder_args

    ap = builder_args(__doc__.splitlines()[0])
    ap.add_argument("--fixture", type=Path, default=REPO / "tests" / "fixtures" / "seed_entities.yaml")
    args = ap.parse_args()
    main(args.sources / "seeds", args.fixture)
