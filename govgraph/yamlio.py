"""YAML reading that remembers line numbers, so errors can point at them.

Mappings come back as :class:`LineDict`, a dict that knows the line of each
of its keys. Duplicate keys, which plain YAML silently overwrites, are errors.
Hostile YAML is refused before it is built: nesting deeper than
:data:`MAX_DEPTH` (the parser and constructor recurse, and crash on deep
input), recursive aliases, and aliases that expand to more than
:data:`MAX_ALIAS_NODES` nodes ("billion laughs").
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["MAX_ALIAS_NODES", "MAX_DEPTH", "LineDict", "YamlError", "load_yaml"]

#: Deepest nesting of mappings and lists accepted (the data needs about six levels).
MAX_DEPTH = 100
#: Most nodes that aliases may add when expanded, over a whole file.
MAX_ALIAS_NODES = 1_000_000

try:  # the C parser is several times faster; fall back when libyaml is missing
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader


class YamlError(Exception):
    """The text is not valid YAML (or repeats a key); carries the 1-based line."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


class LineDict(dict[str, Any]):
    """A mapping from YAML with the 1-based line of the mapping and of each key."""

    __slots__ = ("key_lines", "line")

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Any:
    data = LineDict(node.start_mark.line + 1)
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        line = key_node.start_mark.line + 1
        if key in data:
            raise YamlError(f"key {key!r} appears twice in the same mapping", line)
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = line


def _construct_timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    # dates stay text: the model validates them (and reports impossible ones with their field)
    return str(loader.construct_scalar(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def _check_shape(text: str) -> None:
    """Refuse deep nesting and alias bombs from the event stream, before any node is built.

    The event parsers keep their own stack, so this pass is safe on any input;
    the composer and constructor that follow recurse per level. libyaml is
    fast; since PyYAML 6.0.4 its scanner stops at 1000 levels of flow nesting
    with a message of its own, before our guard sees level 101. Then the pure
    Python parser (no such limit, lazy events) replays the stream, so that
    govgraph's guard decides, with its own message and line, whatever the
    PyYAML version.
    """
    try:
        _check_events(_BaseLoader(text))
    except yaml.scanner.ScannerError as exc:
        if _BaseLoader is yaml.SafeLoader or "nesting depth" not in str(exc.problem):
            raise
        _check_events(yaml.SafeLoader(text))


def _check_events(loader: Any) -> None:
    """Walk the events of one document stream, refusing depth over MAX_DEPTH and alias bombs."""
    #: open collections: [anchor, expanded node count so far]
    stack: list[list[Any]] = []
    sizes: dict[str, int] = {}
    added = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append([event.anchor, 1])
                if len(stack) > MAX_DEPTH:
                    raise YamlError(f"invalid YAML: nested more than {MAX_DEPTH} levels deep", line)
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = stack.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            elif isinstance(event, yaml.AliasEvent):
                if any(open_anchor == event.anchor for open_anchor, _ in stack):
                    raise YamlError(f"invalid YAML: alias *{event.anchor} refers to a node that contains it", line)
                anchor, size = None, sizes.get(event.anchor, 1)
                added += size
                if added > MAX_ALIAS_NODES:
                    raise YamlError(
                        f"invalid YAML: aliases expand to more than {MAX_ALIAS_NODES} nodes (an alias bomb?)", line
                    )
            else:
                continue
            if anchor is not None:
                sizes[anchor] = size
            if stack:
                stack[-1][1] += size
    finally:
        loader.dispose()


def load_yaml(text: str) -> Any:
    """Parse YAML text; raise :class:`YamlError` with the line of the first problem."""
    try:
        _check_shape(text)
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a safe loader subclass
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            reason = f"{exc.context}: {exc.problem}"
        if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
            reason += " (a tab: YAML indents with spaces)"
        raise YamlError(f"invalid YAML: {reason}", line) from None
    except yaml.reader.ReaderError as exc:
        # a character YAML forbids (NUL, other control characters): one line, with the line number
        line = text[: exc.position].count("\n") + 1 if isinstance(exc.position, int) else None
        char = f"#x{exc.character:04x}" if isinstance(exc.character, int) else repr(exc.character)
        raise YamlError(f"invalid YAML: {exc.reason} (character {char})", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", None) from None
