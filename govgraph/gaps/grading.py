"""One ranking across rules: each gap's exposure, confidence, priority, GCM objectives and MGI domain.

``priority = exposure × strength × confidence``, comparable across rules:

- **exposure** (0.05–1): how much the gap matters for this state, read from its
  migration profile (the latest figure known on the date): refugees, asylum-seekers
  and others in need hosted for refugee and statelessness instruments; emigrants
  or immigrants for migrant-worker instruments; the corridor's migrant stock for a
  corridor; immigrants plus emigrants otherwise. ``log10(1 + people) / 7``, so ten
  million people is 1 and a state with no figure gets the floor. The figure, its
  year and source join the gap's evidence ("hosts 535,168 refugees (UNHCR ..., 2025)").
- **strength** (0.1–1): the rule's own score (the share of peers or parties that
  make the expectation).
- **confidence** (0–1): the best source kind behind the evidence (a depositary or
  government record 1.0, an IGO 0.9, an academic dataset 0.8, anything else 0.6),
  × 0.75 when no supporting fact was checked against its source, × the age of the
  newest evidence (1.0 within 2 years of the date, 0.85 within 5, 0.7 beyond).

The MGI domains are the six headings of IOM's Migration Governance Insights (seed 001).
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..figures import latest_figures
from .record import Evidence, Gap

__all__ = ["MGI_DOMAINS", "grade"]

MGI_DOMAINS = (
    "saving lives and protecting people",
    "climate-related mobility and displacement",
    "pathways for labour migration",
    "empowering migrants",
    "migration policy coherence",
    "partnerships",
)
_PROTECTION = {"refugees", "asylum", "statelessness", "trafficking", "smuggling", "detention", "children", "crisis"}
_LABOUR = {"labour_migration", "decent_work", "regular_pathways", "free_movement", "remittances"}
_RULE_DOMAIN = {
    "forum-gap": "partnerships",
    "neighbour-gap": "partnerships",
    "corridor-gap": "partnerships",
    "institutional-gap": "partnerships",
    "rejection-gap": "partnerships",
    "society-gap": "partnerships",
    "vertical-gap": "migration policy coherence",
    "horizontal-gap": "migration policy coherence",
}
#: GCM objectives a rule speaks to when its counterpart is not an instrument that lists its own.
_RULE_OBJECTIVES = {
    "corridor-gap": [5, 6, 19, 20, 23],
    "neighbour-gap": [11, 23],
    "forum-gap": [23],
    "institutional-gap": [23],
    "rejection-gap": [23],
    "society-gap": [19, 23],
    "vertical-gap": [23],
    "horizontal-gap": [23],
}
_OFFICIAL = re.compile(
    r"treaties\.un\.org|normlex|ilo\.org|au\.int|\.gov(\.|/|$)|\.gob\.|\.gouv\.|europa\.eu|legislation|"
    r"officialgazette|ecowas\.int|sadc\.int|asean\.org|coe\.int|osce\.org|oas\.org|state\.gov|admin\.ch",
)
_IGO = re.compile(
    r"un\.org|iom\.int|unhcr\.org|unodc\.org|worldbank\.org|oecd\.org|internal-displacement\.org|gfmd\.org"
)
_ACADEMIC = re.compile(r"hdl\.handle\.net|doi\.org|\.edu(/|$)|\.ac\.|dataverse|correlatesofwar")


def _source_kind(source: dict[str, Any]) -> float:
    url = (source.get("url") or "").lower()
    if _OFFICIAL.search(url):
        return 1.0
    if _IGO.search(url):
        return 0.9
    if _ACADEMIC.search(url):
        return 0.8
    return 0.6


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _people(G: Any, state: str, indicators: tuple[str, ...]) -> tuple[float, list[Any]]:
    figures = [f for f in latest_figures(G, state) if f.indicator in indicators]
    return sum(f.value for f in figures), figures


def _exposure(G: Any, gap: Gap, areas: set[str]) -> tuple[float, list[Evidence]]:
    """How much the gap matters for the state, and the figures that say so (as evidence)."""
    if G.nodes[gap.subject].get("kind") != "state":
        return 0.5, []
    if gap.rule == "corridor-gap" and gap.details.get("stock"):
        people, figures = float(gap.details["stock"]), []
    elif areas & {"refugees", "asylum", "statelessness"}:
        wanted = ("refugees_hosted", "asylum_seekers_hosted", "others_in_need_hosted")
        people, figures = _people(G, gap.subject, (*wanted, "stateless") if "statelessness" in areas else wanted)
    elif areas & (_LABOUR | {"migrant_rights"}):
        emigrants, out_figs = _people(G, gap.subject, ("emigrant_stock",))
        immigrants, in_figs = _people(G, gap.subject, ("immigrant_stock",))
        people, figures = (emigrants, out_figs) if emigrants >= immigrants else (immigrants, in_figs)
    else:
        people, figures = _people(G, gap.subject, ("immigrant_stock", "emigrant_stock"))
    score = min(1.0, max(0.05, math.log10(1 + people) / 7))
    name = G.nodes[gap.subject]["name"]
    evidence = [Evidence(f.statement(name), sources=tuple(f.sources)) for f in figures]
    return score, evidence


def _confidence(gap: Gap, as_of: str | None) -> tuple[float, str | None]:
    sources = [s for e in gap.expected_because for s in e.sources]
    dates = [d for e in gap.expected_because for d in (e.since,) if d] + [
        s.get("as_of") for s in sources if s.get("as_of")
    ]
    newest = max(dates) if dates else None
    if not sources:
        return 0.5, newest
    kind = max(_source_kind(s) for s in sources)
    checked = 1.0 if any(s.get("checked") for s in sources) else 0.75
    age_years = (_year(as_of) or 0) - (_year(newest) or 0) if newest and as_of else 0
    age = 1.0 if age_years <= 2 else 0.85 if age_years <= 5 else 0.7
    return round(kind * checked * age, 3), newest


def grade(G: Any, gap: Gap) -> None:
    """Fill in the gap's exposure evidence, priority, confidence, GCM objectives and MGI domain (in place)."""
    topic = gap.details.get("topic")
    node = G.nodes[topic] if isinstance(topic, str) and topic in G else {}
    instrument = node if node.get("entity") == "instrument" else {}
    group = [G.nodes[i] for i in gap.details.get("missing", ()) if i in G] or ([instrument] if instrument else [])
    areas = {a for i in group for a in i.get("policy_areas") or []}
    exposure, figures = _exposure(G, gap, areas)
    stated = {e.statement for e in gap.expected_because}
    figures = [e for e in figures if e.statement not in stated]  # a rule may already cite the figure
    gap.expected_because = [*gap.expected_because, *figures, *_shortfall(gap, instrument)]
    gap.confidence, gap.newest_evidence = _confidence(gap, G.graph.get("as_of"))
    if instrument.get("published_shortfall"):
        gap.confidence = round(gap.confidence * 0.85, 3)  # the subject may be one of the parties not recorded
    strength = min(1.0, max(0.1, gap.score))
    gap.priority = round(exposure * strength * gap.confidence, 4)
    gap.details["exposure"] = round(exposure, 3)
    objectives = {o for i in group for o in i.get("gcm_objectives") or []}
    gap.gcm_objectives = sorted(objectives or _RULE_OBJECTIVES.get(gap.rule, []))
    gap.mgi_domain = _domain(gap.rule, areas, topic)


def _shortfall(gap: Gap, instrument: dict[str, Any]) -> list[Evidence]:
    """A caveat where the party table is a few parties short of the depositary's count."""
    missing = instrument.get("published_shortfall")
    if not missing:
        return []
    return [
        Evidence(
            f"caveat: the party table here lacks {missing} of the {instrument['published_parties']} parties "
            f"published on {instrument['published_as_of']}; {gap.subject_name or gap.subject} may be one of them",
            sources=tuple(instrument.get("sources") or ()),
        )
    ]


#: The MGI domain of each group of the exposure rule.
_EXPOSURE_DOMAIN = {
    "refugee protection": "saving lives and protecting people",
    "statelessness": "saving lives and protecting people",
    "migrant workers": "pathways for labour migration",
}


def _domain(rule: str, areas: set[str], topic: Any = None) -> str:
    if rule == "exposure-gap" and topic in _EXPOSURE_DOMAIN:
        return _EXPOSURE_DOMAIN[topic]
    if rule in _RULE_DOMAIN:
        return _RULE_DOMAIN[rule]
    if "climate_disaster" in areas:
        return "climate-related mobility and displacement"
    if areas & _PROTECTION:
        return "saving lives and protecting people"
    if areas & _LABOUR:
        return "pathways for labour migration"
    if areas & {"migrant_rights", "human_rights", "integration", "health"}:
        return "empowering migrants"
    return "migration policy coherence"
