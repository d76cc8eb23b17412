"""names.py's searched lookback patterns, rewritten to open with their capital (scanned for in C) where they opened
with a lookbehind, held to the old patterns on random text: the same matches and groups, at any search window."""

from __future__ import annotations

import random
import re

from timeline.timex.names import _NAME_BEFORE_YEAR, _POSSESSOR_BEFORE

_OLD_NAME_BEFORE_YEAR = re.compile(r"(?<![\w.'\u2019&-])([A-Z][a-z]+)[ \t]$")
_OLD_POSSESSOR_BEFORE = re.compile(r"(?<![\w.'\u2019&-])[A-Z][a-z]+['\u2019]s[ \t]$")
_PIECES = ("Tokyo", "Kopp's", "Kopp\u2019s", "A", "Ab", "x", "s", ".", "-", "&", "'", "\u2019", " ", " ", "\t", "\n", "_", "1")


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> object:
    m = pattern.search(text, start, end)
    return m and (m.span(), m.groups())


def test_lookbacks_as_before() -> None:
    rng = random.Random(11)
    hits = 0
    for _ in range(100000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 8))) + rng.choice(("", "Tokyo ", "Kopp's "))
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        for new, old in ((_NAME_BEFORE_YEAR, _OLD_NAME_BEFORE_YEAR), (_POSSESSOR_BEFORE, _OLD_POSSESSOR_BEFORE)):
            assert _found(new, text, start, end) == _found(old, text, start, end), (text, start, end)
            hits += _found(old, text, start, end) is not None
    assert hits > 500  # matches, not only misses, are compared
