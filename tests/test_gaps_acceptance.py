"""Gap engine v2 on the bundled data: one ranking, no gap from missing data, the analyst's checks.

Expected values come from public records: UNHCR Refugee Data Finder (refugees hosted: Lebanon,
Bangladesh and Iraq host hundreds of thousands; Tonga, Palau and San Marino almost none); the UNGA
recorded votes on A/RES/73/195 (GCM: Czechia, Hungary, Poland and the United States voted against)
and A/RES/73/151 (GCR: Hungary and the United States voted against).
"""

from __future__ import annotations

import json

from govgraph.cli import main
from govgraph.gaps import find_gaps
from govgraph.gaps.grading import MGI_DOMAINS
from govgraph.temporal import as_of


def _refugee_priority(G, state):
    report = find_gaps(G, state, rules=["commitment-gap"])
    values = [g.priority for g in report.gaps if g.counterpart in ("refugee-convention-1951", "refugee-protocol-1967")]
    return max(values, default=None)


def test_refugee_treaty_gaps_rank_by_the_refugees_a_state_hosts(real_graph):
    G = as_of(real_graph, "2025-06-01")
    hosts = {s: _refugee_priority(G, s) for s in ("LBN", "BGD", "IRQ")}
    few = {s: _refugee_priority(G, s) for s in ("TON", "PLW", "SMR")}
    assert None not in hosts.values() and None not in few.values(), (hosts, few)
    assert min(hosts.values()) > max(few.values()), (hosts, few)


def test_the_explanation_states_the_figure_its_year_and_source(runner):
    result = runner.invoke(main, ["gaps", "LBN", "--explain", "--rule", "commitment-gap", "--as-of", "2025-06-01"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "refugees hosted" in x)
    assert "Lebanon: " in line and "(UNHCR Refugee Data Finder" in line and ", 2024)" in line


def test_top_is_one_ranking_across_rules_and_every_gap_is_graded(runner):
    result = runner.invoke(main, ["gaps", "USA", "--top", "5", "--json"])
    assert result.exit_code == 0, result.output
    gaps = json.loads(result.output)["gaps"]
    assert len(gaps) == 5
    assert [g["priority"] for g in gaps] == sorted((g["priority"] for g in gaps), reverse=True)
    for g in gaps:
        assert 0 < g["priority"] <= 1 and 0 < g["confidence"] <= 1
        assert isinstance(g["gcm_objectives"], list) and g["mgi_domain"] in MGI_DOMAINS


def test_min_confidence_filters(runner):
    everything = json.loads(runner.invoke(main, ["gaps", "BGD", "--json"]).output)["gaps"]
    confident = json.loads(runner.invoke(main, ["gaps", "BGD", "--json", "--min-confidence", "0.9"]).output)["gaps"]
    assert len(confident) < len(everything) and all(g["confidence"] >= 0.9 for g in confident)


def test_states_that_rejected_the_compacts_have_gaps(real_graph):
    G = as_of(real_graph, "2025-06-01")
    hungary = {g.counterpart for g in find_gaps(G, "HUN", rules=["rejection-gap"]).gaps}
    assert {"gcm", "gcr"} <= hungary
    for state in ("POL", "CZE", "USA"):
        assert "gcm" in {g.counterpart for g in find_gaps(G, state, rules=["rejection-gap"]).gaps}


def test_exposure_sets_the_baseline_lebanon_hosting_refugees(real_graph):
    # UNHCR: Lebanon hosted 758,642 refugees at the end of 2024; it is party to neither the 1951 Convention
    # nor the 1967 Protocol (UNTC V-2, V-5), nor to the statelessness conventions (UNTC V-3, V-4).
    G = as_of(real_graph, "2025-06-01")
    gaps = {g.details["topic"]: g for g in find_gaps(G, "LBN", rules=["exposure-gap"]).gaps}
    refugees = gaps["refugee protection"]
    assert refugees.details["missing"] == ["refugee-convention-1951", "refugee-protocol-1967"]
    assert "758,642 refugees hosted (2024)" in refugees.reason
    assert refugees.mgi_domain == "saving lives and protecting people"


def test_a_destination_state_is_judged_on_its_immigrants_an_origin_state_on_its_emigrants(real_graph):
    G = as_of(real_graph, "2025-06-01")

    def migrant_workers(state):
        gap = next(
            g for g in find_gaps(G, state, rules=["exposure-gap"]).gaps if g.details["topic"] == "migrant workers"
        )
        return gap.reason

    assert "15,762,457 immigrant stock (2020)" in migrant_workers("DEU")  # UN DESA IMS 2020: 15.8 M immigrants
    assert "emigrant stock" in migrant_workers("NPL")


def test_exposure_gap_absent_where_the_state_is_party(real_graph):
    # UNTC V-2: the Philippines acceded to the 1951 Convention in 1981; the 1954 (2011) and 1961 (2022) too
    G = as_of(real_graph, "2025-06-01")
    topics = {g.details["topic"] for g in find_gaps(G, "PHL", rules=["exposure-gap"]).gaps}
    assert "refugee protection" not in topics and "statelessness" not in topics


def test_an_incomplete_party_table_is_named_once_not_judged(real_graph):
    G = as_of(real_graph, "2025-06-01")
    report = find_gaps(G, "PHL", rules=["exposure-gap"])
    notes = [n for n in report.notices if "party tables of" in n]
    assert len(notes) == 1 and "not read as 'not a party'" in notes[0]


def test_a_narrowing_reservation_is_a_gap_of_its_own(real_graph):
    # UNTC V-2 and V-5: Türkiye maintains the geographical limitation of art. 1B(1)(a) (events in Europe only)
    G = as_of(real_graph, "2025-06-01")
    gaps = {g.counterpart: g for g in find_gaps(G, "TUR", rules=["commitment-gap"]).gaps}
    gap = gaps["refugee-convention-1951"]
    assert gap.details["reservations"] == ["geographical_limitation"] and "geographical limitation" in gap.reason


def _rows(G, state, **kwargs):
    return {(g.rule, g.counterpart or g.details.get("topic")) for g in find_gaps(G, state, **kwargs).gaps}


def test_the_analysts_false_gaps_are_gone(real_graph):
    G = as_of(real_graph, "2025-06-01")
    # Italy's social-security agreements with the USA, Canada, Argentina and Brazil (Italian MFA) and its
    # 2023 agreement with India: no corridor or neighbour gap read from a missing agreement
    italy = _rows(G, "ITA")
    for other in ("USA", "CAN", "ARG", "BRA", "IND", "SMR", "VAT"):
        assert ("corridor-gap", other) not in italy and ("neighbour-gap", other) not in italy
    # only Arab states join the League and its ARCP (Charter of the League of Arab States, art. 1)
    assert not {("forum-gap", "arcp"), ("forum-gap", "las")} & _rows(G, "TUR")
    assert not {("forum-gap", "arcp"), ("forum-gap", "las")} & _rows(G, "ISR")
    # Mexico is a SICA observer since 2004 (SICA); Nigeria a CEN-SAD member since 2001 (Small Arms Survey)
    assert ("forum-gap", "sica") not in _rows(G, "MEX") and ("forum-gap", "cen-sad") not in _rows(G, "NGA")
    # the SADC 2005 Facilitation Protocol is not in force (SADC): no gap for South Africa
    assert ("commitment-gap", "sadc-facilitation-protocol-2005") not in _rows(G, "ZAF")
    # POEA and NRCO were consolidated into the DMW (RA 11641); USAID ceased operating on 2025-07-01
    assert not any(c in {"phl-poea", "phl-nrco"} for _, c in _rows(G, "PHL"))
    assert not any("usaid" in str(c) for _, c in _rows(as_of(real_graph, "2025-08-01"), "USA"))


def test_a_state_bound_to_a_body_by_agreement_is_not_outside_it(real_graph):
    # Switzerland: the 1999 Agreement on the Free Movement of Persons with the EC (in force 2002-06-01);
    # Norway: the EEA Agreement (in force 1994-01-01); both are outside the EU by choice, not a gap
    G = as_of(real_graph, "2025-06-01")
    for state, agreement in (("CHE", "free movement of persons"), ("NOR", "European Economic Area")):
        report = find_gaps(G, state)
        assert ("forum-gap", "eu") not in {(g.rule, g.counterpart) for g in report.gaps}
        assert any("European Union but bound to it by" in n and agreement in n for n in report.notices)
    # a readmission agreement with the EU is no such tie (Ukraine, EU–Ukraine readmission agreement)
    assert not any("bound to it by" in n for n in find_gaps(G, "UKR", rules=["forum-gap"]).notices)
    # before the Swiss agreement entered into force the expectation stood
    before = find_gaps(as_of(real_graph, "2001-06-01"), "CHE", rules=["forum-gap"])
    assert ("forum-gap", "eu") in {(g.rule, g.counterpart) for g in before.gaps}


def test_not_voting_is_a_weaker_rejection_answered_by_a_later_endorsement(real_graph):
    G = as_of(real_graph, "2025-06-01")
    ukraine = {g.counterpart: g for g in find_gaps(G, "UKR", rules=["rejection-gap"]).gaps}
    assert ukraine["gcm"].details["vote"] == "did_not_vote" and "absent or not voting" in ukraine["gcm"].reason
    hungary = {g.counterpart: g for g in find_gaps(G, "HUN", rules=["rejection-gap"]).gaps}
    assert ukraine["gcm"].priority < hungary["gcm"].priority  # a vote against is the plainer rejection
    # Poland voted against the GCM and did not vote on the GCR: both are reported, each as what it was
    poland = {g.counterpart: g.details["vote"] for g in find_gaps(G, "POL", rules=["rejection-gap"]).gaps}
    assert poland == {"gcm": "voted_against", "gcr": "did_not_vote"}


def test_rejection_is_reported_hungary_and_the_ecowas_exits(real_graph):
    hungary = _rows(as_of(real_graph, "2025-06-01"), "HUN")
    assert len(hungary) >= 3 and {("rejection-gap", "gcm"), ("rejection-gap", "gcr")} <= hungary
    ecowas = find_gaps(as_of(real_graph, "2025-06-01"), "ecowas", rules=["regional-coherence"])
    exits = {g.counterpart: g.details["withdrawn_on"] for g in ecowas.gaps if g.details["topic"] == "withdrawal"}
    assert exits == {"BFA": "2025-01-29", "MLI": "2025-01-29", "NER": "2025-01-29"}


def test_compare_lists_the_ecowas_exits_as_opened_on_the_day(runner):
    # ECOWAS Commission: Burkina Faso, Mali and Niger left on 2025-01-29
    result = runner.invoke(main, ["gaps", "--all", "--compare", "2024-06-01", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    opened = {
        (c["gap"]["subject"], c["gap"]["rule"]): c
        for c in data["changes"]
        if c["change"] == "opened" and c["gap"]["counterpart"] == "ecowas"
    }
    for state in ("BFA", "MLI", "NER"):
        change = opened[(state, "rejection-gap")]
        assert change["date"] == "2025-01-29" and "withdrew from" in change["events"][0]


def test_compare_refuses_a_date_after_as_of(runner):
    result = runner.invoke(main, ["gaps", "--all", "--compare", "2025-06-01", "--as-of", "2024-06-01"])
    assert result.exit_code == 1 and "--compare: 2025-06-01 must be before" in result.output


def test_a_report_is_a_dataframe_with_the_csv_columns(real_graph):
    from govgraph.gaps.record import ROW_COLUMNS

    report = find_gaps(as_of(real_graph, "2025-06-01"), "LBN")
    frame = report.to_frame()
    assert list(frame.columns) == list(ROW_COLUMNS) and len(frame) == len(report.gaps)
    assert frame["priority"].is_monotonic_decreasing


def test_an_rcp_is_judged_on_the_instruments_of_its_themes(real_graph):
    # Bali Process (its own page): people smuggling, trafficking in persons; 45 members, of which 42 states
    report = find_gaps(as_of(real_graph, "2025-06-01"), "bali-process", rules=["regional-coherence"])
    trafficking = [g for g in report.gaps if g.details.get("instrument") == "trafficking-protocol"]
    assert trafficking and all(g.details["members"] == trafficking[0].details["members"] for g in trafficking)
    assert "members are)" in trafficking[0].reason and 0 < trafficking[0].details["party_share"] < 1
    assert all(real_graph.nodes[g.counterpart]["kind"] == "state" for g in report.gaps)  # organisations ratify nothing
    smuggling = [g for g in report.gaps if g.details.get("instrument") == "smuggling-protocol"]
    not_assessed = any("Smuggling of Migrants" in n and "not assessed" in n for n in report.notices)
    assert smuggling or not_assessed  # judged only when the party table is complete


def test_the_brief_is_for_a_policy_reader(runner):
    result = runner.invoke(main, ["gaps", "LBN", "--as-of", "2025-06-01"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    gaps = [x for x in lines if x[:1].isdigit() and x[1:3] == ". "]
    assert 1 <= len(gaps) <= 5 and len(lines) <= 18  # about ten lines of gaps, a few notes
    for line in gaps:  # one plain sentence, the plain rule name, priority and confidence in words
        assert "_" not in line and (
            "high confidence" in line or "medium confidence" in line or "low confidence" in line
        )
    sources = [x for x in lines if x.startswith("   source: ")]
    assert len(sources) == len(gaps)
    assert "UNHCR" in result.output  # the refugee figures behind the top gaps
    # the 1967 Protocol is missing for Lebanon's refugees (exposure) and for its GCR vote (commitment): one item
    refugees = next(i for i, x in enumerate(lines) if "refugee protection exposure" in x)
    also = lines[refugees + 2]
    assert also.startswith("   also: ") and "Protocol relating to the Status of Refugees" in also
    assert sum("Protocol relating to the Status of Refugees" in x for x in gaps) == 1
