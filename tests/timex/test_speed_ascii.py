"""The searches for rare characters outside ASCII read only the text's characters outside ASCII.

:func:`timeline.timex.patterns.outside_ascii` keeps those characters of a text, in
order, through its UTF-8 bytes; :func:`~timeline.timex.patterns.narrow`, the
trigger scan's test for the two capitals that lower-case to ASCII letters and
:func:`~timeline.timex.tokens.readable`'s test for odd spaces, hyphens and
invisible characters each search that instead of the whole text. These tests
hold each one to the search over the whole text it replaces, on texts mixing
ASCII, typographic punctuation, letters, spaces and lone surrogates.
"""

from __future__ import annotations

import importlib
import re
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from timeline.timex import scan_hits
from timeline.timex.lexicon import word_pattern
from timeline.timex.patterns import _WIDE, narrow, outside_ascii
from timeline.timex.tokens import _ODD, readable


# what a text outside ASCII is made of: typographic quotes and dashes, accented and folding letters, Unicode
# spaces, hyphens and invisible characters, a lone surrogate, and any character at all
_ODD_ONES = "\u2019\u201c\u201d\u2013\u2014\u00e9\u00a0\u2009\u2011\u200b\u00ad\u0130\u212a\u017f\u0131\ud800\udfff\U0001f600"
TEXTS = st.lists(st.one_of(st.sampled_from(["Nov. 18", " ", "it's", "\n", "2018", "Sunday", "x"]),
                           st.sampled_from(list(_ODD_ONES)), st.characters()), max_size=30).map("".join)


@given(TEXTS)
def test_outside_ascii_keeps_each_character_outside_ascii_in_order(text: str) -> None:
    assert outside_ascii(text) == "".join(c for c in text if not c.isascii())


@given(TEXTS)
def test_narrow_reads_as_the_search_over_the_whole_text(text: str) -> None:
    assert narrow(text) == (_WIDE.search(text) is None)


@given(TEXTS)
def test_the_trigger_scan_lower_cases_as_the_text_does(text: str) -> None:
    # the byte scan's hits are those of the regex over the lower-cased text it stands for
    words = re.compile(word_pattern(scan_hits._TRIGGER_WORDS))
    slow = [(m.start(), m.end(), m.group()) for m in words.finditer(text.lower())]
    assert len(text.lower()) != len(text) or scan_hits._trigger_hits(text, scan_hits._TRIGGER) == slow


def test_the_odd_characters_all_lie_outside_ascii() -> None:
    # readable() looks for them only among the text's characters outside ASCII
    assert all(not chr(code).isascii() for code in range(0x110000) if _ODD.match(chr(code)))
    assert not any(_ODD.match(chr(code)) for code in range(128))


@given(TEXTS)
def test_readable_reads_as_with_the_search_over_the_whole_text(text: str) -> None:
    tokens = importlib.import_module("timeline.timex.tokens")
    fast = readable(text)
    with mock.patch.object(tokens, "outside_ascii", lambda whole: whole):  # the search over the whole text
        slow = readable(text)
    assert (fast is None, fast and (fast.text, fast.cuts)) == (slow is None, slow and (slow.text, slow.cuts))
