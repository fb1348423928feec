"""Migration processes: RCPs, inter-regional forums and global processes, with roles kept apart.

Specifications on the bundled data (data/actors/rcps.yaml and processes_global.yaml, built from
data/curated/processes/). Each test names the public source of its expected value.
"""

from __future__ import annotations

import pytest

from govgraph.cli import main
from govgraph.temporal import as_of


def _ties(world, target, type_, role=None):
    return {
        r.source
        for r in world.relations
        if r.target == target and r.type == type_ and (role is None or (r.role or "").startswith(role))
    }


def _show(capsys, *args):
    try:
        main(["show", *args])
    except SystemExit as done:
        assert not done.code
    return capsys.readouterr().out


def test_budapest_observers_are_not_participating_states(real_world):
    """IOM's RCP overviews (2013, 2015, 2017; cited by the project's data audit) list Australia, Canada,
    China, Iran and the United States as observers of the Budapest Process; the Silk Routes states
    Afghanistan, Iraq and Pakistan joined as participating states (UN Network on Migration, Repository of
    Practices: Budapest Process)."""
    observers = _ties(real_world, "budapest-process", "observer_of")
    participants = _ties(real_world, "budapest-process", "participates_in")
    assert {"AUS", "CAN", "CHN", "IRN", "USA"} <= observers
    assert {"AFG", "IRQ", "PAK", "TUR", "HUN", "DEU"} <= participants
    assert not observers & participants
    assert not _ties(real_world, "budapest-process", "member_of")


def test_show_budapest_lists_observers_apart_from_participants(capsys):
    """Same sources: `show "Budapest Process"` prints observer ties and participation ties separately."""
    out = _show(capsys, "Budapest Process")
    observer_lines = [ln for ln in out.splitlines() if "observer_of" in ln]
    participant_lines = [ln for ln in out.splitlines() if "participates_in" in ln]
    assert any("[IRN]" in ln for ln in observer_lines)
    assert not any("[IRN]" in ln for ln in participant_lines)
    assert any("[AFG]" in ln for ln in participant_lines)


def test_bali_process_has_its_45_members(real_world):
    """The Bali Process page: '45 Member States and 4 Member Organisations - IOM, UNHCR, UNODC and the ILO';
    IOM's member list includes Hong Kong SAR, Macao SAR and New Caledonia (France)."""
    members = _ties(real_world, "bali-process", "member_of")
    organisations = {"iom", "unhcr", "unodc", "ilo"}
    assert organisations <= members
    assert len(members - organisations) == 45
    assert {"hong-kong-sar", "macao-sar", "new-caledonia", "MMR", "AUS", "IDN"} <= members


def test_bali_process_observers_are_apart_from_members(real_world):
    """IOM's older Bali Process page: 'Observer States (17 States)', of which the Netherlands, Russia,
    South Africa and the United Kingdom survive in the copy; the Bali Process page (2023) counts 18."""
    observers = _ties(real_world, "bali-process", "observer_of")
    assert {"NLD", "RUS", "ZAF", "GBR"} <= observers
    assert not observers & _ties(real_world, "bali-process", "member_of")


def test_show_bali_process_has_members_and_observers(capsys):
    """Same sources as the two tests above."""
    out = _show(capsys, "Bali Process")
    assert "member_of" in out and "observer_of" in out and "[new-caledonia]" in out


def test_rcm_observer_organisations(real_world):
    """RCM, Observer Organizations (crmsv.org): IOM, ECLAC/CELADE, UNHCR, IACHR, the UN Special Rapporteur
    on migrants, SICA, UNFPA, SEGIB, ICRC, UNICEF, ILO, UNDP and UNODC; those with an actor here are in.
    Members: 11 states; observer countries Argentina, Colombia, Ecuador, Jamaica, Peru (RCM, About us)."""
    observers = _ties(real_world, "rcm", "observer_of")
    assert {"iom", "unhcr", "ilo", "sica", "unfpa", "unicef", "undp", "unodc"} <= observers
    assert {"ARG", "COL", "ECU", "JAM", "PER"} <= observers
    assert len(_ties(real_world, "rcm", "member_of")) == 11


def test_us_withdrew_from_the_gfmd_on_2026_01_07(real_world, real_graph):
    """US Department of State release of 7 January 2026 (withdrawal from 66 international organisations,
    the GFMD among them); State Department on X, 8 January 2026: 'The United States is withdrawing from
    the GFMD' (Life News Agency)."""
    spell = [r for r in real_world.relations if (r.source, r.target, r.type) == ("USA", "gfmd", "participates_in")]
    assert [str(r.until) for r in spell] == ["2026-01-07"]
    exit_ = [r for r in real_world.relations if (r.source, r.target, r.type) == ("USA", "gfmd", "withdrew_from")]
    assert [str(r.since) for r in exit_] == ["2026-01-07"]
    for day, expected in (("2025-06-01", {"participates_in", "member_of"}), ("2026-06-01", {"withdrew_from"})):
        ties = as_of(real_graph, day).get_edge_data("USA", "gfmd", default={})
        assert {d["type"] for d in ties.values()} == expected


def test_show_usa_shows_the_gfmd_withdrawal(capsys):
    """Same sources: `show USA` prints the withdrew_from tie to the GFMD dated 2026-01-07."""
    out = _show(capsys, "USA")
    assert any("withdrew_from" in ln and "[gfmd]" in ln and "2026-01-07" in ln for ln in out.splitlines())


def test_gfmd_troika_and_steering_group(real_world):
    """GFMD Structures: 'The current Troika consists of: Colombia (current Chair), France and the United
    Arab Emirates'; Banglanews24 (c. 2014): Steering Group members Canada, USA, the Netherlands, Australia,
    India, Tunisia, Mexico, Mauritius and the Philippines supported Bangladesh's bid."""
    assert {"COL", "FRA", "ARE"} <= _ties(real_world, "gfmd", "member_of", "Troika")
    steering = _ties(real_world, "gfmd", "member_of", "Steering Group")
    assert {"CAN", "USA", "NLD", "AUS", "IND", "TUN", "MEX", "MUS", "PHL"} == steering


def test_gcm_champion_countries(real_world):
    """UN Network on Migration, Accra cross-regional dialogue (28-30 November 2023): '28 GCM Champion
    countries'; Morocco and El Salvador 'the first co-chairs' of the Champions initiative; Bangladesh
    confirmed as a Champion in July 2020 (The Asian Age, 22 July 2020)."""
    champions = _ties(real_world, "un-network-on-migration", "participates_in", "GCM Champion")
    assert len(champions) == 29
    assert {"MAR", "SLV", "BGD", "GHA", "PRT", "TUR"} <= champions
    co_chairs = {
        r.source for r in real_world.relations if r.target == "un-network-on-migration" and "co-chair" in (r.role or "")
    }
    assert co_chairs == {"MAR", "SLV"}


@pytest.mark.parametrize(
    ("body", "members", "count"),
    [
        # Declaration of Quito, 4 September 2018 (Ecuador's foreign ministry): 11 signatories
        ("quito-process", {"ARG", "BRA", "CHL", "COL", "CRI", "ECU", "MEX", "PAN", "PRY", "PER", "URY"}, 11),
        # OAS, MIRPS joint unit: six states adopted the San Pedro Sula Declaration (2017), El Salvador 2019
        ("mirps", {"BLZ", "CRI", "GTM", "HND", "MEX", "PAN", "SLV"}, 7),
        # IGAD Migration, About: IGAD's 8 member states; the IGAD-RCP was established in 2008
        ("igad-rcp", {"DJI", "ERI", "ETH", "KEN", "SOM", "SSD", "SDN", "UGA"}, 8),
    ],
)
def test_regional_process_members(real_world, body, members, count):
    found = _ties(real_world, body, "member_of")
    assert found == members and len(found) == count


def test_quito_and_mirps_non_members_kept_apart(real_world):
    """Bolivia and the Dominican Republic attended Quito I but did not sign (Wikipedia: Quito Process);
    Guatemala was invited to adhere (Quito II, 23 November 2018); the MIRPS Support Platform (December 2019)
    includes Argentina, Brazil, Canada, Colombia, the EU, France, Spain, Switzerland, Uruguay."""
    assert _ties(real_world, "quito-process", "participates_in") == {"BOL", "DOM"}
    assert _ties(real_world, "quito-process", "observer_of") == {"GTM"}
    assert {"ARG", "BRA", "CAN", "eu", "CHE"} <= _ties(real_world, "mirps", "participates_in", "Support Platform")


def test_los_angeles_declaration_endorsers(real_world):
    """Los Angeles Declaration on Migration and Protection, 10 June 2022: 20 heads of state and government
    named in the text (Government of Canada copy); the site later counts 22 endorsers (2 not named)."""
    endorsers = _ties(real_world, "la-declaration", "endorses")
    assert len(endorsers) == 20 and {"USA", "MEX", "CAN", "BRA", "HTI"} <= endorsers


def test_midwa_members_and_observers(real_world):
    """Niamey Declaration Guide, MIDWA: 15 member states (the ECOWAS states), observers Mauritania and
    Switzerland, member organisation ECOWAS; IOM's older MIDWA page adds France as an observer state."""
    members = _ties(real_world, "midwa", "member_of")
    assert len(members - {"ecowas"}) == 15 and "ecowas" in members
    assert {"MRT", "CHE", "FRA"} <= _ties(real_world, "midwa", "observer_of")
    assert "MRT" not in members


def test_founding_dates_read_in_sources(real_world):
    """Rabat Declaration (Rabat, 10-11 July 2006); IOM: PIDC 'Established: 1996', MIDSA 'Established: 2000'."""
    assert str(real_world.actors["rabat-process"].founded) == "2006-07"
    assert str(real_world.actors["pidc"].founded) == "1996"
    assert str(real_world.actors["midsa"].founded) == "2000"
