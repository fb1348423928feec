"""Regional organisations in the bundled dataset: members, observers and associates kept apart, with dates.

Each test names, in its docstring, the public source of its expected value. The facts are curated in
data/curated/regional/ and built by tools/data/build_recs.py (with COW IGO v3 to 2014).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from govgraph.cli import main
from govgraph.dates import is_active

REPO = Path(__file__).resolve().parents[1]
TABLES = REPO / "data" / "curated" / "regional"


def holders(world, body: str, rtype: str, date: str) -> set[str]:
    """Sources of ``rtype`` relations to ``body`` active on ``date``."""
    return {
        r.source for r in world.relations if r.target == body and r.type == rtype and is_active(r.since, r.until, date)
    }


def relations(world, source: str, body: str, rtype: str) -> list:
    return [r for r in world.relations if r.source == source and r.target == body and r.type == rtype]


# ----------------------------------------------------------------------------- CEN-SAD
def test_nigeria_is_a_cen_sad_member_since_2001(real_world):
    """Nigeria joined CEN-SAD in 2001 and was a member in 2020 (Small Arms Survey, CEN-SAD profile,
    11 August 2020; joining year from the January 2009 member list copied at sv.rilpedia.org)."""
    spells = relations(real_world, "NGA", "cen-sad", "member_of")
    assert [r.since for r in spells] == ["2001"]
    assert "NGA" in holders(real_world, "cen-sad", "member_of", "2024-06-01")


def test_cen_sad_has_28_members_and_cabo_verde_observes(real_world):
    """CEN-SAD had 28 members in August 2020, the six founders of 4 February 1998 among them, and
    Cabo Verde has been an observer (not a member) since 2010 (Small Arms Survey, CEN-SAD profile)."""
    members = holders(real_world, "cen-sad", "member_of", "2020-08-11")
    assert len(members) == 28
    founders = {r.source for r in real_world.relations if r.target == "cen-sad" and r.since == "1998-02-04"}
    assert founders == {"BFA", "LBY", "MLI", "NER", "SDN", "TCD"}
    assert "CPV" not in members
    assert holders(real_world, "cen-sad", "observer_of", "2020-08-11") == {"CPV"}


def test_show_nigeria_lists_cen_sad(runner):
    """`govgraph show NGA --as-of 2024-06-01` lists CEN-SAD (issue 13 acceptance; Small Arms Survey)."""
    result = runner.invoke(main, ["show", "NGA", "--as-of", "2024-06-01"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "[cen-sad]" in line)
    assert "member_of" in line and "2001" in line


# ----------------------------------------------------------------------------- SICA
def test_mexico_is_a_sica_regional_observer_since_2004_not_a_member(real_world):
    """Mexico has been a regional observer of SICA since 2004 (SELA, 24 April 2014: tenth
    anniversary of Mexico's entry as regional observer); observers are not members."""
    observed = relations(real_world, "MEX", "sica", "observer_of")
    assert [(r.since, r.role) for r in observed] == [("2004", "regional observer")]
    assert not relations(real_world, "MEX", "sica", "member_of")


def test_show_mexico_lists_sica_as_observer(runner):
    """`govgraph show MEX` lists SICA as an observer relation (issue 13 acceptance)."""
    result = runner.invoke(main, ["show", "MEX"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "[sica]" in line)
    assert "observer_of" in line and "member_of" not in line


def test_sica_members_associate_and_observers(real_world):
    """SICA has 8 members (the World Factbook's SICA entry; COW IGO v3 to 2014); the Dominican
    Republic was an associated state from 2004 (Simple English Wikipedia; EFE, June 2008) until it
    became a member in 2013; Chile and Germany joined as observers in June 2008 (EFE)."""
    assert len(holders(real_world, "sica", "member_of", "2025-01-01")) == 8
    assert holders(real_world, "sica", "associate_of", "2010-01-01") == {"DOM"}
    assert "DOM" in holders(real_world, "sica", "member_of", "2014-01-01")
    assert {"CHL", "DEU", "MEX", "ESP"} <= holders(real_world, "sica", "observer_of", "2010-01-01")


# ----------------------------------------------------------------------------- Council of Europe
def test_council_of_europe_has_46_members_after_russia_left(real_world):
    """The Council of Europe had 47 member states until the Russian Federation ceased to be a
    member on 16 March 2022, leaving 46 (coe.int, Russian Federation page; EEAS, 16 March 2022)."""
    assert len(holders(real_world, "council-of-europe", "member_of", "2022-01-01")) == 47
    after = holders(real_world, "council-of-europe", "member_of", "2024-06-01")
    assert len(after) == 46 and "RUS" not in after
    assert [r.since for r in relations(real_world, "RUS", "council-of-europe", "withdrew_from")] == ["2022-03-16"]
    assert [r.since for r in relations(real_world, "RUS", "council-of-europe", "member_of")] == ["1996-02-28"]


def test_council_of_europe_observers_are_not_members(real_world):
    """The Holy See, Canada, Japan, Mexico and the United States observe the Committee of Ministers
    and Israel the Parliamentary Assembly (PACE Doc. 11471, 2007; the Council's list copied at
    hrea.org); none of them is a member."""
    observers = holders(real_world, "council-of-europe", "observer_of", "2024-06-01")
    assert observers == {"VAT", "CAN", "JPN", "MEX", "USA", "ISR"}
    assert not observers & holders(real_world, "council-of-europe", "member_of", "2024-06-01")


def test_greece_left_the_council_of_europe_1969_1974(real_world):
    """Greece withdrew on 12 December 1969 and re-joined on 28 November 1974 (Wikipedia list of
    member states of the Council of Europe, copy at encycloreader.org)."""
    assert "GRC" not in holders(real_world, "council-of-europe", "member_of", "1972-01-01")
    assert "GRC" in holders(real_world, "council-of-europe", "member_of", "1975-01-01")


def test_show_council_of_europe_lists_its_members(runner):
    """`govgraph show "Council of Europe"` lists its member states (issue 13 acceptance)."""
    result = runner.invoke(main, ["show", "Council of Europe"])
    assert result.exit_code == 0, result.output
    current = result.output.split("\nEnded by")[0]  # ended spells (Russia, Greece 1949-1969) are listed apart
    members = [line for line in current.splitlines() if line.strip().startswith("member_of")]
    assert len(members) == 46
    assert any("[FRA]" in line for line in members)


# ----------------------------------------------------------------------------- OSCE
def test_osce_has_57_participating_states_and_partners_apart(real_world):
    """The OSCE has 57 participating States (osce.org list, 2025), Mongolia the 57th from 21 November
    2012 (Austrian foreign ministry); its 11 Partners for Co-operation (osce.org, Who we are) are
    observers, not participants."""
    participants = holders(real_world, "osce", "participates_in", "2025-06-01")
    assert len(participants) == 57
    assert len(holders(real_world, "osce", "participates_in", "2012-01-01")) == 56
    assert not holders(real_world, "osce", "member_of", "2025-06-01")
    partners = holders(real_world, "osce", "observer_of", "2025-06-01")
    assert partners == {"DZA", "EGY", "ISR", "JOR", "MAR", "TUN", "JPN", "KOR", "THA", "AFG", "AUS"}
    assert not partners & participants


# ----------------------------------------------------------------------------- OAS
def test_oas_35_members_and_exits(real_world):
    """The OAS had 35 member states, Cuba among them although excluded from participation since 1962
    (World Factbook, OAS entry; OAS Charter article, 2014 copy). Nicaragua's denunciation took effect
    on 19 November 2023 (Nicaraguan foreign minister, reported by RIA Novosti)."""
    assert len(holders(real_world, "oas", "member_of", "2018-06-01")) == 35
    assert "CUB" in holders(real_world, "oas", "suspended_from", "2018-06-01")
    assert "NIC" not in holders(real_world, "oas", "member_of", "2024-06-01")
    assert [r.since for r in relations(real_world, "NIC", "oas", "withdrew_from")] == ["2023-11-19"]


# ----------------------------------------------------------------------------- League of Arab States
def test_arab_league_22_members_syria_suspended_2011_2023(real_world):
    """The League of Arab States has 22 members and 5 observer states (Armenia, Brazil, Eritrea, India,
    Venezuela); Syria was suspended from November 2011 until its readmission on 7 May 2023
    (PLR IAS Academy note of May 2023; Sputnik, 7 May 2023)."""
    assert len(holders(real_world, "las", "member_of", "2024-06-01")) == 22
    assert holders(real_world, "las", "observer_of", "2024-06-01") == {"ARM", "BRA", "ERI", "IND", "VEN"}
    assert "SYR" in holders(real_world, "las", "suspended_from", "2015-01-01")
    assert "SYR" not in holders(real_world, "las", "suspended_from", "2024-01-01")


# ----------------------------------------------------------------------------- SCO, EAEU, AES
def test_sco_ten_members_after_belarus(real_world):
    """The SCO had 9 members after Iran joined on 4 July 2023 and 10 after Belarus joined in July
    2024; Belarus was an observer from 2015 (Head Post, July 2024; Rizospastis, 6 September 2025)."""
    assert len(holders(real_world, "sco", "member_of", "2024-01-01")) == 9
    assert len(holders(real_world, "sco", "member_of", "2025-01-01")) == 10
    assert "BLR" in holders(real_world, "sco", "observer_of", "2020-01-01")
    assert {"AFG", "MNG"} <= holders(real_world, "sco", "observer_of", "2025-01-01")


def test_eaeu_five_members(real_world):
    """The EAEU has 5 members: Belarus, Kazakhstan and Russia from 1 January 2015, Armenia from
    2 January 2015 and Kyrgyzstan from 6 August 2015 (Russian MFA, About Eurasian Economic Union)."""
    assert holders(real_world, "eaeu", "member_of", "2015-06-01") == {"BLR", "KAZ", "RUS", "ARM"}
    assert holders(real_world, "eaeu", "member_of", "2016-01-01") == {"BLR", "KAZ", "RUS", "ARM", "KGZ"}
    assert {"MDA", "CUB", "UZB", "IRN"} == holders(real_world, "eaeu", "observer_of", "2025-06-01")


def test_alliance_of_sahel_states(real_world):
    """Burkina Faso, Mali and Niger formed the Alliance of Sahel States in September 2023 and
    instituted the Confederation on 6 July 2024 (Encyclopædia Universalis chronology)."""
    assert holders(real_world, "aes", "member_of", "2024-06-01") == {"BFA", "MLI", "NER"}


# ----------------------------------------------------------------------------- the tables
@pytest.mark.parametrize("body", ["council-of-europe", "osce", "oas", "las", "cen-sad", "sco", "eaeu", "aes"])
def test_bodies_record_their_members(real_world, body):
    """A body whose members are recorded here does not say `membership_recorded: false`
    (docs/data-format.md)."""
    assert real_world.actors[body].membership_recorded is not False


def test_every_membership_row_cites_a_known_source():
    """Every row of data/curated/regional/memberships.csv names source keys of sources.csv
    (the curation rule of issue 13: a source on every row)."""
    with (TABLES / "sources.csv").open(encoding="utf-8") as fh:
        keys = {row["key"] for row in csv.DictReader(fh)}
    with (TABLES / "memberships.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        cited = row["sources"].split()
        assert cited and set(cited) <= keys, row
