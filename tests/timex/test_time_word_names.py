"""The table of well-known names that hold a time word (timeline/timex/resources/names_with_time_words.tsv) and its
reader (timeline.timex.time_word_names): every name gives nothing where it is written as a name, in running text
and in a heading in Title Case or ALL CAPS, possessive or not; a name needing a cue is none without it; a name
written small is none. The corpus rows beside it are time_word_names.tsv (run by test_corpora.py). None of the
sentences comes from a benchmark. DCT: Thursday 2018-11-15.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib.resources import files

import pytest

from timeline.timex import extract_timexes
from timeline.timex.time_word_names import _ENTRIES, Entry, drop_named, heading_names, key, named

_DCT = dt.date(2018, 11, 15)
_KINDS = {"newspaper", "programme", "film", "novel", "play", "poem", "song", "company", "band", "race", "person",
          "place", "river", "comic"}
_CUES = {"-", "heading", "opening", "always"}


def _rows() -> list[list[str]]:
    text = files("timeline.timex.resources").joinpath("names_with_time_words.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


ENTRIES = sorted(_ENTRIES.values(), key=lambda e: e.name)


def test_every_row_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 60
    assert all(len(row) == 5 for row in rows)
    assert {row[1] for row in rows} <= _KINDS
    assert {row[2] for row in rows} <= _CUES
    assert len({key(row[0]) for row in rows}) == len(rows), "two rows of one name"
    # a name that needs a cue has one
    assert all(row[3] != "-" or row[4] != "-" for row in rows if row[2] != "-")


def _cue(entry: Entry) -> tuple[str, str]:
    """Words before and after the name that give it the cue it needs (none when it needs none)."""
    if entry.cue == "-":
        return "", ""
    row = next(r for r in _rows() if r[0] == entry.name)
    before, after = row[3].split("|")[0], row[4].split("|")[0]
    words = {"@media": "show", "@film": "remake", "@work": "the film", "@column": "in Tech"}
    if after != "-":
        return "", words.get(after, after)
    return words.get(before, before), ""


def _overlapping(text: str, start: int, end: int) -> list[str]:
    return [t.text for t in extract_timexes(text, _DCT) if t.start < end and start < t.end]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_a_name_in_running_text_gives_nothing(entry: Entry) -> None:
    before, after = _cue(entry)
    head = f"Critics said {before} ".replace("  ", " ")
    text = f"{head}{entry.name} {after} was news.".replace("  ", " ")
    assert _overlapping(text, len(head), len(head) + len(entry.name)) == []


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_a_possessive_name_gives_nothing(entry: Entry) -> None:
    before, after = _cue(entry)
    if after:
        pytest.skip("the cue follows the name")
    head = f"Critics said {before} ".replace("  ", " ")
    text = f"{head}{entry.name}'s fans cheered."
    assert _overlapping(text, len(head), len(head) + len(entry.name)) == []


@pytest.mark.parametrize("entry", [e for e in ENTRIES if " " in e.name], ids=lambda e: e.name)
def test_a_name_of_words_in_capitals_gives_nothing_in_running_text(entry: Entry) -> None:
    before, after = _cue(entry)
    head = f"Critics said {before} ".replace("  ", " ")
    text = f"{head}{entry.name.upper()} {after} was news.".replace("  ", " ")
    assert _overlapping(text, len(head), len(head) + len(entry.name)) == []


def _title(words: str) -> str:
    return " ".join(w if not w[:1].isalpha() else w[0].upper() + w[1:] for w in words.split())


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
@pytest.mark.parametrize("case", ["title", "upper"])
def test_a_name_in_a_heading_gives_nothing(entry: Entry, case: str) -> None:
    before, after = _cue(entry)
    line = " ".join(w for w in (before, entry.name, after, "Wins Praise") if w)
    line = _title(line) if case == "title" else line.upper()
    start = line.upper().index(entry.name.upper())
    assert _overlapping(line, start, start + len(entry.name)) == []


@pytest.mark.parametrize("entry", [e for e in ENTRIES if any(w[0].isupper() for w in e.name.split()[1:])
                                   or e.cue != "-"], ids=lambda e: e.name)
def test_a_name_written_small_is_no_name(entry: Entry) -> None:
    text = f"Critics said {entry.name.lower()} was news."
    assert named(text) == []


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.cue == "always"], ids=lambda e: e.name)
def test_a_name_needing_a_cue_is_none_without_it(entry: Entry) -> None:
    assert named(f"Critics said {entry.name} was news.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("The Mail On Sunday and the Independent on Sunday agreed.", ["Mail On Sunday", "Independent on Sunday"]),
    ("He read the Mail on Sunday\u2019s report.", ["Mail on Sunday"]),
    ("TGI Friday\u2019s opened.", ["TGI Friday\u2019s"]),
    ("He read the Sunday Times-owned paper.", []),  # a hyphen goes on with the word: no name ends there
    ("SundayTimes", []),
    ("the Today show", ["Today"]),
    ("Today, the show aired.", []),
    ("Aired on CBS's 60 Minutes.", ["60 Minutes"]),
    ("It took 60 Minutes to drive.", []),
])
def test_names_found(text: str, names: list[str]) -> None:
    assert [found for found, _ in named(text)] == names


def test_heading_names_keep_the_tables_capitals_and_the_lines_length() -> None:
    line = "SEVEN DAYS IN  MAY REMAKE PLANNED"
    [(start, end, written)] = heading_names(line)
    assert (start, end, written) == (0, 18, "Seven Days in  May")
    assert heading_names("Talks Resume This Week") == []


def test_drop_named_keeps_the_list_when_no_name_is_near() -> None:
    candidates = [(11, 17, "Monday")]
    assert drop_named("He left on Monday.", candidates) is candidates


@pytest.mark.parametrize(("text", "values"), [
    ("He read the Mail on Sunday on Monday.", ["2018-11-12"]),
    ("The Sunday Times said on Friday that prices rose.", ["2018-11-09"]),
    ("They meet on Sunday morning.", ["2018-11-18TMO"]),
    ("They meet this week.", ["2018-W46"]),
    ("on Independence Day we marched.", ["2018-07-04"]),
    ("The days after tomorrow's vote matter.", ["2018-11-16"]),
])
def test_ordinary_readings_survive(text: str, values: list[str]) -> None:
    assert [t.value for t in extract_timexes(text, _DCT)] == values


def test_no_entry_is_a_single_small_word() -> None:
    assert not any(re.fullmatch(r"[a-z]+", e.name) for e in ENTRIES)
