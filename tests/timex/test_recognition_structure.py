"""The recognition modules' structure: one table of number words, one rule a form, short modules.

Each test pins a finding of the recognition review so that it does not come back: the clock reads its
numbers from the lexicon, the spelled days are the lexicon's ordinals, a numbered week is read by one
rule, and every recognition module stays under 300 lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.timex import extract_timexes, recognise, times
from timeline.timex.lexicon import parse_number


@pytest.mark.parametrize("word", times._HOUR_WORDS)
def test_clock_hour_words_are_the_lexicon_numbers(word: str) -> None:
    """Every hour a clock names in words is worth what the lexicon says, in any case."""
    assert times._hour_of(word) == times._hour_of(word.capitalize()) == parse_number(word)


@pytest.mark.parametrize(("text", "value"), [
    ("They met at nine thirty a.m.", "2018-11-15T09:30"),
    ("They met at nine-forty-five p.m.", "2018-11-15T21:45"),
    ("They met at a quarter to nine p.m.", "2018-11-15T20:45"),
    ("They met at twenty-five past seven in the evening.", "2018-11-15T19:25"),
    ("They met at 20 minutes to eleven a.m.", "2018-11-15T10:40"),
    ("They met at eleven minutes past six p.m.", "2018-11-15T18:11"),
    ("They met at ten o'clock last night.", "2018-11-14T22:00"),
])
def test_clock_words_read_their_numbers(text: str, value: str) -> None:
    """Hours and minutes in words ("nine thirty", "twenty-five past seven") take the lexicon's counts."""
    assert [t.value for t in extract_timexes(text, dt.date(2018, 11, 15))] == [value]


def test_counted_minutes_need_a_cue() -> None:
    """"ten to five years" counts years, "from a quarter to nine percent" an amount: no clock."""
    assert not [m for m in recognise("He got ten to five years.") if m.rule == "clock-words"]
    assert not [m for m in recognise("It rose from a quarter to nine percent.") if m.rule == "clock-words"]


def _day_ordinals() -> list[tuple[str, int]]:
    from timeline.timex.lexicon import LEXICON
    return [(w, int(v)) for w, v in LEXICON.table("ordinal").items() if w != "last"]


@pytest.mark.parametrize(("word", "day"), _day_ordinals())
def test_spelled_days_are_the_lexicon_ordinals(word: str, day: int) -> None:
    """Every ordinal of the lexicon names its day after a month, hyphenated, spaced or capitalised."""
    for written in {word, word.replace("-", " "), word.title()}:
        found = [m for m in recognise(f"They meet on March {written}, 2019.") if m.rule == "month-spelled-day"]
        assert [(m.value.month, m.value.day) for m in found] == [(3, day)], written


def test_last_is_no_spelled_day() -> None:
    """"last" is an ordinal of the lexicon (the last quarter) but no day of a month."""
    assert not [m for m in recognise("They meet on March last.") if m.rule == "month-spelled-day"]


_WEEK_FORMS = ["week 46", "week 46 of 2018", "week 46, 2018", "week no. 46 of 2018", "wk 46 2018", "Week 12",
               "week 46 of the year", "week 2 of next year", "calendar week 12, 2019", "ISO week 53 of 2020",
               "calendar week 12", "week 54 of the year", "week 7 of 2018", "week 53 of 2018"]


@pytest.mark.parametrize("form", _WEEK_FORMS)
def test_one_week_rule_a_span(form: str) -> None:
    """No span is read by both week rules: which one reads a numbered week never rests on priority or order."""
    from timeline.timex.scan import all_candidates
    spans: dict[tuple[int, int], set[str]] = {}
    for start, end, *_, name in all_candidates(f"It ends in {form}, they said."):
        if name in {"iso-week", "week-number"}:
            spans.setdefault((start, end), set()).add(name)
    assert spans and all(len(names) == 1 for names in spans.values()), spans


@pytest.mark.parametrize(("form", "value"), [
    ("week 46 of 2018", "2018-W46"), ("week 46, 2018", "2018-W46"), ("week 46 of the year", "2018-W46"),
    ("week 2 of next year", "2019-W02"), ("calendar week 12, 2019", "2019-W12"), ("calendar week 50", "2017-W50"),
    ("ISO week 53 of 2020", "2020-W53"),
])
def test_numbered_weeks_read(form: str, value: str) -> None:
    """Each numbered week reads as its ISO week, whichever rule reads it."""
    assert [t.value for t in extract_timexes(f"It ended in {form}.", dt.date(2018, 11, 15))] == [value]


@pytest.mark.parametrize("form", ["week 46", "Week 12", "week 53 of 2018"])
def test_numbered_weeks_without_a_year_give_nothing(form: str) -> None:
    """A week counted in something else ("Week 12" of a season), or one its year lacks, is claimed and gives nothing."""
    assert extract_timexes(f"It ended in {form}.", dt.date(2018, 11, 15)) == []


_RECOGNITION_MODULES = ("absolute", "numeric_dates", "ordinal_days", "dated_weekday", "times", "lexicon", "durations",
                        "false_durations", "isoweek", "periods", "game_periods", "eras", "months", "unitof",
                        "relative", "the_year", "weekday", "overnight", "seasons",
                        "southern_seasons")


@pytest.mark.parametrize("name", _RECOGNITION_MODULES)
def test_recognition_modules_stay_short(name: str) -> None:
    """Each recognition module holds one idea in under 300 lines."""
    from pathlib import Path

    import timeline.timex
    path = Path(timeline.timex.__file__).with_name(f"{name}.py")
    assert len(path.read_text(encoding="utf-8").splitlines()) < 300, path


def test_spliced_rules_keep_their_places() -> None:
    """The rules split out of absolute.py stand in its RULES where they stood: equal matches still rank the same."""
    from timeline.timex import absolute, numeric_dates, ordinal_days
    names = [r.name for r in absolute.RULES]
    assert names[4:4 + len(numeric_dates.RULES)] == [r.name for r in numeric_dates.RULES]
    assert names.index("ordinal-day") == names.index("edge-hyphen") + 1
    assert names[-2:] == ["month-spelled-day", "holiday"]
    assert all(rule in absolute.RULES for rule in ordinal_days.RULES)


def test_month_rules_keep_their_places() -> None:
    """The month-name rules split out to months.py stand together in absolute's RULES, after the year, where they stood."""
    from timeline.timex import absolute, months
    names = [r.name for r in absolute.RULES]
    start = names.index("cued-month")
    assert names[start:start + len(months.RULES)] == [r.name for r in months.RULES]
    assert names[start - 1] == "year" and names[start + len(months.RULES)] == "spelled-year"


def test_year_phrase_rules_keep_their_places() -> None:
    """The rules of the text's year split out to the_year.py stand in relative's RULES where they stood: after the
    period edge, before the weekend."""
    from timeline.timex import relative, the_year
    names = [r.name for r in relative.RULES]
    start = names.index("year-end")
    assert names[start:start + len(the_year.RULES)] == [r.name for r in the_year.RULES]
    assert names[start - 1] == "period-edge" and names[start + len(the_year.RULES)] == "the-weekend"


@pytest.mark.parametrize(("text", "durations"), [
    ("He watched 60 Minutes on the sofa.", []),
    ("A 24-hour store opened.", []),
    ("2019 will be a difficult year.", []),
    ("Troops left on the July 4 weekend.", []),
    ("Three quarters of the troops left.", []),
    ("Costs were cut by a quarter.", []),
    ("The strike lasted a difficult year.", ["P1Y"]),
    ("They held a 24-hour strike.", ["PT24H"]),
    ("Two quarters of the year were lost.", ["P2Q"]),
])
def test_counts_that_tell_no_length_of_time(text: str, durations: list[str]) -> None:
    """The duration rule's refusals (false_durations) refuse only what tells no length of time."""
    found = [t.value for t in extract_timexes(text, dt.date(2018, 11, 15)) if t.type == "DURATION"]
    assert found == durations


@pytest.mark.parametrize("text", ["The Mail on Sunday reported it.", "Shares fell on Black Monday fears.",
                                  "By Jane Doe 3 Min Read"])
def test_claimed_names_give_no_date(text: str) -> None:
    """A newspaper, an event named by its weekday and a reading time claim their span: no weekday, no number."""
    assert extract_timexes(text, dt.date(2018, 11, 15)) == []


@pytest.mark.parametrize("verb", ["said", "warns", "resigned", "hosts"])
def test_may_the_person_is_no_month(verb: str) -> None:
    """"since May said": a verb a person does follows, from verbs.BY_PERSON or absolute's own."""
    assert extract_timexes(f"Nothing changed since May {verb} it.", dt.date(2018, 11, 15)) == []
    assert [t.value for t in extract_timexes("Nothing changed since May prices rose.", dt.date(2018, 11, 15))] \
        == ["2018-05"]


@pytest.mark.parametrize(("text", "with_dct", "without"), [
    ("a difficult years ago.", [("years ago", "PAST_REF")], [("years ago", "PAST_REF")]),
    ("It was a months later.", [("a months later", "FUTURE_REF")], [("a months later", "XXXX-XX")]),
    ("an hours back", [("an hours back", "2018-11-15")], [("an hours back", "XXXX-XX-XX")]),
    ("a full weeks hence", [("weeks", "PXW")], [("weeks", "PXW")]),
])
def test_an_article_before_a_plural_unit_and_its_direction_gives_a_list(text: str, with_dct: list[tuple[str, str]],
                                                                          without: list[tuple[str, str]]) -> None:
    """"a <plural unit> ago": the duration rule's one piece (its article another word's) with a direction after it
    raised in the modifiers (a piece wrapped in a piece); it is read as the singular unit's offset ("a months later"
    is a month later) or, with a word between, as the bare plural's vague reference."""
    assert [(t.text, t.value) for t in extract_timexes(text, dt.date(2018, 11, 15))] == with_dct
    assert [(t.text, t.value) for t in extract_timexes(text, None)] == without
