"""The `map` command: an interactive, offline HTML governance map."""

from __future__ import annotations

from typing import Any

import click

from .common import WorldOptions, world_options

__all__ = ["map_command"]


@click.command("map")
@click.option(
    "--focus",
    metavar="ACTOR",
    default=None,
    help="Draw the ego network of this actor or instrument (id, ISO3 code, acronym or name).",
)
@click.option("--depth", type=int, default=1, show_default=True, metavar="N", help="Hops around --focus.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    metavar="KIND",
    help="Only this actor or instrument kind; 'instrument' for every instrument (repeatable).",
)
@click.option(
    "--level",
    "levels",
    multiple=True,
    metavar="LEVEL",
    help="Only this level: global, regional, national, local (repeatable).",
)
@click.option(
    "--relation",
    "relations",
    multiple=True,
    metavar="TYPE",
    help="Only this relation type, e.g. member_of, party_to (repeatable).",
)
@click.option(
    "--gaps",
    "with_gaps",
    is_flag=True,
    help="Draw the coherence gaps of --focus as red dotted 'missing' ties, with their reason.",
)
@click.option(
    "--hierarchical", is_flag=True, help="Stack the levels: global at the top, local at the bottom (default: rings)."
)
@click.option(
    "--size-by",
    default="degree",
    show_default=True,
    metavar="METRIC",
    help="Node size: degree, in_degree, out_degree, pagerank, betweenness, closeness, eigenvector, none.",
)
@click.option(
    "--max-nodes",
    type=int,
    default=None,
    metavar="N",
    help="Past N nodes, fold cities, subnational actors, CSOs and national agencies into their "
    "country (default 1500; 0 = never fold).",
)
@click.option("--title", default=None, help="Page title (default: the story's title, or from the focus).")
@click.option(
    "--story",
    "story_path",
    default=None,
    metavar="STEPS.yaml",
    help="Presentation steps (caption, focus or selection, filters, year) with previous/next in the page; "
    "its 'map:' options apply where the command line does not set them. A file, or the name of a shipped "
    "story: ecowas-1975-2025, philippines-labour-migration.",
)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    metavar="FILE.html",
    help="HTML file to write (self-contained; opens offline).",
)
@world_options
def map_command(
    focus: str | None,
    depth: int,
    kinds: tuple[str, ...],
    levels: tuple[str, ...],
    relations: tuple[str, ...],
    with_gaps: bool,
    hierarchical: bool,
    size_by: str,
    max_nodes: int | None,
    title: str | None,
    story_path: str | None,
    output: str,
    opts: WorldOptions,
) -> None:
    """Write an interactive map (HTML, works offline): colour and shape by kind, solid binding and
    dashed non-binding ties, vertical and horizontal ties in two colours, a legend, search and filters.

    Example: govgraph map --focus ECOWAS --hierarchical --as-of 2024-06-01 -o ecowas.html
    """
    from ..atomic import check_writable
    from ..errors import UsageError
    from ..views import DEFAULT_MAX_NODES, build_view, check_choices, write_map

    story = None
    if story_path is not None:
        from ..views.story import load_story

        story = load_story(story_path)
        focus, depth, with_gaps, hierarchical, title = _story_defaults(
            story.map, story.title, focus, depth, with_gaps, hierarchical, title
        )
    check_choices(kinds, levels, relations, size_by)
    if depth < 0:
        raise UsageError(f"--depth: must be 0 or more, got {depth}")
    if max_nodes is not None and max_nodes < 0:
        raise UsageError(f"--max-nodes: must be 0 or more, got {max_nodes}")
    if with_gaps and focus is None:
        raise UsageError("--gaps needs --focus ACTOR: gaps are drawn around one actor")
    check_writable(output)
    focus_id, report = _focus_and_gaps(opts, focus, with_gaps)
    # The view holds every dated tie of its nodes (the page's year slider), and starts on --as-of.
    view = build_view(
        opts.graph(temporal=True),
        as_of=opts.as_of,
        focus=focus_id,
        depth=depth,
        kinds=kinds,
        levels=levels,
        relations=relations,
        gap_report=report,
        size_by=size_by,
        hierarchical=hierarchical,
        max_nodes=DEFAULT_MAX_NODES if max_nodes is None else max_nodes,
        title=title,
    )
    payload = None
    if story is not None:
        from ..views.story import story_payload

        payload = story_payload(story, view, opts.resolve)
    path = write_map(view, output, story=payload)
    nodes, ties = view.counts_on(opts.as_of)
    folded = sum(view.folded.values())
    extra = f"; {folded} actors folded into {len(view.folded)} nodes (countries or regions)" if folded else ""
    gaps = sum(1 for e in view.edges if e.gap is not None)
    extra += f"; {gaps} gaps drawn" if with_gaps else ""
    extra += f"; a story of {len(story.steps)} steps" if story is not None else ""
    click.echo(f"Wrote {path}: {nodes} nodes, {ties} ties as of {opts.as_of}{extra}", err=True)


def _focus_and_gaps(opts: WorldOptions, focus: str | None, with_gaps: bool) -> tuple[str | None, Any]:
    """The focus id (it must exist on --as-of) and, with --gaps, its gap report on that date."""
    from ..errors import UsageError

    if focus is None:
        return None, None
    focus_id = opts.resolve(focus)
    G = opts.graph()
    if focus_id not in G:
        from .render import one_line

        name = one_line(opts.world().name_of(focus_id))
        raise UsageError(
            f"--focus: {focus_id} ({name}) did not exist on {opts.as_of} (founded/adopted later or dissolved)"
        )
    if not with_gaps:
        return focus_id, None
    from ..gaps import find_gaps

    return focus_id, find_gaps(G, focus_id)


def _story_defaults(
    story_map: dict[str, Any],
    story_title: str | None,
    focus: str | None,
    depth: int,
    with_gaps: bool,
    hierarchical: bool,
    title: str | None,
) -> tuple[str | None, int, bool, bool, str | None]:
    """The map options with the story's ``map:`` filled in where the command line gave none."""
    given = _given_on_command_line()
    return (
        focus if "focus" in given else story_map.get("focus", focus),
        depth if "depth" in given else story_map.get("depth", depth),
        with_gaps or bool(story_map.get("gaps")),
        hierarchical or bool(story_map.get("hierarchical")),
        title if title is not None else story_title,
    )


def _given_on_command_line() -> set[str]:
    """Names of the parameters the user typed (a story's map options fill in the others)."""
    ctx = click.get_current_context()
    return {
        name for name in ctx.params if ctx.get_parameter_source(name) not in (None, click.core.ParameterSource.DEFAULT)
    }
