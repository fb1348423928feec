"""Regime-complex analyses: forum overlap."""

from __future__ import annotations

import click

from .common import WorldOptions, world_options

__all__ = ["overlap"]


@click.command()
@world_options
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    metavar="rcp|irf|rec|global_process",
    help="Compare only forums of this kind (repeatable; default: all four).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    default=None,
    metavar="csv|json|parquet",
    help="Output format (default: from the -o suffix, else csv).",
)
@click.option(
    "-o",
    "--output",
    "output",
    default=None,
    type=click.Path(dir_okay=False),
    help="File to write (default: standard output; parquet needs a file).",
)
def overlap(opts: WorldOptions, kinds: tuple[str, ...], fmt: str | None, output: str | None) -> None:
    """Jaccard similarity of the state member sets of every pair of forums (RCP, IRF, REC, global process).

    A state belongs to a forum through member_of, associate_of or participates_in
    in force on --as-of. One row per pair of forums with state members: the
    member counts, shared = states in both, union = states in either,
    jaccard = shared / union (highest first).

    Example: govgraph overlap --as-of 2024-06-01 --kind rcp --kind rec -f csv -o overlap.csv
    """
    from ..atomic import check_writable
    from ..errors import UsageError
    from ..metrics.output import render, table_format, write_tables
    from ..metrics.overlap import check_kinds, forum_overlap

    fmt = table_format(fmt, output)  # every argument is checked before anything is loaded
    chosen = check_kinds(kinds)
    if output is None and fmt == "parquet":
        raise UsageError("-f parquet needs -o FILE")
    if output is not None:
        check_writable(output)
    date = opts.as_of
    df = forum_overlap(opts.graph(), chosen)
    meta = {**df.attrs, "as_of": date}
    if output is None:
        click.echo(render({"overlap": df}, fmt, meta).decode("utf-8"), nl=False)
        return
    write_tables({"overlap": df}, fmt, output, meta)
    click.echo(f"Wrote {output}: {len(df)} forum pairs of {meta['forums']} forums", err=True)
