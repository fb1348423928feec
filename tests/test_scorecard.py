"""govgraph scorecard: six domains against the peers' median, one page per state, every state as CSV."""

from __future__ import annotations

import csv
import json

from govgraph.cli import main
from govgraph.scorecard import CORE_TREATIES, DOMAINS, scorecard
from govgraph.temporal import as_of


def test_a_page_names_its_peers_and_fits_on_a_screen(runner):
    result = runner.invoke(main, ["scorecard", "PHL"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) <= 40
    # M49: South-eastern Asia has 11 states; the Philippines' peers are the other 10
    assert "Peers (subregion, 10):" in result.output and "Indonesia" in result.output
    for domain in DOMAINS:
        assert any(line.strip().startswith(domain) for line in lines), domain


def test_binding_commitments_count_the_core_treaties(real_graph):
    G = as_of(real_graph, "2025-06-01")
    card = scorecard(G, "LBN")
    # UNTC: Lebanon is party to none of the refugee or statelessness instruments, nor to the ICRMW
    parties = sum(
        1
        for group in CORE_TREATIES
        if any(G.has_edge("LBN", i) and any(d["type"] == "party_to" for d in G["LBN"][i].values()) for i in group)
    )
    assert card.values["binding commitments"] == round(parties / len(CORE_TREATIES), 3)
    assert card.notes["binding commitments"] == f"party to {parties} of {len(CORE_TREATIES)} core treaties"


def test_every_state_as_csv_one_row_per_domain(runner, tmp_path):
    out = tmp_path / "cards.csv"
    result = runner.invoke(main, ["scorecard", "--all", "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 195 * len(DOMAINS) and {r["domain"] for r in rows} == set(DOMAINS)


def test_profile_peers_and_json(runner):
    data = json.loads(runner.invoke(main, ["scorecard", "LBN", "--peers", "profile", "--json"]).output)
    assert data["peer_group"] == "profile" and len(data["peers"]) == 12 and "LBN" not in data["peers"]


def test_bad_arguments_are_one_line(runner):
    for args, message in (
        (["scorecard", "PHL", "--peers", "income"], "--peers: unknown peer group 'income'"),
        (["scorecard", "ECOWAS"], "ecowas is not a state"),
        (["scorecard"], "give a STATE or --all"),
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 1 and message in result.output, result.output
