"""Bilateral and state-EU instruments: social-security, labour, readmission agreements, partnerships.

Specifications on the bundled data (data/actors/instruments_bilateral.yaml, built from
data/curated/bilateral/ by tools/data/build_bilateral.py, and the bilateral rows of
data/curated/coverage/). Each test names the public source of its expected value.
"""

from __future__ import annotations

import csv

from govgraph.cli import main
from govgraph.resources import bundled_data_dir

CURATED = bundled_data_dir().parent / "curated"

#: SSA POMS GN 01701.005 (TN 11, 02-19), "agreements in force", with their effective dates.
US_TOTALIZATION = {
    "AUS": "2002-10-01",
    "AUT": "1991-11-01",
    "BEL": "1984-07-01",
    "BRA": "2018-10-01",
    "CAN": "1984-08-01",
    "CHL": "2001-12-01",
    "DNK": "2008-10-01",
    "CZE": "2009-01-01",
    "FIN": "1992-11-01",
    "FRA": "1988-07-01",
    "DEU": "1979-12-01",
    "GRC": "1994-09-01",
    "HUN": "2016-09-01",
    "ISL": "2019-03-01",
    "IRL": "1993-09-01",
    "ITA": "1978-11-01",
    "JPN": "2005-10-01",
    "KOR": "2001-04-01",
    "LUX": "1993-11-01",
    "NLD": "1990-11-01",
    "NOR": "1984-07-01",
    "POL": "2009-03-01",
    "PRT": "1989-08-01",
    "SVK": "2014-05-01",
    "SVN": "2019-02-01",
    "ESP": "1988-04-01",
    "SWE": "1987-01-01",
    "CHE": "1980-11-01",
    "GBR": "1985-01-01",
    "URY": "2018-11-01",
}


def _rels(world, target, type_=None):
    return [r for r in world.relations if r.target == target and (type_ is None or r.type == type_)]


def _show(capsys, *args):
    try:
        main(["show", *args])
    except SystemExit as done:
        assert not done.code
    return capsys.readouterr().out


def _bilateral_with(world, a, b, kind):
    out = []
    for inst in world.instruments.values():
        if inst.scope != "bilateral" or inst.kind != kind:
            continue
        parties = {r.source for r in _rels(world, inst.id) if r.type in ("party_to", "signatory_of")}
        if {a, b} <= parties:
            out.append(inst)
    return out


def test_italy_social_security_agreements_with_usa_canada_argentina_brazil(real_world):
    """Italian MFA (ambnairobi.esteri.it, 'convenzioni internazionali bilaterali') names Argentina, Brazil,
    Canada and the USA; dates: SSA POMS GN 01701.005 (USA, 1 Nov 1978), Canadian proclamation SI/2017-49
    (1995 agreement in force 1 Oct 2017), Tolley (Argentina, in force 1 Jan 1984), the 1974 Italy-Brazil
    additional protocol's header (in force 5 Aug 1977)."""
    expected = {"USA": "1978-11-01", "CAN": "2017-10-01", "ARG": "1984-01-01", "BRA": "1977-08-05"}
    for partner, in_force in expected.items():
        found = _bilateral_with(real_world, "ITA", partner, "social_security_agreement")
        assert found, f"no ITA-{partner} social-security agreement"
        assert in_force in {str(i.in_force) for i in found}, partner
        for inst in found:
            for party in ("ITA", partner):
                rel = [r for r in _rels(real_world, inst.id, "party_to") if r.source == party]
                assert rel and (inst.in_force is None or str(rel[0].since) == str(inst.in_force))


def test_india_italy_2023_agreement_signed(real_world):
    """Migration and Mobility Agreement signed on 2 November 2023 by Jaishankar and Tajani (Indian cabinet
    release, December 2023); its entry into force was not found, so both are signatories from that day."""
    inst = real_world.instruments["ind-ita-migration-partnership-2023"]
    assert inst.kind == "migration_partnership" and inst.scope == "bilateral" and inst.binding is True
    assert str(inst.adopted) == "2023-11-02" and inst.in_force is None
    signatories = {r.source: str(r.since) for r in _rels(real_world, inst.id, "signatory_of")}
    assert signatories == {"IND": "2023-11-02", "ITA": "2023-11-02"}


def test_show_ita_lists_the_agreements(capsys):
    """Same sources: `show ITA` lists the social-security agreements with USA, CAN, ARG, BRA and the 2023
    India-Italy agreement."""
    out = _show(capsys, "ITA", "--as-of", "2026-11-30")
    current = out.partition("Ended by")[0]
    for inst in (
        "usa-ita-ssa-1973",
        "can-ita-ssa-1995",
        "ita-arg-ssa-1981",
        "ita-bra-ssa-protocol-1974",
        "ind-ita-migration-partnership-2023",
    ):
        assert f"[{inst}]" in current, inst


def test_us_totalization_agreements_are_the_ssa_list(real_world):
    """SSA POMS GN 01701.005: the United States has totalization agreements in force with 30 countries, each
    from its effective date; the 2004 agreement with Mexico was never submitted to Congress (TSCL, 2012)."""
    in_force = {}
    for inst in real_world.instruments.values():
        if inst.kind != "social_security_agreement" or inst.scope != "bilateral":
            continue
        for rel in _rels(real_world, inst.id):
            if rel.source == "USA" and rel.type == "party_to":
                partner = next(r.source for r in _rels(real_world, inst.id) if r.source != "USA")
                in_force[partner] = str(rel.since)
    assert in_force == US_TOTALIZATION
    mexico = _bilateral_with(real_world, "USA", "MEX", "social_security_agreement")
    assert [i.id for i in mexico] == ["usa-mex-ssa-2004"]
    assert {r.type for r in _rels(real_world, "usa-mex-ssa-2004")} == {"signatory_of"}


def test_bangladesh_malaysia_mous_with_their_ends(real_world):
    """2012 MoU signed 26 Nov 2012 (Khabar), scrapped for the G2G Plus MoU of 18 Feb 2016 (NST); G2G Plus
    cancelled from 1 Sep 2018 by a Malaysian order of 21 Aug 2018 (The Independent, Dhaka); 2021 MoU signed
    19 Dec 2021, effective five years to December 2026 (Malay Mail), with entry of workers stopped after
    31 May 2024 (The Business Standard, 30 May 2024): a suspension, not an end."""
    expected = {
        "bgd-mys-g2g-mou": ("2012-11-26", "2016-02-18"),
        "bgd-mys-g2g-plus-mou": ("2016-02-18", "2018-09-01"),
        "bgd-mys-mou-2021": ("2021-12-19", None),
    }
    for iid, (since, ended) in expected.items():
        inst = real_world.instruments[iid]
        assert str(inst.adopted) == since
        assert (str(inst.ended) if inst.ended else None) == ended
        parties = {r.source: r for r in _rels(real_world, iid, "party_to")}
        assert set(parties) == {"BGD", "MYS"}
        assert all(str(r.since) == since and (str(r.until) if r.until else None) == ended for r in parties.values())
    assert str(real_world.instruments["bgd-mys-mou-2021"].suspended) == "2024-06-01"


def test_show_bgd_lists_the_malaysia_mous_with_their_ends(capsys):
    """Same sources: on 2026-11-30 the 2021 MoU is current and the 2012 and 2016 MoUs are listed as ended."""
    out = _show(capsys, "BGD", "--as-of", "2026-11-30")
    current, _, ended = out.partition("Ended by")
    assert "[bgd-mys-mou-2021]" in current
    assert "[bgd-mys-g2g-mou]" in ended and "2016-02-18" in ended
    assert "[bgd-mys-g2g-plus-mou]" in ended and "2018-09-01" in ended


def test_eu_turkey_statement_is_a_non_binding_statement(real_world):
    """European Council, 18 March 2016: a statement (not a treaty); returns from 20 March 2016."""
    inst = real_world.instruments["eu-turkey-statement"]
    assert inst.kind == "statement" and inst.binding is False and str(inst.adopted) == "2016-03-18"
    assert {r.source for r in _rels(real_world, inst.id, "party_to")} == {"eu", "TUR"}


def test_suspension_is_not_termination(real_world):
    """Belarus suspended the EU readmission agreement in 2021 (Belarus MFA; Council of the Republic, October
    2021); Kuwait suspended visas for Filipinos from 10 May 2023 (CNN Philippines): both stay recorded."""
    for iid in ("eu-blr-readmission-2020", "kwt-phl-labour-2018"):
        inst = real_world.instruments[iid]
        assert inst.suspended is not None and inst.ended is None
        assert all(r.until is None for r in _rels(real_world, iid))


def test_a_party_that_is_not_an_actor_gets_no_relation(real_world):
    """EU-Hong Kong readmission agreement (signed 27 Nov 2002, in force 1 Mar 2004; EU state of play, 2010):
    Hong Kong is not an actor of the dataset, so only the EU side is a relation and the note says why."""
    inst = real_world.instruments["eu-hkg-readmission-2002"]
    assert [r.source for r in _rels(real_world, inst.id)] == ["eu"]
    assert "HKG" in inst.note


def test_coverage_us_totalization_complete_but_the_list_is_not(real_world):
    """SSA's list covers every US totalization agreement in force (POMS GN 01701.005); Canada's list was read
    only to Iceland (copy of the CRA table), so Canada is not complete."""
    rows = {c.state: c for c in real_world.coverage if c.list == "bilateral_agreements"}
    # complete for one kind only is not complete: a rule may not read a missing labour agreement as none
    assert rows["USA"].complete is False and "social-security" in rows["USA"].note
    assert "NOT complete for other kinds" in rows["USA"].note
    assert rows["CAN"].complete is False and rows["ITA"].complete is False


def test_corridor_review_covers_the_100_largest_corridors():
    """UN DESA IMS 2020: the largest corridor is Mexico to the United States (10,853,105 in 2020); the review
    table lists 100 corridors in decreasing stock, each with a review date and sources."""
    with (CURATED / "bilateral" / "corridors_reviewed.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert len(rows) == 100
    stocks = [int(r["stock_2020"]) for r in rows]
    assert stocks == sorted(stocks, reverse=True)
    assert (rows[0]["origin"], rows[0]["destination"], rows[0]["stock_2020"]) == ("MEX", "USA", "10853105")
    assert "usa-mex-ssa-2004" in rows[0]["agreements_found"].split()
    assert all(r["reviewed"] and r["sources"] for r in rows)
