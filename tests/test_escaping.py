"""Text from data is escaped for every medium it reaches: terminal, CSV, JSON, node-link, GraphML/GEXF, HTML.

One hostile world (names with ANSI escapes, OSC hyperlinks, BEL, CR/LF, C1
controls, spreadsheet formulas, HTML and Cypher fragments) goes through every
command that renders data text.
"""

from __future__ import annotations

import csv
import io
import json
import re

import networkx as nx
import pytest

from govgraph.cli import main
from govgraph.export.graphml import decode_id

from .conftest import write_world

HOSTILE = r"""
sources:
  s:
    title: "Evil \e[31mred\e[0m source =cmd"
    url: https://example.org/
    as_of: 2024-01-01
    checked: true
actors:
  - {id: SEN, kind: state, name: "=HYPERLINK(\"http://evil\")\e[2J\a", borders: [MLI, "=evil"],
     subregion: "Western \e]8;;http://evil\aAfrica", sources: [s]}
  - {id: MLI, kind: state, name: "+Mali\x9b31m <script>alert(1)</script>", borders: [SEN],
     subregion: "Western \e]8;;http://evil\aAfrica", sources: [s]}
  - {id: "=evil", kind: state, name: "-2+3 ' \" ` }) DETACH DELETE n //", borders: [SEN],
     subregion: "Western \e]8;;http://evil\aAfrica", sources: [s]}
  - {id: fwd, kind: rec, name: "@SUM(A1) \r\n forum", acronym: "\e[1mFWD", founded: 2000, sources: [s]}
relations:
  - {source: MLI, target: fwd, type: member_of, note: "\e[5mblink =1+1", sources: [s]}
  - {source: "=evil", target: fwd, type: member_of, sources: [s]}
coverage:
  - {state: SEN, list: bilateral_agreements, complete: true, reviewed: 2024-01-01, note: "=cmd \e[31m", sources: [s]}
  - {state: MLI, list: bilateral_agreements, complete: true, reviewed: 2024-01-01, sources: [s]}
  - {state: "=evil", list: bilateral_agreements, complete: true, reviewed: 2024-01-01, sources: [s]}
"""
NAMES = {
    "SEN": '=HYPERLINK("http://evil")\x1b[2J\x07',
    "MLI": "+Mali\x9b31m <script>alert(1)</script>",
    "=evil": "-2+3 ' \" ` }) DETACH DELETE n //",
    "fwd": "@SUM(A1) \r\n forum",
}
#: what a terminal acts on: C0 controls but tab and newline, DEL, C1 controls
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = write_world(tmp_path_factory.mktemp("hostile"), {"world.yaml": HOSTILE})
    return ["--data", str(folder), "--no-bundled"]


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVGRAPH_CACHE_DIR", "0")


def run(runner, args, hostile, code=0):
    result = runner.invoke(main, [*args, *hostile])
    assert result.exit_code == code, result.output
    return result


def test_the_hostile_world_loads_with_its_text_intact(runner, hostile, tmp_path):
    out = tmp_path / "w.json"
    run(runner, ["export", "-f", "json", "-o", str(out)], hostile)
    G = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert {n: G.nodes[n]["name"] for n in NAMES} == NAMES


# -- terminal ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["show", "SEN", "--sources"],
        ["show", "MLI", "--sources"],
        ["show", "fwd", "--sources"],
        ["show", "=evil"],
        ["gaps", "SEN", "--explain"],
        ["gaps", "MLI", "--explain"],
        ["gaps", "fwd", "--explain"],
        ["path", "SEN", "MLI"],
        ["path", "MLI", "=evil"],
        ["list"],
    ],
    ids=" ".join,
)
def test_text_output_has_no_terminal_controls(runner, hostile, args):
    output = run(runner, args, hostile).output
    assert not TERMINAL_CONTROL.findall(output), repr(output)
    assert "HYPERLINK" in output or "Mali" in output or "forum" in output or "DETACH" in output


def test_an_error_naming_data_text_is_one_clean_line(runner, hostile):
    # before the fix: the name's CR/LF broke the Error line in two
    result = run(runner, ["show", "fwd", "--as-of", "1990"], hostile, code=1)
    assert (
        result.output == "Error: fwd (@SUM(A1)    forum) did not exist on 1990 (founded/adopted later or dissolved)\n"
    )


def test_map_focus_error_is_one_clean_line(runner, hostile, tmp_path):
    result = run(runner, ["map", "--focus", "fwd", "--as-of", "1990", "-o", str(tmp_path / "m.html")], hostile, code=1)
    assert len(result.output.splitlines()) == 1 and not TERMINAL_CONTROL.findall(result.output)


# -- CSV -----------------------------------------------------------------------------------------
def assert_no_formula_cells(text: str) -> int:
    """Every cell a spreadsheet would run starts with a quote instead; returns how many cells were checked."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    for cell in cells:
        if cell.startswith(FORMULA_START):
            try:
                float(cell)
            except ValueError:
                pytest.fail(f"formula cell {cell!r}")
    return len(cells)


def test_gaps_csv_neutralises_formulas(runner, hostile, tmp_path):
    out = tmp_path / "gaps.csv"
    run(runner, ["gaps", "--all", "-f", "csv", "-o", str(out)], hostile)
    text = out.read_text(encoding="utf-8")
    assert assert_no_formula_cells(text) > 0
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    names = {r["subject_name"] for r in rows} | {r["counterpart_name"] for r in rows}
    assert "'" + NAMES["SEN"] in names and "'" + NAMES["=evil"] in names
    assert "'=evil" in {r["subject"] for r in rows} | {r["counterpart"] for r in rows}


def test_export_csv_pair_neutralises_formulas(runner, hostile, tmp_path):
    run(runner, ["export", "-f", "csv", "-o", str(tmp_path / "w.csv")], hostile)
    nodes = (tmp_path / "w.nodes.csv").read_text(encoding="utf-8")
    edges = (tmp_path / "w.edges.csv").read_text(encoding="utf-8")
    assert assert_no_formula_cells(nodes) and assert_no_formula_cells(edges)
    assert "'@SUM(A1)" in nodes and "'=evil" in edges


@pytest.mark.parametrize("args", [["metrics", "-f", "csv"], ["metrics", "--summary", "-f", "csv"]], ids=" ".join)
def test_metrics_csv_neutralises_formulas(runner, hostile, tmp_path, args):
    out = tmp_path / "m.csv"
    run(runner, [*args, "-o", str(out)], hostile)
    assert assert_no_formula_cells(out.read_text(encoding="utf-8")) > 0


# -- JSON ----------------------------------------------------------------------------------------
def test_json_outputs_round_trip_the_text(runner, hostile):
    profile = json.loads(run(runner, ["show", "SEN", "--json"], hostile).stdout)
    assert profile["attributes"]["name"] == NAMES["SEN"]
    report = json.loads(run(runner, ["gaps", "SEN", "--json"], hostile).stdout)
    assert report["subject_name"] == NAMES["SEN"]
    assert {g["counterpart_name"] for g in report["gaps"]} >= {NAMES["MLI"]}
    rows = json.loads(run(runner, ["list", "--json"], hostile).stdout)
    assert {r["id"]: r["name"] for r in rows} == NAMES


def test_gaps_json_file_round_trips(runner, hostile, tmp_path):
    out = tmp_path / "gaps.json"
    run(runner, ["gaps", "--all", "-o", str(out)], hostile)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert NAMES["=evil"] in {g["subject_name"] for g in report["gaps"]}


def test_node_link_export_round_trips_ids_and_edges(runner, hostile, tmp_path):
    out = tmp_path / "w.json"
    run(runner, ["export", "-f", "json", "--temporal", "-o", str(out)], hostile)
    G = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert set(G) == set(NAMES)
    notes = [d.get("note") for *_, d in G.edges(data=True)]
    assert "\x1b[5mblink =1+1" in notes
    assert G.nodes["fwd"]["acronym"] == "\x1b[1mFWD"


# -- cross-checks on the maps and metrics engineers' formats --------------------------------------
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_are_well_formed_and_keep_the_printable_text(runner, hostile, tmp_path, fmt):
    out = tmp_path / f"w.{fmt}"
    run(runner, ["export", "-f", fmt, "-o", str(out)], hostile)
    G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    if fmt == "graphml":  # GraphML ids are XML name tokens: "=evil" is written ":3D:evil"
        G = nx.relabel_nodes(G, decode_id)
    assert G.nodes["MLI"]["name"].endswith("<script>alert(1)</script>")
    assert G.nodes["=evil"]["name"] == NAMES["=evil"]
    text = out.read_text(encoding="utf-8")
    assert "\x1b" not in text and "<script>" not in text  # XML 1.0 cannot hold ESC; markup is escaped


def test_map_html_carries_no_markup_from_data(runner, hostile, tmp_path):
    out = tmp_path / "m.html"
    run(runner, ["map", "-o", str(out)], hostile)
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
