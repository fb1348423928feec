"""The synthetic world generator: valid, reproducible, gaps of every rule, same graph from YAML and JSON Lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from govgraph import loader
from govgraph.cli import main
from govgraph.errors import DataError
from govgraph.gaps import RULES, find_all_gaps
from govgraph.loader import load_world
from govgraph.synth import AS_OF, SynthParams, file_names, params_for_relations, synth_world, write_synth_world
from govgraph.temporal import as_of, build_graph, size_on
from govgraph.vocab import COVERAGE_LISTS

SMALL = SynthParams(states=24, cities=80, csos=160, instruments=50, seed=7)


@pytest.fixture(scope="module")
def small_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    data = synth_world(SMALL)
    dirs = {}
    for fmt in ("yaml", "jsonl"):
        folder = tmp_path_factory.mktemp(f"synth-{fmt}")
        write_synth_world(data, folder, fmt)
        dirs[fmt] = folder
    return dirs


def test_small_world_validates(small_dirs: dict[str, Path]) -> None:
    world = load_world([small_dirs["yaml"]], bundled=False)
    assert len([a for a in world.actors.values() if a.kind == "state"]) == SMALL.states
    assert len([a for a in world.actors.values() if a.kind == "city"]) == SMALL.cities
    assert world.corridors and world.relations
    result = CliRunner().invoke(main, ["validate", "--data", str(small_dirs["jsonl"]), "--no-bundled"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK:")


def test_sources_say_they_are_synthetic(small_dirs: dict[str, Path]) -> None:
    world = load_world([small_dirs["yaml"]], bundled=False)
    assert world.sources
    for source in world.sources.values():
        assert f"govgraph synthetic world (seed {SMALL.seed})" in source.title
        assert source.publication == "govgraph synth"
        assert source.checked is True


@pytest.mark.parametrize("fmt", ["yaml", "jsonl"])
def test_same_seed_same_files(tmp_path: Path, fmt: str) -> None:
    for name in ("a", "b"):
        write_synth_world(synth_world(SMALL), tmp_path / name, fmt)
    write_synth_world(synth_world(SynthParams(**{**SMALL.__dict__, "seed": 8})), tmp_path / "c", fmt)
    names = sorted(file_names(fmt).values())
    a = [(tmp_path / "a" / n).read_bytes() for n in names]
    assert a == [(tmp_path / "b" / n).read_bytes() for n in names]
    assert a != [(tmp_path / "c" / n).read_bytes() for n in names]


def test_every_gap_rule_finds_a_gap(small_dirs: dict[str, Path]) -> None:
    G = as_of(build_graph(load_world([small_dirs["jsonl"]], bundled=False)), "2024-06-01")

    def conventions(area: str) -> tuple[str, ...]:
        return tuple(
            sorted(n for n, d in G.nodes(data=True) if d["kind"] == "convention" and area in (d["policy_areas"] or []))
        )

    # exposure-gap names the real core instruments by id: here the synthetic conventions on the same areas
    params = {
        "refugee_instruments": conventions("refugees"),
        "statelessness_instruments": conventions("statelessness"),
        "migrant_worker_instruments": conventions("migrant_rights"),
    }
    report = find_all_gaps(G, kinds=("state", "rec", "rcp", "irf"), params=params)
    found = {g.rule for g in report.gaps}
    assert found == set(RULES), f"rules with no gap: {sorted(set(RULES) - found)}"


def test_yaml_and_jsonl_give_the_same_graph(small_dirs: dict[str, Path]) -> None:
    G1 = build_graph(load_world([small_dirs["yaml"]], bundled=False))
    G2 = build_graph(load_world([small_dirs["jsonl"]], bundled=False))
    assert list(G1.nodes(data=True)) == list(G2.nodes(data=True))
    assert list(G1.edges(keys=True, data=True)) == list(G2.edges(keys=True, data=True))
    assert G1.graph == G2.graph


def test_jsonl_read_in_many_chunks_gives_the_same_graph(
    small_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = build_graph(load_world([small_dirs["jsonl"]], bundled=False))
    monkeypatch.setattr(loader, "_BULK_CHUNK", 2_000)  # a few lines per pydantic call instead of a whole file
    chunked = build_graph(load_world([small_dirs["jsonl"]], bundled=False))
    assert list(chunked.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
    assert list(chunked.nodes(data=True)) == list(whole.nodes(data=True))


def test_a_bad_line_in_a_late_chunk_is_reported_with_its_line(
    small_dirs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "world"
    folder.mkdir()
    for path in small_dirs["jsonl"].iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    relations = next(folder.glob("*.relations.jsonl"))
    lines = relations.read_text(encoding="utf-8").splitlines()
    lines[-3] = lines[-3].replace('"type":"', '"type":"x', 1)
    relations.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(loader, "_BULK_CHUNK", 2_000)
    with pytest.raises(DataError) as err:
        load_world([folder], bundled=False)
    assert f"{relations}:{len(lines) - 2}" in str(err.value) and "type" in str(err.value)


def test_a_graph_built_consuming_its_world_is_the_same_graph(small_dirs: dict[str, Path]) -> None:
    kept = build_graph(load_world([small_dirs["jsonl"]], bundled=False))
    world = load_world([small_dirs["jsonl"]], bundled=False)
    consumed = build_graph(world, consume=True)
    assert list(consumed.edges(keys=True, data=True)) == list(kept.edges(keys=True, data=True))
    assert list(consumed.nodes(data=True)) == list(kept.nodes(data=True)) and consumed.graph == kept.graph
    assert world.relations == [] and not any(k.startswith("rel:") for k in world.origins)


def test_validate_counts_the_graph_without_building_it(small_dirs: dict[str, Path]) -> None:
    world = load_world([small_dirs["jsonl"]], bundled=False)
    G = build_graph(world)
    for date in ("1990-01-01", "2010-06-30", AS_OF):
        H = as_of(G, date)
        assert size_on(world, date) == (H.number_of_nodes(), H.number_of_edges())


def test_world_has_dated_joins_and_withdrawals() -> None:
    data = synth_world(SMALL)
    types = {r["type"] for r in data["relations"]}
    assert {"member_of", "withdrew_from", "party_to", "located_in", "observer_of", "secretariat_of"} <= types
    assert any("until" in r for r in data["relations"] if r["type"] == "member_of")
    # overlapping memberships: some state belongs to more than one REC
    recs = {a["id"] for a in data["actors"] if a["kind"] == "rec"}
    per_state: dict[str, int] = {}
    for r in data["relations"]:
        if r["type"] == "member_of" and r["target"] in recs and "until" not in r:
            per_state[r["source"]] = per_state.get(r["source"], 0) + 1
    assert max(per_state.values()) >= 2


def test_every_state_has_coverage_and_a_profile(small_dirs: dict[str, Path]) -> None:
    for fmt in ("yaml", "jsonl"):
        world = load_world([small_dirs[fmt]], bundled=False)
        states = {a.id for a in world.actors.values() if a.kind == "state"}
        rows: dict[str, list[str]] = {}
        for c in world.coverage:
            rows.setdefault(c.state, []).append(c.list)
            assert str(c.reviewed) == AS_OF
        assert set(rows) == states
        assert all(sorted(lists) == sorted(COVERAGE_LISTS) for lists in rows.values())
        assert {c.complete for c in world.coverage} == {True, False}
        figures = {(f.state, f.indicator, f.year) for f in world.profiles}
        indicators = ("refugees_hosted", "immigrant_stock", "emigrant_stock", "population")
        assert figures == {(s, i, y) for s in states for i in indicators for y in (2015, 2020)}
    # state nodes on a date carry the latest figure and the coverage of each list
    G = as_of(build_graph(world), AS_OF)
    node = G.nodes["S0000"]
    assert node["population_year"] == 2020 and node["population"] > 0
    assert all(isinstance(node[f"coverage_{name}"], bool) for name in COVERAGE_LISTS)


def test_some_states_vote_against_or_abstain_on_the_compact() -> None:
    for seed in (1, 7):
        data = synth_world(SynthParams(**{**SMALL.__dict__, "seed": seed}))
        votes = [r for r in data["relations"] if r["target"] == "synth-compact"]
        types = [r["type"] for r in votes]
        assert types.count("endorses") > len(types) // 2
        assert "voted_against" in types and "abstained" in types
        assert {r["since"] for r in votes} == {"2018-12-19"}  # dated like the endorsements
        assert len({r["source"] for r in votes}) == len(votes)  # one position per state
        assert {k for r in votes for k in r["sources"]} <= set(data["sources"])


def test_params_for_relations_grow() -> None:
    small, large = params_for_relations(1_000), params_for_relations(100_000)
    assert large.cities > small.cities and large.csos > small.csos and large.states >= small.states
    n = len(synth_world(params_for_relations(2_000))["relations"])
    assert 1_000 < n < 4_000


def test_cli_writes_and_refuses_a_folder_with_other_data(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "world"
    args = ["synth", "--states", "8", "--cities", "10", "--csos", "10", "--instruments", "10", "-o", str(out)]
    result = runner.invoke(main, [*args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(file_names("jsonl").values())
    # writing again in the same format replaces the files; another format would mix two worlds
    assert runner.invoke(main, [*args, "--format", "jsonl"]).exit_code == 0
    result = runner.invoke(main, [*args, "--format", "yaml"])
    assert result.exit_code == 1
    assert "already holds other data files" in result.output
    result = runner.invoke(main, ["synth", "--states", "2", "-o", str(tmp_path / "x")])
    assert result.exit_code == 1 and "--states" in result.output
