"""Commands over the gap rules: gaps (one actor or all states) and path (channels between two actors)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .common import WorldOptions, emit_json, json_option, world_options
from .render import clean, header

__all__ = ["gap_query_options", "gaps", "path", "print_report"]


def _parse_params(values: tuple[str, ...]) -> dict[str, Any]:
    from ..errors import UsageError
    from ..gaps import RULES

    known = {k: v for r in RULES.values() for k, v in r.defaults.items()}
    params: dict[str, Any] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or key not in known:
            raise UsageError(f"--param: expected NAME=VALUE with NAME one of {', '.join(sorted(known))}; got {item!r}")
        default = known[key]
        try:
            if isinstance(default, bool):
                params[key] = raw.lower() in ("1", "true", "yes")
            elif isinstance(default, int):
                params[key] = int(raw)
            elif isinstance(default, float):
                params[key] = float(raw)
            elif isinstance(default, tuple):
                params[key] = tuple(x.strip() for x in raw.split(",") if x.strip())
            else:
                params[key] = raw
        except ValueError:
            raise UsageError(f"--param: {key} needs a {type(default).__name__}, got {raw!r}") from None
    return params


def _csv_row(g: Any) -> dict[str, Any]:
    from ..export.csvsafe import safe_cell

    return {k: safe_cell(v) for k, v in g.table_row().items()}


def _compare(
    opts: WorldOptions, start: str, run: Callable[[Any], Any], output: str | None, fmt: str | None, as_json: bool
) -> None:
    """Gaps opened and closed between ``start`` and the --as-of date, as text, JSON or CSV."""
    from ..atomic import atomic_write
    from ..gaps.compare import compare_reports
    from ..gaps.record import ROW_COLUMNS
    from ..temporal import as_of
    from .render import compare_text

    T = opts.temporal_graph()
    G_start, G_end = as_of(T, start), opts.graph()
    changes = compare_reports(_report_or_empty(run, G_start), _report_or_empty(run, G_end), T)
    data = {"from": start, "to": G_end.graph["as_of"], "changes": [c.to_dict() for c in changes]}
    if output:
        fmt = fmt or ("json" if output.endswith(".json") else "csv")
        with atomic_write(output) as handle:
            if fmt == "json":
                import json

                json.dump(data, handle, ensure_ascii=False, indent=1)
            else:
                from ..export.csvsafe import safe_cell

                writer = csv.DictWriter(handle, fieldnames=["change", "date", "events", *ROW_COLUMNS])
                writer.writeheader()
                writer.writerows({k: safe_cell(v) for k, v in c.table_row().items()} for c in changes)
        click.echo(f"Wrote {len(changes)} changes to {output}", err=True)
    elif as_json:
        emit_json(data)
    else:
        click.echo("\n".join(compare_text(changes, start, G_end.graph["as_of"])))


def _report_or_empty(run: Callable[[Any], Any], G: Any) -> Any:
    """The gap report on a graph; an empty one when the actor did not exist on that date."""
    from ..errors import UnknownActorError
    from ..gaps import GapReport

    try:
        return run(G)
    except UnknownActorError:
        return GapReport(subject=None, as_of=G.graph["as_of"])


def print_report(report: Any, explain: bool, top: int | None = None) -> None:
    """Print a gap report as readable text (shared with `govgraph neo4j gaps`): a brief, or the evidence."""
    from ..gaps import RULES
    from .render import gap_brief_text, gap_report_text

    if not explain:
        click.echo("\n".join(gap_brief_text(report, top)))
        return
    summaries = {name: r.summary for name, r in RULES.items()}
    click.echo("\n".join(gap_report_text(report, explain, summaries)))


F = TypeVar("F", bound=Callable[..., Any])

#: The options that choose which gaps a query finds and how they print (shared with `govgraph neo4j gaps`).
_GAP_QUERY_OPTIONS = [
    click.option("--rule", "rules", multiple=True, metavar="RULE", help="Only this rule (repeatable)."),
    click.option(
        "--via",
        default="any",
        show_default=True,
        metavar="direct|forum|any",
        help="Which coordination counts: direct ties, shared forums, or any.",
    ),
    click.option(
        "--binding",
        default="any",
        show_default=True,
        metavar="any|binding|non-binding",
        help="Which ties count as coordination.",
    ),
    click.option(
        "--param", "params", multiple=True, metavar="NAME=VALUE", help="Override a rule threshold (repeatable)."
    ),
    click.option(
        "--top", type=click.IntRange(min=1), default=None, help="Keep the N gaps of highest priority (across rules)."
    ),
    click.option(
        "--min-confidence",
        type=click.FloatRange(0, 1),
        default=None,
        metavar="0..1",
        help="Keep only gaps whose evidence confidence is at least this.",
    ),
    click.option("--explain", is_flag=True, help="Show the evidence (edges, peers, sources) behind each gap."),
]


def gap_query_options(f: F) -> F:
    """Add --rule, --via, --binding, --param, --top, --min-confidence and --explain."""
    for option in reversed(_GAP_QUERY_OPTIONS):
        f = option(f)
    return f


#: Largest gap report written to a JSON file with indentation.
_INDENTED_MAX = 5000


@click.command()
@click.argument("actor", required=False)
@click.option("--all", "all_states", is_flag=True, help="Gaps of every state (use with -o).")
@gap_query_options
@click.option(
    "-f", "--format", "fmt", default=None, metavar="csv|json", help="File format with -o (default from suffix)."
)
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False), help="Write the gaps to this file.")
@click.option(
    "--compare",
    "compare_date",
    default=None,
    metavar="DATE",
    help="List the gaps opened and closed between DATE and --as-of, each with the events behind it.",
)
@world_options
@json_option
def gaps(
    actor: str | None,
    all_states: bool,
    compare_date: str | None,
    rules: tuple[str, ...],
    via: str,
    binding: str,
    params: tuple[str, ...],
    top: int | None,
    min_confidence: float | None,
    explain: bool,
    fmt: str | None,
    output: str | None,
    opts: WorldOptions,
    as_json: bool,
) -> None:
    """Which coordination and commitments ACTOR lacks, and why they are expected.

    For a state: forum, neighbour, corridor, commitment, vertical, horizontal,
    institutional and society gaps. For a REC/RCP: regional coherence.

    Examples: govgraph gaps PHL --explain;  govgraph gaps --all -f csv -o gaps.csv;
    govgraph gaps --all --compare 2024-06-01 --json
    """
    from ..atomic import atomic_write, check_writable
    from ..errors import UsageError
    from ..gaps import BINDING_CHOICES, VIA_CHOICES, find_all_gaps, find_gaps
    from ..gaps.record import ROW_COLUMNS

    if via not in VIA_CHOICES:
        raise UsageError(f"--via: unknown value {via!r} (choose from {', '.join(VIA_CHOICES)})")
    if binding not in BINDING_CHOICES:
        raise UsageError(f"--binding: unknown value {binding!r} (choose from {', '.join(BINDING_CHOICES)})")
    if bool(actor) == all_states:
        raise UsageError("give an ACTOR or --all (not both)")
    if all_states and compare_date is None and not (output or as_json):  # said before loading, not after
        raise UsageError("--all prints many rows: write them with -o FILE (csv or json) or use --json")
    if fmt is not None and fmt not in ("csv", "json"):
        raise UsageError(f"-f/--format: unknown format {fmt!r} (choose from csv, json)")
    parsed = _parse_params(params)
    from ..gaps import _check_rules

    _check_rules(rules)
    if output:
        check_writable(output)
    opts.as_of  # noqa: B018 - validates the date before the data is loaded
    if compare_date is not None:
        from ..dates import check_date

        start = check_date(compare_date, "--compare")
        if start >= opts.as_of:
            raise UsageError(f"--compare: {start} must be before the --as-of date ({opts.as_of})")
        run = (
            (lambda G: find_all_gaps(G, rules or None, via, binding, parsed))
            if all_states
            else (lambda G: find_gaps(G, opts.resolve(actor or ""), rules or None, via, binding, parsed))
        )
        _compare(opts, start, run, output, fmt, as_json)
        return
    G = opts.graph()
    if all_states:
        report = find_all_gaps(G, rules or None, via, binding, parsed)
    else:
        subject = opts.resolve(actor or "")
        if subject not in G:
            raise UsageError(f"{subject} did not exist on {G.graph['as_of']}")
        report = find_gaps(G, subject, rules or None, via, binding, parsed)
    report.trim(top, min_confidence)
    if output:
        fmt = fmt or ("json" if output.endswith(".json") else "csv")
        with atomic_write(output) as handle:
            if fmt == "json":
                import json

                # indented for a reader; compact past a few thousand gaps, where json's C encoder (used by
                # dumps without indent, never by dump) is 5x faster
                indent = 1 if len(report.gaps) <= _INDENTED_MAX else None
                handle.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=indent))
            else:
                writer = csv.DictWriter(handle, fieldnames=ROW_COLUMNS)
                writer.writeheader()
                writer.writerows(_csv_row(g) for g in report.gaps)
        click.echo(f"Wrote {len(report.gaps)} gaps to {output}", err=True)
        return
    if as_json:
        emit_json(report.to_dict())
        return
    print_report(report, explain, top)


@click.command()
@click.argument("actor_a")
@click.argument("actor_b")
@click.option(
    "--relation", "relations", multiple=True, metavar="TYPE", help="Only hops of this relation type (repeatable)."
)
@click.option(
    "--exclude",
    "excluded",
    multiple=True,
    metavar="ACTOR",
    help="Do not route through this actor (repeatable), e.g. --exclude un.",
)
@click.option(
    "--max", "max_paths", type=click.IntRange(min=1), default=5, show_default=True, help="Most paths to show."
)
@click.option("--instruments", is_flag=True, help="Also route through multilateral instruments (shared treaties).")
@world_options
@json_option
def path(
    actor_a: str,
    actor_b: str,
    relations: tuple[str, ...],
    excluded: tuple[str, ...],
    max_paths: int,
    instruments: bool,
    opts: WorldOptions,
    as_json: bool,
) -> None:
    """The coordination channels between two actors: shortest paths, each hop with its
    relation type, binding and direction.

    Example: govgraph path PHL ARE --exclude un
    """
    from ..channels import channels_between
    from ..errors import UsageError
    from ..vocab import RELATION_TYPES

    for t in relations:
        if t not in RELATION_TYPES:
            raise UsageError(f"--relation: unknown relation type {t!r} (choose from {', '.join(RELATION_TYPES)})")
    a, b = opts.resolve(actor_a), opts.resolve(actor_b)
    skip = [opts.resolve(x) for x in excluded]
    G = opts.graph()
    result = channels_between(
        G, a, b, relations=relations or None, exclude=skip, max_paths=max_paths, instruments=instruments
    )
    if as_json:
        emit_json(result)
        return
    lines = [
        header(
            clean(f"Channels between {result['a_name']} [{a}] and {result['b_name']} [{b}] as of {G.graph['as_of']}")
        )
    ]
    if result["direct"]:
        lines.append(f"Direct relations: {result['direct']}")
    if not result["paths"]:
        lines.append("No path: they are not connected" + (" with these filters." if relations or skip else "."))
    for i, p in enumerate(result["paths"], 1):
        lines.append("")
        lines.append(header(f"Path {i} ({len(p)} hop{'s' * (len(p) != 1)})"))
        for hop in p:
            for h in hop["relations"]:
                src, dst = (hop["from_name"], hop["to_name"]) if h["forward"] else (hop["to_name"], hop["from_name"])
                since = f" since {h['since']}" if h["since"] else ""
                lines.append(
                    clean(
                        f"  {src} —{h['type']}→ {dst}  "
                        f"({'binding' if h['binding'] else 'non-binding'}, {h['direction']}{since})"
                    )
                )
    click.echo("\n".join(lines))
