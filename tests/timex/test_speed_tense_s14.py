"""The tense reader's speed work of session 14 held to the code it replaced, on random sides made of the pieces
each rewrite depends on: the same words, the same lower-cased words, the same names, the same matches."""

from __future__ import annotations

import random

from timeline.timex.tense_headline import _NAME_TOKEN, _name_like, lowered
from timeline.timex.tense_sides import WORD, side_words
from timeline.timex.verbs import CUE_WORDS

# Pieces a side's words are made of: letters of both cases, apostrophes (typographic too), the "-be" that joins
# "would-be", hyphens, digits, spaces and stops, letters past ASCII that fold onto ASCII ones (the Kelvin sign, a
# dotted capital I, a long s), a lone surrogate; cue words written as names and short "-ed" words ("Fed", "FED")
_PIECES = ("a", "B", "z", "Z", "'", "\u2019", "-be", "-Be", "-b", "-", "be", " ", " ", "\t", "\n", ".", ",", "1",
           "\u212a", "\u0130", "\u017f", "\u00e9", "\ud800", "ed", "Fed", "FED", "fEd", "Will", "will", "Said", "SAID",
           "May", "Is", "Won't", "to", "Mr.", "said", "shed", "Shed", "o'ed", "Had")


def _old_lowered(side: str, words: list[str], inside: bool = False) -> list[str]:
    """lowered before session 14 (a loop over every word, no set test first)."""
    out = [w.lower() for w in words]
    for i in range(0 if inside else 1, len(words)):
        if words[i] != out[i] and _name_like(words[i], out[i]):
            break
    else:
        return out
    spans = list(WORD.finditer(side))[-len(words):] if not inside else list(WORD.finditer(side))[:len(words)]
    _OPENERS = frozenset(".!?:;\"'\u201c\u2018(\n")
    for i, m in enumerate(spans):
        w = m[0]
        if _name_like(w, out[i]):
            gap = side[:m.start()].rstrip(" \t")
            if (gap or inside) and gap[-1:] not in _OPENERS:
                out[i] = _NAME_TOKEN
    return out


def _side(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 14)))


def test_side_words_as_findall() -> None:
    rng = random.Random(14)
    for _ in range(60000):
        side = _side(rng)
        written = WORD.findall(side)
        assert side_words(side) == (written, [w.lower() for w in written]), repr(side)


def test_side_words_on_cue_words() -> None:
    for word in CUE_WORDS:
        for side in (word, f" {word.upper()} x", f"{word.capitalize()}'s-be", f"would-be {word}"):
            written = WORD.findall(side)
            assert side_words(side) == (written, [w.lower() for w in written]), side


def test_lowered_as_before() -> None:
    rng = random.Random(15)
    named = 0
    for _ in range(60000):
        side, window, inside = _side(rng), rng.randrange(1, 10), rng.random() < 0.5
        written, low = side_words(side)
        words, low = (written[:window], low[:window]) if inside else (written[-window:], low[-window:])
        old = _old_lowered(side, words, inside)
        assert lowered(side, words, inside) == old, (side, window, inside)
        assert lowered(side, words, inside, low=list(low)) == old, (side, window, inside)
        named += _NAME_TOKEN in old
    assert named > 1000  # names, not only plain words, are compared


def test_attribution_tried_where_it_may_match() -> None:
    from timeline.timex.tense import _ATTRIBUTION
    from timeline.timex.tense_sides import holds_any
    from timeline.timex.verbs import ATTRIBUTING

    rng = random.Random(16)
    pieces = (*ATTRIBUTING, "Said", "SAYS", "sai", "officials", "the", "on", "Monday", " ", " ", ", ", ",", ".", "'",
              "\"", "\n", ";", "-", "x")
    matched = 0
    for _ in range(60000):
        right = rng.choice(("", ", ")) + "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        old = _ATTRIBUTION.match(right) is not None
        assert (holds_any(right, ATTRIBUTING) and old) == old, repr(right)
        matched += old
    assert matched > 500
