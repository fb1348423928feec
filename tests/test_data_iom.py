"""IOM membership in the bundled dataset: member states with admission dates, observers kept apart.

Each test names, in its docstring, the public source of its expected value. Spells to 2014 come from
COW IGO v3; later admissions, observers and corrections are curated in data/curated/iom/ and built by
tools/data/build_iom_members.py into the generated block of data/actors/un_system.yaml.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from govgraph.dates import is_active

REPO = Path(__file__).resolve().parents[1]
TABLES = REPO / "data" / "curated" / "iom"


def members(world, date: str) -> set[str]:
    """States with a member_of relation to IOM active on ``date``."""
    return {
        r.source
        for r in world.relations
        if r.target == "iom" and r.type == "member_of" and is_active(r.since, r.until, date)
    }


def spells(world, state: str, rtype: str) -> list[tuple[str | None, str | None]]:
    return sorted(
        ((r.since, r.until) for r in world.relations if r.source == state and r.target == "iom" and r.type == rtype),
        key=lambda s: s[0] or "",
    )


# ----------------------------------------------------------------------------- published counts
def test_member_count_in_august_2024_is_within_two_of_iom_published_175(real_world):
    """IOM's site header reads 'with 175 member states' (iom.int/eligibility-criteria, stored copy);
    Barbados became the 175th on 30 November 2022 (SELA/EFE). The Line 2 list is dated August 2024.
    The Cook Islands (a member since 28 November 2017) has no actor here, so 174 is the most expected."""
    count = len(members(real_world, "2024-08-31"))
    assert abs(count - 175) <= 2, count
    assert count == 174


def test_member_count_after_uzbekistan_matches_173_less_the_cook_islands(real_world):
    """Uzbekistan's admission at the 109th Council (27 November 2018) brought IOM to 173 members
    (Trend News Agency, 28 November 2018); the Cook Islands is one of them and has no actor here."""
    assert len(members(real_world, "2018-11-28")) == 172


def test_dated_memberships_in_july_2014_match_iom_count_of_156(real_world):
    """'IOM continues to grow, currently counting 156 Member States' (IOM Snapshot, July 2014,
    issuu.com/iomdrd/docs/iom_snapshot). Rows without an admission date (Dominica, Grenada, Palau,
    Samoa, Tonga) count on every date, so they are left out here."""
    dated = {
        r.source
        for r in real_world.relations
        if r.target == "iom" and r.type == "member_of" and r.since and is_active(r.since, r.until, "2014-07-31")
    }
    assert len(dated) == 156


# ----------------------------------------------------------------------------- admissions after 2014
def test_barbados_admitted_on_30_november_2022(real_world):
    """'Barbados fue admitido en la OIM como su miembro número 175 el 30 de noviembre de 2022'
    (SELA, sela.org/es/imprimir/?n=90721); 113th Council (246bajanvibesradio.com/barbados-joins-iom)."""
    assert spells(real_world, "BRB", "member_of") == [("2022-11-30", None)]
    assert "BRB" not in members(real_world, "2022-11-29")


def test_russia_observer_from_1992_then_member_from_19_april_2021(real_world):
    """Observer since 27 May 1992 (en.mvd.ru/news/item/23810888); Council approval on 24 November 2020
    (tass.com/politics/1227471); a member from 19 April 2021, when its acceptance of the Constitution
    was handed to the Director General (tass.com/politics/1280031)."""
    assert spells(real_world, "RUS", "observer_of") == [("1992-05-27", "2021-04-19")]
    assert spells(real_world, "RUS", "member_of") == [("2021-04-19", None)]


def test_lao_pdr_joined_in_june_2018(real_world):
    """'The Lao People's Democratic Republic joined IOM as its 171st Member State in June 2018'
    (iom.int/countries/lao-peoples-democratic-republic)."""
    assert spells(real_world, "LAO", "member_of") == [("2018-06", None)]


def test_china_member_from_the_special_council_of_30_june_2016(real_world):
    """China became a member at the Special Council of 30 June 2016 (IOM South Africa news item);
    an observer from June 2001 (Permanent Mission of China in Geneva)."""
    assert spells(real_world, "CHN", "member_of") == [("2016-06-30", None)]
    assert spells(real_world, "CHN", "observer_of") == [("2001-06", "2016-06-30")]


def test_iran_observer_1995_member_2001(real_world):
    """'The Islamic Republic of Iran joined IOM as an observer in 1995. Iran was accepted as a full
    member in IOM Governors Council in 2001' (iran.un.org IOM factsheet); COW v3 gives 2004."""
    assert spells(real_world, "IRN", "observer_of") == [("1995", "2001")]
    assert spells(real_world, "IRN", "member_of") == [("2001", None)]


@pytest.mark.parametrize("state", ["TON", "PLW", "WSM", "DMA", "GRD", "LAO"])
def test_pacific_and_caribbean_states_on_the_line_2_list_are_members_in_2024(real_world, state):
    """IOM's list of Member States eligible for the IOM Development Fund (Line 2), August 2024
    (iom.int/eligible-member-states-line-2) names Tonga, Palau, Samoa, Dominica, Grenada and Lao PDR."""
    assert state in members(real_world, "2024-08-31")


# ----------------------------------------------------------------------------- not members
def test_lebanon_is_not_an_iom_member(real_world):
    """Lebanon's parliament returned (rejected) the bill on accession to IOM at its session of
    28 May 2020 (lebanondebate.com/article/483541-article); no later admission was found."""
    assert spells(real_world, "LBN", "member_of") == []


def test_iraq_is_not_an_iom_member(real_world):
    """In July 2021 IOM's chief of mission in Baghdad 'referred to the importance of Iraq's accession
    to the membership of IOM' (Iraqi Ministry of Foreign Affairs, mofa.gov.iq/2021/07/?p=24273); the
    175th member (Barbados, 2022) completes the published count without Iraq."""
    assert spells(real_world, "IRQ", "member_of") == []


def test_observers_are_not_members(real_world):
    """Kuwait was admitted as an observer, not a member, on 28 November 2017 (State Migration
    Service of Azerbaijan, migration.gov.az/en/news_detail/10220)."""
    assert spells(real_world, "KWT", "observer_of") == [("2017-11-28", None)]
    assert "KWT" not in members(real_world, "2024-08-31")


# ----------------------------------------------------------------------------- the tables themselves
def test_every_event_row_cites_a_known_source():
    """Every row of data/curated/iom/events.csv names source keys defined in sources.csv."""
    with (TABLES / "sources.csv").open(encoding="utf-8", newline="") as fh:
        keys = {r["key"] for r in csv.DictReader(fh)}
    with (TABLES / "events.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert rows
    for row in rows:
        assert row["event"] in {"member", "observer", "withdrew"}
        assert row["sources"].split() and set(row["sources"].split()) <= keys, row
