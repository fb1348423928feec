"""Accessible maps: contrast and colour-blind safety of the palette (from style.py), a non-colour cue for
direction, visible focus outlines, and axe-core (vendored, offline) on the example maps."""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govgraph.views.style import (
    DIRECTION_CUE,
    EDGE_COLOURS,
    GAP_COLOUR,
    INSTRUMENT_STYLE,
    KIND_STYLE,
    MAP_BACKGROUND,
    legend,
)

from .browser_support import browser_available, chromium, open_map

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"


def linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def rgb_linear(colour: str) -> tuple[float, float, float]:
    return linear(int(colour[1:3], 16)), linear(int(colour[3:5], 16)), linear(int(colour[5:7], 16))


def luminance(colour: str) -> float:
    r, g, b = rgb_linear(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


#: Machado, Oliveira and Fernandes (2009) simulation matrices at severity 1, on linear RGB.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen_as(colour: str, vision: str | None) -> tuple[float, float, float]:
    rgb = rgb_linear(colour)
    if vision is None:
        return rgb
    m = CVD[vision]
    return tuple(min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3))  # type: ignore[return-value]


def delta_e(a: str, b: str, vision: str | None) -> float:
    """CIE76 colour difference as a reader with ``vision`` sees the two colours."""
    return math.dist(lab(seen_as(a, vision)), lab(seen_as(b, vision)))


NODE_FILLS = {kind: colour for kind, (colour, _, _) in KIND_STYLE.items()} | {
    f"instrument-{b}": colour for b, (colour, _, _) in INSTRUMENT_STYLE.items()
}
SHAPES = {kind: shape for kind, (_, shape, _) in KIND_STYLE.items()} | {
    f"instrument-{b}": shape for b, (_, shape, _) in INSTRUMENT_STYLE.items()
}


@pytest.mark.parametrize("kind", sorted(NODE_FILLS))
def test_every_node_fill_has_3_to_1_against_the_map(kind: str) -> None:
    assert contrast(NODE_FILLS[kind], MAP_BACKGROUND) >= 3.0


def test_tie_colours_have_3_to_1_against_the_map() -> None:
    for colour in [*EDGE_COLOURS.values(), GAP_COLOUR]:
        assert contrast(colour, MAP_BACKGROUND) >= 3.0, colour


@pytest.mark.parametrize("vision", [None, *CVD])
def test_colours_that_only_colour_tells_apart_stay_apart_for_colour_blind_readers(vision: str | None) -> None:
    # nodes of the same shape differ only in colour; so do vertical and horizontal ties and gaps
    same_shape = [(a, b) for a, b in itertools.combinations(sorted(NODE_FILLS), 2) if SHAPES[a] == SHAPES[b]]
    pairs = [(NODE_FILLS[a], NODE_FILLS[b]) for a, b in same_shape]
    pairs += [(EDGE_COLOURS["vertical"], EDGE_COLOURS["horizontal"]), (EDGE_COLOURS["horizontal"], GAP_COLOUR)]
    pairs += [(EDGE_COLOURS["vertical"], GAP_COLOUR)]
    worst = min(pairs, key=lambda p: delta_e(p[0], p[1], vision))
    assert delta_e(worst[0], worst[1], vision) >= 15, (vision, worst)


def test_direction_has_a_non_colour_cue_that_the_legend_shows() -> None:
    assert DIRECTION_CUE["vertical"] != DIRECTION_CUE["horizontal"]
    rows = {row["key"]: row for row in legend({"state"}, {True}, True, "degree")["edges"]}
    assert rows["horizontal"].get("startDot") and not rows["vertical"].get("startDot")
    assert "round dot" in rows["horizontal"]["label"]


# -- in the browser -------------------------------------------------------------------------------------------

needs_browser = pytest.mark.skipif(
    not browser_available() and not os.environ.get("CI"),
    reason="needs selenium and Debian chromium + chromium-driver (CI always runs these)",
)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium(1600, 900) as d:
        yield d


_RUN_AXE = """
var done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  done(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))};
  }));
}, function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });
"""


@needs_browser
@pytest.mark.browser
@pytest.mark.parametrize("index", range(4), ids=["ecowas-2024", "ecowas-2025", "philippines-gaps", "ecowas-story"])
def test_axe_finds_no_serious_or_critical_violation_on_the_example_maps(
    driver: Any, example_maps: list[Path], index: int
) -> None:
    open_map(driver, example_maps[index])
    driver.set_script_timeout(60)
    driver.execute_script(AXE.read_text(encoding="utf-8") + "\n;return typeof axe;")
    violations = driver.execute_async_script(_RUN_AXE)
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == []


_FOCUS = """
var el = document.activeElement, s = getComputedStyle(el);
var bg = null;
for (var n = el.parentElement; n && !bg; n = n.parentElement) {
  var c = getComputedStyle(n).backgroundColor;
  if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; }
}
return [el.tagName + '#' + el.id + '.' + el.className, s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor,
        bg || 'rgb(255, 255, 255)'];
"""


def css_hex(rgb: str) -> str:
    parts = [int(float(p)) for p in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    return "#" + "".join(f"{p:02x}" for p in parts)


@needs_browser
@pytest.mark.browser
def test_every_keyboard_stop_shows_a_2px_outline_at_3_to_1(driver: Any, example_maps: list[Path]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    open_map(driver, example_maps[3])  # the story map: search, story, toolbar, slider, filters, map
    driver.find_element("id", "gg-search").click()  # the first stop; from there on, Tab
    seen = []
    for _ in range(80):
        where, style, width, colour, background = driver.execute_script(_FOCUS)
        if where.startswith("BODY"):  # past the last stop, the focus leaves the page
            break
        seen.append(where)
        assert style != "none" and width >= 2, where
        assert contrast(css_hex(colour), css_hex(background)) >= 3.0, (where, colour, background)
        ActionChains(driver).send_keys(Keys.TAB).perform()
    assert len(seen) > 20
    assert any("gg-year" in w for w in seen) and any("gg-story-next" in w for w in seen)


@needs_browser
@pytest.mark.browser
def test_axe_does_report_a_planted_violation(driver: Any, example_maps: list[Path]) -> None:
    """The check above can fail: faint text added to the panel is reported as a serious contrast violation."""
    open_map(driver, example_maps[0])
    driver.set_script_timeout(60)
    driver.execute_script(AXE.read_text(encoding="utf-8") + "\n;return typeof axe;")
    driver.execute_script(
        "var p = document.createElement('p'); p.style.color = '#cccccc'; p.textContent = 'faint';"
        "document.getElementById('gg-panel').appendChild(p);"
    )
    found = {(v["id"], v["impact"]) for v in driver.execute_async_script(_RUN_AXE)}
    assert ("color-contrast", "serious") in found
