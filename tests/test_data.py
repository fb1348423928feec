"""Checks of the bundled dataset (data/actors/) against published facts.

Each test names, in its docstring, the public source that establishes the expected
value. The dataset is loaded once per session (``real_world`` / ``real_graph`` from
conftest.py); nothing here reads files outside the repository.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from govgraph.cli import main
from govgraph.dates import is_active, today
from govgraph.models import Source, is_checked
from govgraph.resources import bundled_data_dir
from govgraph.temporal import as_of

FIXTURES = Path(__file__).parent / "fixtures"

#: The 193 UN member states (ISO 3166-1 alpha-3). Generated once from
#: /work/shared/sources/unga_votes_73_195_gcm_73_151_gcr.csv (one row per UN member per
#: vote; the list of members there comes from the UN's own roll of 193 members); embedded
#: here so the test needs nothing outside the repository.
UN_MEMBERS = frozenset(
    [
        "AFG",
        "AGO",
        "ALB",
        "AND",
        "ARE",
        "ARG",
        "ARM",
        "ATG",
        "AUS",
        "AUT",
        "AZE",
        "BDI",
        "BEL",
        "BEN",
        "BFA",
        "BGD",
        "BGR",
        "BHR",
        "BHS",
        "BIH",
        "BLR",
        "BLZ",
        "BOL",
        "BRA",
        "BRB",
        "BRN",
        "BTN",
        "BWA",
        "CAF",
        "CAN",
        "CHE",
        "CHL",
        "CHN",
        "CIV",
        "CMR",
        "COD",
        "COG",
        "COL",
        "COM",
        "CPV",
        "CRI",
        "CUB",
        "CYP",
        "CZE",
        "DEU",
        "DJI",
        "DMA",
        "DNK",
        "DOM",
        "DZA",
        "ECU",
        "EGY",
        "ERI",
        "ESP",
        "EST",
        "ETH",
        "FIN",
        "FJI",
        "FRA",
        "FSM",
        "GAB",
        "GBR",
        "GEO",
        "GHA",
        "GIN",
        "GMB",
        "GNB",
        "GNQ",
        "GRC",
        "GRD",
        "GTM",
        "GUY",
        "HND",
        "HRV",
        "HTI",
        "HUN",
        "IDN",
        "IND",
        "IRL",
        "IRN",
        "IRQ",
        "ISL",
        "ISR",
        "ITA",
        "JAM",
        "JOR",
        "JPN",
        "KAZ",
        "KEN",
        "KGZ",
        "KHM",
        "KIR",
        "KNA",
        "KOR",
        "KWT",
        "LAO",
        "LBN",
        "LBR",
        "LBY",
        "LCA",
        "LIE",
        "LKA",
        "LSO",
        "LTU",
        "LUX",
        "LVA",
        "MAR",
        "MCO",
        "MDA",
        "MDG",
        "MDV",
        "MEX",
        "MHL",
        "MKD",
        "MLI",
        "MLT",
        "MMR",
        "MNE",
        "MNG",
        "MOZ",
        "MRT",
        "MUS",
        "MWI",
        "MYS",
        "NAM",
        "NER",
        "NGA",
        "NIC",
        "NLD",
        "NOR",
        "NPL",
        "NRU",
        "NZL",
        "OMN",
        "PAK",
        "PAN",
        "PER",
        "PHL",
        "PLW",
        "PNG",
        "POL",
        "PRK",
        "PRT",
        "PRY",
        "QAT",
        "ROU",
        "RUS",
        "RWA",
        "SAU",
        "SDN",
        "SEN",
        "SGP",
        "SLB",
        "SLE",
        "SLV",
        "SMR",
        "SOM",
        "SRB",
        "SSD",
        "STP",
        "SUR",
        "SVK",
        "SVN",
        "SWE",
        "SWZ",
        "SYC",
        "SYR",
        "TCD",
        "TGO",
        "THA",
        "TJK",
        "TKM",
        "TLS",
        "TON",
        "TTO",
        "TUN",
        "TUR",
        "TUV",
        "TZA",
        "UGA",
        "UKR",
        "URY",
        "USA",
        "UZB",
        "VCT",
        "VEN",
        "VNM",
        "VUT",
        "WSM",
        "YEM",
        "ZAF",
        "ZMB",
        "ZWE",
    ]
)

#: The two non-member observer States of the General Assembly.
OBSERVER_STATES = frozenset({"VAT", "PSE"})

SEED_ENTITIES = yaml.safe_load((FIXTURES / "seed_entities.yaml").read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------- helpers
def commitments(world, instrument: str, rtype: str, date: str) -> set[str]:
    """Ids of actors with a relation ``rtype`` to ``instrument`` in force on ``date``."""
    return {
        r.source
        for r in world.relations
        if r.target == instrument and r.type == rtype and is_active(r.since, r.until, date)
    }


def members(graph, org: str, date: str) -> set[str]:
    """Members (member_of edges) of ``org`` in the graph as it stood on ``date``."""
    H = as_of(graph, date)
    return {u for u, v, d in H.in_edges(org, data=True) if d["type"] == "member_of"}


def describe(fact) -> str:
    for attr in ("id",):
        if hasattr(fact, attr):
            return getattr(fact, attr)
    if hasattr(fact, "origin"):
        return f"corridor {fact.origin}->{fact.destination} {fact.year}"
    return f"{fact.source} {fact.type} {fact.target} since={fact.since}"


# ----------------------------------------------------------------------------- states
def test_un_members_count():
    """The UN has 193 member states (UN, Member States page; also the roll of A/RES/73/195)."""
    assert len(UN_MEMBERS) == 193


def test_every_un_member_state_is_present(real_world):
    """Each of the 193 UN member states is a `state` actor with its ISO3 id (UN, Member States page)."""
    missing = sorted(c for c in UN_MEMBERS if c not in real_world.actors)
    not_states = sorted(c for c in UN_MEMBERS if c in real_world.actors and real_world.actors[c].kind != "state")
    assert not missing, f"UN member states missing: {missing}"
    assert not not_states, f"UN member states not of kind state: {not_states}"


def test_observer_states_are_present(real_world):
    """The Holy See (VAT) and the State of Palestine (PSE) are the two non-member observer
    States of the General Assembly (UN, Non-member States page)."""
    for code in OBSERVER_STATES:
        assert code in real_world.actors and real_world.actors[code].kind == "state", code


def test_un_membership_today_is_the_193(real_world):
    """Today exactly the 193 member states are `member_of un`, and VAT and PSE are observers
    (UN, Member States and Non-member States pages)."""
    now = today()
    current = {
        r.source
        for r in real_world.relations
        if r.target == "un" and r.type == "member_of" and is_active(r.since, r.until, now)
    }
    assert current == UN_MEMBERS, (sorted(current - UN_MEMBERS), sorted(UN_MEMBERS - current))
    observers = {
        r.source
        for r in real_world.relations
        if r.target == "un" and r.type == "observer_of" and is_active(r.since, r.until, now)
    }
    assert observers >= OBSERVER_STATES


# ----------------------------------------------------------------------------- sources
def _good_source(s) -> bool:
    return isinstance(s, Source) and bool(s.title) and bool(s.as_of) and bool(s.url or s.publication)


@pytest.mark.parametrize("section", ["actors", "instruments", "relations", "corridors"])
def test_every_fact_has_a_complete_source(real_world, section):
    """Data contract (docs/data-format.md): each actor, instrument, relation and corridor
    cites at least one source with a title, an as_of date, and a url or a publication."""
    facts = getattr(real_world, section)
    facts = facts.values() if isinstance(facts, dict) else facts
    bad = [describe(f) for f in facts if not any(_good_source(s) for s in f.sources)]
    assert not bad, f"{len(bad)} {section} without a complete source, e.g. {bad[:10]}"


@pytest.fixture(scope="module")
def raw_files() -> dict[str, dict]:
    """The bundled YAML files as written (named sources not yet resolved)."""
    folder = bundled_data_dir()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return {
        p.name: (yaml.load(p.read_text(encoding="utf-8"), Loader=loader) or {})  # noqa: S506 - safe loader
        for p in sorted(folder.glob("*.yaml"))
    }


def test_named_sources_exist_and_are_unique(raw_files):
    """Every source cited by key is defined once in some file of the dataset, with the
    file-stem prefix the conventions require (docs/data-format.md, "Sources")."""
    defined: dict[str, str] = {}
    duplicates = []
    for name, data in raw_files.items():
        for key in data.get("sources") or {}:
            if key in defined:
                duplicates.append((key, defined[key], name))
            defined[key] = name
    assert not duplicates, duplicates
    unknown = []
    for name, data in raw_files.items():
        for section in ("actors", "instruments", "relations", "corridors"):
            for fact in data.get(section) or []:
                for ref in fact.get("sources") or []:
                    if isinstance(ref, str) and ref not in defined:
                        unknown.append((name, ref))
    assert not unknown, f"cited but not defined: {sorted(set(unknown))[:20]}"


# ----------------------------------------------------------------------------- seeds
@pytest.mark.parametrize("entry", SEED_ENTITIES, ids=[f"{e['id']}@{e['seed'].split('_')[0]}" for e in SEED_ENTITIES])
def test_seed_entity_is_present(real_world, entry):
    """Every actor and instrument named in the seed documents exists in the data. The seed
    file and a quote where it names the entity are in tests/fixtures/seed_entities.yaml."""
    assert real_world.has(entry["id"]), f"{entry['id']} ({entry['name']}) named in {entry['seed']}: {entry['quote']}"


# ----------------------------------------------------------------------------- votes
def test_gcm_vote_matches_the_recorded_vote(real_world):
    """A/RES/73/195 (Global Compact for Migration), recorded vote of 19 December 2018:
    152 in favour, 5 against (Czechia, Hungary, Israel, Poland, United States), 12
    abstentions (UN meetings coverage press release of 19 December 2018; UN Digital
    Library voting record; Voeten's UNGA voting data). Checked the day after, so later changes (Brazil) do not count."""
    day = "2018-12-20"
    endorses = commitments(real_world, "gcm", "endorses", day)
    against = commitments(real_world, "gcm", "voted_against", day)
    abstained = commitments(real_world, "gcm", "abstained", day)
    assert len(endorses) == 152
    assert against == {"CZE", "HUN", "ISR", "POL", "USA"}
    assert len(abstained) == 12
    assert not (endorses & against or endorses & abstained or against & abstained)
    assert (endorses | against | abstained) <= UN_MEMBERS
    # the other 24 members were absent or did not vote: a recorded fact, so every member has exactly one position
    absent = commitments(real_world, "gcm", "did_not_vote", day)
    assert len(absent) == 24 and {"UKR", "SVK", "DOM"} <= absent
    assert endorses | against | abstained | absent == UN_MEMBERS


def test_gcr_vote_matches_the_recorded_vote(real_world):
    """A/RES/73/151 (affirming the Global Compact on Refugees), recorded vote of
    17 December 2018: 181 in favour, 2 against (Hungary, United States), 3 abstentions
    (UN News, December 2018; Voeten's UNGA voting data). Which three abstained is disputed
    (Dominican Republic or Liberia), so only the count is tested."""
    day = "2018-12-20"
    endorses = commitments(real_world, "gcr", "endorses", day)
    against = commitments(real_world, "gcr", "voted_against", day)
    abstained = commitments(real_world, "gcr", "abstained", day)
    assert len(endorses) == 181
    assert against == {"HUN", "USA"}
    assert len(abstained) == 3
    assert not (endorses & against or endorses & abstained or against & abstained)
    assert (endorses | against | abstained) <= UN_MEMBERS
    absent = commitments(real_world, "gcr", "did_not_vote", day)
    assert absent == {"FSM", "ISR", "NRU", "POL", "PRK", "TKM", "TON"}
    assert endorses | against | abstained | absent == UN_MEMBERS


# ----------------------------------------------------------------------------- memberships
def test_ecowas_membership_before_and_after_the_2025_withdrawals(real_world, real_graph):
    """ECOWAS had 15 member states until Burkina Faso, Mali and Niger left on 29 January 2025,
    leaving 12 (ECOWAS Commission statement of 29 January 2025; ecowas.int, Member States)."""
    assert len(members(real_graph, "ecowas", "2024-06-01")) == 15
    after = members(real_graph, "ecowas", "2025-06-01")
    assert len(after) == 12
    assert not after & {"BFA", "MLI", "NER"}
    for state in ("BFA", "MLI", "NER"):
        withdrawals = [
            r for r in real_world.relations if r.source == state and r.target == "ecowas" and r.type == "withdrew_from"
        ]
        assert [r.since for r in withdrawals] == ["2025-01-29"], state
        spells = [
            r for r in real_world.relations if r.source == state and r.target == "ecowas" and r.type == "member_of"
        ]
        assert any(r.until == "2025-01-29" for r in spells), state


def test_eu_membership_before_and_after_brexit(real_world, real_graph):
    """The EU had 28 member states until the United Kingdom left on 31 January 2020, then 27
    (European Union, EU countries page; the UK's withdrawal took effect at the end of
    31 January 2020 under the Withdrawal Agreement)."""
    assert len(members(real_graph, "eu", "2019-06-01")) == 28
    after = members(real_graph, "eu", "2020-06-01")
    assert len(after) == 27 and "GBR" not in after
    assert any(
        r.source == "GBR" and r.target == "eu" and r.type == "withdrew_from" and r.since == "2020-01-31"
        for r in real_world.relations
    )


def test_asean_admits_timor_leste(real_graph):
    """ASEAN had 10 members until Timor-Leste was admitted as the 11th at the 47th ASEAN
    Summit, Kuala Lumpur, 26 October 2025 (ASEAN Secretariat, Member States)."""
    assert len(members(real_graph, "asean", "2025-01-01")) == 10
    after = members(real_graph, "asean", "2025-11-01")
    assert len(after) == 11 and "TLS" in after


# ----------------------------------------------------------------------------- dates
def test_every_until_is_after_since(real_world):
    """Data contract (docs/data-format.md, Relations): `until` must be after `since`;
    likewise an actor is dissolved after it was founded and an instrument enters into force
    on or after its adoption."""
    bad = [describe(r) for r in real_world.relations if r.since and r.until and not r.until > r.since]
    bad += [a.id for a in real_world.actors.values() if a.founded and a.dissolved and not a.dissolved > a.founded]
    bad += [i.id for i in real_world.instruments.values() if i.adopted and i.in_force and i.in_force < i.adopted]
    assert not bad, bad


def test_no_relation_starts_in_the_future(real_world):
    """Decision: the data records what has happened, as of its sources, so no relation may
    start after today (the loader already refuses future `as_of`, `adopted` and `founded`).
    An announced accession or withdrawal is entered once it has taken effect. `until` may be
    in the future only for a fixed-term role (none exists at present)."""
    now = today()
    bad = [describe(r) for r in real_world.relations if r.since and r.since > now]
    assert not bad, bad


# ----------------------------------------------------------------------------- validate
def test_validate_json_reports_checked_and_unchecked(runner, real_world):
    """`govgraph validate --json` reports how many facts were checked against their source
    and how many were not; the counts agree with the data (docs/data-format.md, `checked`)."""
    result = runner.invoke(main, ["validate", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    facts = [
        *real_world.actors.values(),
        *real_world.instruments.values(),
        *real_world.relations,
        *real_world.corridors,
    ]
    checked = sum(1 for f in facts if is_checked(f.sources))
    assert summary["facts"] == len(facts)
    assert summary["facts_checked"] == checked
    assert summary["facts_unchecked"] == len(facts) - checked
    assert summary["facts_checked"] > 0 and summary["facts_unchecked"] > 0


def test_no_data_builder_reads_from_an_absolute_path():
    # the dataset rebuilds from a clone (make data-check): inputs are found relative to the repository
    tools = Path(__file__).resolve().parents[1] / "tools"
    if not tools.is_dir():
        pytest.skip("needs the source tree")
    pattern = re.compile(r"""["'](/work|/home|/root|/tmp|/Users|/mnt)/""")
    offenders = [str(p) for p in tools.rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
