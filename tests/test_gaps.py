"""Gap rules: each has a known answer on a real slice of the data, present and absent.

The slice (fixtures/worlds/slice.yaml) is cut from data/actors/ by
tools/make_fixture_slice.py: 19 states, ECOWAS, the AU, ASEAN, the Bali Process,
the Abu Dhabi Dialogue, IOM, the GCM, the ICMW, the refugee instruments, some
cities, agencies and CSOs, with every fact among them. Because a slice leaves
out most forums, some "present" cases hold in the slice, not in the world;
each test says which.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph.errors import UnknownActorError, UsageError
from govgraph.gaps import RULES, find_all_gaps, find_gaps
from govgraph.gaps.context import GapContext
from govgraph.loader import load_world
from govgraph.temporal import as_of, build_graph

SLICE = Path(__file__).parent / "fixtures" / "worlds"
#: A test assumption, labelled as such: every list of the slice's states taken as complete, so that the rules
#: read from a missing tie can be exercised. Without it they report notices (see the tests at the end).
ASSUMED_COMPLETE = Path(__file__).parent / "fixtures" / "assumed_coverage"


@pytest.fixture(scope="module")
def slice_graph():
    return build_graph(load_world([SLICE, ASSUMED_COMPLETE], bundled=False))


@pytest.fixture(scope="module")
def real_slice_graph():
    """The slice as the data records it: no curated list is recorded as complete."""
    return build_graph(load_world([SLICE], bundled=False))


def gaps_of(G, subject, date="2025-06-01", **kwargs):
    return find_gaps(as_of(G, date), subject, **kwargs)


def rows(report, rule):
    return {g.counterpart for g in report.gaps if g.rule == rule}


def test_every_rule_is_registered_with_a_summary_and_documented_defaults():
    assert list(RULES) == [
        "forum-gap",
        "neighbour-gap",
        "corridor-gap",
        "commitment-gap",
        "exposure-gap",
        "rejection-gap",
        "vertical-gap",
        "horizontal-gap",
        "institutional-gap",
        "society-gap",
        "regional-coherence",
    ]
    for rule in RULES.values():
        assert rule.summary and rule.function.__doc__


# forum-gap — ECOWAS communiqué of the 66th ordinary session (Dec 2024): Mali left on 2025-01-29.
def test_mali_outside_ecowas_after_its_withdrawal_is_one_gap_a_withdrawal(slice_graph):
    report = gaps_of(slice_graph, "MLI", "2025-06-01", rules=["forum-gap", "rejection-gap"])
    assert [(g.rule, g.counterpart) for g in report.gaps] == [("rejection-gap", "ecowas")]
    gap = report.gaps[0]
    assert gap.expected_because[0].type == "withdrew_from" and gap.details["withdrawn_on"] == "2025-01-29"
    assert any("reported as a withdrawal (rejection-gap)" in n for n in report.notices)


def test_forum_gap_absent_while_mali_was_a_member(slice_graph):
    assert rows(gaps_of(slice_graph, "MLI", "2024-06-01", rules=["forum-gap"]), "forum-gap") == set()


# neighbour-gap — in the slice, Switzerland and Italy share no forum (the slice leaves out Schengen, the
# Council of Europe and the Budapest Process); Indonesia and Timor-Leste both sit in the Bali Process.
def test_neighbour_gap_present_without_any_channel(slice_graph):
    report = gaps_of(slice_graph, "CHE", rules=["neighbour-gap"])
    assert rows(report, "neighbour-gap") == {"ITA"}
    assert "share a land border" in report.gaps[0].expected_because[0].statement


def test_neighbour_gap_absent_when_a_forum_is_shared(slice_graph):
    assert rows(gaps_of(slice_graph, "IDN", rules=["neighbour-gap"]), "neighbour-gap") == set()


def test_neighbour_gap_via_direct_ignores_shared_forums(slice_graph):
    # Thailand and Malaysia share ASEAN and the Bali Process but no direct tie or bilateral instrument.
    assert "MYS" not in rows(gaps_of(slice_graph, "THA", rules=["neighbour-gap"]), "neighbour-gap")
    report = gaps_of(slice_graph, "THA", rules=["neighbour-gap"], via="direct")
    mys = next(g for g in report.gaps if g.counterpart == "MYS")
    assert mys.nearest_channel and "outside the chosen filters" in mys.nearest_channel.description


def test_chairing_a_forum_the_other_belongs_to_is_a_direct_channel(slice_graph):
    # Indonesia co-chairs the Bali Process, of which Timor-Leste is a member.
    assert "TLS" not in rows(gaps_of(slice_graph, "IDN", rules=["neighbour-gap"], via="direct"), "neighbour-gap")


# corridor-gap — UN DESA International Migrant Stock 2019: 153,280 Filipinos in Italy, 556,407 in the UAE.
def test_corridor_gap_major_partner_without_channel(slice_graph):
    report = gaps_of(slice_graph, "PHL", rules=["corridor-gap"])
    assert rows(report, "corridor-gap") == {"ITA"}
    assert report.gaps[0].details["stock"] == 153280


def test_corridor_gap_absent_where_a_forum_is_shared_but_present_when_only_binding_ties_count(slice_graph):
    assert "ARE" not in rows(gaps_of(slice_graph, "PHL", rules=["corridor-gap"]), "corridor-gap")
    binding = gaps_of(slice_graph, "PHL", rules=["corridor-gap"], binding="binding")
    assert "ARE" in rows(binding, "corridor-gap")  # the Abu Dhabi Dialogue is non-binding


def test_corridor_gap_threshold_is_a_parameter(slice_graph):
    report = gaps_of(slice_graph, "PHL", rules=["corridor-gap"], params={"min_stock": 200_000})
    assert rows(report, "corridor-gap") == set()


def test_corridor_gap_says_when_corridor_data_is_missing(slice_graph):
    report = gaps_of(slice_graph, "TLS", rules=["corridor-gap"])
    assert report.gaps == [] and any("no corridor data for TLS" in n for n in report.notices)


# commitment-gap — UNGA recorded vote on A/RES/73/195 and UNTC IV-13: Thailand voted for the GCM and is not
# party to the Migrant Workers Convention; the Philippines is (1995). UNTC V-5: the United States is party to
# the 1967 Protocol, not the 1951 Convention. AU status list: Senegal has not ratified the 2018 protocol.
def test_commitment_gap_endorsed_the_gcm_but_no_binding_instrument(slice_graph):
    report = gaps_of(slice_graph, "THA", rules=["commitment-gap"])
    assert rows(report, "commitment-gap") == {"icmw"}
    assert report.gaps[0].expected_because[0].type == "endorses"


def test_commitment_gap_absent_for_a_party(slice_graph):
    assert "icmw" not in rows(gaps_of(slice_graph, "PHL", rules=["commitment-gap"]), "commitment-gap")


# UNTC V-5: the 1967 Protocol is an independent instrument; its parties apply articles 2-34 of the 1951
# Convention themselves, so the United States (party to the Protocol alone) has no gap on the Convention.
def test_commitment_gap_not_for_the_1967_protocol_alone(slice_graph):
    report = gaps_of(slice_graph, "USA", rules=["commitment-gap"])
    assert "refugee-convention-1951" not in rows(report, "commitment-gap")


# AU status list: the 2018 Free Movement Protocol is not in force (it needs 15 ratifications), so an AU member
# that has not ratified it has no commitment gap on it (its ratification share is regional-coherence's).
def test_commitment_gap_not_for_a_free_movement_protocol_not_in_force(slice_graph):
    assert "au-free-movement-protocol-2018" not in rows(
        gaps_of(slice_graph, "SEN", rules=["commitment-gap"]), "commitment-gap"
    )


# vertical-gap — seed 004 (GFMD 2016, urban governance): Zurich's city card is a local policy; the data
# records no tie between Zurich and the Swiss federal level. Oslo does not act on migration in the slice.
def test_vertical_gap_city_acting_without_national_tie(slice_graph):
    report = gaps_of(slice_graph, "CHE", rules=["vertical-gap"])
    assert rows(report, "vertical-gap") == {"city-zurich"}


def test_vertical_gap_absent_and_notice_without_local_actors(slice_graph):
    assert rows(gaps_of(slice_graph, "NOR", rules=["vertical-gap"]), "vertical-gap") == set()
    report = gaps_of(slice_graph, "SEN", rules=["vertical-gap"])
    assert report.gaps == [] and any("no cities" in n for n in report.notices)


# horizontal-gap — RA 11641 attached OWWA to the new Department of Migrant Workers; the slice has no tie for
# DOLE or POEA.
def test_horizontal_gap_agencies_without_whole_of_government_tie(slice_graph):
    report = gaps_of(slice_graph, "PHL", rules=["horizontal-gap"])
    assert rows(report, "horizontal-gap") == {"phl-dole", "phl-poea"}


def test_horizontal_gap_needs_two_agencies(slice_graph):
    report = gaps_of(slice_graph, "THA", rules=["horizontal-gap"])
    assert report.gaps == [] and any("2 needed" in n for n in report.notices)


# institutional-gap — IOM member states list: Saudi Arabia is not a member; the Philippines is.
def test_institutional_gap_outside_iom(slice_graph):
    assert "iom" in rows(gaps_of(slice_graph, "SAU", rules=["institutional-gap"]), "institutional-gap")
    assert rows(gaps_of(slice_graph, "PHL", rules=["institutional-gap"]), "institutional-gap") == set()


def test_institutional_gap_is_not_expected_where_few_states_have_ties(slice_graph):
    report = gaps_of(slice_graph, "SAU", rules=["institutional-gap"])
    assert "gfmd" not in rows(report, "institutional-gap")
    assert any("gfmd" in n and "min_share" in n for n in report.notices)


# society-gap — seed 004: Oslo's health centre for undocumented migrants is run by civil society; the
# slice records no tie between Norway and any civil-society actor.
def test_society_gap_civil_society_without_formal_engagement(slice_graph):
    report = gaps_of(slice_graph, "NOR", rules=["society-gap"])
    assert {g.details["group"] for g in report.gaps} == {"civil society"}
    assert report.gaps[0].counterpart is not None and report.gaps[0].counterpart in slice_graph


def test_society_gap_group_without_data_is_a_notice(slice_graph):
    report = gaps_of(slice_graph, "NOR", rules=["society-gap"])
    assert any("no diaspora actors" in n for n in report.notices)


# regional-coherence — AU status list of the 2018 Free Movement Protocol: Mali and Niger ratified.
def test_regional_coherence_members_not_party_to_the_bodys_binding_instruments(slice_graph):
    report = gaps_of(slice_graph, "au", rules=["regional-coherence"])
    assert rows(report, "regional-coherence") == {"BFA", "CIV", "GHA", "GIN", "SEN"}
    assert {g.details["instrument"] for g in report.gaps} == {"au-free-movement-protocol-2018"}
    assert report.gaps[0].details["parties"] == 2


def test_regional_coherence_absent_when_every_member_is_party(slice_graph):
    # on 2025-06-01 the only ECOWAS gaps are the three withdrawals: every remaining member is party
    report = gaps_of(slice_graph, "ecowas", rules=["regional-coherence"])
    assert {g.details["topic"] for g in report.gaps} == {"withdrawal"}


def test_every_gap_says_why_it_is_expected(slice_graph):
    report = find_all_gaps(as_of(slice_graph, "2025-06-01"))
    assert report.gaps
    assert all(g.expected_because and g.reason for g in report.gaps)


def test_unknown_rule_via_and_subject_are_refused(slice_graph):
    G = as_of(slice_graph, "2025-06-01")
    with pytest.raises(UsageError, match="unknown rule 'nope'"):
        find_gaps(G, "PHL", rules=["nope"])
    with pytest.raises(UsageError, match="--via"):
        find_gaps(G, "PHL", via="telepathy")
    with pytest.raises(UnknownActorError):
        find_gaps(G, "atlantis")


# On the bundled data: situations documented by public sources.
def test_bundled_ecowas_withdrawal_changes_malis_gaps(real_graph):
    """ECOWAS communiqué (Dec 2024): Burkina Faso, Mali and Niger ceased to be members on 2025-01-29."""
    before = gaps_of(real_graph, "MLI", "2024-06-01", rules=["forum-gap", "rejection-gap"])
    after = gaps_of(real_graph, "MLI", "2025-06-01", rules=["forum-gap", "rejection-gap"])
    assert "ecowas" not in rows(before, "forum-gap") | rows(before, "rejection-gap")
    assert "ecowas" in rows(after, "rejection-gap") and "ecowas" not in rows(after, "forum-gap")


def test_bundled_united_states_protocol_without_convention_is_no_gap(real_graph):
    """UNTC V-2 and V-5: the United States acceded to the 1967 Protocol (1968), not the 1951 Convention; the
    Protocol binds its parties to articles 2-34 of the Convention, so that is no gap."""
    assert "refugee-convention-1951" not in rows(
        gaps_of(real_graph, "USA", "2025-06-01", rules=["commitment-gap"]), "commitment-gap"
    )


def test_bundled_philippines_is_party_to_the_migrant_workers_convention(real_graph):
    """UNTC IV-13: the Philippines ratified the ICMW on 1995-07-05, so no ICMW commitment gap."""
    assert "icmw" not in rows(gaps_of(real_graph, "PHL", "2025-06-01", rules=["commitment-gap"]), "commitment-gap")


def test_bundled_timor_leste_asean_gap_closes_with_accession(real_graph):
    """ASEAN admitted Timor-Leste as its 11th member on 2025-10-26 (47th ASEAN Summit)."""
    G = as_of(real_graph, "2025-11-01")
    assert any(u == "TLS" and d["type"] == "member_of" for u, _, d in G.in_edges("asean", data=True))
    assert "asean" not in rows(find_gaps(G, "TLS", rules=["forum-gap"]), "forum-gap")


def test_bundled_all_states_report_has_evidence(real_graph):
    report = find_all_gaps(as_of(real_graph, "2025-06-01"))
    assert len({g.subject for g in report.gaps}) > 100
    assert all(g.expected_because for g in report.gaps)


# rejection-gap — UNGA recorded vote on A/RES/73/195 (19 Dec 2018): the United States voted against the GCM.
def test_rejection_gap_a_vote_against_the_gcm(slice_graph):
    report = gaps_of(slice_graph, "USA", rules=["rejection-gap"])
    gap = next(g for g in report.gaps if g.counterpart == "gcm")
    assert gap.details["vote"] == "voted_against" and "voted against" in gap.reason and "2018-12-19" in gap.reason


def test_rejection_gap_absent_for_a_state_that_endorsed(slice_graph):
    assert "gcm" not in rows(gaps_of(slice_graph, "PHL", rules=["rejection-gap"]), "rejection-gap")


# ECOWAS Commission: Burkina Faso, Mali and Niger left ECOWAS on 2025-01-29 (effective under art. 91).
def test_rejection_gap_a_withdrawal_with_its_date_by_the_state_and_by_the_body(slice_graph):
    mali = gaps_of(slice_graph, "MLI", "2025-06-01", rules=["rejection-gap"])
    gap = next(g for g in mali.gaps if g.counterpart == "ecowas")
    assert gap.details["topic"] == "withdrawal" and gap.details["withdrawn_on"] == "2025-01-29"
    assert "withdrew from" in gap.reason and "2025-01-29" in gap.reason
    body = gaps_of(slice_graph, "ecowas", "2025-06-01", rules=["regional-coherence"])
    withdrawn = {g.counterpart for g in body.gaps if g.details["topic"] == "withdrawal"}
    assert {"BFA", "MLI", "NER"} <= withdrawn
    before = gaps_of(slice_graph, "ecowas", "2024-06-01", rules=["regional-coherence"])
    assert not any(g.details["topic"] == "withdrawal" for g in before.gaps)


# No gap from missing data: the slice records no complete list, so the rules read from a missing tie say so.
@pytest.mark.parametrize(
    ("rule", "state", "missing"),
    [
        ("neighbour-gap", "CHE", "bilateral agreements"),
        ("corridor-gap", "PHL", "bilateral agreements"),
        ("horizontal-gap", "PHL", "national agencies and coordination mechanisms"),
        ("society-gap", "NOR", "csos"),
        ("vertical-gap", "CHE", "cities"),
    ],
)
def test_a_rule_read_from_a_missing_tie_needs_a_complete_list(slice_graph, real_slice_graph, rule, state, missing):
    assumed = gaps_of(slice_graph, state, rules=[rule])
    assert rows(assumed, rule)  # with the list complete, the rule fires (tests above)
    real = gaps_of(real_slice_graph, state, rules=[rule])
    assert rows(real, rule) == set()
    note = next(n for n in real.notices if n.startswith(rule) and "not recorded as complete" in n)
    assert f"is not recorded as complete, so {len(assumed.gaps)} possible gap" in note and missing in note


def test_a_bilateral_channel_says_whether_it_is_in_force_or_only_signed(real_graph):
    ctx = GapContext(as_of(real_graph, "2025-06-01"))
    # Italy–USA social security agreement: both parties (Italian MFA list; SSA)
    assert ctx.channel("ITA", "USA").description.startswith("direct: both are parties to")
    # India–Italy Migration and Mobility Partnership: signed 2023-11-02, entry into force not found
    signed = ctx.channel("IND", "ITA").description
    assert "was signed on 2023-11-02; its entry into force is not recorded" in signed
    assert "both are parties" not in signed


def test_an_expired_bilateral_instrument_is_named_as_the_nearest_channel(real_graph):
    # UK–Rwanda asylum partnership: ended in July 2024 (UK Home Office); no channel of its own remains
    ctx = GapContext(as_of(real_graph, "2025-06-01"))
    assert ctx.channel("GBR", "RWA") is None
    nearest = ctx.nearest_channel("GBR", "RWA")
    assert (
        nearest is not None
        and nearest.description.startswith("expired: ")
        and "ended on 2024-07" in nearest.description
    )
    # in force on an earlier date: a channel, not an expired one
    assert GapContext(as_of(real_graph, "2023-06-01")).channel("GBR", "RWA") is not None
