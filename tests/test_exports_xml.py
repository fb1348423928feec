"""GraphML and GEXF are valid against their published schemas and read back whole.

Every XML export of ``govgraph export`` (GraphML 1.0, GEXF 1.3 and GEXF
1.2draft; as of a date and ``--temporal``; the bundled world and a hostile
one) passes ``xmllint --schema`` against the XSDs in ``../shared/schemas``,
and networkx (and igraph, for GraphML) reads back every node, edge and
attribute of the node-link JSON export of the same command: the same scalar,
lists joined by ``"; "``, and each character XML 1.0 cannot carry shown as
its Unicode control picture (ESC as ``␛``). GraphML ids decode to the
govgraph ids and relation keys exactly.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from govgraph.cli import main
from govgraph.export.graphml import decode_id, graphml_id

from .conftest import write_world
from .test_escaping import HOSTILE

SCHEMAS = Path(__file__).parents[2] / "shared" / "schemas"
XSD = {
    "graphml": SCHEMAS / "graphml" / "graphml.xsd",
    "gexf-1.3": SCHEMAS / "gexf" / "1.3" / "gexf.xsd",
    "gexf-1.2draft": SCHEMAS / "gexf" / "1.2draft" / "gexf.xsd",
}
FORMAT_ARGS = {
    "graphml": ["-f", "graphml"],
    "gexf-1.3": ["-f", "gexf"],  # 1.3 is the default
    "gexf-1.2draft": ["-f", "gexf", "--gexf-version", "1.2draft"],
}
VIEW_ARGS = {"as-of": ["--as-of", "2024-06-01"], "temporal": ["--temporal"]}

#: More hostile text, layered on tests/test_escaping.py's HOSTILE: an id with `|`, `.`, `:`, a space and
#: characters beyond ASCII, and a role (part of the relation key) with BEL, CR, LF, `|`, markup and an entity.
HOSTILE_MORE = r"""
actors:
  - {id: "Zürich|東京 🙂.x:y", kind: city, name: "Zürich \e[1m東京 🙂", country: SEN, sources: [s]}
relations:
  - {source: SEN, target: fwd, type: member_of, since: 2001, role: "=chair\a|<b>&amp;\r\n. :x",
     note: "tab\tCR\rLF\n end", sources: [s]}
  - {source: "Zürich|東京 🙂.x:y", target: SEN, type: located_in, sources: [s]}
"""
WORLDS = ("bundled", "hostile")
CASES = [(world, view, fmt) for world in WORLDS for view in VIEW_ARGS for fmt in FORMAT_ARGS]
CASE_IDS = ["-".join(case) for case in CASES]

# XML 1.0 characters: tab, LF, CR and everything from U+0020 up but surrogates and U+FFFE/U+FFFF
NOT_XML_1_0 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NMTOKEN = re.compile(r"[A-Za-z0-9._:-]+")  # the ASCII subset of XML name characters


@pytest.fixture(scope="module")
def world_args(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    hostile = write_world(tmp_path_factory.mktemp("hostile"), {"world.yaml": HOSTILE, "more.yaml": HOSTILE_MORE})
    return {"bundled": [], "hostile": ["--data", str(hostile), "--no-bundled"]}


@pytest.fixture(scope="module")
def exported(
    world_args: dict[str, list[str]], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str, str, str], Path]:
    """``exported(world, view, fmt)``: the file ``govgraph export`` wrote (``fmt`` "json" for node-link)."""
    folder = tmp_path_factory.mktemp("exports")
    done: dict[tuple[str, str, str], Path] = {}
    runner = CliRunner()

    def export(world: str, view: str, fmt: str) -> Path:
        if (world, view, fmt) not in done:
            out = folder / f"{world}-{view}-{fmt}.xml"
            args = FORMAT_ARGS.get(fmt, ["-f", fmt])
            result = runner.invoke(main, ["export", *args, *VIEW_ARGS[view], "-o", str(out), *world_args[world]])
            assert result.exit_code == 0, result.output
            done[world, view, fmt] = out
        return done[world, view, fmt]

    return export


@pytest.fixture(scope="module")
def xmllint() -> str:
    if not SCHEMAS.is_dir():
        pytest.skip(f"the published XML schemas are not beside the checkout ({SCHEMAS} is absent)")
    path = shutil.which("xmllint")
    if path is None:
        pytest.fail("xmllint is not installed: it is Debian's libxml2-utils (`make test` installs it)")
    return path


@pytest.mark.parametrize(("world", "view", "fmt"), CASES, ids=CASE_IDS)
def test_the_export_is_valid_against_its_published_schema(xmllint, exported, world, view, fmt):
    path = exported(world, view, fmt)
    result = subprocess.run(
        [xmllint, "--noout", "--schema", str(XSD[fmt]), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stderr.strip().endswith("validates")


# -- what a reader gets back ---------------------------------------------------------------------
def as_read_back(key: str, value: Any) -> Any:
    """What an XML reader gets for an attribute of the node-link JSON; None for what is left out."""
    if value is None or value == []:
        return None
    if isinstance(value, bool | int | float):
        return value
    if key == "sources":
        return None  # compared by title below: one "title (as_of) url" text per source
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return NOT_XML_1_0.sub(lambda m: chr(0x2400 + ord(m.group())), str(value))


def assert_same_attributes(expected: dict[str, Any], got: dict[str, Any], renamed: dict[str, str]) -> None:
    for key, value in expected.items():
        want = as_read_back(key, value)
        if want is not None:
            assert got[renamed.get(key, key)] == want, (key, value)
            assert type(got[renamed.get(key, key)]) is type(want), key
        elif key != "sources":
            assert renamed.get(key, key) not in got, key
    for source in expected.get("sources") or ():
        assert as_read_back("title", source["title"]) in got["sources"]


def read_back(path: Path, fmt: str) -> nx.MultiDiGraph:
    """The file as networkx reads it, keyed by edge id; GraphML ids decoded to govgraph ids and relation keys."""
    if fmt == "graphml":
        R = nx.read_graphml(path, force_multigraph=True)
        edges = [(u, v, k, d) for u, v, k, d in R.edges(keys=True, data=True)]
        ident = decode_id
    else:
        R = nx.read_gexf(path)  # a DiGraph when no two edges are parallel: the key is the edge's "id"
        edges = [(u, v, d["id"], d) for u, v, d in R.edges(data=True)]
        ident = str
    G = nx.MultiDiGraph()
    G.add_nodes_from((ident(n), d) for n, d in R.nodes(data=True))
    G.add_edges_from((ident(u), ident(v), ident(k), d) for u, v, k, d in edges)
    return G


def node_link(path: Path) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str], dict[str, Any]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    nodes = {n.pop("id"): n for n in data["nodes"]}
    edges = {(e.pop("source"), e.pop("target"), e.pop("key")): e for e in data["edges"]}
    return nodes, edges


@pytest.mark.parametrize(("world", "view", "fmt"), CASES, ids=CASE_IDS)
def test_networkx_reads_back_every_node_edge_and_attribute(exported, world, view, fmt):
    nodes, edges = node_link(exported(world, view, "json"))
    R = read_back(exported(world, view, fmt), fmt)
    graphml = fmt == "graphml"
    assert set(R) == set(nodes)
    for n, attrs in nodes.items():
        assert_same_attributes(attrs, R.nodes[n], {})
        assert R.nodes[n]["label"] == as_read_back("name", attrs["name"])
    # GraphML edge ids decode to the relation keys exactly; GEXF ids are the keys, made XML-safe
    got_edges = {(u, v, k): d for u, v, k, d in R.edges(keys=True, data=True)}
    assert len(got_edges) == len(edges) == R.number_of_edges()
    for (u, v, k), attrs in edges.items():
        d = got_edges[u, v, k if graphml else as_read_back("key", k)]
        assert_same_attributes(attrs, d, {} if graphml else {"type": "relation"})
        assert d["label"] == attrs["type"]
        if graphml:
            assert d["key"] == as_read_back("key", k)


@pytest.mark.parametrize(("world", "view"), [(w, v) for w in WORLDS for v in VIEW_ARGS], ids="-".join)
def test_igraph_reads_back_graphml(exported, world, view):
    igraph = pytest.importorskip("igraph", reason="python-igraph is in the bench extra")
    nodes, edges = node_link(exported(world, view, "json"))
    g = igraph.Graph.Read_GraphML(str(exported(world, view, "graphml")))
    assert (g.vcount(), g.ecount()) == (len(nodes), len(edges))
    assert sorted(decode_id(i) for i in g.vs["id"]) == sorted(nodes)
    # igraph 1.0 fills the edge attribute "id" with vertex ids, so the relation key is read from "key"
    by_key = {e["key"]: e for e in g.es}
    for (u, v, k), attrs in edges.items():
        e = by_key[as_read_back("key", k)]
        assert (decode_id(g.vs[e.source]["id"]), decode_id(g.vs[e.target]["id"])) == (u, v)
        assert (e["type"], e["binding"], e["checked"]) == (attrs["type"], attrs["binding"], attrs["checked"])
        assert e["note"] == (as_read_back("note", attrs.get("note")) or "")
    for vertex in g.vs:
        attrs = nodes[decode_id(vertex["id"])]
        assert vertex["name"] == as_read_back("name", attrs["name"]) and vertex["kind"] == attrs["kind"]


def test_graphml_node_and_edge_attributes_have_keys_of_their_own(exported):
    text = exported("bundled", "as-of", "graphml").read_text(encoding="utf-8")
    keys = re.findall(r'<key id="([^"]+)" for="(\w+)" attr.name="([^"]+)"', text)
    assert len({key_id for key_id, *_ in keys}) == len(keys)
    assert {("node.binding", "node", "binding"), ("edge.binding", "edge", "binding")} <= set(keys)


@pytest.mark.parametrize(
    "text",
    [
        "SEN",
        "SEN|party_to|refugee-convention-1951|1963-09-02|",
        "=evil",
        "Zürich|東京 🙂.x:y",
        "a.b:c|d::e..|",
        ":3A:",
        "_x003A_",
        "bell\a esc\x1b cr\r lf\n tab\t nul\x00",
        "\ufffe\uffff",
    ],
)
def test_graphml_ids_are_name_tokens_that_decode_exactly(text):
    token = graphml_id(text)
    assert NMTOKEN.fullmatch(token), token
    assert decode_id(token) == text


def test_plain_ids_keep_their_spelling_and_relation_keys_read_with_dots():
    assert graphml_id("refugee-convention-1951") == "refugee-convention-1951"
    assert graphml_id("city_dakar") == "city_dakar"
    assert graphml_id("SEN|party_to|refugee-convention-1951|1963-09-02|") == (
        "SEN.party_to.refugee-convention-1951.1963-09-02."
    )


def test_the_hostile_text_reads_back_with_control_pictures_and_exact_whitespace(exported):
    R = nx.read_gexf(exported("hostile", "as-of", "gexf-1.3"))
    assert R.nodes["SEN"]["name"] == '=HYPERLINK("http://evil")\u241b[2J\u2407'
    assert R.nodes["fwd"]["name"] == "@SUM(A1) \r\n forum"
    notes = {d.get("note") for *_, d in R.edges(data=True)}
    assert "tab\tCR\rLF\n end" in notes and "\u241b[5mblink =1+1" in notes


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["-f", "gexf", "--gexf-version", "1.4"],
            "Error: --gexf-version: unknown version '1.4' (choose from 1.3, 1.2draft)",
        ),
        (["-f", "graphml", "--gexf-version", "1.3"], "Error: --gexf-version: only for -f gexf (not -f graphml)"),
    ],
    ids=["unknown-version", "not-gexf"],
)
def test_a_bad_gexf_version_is_one_error_line_and_no_file(tmp_path, args, message):
    out = tmp_path / "w.xml"
    result = CliRunner().invoke(main, ["export", *args, "-o", str(out)])
    assert (result.exit_code, result.output) == (1, message + "\n")
    assert not out.exists()
