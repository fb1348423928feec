"""The visual vocabulary of maps: colour and shape per kind, line style per edge quality.

One table, read by the builder (node and edge styles) and by the page's
legend, so the legend always explains exactly what is drawn.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..vocab import LEVELS, RELATION_TYPES

__all__ = [
    "DASHES",
    "DIRECTED_TYPES",
    "DIRECTION_CUE",
    "EDGE_COLOURS",
    "GAP_COLOUR",
    "GUIDE_COLOURS",
    "INSTRUMENT_STYLE",
    "KIND_STYLE",
    "LEVEL_ORDER",
    "MAP_BACKGROUND",
    "legend",
    "node_style",
]

#: Actor kind -> (colour, vis-network shape, legend label). Hues from the Okabe-Ito palette, darkened where
#: needed so that every fill has at least 3:1 contrast against the white map; kinds that share a shape differ
#: in colour under simulated protanopia, deuteranopia and tritanopia too (tests/test_map_a11y.py).
KIND_STYLE: dict[str, tuple[str, str, str]] = {
    "un_agency": ("#0072b2", "dot", "UN agency"),
    "igo": ("#3f4fa0", "square", "Intergovernmental organisation"),
    "global_process": ("#8e3b8e", "hexagon", "Global process"),
    "rcp": ("#b35900", "triangle", "Regional consultative process"),
    "irf": ("#7a4a00", "triangleDown", "Inter-regional forum"),
    "rec": ("#c0392b", "square", "Regional organisation (REC)"),
    "state": ("#009e73", "dot", "State"),
    "national_agency": ("#00735a", "diamond", "National agency"),
    "subnational": ("#5f6b78", "triangleDown", "Subnational government"),
    "city": ("#a8326e", "dot", "City"),
    "city_network": ("#0d6e6e", "hexagon", "City network"),
    "cso": ("#9a3d9a", "diamond", "Civil society / private sector"),
}

#: Instruments: a star, darker when binding, lighter (still 3:1 on white) when not.
INSTRUMENT_STYLE: dict[bool, tuple[str, str, str]] = {
    True: ("#5c4a00", "star", "Instrument, binding (treaty, convention, protocol...): dark star"),
    False: ("#a37f00", "star", "Instrument, non-binding (compact, declaration, MoU...): light star"),
}

#: The page's background behind the map (fills are checked for contrast against it).
MAP_BACKGROUND = "#ffffff"

#: Edge colour tells vertical from horizontal ties (Okabe-Ito blue and bluish green)...
EDGE_COLOURS: dict[str, str] = {"vertical": "#0072b2", "horizontal": "#009e73"}
#: ...and so does a non-colour cue: a horizontal tie starts with a round dot (vis-network arrow ends,
#: merged into each tie's own arrows by the page).
DIRECTION_CUE: dict[str, dict[str, Any]] = {
    "vertical": {},
    "horizontal": {"from": {"enabled": True, "type": "circle", "scaleFactor": 0.5}},
}
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


#: Background of the level bands and colour of the level rings the page draws behind the network.
GUIDE_COLOURS: dict[str, str] = {"band": "#eef1f5", "ring": "#b8c0ca"}

#: Legend rows for encodings only some views draw: node-like rows, keyed by feature.
_FEATURE_NODES: dict[str, dict[str, Any]] = {
    "focus": {
        "label": "Focus actor (thick border): the map is drawn around it",
        "colour": "#ffffff",
        "shape": "dot",
        "border": 4,
    },
    "folded": {
        "label": "Folded node (dashed border, (+N) after the name): N local or civil-society actors counted "
        "into their country",
        "colour": "#ffffff",
        "shape": "dot",
        "border": 2,
        "borderDashes": [4, 3],
    },
    "bands": {
        "label": "Grey bands: one per level, labelled Global, Regional, National, Local at the left; "
        "instruments sit in the lower rows of their level",
        "colour": GUIDE_COLOURS["band"],
        "shape": "band",
    },
    "level-rings": {
        "label": "Rings: one per level, labelled at the top: Global inside, then Regional, National, Local",
        "colour": GUIDE_COLOURS["ring"],
        "shape": "ring",
    },
    "hop-rings": {
        "label": "Rings: the focus in the middle, then what is 1, 2... ties away from it (labelled at the top)",
        "colour": GUIDE_COLOURS["ring"],
        "shape": "ring",
    },
}

#: Legend rows for optional edge encodings, keyed by feature.
_FEATURE_EDGES: dict[str, dict[str, Any]] = {
    "merged": {
        "label": "Wider tie: several ties merged into one (the wider, the more; the tooltip gives the count)",
        "colour": "#555555",
        "dashes": False,
        "width": 5,
    },
    "parallel": {
        "label": "Curved ties: more than one tie between the same two nodes",
        "colour": "#555555",
        "dashes": False,
        "width": 2,
        "curved": True,
    },
}


def legend(
    kinds: set[str],
    has_instruments: set[bool],
    has_gaps: bool,
    size_label: str,
    features: Collection[str] = (),
) -> dict[str, Any]:
    """The legend entries for what a view draws (plain data; the page renders it).

    ``features`` names the optional encodings present: ``focus``, ``folded``, ``merged``,
    ``parallel`` and the layout guides ``bands``, ``level-rings`` or ``hop-rings``.
    """
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
    node_items += [{"key": key, **item} for key, item in _FEATURE_NODES.items() if key in features]
    edge_items = [
        {
            "key": "binding",
            "label": "Binding tie (party to a treaty, member of a treaty-based body)",
            "colour": "#555555",
            "dashes": DASHES["binding"],
            "width": 2,
        },
        {
            "key": "non-binding",
            "label": "Non-binding tie (RCP membership, endorsement, coordination)",
            "colour": "#555555",
            "dashes": DASHES["non-binding"],
            "width": 2,
        },
        {
            "key": "vertical",
            "label": "Vertical tie (between levels): blue, plain start",
            "colour": EDGE_COLOURS["vertical"],
            "dashes": False,
            "width": 3,
        },
        {
            "key": "horizontal",
            "label": "Horizontal tie (same level): green, starts with a round dot",
            "colour": EDGE_COLOURS["horizontal"],
            "dashes": False,
            "width": 3,
            "startDot": True,
        },
    ]
    if has_gaps:
        edge_items.append(
            {
                "key": "gap",
                "label": "Missing tie: a coherence gap, red dotted (reason in the tooltip and under Gaps)",
                "colour": GAP_COLOUR,
                "dashes": DASHES["gap"],
                "width": 3,
            }
        )
    edge_items += [{"key": key, **item} for key, item in _FEATURE_EDGES.items() if key in features]
    notes = [
        f"Node size: {size_label}.",
        "Arrows point from actor to the body, instrument or actor it joins, ratifies, endorses or acts on; "
        "coordination ties have no arrow.",
        "Selected node: black border; its ties get wider and keep their colours (gaps stay red).",
        "Keys on the map: + and - zoom, arrow keys move, 0 fits the whole map.",
        "Year slider: the map as of 1 January of that year (ties and nodes not yet started or already ended "
        "are hidden); Play steps through the years.",
    ]
    return {"nodes": node_items, "edges": edge_items, "notes": notes}
