"""Story steps for presenting a map: a YAML file of captions, each with a focus or selection, filters and a year.

A story file (``govgraph map --story STEPS.yaml``) looks like::

    title: ECOWAS 1975-2025            # optional
    map: {focus: ECOWAS, hierarchical: true}   # optional defaults for the map's own options
    steps:
      - caption: In 1975, fifteen West African states found ECOWAS.
        year: 1976
        focus: ECOWAS                  # or selection: [SEN, GHA, NGA]
        filters: {kind: [rec, state]}  # values to keep, per page filter

:func:`load_story` checks the file's shape; :func:`story_payload` checks it against
the map it will be shown on (ids that are on the map, filter values the page
offers) and returns the data the page embeds. Every problem is one
:class:`~govgraph.errors.UsageError` naming the file, line, step and field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GovGraphError, UsageError
from ..yamlio import LineDict, YamlError, load_yaml
from .builder import MapView

__all__ = ["FILTER_FIELDS", "MAP_KEYS", "Story", "StoryStep", "load_story", "story_payload"]

#: The page's filters a step can set, with what each one filters.
FILTER_FIELDS: dict[str, str] = {
    "kind": "node kind",
    "level": "node level",
    "region": "node region",
    "type": "relation type",
    "binding": "tie binding",
    "direction": "tie direction",
}
#: Map options a story may give (the command line wins when it gives them too).
MAP_KEYS: tuple[str, ...] = ("focus", "depth", "gaps", "hierarchical")
_STEP_KEYS = ("caption", "focus", "selection", "filters", "year")
_MAX_CAPTION = 600


@dataclass
class StoryStep:
    """One step as written, with the lines of its fields (for errors found against the map)."""

    number: int
    line: int
    caption: str
    focus: str | None = None
    selection: list[str] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    year: int | None = None
    lines: dict[str, int] = field(default_factory=dict)


@dataclass
class Story:
    """A checked story file: its title, map defaults and steps."""

    path: str
    title: str | None
    map: dict[str, Any]
    steps: list[StoryStep]


class _Where:
    """Builds the one-line error for a place in the story file."""

    def __init__(self, path: str):
        self.path = path

    def error(self, line: int | None, what: str, problem: str) -> UsageError:
        where = self.path if line is None else f"{self.path}, line {line}"
        return UsageError(f"--story: {where}, {what}: {problem}")


def _text_list(value: Any) -> list[str] | None:
    """A list of non-empty strings (a lone string counts as a list of one), else None."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        return None
    if not all(isinstance(v, (str, int)) and not isinstance(v, bool) and str(v).strip() for v in items):
        return None
    return [str(v).strip() for v in items]


def _step(raw: Any, number: int, line: int, where: _Where) -> StoryStep:
    """One step, its shape checked."""
    label = f"step {number}"
    if not isinstance(raw, LineDict):
        raise where.error(line, label, "must be a mapping with a caption (and focus or selection, filters, year)")
    lines = dict(raw.key_lines)

    def err(key: str, problem: str) -> UsageError:
        return where.error(lines.get(key, raw.line), f"{label}, field '{key}'", problem)

    for key in raw:
        if key not in _STEP_KEYS:
            raise err(key, f"unknown field (a step has: {', '.join(_STEP_KEYS)})")
    caption = raw.get("caption")
    if not isinstance(caption, str) or not caption.strip():
        raise where.error(raw.line, f"{label}, field 'caption'", "missing or empty: every step needs a caption")
    if len(caption) > _MAX_CAPTION:
        raise err("caption", f"longer than {_MAX_CAPTION} characters ({len(caption)}); split the step")
    step = StoryStep(number=number, line=raw.line, caption=caption.strip(), lines=lines)
    if "focus" in raw and "selection" in raw:
        raise err("selection", "give either focus (one node) or selection (several), not both")
    if "focus" in raw:
        if not isinstance(raw["focus"], str) or not raw["focus"].strip():
            raise err("focus", "must be one actor or instrument (id, ISO3 code, acronym or name)")
        step.focus = raw["focus"].strip()
    if "selection" in raw:
        selection = _text_list(raw["selection"])
        if selection is None:
            raise err("selection", "must be a list of actors or instruments (ids, ISO3 codes, acronyms or names)")
        step.selection = selection
    if "year" in raw:
        year = raw["year"]
        if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 2999:
            raise err("year", f"must be a year like 2010, got {year!r}")
        step.year = year
    if "filters" in raw:
        step.filters = _filters(raw["filters"], lines.get("filters", raw.line), label, where)
        lines.update({f"filters.{k}": line for k, line in raw["filters"].key_lines.items()})
    return step


def _filters(raw: Any, line: int, label: str, where: _Where) -> dict[str, list[str]]:
    if not isinstance(raw, LineDict):
        raise where.error(line, f"{label}, field 'filters'", "must map a filter to the values to keep")
    out: dict[str, list[str]] = {}
    for key, value in raw.items():
        at = raw.key_lines.get(key, line)
        if key not in FILTER_FIELDS:
            raise where.error(
                at, f"{label}, field 'filters.{key}'", f"unknown filter (choose from {', '.join(FILTER_FIELDS)})"
            )
        values = _text_list(value)
        if values is None:
            raise where.error(at, f"{label}, field 'filters.{key}'", "must be a list of values to keep")
        out[key] = values
    return out


def _map_defaults(raw: Any, line: int, where: _Where) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, LineDict):
        raise where.error(line, "field 'map'", f"must be a mapping of map options ({', '.join(MAP_KEYS)})")
    checks: dict[str, tuple[Callable[[Any], bool], str]] = {
        "focus": (lambda v: isinstance(v, str) and bool(v.strip()), "an actor or instrument"),
        "depth": (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0, "a whole number, 0 or more"),
        "gaps": (lambda v: isinstance(v, bool), "true or false"),
        "hierarchical": (lambda v: isinstance(v, bool), "true or false"),
    }
    for key, value in raw.items():
        at = raw.key_lines.get(key, raw.line)
        if key not in checks:
            raise where.error(at, f"field 'map.{key}'", f"unknown map option (choose from {', '.join(MAP_KEYS)})")
        ok, wanted = checks[key]
        if not ok(value):
            raise where.error(at, f"field 'map.{key}'", f"must be {wanted}, got {value!r}")
    return dict(raw)


def shipped_stories() -> dict[str, Path]:
    """The stories that ship with govgraph, by name (file name without .yaml)."""
    from ..resources import assets_dir

    return {p.stem: p for p in sorted((assets_dir() / "stories").glob("*.yaml"))}


def find_story(path: str | Path) -> Path:
    """A story file: the path itself, or a shipped story named so (``--story ecowas-1975-2025``)."""
    given = Path(path)
    if given.exists() or given.suffix:
        return given
    shipped = shipped_stories()
    if str(path) in shipped:
        return shipped[str(path)]
    raise UsageError(
        f"--story: no file {str(path)!r} and no shipped story of that name (shipped: {', '.join(shipped) or 'none'})"
    )


def load_story(path: str | Path) -> Story:
    """Read and check the shape of a story file (or a shipped story by name); raise UsageError naming file,
    line, step and field."""
    path = find_story(path)
    where = _Where(str(path))
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UsageError(f"--story: cannot read {str(path)!r}: {reason}") from None
    try:
        raw = load_yaml(text)
    except YamlError as exc:
        raise where.error(exc.line, "the file", str(exc)) from None
    if not isinstance(raw, LineDict):
        raise where.error(None, "the file", "must be a mapping with 'steps' (and optional 'title' and 'map')")
    for key in raw:
        if key not in ("title", "map", "steps"):
            raise where.error(raw.key_lines[key], f"field '{key}'", "unknown field (a story has: title, map, steps)")
    title = raw.get("title")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise where.error(raw.key_lines.get("title"), "field 'title'", "must be text")
    steps = raw.get("steps")
    if not isinstance(steps, list) or not steps:
        raise where.error(raw.key_lines.get("steps", raw.line), "field 'steps'", "must be a non-empty list of steps")
    step_line = raw.key_lines["steps"]
    checked = [
        _step(s, i, s.line if isinstance(s, LineDict) else step_line, where) for i, s in enumerate(steps, start=1)
    ]
    defaults = _map_defaults(raw.get("map"), raw.key_lines.get("map", raw.line), where)
    return Story(path=str(path), title=title.strip() if title else None, map=defaults, steps=checked)


def page_filter_values(view: MapView) -> dict[str, set[str]]:
    """The values each page filter offers for ``view`` (as the page's checkboxes name them)."""
    values: dict[str, set[str]] = {f: set() for f in FILTER_FIELDS}
    for n in view.nodes:
        values["kind"].add(f"instrument: {n.kind}" if n.entity == "instrument" else n.kind)
        values["level"].add(n.level)
        regions = n.region if isinstance(n.region, list) else ([n.region] if n.region else [])
        values["region"].update(regions or ["(no region)"])
    for e in view.edges:
        values["type"].add("missing (gap)" if e.gap is not None else e.type)
        if e.gap is None:
            values["binding"].add("binding" if e.binding else "non-binding")
        values["direction"].add(e.direction)
    return values


def story_payload(story: Story, view: MapView, resolve: Callable[[str], str]) -> dict[str, Any]:
    """The steps as the page takes them, each name resolved to an id on the map.

    ``resolve`` turns a user's name (id, ISO3 code, acronym or name) into an id, raising
    GovGraphError when it cannot. A node that is not on the map, or a filter value the map
    does not offer, is a UsageError naming the file, line, step and field.
    """
    where = _Where(story.path)
    on_map = {n.id for n in view.nodes}
    offered = page_filter_values(view)

    def node(step: StoryStep, key: str, query: str) -> str:
        at = step.lines.get(key, step.line)
        try:
            node_id = resolve(query)
        except GovGraphError as exc:
            raise where.error(at, f"step {step.number}, field '{key}'", str(exc)) from None
        if node_id not in on_map:
            raise where.error(
                at,
                f"step {step.number}, field '{key}'",
                f"{query!r} ({node_id}) is not on this map; choose the map's --focus/--depth so that it is",
            )
        return node_id

    steps = []
    for step in story.steps:
        out: dict[str, Any] = {"caption": step.caption}
        if step.focus is not None:
            out["focus"] = node(step, "focus", step.focus)
        if step.selection:
            out["selection"] = [node(step, "selection", q) for q in step.selection]
        for key, values in step.filters.items():
            unknown = [v for v in values if v not in offered[key]]
            if unknown:
                choices = ", ".join(sorted(offered[key])) or "none"
                raise where.error(
                    step.lines.get(f"filters.{key}", step.line),
                    f"step {step.number}, field 'filters.{key}'",
                    f"{unknown[0]!r} is not a {FILTER_FIELDS[key]} on this map (choose from {choices})",
                )
        if step.filters:
            out["filters"] = step.filters
        if step.year is not None:
            out["year"] = step.year
        steps.append(out)
    return {"title": story.title, "steps": steps}
