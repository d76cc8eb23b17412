"""The passes after recognition run only where a mention has what they need, and give the same mentions.

:func:`timeline.timex.recognise._recognise_chunk` runs a pass only where some mention has one of the
value kinds or rule names the pass lists in ``_JOINS`` (most texts name no clock, no season, no year
before Christ). These tests hold that shortcut to running every pass: a pass given mentions none of
which has what it needs gives them back as they are, no pass makes up a rule name (the rules are
gathered once) nor a kind of value it does not list as made, and ``recognise`` finds the same with
every pass run everywhere.
"""

from __future__ import annotations

import importlib
import random

import pytest

from timeline.timex import recognise

R = importlib.import_module("timeline.timex.recognise")  # the module, not the function of the same name

# Phrases each pass joins (and some it does not), to be mixed so that every pass meets texts with and without
# what it needs
PHRASES = [
    "15:00 GMT Saturday", "Saturday at 3 p.m.", "8 p.m. Eastern time on Tuesday", "(19:00 GMT) on Friday",
    "at 7 a.m. and closed at 8 p.m. on Tuesday", "at 4:07 a.m. local time (2107 GMT Tuesday)",
    "the winter of nineteen ninety-four", "the quarter a year ago", "August of that year", "the 28th of that month",
    "the 20th of next month", "autumn of 481 BC", "Monday and Tuesday nights", "every Tuesday and Thursday",
    "the second and fourth quarters", "December 7 (December 8 in Asian time zones), 1941", "summer and autumn 1918",
    "the spring and summer", "from the 13th to the 19th of October", "ten, fifteen, and twenty years earlier",
    "the week of March 6", "Labor Day weekend 2016", "the weekend of Jan. 5", "closed on Monday for Labor Day",
    "the day after Christmas", "the night of April 18, 1775", "the early hours of Monday morning",
    "the first day of next month", "the last week of August", "the first nine months of 1989", "early November",
    "about three weeks", "last month", "two days ago", "on Sunday", "in 2010", "from 2010 to 2012",
    "9 a.m. to 5 p.m. Monday", "Christmas Eve in 1977", "the Fourth of July weekend", "mid-2019", "yesterday",
]


def _texts() -> list[str]:
    rng = random.Random(20261125)
    texts = [f"It happened {phrase}." for phrase in PHRASES]
    for _ in range(150):
        texts.append(" ".join(f"They met {rng.choice(PHRASES)}{rng.choice(['.', ',', ' and', ''])}"
                              for _ in range(rng.randint(1, 4))))
    return texts


TEXTS = _texts()


def _sorted_mentions(text: str) -> list:  # type: ignore[type-arg]
    """The mentions the passes start from: the chosen matches, as ``_recognise_chunk`` builds them."""
    captured = []
    first, needs, makes = R._JOINS[0]

    def capture(mentions, text):  # type: ignore[no-untyped-def]
        captured.append(list(mentions))
        return first(mentions, text)

    saved = R._JOINS
    R._JOINS = ((capture, None, makes),) + saved[1:]
    try:
        recognise(text)
    finally:
        R._JOINS = saved
    return captured[0] if captured else []


@pytest.mark.parametrize("index", range(len(R._JOINS)), ids=[join.__name__ for join, _, _ in R._JOINS])
def test_a_pass_gives_mentions_without_its_needs_back_as_they_are(index: int) -> None:
    met = unmet = 0
    for text in TEXTS:
        mentions = _sorted_mentions(text)
        for join, _, _ in R._JOINS[:index]:  # the mentions this pass is given
            mentions = join(mentions, text)
        join, needs, makes = R._JOINS[index]
        out = join(list(mentions), text)
        assert {m.rule for m in out} <= {m.rule for m in mentions}, (join.__name__, text)
        assert {m.value.kind for m in out} <= {m.value.kind for m in mentions} | makes, (join.__name__, text)
        present = {m.rule for m in mentions} | {m.value.kind for m in mentions}
        if needs is not None and needs.isdisjoint(present):
            unmet += 1
            assert out == mentions, (join.__name__, text)
        elif out != mentions:
            met += 1
    assert met > 0, f"{R._JOINS[index][0].__name__} joined nothing: the phrases should give it work"
    assert needs is None or unmet > 0


def test_recognise_finds_the_same_with_every_pass_run_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [recognise(text) for text in TEXTS]
    monkeypatch.setattr(R, "_JOINS", tuple((join, None, makes) for join, _, makes in R._JOINS))
    assert [recognise(text) for text in TEXTS] == fast
