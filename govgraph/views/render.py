"""Render a :class:`MapView` to one self-contained HTML page (pyvis data, govgraph template).

govgraph.views.visdata builds the vis-network node and edge lists; the page is govgraph's own
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
from .style import DIRECTION_CUE, GUIDE_COLOURS
from .visdata import vis_data

__all__ = ["VIS_VERSION", "render_html", "vis_assets", "write_map"]

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


def render_html(view: MapView, story: dict[str, Any] | None = None) -> str:
    """The whole page as text; ``story`` (from :func:`govgraph.views.story.story_payload`) adds its steps."""
    net = vis_data(view)
    vis_js, vis_css = vis_assets()
    payload = {
        "sources": net.sources,
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
        "story": story,
        "direction_cue": DIRECTION_CUE,
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
        # the page script: map_app.js, then map_present.js (story, full screen, PNG), which drives it
        "APP_JS": _script_text(_asset("map_app.js") + "\n" + _asset("map_present.js")),
        "DATA": _json_for_script(payload),
    }
    values["SCRIPT_HASHES"] = " ".join(_csp_hash(values[k]) for k in ("VIS_JS", "APP_JS"))
    template = _asset("map_template.html")
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def write_map(view: MapView, path: str | Path, story: dict[str, Any] | None = None) -> Path:
    """Render ``view`` (with ``story`` steps, if any) and write it atomically to ``path``.

    Nothing is left behind on failure.
    """
    page = render_html(view, story)
    with atomic_write(path) as handle:
        handle.write(page)
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):  # a map is meant to be shared: the usual file mode, not mkstemp's 0600
        os.chmod(path, 0o666 & ~mask)
    return Path(path)
