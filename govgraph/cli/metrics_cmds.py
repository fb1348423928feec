"""Research commands: per-actor metrics, the summary, and the timeline."""

from __future__ import annotations

import click

from .common import WorldOptions, world_options

__all__ = ["metrics", "timeline_command"]


def _relation_options(f):  # type: ignore[no-untyped-def]
    """The options that choose the graph, shared by metrics and timeline (see govgraph.metrics.graphs)."""
    f = click.option(
        "--dated-only",
        "dated_only",
        is_flag=True,
        help="Leave out relations with no start date (by default they count as in force since both ends "
        "existed; undated_relations and undated_share say how many there are).",
    )(f)
    f = click.option(
        "--containment-ties",
        "containment_ties",
        is_flag=True,
        help="Let located_in and part_of be ties of centrality, brokerage, density and components "
        "(default: they count in the degree and relation columns only; containment is not coordination).",
    )(f)
    f = click.option(
        "--actors-only",
        "actors_only",
        is_flag=True,
        help="Compute on the actor-induced graph: no instrument nodes, no relation that touches an instrument.",
    )(f)
    f = click.option(
        "--binding",
        "binding",
        default="any",
        show_default=True,
        metavar="any|binding|non-binding",
        help="Count only binding or only non-binding relations.",
    )(f)
    f = click.option(
        "--exclude-relation",
        "exclude_relations",
        multiple=True,
        metavar="TYPE",
        help="Leave this relation type out (repeatable).",
    )(f)
    f = click.option(
        "--relation",
        "relations",
        multiple=True,
        metavar="TYPE",
        help="Count only this relation type (repeatable; default: every type but exits, "
        "suspensions, votes against, abstentions and contests).",
    )(f)
    return f


def _graph_choice(
    relations: tuple[str, ...],
    exclude_relations: tuple[str, ...],
    binding: str,
    actors_only: bool,
    containment_ties: bool,
    dated_only: bool,
) -> dict:  # type: ignore[type-arg]
    """The graph options checked (a UsageError names the bad one) and as keyword arguments of the API."""
    from ..metrics.graphs import choose_graph

    choose_graph(relations, exclude_relations, binding)
    return {
        "relations": relations or None,
        "exclude_relations": exclude_relations or None,
        "binding": binding,
        "actors_only": actors_only,
        "containment_ties": containment_ties,
        "dated_only": dated_only,
    }


def _output_options(f):  # type: ignore[no-untyped-def]
    f = click.option(
        "-o",
        "--output",
        "output",
        default=None,
        type=click.Path(dir_okay=False),
        help="File to write (default: standard output; parquet needs a file).",
    )(f)
    f = click.option(
        "-f",
        "--format",
        "fmt",
        default=None,
        metavar="csv|json|parquet",
        help="Output format (default: from the -o suffix, else csv).",
    )(f)
    return f


def _emit(tables: dict, fmt: str, output: str | None, meta: dict) -> None:  # type: ignore[type-arg]
    from ..errors import UsageError
    from ..metrics.output import render, write_tables

    if output is None:
        if fmt == "parquet":
            raise UsageError("-f parquet needs -o FILE")
        click.echo(render(tables, fmt, meta).decode("utf-8"), nl=False)
        return
    path = write_tables(tables, fmt, output, meta)
    rows = sum(len(df) for df in tables.values())
    click.echo(f"Wrote {path}: {rows} rows", err=True)


@click.command()
@world_options
@_relation_options
@click.option("--summary", is_flag=True, help="Whole-graph summary instead of per-actor rows.")
@click.option(
    "--groups",
    default=None,
    metavar="level|kind|region|subregion",
    help="Node groups for the brokerage roles (default: level; region with --brokerage-graph forum-projection).",
)
@click.option(
    "--brokerage-graph",
    "brokerage_graph",
    default="flow",
    show_default=True,
    metavar="flow|forum-projection",
    help="Count brokerage on the flow graph, or on the state-state projection of forum co-membership "
    "(states tied when they belong to a common RCP, IRF, REC, global process or city network; "
    "other rows left empty).",
)
@click.option(
    "--betweenness-k",
    "betweenness_k",
    type=int,
    default=None,
    metavar="K",
    help="Estimate betweenness and closeness from K sampled sources "
    "(default: exact up to 5000 nodes, 512 sources above).",
)
@click.option(
    "--communities",
    is_flag=True,
    help="Add a community column: Louvain communities of the undirected tie graph, seeded by --seed "
    "(0 = the largest community; the same seed gives the same labels).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the source sample and of --communities.")
@_output_options
def metrics(
    opts: WorldOptions,
    relations: tuple[str, ...],
    exclude_relations: tuple[str, ...],
    binding: str,
    actors_only: bool,
    containment_ties: bool,
    dated_only: bool,
    summary: bool,
    groups: str | None,
    brokerage_graph: str,
    betweenness_k: int | None,
    communities: bool,
    seed: int,
    fmt: str | None,
    output: str | None,
) -> None:
    """Network metrics per actor and instrument (or the --summary), as CSV, JSON or Parquet.

    Degree columns (degree, deg_/in_/out_<type>, by direction and binding)
    count every counted relation, containment included. Betweenness,
    closeness, eigenvector, constraint, effective size, k-core and neighbors
    use the undirected simple graph of the ties; PageRank and Gould-Fernandez
    brokerage (levels as groups) the directed flow graph. Ties are the counted
    relations except located_in and part_of (containment is not coordination;
    --containment-ties counts them). Columns are listed in the README ("Metrics").

    --communities adds a community column (seeded Louvain on the same
    undirected tie graph; modularity in the JSON meta).

    Example: govgraph metrics --as-of 2010-01-01 --actors-only -f csv -o metrics-2010.csv

    Example: govgraph metrics --as-of 2024-06-01 --actors-only --communities --seed 1 -o communities.csv
    """
    from ..atomic import check_writable
    from ..metrics.actors import check_brokerage_options
    from ..metrics.output import table_format

    # every argument is checked before anything is loaded or written
    fmt = table_format(fmt, output)
    choice = _graph_choice(relations, exclude_relations, binding, actors_only, containment_ties, dated_only)
    check_brokerage_options(groups, brokerage_graph)
    if communities and summary:
        from ..errors import UsageError

        raise UsageError("--communities: a per-actor column, not for --summary")
    date = opts.as_of
    if output is not None:
        check_writable(output)
    G = opts.graph()
    if summary:
        from ..metrics import summary_long, summary_tables

        tables = summary_tables(G, **choice)
        meta = dict(next(iter(tables.values())).attrs)
        _emit(tables if fmt == "json" else {"summary": summary_long(tables)}, fmt, output, meta)
        return
    from ..metrics import actor_metrics

    df = actor_metrics(
        G, **choice, groups=groups, brokerage_graph=brokerage_graph, betweenness_k=betweenness_k, seed=seed
    )
    for note in df.attrs.get("notes", []):
        click.echo(f"Note: {note}", err=True)
    if communities:
        from ..metrics import find_communities

        labels = find_communities(G, seed=seed, **choice)
        df["community"] = df["id"].map(labels).astype("int64")
        df.attrs["communities"] = dict(labels.attrs)
    meta = {**df.attrs, "as_of": date}
    _emit({"actors": df}, fmt, output, meta)


@click.command("timeline")
@click.option("--from", "start", default="2000", show_default=True, metavar="YEAR|DATE", help="First date.")
@click.option("--to", "end", default=None, metavar="YEAR|DATE", help="Last date (default: this year).")
@click.option("--step", default="1y", show_default=True, metavar="STEP", help="Step: 1y, 6m, 90d...")
@click.option(
    "--track",
    "track",
    multiple=True,
    metavar="ID",
    help="Count this actor's or instrument's relations per type on each date (repeatable), "
    "e.g. --track icmw for the parties to the Migrant Workers Convention.",
)
@_relation_options
@_output_options
@click.option(
    "--plot",
    "plot",
    default=None,
    type=click.Path(dir_okay=False),
    metavar="FILE.png|FILE.svg",
    help="Also draw the main series with matplotlib.",
)
@world_options
def timeline_command(
    start: str,
    end: str | None,
    step: str,
    track: tuple[str, ...],
    relations: tuple[str, ...],
    exclude_relations: tuple[str, ...],
    binding: str,
    actors_only: bool,
    containment_ties: bool,
    dated_only: bool,
    fmt: str | None,
    output: str | None,
    plot: str | None,
    opts: WorldOptions,
) -> None:
    """The summary metrics on each date from --from to --to (CSV, JSON or Parquet; PNG/SVG plot).

    Each row reports undated_relations and undated_share: the counted relations
    in force on the date that have no start date (they count as in force since
    both ends existed; --dated-only leaves them out).

    Example: govgraph timeline --from 2000 --to 2026 --step 1y --track icmw -o timeline.csv --plot timeline.png
    """
    from pathlib import Path

    from ..atomic import atomic_write, check_writable
    from ..dates import today
    from ..errors import UsageError
    from ..metrics.output import table_format
    from ..metrics.timeline import steps

    if opts.as_of_text is not None:
        raise UsageError("--as-of: the timeline takes --from and --to instead")
    fmt = table_format(fmt, output)
    choice = _graph_choice(relations, exclude_relations, binding, actors_only, containment_ties, dated_only)
    end = end or today()[:4]
    steps(start, end, step)  # checks the dates and the step
    plot_fmt = None
    if plot is not None:
        plot_fmt = Path(plot).suffix.lower().lstrip(".")
        if plot_fmt not in ("png", "svg"):
            raise UsageError(f"--plot: {plot!r} must end in .png or .svg")
        check_writable(plot)
    if output is not None:
        check_writable(output)
    ids = [opts.resolve(t) for t in track]
    G = opts.temporal_graph()
    from ..metrics import plot_timeline, timeline

    df = timeline(G, start, end, step, **choice, track=ids)
    meta = dict(df.attrs)
    if plot is not None and plot_fmt is not None:
        with atomic_write(plot, "wb") as handle:
            plot_timeline(df, handle, plot_fmt, title=f"govgraph timeline {start}-{end} ({step})")
        click.echo(f"Wrote {plot}", err=True)
    _emit({"timeline": df}, fmt, output, meta)
