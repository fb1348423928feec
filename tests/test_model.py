"""The model derives levels, binding and direction; explicit values in the data win."""

from __future__ import annotations

import pytest

from govgraph.dates import is_active, parse_date
from govgraph.temporal import as_of, build_graph


def test_level_is_derived_from_kind(tiny_world):
    assert tiny_world.actors["SEN"].level == "national"
    assert tiny_world.actors["ecowas"].level == "regional"


def test_membership_of_a_treaty_based_rec_is_binding(tiny_world):
    rel = next(r for r in tiny_world.relations if r.source == "SEN" and r.type == "member_of")
    assert rel.binding is True
    assert rel.direction == "vertical"  # national state, regional body


def test_party_to_a_convention_is_binding(tiny_world):
    rel = next(r for r in tiny_world.relations if r.type == "party_to")
    assert tiny_world.instruments["refugee-convention-1951"].binding is True
    assert rel.binding is True
    assert rel.direction == "vertical"  # a national party to a global instrument


def test_explicit_binding_and_direction_win(tiny_world):
    rel = next(r for r in tiny_world.relations if r.type == "coordinates_with")
    assert rel.binding is True and rel.direction == "vertical"


def test_withdrawal_is_not_binding(tiny_world):
    rel = next(r for r in tiny_world.relations if r.type == "withdrew_from")
    assert rel.binding is False


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2005", "2005"), ("2005-08", "2005-08"), ("2005-08-30", "2005-08-30"), (2005, "2005")],
)
def test_dates_keep_their_precision(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "20-01-01", "2023/01/01", "yesterday", True])
def test_impossible_dates_are_refused(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_a_partial_date_counts_from_the_first_day_of_its_period():
    assert is_active("2005", None, "2005-01-01")
    assert not is_active("2005", None, "2004-12-31")
    assert not is_active(None, "2025", "2025-06-01")


def test_as_of_drops_ended_memberships_and_keeps_the_withdrawal(tiny_world):
    G = build_graph(tiny_world)
    before = as_of(G, "2024-06-01")
    after = as_of(G, "2025-06-01")
    members = lambda H: sorted(u for u, v, d in H.in_edges("ecowas", data=True) if d["type"] == "member_of")  # noqa: E731
    assert members(before) == ["MLI", "SEN"]
    assert members(after) == ["SEN"]
    assert any(d["type"] == "withdrew_from" for _, _, d in after.out_edges("MLI", data=True))
    assert not any(d["type"] == "withdrew_from" for _, _, d in before.out_edges("MLI", data=True))


def test_as_of_drops_dissolved_actors_and_not_yet_adopted_instruments(tiny_world):
    G = build_graph(tiny_world)
    assert "oau" in as_of(G, "1990-01-01")
    assert "oau" not in as_of(G, "2010-01-01")
    assert "refugee-convention-1951" not in as_of(G, "1950-01-01")
    assert "ecowas" not in as_of(G, "1970-01-01")


def test_graph_carries_sources_on_every_edge(tiny_world):
    G = build_graph(tiny_world)
    assert all(d["sources"] and d["sources"][0]["title"] for _, _, d in G.edges(data=True))
