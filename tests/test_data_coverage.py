"""The bundled data says what it does not know: party tables against the depositaries, silent bodies, coverage.

Published counts are the depositaries' (UN Treaty Collection, ILO NORMLEX, African Union), each
recorded on its instrument with the date of the status (``published_parties``, ``published_as_of``).
"""

from __future__ import annotations

import pytest

from govgraph.cli import main
from govgraph.coverage import party_counts, silent_bodies

#: The instruments of issue 13, item 2: each must carry the depositary's count and date.
CORE_TREATIES = (
    "refugee-convention-1951",
    "refugee-protocol-1967",
    "statelessness-convention-1954",
    "statelessness-convention-1961",
    "icmw",
    "untoc",
    "trafficking-protocol",
    "smuggling-protocol",
    "ilo-c097",
    "ilo-c143",
    "ilo-c181",
    "ilo-c189",
    "ilo-c190",
    "oau-refugee-convention-1969",
    "kampala-convention",
)


@pytest.mark.parametrize("instrument", CORE_TREATIES)
def test_each_core_treaty_records_the_depositary_count_and_its_date(real_world, instrument):
    inst = real_world.instruments[instrument]
    assert inst.published_parties is not None and inst.published_as_of is not None


def test_party_counts_are_within_two_of_the_depositary_or_the_table_says_it_is_incomplete(real_world):
    off = [
        row for row in party_counts(real_world) if abs(row["difference"]) > 2 and row["parties_complete"] is not False
    ]
    assert off == []


def test_no_body_is_silent_about_its_members(real_world):
    assert silent_bodies(real_world) == []


def test_validate_prints_coverage_per_family_and_per_state(runner):
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    coverage = result.output.split("Coverage (what is not recorded is unknown, never 'no'):")[1]
    assert "Party tables:" in coverage and "Bodies:" in coverage and "State profiles:" in coverage
    assert "refugee-convention-1951:" in coverage
