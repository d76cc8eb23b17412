"""Spacing invariance: Unicode spaces, hyphens, zero-width characters and hard wraps change no reading.

A text written with a no-break space, a narrow or thin space, a non-breaking hyphen, a zero-width
space or a soft hyphen gives the timexes of the same text written with ASCII spaces and hyphens (and
without the invisible characters), with spans and words in the text given.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import groupby

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.timex.extract as extract_module
import timeline.timex.tokens as tokens_module
from timeline.anchor import anchor_document
from timeline.models import Document, Timex
from timeline.timex import TimexSettings, extract_ranges, extract_timexes
from timeline.timex.tokens import CompactView, compact, readable

DCT = dt.date(2018, 11, 19)

# text | expected text | value | earliest | latest ("-": none), all with DCT 2018-11-19. Escapes are decoded, so
# "\u00a0" is a no-break space; a line break is written "\\n". A text with several rows gives exactly those
# timexes, in order. Invented sentences, not from any benchmark.
CORPUS = """
They met on Nov.\u00a018, 2018. | Nov.\u00a018, 2018 | 2018-11-18 | 2018-11-18 | 2018-11-18
They met last\u00a0week. | last\u00a0week | 2018-W46 | 2018-11-12 | 2018-11-18
The talks will run Nov.\u00a030\u2013Dec.\u00a01. | Nov.\u00a030 | 2018-11-30 | 2018-11-30 | 2018-11-30
The talks will run Nov.\u00a030\u2013Dec.\u00a01. | Dec.\u00a01 | 2018-12-01 | 2018-12-01 | 2018-12-01
They met on 18\u202fNovember 2018. | 18\u202fNovember 2018 | 2018-11-18 | 2018-11-18 | 2018-11-18
Talks will resume on 2018\u201111\u201130. | 2018\u201111\u201130 | 2018-11-30 | 2018-11-30 | 2018-11-30
They met on November\\n18, 2018. | November\\n18, 2018 | 2018-11-18 | 2018-11-18 | 2018-11-18
The plant closed on 5\u2009March 2017. | 5\u2009March 2017 | 2017-03-05 | 2017-03-05 | 2017-03-05
It will reopen in\u2007mid\u20112019. | mid\u20112019 | 2019 | 2019-04-01 | 2019-09-30
Sales fell in the third\u2002quarter. | the third\u2002quarter | 2018-Q3 | 2018-07-01 | 2018-09-30
She left two\u205fdays\u3000ago. | two\u205fdays\u3000ago | 2018-11-17 | 2018-11-17 | 2018-11-17
The vote is on Novem\u00adber\u00a025. | Novem\u00adber\u00a025 | 2018-11-25 | 2018-11-25 | 2018-11-25
\ufeffThey met yester\u200bday. | yester\u200bday | 2018-11-18 | 2018-11-18 | 2018-11-18
Prices rose in Oct\u200c.\u200d 2017 and again this\u2060 year. | Oct\u200c.\u200d 2017 | 2017-10 | 2017-10-01 | 2017-10-31
Prices rose in Oct\u200c.\u200d 2017 and again this\u2060 year. | this\u2060 year | 2018 | 2018-01-01 | 2018-12-31
The firm was founded in the 1990s\u00a0\u2011\u00a0not in 2001. | the 1990s | 199 | 1990-01-01 | 1999-12-31
The firm was founded in the 1990s\u00a0\u2011\u00a0not in 2001. | 2001 | 2001 | 2001-01-01 | 2001-12-31
It opened on April\u00a028\u00a0, 2003\u00a0. | April\u00a028\u00a0, 2003 | 2003-04-28 | 2003-04-28 | 2003-04-28
The share\u200b 's price fell on Monday\u00a0. | Monday | 2018-11-19 | 2018-11-19 | 2018-11-19
Leaders will meet again at the summit on Nov.\\n30, the ministers said. | Nov.\\n30 | 2018-11-30 | 2018-11-30 | 2018-11-30
The ministers of the two countries met on\\r\\nSunday to talk. | Sunday | 2018-11-18 | 2018-11-18 | 2018-11-18
It ends on 2018\u221212\u221231. | 2018\u221212\u221231 | 2018-12-31 | 2018-12-31 | 2018-12-31
Talks open 30\u00a0November\u2009\u2013\u20091\u00a0December. | 30\u00a0November | 2018-11-30 | 2018-11-30 | 2018-11-30
Talks open 30\u00a0November\u2009\u2013\u20091\u00a0December. | 1\u00a0December | 2018-12-01 | 2018-12-01 | 2018-12-01
"""

# Texts that must give nothing, as their ASCII forms do.
NEGATIVE = [
    "I\u00a0may go.", "March\u00a0on, he said", "Wait a\u202fsecond, he said.", "Call 555\u20111234, he said.", "The score was 3\u20111.",
    "It fell to \u22125 degrees.", "The Sunday\u00a0Times editor quit.", "Room\u00a02003\u00a0is shut.", "\u200b\u00ad\ufeff",
    "He said\u2009:\u2009fine.", "They may\u200b march\u00a0on, he said.",
]


def _date(cell: str) -> dt.date | None:
    return None if cell == "-" else dt.date.fromisoformat(cell)


def _rows() -> list[tuple[str, list[tuple[str, str, dt.date | None, dt.date | None]]]]:
    # a line break in a text is written "\\n" (and "\\r"), so that each row stays on one line
    cells = [line.replace("\\n", "\n").replace("\\r", "\r").split(" | ") for line in CORPUS.strip().split("\n")]
    return [(text, [(c[1], c[2], _date(c[3]), _date(c[4])) for c in group])
            for text, group in groupby(cells, key=lambda c: c[0])]


def test_corpus_parses_every_line() -> None:
    assert sum(len(expected) for _, expected in _rows()) == 24


@pytest.mark.parametrize(("text", "expected"), _rows(), ids=lambda v: repr(v)[:40] if isinstance(v, str) else "")
def test_corpus(text: str, expected: list) -> None:
    found = extract_timexes(text, DCT)
    assert [(t.text, t.value, t.earliest, t.latest) for t in found] == expected
    assert all(text[t.start:t.end] == t.text for t in found)


@pytest.mark.parametrize("text", NEGATIVE, ids=repr)
def test_negative_corpus(text: str) -> None:
    assert extract_timexes(text, DCT) == []


def test_ranges_are_read_and_mapped_back() -> None:
    text = "The talks will run Nov.\u00a030\u2013Dec.\u00a01."
    (found,) = extract_ranges(text, DCT)
    assert (found.first.text, found.last.text) == ("Nov.\u00a030", "Dec.\u00a01")
    assert (found.earliest, found.latest) == (dt.date(2018, 11, 30), dt.date(2018, 12, 1))


@pytest.mark.parametrize(("text", "value"), [
    ("MOSCOW,\u00a0November 18. /TASS/. Talks began.", "XXXX-11-18"),
    ("WASHINGTON,\u00a0Nov.\u202f18,\u00a02018\u00a0-- The leaders met.", "2018-11-18"),
    ("\ufeffNov\u00a018 (Reuters)\u00a0- Talks began.", "XXXX-11-18"),
    # a headline line ending in a word: joined to the dateline, it would hide it
    ("Leaders meet in the capital for talks today\nMOSCOW, November 18. /TASS/. Talks began.", "XXXX-11-18"),
])
def test_datelines_with_unicode_spaces(text: str, value: str) -> None:
    dct = anchor_document(Document(id="a", source="a", text=text))
    assert (dct.value, dct.basis) == (value, "dateline")


# Line breaks. A hard-wrapped paragraph reads as one line; a blank line, a heading, a list item or a
# table row keeps its break. Each case: the text, and the ASCII text it must read as.
WRAPS = [
    ("The two leaders met in the capital on November\n18, 2018, and again in\nDecember.",
     "The two leaders met in the capital on November 18, 2018, and again in December."),
    ("The ministers met on Nov.\n30 and left.", "The ministers met on Nov. 30 and left."),
    ("The two leaders met in the capital of the country on 18\nNovember.",
     "The two leaders met in the capital of the country on 18 November."),
    ("The ministers met on Thursday\r\nand left on\r\nFriday.", "The ministers met on Thursday  and left on  Friday."),
    # format=flowed mail: a space ends each wrapped line
    ("The two leaders met in the capital on \r\n18 November, and left on the \nnext day.",
     "The two leaders met in the capital on   18 November, and left on the  next day."),
    ("The ministers met again on Nov.\t\n30.", "The ministers met again on Nov.\t 30."),
    # a headline, then the date line: joined, the date reads the same
    ("Storm hits the coast\nNovember 18, 2018", "Storm hits the coast November 18, 2018"),
]
KEPT = [
    "Friday\n18 people died.",  # a one-word line: a heading or a list item, not "Friday 18"
    "In March\n2 teams advanced.",  # two words: not "March 2"
    "They met on November\n\n18 people came.",  # a blank line is a paragraph break
    "They met on November\n \n18 people came.",
    "Schedule:\nMonday: talks\nTuesday: vote",
    "The talks ended on Nov. 18\n- Nov. 19: the vote",  # a bullet
    "The talks ended on Friday.\n18 people signed.",  # a sentence's end
    "The talks ended in Washington, D.C.\n18 people signed.",  # a full stop that is no month's
    "Total dead: 192\nAmericans: 12\nInjured: 4,877",  # a table's rows
    "The talks ended on Friday. \n18 people signed.",  # a sentence's end, then a space
    "They met on November\u00a0\n18, 2018.",  # a no-break space keeps the line's end
    "Arsenal 2 Chelsea 1\nMay 5: Everton 3 Fulham 0",  # not "1 May"
    "The talks ended on Friday\n\u201818 people signed\u2019",  # a quote starts the next line
    "Talks on Monday\nVote on Tuesday",  # two headings (headlines.is_heading): each line ends (session 11)
]


@pytest.mark.parametrize(("text", "plain"), WRAPS)
def test_hard_wraps_read_as_spaces(text: str, plain: str) -> None:
    view = readable(text)
    assert view is not None and view.text == plain
    assert [_reading(t) for t in extract_timexes(text, DCT)] == [_reading(t) for t in extract_timexes(plain, DCT)]


@pytest.mark.parametrize("text", KEPT)
def test_meant_line_breaks_stay(text: str) -> None:
    view = readable(text)
    assert view is None or view.text.count("\n") == text.count("\n")


def test_kept_breaks_give_what_they_gave() -> None:
    assert [(t.text, t.value) for t in extract_timexes(KEPT[0], DCT)] == [("Friday", "2018-11-16")]
    assert [(t.text, t.value) for t in extract_timexes(KEPT[1], DCT)] == [("March", "2018-03")]


def test_without_wraps_line_breaks_stay() -> None:
    assert readable("They met on November\n18, 2018.", wraps=False) is None
    view = readable("They met on\u00a0November\n18, 2018.", wraps=False)
    assert view is not None and view.text == "They met on November\n18, 2018."


@pytest.mark.parametrize("text", ["", "April 28, 2003.", "a\nb", "It opened on April 28 , 2003 .", "x 'sup\n( \n"])
def test_ascii_text_without_wraps_takes_compacts_path(text: str) -> None:
    assert readable(text) == compact(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ,.;:?!%()[]'’sntdmlrvNTS1a\"-", max_size=40))
def test_text_on_one_line_without_odd_characters_gets_the_tokenizer_view(text: str) -> None:
    assert readable(text) == compact(text)


ODD = "\u00a0\u202f\u2009\u2007\u2000\u2003\u200a\u205f\u3000\u2010\u2011\u2012\u2212\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ,.;:?!()'sntN1a-\n\r" + ODD, max_size=40), st.booleans())
def test_view_keeps_every_character_but_dropped_ones_in_order(text: str, wraps: bool) -> None:
    view = readable(text, wraps=wraps) or CompactView(text, ())
    where = [view.offset(i) for i in range(len(view.text))]
    assert where == sorted(set(where)) and all(0 <= at < len(text) for at in where)
    plain = {**dict.fromkeys("\u00a0\u202f\u2009\u2007\u2000\u2003\u200a\u205f\u3000", " "),
             **dict.fromkeys("\u2010\u2011\u2012\u2212", "-"), "\n": " \n", "\r": " \r"}
    assert all(view.text[i] in plain.get(text[at], text[at]) for i, at in enumerate(where))
    dropped = set(range(len(text))) - set(where)
    # only invisible characters and spaces (a tokenizer's, or a Unicode one made plain) are dropped
    assert all(text[at] in _INVISIBLE or plain.get(text[at], text[at]) == " " for at in dropped)
    assert all(at in dropped for at, char in enumerate(text) if char in _INVISIBLE)
    assert len(text) - len(view.text) == len(view.cuts)


# The law. A date sentence written with ASCII spaces and hyphens, and the same sentence with random Unicode
# spaces for its spaces, non-breaking hyphens for its hyphens and zero-width characters put in anywhere, give the
# same readings, each at the place the characters moved its words to.
DATES = ["April 28, 2003", "Oct. 3", "Jan. 5, 2009", "May 2007", "2003", "last week", "two days ago", "the 1990s",
         "Monday", "next year", "March 15", "Dec. 1, 2008", "mid-2009", "the fourth quarter", "three years",
         "2008-11-30", "yesterday", "fiscal 2007", "5 January 2008", "spring 2006", "Nov. 30-Dec. 2",
         "early-2010", "from 2004 to 2006", "the first half of 2005", "a week later", "15:00 GMT Saturday"]
CLAUSES = ["shares rose", "he did not leave", "they will meet", "the company said", "prices fell 5%", "she had left",
           "we are open", "it was sold", "the long-time chief quit", "sales can't grow", "I may go", "March on"]
PREPOSITIONS = ["on ", "in ", "until ", "by ", "since ", ""]
SPACES = ["\u00a0", "\u202f", "\u2009", "\u2007", "\u2002", "\u2003", "\u200a", "\u205f", "\u3000"]
HYPHENS = ["\u2011", "\u2010"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]

part = st.one_of(
    st.sampled_from(CLAUSES),
    st.builds(lambda p, d: p + d, st.sampled_from(PREPOSITIONS), st.sampled_from(DATES)),
    st.builds(lambda d: f"({d})", st.sampled_from(DATES)),
)
sentences = st.builds(
    lambda parts, glue, stop: "".join(p + g for p, g in zip(parts, glue)) + stop,
    st.lists(part, min_size=1, max_size=4),
    st.lists(st.sampled_from([" ", ", ", "; ", " - ", " , "]), min_size=4, max_size=4),  # " , ": a tokenizer's
    st.sampled_from([".", "?", "!", " ."]),
).map(lambda s: re.sub(r"[-,; ]+( ?[.?!])$", r"\1", s).capitalize())


@st.composite
def respaced(draw: st.DrawFn, printed: str) -> tuple[str, dict[int, int]]:
    """``printed`` with odd spaces, hyphens and invisible characters, and where each character went."""
    out: list[str] = []
    where: dict[int, int] = {}
    for at, char in enumerate(printed):
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(INVISIBLE)))
        if char == " " and draw(st.booleans()):
            char = draw(st.sampled_from(SPACES))
        elif char == "-" and draw(st.booleans()):
            char = draw(st.sampled_from(HYPHENS))
        where[at] = len(out)
        out.append(char)
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(INVISIBLE)))
    return "".join(out), where


def _reading(timex: Timex) -> tuple:
    return timex.value, timex.type, timex.earliest, timex.latest, timex.granularity, timex.mod


def check_law(printed: str, written: str, where: dict[int, int], dct: dt.date | None,
              options: TimexSettings | None = None) -> None:
    plain, odd = extract_timexes(printed, dct, settings=options), extract_timexes(written, dct, settings=options)
    assert [_reading(t) for t in odd] == [_reading(t) for t in plain]
    for was, timex in zip(plain, odd):
        assert timex.text == written[timex.start:timex.end]
        assert (timex.start, timex.end) == (where[was.start], where[was.end - 1] + 1)


@settings(max_examples=200, deadline=None)
@given(st.data(), sentences, st.one_of(st.none(), st.dates(dt.date(1995, 1, 1), dt.date(2015, 12, 31))),
       st.sampled_from([None, TimexSettings(anchoring="narrative")]))
def test_odd_spacing_changes_no_reading_and_spans_follow_the_words(data: st.DataObject, printed: str,
                                                                  dct: dt.date | None,
                                                                  options: TimexSettings | None) -> None:
    assert printed.isascii() and readable(printed) == compact(printed)
    written, where = data.draw(respaced(printed))
    check_law(printed, written, where, dct, options)


@settings(max_examples=100, deadline=None)
@given(st.data(), st.lists(sentences, min_size=2, max_size=4), st.dates(dt.date(1995, 1, 1), dt.date(2015, 12, 31)))
def test_a_hard_wrap_changes_no_reading(data: st.DataObject, paragraph: list[str], dct: dt.date) -> None:
    printed = " ".join(paragraph)
    spaces = [m.start() for m in re.finditer(" ", printed)]
    at = data.draw(st.sampled_from(spaces))
    written = printed[:at] + "\n" + printed[at + 1:]
    view = readable(written)
    if view is None or "\n" in view.text:  # a break the view keeps: a sentence's end, a short line
        return
    check_law(printed, written, {i: i for i in range(len(printed))}, dct)


_WITNESS = ("He left on Jan. 5, 2009, two days after mid-2008.",
            "He\u00a0left on Jan.\u200b 5,\u202f2009\u200b, two\u2009days after mid\u20112008.")


def _witness() -> tuple[str, str, dict[int, int], dt.date]:
    printed, written = _WITNESS
    # the ASCII characters of the printed sentence, in order, skipping the invisible ones of the written one
    where = dict(enumerate(at for at, char in enumerate(written) if char not in _INVISIBLE))
    return printed, written, where, dt.date(2009, 3, 1)


def test_the_law_holds_on_its_witness() -> None:
    check_law(*_witness())


def test_the_law_fails_when_spans_stay_in_the_view(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "_mapped", lambda timex, text, view: timex)
    with pytest.raises(AssertionError):
        check_law(*_witness())


def test_the_law_fails_when_invisible_characters_are_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens_module, "_dropped", lambda positions: ())
    with pytest.raises(AssertionError):
        check_law(*_witness())


def _built(pairs: list[tuple[str, str]]) -> tuple[str, str, dict[int, int]]:
    """A printed and a written text from pieces of each (same length, or a printed piece empty), and the map."""
    printed, written, where = "", "", {}
    for was, now in pairs:
        if was:
            where.update({len(printed) + k: len(written) + k for k in range(len(was))})
        printed, written = printed + was, written + now
    return printed, written, where


def test_the_law_fails_when_the_two_views_are_not_composed(monkeypatch: pytest.MonkeyPatch) -> None:
    # invisible characters (the outer view) before a tokenizer's spaces (the inner one)
    printed, written, where = _built([("It", "It"), ("", "\u200b\u00ad"), (" opened on April ", " opened on April\u00a0"),
                                      ("28", "28"), ("", " "), (", 2003", ",\u202f2003"), ("", " "),
                                      (", and closed in 2009", ", and closed in 2009"), ("", " "), (".", ".")])
    check_law(printed, written, where, dt.date(2009, 3, 1))
    monkeypatch.setattr(tokens_module, "_then", lambda outer, inner: inner)
    with pytest.raises(AssertionError):
        check_law(printed, written, where, dt.date(2009, 3, 1))
