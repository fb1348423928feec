"""Support for the map tests: small fixture worlds written to tmp folders, and headless Chromium.

Imported by tests/test_views.py and tests/test_map_browser.py (not a conftest:
fixtures are plain functions and a context manager).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["EVIL_NAME", "browser_available", "chromium", "open_map", "write_big_world", "write_world"]

#: A name that would run script if any page put it into HTML: it sets a flag the tests look for.
EVIL_NAME = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'

_SRC = "{title: Test source, url: 'https://example.org/src', as_of: 2024-01-01, checked: false}"

WORLD = f"""
sources:
  t: {_SRC}
actors:
  - {{id: iom, kind: un_agency, name: International Organization for Migration, acronym: IOM, sources: [t]}}
  - {{id: gfmd, kind: global_process, name: Global Forum on Migration and Development, acronym: GFMD, sources: [t]}}
  - {{id: ecowas, kind: rec, name: Economic Community of West African States, acronym: ECOWAS,
      founded: 1975-05-28, sources: [t]}}
  - {{id: midwa, kind: rcp, name: Migration Dialogue for West Africa, acronym: MIDWA, sources: [t]}}
  - {{id: SEN, kind: state, name: Senegal, region: Africa, subregion: Western Africa, sources: [t]}}
  - {{id: MLI, kind: state, name: Mali, region: Africa, subregion: Western Africa, sources: [t]}}
  - {{id: GHA, kind: state, name: Ghana, region: Africa, subregion: Western Africa, sources: [t]}}
  - {{id: XXX, kind: state, name: {EVIL_NAME!r}, region: Africa, sources:
      [{{title: "<b>bold</b>", url: "https://example.org/x?a=<b>", as_of: 2024-01-01, checked: false}}]}}
  - {{id: city-dakar, kind: city, name: Dakar, country: SEN, sources: [t]}}
  - {{id: cso-sen, kind: cso, name: Senegalese Migrants Association, sector: migrant_association, country: SEN,
      sources: [t]}}
instruments:
  - {{id: ecowas-protocol, name: Protocol on Free Movement, kind: protocol, scope: regional, adopted: 1979-05-29,
      adopted_by: ecowas, sources: [t]}}
  - {{id: gcm, name: Global Compact for Migration, acronym: GCM, kind: compact, scope: global, adopted: 2018-12-19,
      sources: [t]}}
relations:
  - {{source: SEN, target: ecowas, type: member_of, since: 1975-05-28, sources: [t]}}
  - {{source: GHA, target: ecowas, type: member_of, since: 1975-05-28, sources: [t]}}
  - {{source: MLI, target: ecowas, type: member_of, since: 1975-05-28, until: 2025-01-29, sources: [t]}}
  - {{source: XXX, target: ecowas, type: member_of, since: 2000, sources: [t]}}
  - {{source: SEN, target: midwa, type: member_of, since: 2001, sources: [t]}}
  - {{source: MLI, target: midwa, type: member_of, since: 2001, sources: [t]}}
  - {{source: SEN, target: iom, type: member_of, since: 1990, sources: [t]}}
  - {{source: SEN, target: ecowas-protocol, type: party_to, since: 1980, sources: [t]}}
  - {{source: GHA, target: ecowas-protocol, type: party_to, since: 1980, sources: [t]}}
  - {{source: SEN, target: gcm, type: endorses, since: 2018-12-19, sources: [t]}}
  - {{source: SEN, target: gfmd, type: participates_in, since: 2007, sources: [t]}}
  - {{source: iom, target: ecowas, type: coordinates_with, since: 2010, sources: [t]}}
  - {{source: city-dakar, target: SEN, type: located_in, sources: [t]}}
  - {{source: cso-sen, target: SEN, type: coordinates_with, since: 2015, sources: [t]}}
  - {{source: city-dakar, target: iom, type: partners_with, since: 2019, sources: [t]}}
"""


def write_world(folder: Path) -> Path:
    """Write the small West-Africa fixture world into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "world.yaml").write_text(textwrap.dedent(WORLD), encoding="utf-8")
    return folder


def write_big_world(folder: Path, states: int = 20, cities_per_state: int = 8) -> Path:
    """A world with many cities (to make a view fold them into their countries)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["sources:", f"  t: {_SRC}", "actors:", "  - {id: rec-a, kind: rec, name: Regional Body A, sources: [t]}"]
    rels = ["relations:"]
    for s in range(states):
        sid = f"S{s:02d}"
        lines.append(f"  - {{id: {sid}, kind: state, name: State {s}, region: Region {s % 3}, sources: [t]}}")
        rels.append(f"  - {{source: {sid}, target: rec-a, type: member_of, sources: [t]}}")
        for c in range(cities_per_state):
            cid = f"city-{s}-{c}"
            lines.append(f"  - {{id: {cid}, kind: city, name: City {s}-{c}, country: {sid}, sources: [t]}}")
            rels.append(f"  - {{source: {cid}, target: {sid}, type: located_in, sources: [t]}}")
            rels.append(f"  - {{source: {cid}, target: rec-a, type: partners_with, sources: [t]}}")
    (folder / "big.yaml").write_text("\n".join(lines + rels) + "\n", encoding="utf-8")
    return folder


def browser_available() -> bool:
    """True when the Debian chromium and chromedriver binaries and selenium are present."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists()


@contextlib.contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A headless Chromium driven by selenium, with a fresh profile and no network helpers."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="gg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_map(driver: Any, path: Path, timeout: float = 10.0) -> dict[str, Any]:
    """Load a map file and wait for its first draw; return counts and timings seen by the page."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return !!(window.govgraph && window.govgraph.firstDraw)")
    )
    return dict(
        driver.execute_script(
            "var g = window.govgraph; return {nodes: g.nodes.length, edges: g.edges.length,"
            " shownNodes: g.nodesView.length, shownEdges: g.edgesView.length, firstDraw: g.firstDraw};"
        )
    )
