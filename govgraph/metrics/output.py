"""Metric tables as CSV, JSON or Parquet text/bytes, and written atomically."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import atomic_write
from ..errors import UsageError
from ..export.csvsafe import safe_cell

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLE_FORMATS", "check_format", "render", "table_format", "write_tables"]

TABLE_FORMATS: tuple[str, ...] = ("csv", "json", "parquet")


def check_format(fmt: str) -> str:
    """A known table format; a UsageError otherwise."""
    if fmt not in TABLE_FORMATS:
        raise UsageError(f"-f/--format: unknown format {fmt!r} (choose from {', '.join(TABLE_FORMATS)})")
    return fmt


def table_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the output file's suffix, else csv."""
    if fmt:
        return check_format(fmt)
    suffix = Path(output).suffix.lower().lstrip(".") if output else ""
    return suffix if suffix in TABLE_FORMATS else "csv"


def _iso_dates(df: pd.DataFrame) -> pd.DataFrame:
    """Datetime columns as ISO text: ``YYYY-MM-DD`` when every value is a midnight, full ISO otherwise."""
    from pandas.api.types import is_datetime64_any_dtype

    out = df
    for col in df.columns:
        if is_datetime64_any_dtype(df[col]):
            values = df[col]
            dates_only = bool((values.dropna() == values.dropna().dt.normalize()).all())
            text = values.dt.strftime("%Y-%m-%d") if dates_only else values.map(lambda v: v.isoformat())
            out = out.copy() if out is df else out
            out[col] = text.astype(object).where(values.notna(), None)
    return out


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads(_iso_dates(df).to_json(orient="records", force_ascii=False))
    return records


def _safe(df: pd.DataFrame) -> pd.DataFrame:
    from pandas.api.types import is_bool_dtype, is_datetime64_any_dtype, is_numeric_dtype

    out = _iso_dates(df).copy()
    for col in out.columns:
        if is_datetime64_any_dtype(df[col]):  # dates written as ISO text, never a formula
            continue
        if not is_numeric_dtype(out[col]) and not is_bool_dtype(out[col]):  # object or pandas string dtype
            out[col] = out[col].astype(object).map(safe_cell)
    return out


def render(tables: dict[str, pd.DataFrame], fmt: str, meta: dict[str, Any] | None = None) -> bytes:
    """One or more tables in ``fmt``: CSV and Parquet take a single table, JSON takes several."""
    check_format(fmt)
    if fmt == "json":
        doc = {"meta": meta or {}, **{name: _records(df) for name, df in tables.items()}}
        return (json.dumps(doc, ensure_ascii=False, indent=1, default=str) + "\n").encode("utf-8")
    if len(tables) != 1:
        raise ValueError("csv and parquet hold one table")
    (df,) = tables.values()
    if fmt == "csv":
        return _safe(df).to_csv(index=False, lineterminator="\n").encode("utf-8")
    buf = io.BytesIO()
    out = df.copy()
    out.attrs = {"govgraph": json.dumps(meta or {}, default=str)}
    out.to_parquet(buf, index=False)
    return buf.getvalue()


def write_tables(
    tables: dict[str, pd.DataFrame], fmt: str, path: str | Path, meta: dict[str, Any] | None = None
) -> Path:
    """Render the tables and write them to ``path`` atomically (nothing is written on error)."""
    data = render(tables, fmt, meta)
    with atomic_write(path, "wb") as handle:
        handle.write(data)
    return Path(path)
