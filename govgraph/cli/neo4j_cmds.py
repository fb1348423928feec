"""The `neo4j` command group: push the graph to a Bolt server, run the Cypher gap library and queries there."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .common import as_of_option, console, emit_json, json_option
from .gaps_cmds import gap_query_options

__all__ = ["neo4j"]

F = TypeVar("F", bound=Callable[..., Any])


def connection_options(f: F) -> F:
    """Add --uri, --user, --database and --dataset; the command receives ``conn_opts`` (a dict)."""

    @functools.wraps(f)
    def wrapper(
        *args: Any, uri: str | None, user: str | None, database: str | None, dataset: str, **kwargs: Any
    ) -> Any:
        return f(*args, conn_opts={"uri": uri, "user": user, "database": database, "dataset": dataset}, **kwargs)

    wrapped = click.option(
        "--dataset",
        default="govgraph",
        show_default=True,
        metavar="NAME",
        help="Scope: the dataset name every pushed node and relationship carries.",
    )(wrapper)
    wrapped = click.option(
        "--database",
        default=None,
        metavar="NAME",
        help="Database on the server (default: NEO4J_DATABASE, else the server's default).",
    )(wrapped)
    wrapped = click.option("--user", default=None, metavar="USER", help="User (default: NEO4J_USER, else neo4j).")(
        wrapped
    )
    wrapped = click.option(
        "--uri",
        default=None,
        metavar="URI",
        help="Server URI (default: NEO4J_URI, else bolt://localhost:7687). "
        "The password comes from NEO4J_PASSWORD or a prompt, never from the command line.",
    )(wrapped)
    return wrapped  # type: ignore[return-value]


def _connect(conn_opts: dict[str, Any]) -> Any:
    from ..neo4j import connect, settings_from_env

    password = os.environ.get("NEO4J_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = click.prompt("Neo4j password", hide_input=True, err=True)
    settings = settings_from_env(conn_opts["uri"], conn_opts["user"], conn_opts["database"], password)
    return connect(settings)


@click.group()
def neo4j() -> None:
    """Push the graph to Neo4j (or another Bolt server) and query it with the Cypher library.

    Connection: --uri/--user/--database or NEO4J_URI, NEO4J_USER, NEO4J_DATABASE;
    the password only from NEO4J_PASSWORD (or a prompt).

    Example: NEO4J_PASSWORD=... govgraph neo4j push --uri neo4j+s://xxxx.databases.neo4j.io
    """


@neo4j.command()
@connection_options
@click.option("--batch", type=click.IntRange(min=1), default=1000, show_default=True, help="Rows per transaction.")
@click.option("--prune", is_flag=True, help="Delete what the data no longer has (within --dataset only).")
@click.option(
    "--data",
    "data",
    multiple=True,
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Extra data folder layered over the bundled data (repeatable).",
)
@click.option("--no-bundled", is_flag=True, help="Use only the --data folders, not the bundled dataset.")
def push(conn_opts: dict[str, Any], batch: int, prune: bool, data: tuple[str, ...], no_bundled: bool) -> None:
    """Write the full temporal graph (actors, instruments, relations, corridors) to the server.

    Idempotent and resumable: every write merges by id or key, so a second push
    changes nothing and a push run again after an interruption ends with the
    source graph. Touches only nodes labelled :GovGraph of --dataset.

    Example: govgraph neo4j push --uri bolt://localhost:7687 --user neo4j --prune
    """
    from ..neo4j import push_graph
    from .common import WorldOptions

    G = WorldOptions(data, no_bundled, None).temporal_graph()
    conn = _connect(conn_opts)
    total = G.number_of_nodes() + G.number_of_edges() + len(G.graph.get("corridors") or [])
    try:
        with click.progressbar(length=total, label="Pushing", file=sys.stderr, show_pos=True) as bar:
            seen = {"done": 0}

            def progress(phase: str, done: int, _total: int) -> None:
                if phase in ("nodes", "relations"):
                    bar.update(done - seen["done"])
                    seen["done"] = done

            stats = push_graph(G, conn, dataset=conn_opts["dataset"], batch=batch, prune=prune, progress=progress)
    finally:
        conn.close()
    pruned = f"; pruned {stats.deleted_nodes} nodes and {stats.deleted_relationships} relationships" if prune else ""
    kept = f" ({stats.kept_nodes} kept: other data links to them)" if stats.kept_nodes else ""
    click.echo(
        f"Dataset {stats.dataset!r}: {stats.nodes} nodes, {stats.relationships} relationships "
        f"in {stats.batches} batches{pruned}{kept}",
        err=True,
    )


@neo4j.command()
@click.argument("actor")
@gap_query_options
@as_of_option
@connection_options
@json_option
def gaps(
    actor: str,
    rules: tuple[str, ...],
    via: str,
    binding: str,
    params: tuple[str, ...],
    top: int | None,
    min_confidence: float | None,
    explain: bool,
    as_of: str | None,
    conn_opts: dict[str, Any],
    as_json: bool,
) -> None:
    """The coherence gaps of ACTOR, found by the Cypher library on the server.

    Prints the same table (or --json) as `govgraph gaps`; the evidence behind
    each row is read from the pushed dataset.

    Example: govgraph neo4j gaps PHL --explain
    """
    from ..dates import check_date
    from ..lookup import Lookup
    from ..neo4j import gap_report, pull_graph
    from ..neo4j.gaps import _check
    from .gaps_cmds import _parse_params, print_report

    date = check_date(as_of)
    parsed = _parse_params(params)
    _check(rules or None, via, binding)
    conn = _connect(conn_opts)
    try:
        temporal = pull_graph(conn, conn_opts["dataset"])
        subject = str(Lookup(temporal.nodes(data=True)).resolve(actor))
        report = gap_report(
            conn, subject, date, rules or None, via, binding, parsed, conn_opts["dataset"], temporal=temporal
        )
    finally:
        conn.close()
    report.trim(top, min_confidence)
    if as_json:
        emit_json(report.to_dict())
        return
    print_report(report, explain, top)


def _query_path(name: str) -> Path:
    from ..errors import UsageError
    from ..resources import cypher_dir

    path = Path(name)
    if path.is_file():
        return path
    for folder in (cypher_dir() / "queries", cypher_dir()):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    shipped = ", ".join(sorted(p.name for p in (cypher_dir() / "queries").glob("*.cypher")))
    raise UsageError(f"no Cypher file {name!r} (give a path, or one of the shipped queries: {shipped})")


@neo4j.command()
@click.argument("file")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter (repeatable); JSON values (numbers, true, null, lists) or text.",
)
@as_of_option
@connection_options
@json_option
def query(file: str, params: tuple[str, ...], as_of: str | None, conn_opts: dict[str, Any], as_json: bool) -> None:
    """Run a Cypher FILE (a path, or a shipped query such as actor-profile.cypher) and print its rows.

    $dataset and $as_of are set from --dataset and --as-of unless given with --param.

    Example: govgraph neo4j query forum-members.cypher --param forum=ecowas --as-of 2024-06-01
    """
    from ..neo4j import parse_param, run_query_file

    path = _query_path(file)
    values = dict(parse_param(p) for p in params)
    conn = _connect(conn_opts)
    try:
        rows = run_query_file(conn, path, values, dataset=conn_opts["dataset"], as_of=as_of)
    finally:
        conn.close()
    if as_json:
        emit_json(rows)
        return
    from rich.table import Table

    table = Table(title=f"{path.name}: {len(rows)} row{'s' if len(rows) != 1 else ''}", title_justify="left")
    columns = list(rows[0]) if rows else []
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    console().print(table)
