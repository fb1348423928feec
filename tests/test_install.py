"""A plain `pip install .` in a fresh virtualenv gives every command of the README, from any directory."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LOCK = REPO / "requirements.lock"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (REPO / "pyproject.toml").exists(), reason="needs the source tree"),
]


@pytest.fixture(scope="module")
def fresh_install(tmp_path_factory) -> Path:
    """A new virtualenv with only `pip install <repo>` (no extras), versions from the lock."""
    env_dir = tmp_path_factory.mktemp("fresh-venv")
    venv.EnvBuilder(with_pip=True).create(env_dir)
    pip = [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", "-c", str(LOCK), str(REPO)]
    done = subprocess.run(pip, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return env_dir / "bin"


def run(bin_dir: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, env=env)


def test_no_test_or_benchmark_tool_comes_with_a_plain_install(fresh_install):
    listed = run(fresh_install, [str(fresh_install / "python"), "-m", "pip", "list", "--format=freeze"], Path("/"))
    names = {line.split("==")[0].lower() for line in listed.stdout.split()}
    assert {"pyvis", "neo4j", "numpy", "scipy", "pandas", "pyarrow", "matplotlib"} <= names
    assert not names & {"pytest", "hypothesis", "selenium", "arcadedb-embedded", "igraph", "pycountry"}


def test_every_readme_command_works_after_a_plain_install(fresh_install, tmp_path):
    gg = str(fresh_install / "govgraph")
    commands = [
        ["map", "--focus", "PHL", "--gaps", "-o", "x.html"],
        ["metrics", "-f", "csv", "-o", "m.csv"],
        ["metrics", "--summary", "-f", "csv", "-o", "s.csv"],
        ["timeline", "--from", "2000", "--to", "2020", "-o", "t.csv"],
        ["export", "-f", "cypher", "-o", "g.cypher"],
        ["neo4j", "push", "--help"],
    ]
    for args in commands:
        done = run(fresh_install, [gg, *args], tmp_path)
        assert done.returncode == 0, (args, done.stderr[-2000:])
        assert "Traceback" not in done.stderr
    assert "<html" in (tmp_path / "x.html").read_text(encoding="utf-8")[:2000].lower()
    with (tmp_path / "m.csv").open(encoding="utf-8") as f:
        assert any(row["id"] == "PHL" for row in csv.DictReader(f))
    assert (tmp_path / "t.csv").stat().st_size > 0 and (tmp_path / "g.cypher").stat().st_size > 0


def test_the_api_graph_twice_in_a_fresh_install(fresh_install, tmp_path):
    code = "import govgraph as gg; w = gg.load_world(); gg.graph(w); gg.graph(w); print('ok')"
    done = run(fresh_install, [str(fresh_install / "python"), "-c", code], tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_the_lock_pins_every_dependency_and_the_package_keeps_ranges():
    pins = [line for line in LOCK.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert pins and all("==" in line for line in pins)
    assert "pyyaml==" in LOCK.read_text(encoding="utf-8").lower()
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    deps = text[text.index("dependencies = [") : text.index("[project.optional-dependencies]")]
    assert "==" not in deps and deps.count("<") >= 10  # bounded ranges, not pins
    assert sys.version_info >= (3, 11)
