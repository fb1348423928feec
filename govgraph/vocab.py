"""The controlled vocabulary of the model: kinds, levels, relation types.

Kept in one place so that the loader, the graph, the gap rules, the views and
the Cypher library agree on every name.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "ACTOR_KINDS",
    "BELONGING_TYPES",
    "BINDING_INSTRUMENT_KINDS",
    "BODY_KINDS",
    "COMMITMENT_TYPES",
    "CONTAINMENT_TYPES",
    "COORDINATION_TYPES",
    "COVERAGE_LISTS",
    "DEFAULT_LEVEL",
    "FORUM_KINDS",
    "INDICATORS",
    "INSTRUMENT_KINDS",
    "INSTRUMENT_LINK_TYPES",
    "LEVELS",
    "MEMBERSHIP_TYPES",
    "POLICY_AREAS",
    "RELATION_GROUP",
    "RELATION_TYPES",
    "RESERVATION_KINDS",
    "SCOPES",
    "SCOPE_LEVEL",
    "SECTORS",
    "TREATY_BASED_KINDS",
    "ActorKind",
    "CoverageList",
    "Direction",
    "Indicator",
    "InstrumentKind",
    "Level",
    "PolicyArea",
    "RelationType",
    "ReservationKind",
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
    # bilateral and state-EU instruments
    "social_security_agreement",
    "labour_agreement",
    "labour_mou",
    "readmission_agreement",
    "mobility_partnership",
    "migration_partnership",
    "talent_partnership",
]
INSTRUMENT_KINDS: tuple[str, ...] = get_args(InstrumentKind)
BINDING_INSTRUMENT_KINDS = frozenset(
    {"convention", "protocol", "treaty", "social_security_agreement", "labour_agreement", "readmission_agreement"}
)

#: Reservations and declarations that narrow what a party has committed to (on party_to / signatory_of).
ReservationKind = Literal[
    "geographical_limitation",  # 1951 Convention art. 1B(1)(a): events occurring in Europe only
    "excluded_annexes",  # ILO C097 and similar: annexes not accepted
    "article_reservations",  # articles excluded or interpreted restrictively
    "territorial_exclusion",  # territories left out of the application
    "other",
]
RESERVATION_KINDS: tuple[str, ...] = get_args(ReservationKind)

#: A state's migration profile: the indicators recorded per state and year (see models.Figure).
Indicator = Literal[
    "refugees_hosted",
    "asylum_seekers_hosted",
    "others_in_need_hosted",
    "refugees_originating",
    "asylum_seekers_originating",
    "others_in_need_originating",
    "stateless",
    "idps",
    "immigrant_stock",
    "emigrant_stock",
    "population",
    "remittances_received_usd",
]
INDICATORS: tuple[str, ...] = get_args(Indicator)

#: Curated lists whose completeness is recorded per state (see models.Coverage).
CoverageList = Literal["national_agencies", "coordination_mechanisms", "cities", "csos", "bilateral_agreements"]
COVERAGE_LISTS: tuple[str, ...] = get_args(CoverageList)

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
    "associate_of",
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
    "did_not_vote",
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
#: Bodies that must record who belongs to them (or say that they do not): validate refuses a silent one.
BODY_KINDS = frozenset({"rec", "rcp", "irf", "igo", "global_process"})

MEMBERSHIP_TYPES = frozenset(
    {"member_of", "observer_of", "associate_of", "participates_in", "chairs", "secretariat_of"}
)
#: The relations that make a state belong to a body (observers and chairs do not).
BELONGING_TYPES = frozenset({"member_of", "associate_of", "participates_in"})
COMMITMENT_TYPES = frozenset({"party_to", "signatory_of", "endorses", "voted_against", "abstained", "did_not_vote"})
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
