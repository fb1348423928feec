"""The default world map, as a room sees it in headless Chromium at 1600x900: readable labels, few ties, labelled
level rings, and labels of the example maps that do not overlap at fit.

A label is drawn at (font size x network scale) pixels; vis-network skips labels under its drawThreshold.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govgraph.api import graph, map_page
from govgraph.loader import load_world
from govgraph.views import build_view, write_map

from .browser_support import browser_available, chromium, open_map

pytestmark = pytest.mark.skipif(not browser_available(), reason="needs chromium and chromedriver")

#: What the page draws at fit: every node's label box in screen pixels, and the network scale.
LABELS_AT_FIT = """
var done = arguments[arguments.length - 1];
var g = window.govgraph, net = g.network;
net.once('afterDrawing', function () {  // label boxes are laid out by a draw: read them after one
  var scale = net.getScale();
  var threshold = net.body.nodes[g.nodesView.getIds()[0]].options.scaling.label.drawThreshold;
  var out = [];
  g.nodesView.get().forEach(function (item) {
    var node = net.body.nodes[item.id], size = node.options.font.size * scale;
    if (!item.label || size < threshold) { return; }
    var box = node.labelModule.size, p = net.canvasToDOM({x: box.left, y: box.top});
    var q = net.canvasToDOM({x: box.left + box.width, y: box.top + box.height});
    out.push({id: item.id, label: item.label, px: size, left: p.x, top: p.y, right: q.x, bottom: q.y});
  });
  done({scale: scale, labels: out, ties: g.edgesView.length,
        canvas: [net.canvas.frame.canvas.clientWidth, net.canvas.frame.canvas.clientHeight]});
});
net.fit({animation: false});
net.redraw();
"""


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium(1600, 900) as d:
        yield d


@pytest.fixture(scope="module")
def world() -> Any:
    return load_world()


def test_default_world_map_is_readable_at_fit(driver: Any, world: Any, tmp_path: Path) -> None:
    view = build_view(graph(world, "2024-06-01"))
    page = write_map(view, tmp_path / "world.html")
    open_map(driver, page)
    seen = driver.execute_async_script(LABELS_AT_FIT)
    assert seen["canvas"][0] > 1000
    readable = [label for label in seen["labels"] if label["px"] >= 10]
    assert len(readable) >= 30, (seen["scale"], len(readable))
    assert seen["ties"] <= 1500
    ranked = sorted(view.nodes, key=lambda n: -sum(e.count for e in view.edges if n.id in (e.source, e.target)))
    assert {n.id for n in ranked[:30]} <= {label["id"] for label in readable}  # the 30 most connected
    # any other label drawn at fit is clear of the rest; the others wait for the zoom
    top30 = {n.id for n in ranked[:30]}
    clashes = [
        (a["id"], b["id"])
        for a, b in itertools.combinations(seen["labels"], 2)
        if not (a["id"] in top30 and b["id"] in top30)
        and min(a["right"], b["right"]) - max(a["left"], b["left"]) > 1
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 1
    ]
    assert clashes == []
    assert [g["label"] for g in view.guides] == ["Global", "Regional", "National", "Local"]
    text = driver.execute_script("return (window.govgraph.guideLabels || []).map(g => g.text || g).join(' ')")
    for word in ("Global", "Regional", "National", "Local"):
        assert word in text or word in driver.page_source


def overlaps(labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of drawn labels whose boxes intersect (by more than a pixel)."""
    return [
        (a["label"], b["label"])
        for a, b in itertools.combinations(labels, 2)
        if min(a["right"], b["right"]) - max(a["left"], b["left"]) > 1
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 1
    ]


def test_example_map_labels_do_not_overlap_at_fit(driver: Any, example_maps: list[Path]) -> None:
    assert len(example_maps) >= 3
    for page in example_maps:
        open_map(driver, page)
        seen = driver.execute_async_script(LABELS_AT_FIT)
        assert seen["labels"], page.name  # labels are drawn at fit ...
        assert overlaps(seen["labels"]) == [], page.name  # ... and none covers another


def test_notebook_map_draws_inside_its_iframe_offline(driver: Any, world: Any, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    host = tmp_path / "notebook.html"
    host.write_text("<!doctype html><title>notebook</title>" + map_page(world, focus="ECOWAS")._repr_html_())
    driver.get_log("performance")
    driver.get(host.resolve().as_uri())
    driver.switch_to.frame(driver.find_element("css selector", "iframe"))
    try:
        drawn = "return !!(window.govgraph && window.govgraph.firstDraw)"
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(drawn))
        assert driver.execute_script("return window.govgraph.nodesView.length") > 10
    finally:
        driver.switch_to.default_content()
    requests = [e["message"] for e in driver.get_log("performance") if '"Network.requestWillBeSent"' in e["message"]]
    assert requests and not [m for m in requests if re.search(r'"url":"(https?|wss?|ftp):', m)]  # only the file
