"""scan_hits._shape_matches: the shape scan tried only where a search on the text's bytes finds a digit or apostrophe
followed by what a shape holds next, held to the scan over every character (_SHAPE.finditer) on random text of
digits, apostrophes, the characters shapes hold and their near misses, and characters outside ASCII (typographic
apostrophe, digits of other scripts, which a shape's \\d takes, and their "?" in the bytes)."""

from __future__ import annotations

import random

from timeline.timex import scan_hits
from timeline.timex.lexicon import SHAPES

_PIECES = ("1", "2", "9", "0", "5", "19", "20", "1990", "2018", "'", "\u2019", "?", ":", ".", "/", "-", "s", "t", "n",
           "d", "r", "h", "st", "nd", "rd", "th", "S", "TH", "x", " ", " ", "\n", "\u0663", "\uff13", "\u00e9", "a",
           "0s", "-01-", "$", ",")


def _scan(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in scan_hits._SHAPE.finditer(text)]


def test_the_shapes_found_as_the_scan_over_every_character_finds_them() -> None:
    rng = random.Random(1403)
    found = 0
    for _ in range(60000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 10)))
        shapes = [(m.span(), m.groups()) for m in scan_hits._shape_matches(text)]
        assert shapes == _scan(text), text
        found += len(shapes)
    assert found > 10000  # shapes, not only texts without one, are compared


def test_hits_keep_every_shape() -> None:
    text = "On 3rd May '97 (\u201998), at 10:30 and 9.45, 4/5 of the 1990s, 2018-11-15 and \u0661\u0669\u0669\u0660"
    names = [name for _, _, name in scan_hits._hits(text) if name.startswith("@")]
    assert sorted(set(names)) == sorted(n for n in SHAPES if n != "@digit")


def test_the_search_was_written_for_these_shapes() -> None:
    # _SHAPE_AT reads what each shape holds after its first character: a new or changed shape must be read there too
    assert {name: pattern.pattern for name, pattern in SHAPES.items()} == {
        "@digit": r"\d",
        "@year": r"[12]\d(?<!\d\d\d)(?<=1\d|2[01])\d\d(?!\d)|['\u2019]\d\d",
        "@iso": r"[0-9]\d\d\d-[01]\d-[0-3]\d",
        "@colon": r"[0-9][:.]\d\d",
        "@slash": r"[0-9]/\d",
        "@ordinal": r"[0-9](?:st|nd|rd|th)(?![a-zA-Z])",
        "@decade": r"[2-9]0s",
    }
