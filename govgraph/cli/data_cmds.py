"""Commands over the dataset itself: validate, show, list, export."""

from __future__ import annotations

from pathlib import Path

import click

from .common import WorldOptions, console, emit_json, json_option, world_options
from .render import clean, one_line

__all__ = ["export", "list_entities", "show", "validate"]


@click.command()
@world_options
@json_option
def validate(opts: WorldOptions, as_json: bool) -> None:
    """Load and check the data; print counts by kind, level, relation type, binding and direction,
    and coverage: which party tables, memberships and per-state lists are recorded as complete.

    Example: govgraph validate --data my_actors/
    """
    from ..coverage import coverage_summary, silent_bodies
    from ..errors import DataError
    from ..summary import summarize
    from ..temporal import size_on

    as_of = opts.as_of if opts.as_of_text is not None else None  # a bad date fails before any data is read
    world = opts.world()
    silent = silent_bodies(world)
    if silent:
        raise DataError(silent)
    summary = summarize(world, as_of)
    summary["coverage"] = coverage_summary(world)
    summary["graph_as_of"] = opts.as_of
    summary["graph_nodes"], summary["graph_edges"] = size_on(world, opts.as_of)
    if as_json:
        emit_json(summary)
        return
    lines = [
        f"OK: {summary['files']} files, {summary['actors']} actors, {summary['instruments']} instruments, "
        f"{summary['relations_total']} relations, {summary['corridors']} corridors",
        f"Facts: {summary['facts']}: {summary['facts_checked']} checked against their source here, "
        f"{summary['facts_unchecked']} unchecked (entered from knowledge of what the source publishes)",
    ]
    lines.append(
        f"Graph as of {summary['graph_as_of']} (what `show`, `gaps` and `export` use): {summary['graph_nodes']} nodes, "
        f"{summary['graph_edges']} edges (relations in force, plus links derived from instrument fields)"
    )
    for key, title in (
        ("actors_by_kind", "Actors by kind"),
        ("actors_by_level", "Actors by level"),
        ("instruments_by_kind", "Instruments by kind"),
        ("instruments_binding", "Instruments"),
        ("relations_by_type", "Relations by type"),
        ("relations_by_binding", "Relations by binding"),
        ("relations_by_direction", "Relations by direction"),
        ("unchecked_relations_by_type", "Unchecked relations by type"),
    ):
        values = ", ".join(f"{value} {count}" for value, count in summary[key].items())
        lines.append(f"{title}: {values or 'none'}")
    click.echo("\n".join(lines + _coverage_lines(summary["coverage"])))


def _coverage_lines(cov: dict) -> list[str]:
    """Coverage, as validate prints it: what is recorded as complete, and what is not (never read as "no")."""
    incomplete = cov["party_tables_incomplete"]
    lines = [
        "Coverage (what is not recorded is unknown, never 'no'):",
        f"  Party tables: {cov['instruments_with_parties']} instruments with parties; "
        f"{len(incomplete)} known incomplete{': ' + ', '.join(incomplete) if incomplete else ''}; "
        f"{cov['commitments_with_reservations']} commitments with reservations",
        *(
            f"    {c['instrument']}: {c['here']} parties here on {c['as_of']}, {c['published']} published"
            + (" (party list known to be incomplete)" if c["parties_complete"] is False else "")
            for c in cov["party_counts"]
        ),
        f"  Bodies: {cov['bodies']}; membership not recorded for {len(cov['bodies_membership_not_recorded'])}",
        f"  State profiles: {cov['states_with_profile']} of {cov['states']} states, {cov['profile_figures']} figures",
        "  Curated lists complete (of reviewed): "
        + ", ".join(
            f"{name} {cov['lists_complete'][name]}/{cov['lists_reviewed'][name]}" for name in cov["lists_complete"]
        ),
    ]
    for state, lists in cov["states_lists"].items():
        done = [name for name, complete in lists.items() if complete]
        partial = [name for name, complete in lists.items() if not complete]
        lines.append(
            f"  {state}: complete: {', '.join(done) or 'none'}"
            + (f"; not complete: {', '.join(partial)}" if partial else "")
        )
    return lines


@click.command()
@click.argument("actor")
@world_options
@json_option
@click.option("--sources", "with_sources", is_flag=True, help="Show the sources of each tie.")
def show(actor: str, opts: WorldOptions, as_json: bool, with_sources: bool) -> None:
    """Print the profile of ACTOR (id, ISO3 code, acronym or name): memberships,
    instruments and coordination, grouped by level and binding, with dates and sources.

    Example: govgraph show ECOWAS --as-of 2024-06-01
    """
    from ..profile import actor_profile, group_title

    as_of = opts.as_of
    entity_id = opts.resolve(actor)
    G = opts.graph()
    if entity_id not in G:
        world = opts.world()
        raise click.ClickException(
            f"{entity_id} ({one_line(world.name_of(entity_id))}) did not exist on {as_of} "
            "(founded/adopted later or dissolved)"
        )
    profile = actor_profile(G, entity_id, opts.temporal_graph())
    if as_json:
        emit_json(profile.to_dict())
        return
    from .render import profile_text

    click.echo("\n".join(profile_text(profile, group_title, with_sources)))


@click.command("list")
@click.option("--kind", "kinds", multiple=True, metavar="KIND", help="Only this actor or instrument kind (repeatable).")
@click.option("--level", "levels", multiple=True, metavar="LEVEL", help="Only this level (repeatable).")
@world_options
@json_option
def list_entities(kinds: tuple[str, ...], levels: tuple[str, ...], opts: WorldOptions, as_json: bool) -> None:
    """List actors and instruments, optionally filtered by kind and level.

    Example: govgraph list --kind rcp --level regional
    """
    from ..errors import UsageError
    from ..vocab import ACTOR_KINDS, INSTRUMENT_KINDS, LEVELS

    for k in kinds:
        if k not in ACTOR_KINDS and k not in INSTRUMENT_KINDS:
            raise UsageError(
                f"--kind: unknown kind {k!r} (actor kinds: {', '.join(ACTOR_KINDS)}; "
                f"instrument kinds: {', '.join(INSTRUMENT_KINDS)})"
            )
    for lv in levels:
        if lv not in LEVELS:
            raise UsageError(f"--level: unknown level {lv!r} (choose from {', '.join(LEVELS)})")
    G = opts.graph()
    rows = [
        {
            "id": n,
            "entity": d["entity"],
            "kind": d["kind"],
            "level": d["level"],
            "name": d["name"],
            "acronym": d.get("acronym"),
            "degree": G.degree(n),
        }
        for n, d in G.nodes(data=True)
        if (not kinds or d["kind"] in kinds) and (not levels or d["level"] in levels)
    ]
    rows.sort(key=lambda r: (r["entity"], r["kind"], r["name"].casefold()))
    if as_json:
        emit_json(rows)
        return
    from rich.table import Table

    table = Table(title=f"{len(rows)} entities as of {G.graph['as_of']}", title_justify="left")
    for col in ("id", "kind", "level", "name", "ties"):
        table.add_column(col)
    for r in rows:
        name = r["name"] + (f" ({r['acronym']})" if r["acronym"] else "")
        # rich prints escape sequences as they are: strip them from data text
        table.add_row(clean(r["id"]), r["kind"], r["level"], clean(name), str(r["degree"]))
    console().print(table)


@click.command()
@click.option(
    "-f",
    "--format",
    "fmt",
    default="json",
    show_default=True,
    metavar="FORMAT",
    help="Output format: json (node-link), and the others listed by --help of this command.",
)
@click.option(
    "-o", "--output", "output", required=True, type=click.Path(), help="File to write (a folder for --panel)."
)
@click.option(
    "--temporal", is_flag=True, help="Export every relation with its dates, not only those in force on --as-of."
)
@click.option(
    "--raw",
    is_flag=True,
    help="CSV only: write text exactly as in the data, without the ' that stops spreadsheets running formulas.",
)
@click.option(
    "--gexf-version",
    metavar="VERSION",
    help="GEXF only: 1.3 (the default) or 1.2draft, for readers that know only 1.2draft.",
)
@click.option(
    "--two-mode",
    "two_mode",
    default=None,
    metavar="state:forum|state:instrument",
    help="Write the state x forum (member_of, associate_of, participates_in) or state x instrument (party_to) "
    "incidence list instead of the graph (-f csv or json).",
)
@click.option(
    "--projection",
    is_flag=True,
    help="With --two-mode: also write the state-state projection, weight = forums or instruments shared "
    "(CSV: NAME.projection.csv beside -o).",
)
@click.option(
    "--panel",
    "panel",
    default=None,
    metavar="START:END:STEP",
    help="Write one edge list per date (e.g. 2000:2026:1y) of the relations the metrics count, "
    "and an index, into the folder -o (-f csv or json).",
)
@click.option(
    "--ergm",
    is_flag=True,
    help="Write an ERGM bundle for R into the folder -o: actor adjacency, node covariates, "
    "shared border, corridor stock and shared REC matrices (CSV).",
)
@world_options
def export(
    fmt: str,
    output: str,
    temporal: bool,
    raw: bool,
    gexf_version: str | None,
    two_mode: str | None,
    projection: bool,
    panel: str | None,
    ergm: bool,
    opts: WorldOptions,
) -> None:
    """Export the graph (all node and edge attributes, sources included), or a two-mode view of it.

    Example: govgraph export -f json -o world.json --as-of 2010-01-01

    Example: govgraph export -f csv --two-mode state:forum --projection -o state-forum.csv

    Example: govgraph export --panel 2000:2026:1y -f csv -o panel/

    Example: govgraph export --ergm --as-of 2024-06-01 -o ergm/
    """
    from ..atomic import check_writable
    from ..errors import UsageError
    from ..export import EXPORT_FORMATS, export_graph

    others = temporal or raw or gexf_version is not None or two_mode is not None or projection
    if ergm:
        _export_ergm(output, others or panel is not None, opts)
        return
    if panel is not None:
        _export_panel(fmt, output, panel, others, opts)
        return
    if two_mode is not None or projection:
        _export_two_mode(fmt, output, two_mode, projection, temporal or raw or gexf_version is not None, opts)
        return
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"-f/--format: unknown format {fmt!r} (choose from {', '.join(sorted(EXPORT_FORMATS))})")
    if raw and fmt != "csv":
        raise UsageError(f"--raw: only for -f csv (-f {fmt} never prefixes text)")
    if gexf_version is not None:
        from ..export.gexf import check_version

        if fmt != "gexf":
            raise UsageError(f"--gexf-version: only for -f gexf (not -f {fmt})")
        check_version(gexf_version)
    check_writable(output)
    G = opts.graph(temporal=temporal)
    if raw:
        from ..export.csvpair import write as write_csv

        written = write_csv(G, output, raw=True)
    elif gexf_version is not None:
        from ..export.gexf import write as write_gexf

        written = write_gexf(G, output, version=gexf_version)
    else:
        written = export_graph(G, fmt, output)
    click.echo(
        f"Wrote {', '.join(str(p) for p in written)}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges",
        err=True,
    )


def _export_two_mode(
    fmt: str, output: str, view: str | None, projection: bool, graph_only: bool, opts: WorldOptions
) -> None:
    """``export --two-mode``: the incidence list (and projection) on --as-of, every argument checked first."""
    from ..atomic import check_writable
    from ..errors import UsageError
    from ..export.twomode import check_view, projection_path, write_two_mode

    if view is None:
        raise UsageError("--projection: only with --two-mode state:forum or state:instrument")
    check_view(view)
    if fmt not in ("csv", "json"):
        raise UsageError(f"-f/--format: --two-mode writes csv or json, not {fmt!r}")
    if graph_only:
        raise UsageError("--two-mode: not with --temporal, --raw or --gexf-version (it writes the view on --as-of)")
    check_writable(output)
    if projection and fmt == "csv":
        check_writable(projection_path(Path(output)))
    written = write_two_mode(opts.graph(), view, fmt, output, projection)
    click.echo(f"Wrote {', '.join(str(p) for p in written)}: {view} on {opts.as_of}", err=True)


def _export_panel(fmt: str, output: str, spec: str, others: bool, opts: WorldOptions) -> None:
    """``export --panel``: one edge list per date into the folder ``output``, every argument checked first."""
    from ..errors import UsageError
    from ..export.panel import panel_dates, write_panel

    dates = panel_dates(spec)
    if fmt not in ("csv", "json"):
        raise UsageError(f"-f/--format: --panel writes csv or json, not {fmt!r}")
    if others:
        raise UsageError("--panel: not with --temporal, --raw, --gexf-version, --two-mode or --projection")
    if opts.as_of_text is not None:
        raise UsageError("--as-of: --panel takes its dates from START:END:STEP instead")
    folder = _output_folder(output, "--panel")
    written = write_panel(opts.temporal_graph(), dates, fmt, folder)
    click.echo(f"Wrote {len(written) - 1} edge lists and {written[-1]} ({dates[0]} to {dates[-1]})", err=True)


def _output_folder(output: str, option: str) -> Path:
    """The folder ``-o`` names, checked writable (it may not exist yet; its parent must)."""
    from ..atomic import check_writable
    from ..errors import UsageError

    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"-o/--output: {output!r} is a file; {option} writes into a folder")
    check_writable(folder / "index.csv" if folder.is_dir() else folder)
    return folder


def _export_ergm(output: str, others: bool, opts: WorldOptions) -> None:
    """``export --ergm``: the ERGM bundle on --as-of into the folder ``output``, every argument checked first."""
    from ..errors import UsageError
    from ..export.ergm import write_ergm

    if others:
        raise UsageError("--ergm: not with --temporal, --raw, --gexf-version, --two-mode, --projection or --panel")
    date = opts.as_of
    folder = _output_folder(output, "--ergm")
    written = write_ergm(opts.graph(), folder)
    click.echo(f"Wrote {len(written)} files into {folder} (ERGM bundle on {date})", err=True)
