"""No builder under tools/data/ holds a hand-typed fact (issue 13).

The facts behind data/actors/states.yaml, data/actors/instruments_global.yaml and
tests/fixtures/seed_entities.yaml live in the curated tables data/curated/states/,
data/curated/global/ and data/curated/seeds/ (one row per fact, with its sources); the
builders only transform those tables and the raw extracts in data/sources/. These tests
read every string literal of the three builders (docstrings, comments excluded: a comment
is not a literal, but a docstring is) and fail if one of them carries a fact: an ISO 3166
alpha-3 code of a state, a date, a seed document's file name, or the id of an entity or
instrument the tables define. Before issue 13 each of these checks failed (e.g.
build_states.py held UN_ADMISSION = {"ARG": "1945-10-24", ...}, build_instruments_global.py
the instrument "gcm" adopted "2018-12-19", build_seed_entities.py ENTRIES = [("BFA", ...)]).
"""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
TOOLS = REPO / "tools" / "data"
CURATED = REPO / "data" / "curated"

#: builder -> the curated folder it reads
BUILDERS = {
    "build_states.py": "states",
    "build_instruments_global.py": "global",
    "build_seed_entities.py": "seeds",
}

DATE = re.compile(r"(?<![\d.])(1[89]|20)\d{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?(?!\d)")
SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
WORD = re.compile(r"\b[A-Z]{3}\b")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant in the file (f-string parts and docstrings included), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


@pytest.fixture(scope="module")
def state_codes() -> set[str]:
    """The ISO3 ids of the states in data/actors/states.yaml (193 UN members, VAT, PSE)."""
    data = yaml.safe_load((REPO / "data" / "actors" / "states.yaml").read_text(encoding="utf-8"))
    codes = {a["id"] for a in data["actors"] if a["kind"] == "state"}
    assert len(codes) == 195
    return codes


@pytest.fixture(scope="module")
def curated_ids() -> set[str]:
    """Ids of the entities and instruments the curated tables of these builders define."""
    ids = {r["id"] for r in _rows(CURATED / "seeds" / "entities.csv")}
    ids |= {r["id"] for r in _rows(CURATED / "global" / "instruments.csv")}
    assert {"gcm", "gcr", "iom", "un"} <= ids
    return ids


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_builder_holds_no_iso3_code(builder, state_codes):
    """No string literal of the builder names a state by its ISO3 code: state-level facts are table rows."""
    hits = [
        (line, code)
        for line, text in _string_literals(TOOLS / builder)
        for code in WORD.findall(text)
        if code in state_codes
    ]
    assert hits == [], f"{builder}: ISO3 codes in literals (line, code): {hits}"


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_builder_holds_no_date(builder):
    """No string literal of the builder holds a date (YYYY-MM or YYYY-MM-DD): dates are table cells."""
    hits = [(line, m.group(0)) for line, text in _string_literals(TOOLS / builder) for m in DATE.finditer(text)]
    assert hits == [], f"{builder}: dates in literals (line, date): {hits}"


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_builder_holds_no_curated_id_or_seed_file(builder, curated_ids):
    """No string literal is the id of a curated entity/instrument or a seed file name (those are table keys)."""
    hits = [
        (line, text)
        for line, text in _string_literals(TOOLS / builder)
        if text in curated_ids or SEED_FILE.search(text)
    ]
    assert hits == [], f"{builder}: curated ids or seed file names in literals (line, text): {hits}"


@pytest.mark.parametrize("builder, family", sorted(BUILDERS.items()))
def test_builder_reads_its_curated_tables(builder, family):
    """Each builder reads its family's tables through tools/data/tables.py, and each table says who reads it."""
    source = (TOOLS / builder).read_text(encoding="utf-8")
    assert "from tables import" in source
    assert f'CURATED / "{family}"' in source
    folder = CURATED / family
    assert (folder / "README.md").exists()
    assert (folder / "sources.csv").exists()
    for table in sorted(folder.glob("*.csv")):
        first = table.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), f"{table.name}: no header comment"
        header = [line for line in table.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any(builder in line for line in header), f"{table.name}: the header does not name {builder}"


def test_sources_column_keys_are_defined():
    """Every key in a `sources` (or, for seeds, `seed`) column is defined in that folder's sources.csv."""
    for family in sorted(set(BUILDERS.values())):
        folder = CURATED / family
        keys = {r["key"] for r in _rows(folder / "sources.csv")}
        for table in sorted(folder.glob("*.csv")):
            if table.name == "sources.csv":
                continue
            for row in _rows(table):
                for column in ("sources", "seed"):
                    for key in (row.get(column) or "").split():
                        assert key in keys, f"{family}/{table.name}: unknown source key {key!r}"
