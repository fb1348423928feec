"""Render a :class:`MapView` to one self-contained HTML page (pyvis data, govgraph template).

pyvis builds the vis-network node and edge lists; the page is govgraph's own
template (``visualizations/map_template.html`` with ``map_app.js`` and
``map_app.css``), because pyvis's template loads Bootstrap from a CDN and has
no legend. vis-network's JavaScript and CSS are inlined from the copy pyvis
bundles, so the page opens offline and makes no network request; a
Content-Security-Policy forbids any.

Text from the data reaches the page only as JSON inside a
``<script type="application/json">`` block (with ``<``, ``>`` and ``&``
escaped) and is put on screen with ``textContent``; the page title is
HTML-escaped. Links are made only from http/https URLs. The
Content-Security-Policy allows exactly the page's two scripts, by their SHA-256
hashes, so no injected inline script or handler could run.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import os
import re
from pathlib import Path
from typing import Any

from ..atomic import atomic_write
from ..errors import UsageError
from ..resources import assets_dir
from .builder import MapView
from .style import GUIDE_COLOURS

__all__ = ["VIS_VERSION", "network_options", "render_html", "to_pyvis", "vis_assets", "write_map"]

VIS_VERSION = "9.1.2"
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")


def _pyvis() -> Any:
    try:
        import pyvis.network
    except ImportError:
        raise UsageError(
            "maps need the package pyvis, which is not installed: pip install govgraph (or pip install pyvis)"
        ) from None
    return pyvis


def vis_assets() -> tuple[str, str]:
    """vis-network's (JavaScript, CSS), read from the copy bundled with pyvis."""
    lib = Path(_pyvis().__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"vis-network {VIS_VERSION} not found in the pyvis package ({exc})") from None
    return js, css


def network_options(view: MapView) -> dict[str, Any]:
    """vis-network options: physics off (positions come from Python), straight edges, label threshold."""
    big = len(view.edges) > 1500
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
        "nodes": {
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 2,
            "hoverWidth": 1,
            "width": 1.2,
            # No highlight colour here: each edge highlights in its own colour, so a selection keeps gaps red
            # and vertical/horizontal apart (it widens the ties instead, by selectionWidth).
            "color": {"inherit": False, "opacity": 0.85},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        },
    }


class _SourceTable:
    """Sources stored once per page and cited by index (a tie and its ends often share one)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self._index: dict[str, int] = {}

    def refs(self, sources: list[dict[str, Any]]) -> list[int]:
        out = []
        for s in sources:
            key = json.dumps(s, sort_keys=True, default=str)
            if key not in self._index:
                self._index[key] = len(self.rows)
                self.rows.append(s)
            out.append(self._index[key])
        return out


def _node_meta(n: Any, table: _SourceTable) -> dict[str, Any]:
    return {
        "name": n.name,
        "entity": n.entity,
        "kind": n.kind,
        "level": n.level,
        "acronym": n.acronym,
        "aliases": n.aliases,
        "country": n.country,
        "region": n.region,
        "sector": n.sector,
        "binding": n.binding,
        "dates": n.dates,
        "sources": table.refs(n.sources),
        "metric": round(n.metric, 6),
        "folded": n.folded,
        "focus": n.focus,
    }


def _edge_meta(e: Any, table: _SourceTable) -> dict[str, Any]:
    meta = {"type": e.type, "binding": e.binding, "direction": e.direction, "sources": table.refs(e.sources)}
    optional = {"since": e.since, "until": e.until, "role": e.role, "note": e.note, "gap": e.gap}
    meta.update({k: v for k, v in optional.items() if v is not None})
    if e.count > 1:
        meta["count"] = e.count
    return meta


def to_pyvis(view: MapView, table: _SourceTable | None = None) -> Any:
    """A pyvis Network holding the view's nodes and edges (positions fixed, physics off).

    Each item carries its data under ``gg``; sources are indices into ``table``.
    """
    table = table if table is not None else _SourceTable()
    Network = _pyvis().network.Network
    net = Network(directed=True, height="100%", width="100%")
    for n in view.nodes:
        border = "#111111" if n.focus else "#333333"
        options: dict[str, Any] = {
            "color": {
                "background": n.colour,
                "border": border,
                "highlight": {"background": n.colour, "border": "#000000"},
                "hover": {"background": n.colour, "border": "#000000"},
            },
            "x": n.x,
            "y": n.y,
            "size": round(n.size, 2),
            "physics": False,
            "borderWidth": 4 if n.focus else (2 if n.folded else 1),
            "gg": _node_meta(n, table),
        }
        if n.folded:
            options["shapeProperties"] = {"borderDashes": [4, 3]}
        net.add_node(n.id, label=n.label, shape=n.shape, **options)
    pair_count: dict[tuple[str, str], int] = {}
    for e in view.edges:
        pair = (min(e.source, e.target), max(e.source, e.target))
        k = pair_count.get(pair, 0)
        pair_count[pair] = k + 1
        # Only what differs from the defaults in network_options: a smaller page that vis-network parses faster.
        options: dict[str, Any] = {
            "id": e.id,
            "color": {"color": e.colour, "hover": e.colour, "highlight": e.colour},
            "gg": _edge_meta(e, table),
        }
        if e.dashes:
            options["dashes"] = e.dashes
        if e.gap:
            options["width"] = 2.5
        elif e.count > 1:
            options["width"] = 1.0 + min(e.count, 8) * 0.5
        if not e.arrow:
            options["arrows"] = {"to": {"enabled": False}}
        if k:  # parallel ties between the same pair curve apart instead of overlapping
            options["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if k % 2 else "curvedCCW",
                "roundness": 0.15 * ((k + 1) // 2),
            }
        net.add_edge(e.source, e.target, **options)
    net.options = network_options(view)
    return net


def _json_for_script(value: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _script_text(text: str) -> str:
    """Script text as the HTML parser will read it: no '</script', line ends as LF (so its hash matches)."""
    return re.sub(r"</(script)", r"<\\/\1", text.replace("\r\n", "\n").replace("\r", "\n"), flags=re.IGNORECASE)


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _asset(name: str) -> str:
    path = assets_dir() / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"view asset {str(path)!r} is missing ({exc.strerror or exc})") from None


def render_html(view: MapView) -> str:
    """The whole page as text."""
    table = _SourceTable()
    net = to_pyvis(view, table)
    vis_js, vis_css = vis_assets()
    payload = {
        "sources": table.rows,
        "title": view.title,
        "as_of": view.as_of,
        "focus": view.focus,
        "depth": view.depth,
        "size_by": view.size_by,
        "hierarchical": view.hierarchical,
        "notes": view.notes,
        "legend": view.legend,
        "unplaced_gaps": view.unplaced_gaps,
        "guides": view.guides,
        "guide_colours": GUIDE_COLOURS,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
    }
    subtitle = f"{len(view.nodes)} nodes, {len(view.edges)} ties"
    if view.as_of:
        subtitle += f", as of {view.as_of}"
    values = {
        "TITLE": html.escape(view.title),
        "SUBTITLE": html.escape(subtitle),
        "VIS_CSS": vis_css.replace("</style", "<\\/style"),
        "APP_CSS": _asset("map_app.css"),
        "VIS_JS": _script_text(vis_js),
        "APP_JS": _script_text(_asset("map_app.js")),
        "DATA": _json_for_script(payload),
    }
    values["SCRIPT_HASHES"] = " ".join(_csp_hash(values[k]) for k in ("VIS_JS", "APP_JS"))
    template = _asset("map_template.html")
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def write_map(view: MapView, path: str | Path) -> Path:
    """Render ``view`` and write it atomically to ``path`` (nothing is left behind on failure)."""
    page = render_html(view)
    with atomic_write(path) as handle:
        handle.write(page)
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):  # a map is meant to be shared: the usual file mode, not mkstemp's 0600
        os.chmod(path, 0o666 & ~mask)
    return Path(path)
