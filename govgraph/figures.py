"""A state's migration profile on a date: the latest figure of each indicator, with its year and source.

A figure for year Y counts from the last day of Y (UNHCR and IDMC publish
end-year stocks; a yearly total is known once the year is over), so on
2024-06-01 the 2023 figure is the latest. Figures live in the graph attribute
``profiles`` (see :mod:`govgraph.temporal`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from .vocab import INDICATORS

__all__ = [
    "INDICATOR_LABELS",
    "SERIES_KEYS",
    "LatestFigure",
    "latest_figures",
    "profile_attributes",
    "series_attributes",
]

#: How each indicator reads in a sentence ("hosts 758,642 refugees").
INDICATOR_LABELS: dict[str, str] = {
    "refugees_hosted": "refugees hosted",
    "asylum_seekers_hosted": "asylum-seekers hosted",
    "others_in_need_hosted": "others in need of international protection hosted",
    "refugees_originating": "refugees originating from it (abroad)",
    "asylum_seekers_originating": "asylum-seekers originating from it",
    "others_in_need_originating": "others in need of international protection originating from it",
    "stateless": "stateless persons",
    "idps": "internally displaced persons (conflict and violence)",
    "immigrant_stock": "immigrants (international migrant stock)",
    "emigrant_stock": "emigrants (living abroad)",
    "population": "population",
    "remittances_received_usd": "remittances received (current US$)",
}


@dataclass(frozen=True)
class LatestFigure:
    """The newest figure of one indicator on or before a date."""

    indicator: str
    value: float
    year: int
    sources: list[dict[str, Any]]
    note: str | None = None

    @property
    def source_title(self) -> str:
        return "; ".join(s.get("title", "") for s in self.sources) or "no source"

    def statement(self, name: str) -> str:
        """The figure as evidence: "Lebanon: 535,168 refugees hosted (UNHCR Refugee Data Finder, ..., 2025)"."""
        source = self.sources[0].get("title", "no source") if self.sources else "no source"
        return f"{name}: {self.value:,.0f} {INDICATOR_LABELS[self.indicator]} ({source}, {self.year})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "label": INDICATOR_LABELS[self.indicator],
            "value": self.value,
            "year": self.year,
            "note": self.note,
            "sources": self.sources,
        }


def _known_on(year: int, date: str | None) -> bool:
    return date is None or f"{year:04d}-12-31" <= date


def latest_figures(G: nx.MultiDiGraph, state: str) -> list[LatestFigure]:
    """The state's latest figure of each indicator known on the graph's date (all years for a temporal graph)."""
    date = G.graph.get("as_of")
    series = (G.graph.get("profiles") or {}).get(state, {})
    out = []
    for indicator in INDICATORS:
        rows = [r for r in series.get(indicator, ()) if _known_on(r["year"], date)]
        if rows:
            row = rows[-1]  # oldest first
            out.append(LatestFigure(indicator, row["value"], row["year"], row["sources"], row.get("note")))
    return out


#: Node attributes of the temporal graph that hold a state's series (years and values, oldest first).
SERIES_KEYS = frozenset(k for i in INDICATORS for k in (f"{i}_years", f"{i}_values"))


def series_attributes(series: dict[str, list[dict[str, Any]]]) -> dict[str, list[Any]]:
    """A state's series as parallel lists of years and values, which a Cypher query can read from the node."""
    attrs: dict[str, list[Any]] = {}
    for indicator, rows in series.items():
        attrs[f"{indicator}_years"] = [r["year"] for r in rows]
        attrs[f"{indicator}_values"] = [r["value"] for r in rows]
    return attrs


def profile_attributes(series: dict[str, list[dict[str, Any]]], date: str) -> dict[str, Any]:
    """Flat node attributes for exports: ``<indicator>`` and ``<indicator>_year`` of the latest figure."""
    attrs: dict[str, Any] = {}
    for indicator in INDICATORS:
        rows = [r for r in series.get(indicator, ()) if _known_on(r["year"], date)]
        if rows:
            attrs[indicator] = rows[-1]["value"]
            attrs[f"{indicator}_year"] = rows[-1]["year"]
    return attrs
