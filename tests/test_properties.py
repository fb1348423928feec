"""Property-based robustness (hypothesis): whatever the data or the arguments, govgraph works or fails cleanly.

Two generators: random mutations of a valid dataset (delete a key, change a
value's type, insert garbage, duplicate an entry, truncate the file at a random
byte, swap ids), each run through a random command; and random command lines
(random ACTOR names, dates, rule names, formats, relation types, output file
names) over a valid dataset. Every run must end with exit 0, or exit 1/2 with
one ``Error:`` line; never a traceback, never an exception other than
SystemExit, never an output or temporary file left by a failing run.

The number of cases that ran is printed at the end of the module and checked
by the last test. ``derandomize=True`` makes the runs the same on every machine.
"""

from __future__ import annotations

import contextlib
import copy
import os
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govgraph.cli import main
from govgraph.gaps import RULES
from govgraph.vocab import ACTOR_KINDS, INSTRUMENT_KINDS, LEVELS, RELATION_TYPES

from .conftest import TINY_WORLD

#: examples per property; together they keep this module near 30 s
DATA_EXAMPLES = 400
ARGS_EXAMPLES = 400

CASES: Counter[str] = Counter()
EXITS: Counter[int] = Counter()
COMMON = settings(
    max_examples=DATA_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module", autouse=True)
def _report_cases(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or not CASES:
        return
    kinds = ", ".join(f"{name} {n}" for name, n in sorted(CASES.items()))
    exits = ", ".join(f"exit {code}: {n}" for code, n in sorted(EXITS.items()))
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        reporter.write_line(
            f"\nhypothesis: {sum(CASES.values())} cases ran in {Path(__file__).name} ({exits}); {kinds}"
        )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder for the examples, with the graph cache off (hundreds of worlds would fill it)."""
    # pyvis imports IPython, which raises the recursion limit; hypothesis warns (an error here) when
    # that happens inside an example, so import it before the first one
    with contextlib.suppress(ImportError):
        import pyvis.network  # noqa: F401
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GOVGRAPH_CACHE_DIR", "0")
        yield tmp_path_factory.mktemp("props")


@pytest.fixture(scope="module")
def valid_data(workdir: Path) -> Path:
    folder = workdir / "valid"
    folder.mkdir()
    (folder / "world.yaml").write_text(TINY_WORLD, encoding="utf-8")
    return folder


def check_clean(result: Any, what: str, out_dir: Path | None = None) -> None:
    """Exit 0, or exit 1/2 with one Error line; no traceback, no stray exception, nothing left by a failure."""
    CASES[what] += 1
    EXITS[result.exit_code] += 1
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        pytest.fail(f"an exception escaped the CLI:\n{tb}\noutput:\n{result.output}")
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code != 0:
        errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1, result.output
        if out_dir is not None:
            assert sorted(os.listdir(out_dir)) == [], f"a failing run left files:\n{result.output}"


# -- mutations of a valid dataset ----------------------------------------------------------------
BASE = yaml.safe_load(TINY_WORLD)
IDS = ["SEN", "MLI", "ecowas", "oau", "refugee-convention-1951", "ecowas-members", "untc-v2"]
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from([*IDS, "2024-01-01", "1999", "2999-12-31", "2024-02-30", "http://x", "member_of", "state"]),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)
GARBAGE = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "\t",
            ":",
            "- ",
            "{",
            "}",
            "[",
            "]",
            '"',
            "'",
            "&a ",
            "*a",
            "!!python/object ",
            "\x00",
            "\ufeff",
            "\x1b[31m",
            "%YAML 1.1\n",
            "---\n",
            "? ",
            "|\n",
            "<<: *a\n",
            "\r",
        ]
    ),
)


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value in the document (mapping keys and list indexes)."""
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += places(value, (*path, i))
    return found


def parent_of(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        doc = doc[part]
    return doc


def mutate(data: st.DataObject) -> tuple[str, bytes]:
    """One random mutation of the tiny world; returns its name and the file's bytes."""
    doc = copy.deepcopy(BASE)
    kind = data.draw(
        st.sampled_from(["delete-key", "change-type", "duplicate-entry", "swap-ids", "garbage", "truncate", "bytes"]),
        label="mutation",
    )
    if kind in ("delete-key", "change-type"):
        path = data.draw(st.sampled_from(places(doc)), label="path")
        parent = parent_of(doc, path)
        if kind == "delete-key":
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(ANY_VALUE, label="value")
    elif kind == "duplicate-entry":
        section = data.draw(st.sampled_from(["actors", "instruments", "relations"]), label="section")
        entry = data.draw(st.sampled_from(doc[section]), label="entry")
        doc[section].append(copy.deepcopy(entry))
    elif kind == "swap-ids":
        refs = [p for p in places(doc) if isinstance(parent_of(doc, p)[p[-1]], str) and parent_of(doc, p)[p[-1]] in IDS]
        a, b = data.draw(st.lists(st.sampled_from(refs), min_size=2, max_size=2, unique=True), label="refs")
        pa, pb = parent_of(doc, a), parent_of(doc, b)
        pa[a[-1]], pb[b[-1]] = pb[b[-1]], pa[a[-1]]
    if kind in ("garbage", "truncate", "bytes"):
        raw = TINY_WORLD.encode("utf-8")
        at = data.draw(st.integers(min_value=0, max_value=len(raw)), label="offset")
        if kind == "truncate":
            return kind, raw[:at]
        if kind == "bytes":
            junk = data.draw(st.binary(min_size=1, max_size=8), label="bytes")
            return kind, raw[:at] + junk + raw[at:]
        return kind, raw[:at] + data.draw(GARBAGE, label="garbage").encode("utf-8", "surrogatepass") + raw[at:]
    return kind, yaml.safe_dump(doc, allow_unicode=True, sort_keys=False).encode("utf-8")


DATA_COMMANDS = [
    ["validate"],
    ["validate", "--json"],
    ["show", "SEN"],
    ["show", "ecowas", "--sources"],
    ["gaps", "SEN", "--explain"],
    ["gaps", "--all", "-f", "csv", "-o", "{out}/gaps.csv"],
    ["path", "SEN", "MLI"],
    ["list"],
    ["export", "-f", "json", "-o", "{out}/world.json"],
    ["export", "-f", "csv", "-o", "{out}/world.csv"],
    ["export", "-f", "graphml", "-o", "{out}/world.graphml"],
]


@COMMON
@given(data=st.data())
def test_mutated_data_works_or_fails_cleanly(workdir: Path, data: st.DataObject) -> None:
    kind, raw = mutate(data)
    command = data.draw(st.sampled_from(DATA_COMMANDS), label="command")
    case = Path(tempfile.mkdtemp(dir=workdir))
    (case / "data").mkdir()
    (case / "out").mkdir()
    (case / "data" / "world.yaml").write_bytes(raw)
    args = [a.replace("{out}", str(case / "out")) for a in command]
    result = CliRunner().invoke(main, [*args, "--data", str(case / "data"), "--no-bundled"])
    check_clean(result, f"data:{kind}", case / "out")
    if result.exit_code == 0 and "-o" in args:
        assert os.listdir(case / "out"), "a successful export wrote nothing"
        assert not [n for n in os.listdir(case / "out") if n.endswith(".tmp")]


# -- random command lines ------------------------------------------------------------------------
#: what a shell can pass: any text but NUL (argv cannot hold it) and lone surrogates
ARG_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=20)
FILE_NAME = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00/"), max_size=20)


def pick(valid: list[str]) -> st.SearchStrategy[str]:
    """Mostly valid values (so commands get past the first check), often random text."""
    choice = st.sampled_from(valid)
    return st.integers(min_value=0, max_value=3).flatmap(lambda i: ARG_TEXT if i == 0 else choice)


ACTOR = pick(["SEN", "Senegal", "MLI", "ECOWAS", "oau", "refugee-convention-1951", "sen", "Mali"])
DATE = pick(["2024-06-01", "1990", "1960-01", "2025-02", "1800", "2999-01-01", "2024-02-29", "2023-02-29"])
RULE = pick(list(RULES))
FORMAT = pick(["json", "csv", "graphml", "gexf", "parquet"])
RELATION = pick(list(RELATION_TYPES))
KIND = pick([*ACTOR_KINDS, *INSTRUMENT_KINDS, "instrument"])
LEVEL = pick(list(LEVELS))
BINDING = pick(["any", "binding", "non-binding"])
STEP = pick(["1y", "5y", "6m", "10y"])
PARAM = pick(["min_stock=1000", "min_share=0.5", "anchors=iom,gfmd", "min_share=x", "nope=1", "min_stock="])


def line(*parts: str | st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """A command line: fixed words and drawn values."""
    return st.tuples(*(st.just(p) if isinstance(p, str) else p for p in parts)).map(list)


# one template is chosen first, then only its values are drawn (so no example repeats another)
COMMAND_LINES = st.one_of(
    line("show", ACTOR, "--as-of", DATE),
    line("show", ACTOR, "--json"),
    line("gaps", ACTOR, "--rule", RULE, "--as-of", DATE),
    line("gaps", ACTOR, "--param", PARAM, "--via", pick(["any", "direct", "forum"])),
    line("gaps", "--all", "--rule", RULE, "-f", FORMAT, "-o", FILE_NAME),
    line("path", ACTOR, ACTOR, "--relation", RELATION),
    line("path", ACTOR, ACTOR, "--exclude", ACTOR),
    line("list", "--kind", KIND, "--level", LEVEL),
    line("export", "-f", FORMAT, "-o", FILE_NAME, "--as-of", DATE),
    line("metrics", "-f", FORMAT, "--relation", RELATION, "--binding", BINDING),
    line("metrics", "--summary", "-f", FORMAT, "-o", FILE_NAME),
    line("map", "--focus", ACTOR, "--kind", KIND, "--level", LEVEL, "-o", FILE_NAME),
    line("timeline", "--from", DATE, "--to", DATE, "--step", STEP, "-o", FILE_NAME),
    line("validate", "--as-of", DATE),
    line(ARG_TEXT, ARG_TEXT),
)


@settings(COMMON, max_examples=ARGS_EXAMPLES)
@given(args=COMMAND_LINES)
def test_random_command_lines_work_or_fail_cleanly(workdir: Path, valid_data: Path, args: list[str]) -> None:
    case = Path(tempfile.mkdtemp(dir=workdir))
    cwd = os.getcwd()
    os.chdir(case)
    try:
        result = CliRunner().invoke(main, [*args, "--data", str(valid_data), "--no-bundled"])
    finally:
        os.chdir(cwd)
    check_clean(result, f"args:{args[0] if args[0] in main.commands else 'random'}", case)


def test_the_properties_ran_every_case() -> None:
    """Runs last in this module: the counts the summary line prints."""
    data = sum(n for k, n in CASES.items() if k.startswith("data:"))
    args = sum(n for k, n in CASES.items() if k.startswith("args:"))
    if data == 0 and args == 0:
        pytest.skip("the property tests were not selected")
    assert data >= DATA_EXAMPLES and args >= ARGS_EXAMPLES, CASES
