"""National actors: ends of merged and closed bodies, lead agencies, coordination mechanisms, coverage.

Specifications on the bundled data (data/actors/, built from data/curated/national/ and
data/curated/coverage/). Each test names the public source of its expected value.
"""

from __future__ import annotations

from govgraph.cli import main
from govgraph.temporal import as_of


def _rel(world, source, target, type_):
    found = [r for r in world.relations if r.source == source and r.target == target and r.type == type_]
    assert found, f"no {source} {type_} {target}"
    return found[0]


def _coverage(world, state, name):
    rows = [c for c in world.coverage if c.state == state and c.list == name]
    assert rows, f"no coverage row for {state} {name}"
    return rows[-1]


def test_poea_and_nrco_ended_when_turned_over_to_the_dmw(real_world):
    """RA 11641 (30 Dec 2021) consolidated POEA and NRCO into the Department of Migrant Workers; DOLE-DMW
    Joint Circular No. 01 s. 2022 (dated 7 July, released 14 July 2022) turned them over to the DMW
    (Rappler, 14 July 2022; Mondaq, 11 January 2023)."""
    for agency in ("phl-poea", "phl-nrco"):
        actor = real_world.actors[agency]
        assert str(actor.dissolved) == "2022-07"
        assert "phl-dmw" in (actor.note or "")
        assert str(_rel(real_world, agency, "PHL", "part_of").until) == "2022-07"
    assert str(real_world.actors["phl-poea"].founded) == "1982-05-01"  # EO 797 (Inquirer Research)
    assert str(real_world.actors["phl-dmw"].founded) == "2021-12-30"


def test_phl_shows_the_dmw_and_the_ended_poea_and_nrco(real_graph):
    """Same sources: on 2026-11-30 the DMW is a current Philippine agency, POEA and NRCO are not."""
    G = as_of(real_graph, "2026-11-30")
    assert "phl-dmw" in G and "phl-poea" not in G and "phl-nrco" not in G
    G = as_of(real_graph, "2021-06-01")
    assert "phl-poea" in G and "phl-nrco" in G


def test_neda_renamed_depdev_is_the_same_body(real_world):
    """RA 12145, signed 10 April 2025, reorganised NEDA into the Department of Economy, Planning, and
    Development (Philippine Information Agency)."""
    actor = real_world.actors["phl-neda"]
    assert actor.acronym == "DEPDev" and "NEDA" in actor.aliases and actor.dissolved is None


def test_usaid_ended_on_2025_07_01(real_world, real_graph):
    """USAID ceased to implement foreign assistance on 1 July 2025; retained programmes moved to the State
    Department (State Department notice to Congress, UPI 28 March 2025; Rubio statement of 1 July 2025)."""
    assert str(real_world.actors["usa-usaid"].dissolved) == "2025-07-01"
    assert str(_rel(real_world, "usa-usaid", "USA", "part_of").until) == "2025-07-01"
    assert "usa-usaid" not in as_of(real_graph, "2026-11-30")
    assert "usa-usaid" in as_of(real_graph, "2025-06-30")


def test_show_usa_lists_no_current_usaid(capsys):
    """Same sources: `show USA` lists USAID only among ties ended by the as-of date."""
    try:
        main(["show", "USA", "--as-of", "2026-11-30"])
    except SystemExit as done:
        assert not done.code
    out = capsys.readouterr().out
    current, _, ended = out.partition("Ended by")
    assert "usa-usaid" not in current and "usa-usaid" in ended


def test_turkiye_migration_presidency_and_migration_board(real_world):
    """Law 6458 (in force 11 April 2013) set up the Directorate General of Migration Management, since
    October 2021 the Presidency of Migration Management (goc.gov.tr); its Migration Board determines migration
    strategy and ensures coordination (goc.gov.tr, seventh meeting, 24 January 2019)."""
    assert str(real_world.actors["tur-pmm"].founded) == "2013-04-11"
    assert "asylum" in _rel(real_world, "tur-pmm", "TUR", "part_of").role
    board = _rel(real_world, "tur-migration-board", "TUR", "part_of")
    assert board.role == "national coordination mechanism on migration"
    assert _coverage(real_world, "TUR", "coordination_mechanisms").complete is True


def test_labour_emigration_agencies_of_pakistan_and_bangladesh(real_world):
    """BEOE set up on 1 October 1971 (beoe.gov.pk); Bangladesh's MoEWOE established 20 December 2001 and BMET
    in 1976 (probashi.gov.bd)."""
    assert str(real_world.actors["pak-beoe"].founded) == "1971-10-01"
    assert _rel(real_world, "pak-beoe", "pak-mophrd", "part_of")
    assert str(real_world.actors["bgd-moewoe"].founded) == "2001-12-20"
    assert str(real_world.actors["bgd-bmet"].founded) == "1976"
    assert "labour emigration" in _rel(real_world, "bgd-moewoe", "BGD", "part_of").role


def test_mexico_comar_is_the_asylum_agency(real_world):
    """COMAR was created by Presidential Decree on 22 July 1980 (Cámara de Diputados page on COMAR)."""
    assert str(real_world.actors["mex-comar"].founded) == "1980-07-22"
    assert _rel(real_world, "mex-comar", "MEX", "part_of").role == "lead agency: asylum"


def test_coverage_rows_say_incomplete_unless_reviewed_complete(real_world):
    """The curators' review of 2026-11-30 (data/curated/coverage/national.csv): no reviewed state has a
    complete national agency list, and city and CSO lists are never marked complete without a source."""
    rows = [c for c in real_world.coverage if c.list in ("national_agencies", "cities", "csos")]
    states = {c.state for c in rows}
    assert {
        "PHL",
        "USA",
        "TUR",
        "MEX",
        "DEU",
        "PAK",
        "BGD",
        "IND",
        "COL",
        "PER",
        "UGA",
        "FRA",
        "AUS",
        "UKR",
        "POL",
        "RUS",
    } <= states
    assert not any(c.complete for c in rows if c.state in states and c.list in ("cities", "csos"))
    assert _coverage(real_world, "PHL", "national_agencies").complete is False


def test_russia_federal_migration_service_ended_2016(real_world, real_graph):
    """Presidential Decree No. 156 of 5 April 2016 liquidated the FMS and passed its functions to the
    Ministry of Internal Affairs (YK Consulting, 5 April 2016; summaries of the decree)."""
    assert str(real_world.actors["rus-fms"].dissolved) == "2016-04-05"
    assert "rus-fms" not in as_of(real_graph, "2024-01-01")


def test_australia_home_affairs_established_2017(real_world):
    """The Department of Home Affairs was established on 20 December 2017 (homeaffairs.gov.au, Our history)."""
    assert str(real_world.actors["aus-home-affairs"].founded) == "2017-12-20"
