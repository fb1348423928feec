"""Shared CLI plumbing: options defined once, error handling, output helpers."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import DataError, GovGraphError

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["GovGraphGroup", "WorldOptions", "as_of_option", "console", "emit_json", "json_option", "world_options"]


class GovGraphGroup(click.Group):
    """A click group that turns govgraph errors into one clear message and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DataError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except GovGraphError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except ModuleNotFoundError as exc:
            # a broken environment (a dependency uninstalled by hand): one line, not a traceback
            missing = (exc.name or "a dependency").split(".")[0]
            if missing == "govgraph":
                raise  # a bug of ours, not the environment: keep the traceback
            click.echo(
                f"Error: govgraph needs the Python package {missing!r}, which is not installed here: "
                f"pip install govgraph (or pip install {missing})",
                err=True,
            )
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted: nothing was written.", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)


class WorldOptions:
    """The data a command works on: bundled data, extra folders, a date."""

    def __init__(self, data: tuple[str, ...], no_bundled: bool, as_of: str | None):
        self.data = data
        self.bundled = not no_bundled
        self.as_of_text = as_of
        self._world: Any = None
        self._temporal: Any = None
        self._lookup: Any = None

    @property
    def as_of(self) -> str:
        from ..dates import check_date

        return check_date(self.as_of_text)

    def world(self) -> Any:
        from ..loader import load_world

        if self._world is None:
            self._world = load_world(self.data, bundled=self.bundled)
        return self._world

    def folders(self) -> list[Any]:
        from pathlib import Path

        from ..resources import bundled_data_dir

        return ([bundled_data_dir()] if self.bundled else []) + [Path(d) for d in self.data]

    def temporal_graph(self) -> Any:
        """The full temporal graph, from the cache when the data files are unchanged."""
        if self._temporal is None:
            from ..cache import cached_graph
            from ..temporal import build_graph

            def build() -> Any:
                # a world loaded only to build the graph is not kept: it is freed before the graph is
                # pickled into the cache, which halves the peak memory of a first run on a large world
                if self._world is not None:
                    return build_graph(self._world)
                from ..loader import load_world

                return build_graph(load_world(self.data, bundled=self.bundled), consume=True)

            self._temporal = cached_graph(self.folders(), build)
        return self._temporal

    def graph(self, temporal: bool = False) -> Any:
        """The graph as of the chosen date (or the full temporal graph)."""
        from ..temporal import as_of

        date = self.as_of  # validate the date before loading anything
        G = self.temporal_graph()
        return G if temporal else as_of(G, date)

    def resolve(self, query: str) -> str:
        """The id the user means, looked up in the graph's names, codes and aliases."""
        if self._lookup is None:
            from ..lookup import Lookup

            self._lookup = Lookup(self.temporal_graph().nodes(data=True))
        return str(self._lookup.resolve(query))


def as_of_option(f: F) -> F:
    return click.option(
        "--as-of",
        "as_of",
        metavar="DATE",
        default=None,
        help="Take the graph as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD; default: today).",
    )(f)


def world_options(f: F) -> F:
    """Add --data, --no-bundled and --as-of; the command receives ``opts: WorldOptions``."""

    @functools.wraps(f)  # keeps the click parameters declared below world_options
    def wrapper(*args: Any, data: tuple[str, ...], no_bundled: bool, as_of: str | None, **kwargs: Any) -> Any:
        return f(*args, opts=WorldOptions(data, no_bundled, as_of), **kwargs)

    wrapped = as_of_option(wrapper)
    wrapped = click.option("--no-bundled", is_flag=True, help="Use only the --data folders, not the bundled dataset.")(
        wrapped
    )
    wrapped = click.option(
        "--data",
        "data",
        multiple=True,
        metavar="DIR",
        type=click.Path(file_okay=False),
        help="Extra data folder layered over the bundled data (repeatable).",
    )(wrapped)
    return wrapped  # type: ignore[return-value]


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


def emit_json(value: Any) -> None:
    """Print JSON to stdout (UTF-8, stable key order)."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def console() -> Any:
    """A rich console on stdout; markup off so text from data is never interpreted."""
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False, soft_wrap=False)
