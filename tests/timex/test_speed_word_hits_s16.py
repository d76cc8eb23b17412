"""scan_hits._word_hits (session 16): the trigger words read by splitting the letters at their spaces and looking
each word up in a set, each hit then placed by a search from the last one, held to the trie regex it replaced
(_trigger_hits with _TRIGGER) on random texts dense in trigger words, repeated words and words that hold one, and
on any text (hypothesis, with the characters outside ASCII that change the scan's path)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import scan_hits

_PIECES = ["on", "On", "ON", "one", "onto", "may", "May", "dismay", "year", "years", "yearly", "Sunday", "sundays",
           "new", "renew", "a", "day", "today", "days", "week", "weekend", "x", "the", "2018", "10:30", "\u0130",
           "\u212a", "\u00e9", "\u2019"]
_GAPS = [" ", "  ", ", ", "\n", "-", "'", "", ".", "\u00a0"]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randrange(0, 16)))
            for _ in range(count)]


def test_word_hits_are_the_trie_scan_s() -> None:
    texts = _random_texts(1116, 2000)
    found = [scan_hits._word_hits(text) for text in texts]
    assert sum(map(len, found)) > 5000  # texts with many hits, repeated ones side by side, are compared
    for text, hits in zip(texts, found):
        assert hits == scan_hits._trigger_hits(text, scan_hits._TRIGGER), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_GAPS), st.text(max_size=4)), max_size=20)
       .map("".join))
def test_word_hits_of_any_text_are_the_trie_scan_s(text: str) -> None:
    assert scan_hits._word_hits(text) == scan_hits._trigger_hits(text, scan_hits._TRIGGER)
