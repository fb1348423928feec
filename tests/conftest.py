"""Shared fixtures: a tiny valid world written to a tmp folder, the bundled world, and a CLI runner."""

from __future__ import annotations

import importlib.util
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from govgraph.loader import load_world
from govgraph.temporal import build_graph
from govgraph.world import World

FIXTURES = Path(__file__).parent / "fixtures"

#: A few real facts, enough to exercise loading, derivation and as-of.
TINY_WORLD = """\
sources:
  ecowas-members:
    title: ECOWAS, Member States
    url: https://www.ecowas.int/member-states/
    as_of: 2024-06-01
    checked: false
  untc-v2:
    title: UN Treaty Collection, V.2 Convention relating to the Status of Refugees
    url: https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=V-2&chapter=5
    as_of: 2024-06-01
    checked: false
actors:
  - {id: SEN, kind: state, name: Senegal, iso2: SN, borders: [MLI], subregion: Western Africa, sources: [ecowas-members]}
  - {id: MLI, kind: state, name: Mali, iso2: ML, borders: [SEN], subregion: Western Africa, sources: [ecowas-members]}
  - id: ecowas
    kind: rec
    name: Economic Community of West African States
    acronym: ECOWAS
    founded: 1975-05-28
    sources: [ecowas-members]
  - {id: oau, kind: rec, name: Organization of African Unity, acronym: OAU, founded: 1963-05-25, dissolved: 2002-07-09, membership_recorded: false, sources: [ecowas-members]}
instruments:
  - id: refugee-convention-1951
    name: Convention relating to the Status of Refugees
    kind: convention
    scope: global
    adopted: 1951-07-28
    policy_areas: [refugees]
    sources: [untc-v2]
relations:
  - {source: SEN, target: ecowas, type: member_of, since: 1975-05-28, sources: [ecowas-members]}
  - {source: MLI, target: ecowas, type: member_of, since: 1975-05-28, until: 2025-01-29, sources: [ecowas-members]}
  - {source: MLI, target: ecowas, type: withdrew_from, since: 2025-01-29, sources: [ecowas-members]}
  - {source: SEN, target: refugee-convention-1951, type: party_to, since: 1963-09-02, sources: [untc-v2]}
  - {source: SEN, target: MLI, type: coordinates_with, binding: true, direction: vertical, sources: [ecowas-members]}
"""


def write_world(folder: Path, files: dict[str, str]) -> Path:
    """Write YAML files (name -> text) into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    return write_world(tmp_path / "tiny", {"world.yaml": TINY_WORLD})


@pytest.fixture
def tiny_world(tiny_dir: Path) -> World:
    return load_world([tiny_dir], bundled=False)


@pytest.fixture(scope="session")
def real_world() -> World:
    return load_world()


@pytest.fixture(scope="session")
def real_graph(real_world: World):
    return build_graph(real_world)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def make_world(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write a world from file texts into a fresh tmp folder."""
    counter = iter(range(10**6))

    def make(files: dict[str, str]) -> Path:
        return write_world(tmp_path / f"w{next(counter)}", files)

    return make


@pytest.fixture(scope="session")
def example_maps(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The example maps of the README, as visualizations/make_examples.py writes them (once per run)."""
    script = Path(__file__).resolve().parent.parent / "visualizations" / "make_examples.py"
    spec = importlib.util.spec_from_file_location("make_examples", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [path for path, _ in module.write_examples(tmp_path_factory.mktemp("examples"))]
