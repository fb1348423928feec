"""Generate the example maps described in the README ("Example maps") into OUTDIR.

Usage: python visualizations/make_examples.py OUTDIR

- ecowas-2024-06-01.html: ECOWAS and its ties as of 1 June 2024 (15 member states), levels stacked.
- ecowas-2025-06-01.html: the same view as of 1 June 2025, after Burkina Faso, Mali and Niger left.
- philippines-gaps.html: the Philippines and its ties, with its coherence gaps drawn as missing ties.
- ecowas-story.html: the story "ECOWAS 1975-2025" (visualizations/stories/), to present step by step.

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
from govgraph.dates import check_date
from govgraph.errors import GovGraphError
from govgraph.gaps import find_gaps
from govgraph.loader import load_world
from govgraph.views import build_view, write_map
from govgraph.views.story import load_story, story_payload

STORIES = Path(__file__).resolve().parent / "stories"

EXAMPLES = [
    # (file name, focus query, as-of date, with gaps, hierarchical, title, story file or None)
    ("ecowas-2024-06-01.html", "ECOWAS", "2024-06-01", False, True, "ECOWAS as of 1 June 2024", None),
    ("ecowas-2025-06-01.html", "ECOWAS", "2025-06-01", False, True, "ECOWAS as of 1 June 2025", None),
    ("philippines-gaps.html", "PHL", None, True, False, "The Philippines and its coherence gaps", None),
    ("ecowas-story.html", "ECOWAS", None, False, True, "ECOWAS 1975–2025", "ecowas-1975-2025.yaml"),
]


def write_examples(outdir: Path) -> list[tuple[Path, str]]:
    """Write every example map into ``outdir``; return (path, one-line summary) per map."""
    outdir.mkdir(parents=True, exist_ok=True)
    world = load_world()
    history = graph(world, temporal=True)  # each page holds every dated tie, for its year slider
    written = []
    for name, query, as_of, with_gaps, hierarchical, title, story_file in EXAMPLES:
        day = check_date(as_of)
        focus = world.resolve(query)
        report = find_gaps(graph(world, day), focus) if with_gaps else None
        view = build_view(
            history, as_of=day, focus=focus, depth=1, gap_report=report, hierarchical=hierarchical, title=title
        )
        story = story_payload(load_story(STORIES / story_file), view, world.resolve) if story_file else None
        path = write_map(view, outdir / name, story=story)
        gaps = sum(1 for e in view.edges if e.gap is not None)
        extra = f", {gaps} gaps drawn" if with_gaps else ""
        extra += f", {len(story['steps'])} story steps" if story else ""
        nodes, ties = view.counts_on(day)
        written.append((path, f"{nodes} nodes, {ties} ties as of {day}{extra}"))
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python visualizations/make_examples.py OUTDIR", file=sys.stderr)
        return 2
    try:
        for path, summary in write_examples(Path(argv[0])):
            print(f"{path}: {summary}", file=sys.stderr)
    except GovGraphError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
