"""Party tables of the treaties deposited with the UN Secretary-General (refugee and statelessness
conventions, ICRMW, UNTOC and its Trafficking and Smuggling Protocols).

Specifications on the bundled data, each naming the public source of its expected value. The facts
are kept in data/curated/treaties_un/ and built into data/actors/instruments_un.yaml.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from govgraph.dates import is_active
from govgraph.models import is_checked

REPO = Path(__file__).resolve().parents[1]
CURATED = REPO / "data" / "curated" / "treaties_un"
INSTRUMENTS = [
    "refugee-convention-1951",
    "refugee-protocol-1967",
    "statelessness-convention-1954",
    "statelessness-convention-1961",
    "icmw",
    "untoc",
    "trafficking-protocol",
    "smuggling-protocol",
]


def rows_of(table: str) -> list[dict[str, str]]:
    with (CURATED / table).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def commitments(world, instrument: str, kind: str = "party_to") -> list:
    return [r for r in world.relations if r.target == instrument and r.type == kind]


def parties_on(world, instrument: str, date: str) -> set[str]:
    return {r.source for r in commitments(world, instrument) if is_active(r.since, r.until, date)}


def one(world, state: str, instrument: str, kind: str = "party_to"):
    found = [r for r in commitments(world, instrument, kind) if r.source == state]
    assert len(found) == 1, f"{state} {kind} {instrument}: {len(found)} relations"
    return found[0]


def not_modelled_parties(instrument: str, date: str) -> set[str]:
    """Parties in the table that are not actors in the dataset (Cook Islands, Niue): they count for the depositary."""
    skip = {row["id"] for row in rows_of("not_modelled.csv")}
    with (CURATED / "instruments.csv").open(encoding="utf-8") as fh:
        table = next(
            r["parties_table"]
            for r in csv.DictReader(line for line in fh if not line.startswith("#"))
            if r["id"] == instrument
        )
    return {
        r["iso3"]
        for r in rows_of(table)
        if r["iso3"] in skip and r["event"] == "party" and is_active(r["date"] or None, None, date)
    }


@pytest.mark.parametrize(
    "state",
    ["AND", "BTN", "BRN", "FSM", "GNQ", "LCA", "MDV", "NPL", "NRU", "PAK", "PSE"],
)
def test_trafficking_protocol_parties_stored_as_non_parties_before(real_world, state):
    """Parties of the Trafficking in Persons Protocol: Micronesia, Equatorial Guinea, Saint Lucia, Nauru in the
    UNTC table (zmjones/untreaties scrape, 2014); Andorra, Brunei, Bhutan (entry into force 21-10-2022, 29-04-2020,
    22-03-2023) and Nepal, Pakistan, State of Palestine (parties with reservations) in the Dutch treaty database
    (verdragenbank 009349_b); Maldives and the State of Palestine in UNODC CTOC/COP/2018/2; Bhutan's deposit on
    21 March 2023 (Bhutan MFA press release)."""
    rel = one(real_world, state, "trafficking-protocol")
    assert is_active(rel.since, rel.until, "2024-06-01")
    assert is_checked(rel.sources)


def test_bhutan_deposited_on_2023_03_21(real_world):
    """Bhutan MFA: instrument for UNTOC and the Trafficking Protocol handed to the UN Treaty Section on 21 March 2023."""
    for instrument in ("untoc", "trafficking-protocol"):
        assert one(real_world, "BTN", instrument).since == "2023-03-21"


@pytest.mark.parametrize("state", ["GHA", "NRU", "SWZ", "SDN"])
def test_smuggling_protocol_parties(real_world, state):
    """Ghana, Nauru and Eswatini (Swaziland) in the UNTC table (zmjones/untreaties scrape, 2014); Sudan's
    accession welcomed by UNODC at the ninth COP, October 2018."""
    rel = one(real_world, state, "smuggling-protocol")
    assert rel.since and rel.since <= "2024-06-01"
    assert is_checked(rel.sources)


@pytest.mark.parametrize("instrument", ["statelessness-convention-1954", "statelessness-convention-1961"])
def test_togo_acceded_to_both_statelessness_conventions_on_2021_07_14(real_world, instrument):
    """UNHCR (ecoi.net, 22 July 2021): Togo deposited its instruments of accession on 14 July 2021."""
    rel = one(real_world, "TGO", instrument)
    assert rel.since == "2021-07-14" and is_checked(rel.sources)


def test_turkiye_acceded_to_the_1954_convention_in_march_2015(real_world):
    """UNHCR Global Focus, Turkey (2017): accession deposited in March 2015, in force 24 June 2015; not a party
    to the 1961 Convention."""
    assert one(real_world, "TUR", "statelessness-convention-1954").since == "2015-03"
    assert "TUR" not in {r.source for r in commitments(real_world, "statelessness-convention-1961")}


@pytest.mark.parametrize("instrument", ["refugee-convention-1951", "refugee-protocol-1967"])
def test_turkiye_keeps_the_geographical_limitation(real_world, instrument):
    """UNTC V-5, Türkiye's accession to the 1967 Protocol (31 July 1968) maintains its declaration under section B
    of article 1 of the 1951 Convention: it applies the Convention only to refugees from events in Europe."""
    rel = one(real_world, "TUR", instrument)
    assert rel.reservations == ["geographical_limitation"]
    assert "Europe" in (rel.reservation_note or "")
    assert rel.since == ("1962-03-30" if instrument == "refugee-convention-1951" else "1968-07-31")


def test_only_turkiye_has_a_coded_geographical_limitation(real_world):
    """Congo, Madagascar and Monaco made art. 1B declarations, but no source read says which: not coded."""
    limited = {
        r.source
        for i in ("refugee-convention-1951", "refugee-protocol-1967")
        for r in commitments(real_world, i)
        if "geographical_limitation" in r.reservations
    }
    assert limited == {"TUR"}


def test_madagascar_denounced_the_1954_convention(real_world):
    """UNTC V-3 (as quoted by Wikipedia): Madagascar acceded on 20 February 1962 and denounced, effective 2 April 1966."""
    rel = one(real_world, "MDG", "statelessness-convention-1954")
    assert rel.since == "1962-02-20" and rel.until == "1966-04-02"
    assert "MDG" not in parties_on(real_world, "statelessness-convention-1954", "2024-06-01")


def test_protocol_only_states_are_not_made_parties_to_the_1951_convention(real_world):
    """UNTC V-2/V-5: the United States, Venezuela and Cabo Verde are parties to the 1967 Protocol only."""
    parties51 = {r.source for r in commitments(real_world, "refugee-convention-1951")}
    parties67 = {r.source for r in commitments(real_world, "refugee-protocol-1967")}
    assert {"USA", "VEN", "CPV"} <= parties67 - parties51
    assert {"MDG", "KNA"} <= parties51 - parties67


def test_signatories_that_ratified_stop_being_signatories(real_world):
    """UNTC XVIII-12-b: Barbados signed the Smuggling Protocol on 26 Sep 2001 and ratified on 11 Nov 2014."""
    assert one(real_world, "BRB", "smuggling-protocol").since == "2014-11-11"
    signed = [r for r in commitments(real_world, "smuggling-protocol", "signatory_of") if r.source == "BRB"]
    assert all(r.until for r in signed)
    for instrument in INSTRUMENTS:
        on = "2024-06-01"
        parties = parties_on(real_world, instrument, on)
        signatories = {
            r.source for r in commitments(real_world, instrument, "signatory_of") if is_active(r.since, r.until, on)
        }
        assert not parties & signatories, (instrument, parties & signatories)


@pytest.mark.parametrize("instrument", INSTRUMENTS)
def test_published_count_with_its_date(real_world, instrument):
    """Every instrument states the depositary's (or the best published) count of parties and its date."""
    inst = real_world.instruments[instrument]
    assert inst.published_parties is not None and inst.published_as_of is not None


@pytest.mark.parametrize("instrument", INSTRUMENTS)
@pytest.mark.parametrize("date", ["published", "2024-06-01"])
def test_party_count_within_two_of_the_published_count_or_marked_incomplete(real_world, instrument, date):
    """Published counts: 1951 Convention 146 (UNHCR, July 2024: 149 parties to one or both instruments);
    1967 Protocol 147 (UNTC, 19-03-2024); 1954 98 (2024, citing UNTC); 1961 78 (2024-01, citing UNTC);
    ICRMW 59 (September 2023); UNTOC 192 (UNTC, 2024-05-04); Trafficking Protocol 182 (UNTC, 2024-04-20);
    Smuggling Protocol 152 (UNTC, 2024-04-26). Parties are counted as the data has them on that date, plus
    the table's parties that are not actors here (Cook Islands, Niue)."""
    inst = real_world.instruments[instrument]
    on = inst.published_as_of if date == "published" else date
    count = len(parties_on(real_world, instrument, on)) + len(not_modelled_parties(instrument, on))
    assert abs(count - inst.published_parties) <= 2 or inst.parties_complete is False, (
        f"{instrument}: {count} parties on {on}, published {inst.published_parties} ({inst.published_as_of})"
    )


@pytest.mark.parametrize("instrument", INSTRUMENTS)
def test_no_commitment_without_a_source(real_world, instrument):
    """Every party or signatory relation names at least one source with its date and checked flag."""
    for kind in ("party_to", "signatory_of"):
        for rel in commitments(real_world, instrument, kind):
            assert rel.sources, f"{rel.source} {kind} {instrument} has no source"
            for src in rel.sources:
                assert not isinstance(src, str), f"{rel.source} {kind} {instrument}: unresolved source {src}"
                assert src.as_of and src.checked in (True, False)


@pytest.mark.parametrize("table", sorted(p.name for p in CURATED.glob("*.csv") if p.name != "sources.csv"))
def test_every_curated_row_cites_a_known_source(table):
    """Each row of the curated tables that holds a fact has a sources cell whose keys are in sources.csv."""
    keys = {row["key"] for row in rows_of("sources.csv")}
    rows = rows_of(table)
    if not rows or "sources" not in rows[0]:
        return  # lookup tables (iso2_fixes, not_modelled)
    for number, row in enumerate(rows, start=2):
        cited = row["sources"].split()
        assert cited, f"{table}:{number}: no source"
        assert set(cited) <= keys, f"{table}:{number}: unknown source key(s) {set(cited) - keys}"


def test_builder_holds_no_facts():
    """tools/data/build_instruments_un.py only transforms tables: no state codes or dates typed into it."""
    text = (REPO / "tools" / "data" / "build_instruments_un.py").read_text(encoding="utf-8")
    assert not re.search(r"[\"'][A-Z]{3}[\"']", text)
    assert not re.search(r"[\"']\d{4}(-\d{2}(-\d{2})?)?[\"']", text)


def test_south_sudan_acceded_to_untoc_on_2023_10_20(real_world):
    """One Citizen Daily (23 Oct 2023), quoting the depositary: effected on 20 October 2023, in force for
    South Sudan on 19 November 2023 under art. 38(2); UNODC (7 Nov 2024): South Sudan acceded in October 2023."""
    rel = one(real_world, "SSD", "untoc")
    assert rel.since == "2023-10-20"
    assert "SSD" not in parties_on(real_world, "trafficking-protocol", "2024-04-20")
    assert "SSD" not in parties_on(real_world, "smuggling-protocol", "2024-04-26")


def test_untoc_holds_the_192_parties_untc_lists_on_2024_05_04(real_world):
    """UNTC XVIII-12 status at 04-05-2024: 192 parties, i.e. 189 states, the European Union, Cook Islands and Niue."""
    inst = real_world.instruments["untoc"]
    assert inst.parties_complete is True
    on = "2024-05-04"
    assert len(parties_on(real_world, "untoc", on)) + len(not_modelled_parties("untoc", on)) == 192


def test_cote_divoire_acceded_to_the_icrmw_on_2023_09_26(real_world):
    """UNTC IV-13 (French status page): Côte d'Ivoire, adhésion 26 sept. 2023, date d'effet 1 Jan 2024."""
    assert one(real_world, "CIV", "icmw").since == "2023-09-26"


def test_icrmw_published_count_is_dated_by_cote_divoire_accession(real_world):
    """The stored UNTC IV-13 copy reads 'Parties 59' and lists Côte d'Ivoire's accession of 26 Sept. 2023, so the
    count is dated that day; 58 of the 59 parties are identified here (one still missing)."""
    inst = real_world.instruments["icmw"]
    assert (inst.published_parties, inst.published_as_of) == (59, "2023-09-26")
    assert len(parties_on(real_world, "icmw", "2023-09-26")) == 58


def test_cote_divoire_party_to_the_smuggling_protocol_is_unchecked(real_world):
    """Décret n° 2016-994 du 17 novembre 2016 (Journal officiel de Côte d'Ivoire) ratifies the Protocol; the
    deposit was not read, so the relation is undated and its only source is unchecked."""
    rel = one(real_world, "CIV", "smuggling-protocol")
    assert rel.since in (None, "")
    assert not is_checked(rel.sources)


def test_philippines_acceded_to_the_1961_convention_on_2022_03_24(real_world):
    """Philstar (28 Mar 2022): in force for the Philippines on 22 June 2022, the 90th day after deposit
    (art. 18(2)); UNHCR (28 Mar 2022): the 78th state party."""
    assert one(real_world, "PHL", "statelessness-convention-1961").since == "2022-03-24"


def test_palau_is_party_to_the_trafficking_protocol(real_world):
    """US Department of State, 2020 TIP Report (April 2019 - March 2020): Palau acceded to the 2000 UN TIP
    Protocol; the UNTS record 39574 lists Palau among the participants. The deposit date was not read."""
    rel = one(real_world, "PLW", "trafficking-protocol")
    assert rel.since in (None, "")
    assert "PLW" in parties_on(real_world, "trafficking-protocol", "2024-04-20")


def test_belize_acceded_to_the_1961_convention_on_2015_08_14(real_world):
    """UNHCR (21 Aug 2015): in force for Belize on 12 November 2015, the 90th day after deposit (art. 18(2))."""
    assert one(real_world, "BLZ", "statelessness-convention-1961").since == "2015-08-14"
