"""Laws of the timex stage, checked on generated input (hypothesis)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline.timex import TimexSettings, extract_timexes, recognise

DCT = dt.date(2018, 11, 15)
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

FRAGMENTS = [
    "on Sunday", "last month", "Nov. 30-Dec. 1", "between 30 November and 1 December", "2010-2012",
    "two days ago", "the 1990s", "mid-2019", "early November", "15:00 GMT Saturday", "May", "a second",
    "$200", "3-2", "555-1234", "the past two years", "every Monday", "quarterly", "February 30, 2018",
    "31/31/2018", "0000-00-00", "the year 99999", "9999-12-31", "Dec. 31, 9999", "in 0001", "now",
    "the fourth quarter", "a week later", "the previous day", "spring 2017", "fiscal 2019", "yesterday",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=12).map(" ".join)
dcts = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max]))


@settings(max_examples=150, deadline=None)
@given(texts, dcts)
def test_spans_are_inside_the_text_and_never_overlap(text: str, dct: dt.date | None) -> None:
    found = extract_timexes(text, dct)
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@settings(max_examples=150, deadline=None)
@given(texts, dcts)
def test_no_impossible_date_is_ever_given(text: str, dct: dt.date | None) -> None:
    for timex in extract_timexes(text, dct):
        match = _FULL_DATE.match(timex.value)
        if match:
            dt.date(*map(int, match.groups()))  # raises on an impossible day
        if timex.earliest and timex.latest:
            assert timex.earliest <= timex.latest


# The shift law. For a text whose expressions are all counted in days from the DCT, moving the DCT
# by N days moves every resolved day by N days. Weekday expressions obey it only for N a multiple
# of 7 (the weekday of the DCT must not change).
DAY_PHRASES = ["today", "yesterday", "tomorrow", "two days ago", "10 days ago", "the day before yesterday",
               "tonight", "this morning", "in 3 days"]
WEEKDAY_PHRASES = ["on Sunday", "last Friday", "next Monday", "Tuesday night", "this Thursday",
                   "15:00 GMT Saturday", "earlier Wednesday"]
VERBS = ["He said", "She will arrive", "They met", "It rains"]


def _days(text: str, dct: dt.date) -> list[dt.date | None]:
    return [t.earliest for t in extract_timexes(text, dct)]


def _sentence(parts: list[tuple[str, str]]) -> str:
    return " ".join(f"{verb} {phrase}." for verb, phrase in parts)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(VERBS), st.sampled_from(DAY_PHRASES)), min_size=1, max_size=5),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(-4000, 4000))
def test_shifting_the_dct_shifts_day_relative_values(parts, dct: dt.date, days: int) -> None:
    text = _sentence(parts)
    before, after = _days(text, dct), _days(text, dct + dt.timedelta(days=days))
    assert len(before) == len(after) == len(parts)  # "in 3 days" outside a future clause is a duration: None
    assert after == [d + dt.timedelta(days=days) if d else None for d in before]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(VERBS), st.sampled_from(WEEKDAY_PHRASES)), min_size=1, max_size=5),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(-500, 500))
def test_shifting_the_dct_by_weeks_shifts_weekday_values(parts, dct: dt.date, weeks: int) -> None:
    text = _sentence(parts)
    shift = dt.timedelta(days=7 * weeks)
    before, after = _days(text, dct), _days(text, dct + shift)
    assert len(before) == len(parts)
    assert after == [d + shift if d else None for d in before]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_binary_junk_gives_a_list(junk: bytes) -> None:
    text = junk.decode("latin-1")
    assert isinstance(extract_timexes(text, DCT), list)


def test_bad_strings_give_no_invented_date() -> None:
    for text in ["", "February 30, 2018", "31/31/2018", "0000-00-00", "2018-13-45", "Feb. 30"]:
        assert [t.value for t in extract_timexes(text, DCT)] == [], text
    assert [t.value for t in extract_timexes("the year 99999", DCT)] == []


def test_long_input_is_read_in_chunks_without_losing_expressions() -> None:
    block = "Officials said on Sunday, Nov. 11, that talks failed. " * 20_000  # about 1 MB
    small = TimexSettings(max_chunk_chars=5_000)
    found = extract_timexes(block, DCT, settings=small)
    assert len(found) == 20_000
    assert {t.value for t in found} == {"2018-11-11"}
    assert len(recognise(block, small)) == len(found)


def test_text_beyond_the_limit_is_not_read() -> None:
    found = extract_timexes("x" * 2_000 + " in 2010", DCT, settings=TimexSettings(max_text_chars=1_000))
    assert found == []


def test_ten_megabytes_give_a_list_with_every_expression() -> None:
    filler = "lorem ipsum dolor sit amet consectetur " * 27_000  # about 1 MB without any expression
    text = "".join(filler + f"It ended on Nov. {day}, 2018. " for day in range(1, 11))
    assert len(text) > 10_000_000
    found = extract_timexes(text, DCT)
    assert [t.value for t in found] == [f"2018-11-{day:02d}" for day in range(1, 11)]


_SLOW = TimexSettings(use_triggers=False)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_trigger_windows_find_what_every_rule_over_the_whole_text_finds(text: str) -> None:
    fast = [(m.start, m.end, m.rule, m.value) for m in recognise(text)]
    assert fast == [(m.start, m.end, m.rule, m.value) for m in recognise(text, _SLOW)]


NARRATIVE = TimexSettings(anchoring="narrative")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# four-digit years the recogniser reads as years (1000-2099); later ones are too often amounts
story_dates = st.dates(min_value=dt.date(1100, 1, 1), max_value=dt.date(1999, 12, 31))


def _story(day: dt.date, month: str) -> str:
    return f"On {day.day} {MONTHS[day.month - 1]} {day.year} the siege began. In {month} the city fell."


@settings(max_examples=150, deadline=None)
@given(story_dates, st.sampled_from(MONTHS))
def test_narrative_month_is_the_nearest_to_the_story_date(day: dt.date, month: str) -> None:
    value = extract_timexes(_story(day, month), None, settings=NARRATIVE)[-1].value
    year, number = int(value[:4]), int(value[5:7])
    gap = (year - day.year) * 12 + number - day.month
    assert number == MONTHS.index(month) + 1 and -6 <= gap <= 6


@settings(max_examples=100, deadline=None)
@given(story_dates, st.sampled_from(MONTHS), st.integers(-100, 100))
def test_narrative_anchoring_shifts_with_the_story(day: dt.date, month: str, years: int) -> None:
    # a month half a year away is as near before as after: leap days may tip it either way
    assume((MONTHS.index(month) + 1 - day.month) % 12 != 6)
    moved = day.replace(year=day.year + years) if not (day.month == 2 and day.day == 29) else day
    first = extract_timexes(_story(day, month), None, settings=NARRATIVE)[-1].value
    second = extract_timexes(_story(moved, month), None, settings=NARRATIVE)[-1].value
    assert int(second[:4]) - int(first[:4]) == moved.year - day.year and second[4:] == first[4:]


@settings(max_examples=100, deadline=None)
@given(st.integers(1200, 1999), st.integers(1, 30), st.sampled_from(["year", "decade"]), st.sampled_from(MONTHS))
def test_a_flashback_leaves_the_story_where_it_was(year: int, count: int, unit: str, month: str) -> None:
    # "two decades earlier" is told from the story's year; the next yearless month stays in that year
    text = f"In {year} the troops landed. As {count} {unit}s earlier, they met resistance. In {month} the city fell."
    found = extract_timexes(text, None, settings=NARRATIVE)
    assert found[-1].value == f"{year}-{MONTHS.index(month) + 1:02d}"


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1100, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.dates(min_value=dt.date(1100, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_month_year_range_gives_each_end_its_own_month(first: dt.date, last: dt.date) -> None:
    assume((first.year, first.month) < (last.year, last.month))
    text = f"Phase two ({MONTHS[first.month - 1]} {first.year}-{MONTHS[last.month - 1]} {last.year}) was long."
    found = extract_timexes(text, DCT)
    assert [t.value for t in found] == [f"{first.year:04d}-{first.month:02d}", f"{last.year:04d}-{last.month:02d}"]
    assert found[0].earliest == first.replace(day=1) and found[1].latest.month == last.month


@settings(max_examples=100, deadline=None)
@given(st.integers(1100, 2099), st.integers(1, 12), st.sampled_from(["first", "last"]), st.sampled_from(["day", "week"]))
def test_the_first_or_last_unit_of_a_month_lies_at_that_edge(year: int, month: int, edge: str, unit: str) -> None:
    from timeline.timex.calendar import month_interval

    whole = month_interval(year, month)
    found = extract_timexes(f"It rained on the {edge} {unit} of {MONTHS[month - 1]} {year}.", DCT)
    assert len(found) == 1 and whole.earliest <= found[0].earliest <= found[0].latest <= whole.latest
    assert (found[0].latest - found[0].earliest).days == (0 if unit == "day" else 6)
    assert (found[0].earliest == whole.earliest) if edge == "first" else (found[0].latest == whole.latest)


@settings(max_examples=100, deadline=None)
@given(st.integers(1100, 2099), st.integers(1, 12), st.sampled_from(["first", "last"]))
def test_the_first_or_last_months_of_a_year_lie_at_that_edge(year: int, months: int, edge: str) -> None:
    from timeline.timex.calendar import month_end

    found = extract_timexes(f"Sales rose in the {edge} {months} months of {year}.", DCT)
    span = found[0]
    assert span.value == f"P{months}M" and found[1].value == f"{year:04d}"
    if edge == "first":
        assert (span.earliest, span.latest) == (dt.date(year, 1, 1), month_end(year, months))
    else:
        assert (span.earliest, span.latest) == (dt.date(year, 13 - months, 1), dt.date(year, 12, 31))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 9998), st.integers(1, 12), st.sampled_from(["year", "month", "quarter", "decade"]))
def test_an_edge_is_a_half_inside_its_period(year: int, month: int, grain: str) -> None:
    from timeline.timex.calendar import edge_interval, era_interval, grain_interval

    whole = era_interval(year // 10, "decade") if grain == "decade" else grain_interval(grain, dt.date(year, month, 1))
    if whole is None or whole.earliest is None:
        return
    start, mid, end = (edge_interval(whole, mod) for mod in ("START", "MID", "END"))
    assert start.earliest == whole.earliest and end.latest == whole.latest
    for part in (start, mid, end):
        assert whole.earliest <= part.earliest <= part.latest <= whole.latest and part.value == whole.value
    assert start.latest < end.earliest and (start.latest + dt.timedelta(days=1) >= end.earliest
                                            or (end.earliest - start.latest).days <= 31)


@settings(max_examples=150, deadline=None)
@given(texts, dcts)
def test_narrative_mode_takes_any_text(text: str, dct: dt.date | None) -> None:
    found = extract_timexes(text, dct, settings=NARRATIVE)
    for timex in found:
        assert text[timex.start:timex.end] == timex.text
        assert timex.earliest is None or timex.latest is None or timex.earliest <= timex.latest


_UNIT_WORDS = sorted(set(__import__("timeline.timex.lexicon", fromlist=["LEXICON"]).LEXICON.table("unit")))
_TEMPLATES = ["last {}", "this {}", "next {}", "a {} later", "the {} before", "two {} ago", "over the {}",
              "that {}", "the following {}", "in a {}", "every {}"]


@pytest.mark.parametrize("dct", [None, DCT, dt.date.min, dt.date.max], ids=["none", "dct", "min", "max"])
def test_every_unit_word_in_every_relative_frame_gives_valid_timexes(dct: dt.date | None) -> None:
    # "last weekend" without a DCT once gave the granularity "weekend", which no Timex may hold
    for unit in _UNIT_WORDS:
        for template in _TEMPLATES:
            text = "They met " + template.format(unit) + ". Then they left."
            for settings_ in (TimexSettings(), NARRATIVE):
                for timex in extract_timexes(text, dct, settings=settings_):
                    assert timex.earliest is None or timex.latest is None or timex.earliest <= timex.latest


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1100, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(MONTHS),
       st.sampled_from(["previous", "preceding", "following", "next"]), st.sampled_from(["news", "narrative"]))
def test_the_previous_or_following_month_is_the_nearest_on_that_side_of_the_text(
        day: dt.date, month: str, which: str, anchoring: str) -> None:
    # "the previous April" is counted from the date the text last named, never from the DCT
    text = f"The siege began on {day.day} {MONTHS[day.month - 1]} {day.year}. The city fell the {which} {month}."
    found = extract_timexes(text, DCT, settings=TimexSettings(anchoring=anchoring))
    year, number = int(found[-1].value[:4]), int(found[-1].value[5:7])
    gap = (day.year - year) * 12 + day.month - number
    assert number == MONTHS.index(month) + 1
    assert (1 <= gap <= 12) if which in {"previous", "preceding"} else (-12 <= gap <= -1)
