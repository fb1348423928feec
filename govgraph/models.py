"""The typed model: Source, Actor, Instrument, Relation, Corridor, Figure, Coverage (pydantic v2).

Unknown keys are errors (``extra="forbid"``), so a typo in the data fails
loudly. Qualities that follow from other facts (an actor's level, a
relation's binding and direction) are optional here and filled in by the
dataset once every entity is known; an explicit value in the data wins.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from .dates import parse_date
from .vocab import (
    COMMITMENT_TYPES,
    ActorKind,
    CoverageList,
    Direction,
    Indicator,
    InstrumentKind,
    Level,
    PolicyArea,
    RelationType,
    ReservationKind,
    Scope,
    Sector,
)

__all__ = [
    "Actor",
    "Corridor",
    "Coverage",
    "Date",
    "EntityId",
    "Figure",
    "Instrument",
    "Relation",
    "Source",
    "is_checked",
]


def _check_url(value: str | None) -> str | None:
    if value is not None and not value.lower().startswith(("http://", "https://")):
        raise ValueError("a URL must start with http:// or https://")
    return value


_CONTROL_CHARS = re.compile(r"[\x00-\x1f]")


def _no_control_chars(value: str) -> str:
    if _CONTROL_CHARS.search(value):
        raise ValueError("must not contain control characters (newlines, tabs)")
    return value


Date = Annotated[str, BeforeValidator(parse_date)]
Url = Annotated[str, AfterValidator(_check_url)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
EntityId = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_no_control_chars)
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Source(_Strict):
    """Where a fact comes from, the date of the status it reflects, and whether it was checked here."""

    title: Text
    url: Url | None = None
    publication: Text | None = None
    as_of: Date
    checked: bool
    note: str | None = None

    @model_validator(mode="after")
    def _url_or_publication(self) -> Source:
        if not self.url and not self.publication:
            raise ValueError("a source needs a url or a publication")
        return self


#: A fact's sources as written in the data: keys of named sources, or inline sources.
SourceRefs = Annotated[list[str | Source], Field(min_length=1)]


class Actor(_Strict):
    """An organisation, process, state, agency, city or civil-society body."""

    id: EntityId
    kind: ActorKind
    name: Text
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    level: Level | None = None
    country: str | None = None
    sector: Sector | None = None
    region: str | None = None
    subregion: str | None = None
    borders: list[str] = Field(default_factory=list)
    iso2: str | None = None
    m49: str | None = None
    treaty_based: bool | None = None
    founded: Date | None = None
    dissolved: Date | None = None
    #: False: who belongs to this body is not recorded here, so no rule may read a missing member as "not a member".
    membership_recorded: bool | None = None
    #: Bodies: only members of this body may join (the ARCP: the League of Arab States; the League: its own members),
    #: so a state outside it is not expected to belong.
    open_to: EntityId | None = None
    #: RCPs and forums: the instruments of the body's themes (the Bali Process: the Trafficking and Smuggling
    #: Protocols and the 1951 Convention), whose uptake by its members regional-coherence checks.
    theme_instruments: list[EntityId] = Field(default_factory=list)
    url: Url | None = None
    note: str | None = None
    sources: SourceRefs

    @model_validator(mode="after")
    def _consistent(self) -> Actor:
        if self.founded and self.dissolved and self.dissolved < self.founded:
            raise ValueError(f"dissolved ({self.dissolved}) is before founded ({self.founded})")
        if self.sector is not None and self.kind != "cso":
            raise ValueError("sector is only for kind 'cso'")
        if self.borders and self.kind != "state":
            raise ValueError("borders are only for kind 'state'")
        return self

    @field_validator("m49", mode="before")
    @classmethod
    def _m49_text(cls, value: Any) -> Any:
        return f"{value:03d}" if isinstance(value, int) and not isinstance(value, bool) else value


class Instrument(_Strict):
    """A treaty, protocol, compact, declaration, agreement or policy."""

    id: EntityId
    name: Text
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    kind: InstrumentKind
    binding: bool | None = None
    scope: Scope
    adopted: Date | None = None
    in_force: Date | None = None
    adopted_by: str | None = None
    country: str | None = None
    policy_areas: list[PolicyArea] = Field(default_factory=list)
    gcm_objectives: list[Annotated[int, Field(ge=1, le=23)]] = Field(default_factory=list)
    amends: list[str] = Field(default_factory=list)
    supplements: list[str] = Field(default_factory=list)
    implements: list[str] = Field(default_factory=list)
    #: The day it stopped having effect (expired, terminated, replaced): out of the as-of graph from then on.
    ended: Date | None = None
    #: The day its application was suspended (it stays in the graph; the status is shown).
    suspended: Date | None = None
    end_reason: str | None = None
    #: False: the parties recorded here are known to be fewer than the depositary's; a missing party is "unknown".
    parties_complete: bool | None = None
    #: The depositary's published number of parties, and the date of that status.
    published_parties: Annotated[int, Field(ge=0)] | None = None
    published_as_of: Date | None = None
    url: Url | None = None
    note: str | None = None
    sources: SourceRefs

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
        if self.adopted and self.in_force and self.in_force < self.adopted:
            raise ValueError(f"in_force ({self.in_force}) is before adopted ({self.adopted})")
        if self.adopted and self.ended and self.ended <= self.adopted:
            raise ValueError(f"ended ({self.ended}) must be after adopted ({self.adopted})")
        if (self.published_parties is None) != (self.published_as_of is None):
            raise ValueError("published_parties and published_as_of go together (a count is true on a date)")
        return self


class Relation(_Strict):
    """A dated, sourced edge between two actors or an actor and an instrument."""

    source: EntityId
    target: EntityId
    type: RelationType
    since: Date | None = None
    until: Date | None = None
    binding: bool | None = None
    direction: Direction | None = None
    role: str | None = None
    #: Reservations or declarations that narrow the commitment (party_to, signatory_of), e.g. geographical_limitation.
    reservations: list[ReservationKind] = Field(default_factory=list)
    reservation_note: str | None = None
    note: str | None = None
    sources: SourceRefs

    @model_validator(mode="after")
    def _consistent(self) -> Relation:
        if self.since and self.until and self.until <= self.since:
            raise ValueError(f"until ({self.until}) must be after since ({self.since})")
        if self.source == self.target:
            raise ValueError("a relation cannot link an entity to itself")
        if (self.reservations or self.reservation_note) and self.type not in COMMITMENT_TYPES:
            raise ValueError(f"reservations are for commitments (party_to, signatory_of), not {self.type}")
        return self

    @property
    def key(self) -> str:
        """A stable identity of the fact: ends, type, start and role."""
        return f"{self.source}|{self.type}|{self.target}|{self.since or ''}|{self.role or ''}"


class Corridor(_Strict):
    """A migration corridor: migrant stock from an origin state living in a destination state."""

    origin: EntityId
    destination: EntityId
    stock: Annotated[int, Field(ge=0)]
    year: Annotated[int, Field(ge=1900, le=2100)]
    sources: SourceRefs


class Figure(_Strict):
    """One figure of a state's migration profile: an indicator's value in a year, with its source.

    Read as "the latest figure on or before the as-of date". Values are counts of
    people, or US dollars for remittances.
    """

    state: EntityId
    indicator: Indicator
    year: Annotated[int, Field(ge=1900, le=2100)]
    value: Annotated[float, Field(ge=0)]
    note: str | None = None
    sources: SourceRefs


class Coverage(_Strict):
    """Whether one curated list of a state is complete, as last reviewed: "checked, none" versus "not recorded"."""

    state: EntityId
    list: CoverageList
    complete: bool
    reviewed: Date
    note: str | None = None
    sources: SourceRefs


def is_checked(sources: list[str | Source]) -> bool:
    """A fact is checked when at least one of its sources was read here."""
    return any(isinstance(s, Source) and s.checked for s in sources)
