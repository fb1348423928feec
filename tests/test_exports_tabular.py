"""The CSV export as a researcher reads it: dates pandas parses, one row per (fact, source), raw text on request."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from govgraph.cli import main
from govgraph.errors import UsageError
from govgraph.export import csvpair, export_graph
from govgraph.export.csvpair import date_parts
from govgraph.temporal import as_of
from tests.conftest import TINY_WORLD

DATE_COLUMNS = ("since", "until")
#: the README's pandas recipe: drop the quote the default puts before a formula character
UNDO_PREFIX = r"^'(?=[=+\-@\t\r])"

#: the reviewer's hostile record: a formula with commas, quotes and a line break in a name; a source
#: title that is a formula holding ``;``, commas and quotes; a note starting with ``-``, holding a tab
HOSTILE_NAME = '=SUM(A1:A2), "Quoted" Çity\nsecond line 東京 🙂'
HOSTILE_TITLE = '=HYPERLINK("http://evil.example/", "click; here, now")'
HOSTILE_NOTE = "-1 row\tdropped <b>bold</b>; kept"
HOSTILE_WORLD = """\
sources:
  s:
    title: "=HYPERLINK(\\"http://evil.example/\\", \\"click; here, now\\")"
    url: https://example.org/
    as_of: 2024-01
    checked: true
    note: "-1 row\\tdropped <b>bold</b>; kept"
actors:
  - {id: SEN, kind: state, name: "=SUM(A1:A2), \\"Quoted\\" Çity\\nsecond line 東京 🙂", sources: [s]}
  - {id: fwd, kind: rec, name: Forum, founded: 2000, sources: [s]}
relations:
  - {source: SEN, target: fwd, type: member_of, since: 2001-05, note: "+1 more", sources: [s]}
"""


def read_tables(paths: list[Path]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The nodes, edges and sources tables as pandas reads them by default (empty cells are NaN)."""
    nodes, edges, sources = (pd.read_csv(p, low_memory=False) for p in paths)
    return nodes, edges, sources


@pytest.fixture(scope="module")
def real_exports(real_graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The bundled world on 2024-06-01 as CSV and as node-link JSON."""
    folder = tmp_path_factory.mktemp("real")
    G = as_of(real_graph, "2024-06-01")
    written = export_graph(G, "csv", folder / "world.csv")
    export_graph(G, "json", folder / "world.json")
    node_link = json.loads((folder / "world.json").read_text(encoding="utf-8"))
    return {"paths": written, "tables": read_tables(written), "json": node_link}


def test_date_parts_give_the_first_day_and_the_precision() -> None:
    assert date_parts("2005") == ("2005-01-01", "year")
    assert date_parts("2005-08") == ("2005-08-01", "month")
    assert date_parts("2005-08-30") == ("2005-08-30", "day")
    assert date_parts(None) == ("", "")


def test_pandas_parses_every_since_date_of_the_bundled_world(real_exports: dict) -> None:
    _, edges, _ = real_exports["tables"]
    for col in DATE_COLUMNS:
        parsed = pd.to_datetime(edges[f"{col}_date"], format="%Y-%m-%d")  # raises on any other shape
        assert (parsed.isna() == edges[col].isna()).all(), f"{col}_date is empty exactly where {col} is"
    # the original text stays beside it, and the date is the first day of its period
    year = edges[edges["since_precision"] == "year"].iloc[0]
    assert year["since_date"] == f"{int(year['since'])}-01-01"


def test_since_precision_counts_match_the_node_link_export(real_exports: dict) -> None:
    _, edges, _ = real_exports["tables"]
    by_length = Counter(len(e["since"]) for e in real_exports["json"]["edges"] if e.get("since"))
    expected = {"year": by_length[4], "month": by_length[7], "day": by_length[10]}
    assert edges["since_precision"].value_counts().to_dict() == {k: v for k, v in expected.items() if v}
    assert expected["year"] and expected["month"] and expected["day"], "the bundled world has all three"


def test_every_node_date_column_parses(real_exports: dict) -> None:
    nodes, _, sources = real_exports["tables"]
    date_cols = [c for c in nodes.columns if c.endswith("_date")]
    assert {"founded_date", "dissolved_date", "adopted_date", "in_force_date"} <= set(date_cols)
    for col in date_cols:
        parsed = pd.to_datetime(nodes[col], format="%Y-%m-%d")
        assert parsed.notna().sum() == nodes[col.removesuffix("_date")].notna().sum(), col
    assert pd.to_datetime(sources["as_of_date"], format="%Y-%m-%d").notna().all()


def _json_pairs(node_link: dict) -> list[tuple[str, str, str | None, str | None]]:
    """(fact key, title, url, note) of every (fact, source) pair in the node-link export, in order."""
    facts = [(str(n["id"]), n) for n in node_link["nodes"]] + [(str(e["key"]), e) for e in node_link["edges"]]
    return [(key, s["title"], s.get("url"), s.get("note")) for key, fact in facts for s in fact.get("sources") or []]


def test_sources_table_has_one_row_per_fact_source_pair_of_the_json(real_exports: dict) -> None:
    nodes, edges, sources = real_exports["tables"]
    pairs = _json_pairs(real_exports["json"])
    assert len(sources) == len(pairs) > 5000
    undone = sources.replace(UNDO_PREFIX, "", regex=True)  # titles are compared as the data has them
    as_read = undone.astype(object).where(sources.notna(), None)
    rows = list(zip(as_read["fact_key"], as_read["title"], as_read["url"], as_read["note"], strict=True))
    assert rows == pairs, "same facts, titles, urls and notes, in the same order: nothing split, nothing dropped"
    assert sources["title"].str.contains(";").any(), "the titles holding ';' stay one cell each"
    assert sources["note"].notna().sum() == sum(note is not None for *_, note in pairs)
    assert nodes["source_count"].sum() + edges["source_count"].sum() == len(pairs)
    assert set(sources["fact_key"]) <= set(nodes["id"]) | set(edges["key"]), "every fact joins to its table"


def test_temporal_sources_table_matches_the_temporal_json(real_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    written = export_graph(real_graph, "csv", tmp_path / "t.csv")
    export_graph(real_graph, "json", tmp_path / "t.json")
    node_link = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert len(pd.read_csv(written[2])) == len(_json_pairs(node_link))


@pytest.fixture
def tiny_graph_csv(make_world, runner, tmp_path: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    world = make_world({"world.yaml": TINY_WORLD})
    out = tmp_path / "tiny.csv"
    result = runner.invoke(main, ["export", "--no-bundled", "--data", str(world), "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return read_tables(list(csvpair.export_paths(out)))


def test_a_source_cited_twice_has_one_source_key(
    tiny_graph_csv: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    _, _, sources = tiny_graph_csv
    keys = sources.groupby("title")["source_key"].nunique()
    assert (keys == 1).all()
    assert sources["source_key"].nunique() == 2  # ecowas-members and untc-v2
    ecowas = sources[sources["title"] == "ECOWAS, Member States"]
    assert {"SEN", "MLI", "ecowas"} <= set(ecowas["fact_key"]) and set(ecowas["fact_kind"]) == {"node", "edge"}


def _export_hostile(runner, make_world, tmp_path: Path, *extra: str) -> list[Path]:
    world = make_world({"world.yaml": HOSTILE_WORLD})
    out = tmp_path / ("raw.csv" if extra else "safe.csv")
    args = ["export", "--no-bundled", "--data", str(world), "-f", "csv", "-o", str(out), "--as-of", "2024-06-01"]
    result = runner.invoke(main, [*args, *extra])
    assert result.exit_code == 0, result.output
    return list(csvpair.export_paths(out))


def test_raw_round_trips_hostile_text_byte_for_byte(runner, make_world, tmp_path: Path) -> None:
    nodes, edges, sources = read_tables(_export_hostile(runner, make_world, tmp_path, "--raw"))
    assert nodes.set_index("id").loc["SEN", "name"] == HOSTILE_NAME
    assert edges.loc[0, "note"] == "+1 more"
    assert set(sources["title"]) == {HOSTILE_TITLE} and set(sources["note"]) == {HOSTILE_NOTE}
    assert len(sources) == 3  # SEN, fwd, and the membership: one source each


def test_default_is_spreadsheet_safe_and_the_readme_recipe_undoes_it(runner, make_world, tmp_path: Path) -> None:
    safe = read_tables(_export_hostile(runner, make_world, tmp_path))
    raw = read_tables(_export_hostile(runner, make_world, tmp_path, "--raw"))
    nodes, edges, sources = safe
    assert nodes.set_index("id").loc["SEN", "name"] == "'" + HOSTILE_NAME
    assert set(sources["title"]) == {"'" + HOSTILE_TITLE} and edges.loc[0, "note"] == "'+1 more"
    assert set(sources["note"]) == {"'" + HOSTILE_NOTE}
    for safe_table, raw_table in zip(safe, raw, strict=True):
        undone = safe_table.replace(UNDO_PREFIX, "", regex=True)
        pd.testing.assert_frame_equal(undone, raw_table)


def test_raw_is_refused_for_formats_that_never_prefix(runner, make_world, tmp_path: Path) -> None:
    world = make_world({"world.yaml": TINY_WORLD})
    out = tmp_path / "w.graphml"
    args = ["export", "--no-bundled", "--data", str(world), "-f", "graphml", "-o", str(out), "--raw"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert result.output == "Error: --raw: only for -f csv (-f graphml never prefixes text)\n"
    assert not out.exists()


def test_the_three_files_are_all_or_nothing(tiny_world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from govgraph.temporal import build_graph

    G = build_graph(tiny_world)
    out = tmp_path / "out"
    out.mkdir()
    paths = csvpair.export_paths(out / "w.csv")
    for p in paths:
        p.write_text("old\n", encoding="utf-8")

    def failing_rows(graph: nx.MultiDiGraph):
        yield from []
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csvpair, "source_rows", failing_rows)  # the last file fails after the first two are written
    with pytest.raises(UsageError, match="No space left on device"):
        csvpair.write(G, out / "w.csv")
    assert [p.read_text(encoding="utf-8") for p in paths] == ["old\n"] * 3
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths), "no temporary file left"
