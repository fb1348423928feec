"""The validated dataset: every actor, instrument, relation and corridor, cross-checked.

A :class:`World` is what the loader returns. It resolves named sources,
derives each actor's level and each relation's binding and direction, and
answers look-ups by id, code, acronym or name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lookup import Lookup
from .models import Actor, Corridor, Coverage, Figure, Instrument, Relation, Source
from .vocab import (
    BINDING_INSTRUMENT_KINDS,
    DEFAULT_LEVEL,
    SCOPE_LEVEL,
    TREATY_BASED_KINDS,
)

__all__ = ["Origin", "World"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an entity or relation was written: file and 1-based line."""

    file: str
    line: int | None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass
class World:
    """A validated, cross-referenced dataset."""

    actors: dict[str, Actor] = field(default_factory=dict)
    instruments: dict[str, Instrument] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    corridors: list[Corridor] = field(default_factory=list)
    profiles: list[Figure] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    _lookup: Lookup | None = field(default=None, repr=False, compare=False)

    # -- derived qualities -------------------------------------------------
    def level_of(self, entity_id: str) -> str:
        """The level of an actor, or of an instrument by its scope."""
        actor = self.actors.get(entity_id)
        if actor is not None:
            return actor.level or DEFAULT_LEVEL[actor.kind]
        return SCOPE_LEVEL[self.instruments[entity_id].scope]

    def instrument_binding(self, instrument: Instrument) -> bool:
        """An instrument binds when the data says so or, by default, when it is a treaty-type kind."""
        if instrument.binding is not None:
            return instrument.binding
        return instrument.kind in BINDING_INSTRUMENT_KINDS

    def default_binding(self, relation: Relation) -> bool:
        """Binding by default: party to a binding instrument, member of a treaty-based body."""
        if relation.type == "party_to":
            target = self.instruments.get(relation.target)
            return target is not None and self.instrument_binding(target)
        if relation.type == "member_of":
            target_actor = self.actors.get(relation.target)
            if target_actor is None:
                return False
            if target_actor.treaty_based is not None:
                return target_actor.treaty_based
            return target_actor.kind in TREATY_BASED_KINDS
        return False

    def derive(self) -> None:
        """Fill in levels, instrument binding, and each relation's binding and direction."""
        # values are written to the models' __dict__: they are validated already, and pydantic's
        # __setattr__ costs seconds on a million relations
        for actor in self.actors.values():
            if actor.level is None:
                actor.__dict__["level"] = DEFAULT_LEVEL[actor.kind]
        for instrument in self.instruments.values():
            if instrument.binding is None:
                instrument.__dict__["binding"] = self.instrument_binding(instrument)
        level = {a.id: a.level for a in self.actors.values()}
        level.update((i.id, SCOPE_LEVEL[i.scope]) for i in self.instruments.values())
        for rel in self.relations:
            values = rel.__dict__
            if rel.binding is None:
                values["binding"] = self.default_binding(rel)
            if rel.direction is None:
                values["direction"] = "horizontal" if level[rel.source] == level[rel.target] else "vertical"

    # -- look-ups -----------------------------------------------------------
    def has(self, entity_id: str) -> bool:
        return entity_id in self.actors or entity_id in self.instruments

    def name_of(self, entity_id: str) -> str:
        entity = self.actors.get(entity_id) or self.instruments.get(entity_id)
        return entity.name if entity is not None else entity_id

    def resolve(self, query: str) -> str:
        """The id of the actor or instrument a user means by ``query`` (see :class:`Lookup`)."""
        if self._lookup is None:
            entities = [*self.actors.values(), *self.instruments.values()]
            self._lookup = Lookup(
                (e.id, e.model_dump(include={"name", "acronym", "aliases", "iso2"})) for e in entities
            )
        return self._lookup.resolve(query)
