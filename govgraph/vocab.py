"""The controlled vocabulary of the model: kinds, levels, relation types.

Kept in one place so that the loader, the graph, the gap rules, the views and
the Cypher library agree on every name.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "ACTOR_KINDS",
    "BINDING_INSTRUMENT_KINDS",
    "COMMITMENT_TYPES",
    "CONTAINMENT_TYPES",
    "COORDINATION_TYPES",
    "DEFAULT_LEVEL",
    "FORUM_KINDS",
    "INSTRUMENT_KINDS",
    "INSTRUMENT_LINK_TYPES",
    "LEVELS",
    "MEMBERSHIP_TYPES",
    "POLICY_AREAS",
    "RELATION_GROUP",
    "RELATION_TYPES",
    "SCOPES",
    "SCOPE_LEVEL",
    "SECTORS",
    "TREATY_BASED_KINDS",
    "ActorKind",
    "Direction",
    "InstrumentKind",
    "Level",
    "PolicyArea",
    "RelationType",
    "Scope",
    "Sector",
]

Level = Literal["global", "regional", "national", "local"]
LEVELS: tuple[str, ...] = get_args(Level)

ActorKind = Literal[
    "un_agency",
    "igo",
    "global_process",
    "rcp",
    "irf",
    "rec",
    "state",
    "national_agency",
    "subnational",
    "city",
    "city_network",
    "cso",
]
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)

DEFAULT_LEVEL: dict[str, str] = {
    "un_agency": "global",
    "igo": "global",
    "global_process": "global",
    "rcp": "regional",
    "irf": "regional",
    "rec": "regional",
    "state": "national",
    "national_agency": "national",
    "subnational": "local",
    "city": "local",
    "city_network": "local",
    "cso": "national",
}

Sector = Literal[
    "ngo",
    "migrant_association",
    "diaspora",
    "trade_union",
    "employer",
    "private_sector",
    "academia",
    "foundation",
    "faith_based",
]
SECTORS: tuple[str, ...] = get_args(Sector)

InstrumentKind = Literal[
    "convention",
    "protocol",
    "treaty",
    "agreement",
    "memorandum",
    "compact",
    "declaration",
    "framework",
    "guideline",
    "resolution",
    "policy",
    "statement",
    "programme",
]
INSTRUMENT_KINDS: tuple[str, ...] = get_args(InstrumentKind)
BINDING_INSTRUMENT_KINDS = frozenset({"convention", "protocol", "treaty"})

Scope = Literal["global", "regional", "bilateral", "national", "local"]
SCOPES: tuple[str, ...] = get_args(Scope)
SCOPE_LEVEL: dict[str, str] = {
    "global": "global",
    "regional": "regional",
    "bilateral": "national",
    "national": "national",
    "local": "local",
}

RelationType = Literal[
    "member_of",
    "observer_of",
    "withdrew_from",
    "suspended_from",
    "participates_in",
    "chairs",
    "secretariat_of",
    "party_to",
    "signatory_of",
    "endorses",
    "voted_against",
    "abstained",
    "coordinates_with",
    "partners_with",
    "funds",
    "implements",
    "contests",
    "located_in",
    "part_of",
    "adopted",
    "amends",
    "supplements",
]
RELATION_TYPES: tuple[str, ...] = get_args(RelationType)

Direction = Literal["vertical", "horizontal"]

PolicyArea = Literal[
    "migrant_rights",
    "labour_migration",
    "refugees",
    "asylum",
    "statelessness",
    "trafficking",
    "smuggling",
    "free_movement",
    "border_management",
    "return_reintegration",
    "diaspora",
    "remittances",
    "integration",
    "health",
    "children",
    "gender",
    "climate_disaster",
    "crisis",
    "data",
    "development",
    "consular",
    "regular_pathways",
    "detention",
    "human_rights",
    "decent_work",
    "governance",
]
POLICY_AREAS: tuple[str, ...] = get_args(PolicyArea)

#: Actor kinds that are forums: co-membership in one counts as a coordination channel.
FORUM_KINDS = frozenset({"rcp", "irf", "rec", "global_process", "city_network"})
#: Actor kinds founded by treaty: membership of them is binding unless the actor says otherwise.
TREATY_BASED_KINDS = frozenset({"rec", "igo", "un_agency"})

MEMBERSHIP_TYPES = frozenset({"member_of", "observer_of", "participates_in", "chairs", "secretariat_of"})
COMMITMENT_TYPES = frozenset({"party_to", "signatory_of", "endorses", "voted_against", "abstained"})
COORDINATION_TYPES = frozenset({"coordinates_with", "partners_with", "funds", "implements"})
CONTAINMENT_TYPES = frozenset({"located_in", "part_of"})
INSTRUMENT_LINK_TYPES = frozenset({"adopted", "amends", "supplements"})

RELATION_GROUP: dict[str, str] = {
    **{t: "membership" for t in MEMBERSHIP_TYPES},
    **{t: "commitment" for t in COMMITMENT_TYPES},
    **{t: "coordination" for t in COORDINATION_TYPES},
    **{t: "containment" for t in CONTAINMENT_TYPES},
    **{t: "instrument" for t in INSTRUMENT_LINK_TYPES},
    "contests": "contestation",
    "withdrew_from": "exit",
    "suspended_from": "exit",
}
