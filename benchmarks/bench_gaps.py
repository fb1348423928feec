"""Time `gaps --all` on the bundled data as a ratio to one graph build, both measured in this run.

Goal (issue 4): the gaps of every state in at most 3x the time of building the
graph once. Machines here are shared and noisy, so each measure is the median
of several runs and only the ratio is meant to be compared between machines.

    python benchmarks/bench_gaps.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

from govgraph.dates import today
from govgraph.gaps import find_all_gaps
from govgraph.loader import load_world
from govgraph.temporal import as_of, build_graph


def median_time(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    world = load_world()
    date = today()
    build, G = median_time(lambda: build_graph(world), args.runs)
    gaps_all, report = median_time(lambda: find_all_gaps(as_of(G, date)), args.runs)
    states = len({g.subject for g in report.gaps})
    print(
        f"bundled data: {len(world.actors)} actors, {len(world.instruments)} instruments, "
        f"{len(world.relations)} relations; as of {date}"
    )
    print(f"graph build (median of {args.runs}):            {build * 1000:8.1f} ms")
    print(
        f"gaps --all incl. as_of (median of {args.runs}): {gaps_all * 1000:8.1f} ms "
        f"({len(report.gaps)} gaps, {states} states with gaps)"
    )
    print(f"ratio gaps --all / graph build: {gaps_all / build:.2f}  (goal: at most 3)")


if __name__ == "__main__":
    main()
