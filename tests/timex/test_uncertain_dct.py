"""A DCT known only as an interval (DocumentTime): what still resolves, what widens, what stays open."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.models import DocumentTime
from timeline.timex import extract_ranges, extract_timexes

NOVEMBER = DocumentTime(value="2018-11", earliest=dt.date(2018, 11, 3), latest=dt.date(2018, 11, 28), basis="inferred")
SPRING = DocumentTime(earliest=dt.date(2018, 3, 1), latest=dt.date(2018, 5, 31), basis="inferred")


def _values(text: str, dct: object) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [(t.text, t.value, t.earliest, t.latest) for t in extract_timexes(text, dct)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "value", "earliest", "latest"), [
    ("She left last month.", "2018-10", dt.date(2018, 10, 1), dt.date(2018, 10, 31)),
    ("Sales rose this year.", "2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
    ("The plant closed in October.", "2018-10", dt.date(2018, 10, 1), dt.date(2018, 10, 31)),
    ("The plant will open in December.", "2018-12", dt.date(2018, 12, 1), dt.date(2018, 12, 31)),
    ("It was signed on March 3, 2017.", "2017-03-03", dt.date(2017, 3, 3), dt.date(2017, 3, 3)),
])
def test_month_grain_and_coarser_resolve_within_one_month(text: str, value: str, earliest: dt.date,
                                                          latest: dt.date) -> None:
    assert _values(text, NOVEMBER)[0][1:] == (value, earliest, latest)


def test_a_day_relative_widens_by_the_dcts_uncertainty() -> None:
    (found,) = _values("The minister resigned yesterday.", NOVEMBER)
    assert found[1:] == ("2018-11-XX", dt.date(2018, 11, 2), dt.date(2018, 11, 27))


def test_a_past_weekday_spans_its_readings_from_both_ends() -> None:
    (found,) = _values("Officials said on Sunday that talks failed.", NOVEMBER)
    assert (found[2], found[3]) == (dt.date(2018, 10, 28), dt.date(2018, 11, 25))


def test_a_long_uncertainty_leaves_day_relatives_unanchored() -> None:
    assert _values("The minister resigned yesterday.", SPRING)[0][1:] == ("XXXX-XX-XX", None, None)
    assert _values("Sales rose this year.", SPRING)[0][1:] == ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert _values("She left last month.", SPRING)[0][1:] == ("XXXX-XX", None, None)


@pytest.mark.parametrize("dct", [None, DocumentTime(), DocumentTime(earliest=dt.date(2018, 11, 3)),
                                 DocumentTime(earliest=dt.date(2018, 11, 28), latest=dt.date(2018, 11, 3))])
def test_an_open_or_contradictory_interval_is_no_dct(dct: DocumentTime | None) -> None:
    assert _values("She left last month, on March 3, 2017.", dct) == _values(
        "She left last month, on March 3, 2017.", None)


def test_ranges_accept_a_document_time() -> None:
    (whole,) = extract_ranges("The fair ran Nov. 30-Dec. 1, 2017.", NOVEMBER)
    assert (whole.earliest, whole.latest) == (dt.date(2017, 11, 30), dt.date(2017, 12, 1))


PHRASES = ["yesterday", "on Sunday", "last month", "this week", "two days ago", "in October", "next year",
           "Nov. 12", "the third quarter", "a week later", "tonight", "15:00 GMT Saturday", "recently"]
VERBS = ["He said", "She will arrive", "They met", "It rains"]
sentences = st.lists(st.tuples(st.sampled_from(VERBS), st.sampled_from(PHRASES)), min_size=1, max_size=5).map(
    lambda pairs: " ".join(f"{verb} {phrase}." for verb, phrase in pairs))
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=100, deadline=None)
@given(sentences, days)
def test_a_one_day_document_time_equals_the_date(text: str, day: dt.date) -> None:
    one_day = DocumentTime(value=day.isoformat(), earliest=day, latest=day, basis="metadata")
    assert extract_timexes(text, one_day) == extract_timexes(text, day)


@settings(max_examples=100, deadline=None)
@given(sentences, days, st.integers(min_value=1, max_value=31))
def test_a_short_interval_covers_the_readings_of_both_its_ends(text: str, day: dt.date, width: int) -> None:
    last = day + dt.timedelta(days=width)
    found = extract_timexes(text, DocumentTime(earliest=day, latest=last))
    for one_end in (extract_timexes(text, day), extract_timexes(text, last)):
        assert [t.start for t in found] == [t.start for t in one_end]
        for merged, single in zip(found, one_end):
            if single.earliest is not None and merged.earliest is not None:
                assert merged.earliest <= single.earliest and single.latest <= merged.latest  # type: ignore[operator]


def test_an_open_reading_keeps_its_open_end() -> None:
    (recently,) = _values("Prices rose recently.", NOVEMBER)
    assert recently[1:] == ("PAST_REF", None, dt.date(2018, 11, 28))
