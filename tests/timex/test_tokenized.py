"""Tokenized text (tokens joined by single spaces) gives what the printed sentence gives, at its own offsets."""

from __future__ import annotations

import datetime as dt
import re
from itertools import groupby

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.timex.extract as extract_module
from timeline.models import Timex
from timeline.timex import TimexSettings, extract_ranges, extract_timexes
from timeline.timex.tokens import _CLOSE, _OPEN, CompactView, compact

# tokenized sentence | DCT | expected text | value | earliest | latest ("-": none). A sentence with
# several rows must give exactly those timexes, in order. Invented sentences, not from any benchmark.
CORPUS = """
Apple launched the store on April 28 , 2003 . | 2008-01-09 | April 28 , 2003 | 2003-04-28 | 2003-04-28 | 2003-04-28
Apple 's shares rose on Oct . 3 . | 2008-01-09 | Oct . 3 | 2007-10-03 | 2007-10-03 | 2007-10-03
He did n't leave until Jan. 5 , 2009 ( a Monday ) . | 2008-01-09 | Jan. 5 , 2009 | 2009-01-05 | 2009-01-05 | 2009-01-05
He did n't leave until Jan. 5 , 2009 ( a Monday ) . | 2008-01-09 | Monday | 2009-01-05 | 2009-01-05 | 2009-01-05
The company 's profit fell 5 % in the fourth quarter , it said on Tuesday . | 2008-01-09 | the fourth quarter | 2007-Q4 | 2007-10-01 | 2007-12-31
The company 's profit fell 5 % in the fourth quarter , it said on Tuesday . | 2008-01-09 | Tuesday | 2008-01-08 | 2008-01-08 | 2008-01-08
They 'll meet again on March 15 . | 2008-01-09 | March 15 | 2008-03-15 | 2008-03-15 | 2008-03-15
We 're opening a store next month ; the last one opened in May 2006 . | 2008-01-09 | next month | 2008-02 | 2008-02-01 | 2008-02-29
We 're opening a store next month ; the last one opened in May 2006 . | 2008-01-09 | May 2006 | 2006-05 | 2006-05-01 | 2006-05-31
Sales rose in 2007 ( up from 2006 ) , the firm said . | 2008-01-09 | 2007 | 2007 | 2007-01-01 | 2007-12-31
Sales rose in 2007 ( up from 2006 ) , the firm said . | 2008-01-09 | 2006 | 2006 | 2006-01-01 | 2006-12-31
The deal , signed Dec. 1 , 2007 , closed two weeks later . | 2008-01-09 | Dec. 1 , 2007 | 2007-12-01 | 2007-12-01 | 2007-12-01
The deal , signed Dec. 1 , 2007 , closed two weeks later . | 2008-01-09 | two weeks later | 2007-W50 | 2007-12-10 | 2007-12-16
It was n't until the 1990s that prices fell . | 2008-01-09 | the 1990s | 199 | 1990-01-01 | 1999-12-31
She 'd left on Sunday , a day before the vote . | 2008-01-09 | Sunday | 2008-01-06 | 2008-01-06 | 2008-01-06
She 'd left on Sunday , a day before the vote . | 2008-01-09 | a day | P1D | - | -
The plant will close by mid-2009 , the union 's leader said yesterday . | 2008-01-09 | mid-2009 | 2009 | 2009-04-01 | 2009-09-30
The plant will close by mid-2009 , the union 's leader said yesterday . | 2008-01-09 | yesterday | 2008-01-08 | 2008-01-08 | 2008-01-08
Shares fell 3 % on Monday ; they rose 2 % on Friday . | 2008-01-09 | Monday | 2008-01-07 | 2008-01-07 | 2008-01-07
Shares fell 3 % on Monday ; they rose 2 % on Friday . | 2008-01-09 | Friday | 2008-01-04 | 2008-01-04 | 2008-01-04
Revenue for fiscal 2007 : $ 4 billion . | 2008-01-09 | fiscal 2007 | 2007 | 2007-01-01 | 2007-12-31
The talks , held Nov. 30 through Dec. 2 , failed . | 2008-01-09 | Nov. 30 | 2007-11-30 | 2007-11-30 | 2007-11-30
The talks , held Nov. 30 through Dec. 2 , failed . | 2008-01-09 | Dec. 2 | 2007-12-02 | 2007-12-02 | 2007-12-02
He arrived on 5 January 2008 , three days before the vote . | 2008-01-09 | 5 January 2008 | 2008-01-05 | 2008-01-05 | 2008-01-05
He arrived on 5 January 2008 , three days before the vote . | 2008-01-09 | three days | P3D | - | -
Oil hit $ 100 a barrel last week , two years after the 2006 peak . | 2008-01-09 | last week | 2008-W01 | 2007-12-31 | 2008-01-06
Oil hit $ 100 a barrel last week , two years after the 2006 peak . | 2008-01-09 | two years | P2Y | - | -
Oil hit $ 100 a barrel last week , two years after the 2006 peak . | 2008-01-09 | 2006 | 2006 | 2006-01-01 | 2006-12-31
Who 'll pay ? The bill is due Feb. 15 . | 2008-01-09 | Feb. 15 | 2008-02-15 | 2008-02-15 | 2008-02-15
Does n't it end in 2010 ? | 2008-01-09 | 2010 | 2010 | 2010-01-01 | 2010-12-31
The index ( which fell 2 % in 2007 ) rose today . | 2008-01-09 | 2007 | 2007 | 2007-01-01 | 2007-12-31
The index ( which fell 2 % in 2007 ) rose today . | 2008-01-09 | today | 2008-01-09 | 2008-01-09 | 2008-01-09
"""

# Tokenized sentences that must give nothing, as their printed forms do.
NEGATIVE = [
    "I may go .", "a second , later", "March on , he said .", "Call 555 - 1234 , he asked ?", "The score was 3 - 1 .",
    "It cost $ 20 , not $ 30 .", "He did n't say ; she wo n't either .",
    "The Sunday Times 's editor ( a Briton ) resigned .",
    "Shares rose 12.5 % , to 200 .", "They 're in Room 2003 .", "Prices fell . . . then rose .",
]


def _date(cell: str) -> dt.date | None:
    return None if cell == "-" else dt.date.fromisoformat(cell)


def _rows() -> list[tuple[str, dt.date, list[tuple[str, str, dt.date | None, dt.date | None]]]]:
    cells = [line.split(" | ") for line in CORPUS.strip().splitlines()]
    return [(text, dt.date.fromisoformat(dct), [(c[2], c[3], _date(c[4]), _date(c[5])) for c in group])
            for (text, dct), group in groupby(cells, key=lambda c: (c[0], c[1]))]


@pytest.mark.parametrize(("text", "dct", "expected"), _rows(), ids=lambda v: v if isinstance(v, str) else "")
def test_corpus(text: str, dct: dt.date, expected: list) -> None:
    found = extract_timexes(text, dct)
    assert [(t.text, t.value, t.earliest, t.latest) for t in found] == expected
    assert all(text[t.start:t.end] == t.text for t in found)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_corpus(text: str) -> None:
    assert extract_timexes(text, dt.date(2008, 1, 9)) == []


def test_ranges_are_mapped_back() -> None:
    text = "The fair runs Nov. 30 through Dec. 1 , 2008 ."
    (found,) = extract_ranges(text, dt.date(2008, 1, 9))
    assert (found.first.text, found.last.text) == ("Nov. 30", "Dec. 1 , 2008")
    assert text[found.last.start:found.last.end] == "Dec. 1 , 2008"
    assert (found.earliest, found.latest) == (dt.date(2008, 11, 30), dt.date(2008, 12, 1))


@pytest.mark.parametrize(("text", "view"), [
    ("April 28 , 2003 .", "April 28, 2003."),
    ("Apple 's and they 're , we 've , he 'll , I 'd , I 'm", "Apple's and they're, we've, he'll, I'd, I'm"),
    ("did n't , DID N'T , ca n't , it ’s", "didn't, DIDN'T, can't, it’s"),
    ("DID N'T", "DIDN'T"),
    ("rose 5 % ( or more ) ; then : [ note ] ! ok ?", "rose 5% (or more); then: [note]! ok?"),
    ('he said , " fine . "', 'he said, " fine. "'),  # a spaced straight quote: opening or closing? left alone
])
def test_compact_drops_only_the_tokenizer_spaces(text: str, view: str) -> None:
    found = compact(text)
    assert found is not None and found.text == view


@pytest.mark.parametrize("text", [
    "She left on May 3, 2009 (a Sunday).", "Prices fell . . . then rose", "at 10 :30", "a  , b", "a ,b",
    "the '90s", "Nov. 30 - Dec. 1", "can not", "U.S. .", "", "\n,", "a .5 rise", "( \n", "x 'sup",
])
def test_printed_text_has_no_view(text: str) -> None:
    assert compact(text) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ,.;:?!%()[]'’sntdmlrvNTS1a\n\"-", max_size=40))
def test_view_keeps_every_character_but_dropped_spaces_in_order(text: str) -> None:
    view = compact(text) or CompactView(text, ())
    where = [view.offset(i) for i in range(len(view.text))]
    assert all(view.text[i] == text[at] for i, at in enumerate(where))
    assert where == sorted(set(where))
    assert all(text[at] == " " for at in set(range(len(text))) - set(where))
    assert len(text) - len(view.text) == len(view.cuts)
    # the shortcuts (a cheap first look, the scan from its hit, "( " in text) drop what the full rules drop
    rules = sorted({m.start() for m in _CLOSE.finditer(text)} | {m.start() + 1 for m in _OPEN.finditer(text)})
    if compact(text) is None:
        assert _CLOSE.search(text) is None
    else:
        assert sorted(set(range(len(text))) - set(where)) == rules


# The law. A printed sentence and its tokenization (what a CoNLL / PTB tokenizer prints) give the same
# readings, and each timex of the tokenized text is at the place the tokenizer moved the printed one to.
DATES = ["April 28, 2003", "Oct. 3", "Jan. 5, 2009", "May 2007", "2003", "last week", "two days ago", "the 1990s",
         "Monday", "next year", "March 15", "Dec. 1, 2008", "mid-2009", "the fourth quarter", "three years",
         "Nov. 30", "yesterday", "fiscal 2007", "5 January 2008", "spring 2006", "Nov. 30 through Dec. 2"]
CLAUSES = ["Apple's shares rose", "He didn't leave", "they'll meet", "the company said", "prices fell 5%",
           "she'd left", "we're open", "it wasn't sold", "the firm's chief quit", "sales can't grow", "I may go"]
PREPOSITIONS = ["on ", "in ", "until ", "by ", "since ", ""]
_ABBREVIATIONS = {"Jan", "Feb", "Oct", "Nov", "Dec"}
_CLITIC = re.compile(r"(?i)(?:n't|'s|'ll|'re|'ve|'d|'m)$")

part = st.one_of(
    st.sampled_from(CLAUSES),
    st.builds(lambda p, d: p + d, st.sampled_from(PREPOSITIONS), st.sampled_from(DATES)),
    st.builds(lambda d: f"({d})", st.sampled_from(DATES)),
)
sentences = st.builds(
    lambda parts, glue, stop: "".join(p + g for p, g in zip(parts, glue)) + stop,
    st.lists(part, min_size=1, max_size=4), st.lists(st.sampled_from([" ", ", ", "; ", ": "]), min_size=4,
                                                      max_size=4),
    st.sampled_from([".", "?", "!"]),
).map(lambda s: re.sub(r"[,;: ]+([.?!])$", r"\1", s))


def tokenize(printed: str, split_abbreviations: bool) -> tuple[str, dict[int, int]]:
    """``printed`` as a tokenizer prints it, and where each non-space character went."""
    pieces: list[tuple[str, int]] = []
    for word in re.finditer(r"\S+", printed):
        core, at = word.group(), word.start()
        head, tail = [], []
        while core.startswith("("):
            head.append(("(", at))
            core, at = core[1:], at + 1
        while core and core[-1] in ",.;:?!)%":
            if core[-1] == "." and core[:-1] in _ABBREVIATIONS and not split_abbreviations:
                break  # PTB keeps "Oct." whole; CoNLL files often split it
            tail.insert(0, (core[-1], at + len(core) - 1))
            core = core[:-1]
        clitic = _CLITIC.search(core)
        if clitic and clitic.start() > 0:
            tail.insert(0, (clitic.group(), at + clitic.start()))
            core = core[:clitic.start()]
        pieces += head + ([(core, at)] if core else []) + tail
    where, out = {}, 0
    for token, at in pieces:
        where.update({at + k: out + k for k in range(len(token))})
        out += len(token) + 1
    return " ".join(token for token, _ in pieces), where


def _reading(timex: Timex) -> tuple:
    return timex.value, timex.type, timex.earliest, timex.latest, timex.granularity, timex.mod


def check_law(printed: str, dct: dt.date | None, split_abbreviations: bool,
              options: TimexSettings | None = None) -> None:
    tokenized, where = tokenize(printed, split_abbreviations)
    assert compact(printed) is None  # the printed sentence takes today's path, untouched
    plain, tokens = extract_timexes(printed, dct, settings=options), extract_timexes(tokenized, dct, settings=options)
    assert [_reading(t) for t in tokens] == [_reading(t) for t in plain]
    for was, timex in zip(plain, tokens):
        assert timex.text == tokenized[timex.start:timex.end]
        assert (timex.start, timex.end) == (where[was.start], where[was.end - 1] + 1)


@settings(max_examples=200, deadline=None)
@given(sentences, st.one_of(st.none(), st.dates(dt.date(1995, 1, 1), dt.date(2015, 12, 31))), st.booleans(),
       st.sampled_from([None, TimexSettings(anchoring="narrative")]))
def test_tokenizing_changes_no_reading_and_spans_follow_the_words(printed: str, dct: dt.date | None, split: bool,
                                                                  options: TimexSettings | None) -> None:
    check_law(printed, dct, split, options)


_WITNESS = ("He didn't leave until Jan. 5, 2009 (a Monday).", dt.date(2008, 1, 9), True)


def test_the_law_holds_on_its_witness() -> None:
    check_law(*_WITNESS)


def test_the_law_fails_when_spans_stay_in_the_view(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "_mapped", lambda timex, text, view: timex)
    with pytest.raises(AssertionError):
        check_law(*_WITNESS)


def test_the_law_fails_when_a_span_ends_after_a_dropped_space(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CompactView, "span", lambda self, start, end: (self.offset(start), self.offset(end)))
    with pytest.raises(AssertionError):
        check_law("It opened on April 28, 2003.", dt.date(2008, 1, 9), False)
