"""The sentence splitter: offsets, abbreviations, datelines."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from timeline.text import split_sentences

CASES = [
    ("Peskov said on Sunday. Putin met Pence on Nov. 15 in Singapore.",
     ["Peskov said on Sunday.", "Putin met Pence on Nov. 15 in Singapore."]),
    ("Moscow is not blaming U.S. President Donald Trump, Putin said. He left.",
     ["Moscow is not blaming U.S. President Donald Trump, Putin said.", "He left."]),
    ("The E.U. Council met. It ended.", ["The E.U. Council met.", "It ended."]),
    ("Mr. Peskov spoke. Growth was 2.5 percent.", ["Mr. Peskov spoke.", "Growth was 2.5 percent."]),
    ("GENEVA, January 30, 2007 -- On Saturday, the talks ended.", ["On Saturday, the talks ended."]),
    ("NEW YORK (Reuters) - Stocks fell.", ["Stocks fell."]),
    ("US-China talks ended - officials said.", ["US-China talks ended - officials said."]),
    ("Headline here\n\nThe story starts.", ["Headline here", "The story starts."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@given(st.text(max_size=300))
def test_offsets_index_the_text_and_do_not_overlap(text: str) -> None:
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
