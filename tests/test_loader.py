"""The loader refuses bad data with messages that name file, line, entity and field, all at once."""

from __future__ import annotations

import os

import pytest

from govgraph.errors import DataError
from govgraph.loader import load_world

from .conftest import TINY_WORLD

SOURCE = "{title: T, url: https://example.org/t, as_of: 2024-01-01, checked: false}"


def problems_of(folder) -> list:
    with pytest.raises(DataError) as info:
        load_world([folder], bundled=False)
    return info.value.problems


def one_problem(folder):
    found = problems_of(folder)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def test_valid_world_loads(tiny_world):
    assert set(tiny_world.actors) == {"SEN", "MLI", "ecowas", "oau"}
    assert len(tiny_world.relations) == 5


def test_malformed_yaml_names_file_and_line(make_world):
    folder = make_world(
        {"bad.yaml": f"actors:\n  - {{id: SEN, kind: state, name: Senegal, sources: [{SOURCE}]\n  - x: [\n"}
    )
    p = one_problem(folder)
    assert p.file.endswith("bad.yaml") and p.line == 3
    assert "invalid YAML" in p.message


def test_tab_indentation_is_reported_with_its_line(make_world):
    p = one_problem(make_world({"tabs.yaml": "actors:\n\t- id: SEN\n"}))
    assert p.line == 2 and "invalid YAML" in p.message


def test_unknown_key_is_an_error_naming_entity_and_field(make_world):
    text = f"actors:\n  - id: SEN\n    kind: state\n    name: Senegal\n    capital: Dakar\n    sources: [{SOURCE}]\n"
    p = one_problem(make_world({"a.yaml": text}))
    assert (p.line, p.entity, p.field, p.message) == (5, "SEN", "capital", "unknown field")


def test_wrong_enum_value_names_the_field(make_world):
    text = f"actors:\n  - id: SEN\n    kind: country\n    name: Senegal\n    sources: [{SOURCE}]\n"
    p = one_problem(make_world({"a.yaml": text}))
    assert (p.line, p.entity, p.field) == (3, "SEN", "kind")
    assert "state" in p.message  # the allowed values are listed


def test_duplicate_id_across_files_points_at_both(make_world):
    actor = f"actors:\n  - {{id: SEN, kind: state, name: Senegal, sources: [{SOURCE}]}}\n"
    p = one_problem(make_world({"a.yaml": actor, "b.yaml": actor}))
    assert p.file.endswith("b.yaml") and p.field == "id" and "a.yaml:2" in p.message


def test_relation_to_a_missing_id(make_world):
    text = TINY_WORLD + "  - {source: SEN, target: atlantis, type: member_of, sources: [ecowas-members]}\n"
    p = one_problem(make_world({"w.yaml": text}))
    assert (p.line, p.field) == (text.count("\n"), "target")
    assert "atlantis" in p.message


def test_until_before_since(make_world):
    text = (
        TINY_WORLD
        + "  - {source: SEN, target: ecowas, type: observer_of, since: 2020-01-01, until: 2019-01-01, sources: [ecowas-members]}\n"
    )
    p = one_problem(make_world({"w.yaml": text}))
    assert p.line == text.count("\n") and "until" in p.message and "after since" in p.message


def test_a_relation_without_sources_is_refused(make_world):
    text = TINY_WORLD + "  - {source: SEN, target: ecowas, type: observer_of}\n"
    p = one_problem(make_world({"w.yaml": text}))
    assert (p.field, p.message) == ("sources", "required field is missing")


def test_an_empty_source_list_is_refused(make_world):
    text = TINY_WORLD + "  - {source: SEN, target: ecowas, type: observer_of, sources: []}\n"
    p = one_problem(make_world({"w.yaml": text}))
    assert p.field == "sources"


def test_unknown_source_key(make_world):
    text = TINY_WORLD + "  - {source: SEN, target: ecowas, type: observer_of, sources: [nowhere]}\n"
    p = one_problem(make_world({"w.yaml": text}))
    assert p.field == "sources.0" and "nowhere" in p.message


def test_a_source_needs_a_url_or_publication(make_world):
    text = "sources:\n  s1:\n    title: T\n    as_of: 2024-01-01\n    checked: true\n"
    p = one_problem(make_world({"s.yaml": text}))
    assert p.entity == "s1" and p.line == 3 and "url or a publication" in p.message


def test_impossible_date(make_world):
    text = TINY_WORLD.replace("since: 1963-09-02", "since: 1963-02-30")
    p = one_problem(make_world({"w.yaml": text}))
    assert p.field == "since" and "not a real date" in p.message


def test_future_founding_date_is_refused(make_world):
    text = TINY_WORLD.replace("founded: 1975-05-28", "founded: 2999-01-01")
    p = one_problem(make_world({"w.yaml": text}))
    assert (p.entity, p.field) == ("ecowas", "founded") and "future" in p.message


def test_repeated_key_in_a_mapping(make_world):
    p = one_problem(make_world({"d.yaml": "actors: []\nactors: []\n"}))
    assert p.line == 2 and "appears twice" in p.message


def test_non_utf8_bytes(make_world, tmp_path):
    folder = make_world({})
    (folder / "latin1.yaml").write_bytes(b"actors:\n  - name: S\xe9n\xe9gal\n")
    p = one_problem(folder)
    assert p.line == 2 and "UTF-8" in p.message


@pytest.mark.parametrize("text", ["", "# only a comment\n", "just text\n", "- a list\n"])
def test_empty_or_non_mapping_file(make_world, text):
    p = one_problem(make_world({"x.yaml": text}))
    assert p.file.endswith("x.yaml") and p.line == 1


def test_unknown_section(make_world):
    p = one_problem(make_world({"x.yaml": "people: []\n"}))
    assert (p.line, p.field) == (1, "people")


def test_every_problem_of_a_run_is_reported_together(make_world):
    bad_actor = "actors:\n  - {id: X1, kind: nope, name: X, sources: [s]}\n"
    bad_rel = "relations:\n  - {source: A, target: B, type: member_of, sources: [s]}\n"
    found = problems_of(make_world({"a.yaml": bad_actor, "b.yaml": bad_rel, "c.yaml": "x: [\n"}))
    files = {os.path.basename(p.file) for p in found}
    assert files == {"a.yaml", "b.yaml", "c.yaml"}


def test_symlink_loop_is_reported(make_world):
    folder = make_world({"w.yaml": TINY_WORLD})
    os.symlink(folder, folder / "loop")
    p = one_problem(folder)
    assert "symlink loop" in p.message


def test_extra_data_is_layered_over_other_folders(make_world):
    base = make_world({"w.yaml": TINY_WORLD})
    extra = make_world(
        {
            "mine.yaml": "actors:\n  - {id: city-dakar, kind: city, name: Dakar, country: SEN, sources: [ecowas-members]}\n"
        }
    )
    world = load_world([base, extra], bundled=False)
    assert world.actors["city-dakar"].level == "local"


def test_jsonl_bulk_files_load_like_yaml(make_world):
    folder = make_world({"w.yaml": TINY_WORLD})
    (folder / "extra.relations.jsonl").write_text(
        '{"source": "MLI", "target": "refugee-convention-1951", "type": "party_to", "since": "1973-02-02", '
        '"sources": ["untc-v2"]}\n{"source": "MLI", "target": "nowhere", "type": "party_to", "sources": ["untc-v2"]}\n',
        encoding="utf-8",
    )
    p = one_problem(folder)
    assert p.file.endswith("extra.relations.jsonl") and p.line == 2 and p.field == "target"


def test_missing_data_folder(tmp_path):
    p = one_problem(tmp_path / "nope")
    assert "does not exist" in p.message
