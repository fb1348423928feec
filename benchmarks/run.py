"""How govgraph's cost grows with the size of the world: synthetic worlds from 10^3 to 10^6 relations.

Usage: python benchmarks/run.py [--sizes 1000,10000,100000,1000000] [--max N] [--cypher-max N] [--runs N]

For each size a synthetic world (``govgraph synth``, JSON Lines) is written
once into the work folder, then measured in fresh child processes:

* core: load+validate (``load_world``), graph build (``build_graph``) and the
  as-of graph (``as_of``), ``gaps --all`` (``find_all_gaps`` over every state);
  peak memory is the child's ``ru_maxrss`` (the whole core process).
* extras: ``metrics`` (``actor_metrics`` + ``summary_tables``, when
  ``govgraph.metrics`` exists) and the ``map`` of the whole world
  (``build_view`` + ``write_map``: build time and file size, when ``govgraph.views`` exists).
* whole commands (sizes from ``--cli-min``): ``govgraph validate`` and
  ``govgraph gaps --all --json -o FILE`` as processes with an empty graph
  cache: the first ``gaps --all`` builds and caches the graph, the second
  reads it; wall time and peak memory of each, beside the issue's targets.
* cypher (sizes up to ``--cypher-max``): push to an ArcadeDB Bolt server
  (``tests/bolt_server.py``), then the Cypher gap library for every subject
  (``run_gap_rules``), beside ``find_all_gaps`` over the same subjects in memory.

Then the everyday command: ``govgraph gaps PHL`` on the bundled data, whole
process (median of ``--runs``, after one run that fills the graph cache), over
``python -c "import networkx, pydantic"``. Prints a table, the fitted growth
exponent of each measure (least squares on log time against log relations),
and the ratios. Times are wall-clock seconds on a shared machine; nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATE = "2024-06-01"
ALL_SUBJECTS = ("state", "rec", "rcp", "irf")


# -- child processes ------------------------------------------------------------
def _timed(fn: Any) -> tuple[Any, float]:
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def child(phase: str, folder: str, options: dict[str, Any]) -> dict[str, Any]:
    """Run one phase group on one world and return its measures (in a fresh process)."""
    sys.path.insert(0, str(ROOT))
    from govgraph.loader import load_world
    from govgraph.temporal import as_of, build_graph

    out: dict[str, Any] = {}
    world, out["load"] = _timed(lambda: load_world([folder], bundled=False))
    out["relations"] = len(world.relations)
    out["actors"] = len(world.actors)
    out["instruments"] = len(world.instruments)
    out["states"] = sum(1 for a in world.actors.values() if a.kind == "state")
    if phase == "core":  # as the command line does: the world is let go as the graph is built
        G, out["build"] = _timed(lambda: build_graph(world, consume=True))
        del world
    else:
        G, out["build"] = _timed(lambda: build_graph(world))
    H, out["as_of"] = _timed(lambda: as_of(G, DATE))
    out["edges"] = G.number_of_edges()
    if phase == "core":
        from govgraph.gaps import find_all_gaps

        report, out["gaps"] = _timed(lambda: find_all_gaps(H))
        out["gap_count"] = len(report.gaps)
    elif phase == "extras":
        del world
        try:
            from govgraph.metrics import actor_metrics, summary_tables
        except ImportError:
            out["metrics"] = None
        else:
            _, out["metrics"] = _timed(lambda: (actor_metrics(H), summary_tables(H)))
        try:
            from govgraph.views import build_view, write_map
        except ImportError:
            out["map"] = None
        else:
            path = Path(tempfile.mkdtemp(prefix="gg-bench-")) / "world.html"
            _, out["map"] = _timed(lambda: write_map(build_view(H), path))
            out["map_bytes"] = path.stat().st_size
            path.unlink()
    elif phase == "cypher":
        out.update(_cypher(G, H, options))
    return out


def _cypher(G: Any, H: Any, options: dict[str, Any]) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "tests"))
    from bolt_server import BoltServer  # type: ignore[import-not-found]

    from govgraph.gaps import find_all_gaps
    from govgraph.neo4j import connect, push_graph, run_gap_rules, settings_from_env

    out: dict[str, Any] = {}
    root = Path(tempfile.mkdtemp(prefix="gg-bench-arcade-"))
    server = BoltServer(root, password="bench-" + os.urandom(6).hex())
    server.start()
    try:
        database = server.create_database("bench")
        conn = connect(settings_from_env(server.uri, server.user, database, server.password))
        try:
            _, out["push"] = _timed(lambda: push_graph(G, conn))
            rows, out["cypher_gaps"] = _timed(lambda: run_gap_rules(conn, None, DATE))
            out["cypher_rows"] = len(rows)
        finally:
            close = getattr(conn, "close", None)
            if close is not None:
                close()
    finally:
        server.stop()
    report, out["memory_gaps_all_subjects"] = _timed(lambda: find_all_gaps(H, kinds=ALL_SUBJECTS))
    out["memory_rows"] = len(report.gaps)
    return out


def _process(cmd: list[str], timeout: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run one process; its wall time, peak memory (ru_maxrss, MiB), stdout, or an error."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return {"error": f"timeout after {timeout:.0f} s"}
        time.sleep(0.05)
    wall = time.perf_counter() - start
    stdout = proc.stdout.read() if proc.stdout else ""
    stderr = proc.stderr.read() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        return {"error": (stderr.strip().splitlines() or ["failed"])[-1]}
    return {"wall": wall, "peak_mib": usage.ru_maxrss / 1024, "stdout": stdout}  # Linux: ru_maxrss in KiB


def run_child(phase: str, folder: Path, options: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Run a phase in a fresh interpreter; add its peak memory (ru_maxrss, MiB) and wall time."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", phase, str(folder), json.dumps(options)]
    run = _process(cmd, timeout)
    if "error" in run:
        return run
    result: dict[str, Any] = json.loads(run["stdout"].strip().splitlines()[-1])
    result["peak_mib"], result["wall"] = run["peak_mib"], run["wall"]
    return result


def cli_commands(folder: Path, timeout: float) -> dict[str, Any]:
    """`govgraph validate` and `govgraph gaps --all` as a user runs them: whole processes, an empty graph cache.

    The first `gaps --all` builds the graph and fills the cache (what a first run
    after a data change costs); the second reads it (every later run).
    """
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="gg-bench-cache-") as cache:
        env = {**os.environ, "GOVGRAPH_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
        world = ["--no-bundled", "--data", str(folder), "--as-of", DATE]
        gaps_json = str(Path(cache) / "gaps.json")
        base = [sys.executable, "-m", "govgraph"]
        for name, cmd in (
            ("validate", [*base, "validate", *world]),
            ("gaps_all_first", [*base, "gaps", "--all", "--json", "-o", gaps_json, *world]),
            ("gaps_all", [*base, "gaps", "--all", "--json", "-o", gaps_json, *world]),
        ):
            run = _process(cmd, timeout, env)
            run.pop("stdout", None)
            out[name] = run
    return out


# -- worlds -------------------------------------------------------------------------
def ensure_world(workdir: Path, size: int, seed: int) -> tuple[Path, float | None]:
    """The synthetic world for ``size`` relations (written once, reused while its parameters match)."""
    sys.path.insert(0, str(ROOT))
    from govgraph.synth import params_for_relations, synth_world, write_synth_world

    params = params_for_relations(size, seed)
    folder = workdir / f"world-{size}"
    stamp = folder / ".params.json"
    wanted = json.dumps(params.__dict__, sort_keys=True)
    if stamp.exists() and stamp.read_text() == wanted:
        return folder, None
    start = time.perf_counter()
    write_synth_world(synth_world(params), folder, "jsonl")
    stamp.write_text(wanted)
    return folder, time.perf_counter() - start


# -- the everyday command ----------------------------------------------------------------
def command_ratio(runs: int) -> dict[str, float]:
    """Median wall time of ``govgraph gaps PHL`` (bundled data) and of importing networkx and pydantic."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}

    def once(cmd: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        return time.perf_counter() - t

    gaps_cmd = [sys.executable, "-m", "govgraph", "gaps", "PHL"]
    base_cmd = [sys.executable, "-c", "import networkx, pydantic"]
    once(gaps_cmd)  # fills the graph cache, as any first run does
    gaps, base = [], []
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        gaps.append(once(gaps_cmd))
        base.append(once(base_cmd))
    with tempfile.TemporaryDirectory() as empty:
        env["GOVGRAPH_CACHE_DIR"] = "0"
        nocache = statistics.median(once(gaps_cmd) for _ in range(max(1, runs // 2)))
        del env["GOVGRAPH_CACHE_DIR"], empty
    return {
        "gaps_phl": statistics.median(gaps),
        "import_baseline": statistics.median(base),
        "gaps_phl_no_cache": nocache,
    }


# -- report -------------------------------------------------------------------------------
def exponent(xs: list[float], ys: list[float | None]) -> float | None:
    """Least-squares slope of log y on log x (the growth exponent), over the sizes measured."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if y is not None and y > 0]
    if len(pts) < 2:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / den if den else None


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        mem = subprocess.run(["free", "-h"], capture_output=True, text=True, check=False).stdout.splitlines()[1]
        mem = "RAM " + mem.split()[1]
    except (OSError, IndexError):
        pass
    load = os.getloadavg()[0]
    return (
        f"{os.cpu_count()} CPUs (nproc), {cpu}, {mem}, Python {platform.python_version()}, "
        f"load average {load:.1f} at start"
    )


def fmt(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f}" if value < 100 else f"{value:.0f}"
    return f"{value:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="relation counts, comma-separated")
    parser.add_argument("--max", type=int, default=None, help="skip sizes above this (e.g. 100000 for a quick run)")
    parser.add_argument("--cypher-max", type=int, default=10000, help="run the Cypher side up to this size (0: never)")
    parser.add_argument("--no-extras", action="store_true", help="skip metrics and map")
    parser.add_argument(
        "--cli-min", type=int, default=100000, help="time whole `validate` and `gaps --all` processes from this size"
    )
    parser.add_argument("--runs", type=int, default=7, help="runs of `govgraph gaps PHL` and of the import baseline")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per child process")
    parser.add_argument("--workdir", default=None, help="where the worlds are written (default: a temp folder)")
    parser.add_argument("--json", dest="json_out", default=None, help="also write the measures to this JSON file")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        phase, folder, options = args.child
        print(json.dumps(child(phase, folder, json.loads(options))))
        return

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.max is not None:
        sizes = [s for s in sizes if s <= args.max]
    workdir = Path(args.workdir or Path(tempfile.gettempdir()) / "govgraph-bench")
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"Machine: {machine()}", flush=True)
    rows: list[dict[str, Any]] = []
    for size in sizes:
        folder, gen = ensure_world(workdir, size, args.seed)
        print(f"[{size}] world in {folder}" + (f" (generated in {gen:.1f} s)" if gen else " (reused)"), flush=True)
        row: dict[str, Any] = {"size": size, "generate": gen}
        core = run_child("core", folder, {}, args.timeout)
        row["core"] = core
        print(f"[{size}] core: {json.dumps(core)}", flush=True)
        if not args.no_extras:
            row["extras"] = run_child("extras", folder, {}, args.timeout)
            print(f"[{size}] extras: {json.dumps(row['extras'])}", flush=True)
        if size >= args.cli_min:
            row["cli"] = cli_commands(folder, args.timeout)
            print(f"[{size}] whole commands: {json.dumps(row['cli'])}", flush=True)
        if size <= args.cypher_max:
            row["cypher"] = run_child("cypher", folder, {}, args.timeout)
            print(f"[{size}] cypher: {json.dumps(row['cypher'])}", flush=True)
        rows.append(row)
    ratio = command_ratio(args.runs) if args.runs > 0 else None
    report(rows, ratio, args.cypher_max)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"machine": machine(), "rows": rows, "command": ratio}, indent=2))


#: Targets of issue 14 for whole commands at 10^6 relations on a 2-core machine: seconds, and MiB of memory.
CLI_TARGETS = {"validate": 30.0, "gaps_all": 15.0, "peak_mib": 3072.0}


def _report_commands(row: dict[str, Any]) -> None:
    """One line per size: whole `validate` and `gaps --all` processes, beside the 10^6 targets."""
    cli = row.get("cli")
    if not cli:
        return
    parts = []
    for name, label in (
        ("validate", "validate"),
        ("gaps_all_first", "gaps --all, first run"),
        ("gaps_all", "gaps --all"),
    ):
        run = cli.get(name, {})
        if "error" in run:
            parts.append(f"{label} failed: {run['error']}")
        else:
            parts.append(f"{label} {run['wall']:.1f} s / {run['peak_mib']:.0f} MiB")
    print(
        f"  {row['size']:>9,} relations, whole commands: " + "; ".join(parts) + f" (targets at 10^6: validate "
        f"{CLI_TARGETS['validate']:.0f} s, gaps --all {CLI_TARGETS['gaps_all']:.0f} s, peak "
        f"{CLI_TARGETS['peak_mib']:.0f} MiB)"
    )


def report(rows: list[dict[str, Any]], ratio: dict[str, float] | None, cypher_max: int) -> None:
    """Print the table, the growth exponents and the ratios."""

    def get(row: dict[str, Any], group: str, key: str) -> float | None:
        value = row.get(group, {}).get(key)
        return float(value) if isinstance(value, (int, float)) else None

    columns = [
        ("load+validate s", "core", "load"),
        ("build s", "core", "build"),
        ("as_of s", "core", "as_of"),
        ("gaps --all s", "core", "gaps"),
        ("peak MiB (core)", "core", "peak_mib"),
        ("metrics s", "extras", "metrics"),
        ("map s", "extras", "map"),
        ("map KiB", "extras", "map_bytes"),
        ("peak MiB (extras)", "extras", "peak_mib"),
        ("push s", "cypher", "push"),
        ("Cypher gaps s", "cypher", "cypher_gaps"),
        ("in-memory gaps (same subjects) s", "cypher", "memory_gaps_all_subjects"),
    ]
    print()
    header = ["relations", "actors", "states", "gaps found"] + [c[0] for c in columns]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(["---"] * len(header)) + "|")
    xs = []
    series: dict[str, list[float | None]] = {c[0]: [] for c in columns}
    for row in rows:
        core = row.get("core", {})
        n = core.get("relations", row["size"])
        xs.append(float(n))
        cells = [f"{n:,}", f"{core.get('actors', 0):,}", str(core.get("states", "-")), f"{core.get('gap_count', 0):,}"]
        for title, group, key in columns:
            value = get(row, group, key)
            if key == "map_bytes" and value is not None:
                value /= 1024
            series[title].append(value)
            cells.append(fmt(value, "n" if "MiB" in title or "KiB" in title else "s"))
        print("| " + " | ".join(cells) + " |")
        for group in ("core", "extras", "cypher"):
            if "error" in row.get(group, {}):
                print(f"  ({row['size']}: {group} failed: {row[group]['error']})")
    print()
    print("Growth exponent (time or memory ~ relations^k, least squares over the sizes measured):")
    for title, values in series.items():
        k = exponent(xs, values)
        if k is not None:
            print(f"  {title:<36} k = {k:.2f}")
    print()
    print("Ratios (measured in this run):")
    for row in rows:
        core = row.get("core", {})
        if "load" in core:
            total = core["load"] + core["build"] + core["as_of"]
            print(
                f"  {core['relations']:>9,} relations: load+validate+build {total:.1f} s (target at 10^6: 60 s), "
                f"gaps --all {core['gaps']:.1f} s (target 30 s), peak {core['peak_mib']:.0f} MiB (target 4096)"
            )
        _report_commands(row)
        cy = row.get("cypher", {})
        if "cypher_gaps" in cy and cy.get("memory_gaps_all_subjects"):
            print(
                f"  {core.get('relations', row['size']):>9,} relations: Cypher gap library on ArcadeDB / in-memory = "
                f"{cy['cypher_gaps'] / cy['memory_gaps_all_subjects']:.1f}x "
                f"({cy['cypher_rows']} rows vs {cy['memory_rows']} gaps; push {cy['push']:.1f} s)"
            )
    print(f"  Cypher side run for sizes up to {cypher_max:,} relations (larger pushes take too long for one run).")
    if ratio:
        print(
            f"  govgraph gaps PHL (bundled data, whole process, median): {ratio['gaps_phl']:.2f} s; "
            f"python -c 'import networkx, pydantic': {ratio['import_baseline']:.2f} s; "
            f"ratio {ratio['gaps_phl'] / ratio['import_baseline']:.2f}x (target <= 2x); "
            f"without the graph cache {ratio['gaps_phl_no_cache']:.2f} s"
        )


if __name__ == "__main__":
    main()
