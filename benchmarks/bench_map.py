"""Map speed beside plain pyvis: page generation at 10^5 relations, the default map of a ~50k-node world,
and first draw of the bundled world.

Usage: python benchmarks/bench_map.py [--as-of DATE] [--runs N] [--timeout S] [--relations N] [--skip-draw]
       [--default-relations N] [--toggles N]

Generation: a synthetic world (``govgraph synth --relations N``, JSON Lines,
default 10^5) is written once; then, as whole CLI processes measured side by
side in this run, ``govgraph validate`` of it, ``govgraph map --max-nodes 0``
of it (every node, no folding), and plain pyvis filling a ``Network`` with
``add_node``/``add_edge`` for the same graph (stopped at --gen-timeout: it grows
with nodes x ties). The ratios map/validate (target <= 3) and pyvis/map are
printed.

Default map: ``govgraph map`` with no option on a synthetic world of
``--default-relations`` (2x10^5: about 48,000 nodes), opened in headless
Chromium: the first draw, then a kind filter unchecked and checked again
``--toggles`` times, each timed from the click to the next drawn frame.

Both pages hold the same nodes and edges (the graph on the date, every relation).
"govgraph" is `govgraph map --hierarchical` (positions computed in Python,
physics off, vis-network inlined). "plain pyvis" is pyvis's defaults:
``Network(directed=True)`` with ``from_nx``-style ``add_node``/``add_edge``,
physics on (the browser lays out), written with ``cdn_resources="in_line"``
so that it can open offline at all (its template still links Bootstrap from a
CDN: this run blocks the network, so that request fails fast). Each page is
opened in headless Chromium; the time is from navigation start to vis-network's
first ``afterDrawing`` event, as the page's own clock measures it. Runs in one
browser, alternating the two pages; prints medians and ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from browser_support import chromium  # noqa: E402

from govgraph.api import graph  # noqa: E402
from govgraph.loader import load_world  # noqa: E402
from govgraph.views import build_view, write_map  # noqa: E402

HOOK = """
<script>
(function () {
  var started = performance.now();
  function hook() {
    if (typeof network === "undefined" || !network) { return setTimeout(hook, 5); }
    network.once("afterDrawing", function () { window.__firstDraw = performance.now(); });
  }
  hook();
  window.__hooked = started;
}());
</script>
"""


def plain_pyvis(G: Any, path: Path) -> None:
    """The same graph through pyvis with its defaults (physics on, its own template)."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for n, d in G.nodes(data=True):
        net.add_node(n, label=str(d.get("name") or n), title=str(d.get("name") or n))
    for u, v, d in G.edges(data=True):
        net.add_edge(u, v, title=str(d.get("type")))
    html = net.generate_html()
    # pyvis draws inside drawGraph(); catch its first draw the same way govgraph's page does.
    html = html.replace("</body>", HOOK + "</body>")
    path.write_text(html, encoding="utf-8")


def first_draw(driver: Any, path: Path, timeout: float) -> float | None:
    """Milliseconds from navigation start to the first draw, or None past the timeout."""
    from selenium.common.exceptions import TimeoutException

    driver.get("about:blank")
    driver.set_page_load_timeout(timeout)
    driver.set_script_timeout(timeout)
    deadline = time.monotonic() + timeout
    try:
        driver.get(path.resolve().as_uri())  # plain pyvis lays out (blocking) before the page has loaded
        script = "return (window.govgraph && window.govgraph.firstDraw) || window.__firstDraw || null"
        while time.monotonic() < deadline:
            value = driver.execute_script(script)
            if value:
                return float(value)
            time.sleep(0.02)
    except TimeoutException:
        pass
    return None


PLAIN_PYVIS_BUILD = """
import sys
from pyvis.network import Network
from govgraph.api import graph
from govgraph.loader import load_world
G = graph(load_world([sys.argv[1]], bundled=False))
net = Network(directed=True, cdn_resources="in_line")
for n, d in G.nodes(data=True):
    net.add_node(n, label=str(d.get("name") or n))
for u, v, d in G.edges(data=True):
    net.add_edge(u, v, title=str(d.get("type")))
net.write_html(sys.argv[2], notebook=False)
"""


def timed_process(cmd: list[str], timeout: float) -> float | None:
    """Wall seconds of a whole process (None if it ran past ``timeout`` and was stopped)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    t0 = time.perf_counter()
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - t0


def generation(relations: int, runs: int, timeout: float) -> None:
    """Print the generation times of map, validate and plain pyvis on a synthetic world, and their ratios."""
    folder = _synth_folder(relations)
    out = Path(tempfile.mkdtemp(prefix="gg-bench-gen-"))
    gg = [sys.executable, "-m", "govgraph"]
    world = ["--data", str(folder), "--no-bundled"]
    commands = {
        "validate": [*gg, "validate", *world],
        "map --max-nodes 0": [*gg, "map", "--max-nodes", "0", *world, "-o", str(out / "map.html")],
    }
    timed_process(commands["validate"], timeout)  # warm the file cache, as any second run would
    times: dict[str, list[float | None]] = {k: [] for k in commands}
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        for name, cmd in commands.items():
            times[name].append(timed_process(cmd, timeout))
    plain = timed_process([sys.executable, "-c", PLAIN_PYVIS_BUILD, str(folder), str(out / "plain.html")], timeout)
    validate_s = statistics.median(t for t in times["validate"] if t is not None)
    map_s = statistics.median(t for t in times["map --max-nodes 0"] if t is not None)
    print(f"generation, synthetic world of ~{relations:,} relations (whole processes, median of {runs}):")
    print(f"  validate           {validate_s:7.2f} s")
    print(f"  map --max-nodes 0  {map_s:7.2f} s   ratio map/validate: {map_s / validate_s:.2f}x (target <= 3x)")
    if plain is None:
        print(f"  plain pyvis add_node/add_edge: stopped after {timeout:.0f} s (> {timeout / map_s:.0f}x map)")
    else:
        print(f"  plain pyvis add_node/add_edge {plain:7.2f} s   ratio pyvis/map: {plain / map_s:.1f}x")


TOGGLE = """
var done = arguments[arguments.length - 1];
var box = document.querySelector('.gg-filter[data-field=kind] input');
var t0 = performance.now();
window.govgraph.network.once('afterDrawing', function () { done(performance.now() - t0); });
box.click();
"""


def _synth_folder(relations: int) -> Path:
    from govgraph.synth import params_for_relations, synth_world, write_synth_world

    folder = Path(tempfile.gettempdir()) / f"gg-bench-map-world-{relations}"
    if not (folder / ".done").exists():
        write_synth_world(synth_world(params_for_relations(relations, 0)), folder, "jsonl")
        (folder / ".done").write_text("")
    return folder


def default_world(relations: int, runs: int, toggles: int, timeout: float) -> None:
    """The default map (`govgraph map`, no option) of a large synthetic world: generation, first draw and
    filter toggles in headless Chromium (targets of issue 16 at ~50k nodes: first draw <= 3 s, toggle <= 500 ms).
    """
    folder = _synth_folder(relations)
    page = Path(tempfile.mkdtemp(prefix="gg-bench-default-")) / "default.html"
    gen = timed_process(
        [sys.executable, "-m", "govgraph", "map", "--data", str(folder), "--no-bundled", "-o", str(page)], timeout
    )
    nodes = graph(load_world([folder], bundled=False)).number_of_nodes()
    draws: list[float | None] = []
    flips: list[float] = []
    with chromium() as driver:
        driver.set_script_timeout(timeout)
        for _ in range(runs):
            draws.append(first_draw(driver, page, timeout))
        for _ in range(toggles):  # uncheck, then check again: each a redraw of the filtered view
            flips.append(float(driver.execute_async_script(TOGGLE)))
        drawn = driver.execute_script("return [window.govgraph.nodes.length, window.govgraph.edges.length]")
    done = [d for d in draws if d is not None]
    first = statistics.median(done) if done else None
    print(f"default map of a synthetic world of ~{relations:,} relations ({nodes:,} nodes in the graph):")
    print(f"  generation (whole process)  {gen:7.2f} s; the page draws {drawn[0]:,} nodes and {drawn[1]:,} ties")
    print(
        f"  first draw (median of {runs})    " + ("timeout" if first is None else f"{first:7.0f} ms (target <= 3000)")
    )
    print(
        f"  filter toggle (median of {toggles}) {statistics.median(flips):7.0f} ms (target <= 500); runs: "
        + ", ".join(f"{f:.0f}" for f in flips)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000, help="size of the synthetic world for generation")
    parser.add_argument("--gen-runs", type=int, default=3, help="runs of validate and map (median reported)")
    parser.add_argument("--gen-timeout", type=float, default=120.0, help="stop a generation process after S s")
    parser.add_argument("--skip-draw", action="store_true", help="only the generation part")
    parser.add_argument(
        "--default-relations", type=int, default=200_000, help="world of the default-map draw (~50k nodes); 0: skip"
    )
    parser.add_argument("--toggles", type=int, default=6, help="filter toggles timed on the default map")
    parser.add_argument("--as-of", default=None)
    parser.add_argument("--runs", type=int, default=3, help="openings of the govgraph page (median reported)")
    parser.add_argument("--pyvis-runs", type=int, default=1, help="openings of the plain pyvis page (slow)")
    parser.add_argument("--timeout", type=float, default=300.0, help="give up on a page after this many seconds")
    args = parser.parse_args()
    generation(args.relations, args.gen_runs, args.gen_timeout)
    if args.skip_draw:
        return 0
    if args.default_relations:
        default_world(args.default_relations, args.runs, args.toggles, args.timeout)
    G = graph(load_world(), args.as_of)
    out = Path(tempfile.mkdtemp(prefix="gg-bench-map-"))
    t0 = time.perf_counter()
    view = build_view(G, hierarchical=True, overview=False)  # the same nodes and edges as the plain pyvis page
    ours = write_map(view, out / "govgraph.html")
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    theirs = out / "pyvis_plain.html"
    plain_pyvis(G, theirs)
    plain_build_s = time.perf_counter() - t0
    print(
        f"graph as of {G.graph['as_of']}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
        f"view: {len(view.nodes)} nodes, {len(view.edges)} edges"
    )
    times: dict[str, list[float | None]] = {"govgraph": [], "pyvis": []}
    with chromium() as driver:
        driver.command_executor.client_config.timeout = args.timeout + 60  # pyvis blocks the page for long
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        for i in range(max(args.runs, args.pyvis_runs)):  # alternate the two pages in one browser
            if i < args.runs:
                times["govgraph"].append(first_draw(driver, ours, args.timeout))
            if i < args.pyvis_runs:
                times["pyvis"].append(first_draw(driver, theirs, args.timeout))

    def med(values: list[float | None]) -> float | None:
        done = [v for v in values if v is not None]
        return statistics.median(done) if len(done) == len(values) else None

    ours_ms, theirs_ms = med(times["govgraph"]), med(times["pyvis"])
    ours_kb, theirs_kb = ours.stat().st_size / 1024, theirs.stat().st_size / 1024
    fmt = lambda v: "timeout" if v is None else f"{v:8.0f} ms"  # noqa: E731
    print(f"{'page':<12} {'first draw (median)':>28} {'file size':>12} {'build':>8}")
    print(f"{'govgraph':<12} {fmt(ours_ms):>28} {ours_kb:9.0f} KB {build_s:7.2f}s   runs: {times['govgraph']}")
    print(
        f"{'plain pyvis':<12} {fmt(theirs_ms):>28} {theirs_kb:9.0f} KB {plain_build_s:7.2f}s   runs: {times['pyvis']}"
    )
    if ours_ms and theirs_ms:
        print(f"ratio first draw plain/govgraph: {theirs_ms / ours_ms:.1f}x faster")
    elif ours_ms:
        print(f"plain pyvis did not draw within {args.timeout:.0f} s; govgraph drew in {ours_ms:.0f} ms")
    print(f"ratio file size govgraph/plain: {ours_kb / theirs_kb:.2f}")
    print(f"pages kept in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
