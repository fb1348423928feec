"""Generate data/actors/instruments_global.yaml (global non-binding instruments).

GCM and GCR positions come from data/sources/unga_votes_73_195_gcm_73_151_gcr.csv
(recorded votes, Voeten UNGA voting data): yes -> endorses, no -> voted_against,
abstain -> abstained; absent / not voting -> no relation.  The New York
Declaration (adopted without a vote) is modelled as endorsed by every UN member
state (the 193 members listed in the same CSV).

    python tools/data/build_instruments_global.py [--sources DIR]
"""
import argparse
import csv
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _instruments_yaml import write  # noqa: E402
from repo_paths import builder_args  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
S = "instruments_global/"
VOTES_CSV = "unga_votes_73_195_gcm_73_151_gcr.csv"

SOURCES = {
    S + "unga-vote-73-195": {
        "title": "UN General Assembly, recorded vote on resolution 73/195 (Global Compact for Safe, Orderly and Regular Migration), 19 December 2018",
        "url": "https://hdl.handle.net/1902.1/12379",
        "as_of": "2018-12-19",
        "checked": True,
        "note": "Votes read from data/sources/unga_votes_73_195_gcm_73_151_gcr.csv (rcid 6140), extracted from "
                "Erik Voeten's UNGA voting data (Harvard Dataverse) as packaged by the unvotes R package. Totals "
                "152 yes / 5 no / 12 abstain, 24 absent or not voting, matching press reports of 19 Dec 2018. "
                "Absent states get no relation. The official record (UN Digital Library) was not consulted here.",
    },
    S + "a-res-73-195": {
        "title": "A/RES/73/195, Global Compact for Safe, Orderly and Regular Migration (adopted 19 December 2018)",
        "url": "https://undocs.org/A/RES/73/195",
        "as_of": "2018-12-19",
        "checked": False,
    },
    S + "unga-vote-73-151": {
        "title": "UN General Assembly, recorded vote on resolution 73/151 (Office of the UNHCR; affirms the Global Compact on Refugees), 17 December 2018",
        "url": "https://hdl.handle.net/1902.1/12379",
        "as_of": "2018-12-17",
        "checked": True,
        "note": "Votes read from data/sources/unga_votes_73_195_gcm_73_151_gcr.csv (rcid 6135), Voeten UNGA voting "
                "data. Totals 181 yes / 2 no (Hungary, United States) / 3 abstain (Dominican Republic, Eritrea, Libya), "
                "7 not voting. The UN press release (GA/12107, reliefweb 18 Dec 2018) names the abstainers 'Eritrea, "
                "Liberia, Libya'; the voting data and the AP and AFP reports of the vote name the Dominican Republic. "
                "The voting data are followed: Dominican Republic abstained, Liberia voted yes.",
    },
    S + "ga-12107-reliefweb": {
        "title": "General Assembly Endorses Landmark Global Compact on Refugees, Adopting 53 Third Committee Resolutions, 6 Decisions Covering Range of Human Rights (UN press release GA/12107, via reliefweb)",
        "url": "https://reliefweb.int/report/world/general-assembly-endorses-landmark-global-compact-refugees-adopting-53-third-committee",
        "as_of": "2018-12-18",
        "checked": True,
        "note": "Recorded vote 181-2-3; names the abstainers as Eritrea, Liberia, Libya (differs from the voting data "
                "and from AP/AFP, which name the Dominican Republic instead of Liberia).",
    },
    S + "ap-gcr-vote-dailysabah": {
        "title": "UN approves compact to support world's refugees amid US objection (AP, via Daily Sabah, 19 Dec 2018)",
        "url": "https://www.dailysabah.com/world/2018/12/19/un-approves-compact-to-support-worlds-refugees-amid-us-objection",
        "as_of": "2018-12-17",
        "checked": True,
        "note": "'The vote in the 193-member assembly was 181-2, with the Dominican Republic, Eritrea and Libya abstaining.'",
    },
    S + "a-res-73-151": {
        "title": "A/RES/73/151, Office of the United Nations High Commissioner for Refugees (affirming the Global Compact on Refugees, A/73/12 (Part II))",
        "url": "https://undocs.org/A/RES/73/151",
        "as_of": "2018-12-17",
        "checked": False,
    },
    S + "brazil-gcm-withdrawal-2019": {
        "title": "Brazil shoots itself in the foot by pulling out of United Nations pact (The Brazilian Report, 10 Jan 2019)",
        "url": "https://brazilian.report/power/2019/01/10/brazil-united-nations-pact/",
        "as_of": "2019-01-10",
        "checked": True,
        "note": "Reports that on Tuesday evening (8 January 2019) Foreign Minister Ernesto Araújo instructed Brazil's "
                "diplomats to inform the UN that Brazil would no longer be part of the Global Compact for Migration.",
    },
    S + "brazil-gcm-return-2023": {
        "title": "Brazil's Back to UN Global Migration Pact, Says the Ministry of Foreign Affairs (Folha de S.Paulo, Jan 2023)",
        "url": "https://www1.folha.uol.com.br/internacional/en/world/2023/01/brazils-back-to-un-global-migration-pact-says-the-ministry-of-foreign-affairs.shtml",
        "as_of": "2023-01-05",
        "checked": True,
        "note": "Itamaraty announced on Thursday 5 January 2023 that Brazil returns to the Global Compact for Migration.",
    },
    S + "a-res-71-1": {
        "title": "A/RES/71/1, New York Declaration for Refugees and Migrants (adopted 19 September 2016)",
        "url": "https://undocs.org/A/RES/71/1",
        "as_of": "2016-09-19",
        "checked": False,
        "note": "Adopted without a vote at the high-level plenary meeting on addressing large movements of refugees "
                "and migrants. Member list for the consensus relations: the 193 UN members in "
                "data/sources/unga_votes_73_195_gcm_73_151_gcr.csv (all members since 2011).",
    },
    S + "a-res-70-1": {
        "title": "A/RES/70/1, Transforming our world: the 2030 Agenda for Sustainable Development (adopted 25 September 2015)",
        "url": "https://undocs.org/A/RES/70/1",
        "as_of": "2015-09-25",
        "checked": False,
    },
    S + "sendai": {
        "title": "Sendai Framework for Disaster Risk Reduction 2015-2030 (UNDRR)",
        "url": "https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030",
        "as_of": "2015-06-03",
        "checked": False,
        "note": "Adopted at the Third UN World Conference on Disaster Risk Reduction, Sendai, 18 March 2015; endorsed by "
                "the General Assembly in A/RES/69/283 (3 June 2015).",
    },
    S + "a-res-69-283": {
        "title": "A/RES/69/283, Sendai Framework for Disaster Risk Reduction 2015-2030",
        "url": "https://undocs.org/A/RES/69/283",
        "as_of": "2015-06-03",
        "checked": False,
    },
    S + "nansen-agenda": {
        "title": "The Nansen Initiative, Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change (Global Consultation, Geneva, 12-13 October 2015)",
        "publication": "The Nansen Initiative, Protection Agenda, Volume I, 2015",
        "as_of": "2015-10",
        "checked": False,
        "note": "Endorsed by 109 governmental delegations at the Global Consultation in Geneva, October 2015. The list "
                "of endorsing states was not available here.",
    },
    S + "micic-guidelines": {
        "title": "MICIC Initiative, Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural Disaster (June 2016)",
        "url": "https://micicinitiative.iom.int/guidelines",
        "as_of": "2016-06",
        "checked": False,
    },
    S + "a-res-76-266": {
        "title": "A/RES/76/266, Progress Declaration of the International Migration Review Forum (adopted 7 June 2022)",
        "url": "https://undocs.org/A/RES/76/266",
        "as_of": "2022-06-07",
        "checked": False,
    },
    S + "iom-migof": {
        "title": "IOM Council resolution C/106/RES/1310 welcoming the Migration Governance Framework (MiGOF), 106th session, November 2015",
        "publication": "IOM Council, 106th session (Geneva, November 2015), Resolution No. 1310, C/106/RES/1310",
        "as_of": "2015-11",
        "checked": False,
    },
}


def inst(**kw):
    d = {"id": kw.pop("id"), "name": kw.pop("name")}
    for k in ["acronym", "aliases", "kind", "binding", "scope", "adopted", "in_force", "adopted_by",
              "policy_areas", "gcm_objectives", "amends", "supplements", "implements", "url", "note", "sources"]:
        if k in kw and kw[k] is not None:
            d[k] = kw.pop(k)
    assert not kw, kw
    return d


VOTE_TYPE = {"yes": "endorses", "no": "voted_against", "abstain": "abstained"}


def vote_relations(rows, resolution, target, date, source_keys):
    rels = []
    for r in sorted((x for x in rows if x["resolution"] == resolution), key=lambda x: x["iso3"]):
        t = VOTE_TYPE.get(r["vote"])
        if t is None:
            continue
        d = {"source": r["iso3"], "target": target, "type": t, "since": date}
        if r["note"] and "Yugoslavia" in r["note"]:
            d["note"] = "The voting data code Serbia as 'Yugoslavia'; mapped to SRB."
        d["sources"] = list(source_keys)
        rels.append(d)
    return rels


def main():
    args = builder_args(__doc__.splitlines()[0])
    args = args.parse_args()
    OUT = os.path.join(args.actors, "instruments_global.yaml")
    rows = list(csv.DictReader(open(os.path.join(args.sources, VOTES_CSV), encoding="utf-8")))

    gcm_src = [S + "unga-vote-73-195"]
    gcm = vote_relations(rows, "A/RES/73/195", "gcm", "2018-12-19", gcm_src)
    c = Counter(r["type"] for r in gcm)
    assert (c["endorses"], c["voted_against"], c["abstained"]) == (152, 5, 12), c
    absent_gcm = sorted(r["iso3"] for r in rows if r["resolution"] == "A/RES/73/195" and r["vote"] == "absent_or_not_voting")
    # Brazil: voted yes, withdrew 2019-01-08, returned 2023-01-05
    for r in gcm:
        if r["source"] == "BRA":
            r["until"] = "2019-01-08"
            r["note"] = ("Voted yes on 19 Dec 2018. Brazil withdrew from the Compact on 8 Jan 2019 (end of this relation; "
                         "the loader accepts withdrew_from only towards actors, so the withdrawal is recorded by `until`) "
                         "and returned on 5 Jan 2023 (separate relation).")
            r["sources"] = r["sources"] + [S + "brazil-gcm-withdrawal-2019"]
    gcm_changes = [
        {"source": "BRA", "target": "gcm", "type": "endorses", "since": "2023-01-05",
         "note": "Return to the Compact announced by the Ministry of Foreign Affairs (Lula government).",
         "sources": [S + "brazil-gcm-return-2023"]},
    ]

    gcr = vote_relations(rows, "A/RES/73/151", "gcr", "2018-12-17", [S + "unga-vote-73-151"])
    c2 = Counter(r["type"] for r in gcr)
    assert (c2["endorses"], c2["voted_against"], c2["abstained"]) == (181, 2, 3), c2
    absent_gcr = sorted(r["iso3"] for r in rows if r["resolution"] == "A/RES/73/151" and r["vote"] == "absent_or_not_voting")
    for r in gcr:
        if r["source"] == "DOM":
            r["note"] = ("Abstained per the voting data and AP/AFP reports; the UN press release GA/12107 names Liberia "
                         "instead. Voting data followed.")
            r["sources"] = r["sources"] + [S + "ap-gcr-vote-dailysabah", S + "ga-12107-reliefweb"]
        if r["source"] == "LBR":
            r["note"] = "Voted yes per the voting data; the UN press release GA/12107 lists Liberia among the abstainers."
            r["sources"] = r["sources"] + [S + "ga-12107-reliefweb"]

    members = sorted({r["iso3"] for r in rows})
    assert len(members) == 193
    nyd = [{"source": m, "target": "new-york-declaration", "type": "endorses", "since": "2016-09-19",
            "sources": [S + "a-res-71-1"]} for m in members]

    nansen = [{"source": m, "target": "nansen-protection-agenda", "type": "endorses", "since": "2015-10",
               "note": "Founding chair state of the Nansen Initiative, which convened the consultation that endorsed the Agenda.",
               "sources": [S + "nansen-agenda"]} for m in ("CHE", "NOR")]

    ALL_GCM_AREAS = ["migrant_rights", "labour_migration", "regular_pathways", "border_management", "smuggling",
                     "trafficking", "return_reintegration", "diaspora", "remittances", "integration", "health",
                     "children", "gender", "climate_disaster", "crisis", "data", "development", "consular",
                     "detention", "human_rights", "decent_work", "statelessness", "governance"]
    instruments = [
        inst(id="gcm", name="Global Compact for Safe, Orderly and Regular Migration", acronym="GCM",
             aliases=["Global Compact for Migration", "Marrakech Compact"], kind="compact", binding=False, scope="global",
             adopted="2018-12-19", adopted_by="unga", policy_areas=ALL_GCM_AREAS, gcm_objectives=list(range(1, 24)),
             implements=["sdg-10-7", "new-york-declaration"], url="https://undocs.org/A/RES/73/195",
             note=(f"Adopted at the Intergovernmental Conference in Marrakech on 10 December 2018 and endorsed by the "
                   f"General Assembly in A/RES/73/195 (19 Dec 2018) by a recorded vote of 152-5-12 (24 absent or not "
                   f"voting: {', '.join(absent_gcm)}; no relation for them). Relations: {c['endorses']} endorses, "
                   f"{c['voted_against']} voted_against, {c['abstained']} abstained (since 2018-12-19), plus Brazil's "
                   f"return (2023-01-05) after its withdrawal (2019-01-08, the `until` of its 2018 endorsement). Later statements of other states are not modelled."),
             sources=[S + "a-res-73-195", S + "unga-vote-73-195"]),
        inst(id="gcr", name="Global Compact on Refugees", acronym="GCR", kind="compact", binding=False, scope="global",
             adopted="2018-12-17", adopted_by="unga",
             policy_areas=["refugees", "asylum", "return_reintegration", "regular_pathways", "integration", "crisis",
                           "development", "governance", "human_rights"],
             gcm_objectives=[], implements=["new-york-declaration"], url="https://undocs.org/A/73/12(PARTII)",
             note=(f"Affirmed by the General Assembly in A/RES/73/151 (17 Dec 2018), recorded vote 181-2-3 (not voting: "
                   f"{', '.join(absent_gcr)}; no relation for them). Dominican Republic vs Liberia among the abstainers: "
                   f"the recorded-vote data (Dominican Republic abstained) is followed over the UN press release, "
                   f"see source notes."),
             sources=[S + "a-res-73-151", S + "unga-vote-73-151"]),
        inst(id="new-york-declaration", name="New York Declaration for Refugees and Migrants", kind="declaration",
             binding=False, scope="global", adopted="2016-09-19", adopted_by="unga",
             policy_areas=["refugees", "asylum", "migrant_rights", "human_rights", "governance", "integration",
                           "trafficking", "smuggling", "children"],
             gcm_objectives=[], url="https://undocs.org/A/RES/71/1",
             note=("A/RES/71/1, adopted without a vote (consensus). Modelled as endorsed by each of the 193 UN member "
                   "states from 2016-09-19. Annex I: Comprehensive Refugee Response Framework (basis of the GCR); "
                   "annex II launched the process towards the GCM."),
             sources=[S + "a-res-71-1"]),
        inst(id="agenda-2030", name="Transforming our world: the 2030 Agenda for Sustainable Development",
             aliases=["2030 Agenda", "Sustainable Development Goals", "SDGs"], kind="resolution", binding=False,
             scope="global", adopted="2015-09-25", adopted_by="unga",
             policy_areas=["development", "governance", "remittances", "trafficking", "data", "decent_work"],
             gcm_objectives=[], url="https://undocs.org/A/RES/70/1",
             note="A/RES/70/1, adopted without a vote. Endorsement by member states is not modelled (unlike the New York Declaration).",
             sources=[S + "a-res-70-1"]),
        inst(id="sdg-10-7", name="SDG target 10.7: facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies",
             aliases=["SDG 10.7", "Target 10.7"], kind="framework", binding=False, scope="global", adopted="2015-09-25",
             adopted_by="unga", policy_areas=["governance", "regular_pathways", "migrant_rights", "data"],
             gcm_objectives=[1, 5, 23], supplements=["agenda-2030"], url="https://undocs.org/A/RES/70/1",
             note="Target of Goal 10 of the 2030 Agenda (A/RES/70/1).", sources=[S + "a-res-70-1"]),
        inst(id="sendai-framework", name="Sendai Framework for Disaster Risk Reduction 2015-2030",
             aliases=["Sendai Framework"], kind="framework", binding=False, scope="global", adopted="2015-03-18",
             policy_areas=["climate_disaster", "crisis", "health"], gcm_objectives=[2],
             url="https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030",
             note=("Adopted at the Third UN World Conference on Disaster Risk Reduction (Sendai, 18 March 2015) - no "
                   "adopted_by edge, the conference being no actor here; endorsed by the General Assembly in "
                   "A/RES/69/283 (3 June 2015)."),
             sources=[S + "sendai", S + "a-res-69-283"]),
        inst(id="nansen-protection-agenda",
             name="Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change",
             aliases=["Nansen Protection Agenda", "Protection Agenda"], kind="framework", binding=False, scope="global",
             adopted="2015-10", adopted_by="nansen-initiative",
             policy_areas=["climate_disaster", "crisis", "regular_pathways", "human_rights"], gcm_objectives=[2, 5],
             note=("Endorsed by 109 states at the Nansen Initiative Global Consultation, Geneva, October 2015. Only "
                   "Switzerland and Norway (the initiative's founding chairs) are entered as endorsing; the list of the "
                   "other 107 was not available here. Follow-up: the Platform on Disaster Displacement (pdd)."),
             sources=[S + "nansen-agenda"]),
        inst(id="micic-guidelines", name="Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural Disaster",
             aliases=["MICIC Guidelines"], kind="guideline", binding=False, scope="global", adopted="2016-06",
             adopted_by="micic", policy_areas=["crisis", "climate_disaster", "consular", "migrant_rights"],
             gcm_objectives=[7, 14], url="https://micicinitiative.iom.int/guidelines",
             note="Outcome of the state-led Migrants in Countries in Crisis Initiative (co-chaired by the Philippines and the United States); released June 2016. No endorsing states entered.",
             sources=[S + "micic-guidelines"]),
        inst(id="imrf-progress-declaration", name="Progress Declaration of the International Migration Review Forum",
             aliases=["IMRF Progress Declaration"], kind="declaration", binding=False, scope="global",
             adopted="2022-06-07", adopted_by="unga", policy_areas=ALL_GCM_AREAS, gcm_objectives=list(range(1, 24)),
             implements=["gcm"], url="https://undocs.org/A/RES/76/266",
             note="A/RES/76/266, outcome of the first International Migration Review Forum (May 2022), adopted by the General Assembly on 7 June 2022. Positions of states on the vote are not entered.",
             sources=[S + "a-res-76-266"]),
        inst(id="migof", name="Migration Governance Framework", acronym="MiGOF", kind="framework", binding=False,
             scope="global", adopted="2015-11", adopted_by="iom",
             policy_areas=["governance", "migrant_rights", "crisis", "development", "data", "human_rights"],
             gcm_objectives=[1, 23],
             note="Welcomed by the IOM Council in resolution C/106/RES/1310 (106th session, November 2015). Basis of the Migration Governance Indicators (MGI).",
             sources=[S + "iom-migof"]),
    ]
    header = ("# Global non-binding migration instruments and states' positions on them.\n"
              "# GENERATED by tools/data/build_instruments_global.py from data/sources/unga_votes_73_195_gcm_73_151_gcr.csv\n"
              "# and the tables in that script. Edit the script, not this file.\n")
    R = [("gcm: recorded vote A/RES/73/195", gcm), ("gcm: later changes", gcm_changes),
         ("gcr: recorded vote A/RES/73/151", gcr), ("new-york-declaration: consensus", nyd),
         ("nansen-protection-agenda", nansen)]
    write(OUT, header, SOURCES, instruments, R)
    print(OUT, {k: len(v) for k, v in R})


if __name__ == "__main__":
    main()
