"""The Python API, as a notebook uses it: lazy names that stay what they are, dates as text or date objects."""

from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import govgraph as gg
from govgraph.errors import UsageError

PACKAGE = Path(gg.__file__).parent


@pytest.mark.parametrize("name", sorted(gg._EXPORTS))
def test_no_lazy_name_is_also_a_submodule(name):
    # importing a submodule sets the package attribute of its name: a lazy name must not share it
    assert not (PACKAGE / f"{name}.py").exists() and not (PACKAGE / name).is_dir()


def test_graph_is_callable_however_often_it_is_used(tiny_world):
    first = gg.graph(tiny_world, as_of="2024-06-01")
    importlib.import_module("govgraph.temporal")  # what a later cell, or the library itself, may import
    second = gg.graph(tiny_world, as_of="2024-06-01")
    assert callable(gg.graph) and sorted(first.edges(keys=True)) == sorted(second.edges(keys=True))


def test_every_lazy_name_resolves_to_the_same_object_twice():
    for name in gg._EXPORTS:
        assert getattr(gg, name) is getattr(gg, name)


def test_as_of_takes_a_date_object_as_well_as_text(tiny_world):
    as_text = gg.graph(tiny_world, as_of="2025-06-01")
    as_date = gg.graph(tiny_world, as_of=dt.date(2025, 6, 1))
    assert as_date.graph["as_of"] == "2025-06-01"
    assert sorted(as_text.edges(keys=True)) == sorted(as_date.edges(keys=True))
    # Mali left ECOWAS on 2025-01-29: its membership is out on that day, in on the day before
    T = gg.build_graph(tiny_world)
    assert T is not None and gg.as_of(T, dt.date(2025, 1, 28)).has_edge("MLI", "ecowas")
    after = gg.as_of(T, dt.date(2025, 1, 29)).get_edge_data("MLI", "ecowas") or {}
    assert not any(d["type"] == "member_of" for d in after.values())


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "", 3.5, True])
def test_a_bad_as_of_is_a_usage_error_naming_the_argument(tiny_world, bad):
    with pytest.raises(UsageError, match="as_of"):
        gg.graph(tiny_world, as_of=bad)
    with pytest.raises(UsageError, match="as_of"):
        gg.as_of(gg.build_graph(tiny_world), bad)


def test_a_fresh_interpreter_calls_graph_twice():
    code = "import govgraph as gg; w = gg.load_world(); gg.graph(w); gg.graph(w); print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_the_everyday_path_stays_light():
    # `govgraph gaps PHL` reads a cached graph: the pydantic model and pandas stay unimported (start-up time)
    code = (
        "import sys, govgraph.temporal, govgraph.gaps, govgraph.cli.gaps_cmds;"
        "print(sorted(m for m in ('govgraph.models', 'pandas', 'govgraph.scorecard') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
