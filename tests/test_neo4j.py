"""The Neo4j backend against a real Bolt server (ArcadeDB with its Bolt plugin, started by the tests).

The Cypher gap library must return the rows the in-memory engine finds; push
must be idempotent, scoped, resumable and safe with hostile text.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from govgraph.cli import main
from govgraph.dates import today
from govgraph.errors import BackendError
from govgraph.gaps import RULES, find_all_gaps, find_gaps
from govgraph.neo4j import (
    connect,
    dataset_counts,
    pull_graph,
    push_graph,
    run_gap_rules,
    run_query_file,
    settings_from_env,
)
from govgraph.neo4j.cypherfile import split_statements, strip_comments
from govgraph.resources import cypher_dir
from govgraph.temporal import as_of

from .bolt_server import BoltServer, bolt_server, free_port  # noqa: F401 - bolt_server is a fixture

DATES = (today(), "2025-06-01", "2024-06-01")
VIA_RULES = {"neighbour-gap", "corridor-gap", "horizontal-gap"}  # the rules whose answer depends on --via
#: Rules read from a missing tie: silent for a state whose list is not recorded as complete, which is every state
#: of the bundled data today; their parity is proven on the real slice with its lists taken as complete.
GATED_RULES = ("neighbour-gap", "corridor-gap", "vertical-gap", "horizontal-gap", "society-gap")
FIXTURES = Path(__file__).parent / "fixtures"
SECRET = "Xq7-recognisable-secret-9ZT"  # noqa: S105 - must never show up in any output


# -- helpers ---------------------------------------------------------------------------------------


def _settings(server: BoltServer, database: str, password: str | None = None) -> Any:
    return settings_from_env(server.uri, server.user, database, password or server.password)


def _run_script(conn: Any, path: Path) -> None:
    """Run a script statement by statement, each in its own write transaction (retried when transient)."""
    with conn.session() as session:
        for statement in split_statements(path.read_text(encoding="utf-8")):
            session.execute_write(lambda tx, q=statement: tx.run(q).consume())


def _same_graph(H: nx.MultiDiGraph, G: nx.MultiDiGraph) -> None:
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
    assert H.graph.get("corridors", []) == G.graph.get("corridors", [])
    assert H.graph.get("profiles", {}) == G.graph.get("profiles", {})
    assert H.graph.get("coverage", {}) == G.graph.get("coverage", {})


def _expected_counts(G: nx.MultiDiGraph) -> tuple[int, int]:
    # nodes, corridors and the one node of the graph's own attributes (profiles, coverage)
    return G.number_of_nodes() + len(G.graph.get("corridors") or []) + 1, G.number_of_edges()


def _foreign_snapshot(conn: Any) -> list[Any]:
    """Everything in the database that govgraph's default dataset did not write."""
    nodes = conn.run(
        "MATCH (n) WHERE NOT (n:GovGraph AND n.dataset = 'govgraph') "
        "RETURN labels(n) AS labels, properties(n) AS props ORDER BY props.name"
    )
    rels = conn.run(
        "MATCH (a)-[r]->(b) WHERE NOT (r.dataset = 'govgraph' AND type(r) = 'RELATION') "
        "RETURN type(r) AS type, properties(r) AS props, a.name AS a, b.id AS b ORDER BY a, b"
    )
    return sorted(
        json.dumps({"labels": sorted(r["labels"]), "props": r["props"]}, sort_keys=True) for r in nodes
    ) + sorted(json.dumps(r, sort_keys=True) for r in rels)


def _add_foreign_data(conn: Any) -> None:
    """Data some other application keeps in the same database, some of it with our label and names."""
    conn.run("CREATE (:Person {name: 'Ada', id: 'PHL'})-[:KNOWS {since: 2020}]->(:Person {name: 'Bo'})")
    conn.run("CREATE (:GovGraph {dataset: 'someone-else', id: 'PHL', name: 'Theirs'})")
    conn.run("CREATE (:Actor {id: 'iom', name: 'Their IOM'})")


@pytest.fixture(scope="session")
def pushed(bolt_server: BoltServer, real_graph: nx.MultiDiGraph) -> Iterator[Any]:  # noqa: F811
    """A database holding the bundled dataset, pushed once."""
    bolt_server.create_database("gaps")
    conn = connect(_settings(bolt_server, "gaps"))
    push_graph(real_graph, conn)
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def pushed_slice(bolt_server: BoltServer) -> Iterator[tuple[Any, nx.MultiDiGraph]]:  # noqa: F811
    """A database holding the real slice with every list of its states taken as complete (a test assumption)."""
    from govgraph.loader import load_world
    from govgraph.temporal import build_graph

    G = build_graph(load_world([FIXTURES / "worlds", FIXTURES / "assumed_coverage"], bundled=False))
    bolt_server.create_database("slice")
    conn = connect(_settings(bolt_server, "slice"))
    push_graph(G, conn)
    yield conn, G
    conn.close()


@pytest.fixture
def fresh_db(bolt_server: BoltServer, request: pytest.FixtureRequest) -> Iterator[Any]:  # noqa: F811
    """An empty database of its own for one test."""
    name = "t" + "".join(c for c in request.node.name if c.isalnum())[:40]
    bolt_server.create_database(name)
    conn = connect(_settings(bolt_server, name))
    conn.run("MATCH (n) DETACH DELETE n")
    yield conn
    conn.close()


# -- offline: the library files and the script format ------------------------------------------------


def test_every_rule_has_a_documented_cypher_twin() -> None:
    for name in RULES:
        text = (cypher_dir() / "gaps" / f"{name}.cypher").read_text(encoding="utf-8")
        header = "\n".join(line for line in text.splitlines() if line.startswith("//"))
        assert name in header and "Mirrors govgraph.gaps." in header and "Parameters" in header
        body = strip_comments(text)
        for param in ("$dataset", "$subject", "$as_of"):
            assert param in body, (name, param)
        for param in RULES[name].defaults:
            assert f"${param}" in body, (name, param)
        assert len(split_statements(text)) == 1
        assert "apoc." not in body.lower()
    for name in (
        "schema.cypher",
        "queries/actor-profile.cypher",
        "queries/path.cypher",
        "queries/forum-members.cypher",
    ):
        assert (cypher_dir() / name).is_file()


def test_split_statements_respects_strings_and_comments() -> None:
    text = 'RETURN \'a;b\' AS x; // c;d\nRETURN "e\\";f" AS y;\n/* g; */ RETURN `h;i` AS z'
    assert split_statements(text) == ["RETURN 'a;b' AS x", 'RETURN "e\\";f" AS y', "RETURN `h;i` AS z"]


def test_export_cypher_command_writes_a_script(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "load.cypher"
    result = runner.invoke(main, ["export", "-f", "cypher", "-o", str(out), "--temporal"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("// govgraph")
    assert "CREATE CONSTRAINT govgraph_node_id IF NOT EXISTS" in text
    assert "$rows" not in strip_comments(text) and "$dataset" not in strip_comments(text)


# -- gap rules: Cypher rows equal in-memory rows -------------------------------------------------------


def _memory_rows(G: nx.MultiDiGraph, rule: str, via: str, binding: str) -> set[tuple[Any, ...]]:
    kinds = ("rec", "rcp", "irf") if rule == "regional-coherence" else ("state",)
    report = find_all_gaps(G, [rule], via, binding, kinds=kinds)
    return {(g.rule, g.subject, g.counterpart, g.details.get("topic")) for g in report.gaps}


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("rule", list(RULES))
def test_cypher_gap_rows_equal_in_memory_rows(pushed: Any, real_graph: nx.MultiDiGraph, rule: str, date: str) -> None:
    G = as_of(real_graph, date)
    vias = ("any", "direct", "forum") if rule in VIA_RULES else ("any",)
    for via, binding in itertools.product(vias, ("any", "binding", "non-binding")):
        expected = _memory_rows(G, rule, via, binding)
        got = run_gap_rules(pushed, None, date, [rule], via, binding)
        assert len(got) == len(set(got)), "a Cypher rule returned a row twice"
        assert set(map(tuple, got)) == expected, (rule, date, via, binding)
        if rule not in ("regional-coherence", *GATED_RULES) and via == "any" and binding == "any":
            assert expected, f"{rule} finds no gap on the bundled data on {date}: the comparison would prove little"


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("rule", GATED_RULES)
def test_rules_read_from_a_missing_tie_match_where_lists_are_complete(pushed_slice: Any, rule: str) -> None:
    conn, T = pushed_slice
    G = as_of(T, "2025-06-01")
    vias = ("any", "direct", "forum") if rule in VIA_RULES else ("any",)
    for via, binding in itertools.product(vias, ("any", "binding", "non-binding")):
        expected = _memory_rows(G, rule, via, binding)
        got = run_gap_rules(conn, None, "2025-06-01", [rule], via, binding)
        assert set(map(tuple, got)) == expected, (rule, via, binding)
        if via == "any" and binding == "any":
            assert expected, f"{rule} finds no gap on the slice with complete lists: the comparison would prove little"


@pytest.mark.neo4j
@pytest.mark.parametrize("subject", ["PHL", "USA", "NOR", "MLI", "ecowas", "au"])
def test_cypher_rows_for_one_subject(pushed: Any, real_graph: nx.MultiDiGraph, subject: str) -> None:
    G = as_of(real_graph, "2025-06-01")
    expected = {(g.rule, g.subject, g.counterpart, g.details.get("topic")) for g in find_gaps(G, subject).gaps}
    got = run_gap_rules(pushed, subject, "2025-06-01")
    assert set(map(tuple, got)) == expected


@pytest.mark.neo4j
def test_thresholds_are_parameters(pushed: Any, real_graph: nx.MultiDiGraph) -> None:
    G = as_of(real_graph, "2025-06-01")
    params = {"min_stock": 50_000, "neighbour_share": 0.3, "min_share": 0.2}
    for rule in ("corridor-gap", "forum-gap", "institutional-gap"):
        expected = {
            (g.rule, g.subject, g.counterpart, g.details.get("topic"))
            for g in find_all_gaps(G, [rule], params=params).gaps
        }
        assert set(map(tuple, run_gap_rules(pushed, None, "2025-06-01", [rule], params=params))) == expected


# -- push: idempotent, scoped, resumable, safe ------------------------------------------------------------


@pytest.mark.neo4j
def test_push_twice_changes_nothing(fresh_db: Any, real_graph: nx.MultiDiGraph) -> None:
    phases: list[str] = []
    first = push_graph(real_graph, fresh_db, batch=700, progress=lambda phase, done, total: phases.append(phase))
    assert {"schema", "nodes", "relations"} <= set(phases)
    assert (first.nodes, first.relationships) == _expected_counts(real_graph)
    before = fresh_db.run("MATCH (n:GovGraph) RETURN n.id AS id, properties(n) AS p ORDER BY id")
    second = push_graph(real_graph, fresh_db, batch=5000)
    assert (second.nodes, second.relationships) == (first.nodes, first.relationships)
    assert fresh_db.run("MATCH (n:GovGraph) RETURN n.id AS id, properties(n) AS p ORDER BY id") == before
    _same_graph(pull_graph(fresh_db), real_graph)


@pytest.mark.neo4j
def test_push_and_prune_leave_other_data_alone(fresh_db: Any, real_graph: nx.MultiDiGraph) -> None:
    _add_foreign_data(fresh_db)
    foreign = _foreign_snapshot(fresh_db)
    push_graph(real_graph, fresh_db)
    assert _foreign_snapshot(fresh_db) == foreign
    # someone links their own node to one of ours; then the source loses nodes and relations
    fresh_db.run(
        "MATCH (p:Person {name: 'Bo'}), (g:GovGraph {dataset: 'govgraph', id: 'city-naga'}) CREATE (p)-[:VISITED]->(g)"
    )
    foreign = _foreign_snapshot(fresh_db)
    smaller = real_graph.copy()
    smaller.remove_nodes_from(["city-naga", "PHL", "ecowas"])
    smaller.remove_edges_from(list(smaller.edges(keys=True))[:50])
    smaller.graph["corridors"] = smaller.graph["corridors"][10:]
    stats = push_graph(smaller, fresh_db, prune=True)
    assert stats.kept_nodes == 1  # city-naga: another application's relationship points at it
    assert _foreign_snapshot(fresh_db) == foreign
    nodes, rels = _expected_counts(smaller)
    assert (stats.nodes, stats.relationships) == (nodes + 1, rels)
    kept = pull_graph(fresh_db)
    kept.remove_node("city-naga")
    _same_graph(kept, smaller)


@pytest.mark.neo4j
def test_interrupted_push_resumes_to_exactly_the_source(tmp_path: Path, real_graph: nx.MultiDiGraph) -> None:
    from neo4j import GraphDatabase

    server = BoltServer(tmp_path / "crash")
    server.start()
    try:
        server.create_database("resume")
        calls = {"n": 0}

        def pull_the_plug(phase: str, done: int, total: int) -> None:
            calls["n"] += 1
            if phase == "relations" and done >= 2000:
                server.kill()

        driver = GraphDatabase.driver(
            server.uri, auth=(server.user, server.password), max_transaction_retry_time=1.0, connection_timeout=5.0
        )
        with pytest.raises(BackendError):
            push_graph(real_graph, driver, database="resume", batch=500, progress=pull_the_plug)
        driver.close()
        server.start()
        driver = GraphDatabase.driver(server.uri, auth=(server.user, server.password))
        partial = dataset_counts(driver, database="resume")
        assert partial[1] < real_graph.number_of_edges()  # it did stop part-way
        stats = push_graph(real_graph, driver, database="resume", batch=500)
        assert (stats.nodes, stats.relationships) == _expected_counts(real_graph)
        _same_graph(pull_graph(driver, database="resume"), real_graph)
        driver.close()
    finally:
        server.stop()


@pytest.mark.neo4j
def test_export_script_gives_the_same_graph_as_push(
    fresh_db: Any, real_graph: nx.MultiDiGraph, runner: CliRunner, tmp_path: Path, pushed: Any
) -> None:
    out = tmp_path / "load.cypher"
    assert runner.invoke(main, ["export", "-f", "cypher", "--temporal", "-o", str(out)]).exit_code == 0
    _run_script(fresh_db, out)
    assert dataset_counts(fresh_db) == dataset_counts(pushed) == _expected_counts(real_graph)
    _same_graph(pull_graph(fresh_db), real_graph)


HOSTILE = [
    "x'}) DETACH DELETE n //",
    "}) DETACH DELETE n //",
    "back`tick`) MATCH (m) DETACH DELETE m //",
    'dq"}) DETACH DELETE n RETURN "',
    "semi; MATCH (n) DETACH DELETE n;",
    "slash\\'; MATCH (n) DETACH DELETE n //",
    "line\nbreak /* c */ $rows",
]


def _hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        as_of=None,
        corridors=[
            {
                "origin": HOSTILE[0],
                "destination": HOSTILE[1],
                "stock": 5,
                "year": 2019,
                "sources": [{"title": HOSTILE[2], "url": "https://x/'\"`"}],
            },
        ],
    )
    for i, text in enumerate(HOSTILE):
        G.add_node(
            text,
            entity="actor",
            kind="state",
            name=text[::-1],
            acronym=None,
            founded=None,
            dissolved=None,
            borders=[HOSTILE[(i + 1) % len(HOSTILE)]],
            sources=[{"title": text, "checked": True}],
        )
    G.add_node(
        "inst`'\"",
        entity="instrument",
        kind="treaty",
        name="``''\"\"",
        binding=True,
        adopted="2001",
        policy_areas=["refugees"],
        sources=[],
    )
    for i, text in enumerate(HOSTILE):
        G.add_edge(
            text,
            "inst`'\"",
            key=f"{text}|party_to",
            type="party_to",
            since=None,
            until=None,
            binding=True,
            note=HOSTILE[-1 - i],
            sources=[],
        )
        G.add_edge(
            text,
            HOSTILE[(i + 3) % len(HOSTILE)],
            key=HOSTILE[i] + "|k",
            type="coordinates_with",
            since="2001-02",
            until=None,
            binding=False,
            note=None,
            sources=[],
        )
    return G


@pytest.mark.neo4j
def test_hostile_ids_and_names_are_data_not_code(fresh_db: Any, tmp_path: Path) -> None:
    from govgraph.export.cypher import write

    _add_foreign_data(fresh_db)
    foreign = _foreign_snapshot(fresh_db)
    G = _hostile_graph()
    stats = push_graph(G, fresh_db, dataset="govgraph")
    assert (stats.nodes, stats.relationships) == _expected_counts(G)
    _same_graph(pull_graph(fresh_db), G)
    assert _foreign_snapshot(fresh_db) == foreign
    # the same data through the literal script
    fresh_db.run("MATCH (n:GovGraph {dataset: 'govgraph'}) DETACH DELETE n")
    write(G, tmp_path / "hostile.cypher")
    _run_script(fresh_db, tmp_path / "hostile.cypher")
    _same_graph(pull_graph(fresh_db), G)
    assert _foreign_snapshot(fresh_db) == foreign


# -- the CLI -----------------------------------------------------------------------------------------------


def _env(server: BoltServer, database: str, password: str) -> dict[str, str]:
    return {"NEO4J_URI": server.uri, "NEO4J_USER": server.user, "NEO4J_DATABASE": database, "NEO4J_PASSWORD": password}


@pytest.mark.neo4j
def test_cli_push_gaps_and_query(bolt_server: BoltServer, fresh_db: Any) -> None:  # noqa: F811
    runner = CliRunner()
    env = _env(bolt_server, fresh_db.database, bolt_server.password)
    result = runner.invoke(main, ["neo4j", "push", "--batch", "2000"], env=env)
    assert result.exit_code == 0, result.output
    assert "relationships" in result.stderr and result.stdout == ""
    again = runner.invoke(main, ["neo4j", "push", "--prune"], env=env)
    assert again.exit_code == 0 and "pruned 0 nodes and 0 relationships" in again.stderr
    for args in (
        ["PHL"],
        ["PHL", "--explain", "--via", "forum", "--binding", "binding"],
        ["ECOWAS", "--as-of", "2024-06-01", "--json"],
        ["USA", "--top", "1", "--as-of", "2025-06-01"],
    ):
        in_memory = runner.invoke(main, ["gaps", *args])
        over_bolt = runner.invoke(main, ["neo4j", "gaps", *args], env=env)
        assert over_bolt.exit_code == 0, over_bolt.output
        assert over_bolt.stdout == in_memory.stdout, args
    query = runner.invoke(
        main,
        ["neo4j", "query", "forum-members.cypher", "--param", "forum=ecowas", "--as-of", "2025-06-01", "--json"],
        env=env,
    )
    assert query.exit_code == 0, query.output
    members = {r["id"] for r in json.loads(query.stdout) if r["tie"] == "member_of"}
    assert "SEN" in members and "MLI" not in members  # Mali left in January 2025


@pytest.mark.neo4j
def test_analyst_queries(pushed: Any) -> None:
    queries = cypher_dir() / "queries"
    profile = run_query_file(pushed, queries / "actor-profile.cypher", {"id": "PHL"})
    assert {r["relation"] for r in profile} >= {"member_of", "party_to", "endorses"}
    path = run_query_file(pushed, queries / "path.cypher", {"from": "PHL", "to": "city-amsterdam"})
    assert path[0]["from"] == "PHL" and path[-1]["to"] == "city-amsterdam"
    assert all(a["to"] == b["from"] for a, b in itertools.pairwise(path))
    old = run_query_file(pushed, queries / "forum-members.cypher", {"forum": "ecowas"}, as_of="2024-06-01")
    assert "MLI" in {r["id"] for r in old if r["tie"] == "member_of"}


def _assert_one_clear_error(result: Any, *needles: str, secret: str) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert secret not in result.stdout and secret not in result.stderr and secret not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.neo4j
@pytest.mark.parametrize(
    "command",
    [["neo4j", "push"], ["neo4j", "gaps", "PHL"], ["neo4j", "query", "actor-profile.cypher", "--param", "id=PHL"]],
)
def test_bad_connections_end_in_one_clear_line(bolt_server: BoltServer, command: list[str]) -> None:  # noqa: F811
    runner = CliRunner()
    unreachable = f"bolt://localhost:{free_port()}"
    result = runner.invoke(main, command, env={**_env(bolt_server, "gaps", SECRET), "NEO4J_URI": unreachable})
    _assert_one_clear_error(result, "cannot reach", unreachable, secret=SECRET)
    result = runner.invoke(main, command, env=_env(bolt_server, "gaps", SECRET))
    _assert_one_clear_error(result, "authentication failed", secret=SECRET)
    bolt_server.create_database("gaps")
    result = runner.invoke(
        main, [*command, "--database", "no_such_db"], env=_env(bolt_server, "gaps", bolt_server.password)
    )
    _assert_one_clear_error(result, "database 'no_such_db' does not exist", secret=bolt_server.password)


def test_password_is_never_taken_from_argv(runner: CliRunner) -> None:
    result = runner.invoke(main, ["neo4j", "push", "--password", SECRET])
    assert result.exit_code != 0 and SECRET not in result.output
