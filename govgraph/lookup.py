"""Find the actor or instrument a user means: by id, ISO code, acronym, name or alias."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import UnknownActorError

__all__ = ["Lookup"]


class Lookup:
    """A case-insensitive index of every way to name an entity, with "did you mean" suggestions."""

    def __init__(self, entities: Iterable[tuple[str, Mapping[str, Any]]]):
        self._names: dict[str, str] = {}
        self._index: dict[str, list[str]] = {}
        for entity_id, attrs in entities:
            self._names[entity_id] = str(attrs.get("name") or entity_id)
            for key in (
                entity_id,
                attrs.get("name"),
                attrs.get("acronym"),
                attrs.get("iso2"),
                *(attrs.get("aliases") or ()),
            ):
                if key:
                    ids = self._index.setdefault(str(key).casefold().strip(), [])
                    if entity_id not in ids:
                        ids.append(entity_id)

    def resolve(self, query: str) -> str:
        """The id ``query`` names; raises :class:`UnknownActorError` with suggestions or candidates."""
        if query in self._names:
            return query
        key = query.casefold().strip()
        ids = self._index.get(key, [])
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            exact = [i for i in ids if i.casefold() == key]
            if len(exact) == 1:
                return exact[0]
            raise UnknownActorError(query, [], candidates=sorted(ids))
        suggestions: list[str] = []
        for match in difflib.get_close_matches(key, list(self._index), n=5, cutoff=0.75):
            for entity_id in self._index[match]:
                label = f"{entity_id} ({self._names[entity_id]})"
                if label not in suggestions:
                    suggestions.append(label)
        raise UnknownActorError(query, suggestions[:5])
