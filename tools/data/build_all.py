#!/usr/bin/env python3
"""Rebuild data/actors from the raw extracts in data/sources (``make data``).

With ``--check`` (``make data-check``) the builders run on a temporary copy of
data/actors instead, and every file is compared byte for byte with the one in
the repository: the dataset is reproducible from a clone, or the command says
which files differ (with the first lines of each difference) and exits 1.

Builders run in dependency order (corridors read the states they write), each
with ``--sources`` and ``--actors``; see tools/data/repo_paths.py.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from repo_paths import ACTORS, REPO, SOURCES

HERE = Path(__file__).resolve().parent
#: Builders that others read from run first (corridors and profiles read the states); then every other
#: tools/data/build_*.py in name order. Each writes its own files of data/actors (build_iom_members a
#: marked block of un_system.yaml); build_seed_entities writes a test fixture and runs last.
FIRST = ("build_states.py",)
SPECIAL = {"build_all.py", "build_seed_entities.py"}


def builders() -> list[str]:
    """Every builder, in the order they must run."""
    rest = sorted(p.name for p in HERE.glob("build_*.py") if p.name not in SPECIAL and p.name not in FIRST)
    return [*FIRST, *rest]


SEED_FIXTURE = REPO / "tests" / "fixtures" / "seed_entities.yaml"


def run_builders(actors: Path, sources: Path, fixture: Path, quiet: bool) -> None:
    """Run every builder into ``actors``; stop at the first that fails, showing its output."""
    jobs = [[b, "--sources", str(sources), "--actors", str(actors)] for b in builders()]
    jobs.append(["build_seed_entities.py", "--sources", str(sources), "--fixture", str(fixture)])
    for job in jobs:
        done = subprocess.run([sys.executable, str(HERE / job[0]), *job[1:]], capture_output=True, text=True)
        if done.returncode != 0 or not quiet:
            sys.stderr.write(done.stdout + done.stderr)
        if done.returncode != 0:
            raise SystemExit(f"data: {job[0]} failed (exit {done.returncode})")


def differences(expected: Path, rebuilt: Path) -> list[str]:
    """Files that differ between two copies of a file or folder, with the first lines of each diff."""
    pairs = (
        [(expected, rebuilt)]
        if expected.is_file()
        else [(expected / n, rebuilt / n) for n in sorted({p.name for p in expected.iterdir()} | {p.name for p in rebuilt.iterdir()})]
    )
    report = []
    for old, new in pairs:
        if not old.exists() or not new.exists():
            report.append(f"{old}: {'missing in the repository' if not old.exists() else 'not rebuilt'}")
        elif not filecmp.cmp(old, new, shallow=False):
            diff = difflib.unified_diff(
                old.read_text(encoding="utf-8").splitlines(), new.read_text(encoding="utf-8").splitlines(),
                str(old.relative_to(REPO)), "rebuilt", lineterm="", n=0,
            )
            report.append(f"{old.relative_to(REPO)} differs from its rebuild:\n" + "\n".join(list(diff)[:12]))
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild into a temporary folder and compare byte for byte")
    args = ap.parse_args()
    if not args.check:
        run_builders(ACTORS, SOURCES, SEED_FIXTURE, quiet=False)
        return
    with tempfile.TemporaryDirectory(prefix="govgraph-data-check-") as tmp:
        actors, fixture = Path(tmp) / "actors", Path(tmp) / SEED_FIXTURE.name
        shutil.copytree(ACTORS, actors)  # hand-kept files and the block outside generated markers stay as they are
        run_builders(actors, SOURCES, fixture, quiet=True)
        report = differences(ACTORS, actors) + differences(SEED_FIXTURE, fixture)
    if report:
        print("\n".join(report), file=sys.stderr)
        raise SystemExit(f"data-check: {len(report)} file(s) differ from a rebuild from data/sources (run make data)")
    print(f"data-check: data/actors and {SEED_FIXTURE.relative_to(REPO)} rebuild byte for byte from data/sources")


if __name__ == "__main__":
    main()
