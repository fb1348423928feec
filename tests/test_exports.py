"""GraphML, GEXF and the CSV pair: read back with networkx/pandas, typed attributes, spells, safety."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from govgraph.cli import main
from govgraph.export import EXPORT_FORMATS, export_graph
from govgraph.export.csvpair import pair_paths
from govgraph.export.gexf import gexf_date
from govgraph.temporal import as_of, build_graph
from tests.conftest import TINY_WORLD

GEXF_NS = "{http://gexf.net/1.3}"  # GEXF 1.3 by default (1.2draft with --gexf-version)


def _parse(path: Path) -> ET.ElementTree:
    """Parse a file this test wrote itself (trusted input)."""
    return ET.parse(path)  # noqa: S314


@pytest.fixture
def tiny_graph(tiny_world) -> nx.MultiDiGraph:
    return build_graph(tiny_world)


def test_formats_are_registered() -> None:
    assert {"json", "graphml", "gexf", "csv"} <= set(EXPORT_FORMATS)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_read_back_preserves_counts_and_attributes(tiny_graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    G = as_of(tiny_graph, "2024-06-01")
    path = tmp_path / f"g.{fmt}"
    assert export_graph(G, fmt, path) == [path]
    R = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert R.is_directed()  # networkx reads a multigraph back as a DiGraph when no two edges are parallel
    assert (R.number_of_nodes(), R.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    sen = R.nodes["SEN"]
    assert sen["name"] == "Senegal" and sen["label"] == "Senegal" and sen["level"] == "national"
    assert sen["borders"] == "MLI"  # a list, as text
    assert sen["checked"] is False  # typed boolean
    assert "ECOWAS, Member States (2024-06-01) https://www.ecowas.int/member-states/" in sen["sources"]
    conv = R.nodes["refugee-convention-1951"]
    assert conv["binding"] is True and conv["adopted"] == "1951-07-28"
    relation = "type" if fmt == "graphml" else "relation"
    edges = [d for u, v, d in R.edges(data=True) if (u, v) == ("SEN", "refugee-convention-1951")]
    assert len(edges) == 1
    assert edges[0][relation] == "party_to" and edges[0]["since"] == "1963-09-02"
    assert edges[0]["binding"] is True and edges[0]["label"] == "party_to"


def test_gexf_temporal_has_spells(tiny_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "t.gexf"
    export_graph(tiny_graph, "gexf", path)
    graph = _parse(path).getroot().find(f"{GEXF_NS}graph")
    assert graph is not None
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    R = nx.read_gexf(path)
    assert R.number_of_edges() == tiny_graph.number_of_edges()
    mli = [d for u, v, d in R.edges(data=True) if (u, v) == ("MLI", "ecowas") and d["relation"] == "member_of"]
    assert mli[0]["start"] == "1975-05-28" and mli[0]["end"] == "2025-01-28"  # the day before until
    assert R.nodes["ecowas"]["start"] == "1975-05-28"
    assert R.nodes["oau"]["end"] == "2002-07-08"
    static = tmp_path / "s.gexf"
    export_graph(as_of(tiny_graph, "2024-06-01"), "gexf", static)
    assert _parse(static).getroot().find(f"{GEXF_NS}graph").get("mode") == "static"  # type: ignore[union-attr]


def test_gexf_dates() -> None:
    assert gexf_date("2005") == "2005-01-01"
    assert gexf_date("2005-08", end=True) == "2005-07-31"
    assert gexf_date(None) is None


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_replaces_forbidden_characters(tiny_graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    G = as_of(tiny_graph, "2024-06-01")
    G.nodes["SEN"]["name"] = "Sen\x07egal <&> \x1b"
    G.nodes["SEN"]["note"] = "tab\tand\nnewline"
    path = tmp_path / f"c.{fmt}"
    export_graph(G, fmt, path)
    _parse(path)  # well-formed XML 1.0
    R = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert R.nodes["SEN"]["name"] == "Sen\u2407egal <&> \u241b"  # BEL and ESC as their control pictures
    assert R.nodes["SEN"]["note"] == "tab\tand\nnewline"


def test_csv_pair_for_pandas(tiny_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    G = as_of(tiny_graph, "2024-06-01")
    G.nodes["MLI"]["name"] = "=1+2"
    G.nodes["MLI"]["note"] = "@SUM(A1)"
    written = export_graph(G, "csv", tmp_path / "world.csv")
    assert written == [tmp_path / "world.nodes.csv", tmp_path / "world.edges.csv", tmp_path / "world.sources.csv"]
    nodes = pd.read_csv(written[0], keep_default_na=False).set_index("id")
    edges = pd.read_csv(written[1], keep_default_na=False)
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert list(edges.columns[:5]) == ["source", "target", "key", "type", "group"]
    assert nodes.loc["MLI", "name"] == "'=1+2" and nodes.loc["MLI", "note"] == "'@SUM(A1)"
    assert nodes.loc["SEN", "borders"] == "MLI"
    party = edges[edges["type"] == "party_to"].iloc[0]
    assert (party["source"], str(party["binding"]).lower(), party["since"]) == ("SEN", "true", "1963-09-02")


def test_pair_paths() -> None:
    assert pair_paths(Path("a/w.csv")) == (Path("a/w.nodes.csv"), Path("a/w.edges.csv"))
    assert pair_paths(Path("w")) == (Path("w.nodes.csv"), Path("w.edges.csv"))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_export_command(runner, make_world, tmp_path: Path, fmt: str) -> None:
    world = make_world({"world.yaml": TINY_WORLD})
    out = tmp_path / f"w.{fmt}"
    res = runner.invoke(main, ["export", "--no-bundled", "--data", str(world), "-f", fmt, "-o", str(out), "--temporal"])
    assert res.exit_code == 0, res.output
    files = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert files == (["w.edges.csv", "w.nodes.csv", "w.sources.csv"] if fmt == "csv" else [f"w.{fmt}"])


def test_real_graph_exports_read_back(real_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf"):
        path = tmp_path / f"real.{fmt}"
        export_graph(real_graph, fmt, path)
        R = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        assert (R.number_of_nodes(), R.number_of_edges()) == (
            real_graph.number_of_nodes(),
            real_graph.number_of_edges(),
        )
