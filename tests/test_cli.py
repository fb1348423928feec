"""The command line: every command documented, real answers on the bundled data, clean failures.

Tests run in-process through click's runner, and through the installed
console script in a subprocess from another directory (as a user runs it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from govgraph.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def all_commands(group=main, prefix=""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if hasattr(command, "commands"):
            yield from all_commands(command, prefix=f"{prefix}{name} ")


@pytest.mark.parametrize(("name", "command"), list(all_commands()), ids=lambda x: x if isinstance(x, str) else "")
def test_every_command_has_help_with_an_example(name, command):
    assert command.help and "Example" in command.help, f"`govgraph {name}` needs help text with an example"


@pytest.mark.parametrize("name", [n for n, _ in all_commands()])
def test_every_command_is_in_the_readme(name):
    assert f"govgraph {name}" in README.read_text(encoding="utf-8")


def test_validate_reports_counts(runner):
    result = runner.invoke(main, ["validate", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["actors_by_kind"]["state"] == 195
    assert summary["facts_checked"] + summary["facts_unchecked"] == summary["facts"]
    assert summary["relations_by_type"]["member_of"] > 500


def test_show_a_state_by_iso3(runner):
    result = runner.invoke(main, ["show", "PHL"])
    assert result.exit_code == 0, result.output
    assert "Philippines [PHL]" in result.output
    assert "International Convention on the Protection of the Rights of All Migrant Workers" in result.output


def test_show_a_forum_by_name_case_insensitive(runner):
    result = runner.invoke(main, ["show", "bali process"])
    assert result.exit_code == 0, result.output
    assert "[bali-process]" in result.output and "member_of (by)" in result.output


def test_show_ecowas_as_of_a_date_lists_its_members_then(runner):
    result = runner.invoke(main, ["show", "ECOWAS", "--as-of", "2024-06-01", "--json"])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.output)
    members = {
        t["counterpart"] for t in profile["groups"]["membership"] if t["type"] == "member_of" and not t["outgoing"]
    }
    assert {"MLI", "BFA", "NER", "SEN"} <= members and len(members) == 15


def test_unknown_actor_is_one_line_with_suggestions_and_no_traceback(runner):
    result = runner.invoke(main, ["show", "Atlantis"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "unknown actor or instrument 'Atlantis'" in result.output
    assert "Traceback" not in result.output
    typo = runner.invoke(main, ["show", "Philipines"])
    assert typo.exit_code == 1 and "did you mean PHL (Philippines)" in typo.output


@pytest.mark.parametrize("args", [["show", "PHL", "--as-of", "2024-13-01"], ["gaps", "PHL", "--as-of", "yesterday"]])
def test_malformed_date_is_one_clear_line(runner, args):
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and result.output.startswith("Error: --as-of:")


def test_list_filters_by_kind_and_level(runner):
    result = runner.invoke(main, ["list", "--kind", "rcp", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows and all(r["kind"] == "rcp" for r in rows)
    bad = runner.invoke(main, ["list", "--level", "galactic"])
    assert bad.exit_code == 1 and "unknown level 'galactic'" in bad.output


def test_export_json_round_trips_with_the_counts_validate_reports(runner, tmp_path):
    out = tmp_path / "world.json"
    result = runner.invoke(main, ["export", "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    G = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    summary = json.loads(runner.invoke(main, ["validate", "--json"]).output)
    assert (G.number_of_nodes(), G.number_of_edges()) == (summary["graph_nodes"], summary["graph_edges"])
    edge = next(iter(G.edges(data=True)))[2]
    assert edge["sources"] and "checked" in edge["sources"][0]


def test_gaps_prints_reasons_and_explains_with_sources(runner):
    result = runner.invoke(main, ["gaps", "MLI", "--as-of", "2025-06-01", "--explain"])
    assert result.exit_code == 0, result.output
    assert "forum-gap" in result.output and "withdrew" in result.output and "https://" in result.output


def test_gaps_json_every_gap_has_evidence(runner):
    result = runner.invoke(main, ["gaps", "LBN", "--json"])
    report = json.loads(result.output)
    assert report["gaps"] and all(g["expected_because"] for g in report["gaps"])


def test_gaps_as_of_changes_the_answer(runner):
    def exits(date):
        out = runner.invoke(main, ["gaps", "BFA", "--rule", "rejection-gap", "--as-of", date, "--json"]).output
        return {g["counterpart"] for g in json.loads(out)["gaps"]}

    assert "ecowas" not in exits("2024-06-01")
    assert "ecowas" in exits("2025-06-01")  # Burkina Faso left ECOWAS on 2025-01-29


def test_gaps_all_writes_csv_atomically(runner, tmp_path):
    out = tmp_path / "gaps.csv"
    result = runner.invoke(main, ["gaps", "--all", "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("rule,subject,subject_name,counterpart")
    assert len(lines) > 100
    assert [p.name for p in tmp_path.iterdir()] == ["gaps.csv"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["gaps", "PHL", "--rule", "nope"], "unknown rule 'nope'"),
        (["gaps", "PHL", "--via", "telepathy"], "--via: unknown value"),
        (["gaps", "Atlantis"], "unknown actor or instrument"),
        (["gaps", "PHL", "--param", "min_stock=lots"], "--param: min_stock needs a int"),
        (["export", "-f", "pdf", "-o", "x.pdf"], "unknown format 'pdf'"),
    ],
)
def test_bad_arguments_fail_with_one_clear_line(runner, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_leaves_nothing(runner, tmp_path):
    result = runner.invoke(main, ["gaps", "--all", "-o", str(tmp_path / "missing" / "gaps.csv")])
    assert result.exit_code == 1 and "does not exist" in result.output


def test_path_lists_channels_with_binding_and_direction(runner):
    result = runner.invoke(main, ["path", "PHL", "ARE"])
    assert result.exit_code == 0, result.output
    assert "Abu Dhabi Dialogue" in result.output and "non-binding" in result.output


def test_extra_data_folder_is_layered_over_the_bundled_data(runner, make_world):
    extra = make_world(
        {
            "mine.yaml": """\
        actors:
          - id: city-cebu
            kind: city
            name: Cebu City
            country: PHL
            sources: [{title: Cebu City, url: "https://www.cebucity.gov.ph/", as_of: 2024-01-01, checked: false}]
        """
        }
    )
    result = runner.invoke(main, ["show", "Cebu City", "--data", str(extra)])
    assert result.exit_code == 0, result.output
    assert "level: local" in result.output and "country: PHL" in result.output


def test_bad_data_folder_reports_file_and_line(runner, make_world):
    bad = make_world({"bad.yaml": "actors:\n  - {id: X, kind: planet, name: X, sources: [s]}\n"})
    result = runner.invoke(main, ["validate", "--data", str(bad), "--no-bundled"])
    assert result.exit_code == 1
    assert "bad.yaml:2" in result.output and "field 'kind'" in result.output


# -- the installed console script, as a user runs it -------------------------------------------
def installed_govgraph() -> str | None:
    candidate = Path(sys.executable).parent / "govgraph"
    return str(candidate) if candidate.exists() else shutil.which("govgraph")


requires_install = pytest.mark.skipif(
    installed_govgraph() is None and not os.environ.get("CI"),
    reason="the console script is installed by `make test` (pip install .); CI always runs these",
)


def run_installed(args, cwd, env=None):
    exe = installed_govgraph()
    assert exe, "the govgraph console script is not installed (run `make test`)"
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


@requires_install
def test_installed_script_works_from_another_directory(tmp_path):
    result = run_installed(["validate"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "195" in result.stdout or "state 195" in result.stdout
    result = run_installed(["show", "ECOWAS", "--as-of", "2024-06-01"], cwd=tmp_path)
    assert result.returncode == 0 and "Economic Community of West African States" in result.stdout


@requires_install
def test_installed_script_fails_cleanly(tmp_path):
    result = run_installed(["show", "Atlantis"], cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: unknown actor or instrument 'Atlantis'"
    assert result.stdout == ""


@requires_install
def test_installed_package_ships_its_data_and_no_top_level_cli_module(tmp_path):
    python = Path(installed_govgraph()).parent / "python"
    code = (
        "import importlib.util, govgraph, govgraph.resources as r;"
        "print(importlib.util.find_spec('cli') is None, r.bundled_data_dir().is_dir(), r.cypher_dir().is_dir())"
    )
    result = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True", "True", "True"], result.stderr


def test_a_missing_package_is_one_line_naming_it(runner, monkeypatch):
    # a broken environment (pandas uninstalled by hand): the command says what is missing, no traceback
    monkeypatch.setitem(sys.modules, "pandas", None)
    result = runner.invoke(main, ["metrics", "--summary", "-f", "csv"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: govgraph needs the Python package 'pandas', which is not installed here: "
        "pip install govgraph (or pip install pandas)"
    )
