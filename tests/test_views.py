"""The map view model, the page it renders to, and the `map` command (no browser here)."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govgraph.api import graph
from govgraph.cli import main
from govgraph.errors import UsageError
from govgraph.gaps import find_gaps
from govgraph.gaps.record import Channel, Evidence, Gap, GapReport
from govgraph.loader import load_world
from govgraph.temporal import as_of
from govgraph.views import SIZE_METRICS, build_view, render_html, write_map
from govgraph.views.builder import MULTI_REGION
from govgraph.views.style import KIND_STYLE
from govgraph.vocab import ACTOR_KINDS, LEVELS

from .browser_support import EVIL_NAME, write_big_world, write_world


@pytest.fixture(scope="module")
def world_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_world(tmp_path_factory.mktemp("views") / "world")


@pytest.fixture(scope="module")
def world(world_dir: Path) -> Any:
    return load_world([world_dir], bundled=False)


def page_data(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="gg-data">(.*?)</script>', page, re.S)
    assert match
    return dict(json.loads(match.group(1)))


def test_every_actor_kind_has_a_style() -> None:
    assert set(KIND_STYLE) == set(ACTOR_KINDS)


def test_whole_graph_on_two_dates(world: Any) -> None:
    G24, G25 = graph(world, "2024-06-01"), graph(world, "2025-06-01")
    v24, v25 = build_view(G24), build_view(G25)
    assert len(v24.nodes) == G24.number_of_nodes() == 12
    assert len(v24.edges) == G24.number_of_edges()
    assert len(v25.edges) == len(v24.edges) - 1  # Mali left ECOWAS in January 2025
    assert {e.type for e in v24.edges} >= {"member_of", "party_to", "endorses", "adopted"}


def test_edge_encoding(world: Any) -> None:
    view = build_view(graph(world, "2024-06-01"))
    by_type = {(e.source, e.target, e.type): e for e in view.edges}
    protocol = by_type[("SEN", "ecowas-protocol", "party_to")]
    gcm = by_type[("SEN", "gcm", "endorses")]
    coord = by_type[("iom", "ecowas", "coordinates_with")]
    assert protocol.binding and protocol.dashes is False and protocol.arrow
    assert not gcm.binding and gcm.dashes and gcm.arrow
    assert coord.direction == "vertical" and not coord.arrow
    assert protocol.colour != by_type[("cso-sen", "SEN", "coordinates_with")].colour  # vertical vs horizontal


def test_instruments_look_different_from_actors(world: Any) -> None:
    view = build_view(graph(world, "2024-06-01"))
    shapes = {n.id: (n.shape, n.colour) for n in view.nodes}
    assert shapes["ecowas-protocol"][0] == shapes["gcm"][0] == "star"
    assert shapes["ecowas-protocol"][1] != shapes["gcm"][1]  # binding vs non-binding
    assert all(shape != "star" for n, (shape, _) in shapes.items() if n not in {"ecowas-protocol", "gcm"})


def test_focus_depth_and_filters(world: Any) -> None:
    G = graph(world, "2024-06-01")
    ego = build_view(G, focus="GHA", depth=1)
    assert {n.id for n in ego.nodes} == {"GHA", "ecowas", "ecowas-protocol"}
    assert next(n for n in ego.nodes if n.id == "GHA").focus
    deeper = build_view(G, focus="GHA", depth=2)
    assert {"SEN", "MLI", "iom"} <= {n.id for n in deeper.nodes}
    states = build_view(G, kinds=["state"])
    assert {n.kind for n in states.nodes} == {"state"}
    instruments = build_view(G, kinds=["instrument"])
    assert {n.entity for n in instruments.nodes} == {"instrument"}
    local = build_view(G, levels=["local"], focus="SEN")
    assert {n.id for n in local.nodes} == {"SEN", "city-dakar"}
    members = build_view(G, relations=["member_of"])
    assert {e.type for e in members.edges} == {"member_of"}
    assert "gcm" not in {n.id for n in members.nodes}  # nodes left without ties are dropped


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kinds": ["planet"]}, "--kind: unknown kind 'planet'"),
        ({"levels": ["galactic"]}, "--level: unknown level 'galactic'"),
        ({"relations": ["loves"]}, "--relation: unknown relation type 'loves'"),
        ({"size_by": "charisma"}, "--size-by: unknown metric 'charisma'"),
        ({"focus": "nowhere"}, "focus 'nowhere' is not in the graph"),
        ({"focus": "SEN", "depth": -1}, "--depth"),
    ],
)
def test_bad_choices(world: Any, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        build_view(graph(world, "2024-06-01"), **kwargs)


@pytest.mark.parametrize("metric", SIZE_METRICS)
def test_size_metrics(world: Any, metric: str) -> None:
    view = build_view(graph(world, "2024-06-01"), size_by=metric)
    sizes = {n.id: n.size for n in view.nodes}
    assert all(10 <= s <= 42 for s in sizes.values())
    if metric in ("degree", "in_degree", "pagerank"):
        assert sizes["ecowas"] > sizes["city-dakar"]
    assert view.legend["notes"][0].startswith("Node size:")


def test_hierarchical_stacks_levels(world: Any) -> None:
    view = build_view(graph(world, "2024-06-01"), hierarchical=True)
    rank = {lv: i for i, lv in enumerate(LEVELS)}
    ordered = sorted(view.nodes, key=lambda n: n.y)
    assert [rank[n.level] for n in ordered] == sorted(rank[n.level] for n in ordered)
    top = {n.level for n in view.nodes if n.y == ordered[0].y}
    assert top == {"global"} and ordered[-1].level == "local"


def test_radial_focus_in_the_middle(world: Any) -> None:
    view = build_view(graph(world, "2024-06-01"), focus="SEN", depth=2)
    centre = next(n for n in view.nodes if n.id == "SEN")
    assert (centre.x, centre.y) == (0.0, 0.0)
    assert all((n.x, n.y) != (0.0, 0.0) for n in view.nodes if n.id != "SEN")


def test_large_view_folds_cities_into_countries(tmp_path: Path) -> None:
    G = graph(load_world([write_big_world(tmp_path / "big")], bundled=False), "2024-06-01")
    assert G.number_of_nodes() == 1 + 20 + 160
    unfolded = build_view(G, max_nodes=0)
    assert len(unfolded.nodes) == 181 and not unfolded.folded
    view = build_view(G, max_nodes=100)
    assert len(view.nodes) == 21
    assert sum(view.folded.values()) == 160 and len(view.folded) == 20
    assert any("folded 160 actors (city: 160) into their 20 countries" in n for n in view.notes)
    s00 = next(n for n in view.nodes if n.id == "S00")
    assert s00.folded == {"city": 8} and s00.label == "State 0 (+8)"
    partner = [e for e in view.edges if e.source == "S00" and e.type == "partners_with"]
    assert len(partner) == 1 and partner[0].count == 8  # eight city ties merged into one
    assert not any(e.type == "located_in" for e in view.edges)  # became self-loops, dropped
    focused = build_view(G, focus="city-3-1", depth=1, max_nodes=1)
    assert "city-3-1" in {n.id for n in focused.nodes}  # the focus is never folded


def _gap(counterpart: str | None, reason: str) -> Gap:
    return Gap(
        rule="test-rule",
        subject="GHA",
        counterpart=counterpart,
        reason=reason,
        expected_because=[Evidence(statement="peers have it")],
        nearest_channel=Channel("both in ECOWAS"),
        score=0.5,
    )


def test_gaps_drawn_as_missing_ties(world: Any) -> None:
    G = graph(world, "2024-06-01")
    report = GapReport(
        "GHA",
        "2024-06-01",
        [_gap("iom", "no tie with IOM"), _gap(None, "no civil society"), _gap("ghost", "x")],
        notices=["a notice"],
    )
    view = build_view(G, focus="GHA", gap_report=report)
    gaps = [e for e in view.edges if e.gap is not None]
    assert [(e.source, e.target, e.gap["reason"]) for e in gaps] == [("GHA", "iom", "no tie with IOM")]
    assert gaps[0].gap["nearest_channel"] == "both in ECOWAS" and gaps[0].gap["expected_because"] == ["peers have it"]
    assert "a notice" in view.notes
    assert "iom" in {n.id for n in view.nodes}
    assert [g["reason"] for g in view.unplaced_gaps] == ["no civil society", "x"]
    assert gaps[0].dashes and gaps[0].colour != view.edges[0].colour
    assert any("Missing tie" in item["label"] for item in view.legend["edges"])
    with pytest.raises(UsageError, match="--gaps needs --focus"):
        build_view(G, gap_report=report)


def test_gaps_from_the_gap_engine(world: Any) -> None:
    gaps_module = pytest.importorskip("govgraph.gaps")
    G = graph(world, "2024-06-01")
    report = gaps_module.find_gaps(G, "GHA")
    view = build_view(G, focus="GHA", gap_report=report)
    drawable = [g for g in report.gaps if g.counterpart in G and g.counterpart != "GHA"]
    drawn = [e for e in view.edges if e.gap is not None]
    assert len(drawn) == len(drawable)
    assert {e.gap["reason"] for e in drawn} == {g.reason for g in drawable}


def test_page_is_self_contained_and_escaped(world: Any) -> None:
    view = build_view(graph(world, "2024-06-01"), title=EVIL_NAME)
    page = render_html(view)
    assert EVIL_NAME not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=" in page  # the title, HTML-escaped
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "bootstrap" not in page.lower() and "@import" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    data = page_data(page)
    assert len(data["nodes"]) == len(view.nodes) and len(data["edges"]) == len(view.edges)
    assert data["options"]["physics"] == {"enabled": False}
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert any(n["gg"]["name"] == EVIL_NAME for n in data["nodes"])  # intact once parsed, shown with textContent
    assert data["legend"]["nodes"] and data["legend"]["edges"]


def test_write_map_is_atomic(world: Any, tmp_path: Path) -> None:
    view = build_view(graph(world, "2024-06-01"))
    out = write_map(view, tmp_path / "m.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.html"]
    with pytest.raises(UsageError, match="does not exist"):
        write_map(view, tmp_path / "missing" / "m.html")


# -- the command --------------------------------------------------------------------------------------


def run(args: list[str]) -> Any:
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_map_command_writes_a_page(world_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sen.html"
    result = run(
        [
            "map",
            "--no-bundled",
            "--data",
            str(world_dir),
            "--focus",
            "Senegal",
            "--hierarchical",
            "--size-by",
            "pagerank",
            "--as-of",
            "2024-06-01",
            "-o",
            str(out),
        ]
    )
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert data["focus"] == "SEN" and data["hierarchical"] and data["as_of"] == "2024-06-01"
    assert "Wrote" in result.output


def test_map_command_gaps(world_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("govgraph.gaps")
    out = tmp_path / "gha.html"
    result = run(
        [
            "map",
            "--no-bundled",
            "--data",
            str(world_dir),
            "--focus",
            "GHA",
            "--gaps",
            "--as-of",
            "2024-06-01",
            "-o",
            str(out),
        ]
    )
    assert result.exit_code == 0, result.output
    assert "gaps drawn" in result.output


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--focus", "Atlantis"], "unknown actor or instrument 'Atlantis'"),
        (["--kind", "planet"], "--kind: unknown kind 'planet'"),
        (["--level", "galactic"], "--level: unknown level 'galactic'"),
        (["--relation", "loves"], "--relation: unknown relation type 'loves'"),
        (["--size-by", "charisma"], "--size-by: unknown metric"),
        (["--gaps"], "--gaps needs --focus"),
        (["--as-of", "2024-13-01"], "--as-of"),
        (["--depth", "-2", "--focus", "SEN"], "--depth"),
    ],
)
def test_map_command_bad_input(world_dir: Path, tmp_path: Path, extra: list[str], message: str) -> None:
    out = tmp_path / "bad.html"
    result = run(["map", "--no-bundled", "--data", str(world_dir), *extra, "-o", str(out)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target", ["no-such-folder/out.html", "."])
def test_map_command_unwritable_output(world_dir: Path, tmp_path: Path, target: str) -> None:
    result = run(["map", "--no-bundled", "--data", str(world_dir), "-o", str(tmp_path / target)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot write")
    assert list(tmp_path.iterdir()) == []


# -- what the page draws around the network: guides, legend, selection colours ------------------------


def test_hierarchical_bands_carry_level_labels(world: Any) -> None:
    view = build_view(graph(world, "2024-06-01"), hierarchical=True)
    assert [(g["kind"], g["label"]) for g in view.guides] == [
        ("band", "Global"),
        ("band", "Regional"),
        ("band", "National"),
        ("band", "Local"),
    ]
    band = {g["label"].lower(): g for g in view.guides}
    assert all(band[n.level]["y0"] < n.y < band[n.level]["y1"] for n in view.nodes)
    ends = [(g["y0"], g["y1"]) for g in view.guides]
    assert all(a1 < b0 for (_, a1), (b0, _) in itertools.pairwise(ends))  # bands do not overlap


def test_radial_rings_carry_level_or_hop_labels(world: Any) -> None:
    G = graph(world, "2024-06-01")
    view = build_view(G)
    assert [g["label"] for g in view.guides] == ["Global", "Regional", "National", "Local"]
    ring = {g["label"].lower(): g["r"] for g in view.guides}
    assert all(abs(math.hypot(n.x, n.y) - ring[n.level]) < 1 for n in view.nodes)
    focused = build_view(G, focus="SEN", depth=2)
    assert [g["label"] for g in focused.guides] == ["Focus", "1 hop", "2 hops"]
    assert focused.guides[0]["r"] == 0.0 < focused.guides[1]["r"] < focused.guides[2]["r"]


def test_legend_explains_focus_folding_merging_and_rings(tmp_path: Path) -> None:
    G = graph(load_world([write_big_world(tmp_path / "big")], bundled=False), "2024-06-01")
    report = GapReport("S00", "2024-06-01", [_gap("S01", "no tie with State 1")])
    view = build_view(G, focus="S00", depth=1, max_nodes=5, gap_report=report)
    keys = {item["key"] for item in view.legend["nodes"] + view.legend["edges"]}
    assert {"focus", "folded", "merged", "parallel", "hop-rings", "gap"} <= keys
    assert {"binding", "non-binding", "vertical", "horizontal"} <= keys
    plain = build_view(G, kinds=["state"], hierarchical=True)
    plain_keys = {item["key"] for item in plain.legend["nodes"] + plain.legend["edges"]}
    assert "bands" in plain_keys and not plain_keys & {"focus", "folded", "merged", "gap", "hop-rings"}


def test_selected_ties_keep_their_colour(world: Any) -> None:
    report = GapReport("GHA", "2024-06-01", [_gap("iom", "no tie with IOM")])
    data = page_data(render_html(build_view(graph(world, "2024-06-01"), focus="GHA", gap_report=report)))
    assert "highlight" not in data["options"]["edges"]["color"]  # no page-wide selection colour
    colours = {e["color"]["color"] for e in data["edges"]}
    assert len(colours) >= 2 and "#e8112d" in colours
    assert all(e["color"]["highlight"] == e["color"]["color"] for e in data["edges"])


def test_page_data_carries_aliases_for_search(world: Any) -> None:
    G = graph(world, "2024-06-01")
    G.nodes["SEN"]["aliases"] = ["Republic of Senegal"]
    data = page_data(render_html(build_view(G)))
    aliases = {n["id"]: n["gg"]["aliases"] for n in data["nodes"]}
    assert aliases["SEN"] == ["Republic of Senegal"] and aliases["GHA"] == []


def test_csp_allows_only_the_page_scripts_by_hash(world: Any) -> None:
    page = render_html(build_view(graph(world, "2024-06-01"), title=EVIL_NAME))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp
    directives = dict(d.strip().split(" ", 1) for d in csp.group(1).split(";"))
    assert directives["default-src"] == "'none'" and directives["connect-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)  # the executable ones (not the JSON block)
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'" for s in scripts
    }
    assert len(scripts) >= 2 and set(directives["script-src"].split()) == hashes  # vis-network and the app


# -- issue 16: regions, gap maps, merged ties, time ---------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled_world() -> Any:
    return load_world()


def test_regions_are_m49_lists_and_a_body_takes_its_members_regions(bundled_world: Any) -> None:
    view = build_view(graph(bundled_world, "2024-06-01"), max_nodes=0)
    by_id = {n.id: n for n in view.nodes}
    m49 = {"Africa", "Americas", "Asia", "Europe", "Oceania"}
    assert all(isinstance(n.region, list) and set(n.region) <= m49 | {MULTI_REGION} for n in view.nodes)
    assert by_id["GHA"].region == ["Africa"] and by_id["PHL"].region == ["Asia"]  # states: from their data
    africa = {n.id for n in view.nodes if "Africa" in n.region}
    assert {"ecowas", "igad", "sadc", "au"} <= africa  # regional bodies: the region of their members
    assert by_id["iom"].region == [MULTI_REGION]  # global
    page = page_data(render_html(view))
    assert {"ecowas", "igad", "sadc"} <= {n["id"] for n in page["nodes"] if "Africa" in n["gg"]["region"]}


def test_gap_map_draws_every_tie_among_its_nodes(bundled_world: Any) -> None:
    G = graph(bundled_world, "2024-06-01")
    report = find_gaps(G, "NPL")
    view = build_view(G, focus="NPL", gap_report=report)
    drawn = {n.id for n in view.nodes}
    counterparts = {e.target for e in view.edges if e.gap is not None}
    assert counterparts - {e.target for e in build_view(G, focus="NPL").edges}  # counterparts outside the ego network
    expected = Counter((u, v, d["type"]) for u, v, d in G.edges(data=True) if u in drawn and v in drawn)
    shown = Counter[tuple[str, str, str]]()
    for e in view.edges:
        if e.gap is None:
            shown[(e.source, e.target, e.type)] += e.count
    assert shown == expected
    ties_of_counterparts = [k for k in expected if k[0] in counterparts or k[1] in counterparts]
    assert ties_of_counterparts  # the old map dropped these


def test_merged_ties_carry_count_and_spans(tmp_path: Path) -> None:
    G = graph(load_world([write_big_world(tmp_path / "big")], bundled=False), "2024-06-01")
    view = build_view(G, max_nodes=20)
    merged = [e for e in view.edges if e.count > 1]
    assert merged and all(len(e.spans) == e.count for e in merged)
    assert all(not e.spans for e in view.edges if e.count == 1)
    page = page_data(render_html(view))
    assert all(len(e["gg"]["spans"]) == e["gg"]["count"] for e in page["edges"] if "count" in e["gg"])


def test_node_dates_are_start_and_end(world: Any) -> None:
    view = build_view(graph(world, "2024-06-01"), max_nodes=0)
    ecowas = next(n for n in view.nodes if n.id == "ecowas")
    assert ecowas.dates == {"start": "1975-05-28"}
    assert all(set(n.dates) <= {"start", "end"} for n in view.nodes)


def page_counts_on(page: dict[str, Any], day: str) -> tuple[int, int]:
    """The page's year rule (the contract of issue 16), applied to the JSON the page embeds."""

    def covers(start: str | None, end: str | None) -> bool:
        return (start is None or start <= day) and (end is None or end > day)

    shown = {n["id"] for n in page["nodes"] if covers(n["gg"]["dates"].get("start"), n["gg"]["dates"].get("end"))}
    ties = 0
    for e in page["edges"]:
        spans = e["gg"].get("spans") or [[e["gg"].get("since"), e["gg"].get("until")]]
        ties += e["from"] in shown and e["to"] in shown and any(covers(a, b) for a, b in spans)
    return len(shown), ties


@pytest.mark.parametrize("day", ["1990-01-01", "2010-01-01", "2025-06-01"])
def test_the_year_rule_on_the_embedded_view_gives_the_graph_as_of_that_day(bundled_world: Any, day: str) -> None:
    """A view of the temporal graph shows on ``day`` exactly the view of ``temporal.as_of(day)``."""
    T = graph(bundled_world, temporal=True)
    whole = build_view(T, as_of=day, max_nodes=0)
    on_day = build_view(as_of(T, day), max_nodes=0)
    expected = (len(on_day.nodes), len(on_day.edges))
    assert whole.counts_on(day) == expected
    assert page_counts_on(page_data(render_html(whole)), day) == expected
    assert len(whole.edges) > expected[1]  # the page also holds ties of other years, for its slider


def test_world_overview_merged_ties_follow_the_year_rule(bundled_world: Any) -> None:
    T = graph(bundled_world, temporal=True)
    view = build_view(T, as_of="2010-01-01")
    page = page_data(render_html(view))
    assert page["as_of"] == "2010-01-01"
    assert any("spans" in e["gg"] for e in page["edges"])
    for day in ("1990-01-01", "2010-01-01", "2024-06-01"):
        assert page_counts_on(page, day) == view.counts_on(day)
    assert view.counts_on("1990-01-01") < view.counts_on("2024-06-01")


def test_map_page_shows_inline_in_jupyter_as_the_same_page_in_an_iframe(world: Any) -> None:
    from html.parser import HTMLParser

    from govgraph.api import map_page

    shown = map_page(world, "2024-06-01", focus="GHA", title=EVIL_NAME)
    markup = shown._repr_html_()

    class Elements(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[tuple[str, dict[str, str | None]]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.seen.append((tag, dict(attrs)))

    parsed = Elements()
    parsed.feed(markup)
    assert [tag for tag, _ in parsed.seen] == ["iframe"]  # the hostile title stays inside attributes
    attrs = parsed.seen[0][1]
    assert attrs["srcdoc"] == shown.html() and attrs["title"] == EVIL_NAME
    assert attrs["sandbox"] == "allow-scripts allow-downloads"  # scripts run, in an origin of their own
    assert page_data(shown.html())["focus"] == "GHA"


def test_long_titles_are_labelled_by_their_common_short_name(real_world: Any) -> None:
    view = build_view(graph(real_world, "2024-06-01"), focus="refugee-convention-1951")
    node = next(n for n in view.nodes if n.id == "refugee-convention-1951")
    assert node.label == "1951 Refugee Convention"  # the first alias; the tooltip keeps the full name
    assert node.name == "Convention relating to the Status of Refugees"
    G = graph(real_world, "2024-06-01")
    acronyms = {n.id: n.label for n in view.nodes if G.nodes[n.id].get("acronym") and n.kind != "state"}
    assert acronyms and all(label == G.nodes[n]["acronym"] for n, label in acronyms.items())  # acronyms first


def test_region_ties_of_the_world_overview_are_drawn_light(real_world: Any) -> None:
    from govgraph.views import vis_data
    from govgraph.views.builder import REGION_PREFIX

    data = vis_data(build_view(graph(real_world, "2024-06-01")))
    regional = [e for e in data.edges if REGION_PREFIX in e["from"] + e["to"]]
    others = [e for e in data.edges if REGION_PREFIX not in e["from"] + e["to"]]
    assert regional and others
    assert all(e["color"].get("opacity") == 0.3 for e in regional)
    assert not any("opacity" in e["color"] for e in others)
