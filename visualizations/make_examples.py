"""Generate the example maps described in the README ("Example maps") into OUTDIR.

Usage: python visualizations/make_examples.py OUTDIR

- ecowas-2024-06-01.html: ECOWAS and its ties as of 1 June 2024 (15 member states), levels stacked.
- ecowas-2025-06-01.html: the same view as of 1 June 2025, after Burkina Faso, Mali and Niger left.
- philippines-gaps.html: the Philippines and its ties, with its coherence gaps drawn as missing ties.

The maps are generated from the bundled data each time (never committed), so they follow the data.
"""

from __future__ import annotations

import sys
from pathlib import Path

try:
    import govgraph  # noqa: F401
except ImportError:  # run from a source checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from govgraph.api import graph
from govgraph.errors import GovGraphError
from govgraph.gaps import find_gaps
from govgraph.loader import load_world
from govgraph.views import build_view, write_map

EXAMPLES = [
    # (file name, focus query, as-of date, with gaps, hierarchical, title)
    ("ecowas-2024-06-01.html", "ECOWAS", "2024-06-01", False, True, "ECOWAS as of 1 June 2024"),
    ("ecowas-2025-06-01.html", "ECOWAS", "2025-06-01", False, True, "ECOWAS as of 1 June 2025"),
    ("philippines-gaps.html", "PHL", None, True, False, "The Philippines and its coherence gaps"),
]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python visualizations/make_examples.py OUTDIR", file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        world = load_world()
        for name, query, as_of, with_gaps, hierarchical, title in EXAMPLES:
            G = graph(world, as_of)
            focus = world.resolve(query)
            report = find_gaps(G, focus) if with_gaps else None
            view = build_view(G, focus=focus, depth=1, gap_report=report, hierarchical=hierarchical, title=title)
            path = write_map(view, outdir / name)
            gaps = sum(1 for e in view.edges if e.gap is not None)
            extra = f", {gaps} gaps drawn" if with_gaps else ""
            print(f"{path}: {len(view.nodes)} nodes, {len(view.edges)} ties{extra}", file=sys.stderr)
    except GovGraphError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
