"""Story steps for presenting (`govgraph map --story STEPS.yaml`): the file's checks, and the shipped stories
stepped through in headless Chromium; full screen, "save PNG" and the print stylesheet."""

from __future__ import annotations

import base64
import json
import os
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govgraph.cli import main

from .browser_support import browser_available, chromium, open_map, write_world

STORIES = sorted((Path(__file__).resolve().parent.parent / "visualizations" / "stories").glob("*.yaml"))

needs_browser = pytest.mark.skipif(
    not browser_available() and not os.environ.get("CI"),
    reason="needs selenium and Debian chromium + chromium-driver (CI always runs these)",
)


def run(args: list[str]) -> Any:
    return CliRunner().invoke(main, args, catch_exceptions=False)


def page_data(page: Path) -> dict[str, Any]:
    text = page.read_text(encoding="utf-8")
    start = text.index('id="gg-data">') + len('id="gg-data">')
    return dict(json.loads(text[start : text.index("</script>", start)]))


@pytest.fixture(scope="module")
def world_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_world(tmp_path_factory.mktemp("story") / "world")


GOOD = """\
title: West Africa
map: {focus: ECOWAS, hierarchical: true}
steps:
  - caption: ECOWAS and its members.
    focus: ECOWAS
  - caption: Before Mali left.
    year: 2020
    selection: [Mali, SEN]
    filters:
      kind: [state, rec]
      binding: [binding]
"""


def story_map(world_dir: Path, tmp_path: Path, story: str, *extra: str) -> Any:
    steps = tmp_path / "steps.yaml"
    steps.write_text(textwrap.dedent(story), encoding="utf-8")
    out = tmp_path / "out" / "story.html"
    out.parent.mkdir(exist_ok=True)
    args = ["map", "--no-bundled", "--data", str(world_dir), "--as-of", "2024-06-01", "--story", str(steps)]
    return run([*args, *extra, "-o", str(out)]), out


def test_a_story_is_embedded_with_names_resolved_to_ids(world_dir: Path, tmp_path: Path) -> None:
    result, out = story_map(world_dir, tmp_path, GOOD)
    assert result.exit_code == 0, result.output
    data = page_data(out)
    assert data["title"] == "West Africa" and data["focus"] == "ecowas" and data["hierarchical"]
    assert data["story"] == {
        "title": "West Africa",
        "steps": [
            {"caption": "ECOWAS and its members.", "focus": "ecowas"},
            {
                "caption": "Before Mali left.",
                "selection": ["MLI", "SEN"],
                "filters": {"kind": ["state", "rec"], "binding": ["binding"]},
                "year": 2020,
            },
        ],
    }


def test_the_command_line_wins_over_the_story_map_options(world_dir: Path, tmp_path: Path) -> None:
    story = GOOD.replace("selection: [Mali, SEN]", "selection: [GHA, SEN]")  # both on the map of ECOWAS
    result, out = story_map(world_dir, tmp_path, story, "--focus", "ECOWAS", "--depth", "2", "--title", "Mine")
    assert result.exit_code == 0, result.output
    data = page_data(out)
    assert (data["focus"], data["title"], data["depth"]) == ("ecowas", "Mine", 2)


@pytest.mark.parametrize(
    ("story", "message"),
    [
        ("steps: []\n", "line 1, field 'steps': must be a non-empty list"),
        ("steps:\n  - focus: SEN\n", "line 2, step 1, field 'caption': missing or empty"),
        ("steps:\n  - caption: a\n  - caption: b\n    year: soon\n", "line 4, step 2, field 'year': must be a year"),
        ("steps:\n  - caption: a\n    colour: red\n", "line 3, step 1, field 'colour': unknown field"),
        ("steps:\n  - caption: a\n    focus: SEN\n    selection: [GHA]\n", "line 4, step 1, field 'selection': "),
        ("steps:\n  - caption: a\n    focus: Atlantis\n", "line 3, step 1, field 'focus': unknown actor"),
        ("steps:\n  - caption: a\n    selection: [SEN, GHA]\n", "step 1, field 'selection': 'GHA' (GHA) is not on"),
        (
            "steps:\n  - caption: a\n    filters:\n      kind: [state]\n      level: [galactic]\n",
            "line 5, step 1, field 'filters.level': 'galactic' is not a node level on this map",
        ),
        (
            "steps:\n  - caption: a\n    filters:\n      shape: [dot]\n",
            "line 4, step 1, field 'filters.shape': unknown",
        ),
        ("map: {depth: -1}\nsteps:\n  - caption: a\n", "line 1, field 'map.depth': must be a whole number"),
        ("steps:\n  - caption: a\n\tyear: 2000\n", "line 3, the file: invalid YAML"),
        ("titel: x\nsteps:\n  - caption: a\n", "line 1, field 'titel': unknown field"),
    ],
    ids=lambda v: v[:24] if isinstance(v, str) else v,
)
def test_bad_story_one_error_naming_file_line_step_and_field(
    world_dir: Path, tmp_path: Path, story: str, message: str
) -> None:
    # the map is the ego network of SEN
    result, out = story_map(world_dir, tmp_path, story, "--focus", "SEN")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: --story: {tmp_path / 'steps.yaml'}"), lines
    assert message in lines[0]
    assert not out.exists()  # nothing half-written


def test_missing_story_file(world_dir: Path, tmp_path: Path) -> None:
    result = run(["map", "--no-bundled", "--data", str(world_dir), "--story", str(tmp_path / "nope.yaml"), "-o", "x"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: --story: cannot read") and result.output.count("\n") == 1


def test_a_shipped_story_is_found_by_its_name(tmp_path: Path) -> None:
    page = tmp_path / "ecowas.html"
    result = run(["map", "--story", "ecowas-1975-2025", "-o", str(page)])  # from any folder, after pip install
    assert result.exit_code == 0, result.output
    assert len(page_data(page)["story"]["steps"]) == 8
    unknown = run(["map", "--story", "ecowas-2099", "-o", str(tmp_path / "x.html")])
    assert unknown.exit_code == 1 and "no shipped story of that name" in unknown.output
    assert "ecowas-1975-2025, philippines-labour-migration" in unknown.output
    assert not (tmp_path / "x.html").exists()


# -- in the browser -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium(1600, 900) as d:
        yield d


def severe(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


_SHOWN = """
var g = window.govgraph;
return {
  asOf: g.asOf(),
  nodes: g.nodesView.get().map(n => n.id),
  selected: g.network.getSelectedNodes(),
  caption: document.getElementById('gg-story-caption').textContent,
  count: document.getElementById('gg-story-count').textContent,
  filters: Array.from(document.querySelectorAll('.gg-filter')).reduce(function (acc, box) {
    acc[box.getAttribute('data-field')] = Array.from(box.querySelectorAll('input:checked')).map(i => i.value);
    return acc;
  }, {})
};
"""


@needs_browser
@pytest.mark.browser
@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.stem)
def test_shipped_story_steps_through_every_step(driver: Any, tmp_path: Path, story: Path) -> None:
    out = tmp_path / f"{story.stem}.html"
    result = run(["map", "--story", str(story), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out)
    steps = data["story"]["steps"]
    assert len(steps) >= 5
    open_map(driver, out)
    driver.get_log("browser")
    next_button = driver.find_element("id", "gg-story-next")
    for number, step in enumerate(steps, start=1):
        if number > 1:
            next_button.click()
        shown = driver.execute_script(_SHOWN)
        assert shown["caption"] == step["caption"]
        assert shown["count"] == f"Step {number} of {len(steps)}"
        year = step.get("year")
        assert shown["asOf"] == (f"{year}-01-01" if year else data["as_of"])
        for field, values in step.get("filters", {}).items():
            assert sorted(shown["filters"][field]) == sorted(values), (number, field)
        wanted = step.get("selection") or ([step["focus"]] if "focus" in step else [])
        present = [i for i in wanted if i in shown["nodes"]]
        assert present or not wanted, f"step {number}: none of {wanted} is on the map as of {shown['asOf']}"
        assert sorted(shown["selected"]) == sorted(present)
        assert severe(driver) == [], f"step {number}"
    assert next_button.get_attribute("disabled") == "true"
    driver.find_element("id", "gg-story-prev").click()  # going back shows the step before again
    assert driver.execute_script(_SHOWN)["caption"] == steps[-2]["caption"]
    assert severe(driver) == []


@needs_browser
@pytest.mark.browser
def test_full_screen_png_and_print(driver: Any, tmp_path: Path) -> None:
    story = STORIES[0]
    out = tmp_path / "present.html"
    assert run(["map", "--story", str(story), "-o", str(out)]).exit_code == 0
    open_map(driver, out)
    driver.get_log("browser")
    driver.find_element("css selector", "#gg-toolbar [data-action=fullscreen]").click()
    assert driver.execute_script("return document.fullscreenElement === document.documentElement")
    assert driver.execute_script("return getComputedStyle(document.getElementById('gg-panel')).display") == "none"
    driver.find_element("css selector", "#gg-toolbar [data-action=fullscreen]").click()
    assert driver.execute_script("return document.fullscreenElement") is None
    # "Save PNG" downloads the drawn map through an <a download> with a data: URL (no request)
    driver.execute_script(
        "window.__saved = null; HTMLAnchorElement.prototype.click = function () {"
        " window.__saved = [this.download, this.href]; };"
    )
    driver.find_element("css selector", "#gg-toolbar [data-action=png]").click()
    name, href = driver.execute_script("return window.__saved")
    assert name.endswith(".png") and name.startswith("ECOWAS")
    assert href.startswith("data:image/png;base64,")
    png = base64.b64decode(href.split(",", 1)[1])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000  # a drawn map, not a blank canvas
    # the print stylesheet hides the controls and keeps the map and the legend
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = driver.execute_script(
        "return ['gg-toolbar', 'gg-timebar', 'gg-filters', 'gg-search-box', 'gg-legend', 'gg-map']"
        ".map(id => getComputedStyle(document.getElementById(id)).display)"
    )
    assert hidden[:4] == ["none"] * 4 and "none" not in hidden[4:]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert severe(driver) == []


@needs_browser
@pytest.mark.browser
def test_hostile_story_text_stays_text(driver: Any, world_dir: Path, tmp_path: Path) -> None:
    from .browser_support import EVIL_NAME

    caption = EVIL_NAME + " \u202eexe.png"
    story = f"title: {json.dumps(EVIL_NAME)}\nsteps:\n  - caption: {json.dumps(caption)}\n    focus: SEN\n"
    result, out = story_map(world_dir, tmp_path, story, "--focus", "SEN")
    assert result.exit_code == 0, result.output
    open_map(driver, out)
    shown = driver.execute_script("return document.getElementById('gg-story-caption').textContent")
    assert shown == caption
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    assert driver.execute_script("return window.__pwned === undefined")
    # the PNG's file name keeps only letters, digits and dashes
    driver.execute_script(
        "HTMLAnchorElement.prototype.click = function () { window.__saved = this.download; };"
        "document.querySelector('#gg-toolbar [data-action=png]').click();"
    )
    saved = driver.execute_script("return window.__saved")
    assert re.fullmatch(r"img-src-x-onerror-window-pwned-1-script[A-Za-z0-9-]*\.png", saved), saved
    assert severe(driver) == []
