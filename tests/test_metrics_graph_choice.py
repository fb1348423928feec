"""Which graph the metrics use: actors only, excluded types, containment, forum projection, undated relations.

The references are built here from the as-of graph with networkx and plain
loops, never with the graphs that ``govgraph.metrics`` derives.
"""

from __future__ import annotations

import io
import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from govgraph.cli import main
from govgraph.metrics import actor_metrics, summary_tables, timeline
from govgraph.temporal import as_of
from govgraph.vocab import RELATION_TYPES

DATE = "2024-06-01"
DISTANCE = {"withdrew_from", "suspended_from", "voted_against", "abstained", "did_not_vote", "contests"}
CONTAINMENT = {"located_in", "part_of"}
STRUCTURE = ["betweenness", "closeness", "eigenvector", "pagerank", "constraint", "kcore", "brokerage_total"]


@pytest.fixture(scope="module")
def on_date(real_graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return as_of(real_graph, DATE)


def _csv(runner, args: list[str]) -> pd.DataFrame:
    res = runner.invoke(main, args)
    assert res.exit_code == 0, res.output
    return pd.read_csv(io.StringIO(res.stdout))


# -- actors only -------------------------------------------------------------------


def test_actors_only_csv_has_no_instrument_and_networkx_betweenness(runner, on_date: nx.MultiDiGraph) -> None:
    df = _csv(runner, ["metrics", "--as-of", DATE, "--actors-only", "-f", "csv"]).set_index("id")
    actors = {n for n, e in on_date.nodes(data="entity") if e == "actor"}
    assert set(df["entity"]) == {"actor"} and set(df.index) == actors

    # the actor-induced graph, undirected and simple, of every counted type but containment
    U = nx.Graph()
    U.add_nodes_from(actors)
    U.add_edges_from(
        (u, v)
        for u, v, t in on_date.edges(data="type")
        if u in actors and v in actors and u != v and t not in DISTANCE | CONTAINMENT
    )
    reference = nx.betweenness_centrality(U)
    diff = np.abs(df.loc[list(reference), "betweenness"].to_numpy(float) - np.array(list(reference.values())))
    assert diff.max() <= 1e-12
    assert df["betweenness"].max() > 0.01  # a real graph, not an empty one


def test_actors_only_summary_counts_no_instrument(on_date: nx.MultiDiGraph) -> None:
    graph = summary_tables(on_date, actors_only=True)["graph"].iloc[0]
    actor_relations = sum(
        1
        for u, v, t in on_date.edges(data="type")
        if t not in DISTANCE and on_date.nodes[u]["entity"] == "actor" and on_date.nodes[v]["entity"] == "actor"
    )
    assert graph["instruments"] == 0 and graph["nodes"] == graph["actors"]
    assert graph["relations"] == actor_relations


# -- containment and excluded types ---------------------------------------------------


def test_no_state_brokers_through_containment(on_date: nx.MultiDiGraph) -> None:
    """By default brokerage and centrality are those of the graph without located_in and part_of."""
    default = actor_metrics(on_date).set_index("id")
    without = actor_metrics(on_date, exclude_relations=sorted(CONTAINMENT)).set_index("id")
    pd.testing.assert_frame_equal(default[STRUCTURE], without[STRUCTURE])
    # the old graph, containment as ties, made Canada a broker of its own provinces and cities
    with_containment = actor_metrics(on_date, containment_ties=True).set_index("id")
    assert with_containment.loc["CAN", "brokerage_total"] > 0
    assert default.loc["CAN", "brokerage_total"] == 0
    states = default["kind"] == "state"
    brokers = with_containment.index[states & (with_containment["brokerage_total"] > 0)]
    assert (
        len(brokers) > 0 and (default.loc[brokers, "brokerage_total"] == without.loc[brokers, "brokerage_total"]).all()
    )
    # the degree columns still count containment: a city is located in its state
    assert default.loc["CAN", "in_located_in"] > 0


def test_exclude_relation_equals_naming_the_others(runner) -> None:
    others = [t for t in RELATION_TYPES if t not in DISTANCE | CONTAINMENT]
    excluded = _csv(
        runner, ["metrics", "--as-of", DATE, "--exclude-relation", "located_in", "--exclude-relation", "part_of"]
    )
    named = _csv(runner, ["metrics", "--as-of", DATE, *[a for t in others for a in ("--relation", t)]])
    pd.testing.assert_frame_equal(excluded, named)
    assert "deg_located_in" not in excluded.columns


def test_exclude_relation_unknown_type_is_one_error(runner) -> None:
    res = runner.invoke(main, ["metrics", "--exclude-relation", "friends_with"])
    lines = res.stderr.strip().splitlines()
    assert res.exit_code == 1 and len(lines) == 1
    assert lines[0].startswith("Error: --exclude-relation: unknown relation type 'friends_with'")


# -- per-type in/out degree ---------------------------------------------------------------


def test_in_and_out_degree_per_type(real_graph: nx.MultiDiGraph) -> None:
    before = actor_metrics(as_of(real_graph, "2024-06-01")).set_index("id")
    after = actor_metrics(as_of(real_graph, "2025-06-01")).set_index("id")
    # ECOWAS's members: Burkina Faso, Mali and Niger left in January 2025
    assert before.loc["ecowas", "in_member_of"] == 15 and after.loc["ecowas", "in_member_of"] == 12
    assert before.loc["MLI", "out_member_of"] == after.loc["MLI", "out_member_of"] + 1
    for rtype in ("member_of", "party_to", "located_in"):
        assert (before[f"in_{rtype}"] + before[f"out_{rtype}"] == before[f"deg_{rtype}"]).all()
        recorded = sum(1 for *_, t in as_of(real_graph, "2024-06-01").edges(data="type") if t == rtype)
        assert before[f"in_{rtype}"].sum() == before[f"out_{rtype}"].sum() == recorded


# -- brokerage on the state-state projection of forum co-membership ----------------------


def _forums() -> nx.MultiDiGraph:
    """Four states in two forums: F1 = {A, B, C}, F2 = {C, D}; regions A, D: x; B, C: y."""
    G = nx.MultiDiGraph(as_of="2024-01-01")
    for state, region in {"A": "x", "B": "y", "C": "y", "D": "x"}.items():
        G.add_node(state, entity="actor", kind="state", level="national", region=region, name=state)
    for forum in ("F1", "F2"):
        G.add_node(forum, entity="actor", kind="rcp", level="regional", region="", name=forum)
    for state, forum in [("A", "F1"), ("B", "F1"), ("C", "F1"), ("C", "F2"), ("D", "F2")]:
        G.add_edge(state, forum, key=f"{state}|{forum}", type="member_of", binding=False, direction="vertical")
    return G


def test_forum_projection_brokerage_hand_counted() -> None:
    """The projection ties A-B, A-C, B-C, C-D; only C brokers, on four ordered open two-paths.

    As R's sna::brokerage on a symmetric network, each open pair counts in both
    directions: A -> C -> D and D -> C -> A (x y x: consultant), B -> C -> D
    (y y x: representative), D -> C -> B (x y y: gatekeeper).
    """
    df = actor_metrics(_forums(), brokerage_graph="forum-projection").set_index("id")
    assert df.attrs["groups"] == "region"
    roles = {
        r: int(df.loc["C", f"brokerage_{r}"])
        for r in ("coordinator", "gatekeeper", "representative", "consultant", "liaison")
    }
    assert roles == {"coordinator": 0, "gatekeeper": 1, "representative": 1, "consultant": 2, "liaison": 0}
    assert list(df.loc[["A", "B", "D"], "brokerage_total"]) == [0, 0, 0]
    assert df.loc[["F1", "F2"], "brokerage_total"].isna().all()  # a forum is not in the projection
    # on the flow graph (states -> forums) no state brokers at all
    assert actor_metrics(_forums()).set_index("id").loc[["A", "B", "C", "D"], "brokerage_total"].eq(0).all()


def test_brokerage_graph_option_is_checked(runner) -> None:
    res = runner.invoke(main, ["metrics", "--brokerage-graph", "bipartite"])
    assert res.exit_code == 1 and res.stderr.startswith("Error: --brokerage-graph: unknown graph 'bipartite'")


# -- undated relations ------------------------------------------------------------------


def test_timeline_reports_undated_relations(runner) -> None:
    res = runner.invoke(main, ["timeline", "--from", "2000", "--to", "2020", "--step", "10y", "-f", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)["timeline"]
    assert [r["date"] for r in rows] == ["2000-01-01", "2010-01-01", "2020-01-01"]
    for row in rows:
        assert 0 < row["undated_relations"] < row["relations"]
        assert row["undated_share"] == pytest.approx(row["undated_relations"] / row["relations"])


def test_dated_only_leaves_undated_relations_out(real_graph: nx.MultiDiGraph) -> None:
    full = timeline(real_graph, "2000", "2000").iloc[0]
    dated = timeline(real_graph, "2000", "2000", dated_only=True).iloc[0]
    on_2000 = as_of(real_graph, "2000-01-01")
    counted = [d for *_, d in on_2000.edges(data=True) if d["type"] not in DISTANCE]
    with_dates = sum(1 for d in counted if d.get("since"))
    assert len(counted) == full["relations"]
    assert dated["relations"] == with_dates < full["relations"]
    # still reported, and the share is of the relations in force
    assert dated["undated_relations"] == full["undated_relations"] == full["relations"] - with_dates
    assert dated["undated_share"] == pytest.approx(full["undated_share"])


def test_timeline_csv_dates_parse(runner, tmp_path) -> None:
    out = tmp_path / "t.csv"
    res = runner.invoke(main, ["timeline", "--from", "2016", "--to", "2018", "--dated-only", "-o", str(out)])
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out)
    assert {"undated_relations", "undated_share"} <= set(df.columns)
    assert pd.to_datetime(df["date"], format="%Y-%m-%d").dt.year.tolist() == [2016, 2017, 2018]
