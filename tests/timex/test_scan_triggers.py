"""Rules read only where two of their trigger words stand close find what they find over the whole text.

A rule with ``pair`` (:class:`timeline.timex.rule.Rule`) gets windows only at a trigger
word with another of its own at most ``pair`` characters before it. These laws hold
such a rule, read in those windows, to the rule's own ``finditer`` over the whole text,
and the reach a rule declares to the pattern it is derived from. Reaches count a run of
blanks once (as every reach in ``resources/triggers.tsv`` does), so the texts here are
built with single blanks inside a count ("a couple of").
"""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.timex.lexicon import LEXICON
from timeline.timex.patterns import max_width, spaced_width
from timeline.timex.recognise import fold_case

scan = importlib.import_module("timeline.timex.scan")
durations = importlib.import_module("timeline.timex.durations")
compound_durations = importlib.import_module("timeline.timex.compound_durations")

PAIRED = [index for index, rule in enumerate(scan.RULES) if rule.pair > 0]
COMPOUND = next(i for i in PAIRED if scan.RULES[i].name == "compound-duration")
UNITS = sorted(LEXICON.table("unit"))
COUNTS = ["1", "3", "12", "2.5", "1,000", "a", "an", "one", "two", "twenty-five", "forty one", "a couple of",
          "a quarter of a", "three quarters of an", "three-quarters of a", "several", "half an", "the past few"]
GAPS = [" ", ", and ", " and ", "-", ",", " ago", " later", " from", "\n", ". ", " x ", "  ", "(", "s", " on", " on ",
        " over ", " ON", " on,", " on from ", " on. "]
ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "\u2019", "\u00a0", "\u00e9", "\u2013"]

_UNIT = st.one_of(st.sampled_from(UNITS), st.sampled_from(UNITS).map(str.upper))
_COUNTED = st.tuples(st.sampled_from(COUNTS), st.sampled_from([" ", "-"]), _UNIT).map("".join)
# two counted units with what may stand between them: most of these are compounds, some only nearly
_TWO_COUNTS = st.tuples(_COUNTED, st.sampled_from([" ", ", and ", " and ", " AND ", ",  and ", "; "]), _COUNTED
                        ).map("".join)
_FRAGMENT = st.one_of(_TWO_COUNTS, st.sampled_from(COUNTS), _UNIT, st.sampled_from(GAPS), st.sampled_from(ODD),
                      st.text(max_size=4))
TEXTS = st.lists(_FRAGMENT, max_size=24).map("".join)


def _found(index: int, text: str, reader=scan.candidates) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The spans rule ``index`` gives, read in its windows (:func:`scan.candidates`) or over the whole text."""
    return sorted((c[0], c[1]) for c in reader(text) if c[3] == index)


RANGES = ["month-day-to-month-day", "day-month-to-day-month", "month-to-month-year", "month-to-month",
          "month-year-to-month-year"]


def test_offset_on_and_unit_on_unit_are_read_near_a_unit_and_its_on_only() -> None:
    offset_on, comparison = PAIRED[0], PAIRED[1]
    for text in ("Three weeks passed; on Monday, we met on the hill", "The year was bad."):
        windows = scan._windows(scan._hits(text), len(text))
        assert windows[offset_on] == windows[comparison] == []
    for text, index, span in (("Three weeks on, the town is quiet.", offset_on, (0, 14)),
                              ("Sales rose 5% year on year.", comparison, (14, 26))):
        assert _found(index, text) == _found(index, text, scan.all_candidates) == [span]


def test_the_compound_duration_is_read_near_two_unit_words_only() -> None:
    assert [scan.RULES[i].name for i in PAIRED] == ["offset-on", "unit-on-unit", "compound-duration", *RANGES]
    index = COMPOUND
    for text in ("It took 3 hours.", "3 hours passed, then the long vote was held; then 20 minutes of talks"):
        assert scan._windows(scan._hits(text), len(text))[index] == []
    text = "It took 2 hours and 14 minutes."
    assert scan._windows(scan._hits(text), len(text))[index] == [[0, len(text)]]
    assert _found(index, text) == _found(index, text, scan.all_candidates) == [(8, 30)]


def test_the_compound_reach_is_the_widest_gap_between_its_two_unit_words() -> None:
    # the longest unit, ", and ", the longest count, a hyphen: where the second unit word can start at the latest
    widest = max(UNITS, key=len) + ", and " + "three quarters of an" + "-"
    assert compound_durations.UNIT_TO_UNIT == len(widest) == scan.RULES[COMPOUND].pair
    text = "took 2 " + widest + "minute"
    assert scan.RULES[COMPOUND].pattern.search(text)


# Each range rule's widest writing of what stands between its two month names (the longest name, three blanks,
# "30th", " through ", a comma): its second name starts exactly its pair after the first
WIDEST = {
    "month-day-to-month-day": "September   30th through December 1",
    "day-month-to-day-month": "1 September through 30th   December",
    "month-to-month-year": "September - December 2018",
    "month-to-month": "the September.-December period",
    "month-year-to-month-year": "September,   2018 - December 2019",
}


@pytest.mark.parametrize("name", RANGES)
def test_a_range_reach_is_the_widest_gap_between_its_two_month_names(name: str) -> None:
    rule = next(r for r in scan.RULES if r.name == name)
    match = rule.pattern.search(WIDEST[name])
    assert match is not None and match.start("m2") - match.start("m1") == rule.pair
    text = WIDEST[name]
    assert _found(scan.RULES.index(rule), text) == _found(scan.RULES.index(rule), text, scan.all_candidates) != []


_MONTH = st.sampled_from(["Nov.", "Dec", "September", "Sept.", "MAY", "may", "March", "june", "Jan", "AUG."])
_RANGE_PART = st.sampled_from(["30", "1", "15th", "2nd", "2018", "1999", "'97", " ", "  ", "   ", "-", " - ",
                               "\u2013", "\u2014", "/", " to ", " through ", " and ", " thru ", ", ", ",", ".", "\n",
                               " of ", "\t"])
_DAY = st.sampled_from(["30", "1", "15th", "2nd", "31"])
_SPACE = st.sampled_from([" ", " ", " ", "  ", "   ", "\t", "\n", "", ". ", ", "])
_YEAR = st.sampled_from(["2018", "1999", "'97"])
# one end of a range: "Nov. 30", "30 Nov.", "Nov.", "Nov. 2018"
_END = st.one_of(st.tuples(_MONTH, _SPACE, _DAY), st.tuples(_DAY, _SPACE, _MONTH), st.tuples(_MONTH),
                 st.tuples(_MONTH, _SPACE, _YEAR)).map("".join)
_TO = st.sampled_from(["-", " - ", "\u2013", "\u2014", "/", " to ", " through ", " and ", " thru ", " until ", ",",
                       " x ", "--"])
# two ends, what may join them, and the year a range may end with: most are ranges, some only nearly
_RANGE = st.tuples(_END, _TO, _END, st.sampled_from(["", ", 2018", " 2018", ",  1999", " period", " votes"])
                   ).map("".join)
RANGE_TEXTS = st.lists(st.one_of(_RANGE, _RANGE, _MONTH, _RANGE_PART, st.sampled_from(ODD), st.text(max_size=3)),
                       max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(RANGE_TEXTS)
def test_a_range_read_near_two_month_names_finds_what_it_finds_over_the_whole_text(text: str) -> None:
    text = fold_case(text)
    for index in (i for i in PAIRED if scan.RULES[i].name in RANGES):
        assert _found(index, text) == _found(index, text, scan.all_candidates), (scan.RULES[index].name, text)


@pytest.mark.parametrize("source", [r"\d{1,3}", r"(?i:a\s+couple\s+of)", r"a\\s+", r"x\s+y\s", r"[\s+]ab"])
def test_spaced_width_counts_a_run_of_blanks_once(source: str) -> None:
    single = re.compile(source.replace(r"\s+", r"\s") if r"\\s" not in source else source)
    width = spaced_width(source)
    assert width == max_width(single) or r"\\s" in source and width is None
    assert width is not None or max_width(re.compile(source)) is None


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_paired_rule_read_in_its_windows_finds_what_it_finds_over_the_whole_text(text: str) -> None:
    text = fold_case(text)  # as recognise() reads it
    for index in PAIRED:
        assert _found(index, text) == _found(index, text, scan.all_candidates), text


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_every_candidate_through_the_windows_is_a_candidate_over_the_whole_text(text: str) -> None:
    text = fold_case(text)
    assert sorted(scan.candidates(text)) == sorted(scan.all_candidates(text)), text


@pytest.mark.parametrize("text", [
    "1 centuries 1 centuries1 centuries three quarters of an centuriescenturies11, and , and 1 day, and 1 weeka",
    "It took 3 years, then 5 weeka", "It took 3 years, then 5 weeks",
])
def test_a_window_that_ends_inside_a_word_reads_the_match_on_the_whole_text(text: str) -> None:
    # a window's end may cut "weeka" to "week" (or "weeks" to "week"): each match is read again on the whole text
    assert sorted(scan.candidates(text)) == sorted(scan.all_candidates(text))


BOUND = [index for index, rule in enumerate(scan.RULES) if scan.name_bound(rule)]
_NAME = st.sampled_from(sorted(LEXICON.table("month")) + sorted(LEXICON.table("weekday"))).flatmap(
    lambda w: st.sampled_from([w, w.title(), w.upper(), w.title() + "."]))
_DATE_PART = st.sampled_from(["5", "15th", "2018", "'97", "", ",", "-", "to", "of", "in", "the", "last", "their",
                              "the wettest", "IPO", "sales", "\n", ".", "Paris fell", "on", "and", "5,", "2018."])
# words joined by a blank: names in every case among the words dates are written with
NAMED_TEXTS = st.lists(st.one_of(_NAME, _NAME, _NAME, _DATE_PART, _DATE_PART, _DATE_PART, st.sampled_from(ODD),
                                 st.text(max_size=3)), min_size=2, max_size=12).map(" ".join)


def test_the_rules_bound_to_a_name_are_the_month_rules_whose_every_match_holds_one() -> None:
    names = {scan.RULES[i].name for i in BOUND}
    assert {"month-day-year", "day-month-year", "month-year", "cued-month", "month-day-to-month-day"} <= names
    # a weekday abbreviation of weekday.py's own, a season, a list of months spelled out: not read, not bound
    assert not names & {"weekday", "that-named", "cued-month-on", "plain-month", "season"}


def test_a_name_in_lower_case_opens_no_window_for_a_rule_bound_to_a_name() -> None:
    index = next(i for i in BOUND if scan.RULES[i].name == "month-day-year")
    text = "Officials may decide after a long and careful reading of every report on the matter. " * 3 + \
        "It opened May 5, 2018."
    windows = scan._windows(scan._hits(text), len(text), text)[scan._WINDOWS_OF[index]]
    assert len(windows) == 1 and windows[0][0] > text.index("May 5") - 30
    assert len(scan._windows(scan._hits(text), len(text))[scan._WINDOWS_OF[index]]) == 4  # no text: every name
    dotted = "\u0130" + text  # lower-casing lengthens it: the hits are not at the text's positions, all are kept
    assert len(scan._windows(scan._hits(dotted), len(dotted), dotted)[scan._WINDOWS_OF[index]]) == 4
    assert _found(index, text) == _found(index, text, scan.all_candidates) == [(text.index("May 5"), len(text) - 1)]


@settings(max_examples=400, deadline=None)
@given(NAMED_TEXTS)
def test_a_rule_bound_to_a_name_finds_through_its_windows_what_it_finds_over_the_whole_text(text: str) -> None:
    text = fold_case(text)
    found, every = scan.candidates(text), scan.all_candidates(text)
    for index in BOUND:
        assert sorted(c[:2] for c in found if c[3] == index) == sorted(c[:2] for c in every if c[3] == index), (
            scan.RULES[index].name, text)


# The holiday rule is read near a rare word of a name, or near the two words of a name whose every word is common
# ("good+friday", "may+day": triggers.Trigger.pairs), the first at most the trigger's reach before the second
HOLIDAY = next(i for i, rule in enumerate(scan.RULES) if rule.name == "holiday")
_NAMES = sorted(LEXICON.table("holiday"))


@pytest.mark.parametrize("name", _NAMES)
def test_every_holiday_name_holds_a_trigger_word_or_pair_of_the_holiday_rule(name: str) -> None:
    trigger = importlib.import_module("timeline.timex.triggers").TRIGGERS["holiday"]
    words = [(m.start(), m[0]) for m in re.finditer("[a-z]+", name)]
    paired = any(a == first and b == second and 0 < t - s <= trigger.reach
                 for s, a in words for t, b in words for first, second in trigger.pairs)
    assert paired or any(w in trigger.words for _, w in words)


_HOLIDAY_WORDS = st.sampled_from(sorted({w for n in _NAMES for w in re.findall("[a-z]+", n)} | {"day", "year"}))
_NAME = st.tuples(st.sampled_from(_NAMES), st.sampled_from([str, str.title, str.upper]),
                  st.sampled_from([" ", "  ", "\n", "\t"]), st.booleans()).map(
    lambda t: t[1](t[0]).replace(" ", t[2]).replace("'", "\u2019" if t[3] else "'"))
HOLIDAY_TEXTS = st.lists(st.one_of(_NAME, _NAME, _HOLIDAY_WORDS, st.sampled_from([" ", ", ", " 2018", ", 1999", ". ",
                                                                                   "the ", "'s ", "-"]),
                                   st.sampled_from(ODD), st.text(max_size=3)), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(HOLIDAY_TEXTS)
@example("president's  day")  # found by this law: a pair's reach counts a run of blanks once
@example("Good \n\n Friday")
def test_a_holiday_read_near_its_words_finds_what_it_finds_over_the_whole_text(text: str) -> None:
    text = fold_case(text)
    assert _found(HOLIDAY, text) == _found(HOLIDAY, text, scan.all_candidates), text


def test_a_holiday_of_common_words_is_read_near_both_of_them_only() -> None:
    for text in ("A good day for a black cat: may we hope?", "The new plan took a year."):
        assert scan._windows(scan._hits(text), len(text))[HOLIDAY] == []
    for text, span in (("Shops opened on Good Friday, 2018.", (16, 33)), ("We marched on May  Day.", (14, 22)),
                       ("Sales soared on Black Friday.", (16, 28)), ("on the fourth of july", (3, 21)),
                       ("They met on President's Day.", (12, 27))):
        assert _found(HOLIDAY, text) == _found(HOLIDAY, text, scan.all_candidates) == [span], text


# The rate rules ("$5 a day"), neighbour ("the next day") and that-unit ("that same week") are read near a unit only
# right after the word before it in their patterns and a blank (triggers.Trigger.after_word), that word read in the text
AFTER_WORD = [i for i, rule in enumerate(scan.RULES) if rule.name in ("rate", "worded-rate", "neighbour", "that-unit")]
_AFTER_WORD_PART = st.sampled_from(["a", "A", "per", "PER", "Per", "an", "pa", "$5", "10", "3%", "twice", "times",
                                    "once", "the", "The", "next", "NEXT", "same", "Same", "that", "That", "following",
                                    "previous", "prior", "preceding", "subsequent", "ext", "hat",
                                    "day", "week", "month", "year", "minute", "second", "DAY", "Year", "weekend",
                                    "decade", "morning", "Evening", "night", "annually", "daily", "ago", "and",
                                    "rounds", " ", "  ", "\n", "\t", ", ", "-", "."])
AFTER_WORD_TEXTS = st.lists(st.one_of(_AFTER_WORD_PART, _AFTER_WORD_PART, _AFTER_WORD_PART, st.sampled_from(ODD),
                                      st.text(max_size=3)), max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
@given(AFTER_WORD_TEXTS)
def test_a_rule_read_right_after_its_word_finds_what_it_finds_over_the_whole_text(text: str) -> None:
    text = fold_case(text)
    for index in AFTER_WORD:
        assert _found(index, text) == _found(index, text, scan.all_candidates), (scan.RULES[index].name, text)


def test_a_unit_opens_a_window_only_right_after_the_word_before_it() -> None:
    text = "The day came; the week after, every month, year on year."
    assert [scan._windows(scan._hits(text), len(text), text)[i] for i in AFTER_WORD] == [[]] * len(AFTER_WORD)
    text = "Take three doses a day; it fires 1200 rounds a minute, costs $5 per\tday; the next day, that same WEEK."
    assert all(_found(i, text) == _found(i, text, scan.all_candidates) != [] for i in AFTER_WORD)
