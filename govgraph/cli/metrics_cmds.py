"""Research commands: per-actor metrics, the summary, and the timeline."""

from __future__ import annotations

import click

from .common import WorldOptions, world_options

__all__ = ["metrics", "timeline_command"]


def _relation_options(f):  # type: ignore[no-untyped-def]
    f = click.option(
        "--binding",
        "binding",
        default="any",
        show_default=True,
        metavar="any|binding|non-binding",
        help="Count only binding or only non-binding relations.",
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
    "--groups", default="level", show_default=True, metavar="level|kind", help="Node groups for the brokerage roles."
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
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the source sample.")
@_output_options
def metrics(
    opts: WorldOptions,
    relations: tuple[str, ...],
    binding: str,
    summary: bool,
    groups: str,
    betweenness_k: int | None,
    seed: int,
    fmt: str | None,
    output: str | None,
) -> None:
    """Network metrics per actor and instrument (or the --summary), as CSV, JSON or Parquet.

    Per node: degree by relation type, direction and binding; betweenness,
    closeness, eigenvector, PageRank; Burt's constraint and effective size;
    Gould-Fernandez brokerage roles with levels as groups; k-core. Columns are
    listed in the README ("Metrics").

    Example: govgraph metrics --as-of 2010-01-01 -f csv -o metrics-2010.csv
    """
    from ..atomic import check_writable
    from ..metrics.graphs import check_binding, check_relations
    from ..metrics.output import table_format

    # every argument is checked before anything is loaded or written
    fmt = table_format(fmt, output)
    check_relations(relations)
    check_binding(binding)
    date = opts.as_of
    if output is not None:
        check_writable(output)
    G = opts.graph()
    if summary:
        from ..metrics import summary_long, summary_tables

        tables = summary_tables(G, relations=relations or None, binding=binding)
        meta = dict(next(iter(tables.values())).attrs)
        _emit(tables if fmt == "json" else {"summary": summary_long(tables)}, fmt, output, meta)
        return
    from ..metrics import actor_metrics

    df = actor_metrics(
        G, relations=relations or None, binding=binding, groups=groups, betweenness_k=betweenness_k, seed=seed
    )
    for note in df.attrs.get("notes", []):
        click.echo(f"Note: {note}", err=True)
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
    binding: str,
    fmt: str | None,
    output: str | None,
    plot: str | None,
    opts: WorldOptions,
) -> None:
    """The summary metrics on each date from --from to --to (CSV, JSON or Parquet; PNG/SVG plot).

    Example: govgraph timeline --from 2000 --to 2026 --step 1y --track icmw -o timeline.csv --plot timeline.png
    """
    from pathlib import Path

    from ..atomic import atomic_write, check_writable
    from ..dates import today
    from ..errors import UsageError
    from ..metrics.graphs import check_binding, check_relations
    from ..metrics.output import table_format
    from ..metrics.timeline import steps

    if opts.as_of_text is not None:
        raise UsageError("--as-of: the timeline takes --from and --to instead")
    fmt = table_format(fmt, output)
    check_relations(relations)
    check_binding(binding)
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

    df = timeline(G, start, end, step, relations=relations or None, binding=binding, track=ids)
    meta = dict(df.attrs)
    if plot is not None and plot_fmt is not None:
        with atomic_write(plot, "wb") as handle:
            plot_timeline(df, handle, plot_fmt, title=f"govgraph timeline {start}-{end} ({step})")
        click.echo(f"Wrote {plot}", err=True)
    _emit({"timeline": df}, fmt, output, meta)
