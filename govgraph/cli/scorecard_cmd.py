"""The scorecard command: a state's six governance domains against its peers' median."""

from __future__ import annotations

import csv

import click

from .common import WorldOptions, emit_json, json_option, world_options
from .render import clean, header

__all__ = ["scorecard_command"]

_COLUMNS = ["state", "name", "as_of", "domain", "value", "peer_median", "peer_group", "peers", "note"]


@click.command("scorecard")
@click.argument("state", required=False)
@click.option("--all", "all_states", is_flag=True, help="Every state (use with -o or --json).")
@click.option(
    "--peers",
    default="subregion",
    show_default=True,
    metavar="subregion|region|profile",
    help="Who to compare with: the same M49 subregion or region, or the 12 states of the closest migration "
    "profile (income groups are not in the data).",
)
@click.option("-f", "--format", "fmt", default=None, metavar="csv|json", help="File format with -o.")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False), help="Write to this file.")
@world_options
@json_option
def scorecard_command(
    state: str | None,
    all_states: bool,
    peers: str,
    fmt: str | None,
    output: str | None,
    opts: WorldOptions,
    as_json: bool,
) -> None:
    """One page per state: binding commitments, regional, bilateral corridors, whole-of-government,
    vertical and whole-of-society coverage against the median of its peers, naming them.

    Examples: govgraph scorecard PHL;  govgraph scorecard PHL --peers profile;
    govgraph scorecard --all -f csv -o scorecards.csv
    """
    from ..atomic import atomic_write, check_writable
    from ..errors import UsageError
    from ..scorecard import PEER_GROUPS, scorecards

    if bool(state) == all_states:
        raise UsageError("give a STATE or --all (not both)")
    if all_states and not (output or as_json):  # said before the data is loaded, not after
        raise UsageError("--all prints many rows: write them with -o FILE (csv or json) or use --json")
    if peers not in PEER_GROUPS:
        raise UsageError(f"--peers: unknown peer group {peers!r} (choose from {', '.join(PEER_GROUPS)})")
    if fmt is not None and fmt not in ("csv", "json"):
        raise UsageError(f"-f/--format: unknown format {fmt!r} (choose from csv, json)")
    if output:
        check_writable(output)
    opts.as_of  # noqa: B018 - validates the date before the data is loaded
    G = opts.graph()
    subject = None if all_states else opts.resolve(state or "")
    if subject is not None and (subject not in G or G.nodes[subject].get("kind") != "state"):
        raise UsageError(f"{subject} is not a state in the data on {G.graph['as_of']}")
    cards = scorecards(G, None if subject is None else [subject], peers)
    if output:
        fmt = fmt or ("json" if output.endswith(".json") else "csv")
        with atomic_write(output) as handle:
            if fmt == "json":
                import json

                json.dump([c.to_dict() for c in cards], handle, ensure_ascii=False, indent=1)
            else:
                from ..export.csvsafe import safe_cell

                writer = csv.DictWriter(handle, fieldnames=_COLUMNS)
                writer.writeheader()
                writer.writerows({k: safe_cell(v) for k, v in row.items()} for c in cards for row in c.rows())
        click.echo(f"Wrote {len(cards)} scorecards to {output}", err=True)
    elif as_json:
        emit_json([c.to_dict() for c in cards] if all_states else cards[0].to_dict())
    else:
        click.echo("\n".join(_card_text(cards[0], G)))


def _fmt(value: float | None, share: bool) -> str:
    if value is None:
        return "–"
    return f"{value:.0%}" if share else f"{value:g}"


def _card_text(card, G) -> list[str]:  # type: ignore[no-untyped-def]
    shares = {"binding commitments", "bilateral corridors", "vertical"}
    names = ", ".join(G.nodes[p]["name"] for p in card.peers[:12]) + (" …" if len(card.peers) > 12 else "")
    lines = [
        header(clean(f"Scorecard of {card.name} [{card.state}] as of {card.as_of}")),
        clean(f"Peers ({card.peer_group}, {len(card.peers)}): {names or 'none'}"),
        "",
        f"  {'domain':<22} {'value':>7} {'peer median':>12}  what is counted",
    ]
    for row in card.rows():
        share = row["domain"] in shares
        lines.append(
            clean(
                f"  {row['domain']:<22} {_fmt(row['value'], share):>7} {_fmt(row['peer_median'], share):>12}  {row['note']}"
            )
        )
    complete = [k.replace("_", " ") for k, v in sorted(card.coverage.items()) if v]
    lines += [
        "",
        clean(
            "Lists recorded as complete: "
            + (", ".join(complete) if complete else "none")
            + " (values rest on what the data records; a list that is not complete may miss ties)"
        ),
    ]
    return lines
