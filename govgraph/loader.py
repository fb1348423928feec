"""Load and validate datasets: YAML families and bulk JSON Lines, layered.

Every problem of a run is collected and reported together, each naming the
file, line, entity and field, so a user can fix a file in one pass.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from .datafiles import iter_data_files
from .dates import today
from .errors import DataError, Problem
from .gcpause import without_gc
from .models import Actor, Corridor, Coverage, Figure, Instrument, Relation, Source
from .resources import bundled_data_dir
from .vocab import COMMITMENT_TYPES, CONTAINMENT_TYPES, INSTRUMENT_LINK_TYPES, MEMBERSHIP_TYPES
from .world import Origin, World
from .yamlio import LineDict, YamlError, load_yaml

__all__ = ["MAX_FILE_BYTES", "iter_data_files", "load_world"]

SECTIONS = ("sources", "actors", "instruments", "relations", "corridors", "profiles", "coverage")
#: The sections that hold lists of entries, and the model of each entry.
MODELS: dict[str, type[BaseModel]] = {
    "actors": Actor,
    "instruments": Instrument,
    "relations": Relation,
    "corridors": Corridor,
    "profiles": Figure,
    "coverage": Coverage,
}
JSONL_SECTIONS = {
    "actors.jsonl": "actors",
    "instruments.jsonl": "instruments",
    "relations.jsonl": "relations",
    "corridors.jsonl": "corridors",
    "profiles.jsonl": "profiles",
    "coverage.jsonl": "coverage",
    "sources.jsonl": "sources",
}
#: Files above this size are refused: a YAML file this large is a mistake or an attack.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: Relations whose target must be an actor: forum ties, exits from a body, containment.
_ACTOR_TARGET_TYPES = MEMBERSHIP_TYPES | CONTAINMENT_TYPES | {"suspended_from"}


def _line_at(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest mapping key along a pydantic error location."""
    line = data.line if isinstance(data, LineDict) else None
    node = data
    for part in loc:
        if isinstance(node, LineDict) and isinstance(part, str):
            line = node.key_lines.get(part, line)
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            if isinstance(node, LineDict):
                line = node.line
        else:
            break
    return line


def _message(err: Any) -> str:
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    msg = str(err.get("msg", "invalid value"))
    return msg.removeprefix("Value error, ")


def _field_of(loc: tuple[Any, ...]) -> str | None:
    # pydantic adds the tried union member names (e.g. "str", "Source") to locations
    parts = [str(p) for p in loc if p not in ("str", "Source", "function-after[_check_url(), str]")]
    return ".".join(parts) if parts else None


class _Reader:
    """Reads files into validated models, collecting problems."""

    def __init__(self) -> None:
        self.world = World()
        self.problems: list[Problem] = []
        self._ids: dict[str, Origin] = {}
        self._pending_refs: list[tuple[Relation | Actor | Instrument | Corridor, Origin, str | None]] = []
        #: the text of JSON Lines files read in bulk, to name an entity in a problem found later
        self._raw_texts: dict[str, str] = {}
        self._raw_lines: dict[str, list[str]] = {}
        #: ids of entries that failed validation: references to them are not reported again
        self._failed_ids: set[str] = set()

    # -- files ----------------------------------------------------------------
    def read_folder(self, folder: Path) -> None:
        if not folder.exists():
            self.problems.append(Problem(str(folder), None, None, None, "data folder does not exist"))
            return
        if not folder.is_dir():
            self.problems.append(Problem(str(folder), None, None, None, "is not a folder"))
            return
        for path in iter_data_files(folder, self.problems):
            self.read_file(path)

    def read_file(self, path: Path) -> None:
        name = str(path)
        self.world.files.append(name)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                self.problems.append(
                    Problem(name, None, None, None, f"file is too large ({size} bytes; limit {MAX_FILE_BYTES})")
                )
                return
            raw = path.read_bytes()
        except OSError as exc:
            self.problems.append(Problem(name, None, None, None, f"cannot read file: {exc.strerror or exc}"))
            return
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.problems.append(
                Problem(name, line, None, None, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})")
            )
            return
        if name.endswith(".jsonl"):
            self._read_jsonl(name, text)
        else:
            self._read_yaml(name, text)

    def _read_yaml(self, name: str, text: str) -> None:
        try:
            doc = load_yaml(text)
        except YamlError as exc:
            self.problems.append(Problem(name, exc.line, None, None, str(exc)))
            return
        if doc is None:
            self.problems.append(
                Problem(name, 1, None, None, "file is empty (expected sources/actors/instruments/relations/corridors)")
            )
            return
        if not isinstance(doc, LineDict):
            self.problems.append(
                Problem(
                    name,
                    1,
                    None,
                    None,
                    "the top level must be a mapping with sources/actors/instruments/relations/corridors",
                )
            )
            return
        for key in doc:
            if key not in SECTIONS:
                self.problems.append(
                    Problem(
                        name,
                        doc.key_lines.get(key),
                        None,
                        key,
                        f"unknown section (expected one of {', '.join(SECTIONS)})",
                    )
                )
        named = doc.get("sources")
        if named is not None:
            if not isinstance(named, LineDict):
                self.problems.append(
                    Problem(name, doc.key_lines.get("sources"), None, "sources", "must be a mapping of key: source")
                )
            else:
                for key, value in named.items():
                    self._add_source(name, named.key_lines.get(key), key, value)
        for section in MODELS:
            items = doc.get(section)
            if items is None:
                continue
            if not isinstance(items, list):
                self.problems.append(Problem(name, doc.key_lines.get(section), None, section, "must be a list"))
                continue
            for item in items:
                line = item.line if isinstance(item, LineDict) else doc.key_lines.get(section)
                self._add(section, name, line, item)

    def _read_jsonl(self, name: str, text: str) -> None:
        base = Path(name).name
        section = next((s for suffix, s in JSONL_SECTIONS.items() if base.endswith(suffix)), None)
        if section is None:
            self.problems.append(
                Problem(name, None, None, None, "a .jsonl file name must end with " + ", ".join(JSONL_SECTIONS))
            )
            return
        if section != "sources" and self._read_jsonl_bulk(name, section, text):
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                self.problems.append(Problem(name, number, None, None, f"invalid JSON: {exc.msg}"))
                continue
            if section == "sources":
                if not isinstance(item, dict) or "key" not in item:
                    self.problems.append(Problem(name, number, None, "key", "a source line needs a 'key'"))
                    continue
                key = str(item.pop("key"))
                self._add_source(name, number, key, item)
            else:
                self._add(section, name, number, item)

    def _read_jsonl_bulk(self, name: str, section: str, text: str) -> bool:
        """Validate a whole JSON Lines file in a few pydantic calls; False (nothing added) when any line fails.

        A file with a problem is read again line by line, which reports every
        problem with its line, exactly as before; a clean file, the usual case,
        skips the per-line JSON decoding and validation calls.
        """
        adapter = _list_adapter(section)
        chunks: list[tuple[int, list[Any]]] = []
        for first, count, array in _json_arrays(text):
            try:
                objs = adapter.validate_json(array)
            except ValueError:  # ValidationError (a bad value or bad JSON) is a ValueError
                return False
            if len(objs) != count:  # pragma: no cover - a line holding two values; let the slow path say so
                return False
            chunks.append((first, objs))
        self._raw_texts[name] = text
        for first, objs in chunks:
            for number, obj in enumerate(objs, start=first):
                self._add_valid(obj, name, number, None)
        return True

    # -- entries --------------------------------------------------------------
    def _add_source(self, file: str, line: int | None, key: str, value: Any) -> None:
        if key in self.world.sources:
            where = self.world.origins.get("source:" + key)
            self.problems.append(Problem(file, line, key, None, f"source key defined twice (first at {where})"))
            return
        source = self._validate(Source, value, file, line, key)
        if source is not None:
            self.world.sources[key] = source
            self.world.origins["source:" + key] = Origin(file, line)

    def _validate(self, model: type[BaseModel], data: Any, file: str, line: int | None, entity: str | None) -> Any:
        if not isinstance(data, dict):
            self.problems.append(Problem(file, line, entity, None, f"expected a mapping, got {type(data).__name__}"))
            return None
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err.get("loc", ()))
                self.problems.append(Problem(file, _line_at(data, loc) or line, entity, _field_of(loc), _message(err)))
            return None

    def _add(self, section: str, file: str, line: int | None, data: Any) -> None:
        entity = None
        if isinstance(data, dict):
            if section in ("actors", "instruments"):
                entity = str(data.get("id")) if data.get("id") is not None else None
            else:
                entity = _entity_name(section, data)
        obj = self._validate(MODELS[section], data, file, line, entity)
        if obj is None:
            if section in ("actors", "instruments") and entity is not None:
                self._failed_ids.add(entity)
            return
        self._add_valid(obj, file, line, entity or "")

    def _add_valid(self, obj: Any, file: str, line: int | None, entity: str | None) -> None:
        """Register a validated entry; ``entity`` None means: name it from its raw line if a problem needs it."""
        origin = Origin(file, line)
        if isinstance(obj, (Actor, Instrument)):
            if obj.id in self._ids:
                self.problems.append(
                    Problem(file, line, obj.id, "id", f"duplicate id (first defined at {self._ids[obj.id]})")
                )
                return
            self._ids[obj.id] = origin
            self.world.origins[obj.id] = origin
            (self.world.actors if isinstance(obj, Actor) else self.world.instruments)[obj.id] = obj  # type: ignore[index]
        elif isinstance(obj, Relation):
            key = "rel:" + obj.key
            first = self.world.origins.get(key)
            if first is not None:
                self.problems.append(
                    Problem(
                        file,
                        line,
                        entity if entity is not None else self._entity_at(origin),
                        None,
                        f"duplicate relation (same ends, type, since and role at {first})",
                    )
                )
                return
            _share_strings(obj)
            self.world.relations.append(obj)
            self.world.origins[key] = origin
        elif isinstance(obj, Figure):
            self.world.profiles.append(obj)
        elif isinstance(obj, Coverage):
            self.world.coverage.append(obj)
        else:
            self.world.corridors.append(obj)
        self._pending_refs.append((obj, origin, entity))

    # -- cross-references -----------------------------------------------------
    def resolve(self) -> None:
        world = self.world
        now = today()
        # sources cited by key resolve the same way every time: once per distinct list of keys
        clean_refs: dict[tuple[str, ...], list[Source]] = {}
        for obj, origin, raw_entity in self._pending_refs:

            def problem(fieldname: str | None, message: str, _o: Origin = origin, _e: str | None = raw_entity) -> None:
                self.problems.append(
                    Problem(_o.file, _o.line, _e if _e is not None else self._entity_at(_o), fieldname, message)
                )

            refs = obj.sources
            key = tuple(refs) if all(isinstance(ref, str) for ref in refs) else None
            cached = clean_refs.get(key) if key is not None else None  # type: ignore[arg-type]
            if cached is not None:
                # same object state as assigning the list: ``sources`` is already a set field
                obj.__dict__["sources"] = list(cached)
            else:
                resolved: list[str | Source] = []
                for i, ref in enumerate(refs):
                    if isinstance(ref, str):
                        source = world.sources.get(ref)
                        if source is None:
                            problem(f"sources.{i}", f"unknown source key {ref!r}")
                            continue
                        resolved.append(source)
                    else:
                        resolved.append(ref)
                obj.sources = resolved
                future = False
                for i, src in enumerate(resolved):
                    if isinstance(src, Source) and src.as_of > now:
                        problem(f"sources.{i}.as_of", f"as_of {src.as_of} is in the future")
                        future = True
                if key is not None and not future and len(resolved) == len(key):
                    clean_refs[key] = resolved  # type: ignore[assignment]
            if isinstance(obj, Relation):
                self._check_relation(obj, problem)
            elif isinstance(obj, Actor):
                if obj.country is not None and not self._is_state(obj.country):
                    problem("country", f"unknown state id {obj.country!r}")
                if obj.open_to is not None and obj.open_to not in world.actors:
                    problem("open_to", f"unknown actor id {obj.open_to!r}")
                for ref in obj.theme_instruments:
                    if ref not in world.instruments:
                        problem("theme_instruments", f"unknown instrument id {ref!r}")
                for b in obj.borders:
                    if not self._is_state(b):
                        problem("borders", f"unknown state id {b!r}")
                for fieldname in ("founded", "dissolved"):
                    value = getattr(obj, fieldname)
                    if value is not None and value > now:
                        problem(fieldname, f"{value} is in the future")
            elif isinstance(obj, Instrument):
                if obj.adopted_by is not None and obj.adopted_by not in world.actors:
                    problem("adopted_by", f"unknown actor id {obj.adopted_by!r}")
                if obj.country is not None and not self._is_state(obj.country):
                    problem("country", f"unknown state id {obj.country!r}")
                for fieldname in ("amends", "supplements", "implements"):
                    for ref in getattr(obj, fieldname):
                        if ref not in world.instruments:
                            problem(fieldname, f"unknown instrument id {ref!r}")
                if obj.adopted is not None and obj.adopted > now:
                    problem("adopted", f"{obj.adopted} is in the future")
            elif isinstance(obj, (Figure, Coverage)):
                if not self._is_state(obj.state):
                    problem("state", f"unknown state id {obj.state!r}")
            else:
                for fieldname in ("origin", "destination"):
                    if not self._is_state(getattr(obj, fieldname)):
                        problem(fieldname, f"unknown state id {getattr(obj, fieldname)!r}")

    def _entity_at(self, origin: Origin) -> str:
        """The entity name of a bulk-read JSON line, as the line-by-line reader names it."""
        lines = self._raw_lines.get(origin.file)
        if lines is None and origin.file in self._raw_texts:  # split only when a problem is reported, once per file
            lines = self._raw_lines[origin.file] = self._raw_texts[origin.file].splitlines()
        try:
            data = json.loads(lines[origin.line - 1]) if lines is not None and origin.line else None
        except (ValueError, IndexError):
            data = None
        if not isinstance(data, dict):
            return ""
        base = Path(origin.file).name
        section = next((sec for suffix, sec in JSONL_SECTIONS.items() if base.endswith(suffix)), "")
        if section in ("actors", "instruments"):
            return str(data.get("id")) if data.get("id") is not None else ""
        return _entity_name(section, data)

    def _is_state(self, entity_id: str) -> bool:
        actor = self.world.actors.get(entity_id)
        return actor is not None and actor.kind == "state"

    def _check_relation(self, rel: Relation, problem: Any) -> None:
        world = self.world
        for end in ("source", "target"):
            entity_id = getattr(rel, end)
            if not world.has(entity_id) and entity_id not in self._failed_ids:
                problem(end, f"unknown id {entity_id!r}")
        if not (world.has(rel.source) and world.has(rel.target)):
            return
        if rel.type in COMMITMENT_TYPES and rel.target not in world.instruments:
            problem("target", f"{rel.type} needs an instrument as target, {rel.target!r} is an actor")
        if rel.type in _ACTOR_TARGET_TYPES and rel.target not in world.actors:
            problem("target", f"{rel.type} needs an actor as target, {rel.target!r} is an instrument")
        if rel.type in ("amends", "supplements") and not (
            rel.source in world.instruments and rel.target in world.instruments
        ):
            problem("type", f"{rel.type} links two instruments")
        elif rel.type not in INSTRUMENT_LINK_TYPES and rel.source not in world.actors:
            problem("source", f"{rel.type} needs an actor as source, {rel.source!r} is an instrument")


def _entity_name(section: str, data: dict[str, Any]) -> str:
    """How a problem names an entry that has no id: a relation by its ends, a figure by state and indicator."""
    if section == "relations":
        return f"{data.get('source')} -{data.get('type')}-> {data.get('target')}"
    if section == "profiles":
        return f"{data.get('state')} {data.get('indicator')} {data.get('year')}"
    if section == "coverage":
        return f"{data.get('state')} {data.get('list')}"
    return f"{data.get('origin')} -> {data.get('destination')}"


_ADAPTERS: dict[str, TypeAdapter[Any]] = {}


#: characters of JSON Lines validated per pydantic call: bounds the parser's working memory on large files
_BULK_CHUNK = 4 << 20


def _json_arrays(text: str) -> Iterator[tuple[int, int, str]]:
    """A JSON Lines text as JSON arrays of at most about ``_BULK_CHUNK`` characters: (first line, count, array).

    A file without blank lines (what ``synth`` and the builders write) is cut at
    line ends without splitting it into a million line strings; one with blank
    lines or CR line ends is split and its blank lines skipped.
    """
    body = text.rstrip("\n")
    if "\r" in body or "\n\n" in body or body.startswith("\n") or not body.strip():
        lines = [(number, line) for number, line in enumerate(body.splitlines(), start=1) if line.strip()]
        for i in range(0, len(lines), 20_000):
            part = lines[i : i + 20_000]
            yield part[0][0], len(part), "[" + ",".join(line for _, line in part) + "]"
        return
    first, pos = 1, 0
    while pos < len(body):
        end = body.find("\n", pos + _BULK_CHUNK)
        end = len(body) if end < 0 else end
        chunk = body[pos:end]
        count = chunk.count("\n") + 1
        yield first, count, "[" + chunk.replace("\n", ",") + "]"
        first, pos = first + count, end + 1


_SHARED_FIELDS = ("source", "target", "type", "since", "until", "role")


def _share_strings(relation: Relation) -> None:
    """One string object per distinct id, type and date: a million relations repeat a few thousand of them.

    JSON parsing makes a new string for every value; interning them saves about
    a fifth of a large world's memory. Values are equal, so nothing else changes.
    """
    fields = relation.__dict__
    for name in _SHARED_FIELDS:
        value = fields[name]
        if value is not None:
            fields[name] = sys.intern(value)


def _list_adapter(section: str) -> TypeAdapter[Any]:
    """A validator of a whole list of one section's model (built once)."""
    adapter = _ADAPTERS.get(section)
    if adapter is None:
        adapter = _ADAPTERS[section] = TypeAdapter(list[MODELS[section]])  # type: ignore[valid-type]
    return adapter


@without_gc
def load_world(data_dirs: Iterable[str | os.PathLike[str]] = (), *, bundled: bool = True) -> World:
    """Load, validate and cross-check a dataset.

    Parameters
    ----------
    data_dirs : folders of extra data, layered over the bundled dataset.
    bundled : include the dataset shipped with govgraph (``data/actors/``).

    Raises
    ------
    DataError
        With every problem found (file, line, entity, field, message).
    """
    reader = _Reader()
    folders = [bundled_data_dir()] if bundled else []
    folders += [Path(d) for d in data_dirs]
    if not folders:
        raise DataError([Problem("(arguments)", None, None, "--data", "no data: give --data DIR or drop --no-bundled")])
    for folder in folders:
        reader.read_folder(folder)
    reader.resolve()
    reader._raw_texts.clear()
    reader._raw_lines.clear()
    if reader.problems:
        raise DataError(reader.problems)
    reader.world.derive()
    return reader.world
