"""Counts that describe a dataset: what `govgraph validate` reports."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .models import is_checked
from .world import World

__all__ = ["summarize"]


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def summarize(world: World, as_of: str | None = None) -> dict[str, Any]:
    """Counts by actor kind and level, instrument kind, relation type, binding, direction, and checked facts.

    With ``as_of``, relation counts cover only the relations in force that day.
    """
    from .dates import is_active

    relations = [r for r in world.relations if as_of is None or is_active(r.since, r.until, as_of)]
    facts = [*world.actors.values(), *world.instruments.values(), *world.relations, *world.corridors]
    checked = sum(1 for f in facts if is_checked(f.sources))
    unchecked_by_family: Counter[str] = Counter()
    for rel in world.relations:
        if not is_checked(rel.sources):
            unchecked_by_family[rel.type] += 1
    return {
        "files": len(world.files),
        "actors": len(world.actors),
        "instruments": len(world.instruments),
        "relations": len(relations),
        "relations_total": len(world.relations),
        "corridors": len(world.corridors),
        "actors_by_kind": _sorted(Counter(a.kind for a in world.actors.values())),
        "actors_by_level": _sorted(Counter(str(a.level) for a in world.actors.values())),
        "instruments_by_kind": _sorted(Counter(i.kind for i in world.instruments.values())),
        "instruments_binding": _sorted(
            Counter("binding" if i.binding else "non-binding" for i in world.instruments.values())
        ),
        "relations_by_type": _sorted(Counter(r.type for r in relations)),
        "relations_by_binding": _sorted(Counter("binding" if r.binding else "non-binding" for r in relations)),
        "relations_by_direction": _sorted(Counter(str(r.direction) for r in relations)),
        "facts": len(facts),
        "facts_checked": checked,
        "facts_unchecked": len(facts) - checked,
        "unchecked_relations_by_type": _sorted(unchecked_by_family),
        "as_of": as_of,
    }
