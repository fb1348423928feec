"""State migration profiles and corridors in the bundled data, checked against published figures.

The figures (data/actors/profiles.jsonl, built by tools/data/build_profiles.py) come from
UNHCR's Refugee Population Statistics Database, IDMC's GIDD, UN DESA's International
Migrant Stock 2020 and the World Bank's WDI; the corridors (data/actors/corridors.yaml)
from IMS 2020 (year 2020) and IMS 2019 (year 2019). Each test names the public source of
its expected value.
"""

from __future__ import annotations

import pytest

from govgraph.models import Source
from govgraph.vocab import INDICATORS

UNHCR = "UNHCR Refugee Data Finder"
IDMC = "IDMC Global Internal Displacement Database"
IMS = "International Migrant Stock 2020"
WDI = "BX.TRF.PWKR.CD.DT"


def figures(world, state: str, indicator: str) -> dict[int, object]:
    """{year: figure} of one state and indicator."""
    return {f.year: f for f in world.profiles if f.state == state and f.indicator == indicator}


def figure(world, state: str, indicator: str, year: int):
    found = figures(world, state, indicator)
    assert year in found, f"no {indicator} figure for {state} in {year} (years: {sorted(found)})"
    return found[year]


def first_source(fig) -> Source:
    src = fig.sources[0]
    assert isinstance(src, Source)
    return src


def corridor(world, origin: str, destination: str, year: int):
    found = [c for c in world.corridors if (c.origin, c.destination, c.year) == (origin, destination, year)]
    assert len(found) == 1, (origin, destination, year, found)
    return found[0]


# ----------------------------------------------------------------------------- refugees (UNHCR)
def test_lebanon_refugees_hosted_latest_year_with_its_source(real_world):
    """Lebanon hosted 535,168 refugees registered with UNHCR at end-2025 and 758,642 at end-2024
    (UNHCR Refugee Data Finder, Global Trends 2025 release; the UNHCR Lebanon page gives the
    Government's estimate of 1.5 million Syrians, which the note names)."""
    series = figures(real_world, "LBN", "refugees_hosted")
    latest = series[max(series)]
    assert (latest.year, latest.value) == (2025, 535_168)
    assert series[2024].value == 758_642
    src = first_source(latest)
    assert UNHCR in src.title and src.checked and src.url == "https://www.unhcr.org/refugee-statistics/"
    assert "UNRWA" in latest.note and "1.5 million" in latest.note
    assert any(isinstance(s, Source) and "Lebanon Factsheet" in s.title for s in latest.sources)


@pytest.mark.parametrize(
    ("state", "published_millions"),
    [("IRN", 3.8), ("TUR", 3.3), ("COL", 2.9), ("DEU", 2.6), ("PAK", 2.0)],
)
def test_largest_refugee_hosts_end_2023(real_world, state, published_millions):
    """UNHCR Global Trends (June 2024, as quoted by Dawn, dawn.com/news/1839770): the largest hosts at
    end-2023 were Iran 3.8 million, Türkiye 3.3 million, Colombia 2.9 million, Germany 2.6 million and
    Pakistan 2 million. Colombia's count is mostly others in need of international protection
    (Venezuelans), so refugees and others in need are added."""
    total = figure(real_world, state, "refugees_hosted", 2023).value
    others = figures(real_world, state, "others_in_need_hosted").get(2023)
    total += others.value if others else 0
    assert round(total / 1e6, 1) == published_millions


def test_hosted_figures_of_end_2020_match_global_trends_2020(real_world):
    """UNHCR Global Trends 2020: Turkey 3.7 million, Colombia 1.7 million (Venezuelans displaced
    abroad included), Pakistan 1.4 million, Uganda 1.4 million, Germany 1.2 million."""
    published = {"TUR": 3.7, "COL": 1.7, "PAK": 1.4, "UGA": 1.4, "DEU": 1.2}
    here = {}
    for state in published:
        value = figure(real_world, state, "refugees_hosted", 2020).value
        others = figures(real_world, state, "others_in_need_hosted").get(2020)
        here[state] = round((value + (others.value if others else 0)) / 1e6, 1)
    assert here == published


def test_colombia_others_in_need_are_their_own_indicator_with_a_note(real_world):
    """UNHCR reports Venezuelans displaced abroad as 'other people in need of international
    protection' from 2018: Colombia 2,851,160 at end-2023 beside 1,382 refugees (UNHCR Refugee Data
    Finder). The refugee figure of the first such year says that the new category is not included."""
    assert figure(real_world, "COL", "others_in_need_hosted", 2023).value == 2_851_160
    assert figure(real_world, "COL", "refugees_hosted", 2023).value == 1_382
    assert "others in need" in figure(real_world, "COL", "refugees_hosted", 2018).note


def test_states_that_are_not_asylum_countries_have_no_hosted_figure(real_world):
    """UNHCR publishes no asylum figures for the Holy See or the State of Palestine (Palestine refugees
    there are UNRWA's): no row is read as 'unknown', so no figure, never a 0."""
    hosted = {f.state for f in real_world.profiles if f.indicator == "refugees_hosted"}
    assert not {"VAT", "PSE"} & hosted


def test_stateless_zero_is_never_written(real_world):
    """UNHCR reports stateless persons only where data exist (its statelessness statistics): a 0 in
    the stateless column of its table is no figure, so none is written. Bangladesh (Rohingya) had
    1,005,520 at end-2024 (UNHCR Refugee Data Finder)."""
    assert not [f for f in real_world.profiles if f.indicator == "stateless" and f.value == 0]
    assert figure(real_world, "BGD", "stateless", 2024).value == 1_005_520


# ----------------------------------------------------------------------------- IDPs (IDMC)
def test_colombia_idps_from_idmc(real_world):
    """IDMC GIDD (conflict and violence, stock at end-2024): Colombia 7,265,000, a different count
    from UNHCR's operational 7,031,498."""
    fig = figure(real_world, "COL", "idps", 2024)
    assert fig.value == 7_265_000
    assert IDMC in first_source(fig).title


# ----------------------------------------------------------------------------- migrant stock (IMS 2020)
@pytest.mark.parametrize(
    ("state", "indicator", "published_millions"),
    [
        ("USA", "immigrant_stock", 51),
        ("DEU", "immigrant_stock", 16),
        ("IND", "emigrant_stock", 18),
        ("MEX", "emigrant_stock", 11),
    ],
)
def test_migrant_stock_2020(real_world, state, indicator, published_millions):
    """UN DESA, International Migration 2020 Highlights (15 January 2021): the United States hosted
    51 million international migrants and Germany around 16 million; 18 million people born in India
    and 11 million born in Mexico lived abroad."""
    fig = figure(real_world, state, indicator, 2020)
    assert round(fig.value / 1e6) == published_millions
    src = first_source(fig)
    assert IMS in src.title and src.as_of == "2021-01-15" and src.checked


def test_lebanon_immigrant_and_emigrant_stock_and_population_2020(real_world):
    """UN DESA IMS 2020: Lebanon, mid-2020, 1,712,762 international migrants, 856,814 emigrants
    (in the 231 other countries or areas of the matrix) and a population of 6,825,442."""
    assert figure(real_world, "LBN", "immigrant_stock", 2020).value == 1_712_762
    assert figure(real_world, "LBN", "emigrant_stock", 2020).value == 856_814
    assert figure(real_world, "LBN", "population", 2020).value == 6_825_442


# ----------------------------------------------------------------------------- remittances (WDI)
def test_mexico_remittances_2023(real_world):
    """World Bank WDI, BX.TRF.PWKR.CD.DT (July 2025): Mexico received 66.24 billion US$ in 2023
    (also quoted as 'nearly 66.2 billion' for 2023, Statista via Google Dataset Search)."""
    fig = figure(real_world, "MEX", "remittances_received_usd", 2023)
    assert fig.value == 66_237_847_600
    src = first_source(fig)
    assert WDI in src.title and src.url == "https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT"


@pytest.mark.parametrize(("state", "year", "published_billions"), [("PHL", 2024, 40), ("MEX", 2024, 68)])
def test_remittances_2024_match_the_world_bank_estimates(real_world, state, year, published_billions):
    """World Bank blog, December 2024 (quoted by dailyindustrybd.com/news/868): Mexico 68 billion US$,
    the Philippines 40 billion in 2024; WDI (July 2025) has 67.64 and 40.28 billion."""
    assert round(figure(real_world, state, "remittances_received_usd", year).value / 1e9) == published_billions


def test_india_remittances_2022_passed_100_billion(real_world):
    """IOM World Migration Report 2024 (as quoted by Business Standard, 2024-05-09): India received
    more than 111 billion US$ in 2022, the first country to pass 100 billion. (Its 2024 value in WDI,
    137.7 billion, is revised up from the World Bank's December 2024 estimate of 129 billion.)"""
    assert 111e9 < figure(real_world, "IND", "remittances_received_usd", 2022).value < 112e9
    assert figure(real_world, "IND", "remittances_received_usd", 2024).value > 129e9


def test_remittances_missing_years_are_not_zero(real_world):
    """WDI (July 2025) has no 2024 value for Lebanon and no value for the Holy See: no figure is
    written; the latest Lebanese figure is 2023 (6.70 billion US$)."""
    series = figures(real_world, "LBN", "remittances_received_usd")
    assert max(series) == 2023 and round(series[2023].value / 1e9, 2) == 6.70
    assert not figures(real_world, "VAT", "remittances_received_usd")


# ----------------------------------------------------------------------------- shape and sources
def test_every_figure_cites_a_checked_named_source(real_world):
    """Data contract (docs/data-format.md): every figure cites a source with a title, an as_of and a
    URL; the dataset figures were read from the extracts in data/sources, so they are checked."""
    bad = [
        (f.state, f.indicator, f.year)
        for f in real_world.profiles
        if not (isinstance(f.sources[0], Source) and f.sources[0].checked and f.sources[0].url and f.sources[0].as_of)
    ]
    assert not bad, bad[:10]


def test_kept_years_and_indicators(real_world):
    """The profiles keep 2000, 2005 and 2010, then every year from 2015 (profiles_sources.yaml
    header); every indicator of the vocabulary has figures, and all 195 states have some."""
    years = {f.year for f in real_world.profiles}
    assert years <= {2000, 2005, 2010, *range(2015, 2026)}
    assert {f.indicator for f in real_world.profiles} == set(INDICATORS)
    assert len({f.state for f in real_world.profiles}) == 195


# ----------------------------------------------------------------------------- corridors
def test_india_uae_corridor_2020(real_world):
    """UN DESA IMS 2020 (as cited by IOM's World Migration Report 2024, Business Standard 2024-05-09:
    'There were 3.47 million Indians in the UAE in 2020'): 3,471,300; the IMS 2019 figure, 3,419,875,
    stays as the earlier fact."""
    c2020 = corridor(real_world, "IND", "ARE", 2020)
    assert c2020.stock == 3_471_300
    assert IMS in c2020.sources[0].title
    assert corridor(real_world, "IND", "ARE", 2019).stock == 3_419_875


def test_mexico_usa_is_the_largest_corridor_in_both_years(real_world):
    """IOM World Migration Report 2024: the Mexico-to-US corridor is the largest in the world
    (IMS 2020: 10,853,105 in 2020; IMS 2019: 11,489,684 in 2019)."""
    for year, stock in ((2020, 10_853_105), (2019, 11_489_684)):
        rows = [c for c in real_world.corridors if c.year == year]
        top = max(rows, key=lambda c: c.stock)
        assert (top.origin, top.destination, top.stock) == ("MEX", "USA", stock)


def test_corridor_selection_rule_is_the_same_each_year(real_world):
    """Corridors of 2020 and of 2019 are the pairs of states with at least 100,000 migrants (the
    selection rule of tools/data/build_corridors.py); 432 of them in IMS 2019."""
    assert {c.year for c in real_world.corridors} == {2019, 2020}
    assert min(c.stock for c in real_world.corridors) >= 100_000
    assert sum(1 for c in real_world.corridors if c.year == 2019) == 432
