"""The visual vocabulary of maps: colour and shape per kind, line style per edge quality.

One table, read by the builder (node and edge styles) and by the page's
legend, so the legend always explains exactly what is drawn.
"""

from __future__ import annotations

from typing import Any

from ..vocab import LEVELS, RELATION_TYPES

__all__ = [
    "DASHES",
    "DIRECTED_TYPES",
    "EDGE_COLOURS",
    "GAP_COLOUR",
    "INSTRUMENT_STYLE",
    "KIND_STYLE",
    "LEVEL_ORDER",
    "legend",
    "node_style",
]

#: Actor kind -> (colour, vis-network shape, legend label).
KIND_STYLE: dict[str, tuple[str, str, str]] = {
    "un_agency": ("#1f6fb4", "dot", "UN agency"),
    "igo": ("#5b8fc7", "square", "Intergovernmental organisation"),
    "global_process": ("#7a4fb0", "hexagon", "Global process"),
    "rcp": ("#e07b1a", "triangle", "Regional consultative process"),
    "irf": ("#b85f10", "triangleDown", "Inter-regional forum"),
    "rec": ("#b8322a", "square", "Regional organisation (REC)"),
    "state": ("#2e8b57", "dot", "State"),
    "national_agency": ("#7fbf7f", "diamond", "National agency"),
    "subnational": ("#6b7b8c", "triangleDown", "Subnational government"),
    "city": ("#1aa3a3", "dot", "City"),
    "city_network": ("#0d7272", "hexagon", "City network"),
    "cso": ("#d1477a", "diamond", "Civil society / private sector"),
}

#: Instruments: a star, filled dark when binding, light when not.
INSTRUMENT_STYLE: dict[bool, tuple[str, str, str]] = {
    True: ("#9a7400", "star", "Instrument, binding (treaty, convention, protocol...)"),
    False: ("#f2d46b", "star", "Instrument, non-binding (compact, declaration, MoU...)"),
}

#: Edge colour tells vertical from horizontal ties.
EDGE_COLOURS: dict[str, str] = {"vertical": "#8e44ad", "horizontal": "#4f7f9f"}
GAP_COLOUR = "#e8112d"
#: Dash patterns: binding solid, non-binding dashed, missing (gap) dotted.
DASHES: dict[str, Any] = {"binding": False, "non-binding": [8, 5], "gap": [2, 6]}

#: Relation types whose direction means something (drawn with an arrow).
DIRECTED_TYPES = frozenset(RELATION_TYPES) - {"coordinates_with", "partners_with"}

#: Levels from the top of the map to the bottom.
LEVEL_ORDER: dict[str, int] = {lv: i for i, lv in enumerate(LEVELS)}


def node_style(entity: str, kind: str, binding: bool | None) -> tuple[str, str]:
    """(colour, shape) of a node."""
    if entity == "instrument":
        colour, shape, _ = INSTRUMENT_STYLE[bool(binding)]
        return colour, shape
    colour, shape, _ = KIND_STYLE.get(kind, ("#999999", "dot", kind))
    return colour, shape


def legend(kinds: set[str], has_instruments: set[bool], has_gaps: bool, size_label: str) -> dict[str, Any]:
    """The legend entries for what a view draws (plain data; the page renders it)."""
    node_items = [
        {"label": label, "colour": colour, "shape": shape, "key": kind}
        for kind, (colour, shape, label) in KIND_STYLE.items()
        if kind in kinds
    ]
    node_items += [
        {"label": label, "colour": colour, "shape": shape, "key": f"instrument-{b}"}
        for b, (colour, shape, label) in INSTRUMENT_STYLE.items()
        if b in has_instruments
    ]
    edge_items = [
        {
            "label": "Binding tie (party to a treaty, member of a treaty-based body)",
            "colour": "#555555",
            "dashes": DASHES["binding"],
            "width": 2,
        },
        {
            "label": "Non-binding tie (RCP membership, endorsement, coordination)",
            "colour": "#555555",
            "dashes": DASHES["non-binding"],
            "width": 2,
        },
        {"label": "Vertical tie (between levels)", "colour": EDGE_COLOURS["vertical"], "dashes": False, "width": 3},
        {"label": "Horizontal tie (same level)", "colour": EDGE_COLOURS["horizontal"], "dashes": False, "width": 3},
    ]
    if has_gaps:
        edge_items.append(
            {
                "label": "Missing tie: a coherence gap (reason in the tooltip)",
                "colour": GAP_COLOUR,
                "dashes": DASHES["gap"],
                "width": 3,
            }
        )
    notes = [
        f"Node size: {size_label}.",
        "Arrows point from actor to the body, instrument or actor it joins, ratifies, endorses or acts on; "
        "coordination ties have no arrow.",
    ]
    return {"nodes": node_items, "edges": edge_items, "notes": notes}
