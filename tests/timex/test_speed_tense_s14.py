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


def _old_cued_tense(left: str, right: str, window: int, running: bool = False) -> tuple[bool, str | None]:
    """tense._cued_tense before its tests read the word before the expression once (each sliced ``before``)."""
    from timeline.timex import tense as t

    (left_words, left_low), (right_words, right_low) = side_words(left), side_words(right)
    written = left_words[-window:], right_words[:window]
    before = lowered(left, written[0], low=left_low[-window:])
    after = lowered(right, written[1], inside=True, low=right_low[:window])
    if before[-2:-1] and before[-1] == "to" and before[-2] in t.LIMIT_MOVED:
        return True, "future"
    if before and before[-1] in t.DEADLINE and t.modal_perfect(before):
        return True, "past"
    if before and before[-1] in t.DEADLINE and "had" not in before and "had" not in after:
        if t.opening_by(left) and not t.AHEAD.intersection(after) \
                and t.scan_cues([], after, written, running)[1] == "past":
            return True, "past"
        if before == ["until"] and right.lstrip().startswith(","):
            return True, "past" if t.scan_cues([], after, written, running)[1] == "past" else "future"
        return True, "past" if t.lasted_until(before) else "future"
    if t.lasted_through(before):
        return True, "past"
    if before[-3:] == ["as", "soon", "as"]:
        return True, "future"
    if before[-1:] == ["since"]:
        return True, "past"
    if t.stamped(before) and not t.figures_ahead(before, after if not right.lstrip().startswith(",") else []):
        return True, "past"
    if before[-1:] in (["is"], ["are"]) or before[-2:] in (["is", "on"], ["are", "on"]) \
            or t._SUBJECT_IS.match(right) and before[-1:] != ["on"]:
        return True, "future"
    if t.inverted_conditional(left, right):
        return True, "future"
    closed = right.lstrip().startswith(",") and (t._ATTRIBUTION.match(right) or t.comma_closes(left, right))
    own = 0 if closed else t.own_clause(after)
    decided, tense = t.scan_cues(before, after[:own], (written[0], written[1][:own]), running)
    if not decided and own < len(after):
        decided, tense = t.scan_cues(before, after, written, running)
    return decided, tense


def test_cued_tense_as_before() -> None:
    from timeline.timex.tense import _cued_tense

    rng = random.Random(17)
    words = ("to", "adjourned", "postponed", "back", "until", "till", "by", "By", "should", "have", "had", "through",
             "lasted", "extended", "as", "soon", "since", "of", "prices", "data", "are", "is", "on", "will", "was",
             "said", "officials", "the", "vote", "and", "were", "If", "expected", "Will", "Fed", "held", "that")
    marks = (" ", " ", " ", ", ", ". ", "\n")
    decided = 0
    for _ in range(40000):
        left = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randrange(0, 8)))
        right = rng.choice(("", ",", " ")) + "".join(rng.choice(marks) + rng.choice(words)
                                                     for _ in range(rng.randrange(0, 8)))
        window, running = rng.choice((8, 16, 3)), rng.random() < 0.7
        old = _old_cued_tense(left, right, window, running)
        assert _cued_tense(left, right, window, running) == old, (left, right, window, running)
        decided += old[0]
    assert decided > 10000


def test_words_of_as_findall() -> None:
    from timeline.timex.tense_sides import words_of

    rng = random.Random(18)
    for _ in range(60000):
        side = _side(rng)
        assert words_of(side) == WORD.findall(side), repr(side)


def _old_clause_sides(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """tense_sides.clause_sides before session 14 (the sentence ends inside the left side listed, the last taken)."""
    from timeline.timex.tense_sides import _HAS_END, _HAS_QUOTE, _QUOTES, CHARS_PER_WORD, SENTENCE_END

    left = text[max(0, start - CHARS_PER_WORD * window):start]
    right = text[end:end + CHARS_PER_WORD * window]
    probe = left + text[start:start + 1]
    if _HAS_END(probe):
        cut = [m for m in SENTENCE_END.finditer(probe) if m.end() <= len(left)]
        if cut:
            left = left[cut[-1].end():]
    if _HAS_QUOTE(left):
        quote = list(_QUOTES.finditer(left))
        if quote:
            left = left[quote[-1].end():]
    stop = SENTENCE_END.search(right) if _HAS_END(right) else None
    if stop:
        right = right[:stop.start()]
    quote_right = _QUOTES.search(right)
    if quote_right:
        right = right[:quote_right.start()]
    return left, right


def test_clause_sides_as_before() -> None:
    from timeline.timex.tense_sides import clause_sides

    rng = random.Random(19)
    pieces = ("Mr.", "U.S.", "he", "He", "said", ".", ". ", "? ", "; ", "\n", "\n\n", " ", " ", "  ", "'", "\"",
              "\u201c", "A", "In", "vs.", "Gen.", "Prof.", ",", "(", "x")
    cut = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        window = rng.choice((1, 2, 3, 8))
        old = _old_clause_sides(text, start, end, window)
        assert clause_sides(text, start, end, window) == old, (text, start, end, window)
        cut += len(old[0]) < min(start, 12 * window)
    assert cut > 10000
