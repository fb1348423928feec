"""Faults: a full disk, Ctrl-C, unwritable places, and secrets that must not leak.

Each fault ends in one clear message and its exit code (1, or 130 for Ctrl-C),
leaves neither a partial output nor a temporary file, keeps an older output
file as it was, and a re-run completes.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

import pytest

from govgraph import atomic
from govgraph.cli import main

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
OLD = "an older output, which a failed run must leave as it was\n"

#: every command that writes a file: the arguments before the output path, and the files it writes
WRITERS = {
    "export-json": (["export", "-f", "json", "-o"], ["out"]),
    "export-csv": (["export", "-f", "csv", "-o"], ["out.nodes.csv", "out.edges.csv", "out.sources.csv"]),
    "export-graphml": (["export", "-f", "graphml", "-o"], ["out"]),
    "export-gexf": (["export", "-f", "gexf", "-o"], ["out"]),
    "gaps-csv": (["gaps", "--all", "-f", "csv", "-o"], ["out"]),
    "gaps-json": (["gaps", "--all", "-f", "json", "-o"], ["out"]),
    "metrics-csv": (["metrics", "-f", "csv", "-o"], ["out"]),
    "map": (["map", "-o"], ["out"]),
}


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVGRAPH_CACHE_DIR", str(tmp_path / "cache"))


class FaultyFile:
    """A file handle that raises ``error`` once more than ``limit`` characters or bytes were written."""

    def __init__(self, handle, limit: int, error: BaseException):
        self._handle, self._limit, self._error, self._written = handle, limit, error, 0

    def write(self, data):
        self._written += len(data)
        if self._written > self._limit:
            raise self._error
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __iter__(self):
        return iter(self._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._handle.__exit__(*exc)


def fail_writes_after(monkeypatch: pytest.MonkeyPatch, limit: int, error: BaseException) -> None:
    """Make every file atomic_write opens fail mid-write (the temporary file exists with part of the data)."""
    real_fdopen = os.fdopen

    def faulty_fdopen(fd, *args, **kwargs):
        return FaultyFile(real_fdopen(fd, *args, **kwargs), limit, error)

    monkeypatch.setattr(atomic.os, "fdopen", faulty_fdopen)


def output_files(out_dir: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8", errors="replace") for p in sorted(out_dir.iterdir())}


def prepare(tmp_path: Path, writer: str) -> tuple[Path, list[str], list[Path]]:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    prefix, names = WRITERS[writer]
    targets = [out_dir / n for n in names]
    for t in targets:
        t.write_text(OLD, encoding="utf-8")
    return out_dir, [*prefix, str(out_dir / "out")], targets


@pytest.mark.parametrize("writer", list(WRITERS))
def test_full_disk_mid_write(runner, tiny_dir, tmp_path, monkeypatch, writer):
    out_dir, args, targets = prepare(tmp_path, writer)
    before = output_files(out_dir)
    fail_writes_after(monkeypatch, 40, OSError(errno.ENOSPC, "No space left on device"))
    result = runner.invoke(main, [*args, "--data", str(tiny_dir), "--no-bundled"])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].endswith(": No space left on device"), result.output
    assert output_files(out_dir) == before, "a partial or temporary file was left, or the old file changed"
    monkeypatch.undo()
    again = runner.invoke(main, [*args, "--data", str(tiny_dir), "--no-bundled"])
    assert again.exit_code == 0, again.output
    assert all(t.read_text(encoding="utf-8") != OLD for t in targets)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(t.name for t in targets)


def test_csv_pair_is_all_or_nothing_when_the_last_flush_fails(runner, tiny_dir, tmp_path, monkeypatch):
    out_dir, args, _ = prepare(tmp_path, "export-csv")
    before = output_files(out_dir)
    real_fsync, calls = os.fsync, []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    result = runner.invoke(main, [*args, "--data", str(tiny_dir), "--no-bundled"])
    assert result.exit_code == 1
    assert output_files(out_dir) == before


def test_a_real_full_device(runner, tiny_dir, tmp_path):
    """A private /dev/full: writes fail with ENOSPC, and the device must stay a device."""
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, OSError) as exc:  # not root, or a nodev file system
        pytest.skip(f"cannot make a device node here: {exc}")
    for args in (["export", "-o"], ["gaps", "--all", "-f", "csv", "-o"]):
        result = runner.invoke(main, [*args, str(device), "--data", str(tiny_dir), "--no-bundled"])
        assert result.exit_code == 1, result.output
        assert result.output == f"Error: cannot write {str(device)!r}: No space left on device\n"
        # before the fix, atomic_write renamed its temporary file over the device (as root: over /dev/full)
        assert stat.S_ISCHR(device.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == ["full", "tiny"]


def test_writing_to_dev_null_keeps_it_a_device(runner, tiny_dir):
    before = os.stat("/dev/null")
    result = runner.invoke(main, ["export", "-o", "/dev/null", "--data", str(tiny_dir), "--no-bundled"])
    assert result.exit_code == 0, result.output
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


# -- Ctrl-C ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("writer", list(WRITERS))
def test_ctrl_c_mid_write(runner, tiny_dir, tmp_path, monkeypatch, writer):
    out_dir, args, _ = prepare(tmp_path, writer)
    before = output_files(out_dir)
    fail_writes_after(monkeypatch, 40, KeyboardInterrupt())
    result = runner.invoke(main, [*args, "--data", str(tiny_dir), "--no-bundled"])
    assert result.exit_code == 130, result.output
    assert "Interrupted" in result.output and "Traceback" not in result.output
    assert output_files(out_dir) == before
    monkeypatch.undo()
    assert runner.invoke(main, [*args, "--data", str(tiny_dir), "--no-bundled"]).exit_code == 0


def test_ctrl_c_during_a_long_computation(runner, tmp_path, monkeypatch):
    """gaps --all over the bundled data, interrupted after a few states."""
    import govgraph.gaps as gaps_module

    real_find_gaps, calls = gaps_module.find_gaps, []

    def slow_find_gaps(*args, **kwargs):
        calls.append(1)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return real_find_gaps(*args, **kwargs)

    monkeypatch.setattr(gaps_module, "find_gaps", slow_find_gaps)
    out = tmp_path / "gaps.csv"
    result = runner.invoke(main, ["gaps", "--all", "-o", str(out)])
    assert result.exit_code == 130, result.output
    assert result.output.strip() == "Interrupted: nothing was written."
    assert not out.exists()
    assert len(calls) == 5, "the interruption did not come from inside the work"
    monkeypatch.undo()
    again = runner.invoke(main, ["gaps", "--all", "-o", str(out)])
    assert again.exit_code == 0 and out.stat().st_size > 0


def test_ctrl_c_while_loading_leaves_a_usable_cache(runner, tmp_path, monkeypatch):
    from govgraph import loader

    cache = tmp_path / "cache"
    real_read, calls = loader._Reader.read_file, []

    def read_file(self, path):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_read(self, path)

    monkeypatch.setattr(loader._Reader, "read_file", read_file)
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 130 and "Interrupted" in result.output
    assert not cache.exists() or not list(cache.iterdir())
    monkeypatch.undo()
    monkeypatch.setenv("GOVGRAPH_CACHE_DIR", str(cache))
    again = runner.invoke(main, ["show", "PHL", "--json"])  # validate counts without a graph: show builds one
    assert again.exit_code == 0, again.output
    assert [p.suffix for p in cache.iterdir()] == [".pickle"]


# -- unwritable places -----------------------------------------------------------------------------
def test_unwritable_place_is_found_before_the_work(runner, tiny_dir, tmp_path, monkeypatch):
    """As root, chmod does not stop writes; /proc refuses new files to everyone, so it stands in for both."""
    import govgraph.gaps as gaps_module

    def never(*args, **kwargs):
        raise AssertionError("the gap rules ran before the output path was checked")

    monkeypatch.setattr(gaps_module, "find_all_gaps", never)
    if IS_ROOT:
        target = Path("/proc/self/gaps.csv")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        target = folder / "gaps.csv"
    result = runner.invoke(main, ["gaps", "--all", "-o", str(target), "--data", str(tiny_dir), "--no-bundled"])
    assert result.exit_code == 1 and "is not writable" in result.output
    assert not target.exists()


# -- secrets ---------------------------------------------------------------------------------------
SECRET = "s3cret-Pa55word-4d1e"  # noqa: S105 - a made-up value the tests look for in every output


def neo4j_commands():
    group = main.commands.get("neo4j")
    return list(group.commands.items()) if group is not None else []


@pytest.mark.parametrize(("name", "command"), neo4j_commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_no_command_takes_a_password_option(runner, name, command):
    options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
    assert not [o for o in options if "pass" in o.lower() or "secret" in o.lower()], options
    help_text = runner.invoke(main, ["neo4j", name, "--help"]).output
    assert "--password" not in help_text


@pytest.mark.parametrize(
    "args",
    [
        ["neo4j", "push", "--uri", "bolt://127.0.0.1:1"],
        ["neo4j", "gaps", "SEN", "--uri", "bolt://127.0.0.1:1"],
        ["neo4j", "push", "--uri", "neo4j://127.0.0.1:1", "--user", "admin"],
        ["neo4j", "push", "--uri", "bolt://127.0.0.1:1", "--database", "db"],
    ],
    ids=" ".join,
)
def test_password_never_appears_in_output_or_logs(runner, tiny_dir, monkeypatch, caplog, args):
    if "neo4j" not in main.commands:
        pytest.skip("the neo4j commands are not registered yet")
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    extra = ["--data", str(tiny_dir), "--no-bundled"] if args[1] == "push" else []
    with caplog.at_level(logging.DEBUG):
        result = runner.invoke(main, [*args, *extra])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1, result.output
    assert SECRET not in result.output
    assert SECRET not in caplog.text


def test_a_password_on_the_command_line_is_refused_without_echoing_it(runner):
    if "neo4j" not in main.commands:
        pytest.skip("the neo4j commands are not registered yet")
    result = runner.invoke(main, ["neo4j", "push", "--password", SECRET])
    assert result.exit_code == 2 and SECRET not in result.output


def test_no_password_and_no_terminal_is_a_clear_error(runner, tiny_dir, monkeypatch):
    if "neo4j" not in main.commands:
        pytest.skip("the neo4j commands are not registered yet")
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    result = runner.invoke(
        main, ["neo4j", "push", "--uri", "bolt://127.0.0.1:1", "--data", str(tiny_dir), "--no-bundled"]
    )
    assert result.exit_code == 1 and "NEO4J_PASSWORD" in result.output
