"""The summary measures through time: one row per step between two dates."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..dates import parse_date
from ..errors import UsageError
from ..temporal import as_of
from ..vocab import FORUM_KINDS
from .graphs import GraphChoice, choose_graph, select
from .summary import graph_summary, level_pair_rows, prepare

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["parse_step", "plot_timeline", "steps", "timeline"]

_STEP_RE = re.compile(r"^(\d+)\s*([ymd])$")


def parse_step(step: str) -> tuple[int, str]:
    """``1y``, ``6m`` or ``90d`` as (count, unit); a UsageError otherwise."""
    m = _STEP_RE.match(step.strip().lower())
    if not m or int(m.group(1)) == 0:
        raise UsageError(f"--step: {step!r} is not a step (a positive number followed by y, m or d: 1y, 6m, 90d)")
    return int(m.group(1)), m.group(2)


def _full(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def steps(start: str, end: str, step: str = "1y") -> list[str]:
    """The dates from ``start`` to ``end`` (both included when on a step), as ISO text."""
    try:
        first, last = _full(parse_date(start)), _full(parse_date(end))
    except ValueError as exc:
        raise UsageError(f"--from/--to: {exc}") from None
    if last < first:
        raise UsageError(f"--to {end} is before --from {start}")
    count, unit = parse_step(step)
    out: list[str] = []
    i = 0
    while True:
        if unit == "d":
            day = first + dt.timedelta(days=count * i)
        else:
            months = count * i * (12 if unit == "y" else 1)
            y, m = divmod(first.month - 1 + months, 12)
            day = dt.date(first.year + y, m + 1, min(first.day, 28))
        if day > last:
            return out
        out.append(day.isoformat())
        i += 1
        if len(out) > 10_000:
            raise UsageError("--step: more than 10,000 steps; choose a longer step")


def _membership_density(H: nx.MultiDiGraph) -> dict[str, float]:
    """Share of the possible state -> forum memberships that exist, per forum kind."""
    kind = dict(H.nodes(data="kind"))
    states = sum(1 for k in kind.values() if k == "state")
    forums = Counter(k for k in kind.values() if k in FORUM_KINDS)
    ties = Counter(
        kind.get(v)
        for u, v in {(u, v) for u, v, t in H.edges(data="type") if t == "member_of"}
        if kind.get(u) == "state" and kind.get(v) in FORUM_KINDS
    )
    return {
        f"state_membership_density_{k}": (ties[k] / (states * forums[k]) if states and forums[k] else math.nan)
        for k in sorted(FORUM_KINDS)
    }


def _row(H: nx.MultiDiGraph, choice: GraphChoice, tracked: list[str]) -> dict[str, Any]:
    """The summary columns of one date's graph (``H``: the counted relations in force, undated included)."""
    U, undated = prepare(H, choice)
    row = graph_summary(H, U, undated, choice.dated_only)
    row.pop("as_of")
    for pair in level_pair_rows(H, U):
        row[f"density_{pair['level_a']}_{pair['level_b']}"] = pair["density"]
    by_type = Counter(t for *_, t in H.edges(data="type"))
    row.update({f"relations_{t}": by_type.get(t, 0) for t in choice.counted})
    row.update(_membership_density(H))
    for node in tracked:
        counts: Counter[str] = Counter()
        if node in H:
            counts.update(t for *_, t in H.in_edges(node, data="type"))
            counts.update(t for *_, t in H.out_edges(node, data="type"))
        row.update({f"{node}.{t}": counts.get(t, 0) for t in choice.counted})
    return row


def timeline(
    G: nx.MultiDiGraph,
    start: str,
    end: str,
    step: str = "1y",
    *,
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    binding: str = "any",
    actors_only: bool = False,
    containment_ties: bool = False,
    dated_only: bool = False,
    track: Iterable[str] = (),
) -> pd.DataFrame:
    """The summary measures of ``G`` on each date from ``start`` to ``end``.

    Parameters
    ----------
    G : the full temporal graph (``govgraph.temporal.build_graph``).
    start, end : ISO dates or years (``2000``); ``end`` is included when a step lands on it.
    step : ``1y``, ``6m``, ``90d``...
    relations, exclude_relations, binding, actors_only, containment_ties :
        which nodes and relations count (as in ``summary_tables``).
    dated_only : leave out relations with no start date (by default they
        count as in force since both their ends existed; either way
        ``undated_relations`` and ``undated_share`` say how many there are).
    track : node ids whose counted relations are counted per type on each date
        (columns ``<id>.<type>``, e.g. ``icmw.party_to``: the parties to the
        Migrant Workers Convention).

    Returns
    -------
    pandas.DataFrame, one row per date: ``date`` (datetime64), the ``graph``
    summary columns (with ``undated_relations`` and ``undated_share``), the
    density of each level pair (``density_<a>_<b>``), relations per type
    (``relations_<type>``), state membership density per forum kind, and the
    tracked counts.

    Examples
    --------
    >>> df = timeline(G, "2000", "2026", "1y", track=["icmw"])  # doctest: +SKIP
    >>> df[["date", "undated_share", "icmw.party_to"]].tail(2)  # doctest: +SKIP
    """
    import pandas as pd

    choice = choose_graph(
        relations,
        exclude_relations,
        binding,
        actors_only=actors_only,
        containment_ties=containment_ties,
        dated_only=dated_only,
    )
    tracked = list(dict.fromkeys(track))
    for node in tracked:
        if node not in G:
            raise UsageError(f"--track: {node!r} is not in the graph")
    dates = steps(start, end, step)
    selected = select(G, choice, dated_only=False)  # filter once, then cut by date
    rows = [{"date": date, **_row(as_of(selected, date), choice, tracked)} for date in dates]
    df = pd.DataFrame(rows)
    df["date"] = pd.to_datetime(df["date"], format="%Y-%m-%d")
    # keep a tracked column only when it is non-zero on some date, and density columns that exist on every date
    drop = [c for c in df.columns if any(c.startswith(f"{n}.") for n in tracked) and not df[c].any()]
    df = df.drop(columns=drop)
    for col in df.columns:
        if col.startswith("density_"):
            df[col] = df[col].astype(float)
    df.attrs = {"from": start, "to": end, "step": step, **choice.describe(), "track": tracked}
    return df


def plot_timeline(df: pd.DataFrame, handle: Any, fmt: str, title: str = "govgraph timeline") -> None:
    """Draw the main timeline series in three panels and save to an open binary file (png or svg)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    dates = pd_dates(df)
    fig = Figure(figsize=(10, 9), layout="constrained")
    ax1, ax2, ax3 = fig.subplots(3, 1, sharex=True)
    tracked = [col for col in df.columns if "." in col]
    for col in tracked or ["relations", "ties"]:  # tracked counts would be flattened next to the totals
        ax1.plot(dates, df[col], label=col, marker="." if tracked else None)
    ax1.set_ylabel("count")
    ax1.legend(loc="upper left", fontsize="small")
    for col in df.columns:
        if col.startswith("state_membership_density_") and df[col].notna().any():
            ax2.plot(dates, df[col], label=col.removeprefix("state_membership_density_") + " membership")
    ax2.plot(dates, df["density"], label="graph density", color="black")
    ax2.set_ylabel("density")
    ax2.legend(loc="upper left", fontsize="small")
    ax3.plot(dates, df["binding_share"], label="binding share")
    ax3.plot(dates, df["vertical_share"], label="vertical share")
    ax3.plot(dates, df["ei_index"], label="E-I index (vertical vs horizontal)")
    ax3.set_ylabel("share / index")
    ax3.legend(loc="lower left", fontsize="small")
    fig.suptitle(title)
    fig.savefig(handle, format=fmt)


def pd_dates(df: pd.DataFrame) -> Any:
    """The ``date`` column as datetimes for plotting (ISO text is parsed too)."""
    import pandas as pd

    return pd.to_datetime(df["date"])
