"""Analyses a regime-complex study needs: forum overlap, two-mode views, communities, igraph.

Every reference is computed here from the node-link JSON export or the as-of
graph with brute force or networkx, never with the functions under test.
"""

from __future__ import annotations

import io
import json
from itertools import combinations
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from govgraph.cli import main
from govgraph.temporal import as_of

DATE = "2024-06-01"
BELONGING = {"member_of", "associate_of", "participates_in"}
FORUM_KINDS = {"rcp", "irf", "rec", "global_process"}


@pytest.fixture(scope="module")
def on_date(real_graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return as_of(real_graph, DATE)


@pytest.fixture(scope="module")
def node_link(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The bundled world as of DATE, exported as node-link JSON through the CLI."""
    from click.testing import CliRunner

    path = tmp_path_factory.mktemp("nodelink") / "world.json"
    res = CliRunner().invoke(main, ["export", "-f", "json", "--as-of", DATE, "-o", str(path)])
    assert res.exit_code == 0, res.output
    return json.loads(path.read_text(encoding="utf-8"))


def _members_from_json(doc: dict, kinds: set[str]) -> dict[str, set[str]]:
    kind = {n["id"]: n["kind"] for n in doc["nodes"]}
    members: dict[str, set[str]] = {}
    for e in doc["edges"]:
        if e["type"] in BELONGING and kind[e["source"]] == "state" and kind[e["target"]] in kinds:
            members.setdefault(e["target"], set()).add(e["source"])
    return members


def _run(runner, args: list[str]):
    res = runner.invoke(main, args)
    assert res.exit_code == 0, res.output
    return res


# -- overlap ---------------------------------------------------------------------


def test_overlap_table_equals_brute_force_jaccard_on_the_node_link_export(runner, node_link: dict) -> None:
    table = pd.read_csv(io.StringIO(_run(runner, ["overlap", "--as-of", DATE, "-f", "csv"]).stdout))
    members = _members_from_json(node_link, FORUM_KINDS)
    expected = {
        (a, b): len(members[a] & members[b]) / len(members[a] | members[b]) for a, b in combinations(sorted(members), 2)
    }
    got = {(a, b): j for a, b, j in zip(table["forum_a"], table["forum_b"], table["jaccard"], strict=True)}
    assert set(got) == set(expected) and len(table) == len(expected)
    assert max(abs(got[pair] - expected[pair]) for pair in expected) <= 1e-15
    assert (
        table["shared"]
        == [len(members[a] & members[b]) for a, b in zip(table["forum_a"], table["forum_b"], strict=True)]
    ).all()
    assert table["jaccard"].is_monotonic_decreasing
    assert table["jaccard"].max() > 0.5  # real overlap, not an empty table


def test_overlap_kind_filter_keeps_only_pairs_of_that_kind_and_json_says_so(runner, node_link: dict) -> None:
    doc = json.loads(_run(runner, ["overlap", "--as-of", DATE, "--kind", "rcp", "-f", "json"]).stdout)
    rcps = _members_from_json(node_link, {"rcp"})
    assert doc["meta"]["kinds"] == ["rcp"] and doc["meta"]["as_of"] == DATE
    assert len(doc["overlap"]) == len(rcps) * (len(rcps) - 1) // 2
    assert {r["kind_a"] for r in doc["overlap"]} | {r["kind_b"] for r in doc["overlap"]} == {"rcp"}


def test_overlap_follows_the_date_mali_leaves_ecowas(runner) -> None:
    def ecowas_members(date: str) -> int:
        df = pd.read_csv(io.StringIO(_run(runner, ["overlap", "--as-of", date, "--kind", "rec"]).stdout))
        rows = pd.concat([df.loc[df.forum_a == "ecowas", "members_a"], df.loc[df.forum_b == "ecowas", "members_b"]])
        return int(rows.iloc[0])

    assert ecowas_members("2024-06-01") - ecowas_members("2025-06-01") == 3  # Burkina Faso, Mali, Niger


def test_overlap_writes_a_file_and_refuses_a_bad_kind_without_writing(runner, tmp_path: Path) -> None:
    out = tmp_path / "overlap.json"
    _run(runner, ["overlap", "--as-of", DATE, "-o", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["overlap"]
    bad = tmp_path / "bad.csv"
    res = runner.invoke(main, ["overlap", "--kind", "city_network", "-o", str(bad)])
    assert res.exit_code == 1 and res.output.startswith("Error: --kind") and not bad.exists()


# -- two-mode ----------------------------------------------------------------------


def test_state_forum_incidence_and_projection_equal_networkx_weighted_projection(
    runner, node_link: dict, tmp_path: Path
) -> None:
    out = tmp_path / "sf.csv"
    _run(runner, ["export", "-f", "csv", "--as-of", DATE, "--two-mode", "state:forum", "--projection", "-o", str(out)])
    rows = pd.read_csv(out, keep_default_na=False)
    members = _members_from_json(node_link, FORUM_KINDS)
    assert set(zip(rows["state"], rows["forum"], strict=True)) == {
        (s, f) for f, states in members.items() for s in states
    }
    assert set(rows["type"]) <= BELONGING and list(rows.columns[:6]) == [
        "state",
        "forum",
        "forum_kind",
        "type",
        "since",
        "until",
    ]

    B = nx.Graph()
    B.add_edges_from((("s", s), ("f", f)) for f, states in members.items() for s in states)
    states = [n for n in B if n[0] == "s"]
    P = nx.bipartite.weighted_projected_graph(B, states)
    expected = {tuple(sorted((a[1], b[1]))): w for a, b, w in P.edges(data="weight")}
    proj = pd.read_csv(tmp_path / "sf.projection.csv", keep_default_na=False)
    got = {(a, b): w for a, b, w in zip(proj["state_a"], proj["state_b"], proj["weight"], strict=True)}
    assert got == expected and max(got.values()) >= 5


def test_state_instrument_view_is_party_to_and_its_projection_matches_networkx(on_date: nx.MultiDiGraph) -> None:
    from govgraph.export.twomode import incidence, projection

    rows = incidence(on_date, "state:instrument")
    parties = {
        (u, v)
        for u, v, t in on_date.edges(data="type")
        if t == "party_to" and on_date.nodes[u]["kind"] == "state" and on_date.nodes[v]["entity"] == "instrument"
    }
    assert set(rows["type"]) == {"party_to"} and set(zip(rows["state"], rows["instrument"], strict=True)) == parties
    B = nx.Graph([(("s", s), ("i", i)) for s, i in parties])
    P = nx.bipartite.weighted_projected_graph(B, [n for n in B if n[0] == "s"])
    proj = projection(rows)
    assert {(a, b): w for a, b, w in proj.itertuples(index=False)} == {
        tuple(sorted((a[1], b[1]))): w for a, b, w in P.edges(data="weight")
    }


def test_two_mode_json_holds_both_tables(runner, tmp_path: Path) -> None:
    out = tmp_path / "sf.json"
    _run(runner, ["export", "--as-of", DATE, "--two-mode", "state:forum", "--projection", "-o", str(out)])
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["meta"] == {"as_of": DATE, "two_mode": "state:forum"}
    assert doc["incidence"] and doc["projection"] and set(doc["projection"][0]) == {"state_a", "state_b", "weight"}


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--two-mode", "state:city"], "--two-mode"),
        (["--projection"], "--projection"),
        (["--two-mode", "state:forum", "-f", "graphml"], "-f/--format"),
        (["--two-mode", "state:forum", "--temporal"], "--two-mode"),
    ],
)
def test_two_mode_usage_errors_name_the_option_and_write_nothing(runner, tmp_path: Path, args, option) -> None:
    out = tmp_path / "x.csv"
    res = runner.invoke(main, ["export", "-o", str(out), *args])
    assert res.exit_code == 1 and res.output.startswith(f"Error: {option}") and not out.exists()
    assert list(tmp_path.iterdir()) == []


# -- communities -------------------------------------------------------------------

DISTANCE = {"withdrew_from", "suspended_from", "voted_against", "abstained", "did_not_vote", "contests"}
CONTAINMENT = {"located_in", "part_of"}
COMMUNITY_RUN = """
import json, sys
import govgraph as gg
from govgraph.metrics import find_communities
G = gg.graph(gg.load_world(), as_of="2024-06-01")
labels = find_communities(G, seed=1, actors_only=True)
print(json.dumps({"labels": labels.to_dict(), **labels.attrs}))
"""


def _community_run(hash_seed: str) -> dict:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", COMMUNITY_RUN], capture_output=True, text=True, timeout=300, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_community_labels_are_identical_across_two_runs_with_different_string_hashing() -> None:
    first, second = _community_run("1"), _community_run("2")
    assert first == second
    assert first["communities"] > 3 and first["modularity"] > 0.3


def test_communities_column_partitions_the_actor_tie_graph_with_its_reported_modularity(
    runner, on_date: nx.MultiDiGraph
) -> None:
    args = ["metrics", "--as-of", DATE, "--actors-only", "--communities", "--seed", "1", "-f", "json"]
    doc = json.loads(_run(runner, args).stdout)
    label = {r["id"]: r["community"] for r in doc["actors"]}
    # the reference tie graph: actors, counted relations but containment, undirected, simple
    actors = {n for n, e in on_date.nodes(data="entity") if e == "actor"}
    U = nx.Graph()
    U.add_nodes_from(actors)
    U.add_edges_from(
        (u, v)
        for u, v, t in on_date.edges(data="type")
        if u in actors and v in actors and u != v and t not in DISTANCE | CONTAINMENT
    )
    assert set(label) == actors
    parts = [{n for n in label if label[n] == c} for c in sorted(set(label.values()))]
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)  # 0 is the largest
    meta = doc["meta"]["communities"]
    assert meta["seed"] == 1 and meta["communities"] == len(parts)
    assert abs(nx.community.modularity(U, parts) - meta["modularity"]) <= 1e-12
    # a community never joins two components of the tie graph
    component = {n: i for i, comp in enumerate(nx.connected_components(U)) for n in comp}
    assert all(len({component[n] for n in part}) == 1 for part in parts)


def test_communities_is_refused_with_summary(runner) -> None:
    res = runner.invoke(main, ["metrics", "--summary", "--communities"])
    assert res.exit_code == 1 and res.output.startswith("Error: --communities")


# -- to_igraph -----------------------------------------------------------------------


def test_to_igraph_has_the_same_nodes_edges_and_attributes(on_date: nx.MultiDiGraph) -> None:
    pytest.importorskip("igraph", reason="igraph is in the bench extra (the locked run has it)")
    import govgraph as gg

    g = gg.to_igraph(on_date)
    assert g.is_directed() and g["as_of"] == DATE
    assert g.vcount() == on_date.number_of_nodes() and g.ecount() == on_date.number_of_edges()
    assert g.vs["id"] == list(on_date.nodes)
    for v in g.vs:
        data = on_date.nodes[v["id"]]
        assert {k: v[k] for k in data} == data and all(v[k] is None for k in v.attributes() if k not in {*data, "id"})
    recorded = {(u, v, k): d for u, v, k, d in on_date.edges(keys=True, data=True)}
    ids = g.vs["id"]
    for e in g.es:
        data = recorded.pop((ids[e.source], ids[e.target], e["key"]))
        assert {k: e[k] for k in data} == data
    assert not recorded  # every relation became exactly one edge
    assert g.vs.find(id="PHL")["name"] == "Philippines"


def test_to_igraph_counts_equal_the_graphml_read_back(runner, on_date: nx.MultiDiGraph, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph", reason="igraph is in the bench extra (the locked run has it)")

    import govgraph as gg

    path = tmp_path / "world.graphml"
    _run(runner, ["export", "-f", "graphml", "--as-of", DATE, "-o", str(path)])
    read_back, ours = igraph.Graph.Read_GraphML(str(path)), gg.to_igraph(on_date)
    assert (read_back.vcount(), read_back.ecount()) == (ours.vcount(), ours.ecount())
    assert sorted(read_back.degree()) == sorted(ours.degree())


def test_to_igraph_without_igraph_says_how_to_install_it(monkeypatch, tiny_world) -> None:
    import sys

    import govgraph as gg
    from govgraph.errors import UsageError

    monkeypatch.setitem(sys.modules, "igraph", None)  # what an environment without igraph gives
    with pytest.raises(UsageError, match="pip install igraph"):
        gg.to_igraph(gg.graph(tiny_world, as_of=DATE))


# -- yearly panel --------------------------------------------------------------------


def test_panel_writes_one_edge_list_per_year_whose_rows_equal_the_timeline_relations(
    runner, real_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    folder = tmp_path / "panel"
    _run(runner, ["export", "--panel", "2000:2026:1y", "-f", "csv", "-o", f"{folder}/"])
    timeline = pd.read_csv(io.StringIO(_run(runner, ["timeline", "--from", "2000", "--to", "2026"]).stdout))
    index = pd.read_csv(folder / "index.csv")
    assert list(index["date"]) == [f"{year}-01-01" for year in range(2000, 2027)]
    assert sorted(p.name for p in folder.iterdir()) == sorted([*index["file"], "index.csv"])
    rows = [len(pd.read_csv(folder / name)) for name in index["file"]]
    assert rows == list(index["relations"]) == list(timeline["relations"])
    assert list(index["undated"]) == list(timeline["undated_relations"])
    # brute force on one year: the relations in force, distance types left out
    year = as_of(real_graph, "2010-01-01")
    expected = sorted((u, v, t) for u, v, t in year.edges(data="type") if t not in DISTANCE)
    edges = pd.read_csv(folder / "edges-2010-01-01.csv")
    assert sorted(zip(edges["source"], edges["target"], edges["type"], strict=True)) == expected
    assert rows[-1] > rows[0]  # the network grows


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--panel", "2000:2010"], "--panel"),
        (["--panel", "2010:2000:1y"], "--panel"),
        (["--panel", "2000:2010:1q"], "--panel"),
        (["--panel", "2000:2010:1y", "-f", "gexf"], "-f/--format"),
        (["--panel", "2000:2010:1y", "--two-mode", "state:forum"], "--panel"),
        (["--panel", "2000:2010:1y", "--as-of", "2010"], "--as-of"),
    ],
)
def test_panel_usage_errors_name_the_option_and_write_nothing(runner, tmp_path: Path, args, option) -> None:
    res = runner.invoke(main, ["export", "-o", str(tmp_path / "panel"), *args])
    assert res.exit_code == 1 and res.output.startswith(f"Error: {option}") and list(tmp_path.iterdir()) == []


def test_export_to_a_folder_without_panel_is_refused(runner, tmp_path: Path) -> None:
    res = runner.invoke(main, ["export", "-f", "csv", "-o", str(tmp_path)])
    assert res.exit_code == 1 and "it is a folder" in res.output


# -- ERGM bundle ---------------------------------------------------------------------


def _matrix(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, index_col=0, keep_default_na=False)


def test_ergm_bundle_matrices_follow_the_node_table_and_equal_brute_force(
    runner, on_date: nx.MultiDiGraph, tmp_path: Path
) -> None:
    folder = tmp_path / "ergm"
    _run(runner, ["export", "--ergm", "--as-of", DATE, "-o", str(folder)])
    nodes = pd.read_csv(folder / "nodes.csv", keep_default_na=False)
    actors = [n for n, e in on_date.nodes(data="entity") if e == "actor"]
    assert sorted(nodes["id"]) == sorted(actors) and set(nodes["entity"]) == {"actor"}
    ids = list(nodes["id"])
    matrices = {name: _matrix(folder / f"{name}.csv") for name in ("adjacency", "shared_border", "corridor_stock")}
    matrices["shared_rec"] = _matrix(folder / "shared_rec.csv")
    for M in matrices.values():
        assert list(M.index) == ids and list(M.columns) == ids and (M.to_numpy().diagonal() == 0).all()

    # adjacency: the actor-induced tie graph (counted relations but containment), undirected, simple
    U = nx.Graph()
    U.add_nodes_from(ids)
    U.add_edges_from(
        (u, v)
        for u, v, t in on_date.edges(data="type")
        if u in U and v in U and u != v and t not in DISTANCE | CONTAINMENT
    )
    assert (matrices["adjacency"].to_numpy() == nx.to_numpy_array(U, nodelist=ids, dtype=int)).all()

    border = matrices["shared_border"]
    assert border.loc["SEN", "MLI"] == border.loc["MLI", "SEN"] == 1 and border.loc["SEN", "FRA"] == 0
    expected_border = {
        (a, b)
        for a in ids
        for b in on_date.nodes[a].get("borders") or ()
        if b in U and on_date.nodes[a]["kind"] == "state"
    }
    assert {(a, b) for a in ids for b in ids if border.loc[a, b]} == expected_border | {
        (b, a) for a, b in expected_border
    }

    stock = matrices["corridor_stock"]
    latest = sorted((c["year"], c["origin"], c["destination"], c["stock"]) for c in on_date.graph["corridors"])
    corridors = {(o, d): s for year, o, d, s in latest if year <= 2024}  # the most recent year wins
    assert (
        stock.loc["MEX", "USA"] == corridors[("MEX", "USA")] > 10**7
        and stock.loc["USA", "MEX"] != stock.loc["MEX", "USA"]
    )
    assert int(stock.to_numpy().sum()) == sum(s for (o, d), s in corridors.items() if o in U and d in U)

    recs = _members_from_json(
        {
            "nodes": [{"id": n, "kind": k} for n, k in on_date.nodes(data="kind")],
            "edges": [{"source": u, "target": v, "type": t} for u, v, t in on_date.edges(data="type")],
        },
        {"rec"},
    )
    shared = matrices["shared_rec"]
    for a, b in [("SEN", "MLI"), ("KEN", "UGA"), ("FRA", "DEU"), ("SEN", "KEN")]:
        assert shared.loc[a, b] == sum(1 for m in recs.values() if a in m and b in m)
    assert shared.loc["SEN", "MLI"] >= 1


def test_ergm_refuses_a_file_as_its_folder_and_the_temporal_graph(runner, tmp_path: Path) -> None:
    afile = tmp_path / "bundle.csv"
    afile.write_text("keep\n", encoding="utf-8")
    res = runner.invoke(main, ["export", "--ergm", "-o", str(afile)])
    assert res.exit_code == 1 and res.output.startswith("Error: -o/--output") and afile.read_text() == "keep\n"
    res = runner.invoke(main, ["export", "--ergm", "--temporal", "-o", str(tmp_path / "e")])
    assert res.exit_code == 1 and res.output.startswith("Error: --ergm") and not (tmp_path / "e").exists()
