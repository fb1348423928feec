"""Metrics: hand-computed values on small graphs, networkx agreement, as-of, CLI and bad input."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from govgraph.cli import main
from govgraph.metrics import ROLES, actor_metrics, brokerage, summary_tables, timeline
from govgraph.metrics import centrality as cx
from govgraph.metrics.graphs import choose_graph, flow_arcs, node_index, select_relations, undirected_pairs
from govgraph.temporal import as_of
from tests.conftest import TINY_WORLD

LEVEL = {"global": "global", "regional": "regional", "national": "national"}


def _graph(nodes: dict[str, str], edges: list[tuple[str, str, str]], as_of_date: str = "2024-01-01") -> nx.MultiDiGraph:
    """A governance-shaped multigraph: node -> level, edges (source, target, type)."""
    G = nx.MultiDiGraph(as_of=as_of_date)
    for n, level in nodes.items():
        G.add_node(n, entity="actor", kind="state", level=level, name=n)
    for i, (u, v, t) in enumerate(edges):
        G.add_edge(
            u,
            v,
            key=f"{u}|{t}|{v}|{i}",
            type=t,
            binding=t == "member_of",
            direction="horizontal" if nodes[u] == nodes[v] else "vertical",
        )
    return G


# -- hand-computed values -------------------------------------------------------


@pytest.fixture
def paw() -> nx.MultiDiGraph:
    """Triangle a-b-c with a pendant d on c; a-b holds two relations (one tie)."""
    nodes = {"a": "national", "b": "national", "c": "regional", "d": "global"}
    edges = [
        ("a", "b", "member_of"),
        ("a", "b", "coordinates_with"),
        ("a", "c", "member_of"),
        ("b", "c", "member_of"),
        ("c", "d", "observer_of"),
    ]
    return _graph(nodes, edges)


def test_hand_computed_values(paw: nx.MultiDiGraph) -> None:
    df = actor_metrics(paw).set_index("id")
    assert df.loc["a", "degree"] == 3 and df.loc["a", "neighbors"] == 2
    assert df.loc["a", "deg_member_of"] == 2 and df.loc["a", "deg_coordinates_with"] == 1
    assert df.loc["c", "in_degree"] == 2 and df.loc["c", "out_degree"] == 1
    assert df.loc["c", "deg_vertical"] == 3 and df.loc["a", "deg_horizontal"] == 2
    assert df.loc["a", "deg_binding"] == 2 and df.loc["a", "deg_nonbinding"] == 1
    # betweenness: c is on the a-d and b-d paths, 2 of the 3 pairs without c
    assert df.loc["c", "betweenness"] == pytest.approx(2 / 3)
    assert df.loc["a", "betweenness"] == 0
    # closeness: sum of distances 3 for c, 4 for a, 5 for d
    assert df.loc["c", "closeness"] == pytest.approx(1.0)
    assert df.loc["a", "closeness"] == pytest.approx(0.75)
    assert df.loc["d", "closeness"] == pytest.approx(0.6)
    assert list(df.loc[["a", "b", "c", "d"], "kcore"]) == [2, 2, 2, 1]
    # effective size d - 2t/d: c has 3 neighbours with 1 tie among them
    assert df.loc["c", "effective_size"] == pytest.approx(3 - 2 / 3)
    assert df.loc["a", "effective_size"] == pytest.approx(1.0)
    # constraint of a: (1/2 + 1/2*1/3)^2 + (1/2 + 1/2*1/2)^2 = 4/9 + 9/16
    assert df.loc["a", "constraint"] == pytest.approx(4 / 9 + 9 / 16)
    assert df.loc["d", "constraint"] == pytest.approx(1.0)
    assert df["pagerank"].sum() == pytest.approx(1.0)
    assert df.loc["d", "pagerank"] > df.loc["a", "pagerank"]  # flow runs a, b -> c -> d
    assert df.attrs["betweenness"] == {"exact": True, "k": 4, "seed": None}


def test_brokerage_roles_hand_counted() -> None:
    """Six nodes in three groups; each broker holds exactly one role.

    a0 -> a1 -> a2: a1 coordinator (A A A); b0 -> a0 -> a1: a0 gatekeeper (B A A);
    a1 -> a2 -> b1: a2 representative (A A B); a2 -> b1 -> c0: b1 liaison (A B C);
    b1 -> c0 -> b0: c0 consultant (B C B); c0 -> b0 -> a0: b0 liaison (C B A).
    """
    nodes = {"a0": "national", "a1": "national", "a2": "national", "b0": "regional", "b1": "regional", "c0": "global"}
    arcs = [("a0", "a1"), ("a1", "a2"), ("b0", "a0"), ("a2", "b1"), ("b1", "c0"), ("c0", "b0")]
    G = _graph(nodes, [(u, v, "member_of") for u, v in arcs])
    df = actor_metrics(G).set_index("id")
    roles = df[[f"brokerage_{r}" for r in ROLES]]
    expected = {
        "a0": {"gatekeeper": 1},
        "a1": {"coordinator": 1},
        "a2": {"representative": 1},
        "b1": {"liaison": 1},
        "c0": {"consultant": 1},
        "b0": {"liaison": 1},
    }
    for node, want in expected.items():
        assert {r: int(roles.loc[node, f"brokerage_{r}"]) for r in ROLES} == {r: want.get(r, 0) for r in ROLES}
    assert int(df["brokerage_total"].sum()) == 6
    # a direct arc a0 -> a2 closes the two-path: a1 no longer brokers
    closed = actor_metrics(_graph(nodes, [(u, v, "member_of") for u, v in [*arcs, ("a0", "a2")]])).set_index("id")
    assert closed.loc["a1", "brokerage_coordinator"] == 0
    # a two-way type gives arcs both ways: b1 <-> c0 coordination adds c0 -> b1 -> ... paths
    both = actor_metrics(_graph(nodes, [(u, v, "coordinates_with") for u, v in arcs])).set_index("id")
    assert both["brokerage_total"].sum() > 6


def _brute_brokerage(n: int, arcs: set[tuple[int, int]], group: list[int]) -> np.ndarray:
    out = np.zeros((n, len(ROLES)), dtype=np.int64)
    for a, b in arcs:
        for b2, c in arcs:
            if b2 != b or c == a or (a, c) in arcs:
                continue
            ga, gb, gc = group[a], group[b], group[c]
            if ga == gb == gc:
                role = "coordinator"
            elif ga == gc:
                role = "consultant"
            elif ga == gb:
                role = "representative"
            elif gb == gc:
                role = "gatekeeper"
            else:
                role = "liaison"
            out[b, ROLES.index(role)] += 1
    return out


def test_brokerage_matches_brute_force() -> None:
    rng = random.Random(3)
    n = 30
    arcs = {(rng.randrange(n), rng.randrange(n)) for _ in range(120)}
    arcs = {(i, j) for i, j in arcs if i != j}
    group = [rng.randrange(3) for _ in range(n)]
    assert np.array_equal(brokerage(n, arcs, group), _brute_brokerage(n, arcs, group))


def test_centralities_match_networkx(real_graph: nx.MultiDiGraph) -> None:
    H = select_relations(as_of(real_graph, "2024-06-01"))
    df = actor_metrics(H).set_index("id")
    nodes, index = node_index(H)
    ties = choose_graph().ties  # the default ties: every counted type but containment
    U = nx.Graph([(nodes[i], nodes[j]) for i, j in undirected_pairs(H, index, ties)])
    U.add_nodes_from(H)
    D = nx.DiGraph([(nodes[i], nodes[j]) for i, j in flow_arcs(H, index, ties)])
    D.add_nodes_from(H)
    giant = U.subgraph(max(nx.connected_components(U), key=len))
    refs = {
        "betweenness": nx.betweenness_centrality(U),
        "closeness": nx.closeness_centrality(U),
        "pagerank": nx.pagerank(D, tol=1e-14, max_iter=1000),
        "eigenvector": nx.eigenvector_centrality_numpy(giant),
        "constraint": nx.constraint(U),
        "effective_size": nx.effective_size(U),
        "kcore": nx.core_number(U),
    }
    for column, ref in refs.items():
        ours = df.loc[list(ref), column].to_numpy(float)
        theirs = np.array(list(ref.values()), dtype=float)
        assert np.allclose(ours, theirs, equal_nan=True, atol=1e-9), column
    outside = set(U) - set(giant)
    assert df.loc[list(outside), "eigenvector"].isna().all()


def test_sampled_betweenness_reports_k_and_seed(paw: nx.MultiDiGraph) -> None:
    df = actor_metrics(paw, betweenness_k=2, seed=7)
    assert set(df["betweenness_k"]) == {2} and set(df["betweenness_seed"]) == {7}
    assert df.attrs["betweenness"] == {"exact": False, "k": 2, "seed": 7}
    again = actor_metrics(paw, betweenness_k=2, seed=7)
    assert df["betweenness"].tolist() == again["betweenness"].tolist()
    A = cx.adjacency(4, [(0, 1), (0, 2), (1, 2), (2, 3)])
    assert np.allclose(cx.betweenness(A, np.arange(4)), cx.betweenness(A))


def test_relation_and_binding_filters(paw: nx.MultiDiGraph) -> None:
    df = actor_metrics(paw, relations=["coordinates_with"]).set_index("id")
    assert df.loc["a", "degree"] == 1 and "deg_member_of" not in df.columns
    nb = actor_metrics(paw, binding="non-binding").set_index("id")
    assert nb.loc["a", "degree"] == 1 and nb.loc["c", "degree"] == 1


# -- summary ---------------------------------------------------------------------


def test_summary_tables(paw: nx.MultiDiGraph) -> None:
    t = summary_tables(paw)
    g = t["graph"].iloc[0]
    assert (g["nodes"], g["relations"], g["ties"], g["components"]) == (4, 5, 4, 1)
    assert g["binding_share"] == pytest.approx(3 / 5)
    pairs = t["level_pairs"].set_index(["level_a", "level_b"])
    assert pairs.loc[("national", "national"), "ties"] == 1
    assert pairs.loc[("national", "national"), "density"] == pytest.approx(1.0)
    assert pairs.loc[("regional", "national"), "ties"] == 2
    assert pairs.loc[("regional", "national"), "possible"] == 2
    assert pairs.loc[("global", "national"), "ties"] == 0
    ei = t["ei"].set_index("scope")
    # 3 vertical, 2 horizontal relations: (3 - 2) / 5
    assert ei.loc["all", "ei_index"] == pytest.approx(0.2)
    assert ei.loc["global", "ei_index"] == pytest.approx(1.0)


# -- as-of on the bundled data ----------------------------------------------------


def test_as_of_changes_ecowas(real_graph: nx.MultiDiGraph) -> None:
    before = actor_metrics(as_of(real_graph, "2024-06-01")).set_index("id")
    after = actor_metrics(as_of(real_graph, "2025-06-01")).set_index("id")
    # Burkina Faso, Mali and Niger left ECOWAS in January 2025
    assert before.loc["ecowas", "deg_member_of"] - after.loc["ecowas", "deg_member_of"] == 3
    for state in ("BFA", "MLI", "NER"):
        assert before.loc[state, "deg_member_of"] == after.loc[state, "deg_member_of"] + 1
    assert before.loc["SEN", "deg_member_of"] == after.loc["SEN", "deg_member_of"]
    s1 = summary_tables(as_of(real_graph, "2010-01-01"))["graph"].iloc[0]
    s2 = summary_tables(as_of(real_graph, "2024-06-01"))["graph"].iloc[0]
    assert s1["relations"] < s2["relations"]


def test_timeline_counts_icmw_parties(real_graph: nx.MultiDiGraph) -> None:
    df = timeline(real_graph, "2000", "2024", "4y", track=["icmw"])
    assert str(df["date"].dtype).startswith("datetime64")  # real dates, not text
    assert [d.date().isoformat() for d in df["date"]] == [
        "2000-01-01",
        "2004-01-01",
        "2008-01-01",
        "2012-01-01",
        "2016-01-01",
        "2020-01-01",
        "2024-01-01",
    ]
    parties = df["icmw.party_to"].tolist()
    assert parties == sorted(parties) and parties[0] < parties[-1]
    assert df["state_membership_density_rcp"].between(0, 1).all()


# -- CLI ---------------------------------------------------------------------------


@pytest.fixture
def tiny(make_world) -> Path:
    return make_world({"world.yaml": TINY_WORLD})


def _args(world: Path) -> list[str]:
    return ["--no-bundled", "--data", str(world)]


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_metrics_command_writes_each_format(runner, tiny: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"m.{fmt}"
    res = runner.invoke(main, ["metrics", *_args(tiny), "--as-of", "2024-06-01", "-f", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    if fmt == "csv":
        df = pd.read_csv(out)
    elif fmt == "json":
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert doc["meta"]["as_of"] == "2024-06-01" and doc["meta"]["betweenness"]["exact"] is True
        df = pd.DataFrame(doc["actors"])
    else:
        df = pd.read_parquet(out)
    assert int(df.set_index("id").loc["ecowas", "deg_member_of"]) == 2


def test_metrics_as_of_on_tiny_world(runner, tiny: Path) -> None:
    counts = []
    for date in ("2024-06-01", "2025-06-01"):
        res = runner.invoke(main, ["metrics", *_args(tiny), "--as-of", date, "-f", "json"])
        assert res.exit_code == 0, res.output
        rows = {r["id"]: r for r in json.loads(res.stdout)["actors"]}
        counts.append(rows["ecowas"]["deg_member_of"])
    assert counts == [2, 1]


def test_metrics_summary_command(runner, tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    res = runner.invoke(main, ["metrics", *_args(tiny), "--as-of", "2024-06-01", "--summary", "-o", str(out)])
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out)
    assert list(df.columns) == ["table", "key", "measure", "value"]
    assert set(df["table"]) == {"graph", "level_pairs", "ei"}
    res = runner.invoke(main, ["metrics", *_args(tiny), "--summary", "-f", "json"])
    assert set(json.loads(res.stdout)) == {"meta", "graph", "level_pairs", "ei"}


def test_timeline_command_with_plot(runner, tiny: Path, tmp_path: Path) -> None:
    out, png, svg = tmp_path / "t.csv", tmp_path / "t.png", tmp_path / "t.svg"
    res = runner.invoke(
        main,
        [
            "timeline",
            *_args(tiny),
            "--from",
            "2024",
            "--to",
            "2026",
            "--track",
            "ECOWAS",
            "-o",
            str(out),
            "--plot",
            str(png),
        ],
    )
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out)
    assert df["ecowas.member_of"].tolist() == [2, 2, 1]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    res = runner.invoke(main, ["timeline", *_args(tiny), "--from", "2020", "--to", "2021", "--plot", str(svg)])
    assert res.exit_code == 0 and svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


BAD = [
    (["metrics", "-f", "xlsx"], "-f/--format: unknown format 'xlsx'"),
    (["metrics", "--relation", "friends_with"], "--relation: unknown relation type 'friends_with'"),
    (["metrics", "--binding", "maybe"], "--binding: unknown value 'maybe'"),
    (["metrics", "--as-of", "2024-02-30"], "--as-of: '2024-02-30' is not a real date"),
    (["metrics", "--groups", "colour"], "--groups: unknown grouping 'colour'"),
    (["timeline", "--from", "2000", "--to", "1990"], "--to 1990 is before --from 2000"),
    (["timeline", "--step", "1w"], "--step: '1w' is not a step"),
    (["timeline", "--from", "20x0"], "--from/--to: '20x0' is not a date"),
    (["timeline", "--relation", "friends_with"], "--relation: unknown relation type"),
    (["timeline", "--plot", "PLACEHOLDER.pdf"], "--plot:"),
    (["export", "-f", "xlsx"], "-f/--format: unknown format 'xlsx'"),
    (["export", "-f", "gexf", "--as-of", "yesterday"], "--as-of: 'yesterday' is not a date"),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_one_line_no_file(runner, tiny: Path, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "out" / "result.csv"
    out.parent.mkdir()
    args = [a.replace("PLACEHOLDER", str(out.parent / "p")) for a in args]
    res = runner.invoke(main, [*args, *_args(tiny), "-o", str(out)])
    assert res.exit_code != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], res.stderr
    assert list(out.parent.iterdir()) == []  # nothing written, no temporary file left


def test_metrics_csv_escapes_formulas(runner, make_world, tmp_path: Path) -> None:
    world = make_world({"world.yaml": TINY_WORLD.replace("name: Senegal", "name: \"=HYPERLINK('http://x')\"")})
    out = tmp_path / "m.csv"
    res = runner.invoke(main, ["metrics", *_args(world), "--as-of", "2024-06-01", "-o", str(out)])
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out).set_index("id")
    assert df.loc["SEN", "name"] == "'=HYPERLINK('http://x')"


def test_pandas_is_not_imported_by_the_cli() -> None:
    code = "import govgraph, govgraph.cli, sys; print('pandas' in sys.modules, 'scipy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent
    )
    assert out.stdout.split() == ["False", "False"]


def test_sampled_closeness_is_exact_with_every_source() -> None:
    rng = random.Random(5)
    G = nx.gnm_random_graph(40, 70, seed=5)
    A = cx.adjacency(40, [(u, v) for u, v in G.edges()])
    ref = nx.closeness_centrality(G)
    assert np.allclose(cx.closeness(A, np.arange(40)), [ref[i] for i in range(40)])
    some = np.array(rng.sample(range(40), 20))
    estimate = cx.closeness(A, some)
    assert np.all(np.isfinite(estimate)) and np.corrcoef(estimate, [ref[i] for i in range(40)])[0, 1] > 0.8
