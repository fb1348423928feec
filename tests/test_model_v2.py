"""The second version of the model: roles, reservations, ended facts, state profiles and coverage.

Fixtures are a small real slice: Senegal and Mali in ECOWAS (Mali left on 2025-01-29, ECOWAS
communiqué), Türkiye's 1951 Convention accession with the geographical limitation (UNTC V-2),
Lebanon's refugees hosted (UNHCR Refugee Data Finder) and an agreement that expired.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from govgraph.cli import main
from govgraph.figures import latest_figures
from govgraph.loader import load_world
from govgraph.temporal import as_of, build_graph

from .conftest import TINY_WORLD, write_world

EXTRA = """\
sources:
  unhcr-rdf:
    title: UNHCR Refugee Data Finder
    url: https://www.unhcr.org/refugee-statistics/download/
    as_of: 2025-06-12
    checked: true
  review:
    title: govgraph review of the national agency list
    publication: govgraph data review, data/curated/coverage
    as_of: 2026-11-30
    checked: true
actors:
  - {id: TUR, kind: state, name: Türkiye, iso2: TR, sources: [untc-v2]}
  - {id: LBN, kind: state, name: Lebanon, iso2: LB, sources: [unhcr-rdf]}
  - {id: igad, kind: rec, name: Intergovernmental Authority on Development, sources: [ecowas-members]}
  - {id: igad-rcp, kind: rcp, name: IGAD Regional Consultative Process, membership_recorded: false, sources: [ecowas-members]}
instruments:
  - {id: sen-mli-labour-mou, name: Senegal–Mali labour MoU, kind: labour_mou, scope: bilateral, adopted: 2010-01-01, ended: 2020-01-01, end_reason: expired after ten years, sources: [ecowas-members]}
relations:
  - {source: TUR, target: refugee-convention-1951, type: party_to, since: 1962-03-30, reservations: [geographical_limitation], reservation_note: "events occurring in Europe only (art. 1B(1)(a))", sources: [untc-v2]}
  - {source: SEN, target: sen-mli-labour-mou, type: party_to, since: 2010-01-01, sources: [ecowas-members]}
  - {source: MLI, target: igad, type: observer_of, since: 2000, sources: [ecowas-members]}
profiles:
  - {state: LBN, indicator: refugees_hosted, year: 2022, value: 818873, sources: [unhcr-rdf]}
  - {state: LBN, indicator: refugees_hosted, year: 2023, value: 784884, sources: [unhcr-rdf]}
coverage:
  - {state: SEN, list: national_agencies, complete: true, reviewed: 2026-11-30, sources: [review]}
  - {state: MLI, list: cities, complete: false, reviewed: 2026-11-30, sources: [review]}
"""


def world_dir(tmp_path):
    return write_world(tmp_path / "v2", {"world.yaml": TINY_WORLD, "extra.yaml": EXTRA})


def test_the_latest_figure_is_the_newest_year_over_by_the_date(tmp_path):
    T = build_graph(load_world([world_dir(tmp_path)], bundled=False))
    on_2024 = latest_figures(as_of(T, "2024-06-01"), "LBN")
    assert [(f.indicator, f.value, f.year) for f in on_2024] == [("refugees_hosted", 784884, 2023)]
    assert on_2024[0].sources[0]["title"] == "UNHCR Refugee Data Finder"
    on_2023 = latest_figures(as_of(T, "2023-06-01"), "LBN")
    assert [f.year for f in on_2023] == [2022]  # the 2023 year-end stock is not known in mid-2023


def test_an_expired_agreement_leaves_the_as_of_graph(tmp_path):
    T = build_graph(load_world([world_dir(tmp_path)], bundled=False))
    assert "sen-mli-labour-mou" in as_of(T, "2019-12-31")
    assert "sen-mli-labour-mou" not in as_of(T, "2020-01-01")


def test_show_prints_profile_coverage_reservations_and_what_ended(runner, tmp_path):
    folder = world_dir(tmp_path)
    lbn = runner.invoke(main, ["show", "LBN", "--data", str(folder), "--no-bundled", "--as-of", "2024-06-01"])
    assert lbn.exit_code == 0, lbn.output
    assert "refugees hosted: 784,884 (2023; UNHCR Refugee Data Finder)" in lbn.output
    tur = runner.invoke(main, ["show", "TUR", "--data", str(folder), "--no-bundled"])
    assert "[reservations: geographical_limitation]" in tur.output
    sen = runner.invoke(main, ["show", "SEN", "--data", str(folder), "--no-bundled", "--as-of", "2024-06-01"])
    assert "national agencies: complete (2026-11-30)" in sen.output and "cities: not reviewed" in sen.output
    assert "ended 2020-01-01 (expired after ten years)" in sen.output
    mli = runner.invoke(main, ["show", "MLI", "--data", str(folder), "--no-bundled", "--as-of", "2025-06-01"])
    ended = mli.output.split("Ended by 2025-06-01")[1]
    assert "member_of" in ended and "[ecowas]" in ended and "ended 2025-01-29" in ended
    assert "observer_of" in mli.output.split("Ended by")[0]  # an observer is shown as such, not as a member


def test_show_json_carries_figures_coverage_and_ended_ties(runner, tmp_path):
    result = runner.invoke(
        main, ["show", "MLI", "--data", str(world_dir(tmp_path)), "--no-bundled", "--as-of", "2025-06-01", "--json"]
    )
    data = json.loads(result.output)
    assert data["coverage"]["cities"]["complete"] is False
    assert [t["counterpart"] for t in data["ended"]] == ["ecowas"]


def test_exports_carry_the_latest_figures_on_state_nodes(runner, tmp_path):
    out = tmp_path / "g.graphml"
    args = ["export", "-f", "graphml", "-o", str(out), "--data", str(world_dir(tmp_path)), "--no-bundled"]
    result = runner.invoke(main, [*args, "--as-of", "2024-06-01"])
    assert result.exit_code == 0, result.output
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out).getroot()  # noqa: S314 - a file this test just wrote
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
    lbn = next(n for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node") if n.get("id") == "LBN")
    values = {keys[d.get("key")]: d.text for d in lbn.findall("g:data", ns)}
    assert float(values["refugees_hosted"]) == 784884 and values["refugees_hosted_year"] == "2023"


def test_validate_refuses_a_body_with_no_member_unless_it_says_so(runner, tmp_path):
    folder = world_dir(tmp_path)
    ok = runner.invoke(main, ["validate", "--data", str(folder), "--no-bundled"])
    assert ok.exit_code == 1  # igad has an observer but no member, and does not say its membership is unrecorded
    assert "entity 'igad', field 'membership_recorded': a rec with no member" in ok.output
    assert "igad-rcp" not in ok.output  # it says membership_recorded: false
    (folder / "extra.yaml").write_text(
        EXTRA.replace("name: Intergovernmental Authority on Development,", "name: IGAD, membership_recorded: false,"),
        encoding="utf-8",
    )
    fixed = runner.invoke(main, ["validate", "--data", str(folder), "--no-bundled"])
    assert fixed.exit_code == 0, fixed.output
    assert "Bodies: 4; membership not recorded for 3" in fixed.output
    assert "  SEN: complete: national_agencies" in fixed.output
    assert "  MLI: complete: none; not complete: cities" in fixed.output


def test_a_reservation_is_only_for_a_commitment(runner, tmp_path):
    bad = EXTRA.replace(
        "  - {source: MLI, target: igad, type: observer_of, since: 2000,",
        "  - {source: MLI, target: igad, type: observer_of, since: 2000, reservations: [other],",
    )
    folder = write_world(tmp_path / "bad", {"world.yaml": TINY_WORLD, "extra.yaml": bad})
    result = runner.invoke(main, ["show", "MLI", "--data", str(folder), "--no-bundled"])
    assert result.exit_code == 1
    assert "reservations are for commitments (party_to, signatory_of), not observer_of" in result.output


FREE_MOVEMENT = """\
instruments:
  - {id: ecowas-fm-1979, name: Protocol relating to Free Movement of Persons, kind: protocol, scope: regional, adopted: 1979-05-29, in_force: 1980, adopted_by: ecowas, policy_areas: [free_movement], PARTIES, sources: [ecowas-members]}
"""


def _free_movement_world(tmp_path, parties: str):
    text = FREE_MOVEMENT.replace("PARTIES", parties)
    return load_world(
        [write_world(tmp_path / parties[:20], {"world.yaml": TINY_WORLD, "fm.yaml": text})], bundled=False
    )


def test_an_incomplete_party_table_never_yields_not_a_party(tmp_path):
    from govgraph.gaps import find_gaps

    complete = as_of(build_graph(_free_movement_world(tmp_path, "parties_complete: true")), "2024-06-01")
    report = find_gaps(complete, "SEN", rules=["commitment-gap"])
    assert [g.counterpart for g in report.gaps] == ["ecowas-fm-1979"]  # Senegal is not recorded as party

    partial = _free_movement_world(
        tmp_path, "parties_complete: false, published_parties: 15, published_as_of: 2024-06-01"
    )
    G = as_of(build_graph(partial), "2024-06-01")
    report = find_gaps(G, "SEN", rules=["commitment-gap"])
    assert report.gaps == []
    assert any("is not complete" in n and "not assessed" in n for n in report.notices)
    coherence = find_gaps(G, "ecowas", rules=["regional-coherence"])
    assert coherence.gaps == [] and any("not assessed" in n for n in coherence.notices)


CONTESTS = """\
actors:
  - {id: city-dakar, kind: city, name: Dakar, country: SEN, sources: [ecowas-members]}
  - {id: city-thies, kind: city, name: Thiès, country: SEN, sources: [ecowas-members]}
instruments:
  - {id: sen-policy, name: National migration policy, kind: policy, scope: national, country: SEN, adopted: 2018, sources: [ecowas-members]}
  - {id: thies-plan, name: Thiès migrant plan, kind: policy, scope: local, country: SEN, adopted: 2019, sources: [ecowas-members]}
relations:
  - {source: city-dakar, target: sen-policy, type: contests, since: 2020, sources: [ecowas-members]}
  - {source: city-thies, target: thies-plan, type: adopted, since: 2019, sources: [ecowas-members]}
"""


def test_a_contesting_city_is_reported_but_an_untied_city_only_with_a_complete_city_list(tmp_path):
    from govgraph.gaps import find_gaps

    folder = write_world(tmp_path / "cities", {"world.yaml": TINY_WORLD, "cities.yaml": CONTESTS})
    report = find_gaps(
        as_of(build_graph(load_world([folder], bundled=False)), "2024-06-01"), "SEN", rules=["vertical-gap"]
    )
    assert [g.counterpart for g in report.gaps] == ["city-dakar"]  # contesting national policy is a recorded fact
    assert any(
        "the cities list of Senegal is not recorded as complete, so 1 possible gap" in n and "Thiès" in n
        for n in report.notices
    )
    complete = (
        CONTESTS
        + "coverage:\n  - {state: SEN, list: cities, complete: true, reviewed: 2026-11-30, sources: [ecowas-members]}\n"
    )
    folder = write_world(tmp_path / "cities2", {"world.yaml": TINY_WORLD, "cities.yaml": complete})
    report = find_gaps(
        as_of(build_graph(load_world([folder], bundled=False)), "2024-06-01"), "SEN", rules=["vertical-gap"]
    )
    assert sorted(g.counterpart for g in report.gaps) == ["city-dakar", "city-thies"]
