"""Recognition, session 8 (helper H3b): the review's misreadings whose causes lay in the recognition modules.

A month a superlative or a possessive stands before (months.py), "a single day" and "half-year" (durations.py),
two counts of a unit and the next one down (durations.py's compound-duration), a decade before the noun it
dates (eras.py) and a weekend at the edge of a month (unitof.py). Spans are pinned here; values and day
intervals are in the rule corpora (absolute.tsv, durations.tsv, periods.tsv, negative.tsv).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.timex import extract_timexes

SEP19 = dt.date(2019, 9, 18)
MAY19 = dt.date(2019, 5, 22)


def _read(text: str, dct: dt.date = SEP19) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(text, dct)]


@pytest.mark.parametrize(("text", "found"), [
    ("It was the wettest April on record.", [("April", "2019-04")]),
    ("It was the coldest January since 1977.", [("January", "2019-01"), ("1977", "1977")]),
    ("Shares have fallen since their May IPO.", [("May", "2019-05")]),
    ("The firm said its April sales rose 5%.", [("April", "2019-04")]),
    ("His March to the sea ended.", []),
    ("The loveliest April Jones sang.", []),
    ("Theresa May's deputy resigned.", []),
])
def test_a_month_after_a_superlative_or_a_possessive(text: str, found: list[tuple[str, str]]) -> None:
    """A superlative makes the month one; a possessive does when a noun it dates follows; a capital keeps a name."""
    assert _read(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The Dow fell 500 points in a single day.", [("a single day", "P1D")]),
    ("The bank will publish its half-year results.", [("half-year", "P6M")]),
    ("The half-hour show was cancelled.", [("half-hour", "PT30M")]),
    ("In the first half-year profits fell.", [("the first half", "2019-H1")]),
    ("It was a single-day record.", []),
])
def test_single_and_half_units(text: str, found: list[tuple[str, str]]) -> None:
    """"a single day" is a day; "half-year" before its noun is six months, its article the noun's."""
    assert _read(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The 1950s diner closed.", [("1950s", "195")]),
    ("The 1950s saw rapid growth.", [("The 1950s", "195")]),
    ("In the 1950s the town grew.", [("the 1950s", "195")]),
    ("Prices rose in the 1970s and 1980s.", [("the 1970s", "197"), ("1980s", "198")]),
    ("The late 1980s boom ended.", [("The late 1980s", "198")]),
])
def test_a_decade_before_its_noun_leaves_the_article(text: str, found: list[tuple[str, str]]) -> None:
    """"the 1950s diner": the article is the diner's; a verb, a linking word or a determiner after keeps it."""
    assert _read(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The race moved to the last weekend of April.", [("the last weekend of April", "P1WE")]),
    ("The fair opened on the first weekend of June.", [("the first weekend of June", "P1WE")]),
    ("During the last week of August it rained.", [("the last week of August", "P1W")]),
])
def test_a_weekend_at_the_edge_of_a_month(text: str, found: list[tuple[str, str]]) -> None:
    """"the last weekend of April" is one expression, a weekend's duration (P1WE) at that edge of the month."""
    assert _read(text) == found


def test_a_weekend_at_the_edge_lies_in_its_month() -> None:
    """The last weekend of April 2019 (27-28 April) lies in the days the expression covers."""
    found = extract_timexes("The race was held on the last weekend of April.", SEP19)
    assert found[0].earliest <= dt.date(2019, 4, 27) and found[0].latest >= dt.date(2019, 4, 28)
    assert found[0].latest <= dt.date(2019, 4, 30)


@pytest.mark.parametrize(("text", "found"), [
    ("He served three years and six months in prison.", [("three years and six months", "P3Y6M")]),
    ("The flight took an hour and 30 minutes.", [("an hour and 30 minutes", "PT1H30M")]),
    ("He ran it in 2 hours 45 minutes.", [("2 hours 45 minutes", "PT2H45M")]),
    ("The strike lasted two years and three weeks.", [("two years", "P2Y"), ("three weeks", "P3W")]),
])
def test_compound_durations(text: str, found: list[tuple[str, str]]) -> None:
    """Two counts of a unit and the next one down are one duration where phase 2 writes the fraction exactly."""
    assert _read(text) == found


_EXACT = st.sampled_from([("years", "months", 12, "Y", "M", (3, 6, 9)), ("hours", "minutes", 60, "H", "M", (15, 30, 45)),
                          ("minutes", "seconds", 60, "M", "S", (15, 30, 45))])


@given(_EXACT, st.integers(min_value=2, max_value=40), st.integers(min_value=0, max_value=2), st.booleans())
def test_a_compound_duration_is_one_period(units: tuple, whole: int, which: int, joined: bool) -> None:
    """Law: "N <unit>s [and] M <smaller unit>s" is one duration, written in both units (PnYmM, PTnHmM, PTnMmS)."""
    big, small, _, big_code, small_code, parts = units
    part = parts[which]
    text = f"It lasted {whole} {big}{' and' if joined else ''} {part} {small}."
    time = "T" if big in {"hours", "minutes"} else ""
    assert _read(text) == [(f"{whole} {big}{' and' if joined else ''} {part} {small}",
                            f"P{time}{whole}{big_code}{part}{small_code}")]


@pytest.mark.parametrize(("text", "found"), [
    ("The 9/11 attacks killed nearly 3,000 people.", [("9/11", "2001-09-11")]),
    ("Post-9/11 security rules tightened.", [("9/11", "2001-09-11")]),
    ("A 9/11 vote passed.", []),
    ("The ban runs until at least 2021.", [("2021", "2021")]),
    ("At least 2021 people attended.", []),
    ("The first half of the match was dull.", []),
    ("Sales rose in the first half of the year.", [("the first half of the year", "2019-H1")]),
])
def test_named_attacks_bounded_years_and_halves_of_a_match(text: str, found: list[tuple[str, str]]) -> None:
    """"9/11" naming the attacks is their day; "until at least 2021" a year; "the first half of the match" the match's."""
    assert _read(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The 24 Hours of Le Mans starts at 3 p.m. on Saturday.", [("3 p.m. on Saturday", "2019-09-21T15:00")]),
    ("The 24 Hours of Le Mans drew huge crowds.", []),
    ("Net Income for 6 Months of Growth Beats Forecasts", [("6 Months", "P6M")]),
    ("The Seven Years' War began in 1756.", [("Seven Years", "P7Y"), ("1756", "1756")]),
])
def test_a_title_of_a_unit_before_of_and_a_name(text: str, found: list[tuple[str, str]]) -> None:
    """"The 24 Hours of Le Mans" is a race's name even opening a sentence; a title-case headline keeps its duration."""
    assert _read(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The game ended 21-14 after four quarters.", []),
    ("The Lakers beat the Celtics 112-104 in the fourth quarter.", []),
    ("Profits rose for four quarters in a row.", [("four quarters", "P4Q")]),
    ("Sales fell in the fourth quarter after a 5-4 vote.", [("the fourth quarter", "2018-Q4")]),
    # a range of a quantity after the verb is no score
    ("The peso lost 3-4 percent of its value in the third quarter.", [("the third quarter", "2019-Q3")]),
    ("The peso lost 3-4% of its value in the third quarter.", [("the third quarter", "2019-Q3")]),
    ("Shares ended 2-3 points higher in the fourth quarter.", [("the fourth quarter", "2018-Q4")]),
    ("The unit lost 1-2 billion dollars in the third quarter.", [("the third quarter", "2019-Q3")]),
])
def test_a_score_makes_quarters_a_games(text: str, found: list[tuple[str, str]]) -> None:
    """A score after a verb of the game ("ended 21-14", "beat ... 112-104") makes its sentence's quarters the game's."""
    assert _read(text) == found


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@given(st.integers(min_value=1, max_value=12), st.sampled_from(["wettest", "coldest", "busiest", "hottest", "worst"]),
       st.sampled_from(["on record", "in years", "ever"]))
def test_a_month_after_a_superlative_is_the_month(month: int, superlative: str, tail: str) -> None:
    """Law: "the <superlative> <Month> <tail>" reads the month (its value's month part), whatever the month."""
    found = [t for t in extract_timexes(f"It was the {superlative} {_MONTHS[month - 1]} {tail}.", MAY19)
             if t.text == _MONTHS[month - 1]]
    assert [t.value[5:] for t in found] == [f"{month:02d}"]


@given(st.integers(min_value=180, max_value=202).filter(lambda digits: digits % 10 or digits >= 190),
       st.sampled_from(["diner", "cars", "music", "boom", "house"]))
def test_a_decade_before_its_noun_is_the_decade_alone(digits: int, noun: str) -> None:
    """Law: "The <decade> <noun> ..." reads the decade without the article, its value the decade's three digits."""
    assert _read(f"The {digits}0s {noun} is gone.") == [(f"{digits}0s", str(digits))]
