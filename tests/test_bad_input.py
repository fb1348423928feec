"""The catalogue of bad input, through the command line as a user meets it.

Every case ends in exactly one ``Error: ...`` message that names what it can
(file and line, entity, field, argument), a non-zero exit, no traceback, and
no output file: each data case runs ``govgraph export -o OUT`` and checks
that the output folder stays empty. The library-level messages are covered
by test_loader.py; this file checks what reaches the user.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from govgraph import loader, yamlio
from govgraph.cli import main

from .conftest import TINY_WORLD, write_world

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + b"\x00" * 64


@pytest.fixture(scope="module")
def module_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _private_cache(module_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A graph cache of this module's own (keyed by content, so sharing it between tests is safe)."""
    monkeypatch.setenv("GOVGRAPH_CACHE_DIR", str(module_cache))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def assert_clean_failure(result, *fragments: str, code: int = 1, out_dir: Path | None = None) -> str:
    """Exit ``code``, one ``Error:`` line, the fragments in the message, no traceback, no file written."""
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)  # nothing else escaped
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    for fragment in fragments:
        assert fragment in result.output, (fragment, result.output)
    if out_dir is not None:
        assert list(out_dir.iterdir()) == [], "an output file was left behind"
    return result.output


def export_with(runner, folder: Path, out_dir: Path, *extra: str):
    return runner.invoke(
        main, ["export", "-f", "json", "-o", str(out_dir / "world.json"), "--data", str(folder), "--no-bundled", *extra]
    )


def bad_world(tmp_path: Path, text: str | bytes, name: str = "bad.yaml") -> tuple[Path, Path]:
    """The tiny valid world plus one bad file; returns the folder and the bad file."""
    folder = write_world(tmp_path / "data", {"world.yaml": TINY_WORLD})
    bad = folder / name
    if isinstance(bad_text := text, bytes):
        bad.write_bytes(bad_text)
    else:
        bad.write_text(bad_text, encoding="utf-8")
    return folder, bad


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_the_valid_world_exports(runner, tmp_path, out_dir):
    folder = write_world(tmp_path / "data", {"world.yaml": TINY_WORLD})
    result = export_with(runner, folder, out_dir)
    assert result.exit_code == 0, result.output
    assert [p.name for p in out_dir.iterdir()] == ["world.json"]


# -- files that are not good YAML -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("actors:\n\t- id: X\n", 2, "cannot start any token (a tab: YAML indents with spaces)"),
        ("actors:\n  - id: X\n   kind: state\n", 3, "did not find expected '-' indicator"),
        ('actors:\n  - id: X\n    name: "Senegal\n    kind: state\n', 5, "found unexpected end of stream"),
        ("actors:\n  - {id: X, name: 'Mali}\n", 3, "found unexpected end of stream"),
    ],
    ids=["tab", "bad-indentation", "unclosed-double-quote", "unclosed-single-quote"],
)
def test_malformed_yaml(runner, tmp_path, out_dir, text, line, reason):
    folder, bad = bad_world(tmp_path, text)
    out = assert_clean_failure(export_with(runner, folder, out_dir), out_dir=out_dir)
    assert f"{bad}:{line}: invalid YAML" in out and reason in out


def test_a_png_renamed_yaml(runner, tmp_path, out_dir):
    folder, bad = bad_world(tmp_path, PNG, "logo.yaml")
    assert_clean_failure(
        export_with(runner, folder, out_dir), f"{bad}:1: not UTF-8 text (byte 0x89 at offset 0)", out_dir=out_dir
    )


def test_binary_that_happens_to_be_utf8(runner, tmp_path, out_dir):
    # before the fix: the message had no line and ran over two lines
    folder, bad = bad_world(tmp_path, b"actors: []\nnote: \x00\x01\x02\x03\n", "blob.yaml")
    out = assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:2: invalid YAML: control characters are not allowed (character #x0000)",
        out_dir=out_dir,
    )
    assert len(out.splitlines()) == 2


@pytest.mark.parametrize("text", ["", "\n\n", "# nothing but a comment\n", "---\n...\n"])
def test_an_empty_file(runner, tmp_path, out_dir, text):
    folder, bad = bad_world(tmp_path, text, "empty.yaml")
    assert_clean_failure(export_with(runner, folder, out_dir), f"{bad}:1: file is empty", out_dir=out_dir)


def test_a_file_over_the_size_limit(runner, tmp_path, out_dir, monkeypatch):
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 1000)
    folder, bad = bad_world(tmp_path, "actors:\n" + "# padding\n" * 200, "huge.yaml")
    assert_clean_failure(
        export_with(runner, folder, out_dir), f"{bad}: file is too large (2008 bytes; limit 1000)", out_dir=out_dir
    )


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("actors: " + "[" * 100_000 + "]" * 100_000 + "\n", 1, f"nested more than {yamlio.MAX_DEPTH} levels deep"),
        ("".join("  " * i + "a:\n" for i in range(5000)), yamlio.MAX_DEPTH + 1, "nested more than"),
        (
            "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(9)),
            6,
            "aliases expand to more than 1000000 nodes",
        ),
        ("actors: &a [*a]\n", 1, "alias *a refers to a node that contains it"),
    ],
    ids=["deep-flow-nesting", "deep-block-nesting", "billion-laughs", "recursive-alias"],
)
def test_hostile_yaml_is_refused_quickly(runner, tmp_path, out_dir, text, line, reason):
    # before the fix: RecursionError at 500 levels, a segfault of the C parser at 100000,
    # and an alias bomb expanded without bound
    folder, bad = bad_world(tmp_path, text, "hostile.yaml")
    start = time.perf_counter()
    result = export_with(runner, folder, out_dir)
    assert time.perf_counter() - start < 10
    assert_clean_failure(result, f"{bad}:{line}: invalid YAML: {reason}", out_dir=out_dir)


def test_a_few_aliases_still_load(runner, tmp_path, out_dir):
    # the bundled data uses an anchor for a shared list of policy areas: aliases as such stay allowed
    text = TINY_WORLD.replace("policy_areas: [refugees]", "policy_areas: &areas [refugees]") + (
        "  - {source: MLI, target: refugee-convention-1951, type: party_to, since: 1973-02-02, sources: [untc-v2]}\n"
    )
    folder = write_world(tmp_path / "data", {"world.yaml": text})
    assert export_with(runner, folder, out_dir).exit_code == 0


def test_non_utf8_bytes_name_the_line(runner, tmp_path, out_dir):
    text = "actors:\n  - {id: city-dakar, kind: city, name: Dakar, country: SEN, sources: [ecowas-members]}\n"
    folder, bad = bad_world(tmp_path, text.encode() + "  - {id: city-thies, name: Thiès}\n".encode("latin-1"))
    assert_clean_failure(export_with(runner, folder, out_dir), f"{bad}:3: not UTF-8 text (byte 0xe8", out_dir=out_dir)


# -- entries that do not fit the model ------------------------------------------------------------
CITY = "actors:\n  - id: city-dakar\n    kind: city\n    name: Dakar\n    country: SEN\n    sources: [ecowas-members]\n"


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("name: Dakar", "name: [Dakar, Ndakaaru]", "name", "Input should be a valid string"),
        ("name: Dakar", "name: {fr: Dakar}", "name", "Input should be a valid string"),
        ("kind: city", "kind: 42", "kind", "Input should be"),
        ("sources: [ecowas-members]", "sources: ecowas-members", "sources", "Input should be a valid list"),
        ("country: SEN", "country: SEN\n    founded: true", "founded", "a date is expected, not true/false"),
        ("country: SEN", "country: SEN\n    founded: 1857-02-30", "founded", "'1857-02-30' is not a real date"),
        ("country: SEN", "country: SEN\n    aliases: Ndakaaru", "aliases", "Input should be a valid list"),
    ],
    ids=[
        "list-for-text",
        "mapping-for-text",
        "number-for-enum",
        "text-for-list",
        "bool-for-date",
        "impossible-date",
        "text-for-aliases",
    ],
)
def test_wrong_types(runner, tmp_path, out_dir, old, new, field, message):
    text = CITY.replace(old, new)
    folder, bad = bad_world(tmp_path, text)
    line = line_of(text, new.split("\n")[-1].strip())
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:{line}, entity 'city-dakar', field '{field}': {message}",
        out_dir=out_dir,
    )


def test_an_entry_that_is_not_a_mapping(runner, tmp_path, out_dir):
    folder, bad = bad_world(tmp_path, "actors:\n  - just a string\n")
    assert_clean_failure(export_with(runner, folder, out_dir), f"{bad}:1: expected a mapping, got str", out_dir=out_dir)


@pytest.mark.parametrize(
    ("text", "line", "entity", "field"),
    [
        (CITY.replace("country: SEN", "country: SEN\n    capital: true"), 6, "city-dakar", "capital"),
        (CITY.replace("country: SEN", "country: SEN\n    Name: Dakar"), 6, "city-dakar", "Name"),
        (
            "relations:\n  - {source: SEN, target: MLI, type: partners_with, weight: 3, sources: [ecowas-members]}\n",
            2,
            "SEN -partners_with-> MLI",
            "weight",
        ),
        (
            "sources:\n  s:\n    title: T\n    url: https://example.org/\n    as_of: 2024-01-01\n    checked: true\n"
            "    author: me\n",
            7,
            "s",
            "author",
        ),
    ],
    ids=["actor", "actor-capitalised", "relation", "source"],
)
def test_unknown_keys(runner, tmp_path, out_dir, text, line, entity, field):
    folder, bad = bad_world(tmp_path, text)
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:{line}, entity '{entity}', field '{field}': unknown field",
        out_dir=out_dir,
    )


def test_unknown_section(runner, tmp_path, out_dir):
    folder, bad = bad_world(tmp_path, "people: []\n")
    assert_clean_failure(
        export_with(runner, folder, out_dir), f"{bad}:1, field 'people': unknown section", out_dir=out_dir
    )


@pytest.mark.parametrize(
    ("text", "entity", "field", "value"),
    [
        (CITY.replace("kind: city", "kind: metropolis"), "city-dakar", "kind", "metropolis"),
        ("instruments:\n  - {id: x, name: X, kind: pact, scope: global, sources: [untc-v2]}\n", "x", "kind", "pact"),
        (
            "instruments:\n  - {id: x, name: X, kind: treaty, scope: planetary, sources: [untc-v2]}\n",
            "x",
            "scope",
            "planetary",
        ),
        (
            "relations:\n  - {source: SEN, target: MLI, type: allied_with, sources: [ecowas-members]}\n",
            "SEN -allied_with-> MLI",
            "type",
            "allied_with",
        ),
        (CITY.replace("country: SEN", "country: SEN\n    level: galactic"), "city-dakar", "level", "galactic"),
    ],
    ids=["actor-kind", "instrument-kind", "scope", "relation-type", "level"],
)
def test_unknown_kinds_and_enums(runner, tmp_path, out_dir, text, entity, field, value):
    folder, bad = bad_world(tmp_path, text)
    out = assert_clean_failure(
        export_with(runner, folder, out_dir), f"entity '{entity}', field '{field}': Input should be", out_dir=out_dir
    )
    assert str(bad) in out


def test_duplicate_ids_across_files(runner, tmp_path, out_dir):
    folder, bad = bad_world(
        tmp_path, "actors:\n  - {id: SEN, kind: state, name: Sénégal, sources: [ecowas-members]}\n", "zz.yaml"
    )
    first = folder / "world.yaml"
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:2, entity 'SEN', field 'id': duplicate id (first defined at {first}:{line_of(TINY_WORLD, '{id: SEN')})",
        out_dir=out_dir,
    )


@pytest.mark.parametrize(
    ("text", "field", "missing"),
    [
        (
            "relations:\n  - {source: SEN, target: atlantis, type: member_of, sources: [ecowas-members]}\n",
            "target",
            "atlantis",
        ),
        (
            "relations:\n  - {source: lemuria, target: ecowas, type: member_of, sources: [ecowas-members]}\n",
            "source",
            "lemuria",
        ),
        (CITY.replace("country: SEN", "country: ATL"), "country", "ATL"),
        (
            "instruments:\n  - {id: x, name: X, kind: treaty, scope: global, amends: [nothing], sources: [untc-v2]}\n",
            "amends",
            "nothing",
        ),
    ],
    ids=["relation-target", "relation-source", "country", "amends"],
)
def test_references_to_missing_ids(runner, tmp_path, out_dir, text, field, missing):
    folder, bad = bad_world(tmp_path, text)
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:2, entity",
        f"field '{field}': unknown",
        repr(missing),
        out_dir=out_dir,
    )


def test_until_before_since(runner, tmp_path, out_dir):
    text = (
        "relations:\n  - {source: SEN, target: oau, type: member_of, since: 1963-05-25, until: 1960-01-01, "
        "sources: [ecowas-members]}\n"
    )
    folder, bad = bad_world(tmp_path, text)
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:2, entity 'SEN -member_of-> oau': until (1960-01-01) must be after since (1963-05-25)",
        out_dir=out_dir,
    )


def test_dissolved_before_founded(runner, tmp_path, out_dir):
    text = CITY.replace("country: SEN", "country: SEN\n    founded: 2000\n    dissolved: 1999")
    folder, bad = bad_world(tmp_path, text)
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:2, entity 'city-dakar'",
        "dissolved (1999) is before founded (2000)",
        out_dir=out_dir,
    )


@pytest.mark.parametrize(
    ("text", "entity", "field"),
    [
        (CITY.replace("country: SEN", "country: SEN\n    founded: 2999-01-01"), "city-dakar", "founded"),
        (CITY.replace("country: SEN", "country: SEN\n    dissolved: 2999"), "city-dakar", "dissolved"),
        (
            "instruments:\n  - {id: x, name: X, kind: treaty, scope: global, adopted: 2999-12, sources: [untc-v2]}\n",
            "x",
            "adopted",
        ),
        (
            "actors:\n  - {id: city-dakar, kind: city, name: Dakar, country: SEN, sources: "
            "[{title: T, url: 'https://example.org/', as_of: 2999-01-01, checked: true}]}\n",
            "city-dakar",
            "sources.0.as_of",
        ),
    ],
    ids=["founded", "dissolved", "adopted", "source-as-of"],
)
def test_dates_in_the_future_where_they_cannot_be(runner, tmp_path, out_dir, text, entity, field):
    folder, bad = bad_world(tmp_path, text)
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:2, entity '{entity}', field '{field}': ",
        "is in the future",
        out_dir=out_dir,
    )


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        (CITY.replace("    sources: [ecowas-members]\n", ""), "sources", "required field is missing"),
        (CITY.replace("[ecowas-members]", "[]"), "sources", "List should have at least 1 item"),
        (CITY.replace("[ecowas-members]", "[no-such-source]"), "sources.0", "unknown source key 'no-such-source'"),
    ],
    ids=["absent", "empty", "unknown-key"],
)
def test_missing_sources(runner, tmp_path, out_dir, text, field, message):
    folder, bad = bad_world(tmp_path, text)
    assert_clean_failure(
        export_with(runner, folder, out_dir),
        f"{bad}:",
        f"entity 'city-dakar', field '{field}': {message}",
        out_dir=out_dir,
    )


def test_many_problems_are_all_listed_under_one_error(runner, tmp_path, out_dir):
    text = CITY.replace("kind: city", "kind: metropolis") + (
        "  - {id: x2, kind: state, name: X2, capital: Y, sources: [ecowas-members]}\n"
        "relations:\n  - {source: SEN, target: nowhere, type: member_of, sources: [ecowas-members]}\n"
    )
    folder, bad = bad_world(tmp_path, text)
    out = assert_clean_failure(export_with(runner, folder, out_dir), "Error: 3 problems in the data:", out_dir=out_dir)
    assert out.count(str(bad)) == 3


# -- the data folder -------------------------------------------------------------------------------
def test_symlink_loop_in_data(runner, tmp_path, out_dir):
    folder = write_world(tmp_path / "data", {"world.yaml": TINY_WORLD})
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "back")
    assert_clean_failure(export_with(runner, folder, out_dir), "symlink loop", out_dir=out_dir)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dangling-link"])
def test_special_files_in_data_do_not_hang(runner, tmp_path, out_dir, kind):
    # before the fix: a FIFO blocked for ever and a link to /dev/zero was read until memory ran out
    folder = write_world(tmp_path / "data", {"world.yaml": TINY_WORLD})
    target = folder / "odd.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "dev-zero":
        os.symlink("/dev/zero", target)
    else:
        os.symlink(folder / "gone.yaml", target)
    message = "cannot read file" if kind == "dangling-link" else "not a regular file"
    assert_clean_failure(export_with(runner, folder, out_dir), f"{target}: {message}", out_dir=out_dir)


def test_data_path_that_is_a_file(runner, tmp_path, out_dir):
    folder = write_world(tmp_path / "data", {"world.yaml": TINY_WORLD})
    assert_clean_failure(
        export_with(runner, folder / "world.yaml", out_dir), "--data", "is a file", code=2, out_dir=out_dir
    )


def test_data_path_that_does_not_exist(runner, tmp_path, out_dir):
    assert_clean_failure(
        export_with(runner, tmp_path / "nowhere", out_dir),
        f"{tmp_path / 'nowhere'}: data folder does not exist",
        out_dir=out_dir,
    )


# -- arguments -------------------------------------------------------------------------------------
@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder, so any file a failing command writes is seen."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


UNKNOWN_ARGUMENTS = [
    (["show", "Atlantis"], "unknown actor or instrument 'Atlantis'"),
    (["gaps", "Atlantis", "-o", "gaps.csv"], "unknown actor or instrument 'Atlantis'"),
    (["path", "PHL", "Atlantis"], "unknown actor or instrument 'Atlantis'"),
    (["path", "PHL", "ARE", "--exclude", "Atlantis"], "unknown actor or instrument 'Atlantis'"),
    (["map", "--focus", "Atlantis", "-o", "m.html"], "unknown actor or instrument 'Atlantis'"),
    (["timeline", "--track", "Atlantis", "-o", "t.csv"], "unknown actor or instrument 'Atlantis'"),
    (["gaps", "PHL", "--rule", "border-gap", "-o", "g.csv"], "--rule: unknown rule 'border-gap'"),
    (["gaps", "PHL", "--param", "nonsense=1"], "--param: expected NAME=VALUE"),
    (["gaps", "PHL", "--binding", "sometimes"], "--binding: unknown value 'sometimes'"),
    (["export", "-f", "xlsx", "-o", "w.xlsx"], "unknown format 'xlsx'"),
    (["gaps", "PHL", "-f", "xml", "-o", "g.xml"], "-f/--format: unknown format 'xml'"),
    (["metrics", "-f", "xlsx", "-o", "m.xlsx"], "-f/--format: unknown format 'xlsx'"),
    (["path", "PHL", "ARE", "--relation", "friends_with"], "--relation: unknown relation type 'friends_with'"),
    (["map", "--relation", "friends_with", "-o", "m.html"], "--relation: unknown relation type 'friends_with'"),
    (["metrics", "--relation", "friends_with", "-o", "m.csv"], "friends_with"),
    (["list", "--kind", "planet"], "--kind: unknown kind 'planet'"),
    (["map", "--kind", "planet", "-o", "m.html"], "--kind: unknown kind 'planet'"),
    (["list", "--level", "galactic"], "--level: unknown level 'galactic'"),
    (["map", "--level", "galactic", "-o", "m.html"], "--level: unknown level 'galactic'"),
    (["map", "--size-by", "mass", "-o", "m.html"], "--size-by: unknown metric 'mass'"),
]


@pytest.mark.parametrize(
    ("args", "message"), UNKNOWN_ARGUMENTS, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_unknown_arguments(runner, in_tmp, args, message):
    assert_clean_failure(
        runner.invoke(main, args), f"Error: {message}" if message.startswith("-") else message, out_dir=in_tmp
    )


@pytest.mark.parametrize(
    "date", ["yesterday", "2024-13-01", "2023-02-29", "24-01-01", "2024/01/01", "0000", "", "١٩٩٩"]
)
@pytest.mark.parametrize(
    "command",
    [
        ["show", "SEN"],
        ["gaps", "SEN", "-o", "g.csv"],
        ["export", "-o", "w.json"],
        ["metrics", "-o", "m.csv"],
        ["map", "-o", "m.html"],
        ["validate"],
    ],
)
def test_malformed_as_of(runner, in_tmp, tiny_dir, command, date):
    result = runner.invoke(main, [*command, "--as-of", date, "--data", str(tiny_dir), "--no-bundled"])
    assert_clean_failure(result, "Error: --as-of: ", out_dir=in_tmp)


@pytest.mark.parametrize("args", [["timeline", "--from", "20x0", "-o", "t.csv"], ["timeline", "--step", "1 fortnight"]])
def test_malformed_timeline_dates_and_steps(runner, in_tmp, tiny_dir, args):
    assert_clean_failure(runner.invoke(main, [*args, "--data", str(tiny_dir), "--no-bundled"]), out_dir=in_tmp)


# -- output paths ----------------------------------------------------------------------------------
WRITERS = {
    "export": ["export", "-f", "json", "-o"],
    "export-csv": ["export", "-f", "csv", "-o"],
    "gaps": ["gaps", "--all", "-f", "csv", "-o"],
    "metrics": ["metrics", "-f", "csv", "-o"],
    "map": ["map", "-o"],
}


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write in: chmod where it works, a /proc folder as root."""
    if IS_ROOT:
        return Path("/proc/self")  # root writes through chmod 0500; /proc refuses new files to everyone
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


@pytest.mark.parametrize("writer", list(WRITERS))
def test_output_to_an_unwritable_folder(runner, tmp_path, tiny_dir, writer):
    folder = unwritable_folder(tmp_path)
    before = set(os.listdir(folder))
    target = folder / "out.file"
    result = runner.invoke(main, [*WRITERS[writer], str(target), "--data", str(tiny_dir), "--no-bundled"])
    assert_clean_failure(result, f"cannot write {str(target)!r}", "is not writable")
    assert set(os.listdir(folder)) == before


@pytest.mark.parametrize("writer", list(WRITERS))
def test_output_to_a_folder(runner, tmp_path, tiny_dir, writer):
    target = tmp_path / "a-folder"
    target.mkdir()
    result = runner.invoke(main, [*WRITERS[writer], str(target), "--data", str(tiny_dir), "--no-bundled"])
    # click refuses it (exit 2) where -o is declared as a file; the command refuses it (exit 1) elsewhere
    assert result.exit_code in (1, 2)
    out = assert_clean_failure(result, str(target), code=result.exit_code)
    assert "is a directory" in out or "it is a folder" in out
    assert list(target.iterdir()) == []


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize("where", ["missing-folder", "file-as-folder"])
def test_output_where_the_folder_does_not_exist(runner, tmp_path, tiny_dir, writer, where):
    parent = tmp_path / "missing"
    if where == "file-as-folder":
        parent.write_text("a file, not a folder\n", encoding="utf-8")
    result = runner.invoke(main, [*WRITERS[writer], str(parent / "out.file"), "--data", str(tiny_dir), "--no-bundled"])
    assert_clean_failure(result, f"folder {str(parent)!r} does not exist")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "tiny") == (
        ["missing"] if where == "file-as-folder" else []
    )


def test_bad_data_is_reported_before_a_bad_output_is_created(runner, tmp_path, out_dir):
    folder, bad = bad_world(tmp_path, "actors: [\n")
    result = runner.invoke(
        main, ["gaps", "--all", "-f", "csv", "-o", str(out_dir / "g.csv"), "--data", str(folder), "--no-bundled"]
    )
    assert_clean_failure(result, f"{bad}:2: invalid YAML", out_dir=out_dir)
