"""scan's lead locators (session 17): a rule that can start with many lower-case letters is searched by stepping on
the character before each start (scan_locate.lead_locator). Held to the plain locators, start for start, on sample
and random texts, from every place a search may begin (the text's first character too, which none stands before)."""

from __future__ import annotations

import importlib
import random

from timeline.timex import scan, scan_index

from .test_recognise_speed import SAMPLE

_WORDS = ["two years", "the", "in", "a day", "within", "three weeks", "2018", "May", "-", "x", "(", "'",
          "ago", "the past five months", "at least", "10:30", "one", "half", "Sunday", "quarter"]
_fold = importlib.import_module("timeline.timex.recognise").fold_case


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(["", " ", "\n"]).join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 9)))
            for _ in range(count)]


def test_some_rules_are_searched_through_lead_locators() -> None:
    leads = [rule.name for rule, lead in zip(scan_index.RULES, scan_index._ASCII_LEAD_LOCATORS) if lead]
    assert "duration" in leads and "month-day-year" not in leads  # many lower-case starts; a capital's


def test_a_lead_locator_finds_the_starts_the_plain_one_does_after_the_first() -> None:
    texts = [_fold(text) for text in SAMPLE + _texts(17, 400)]
    checked = 0
    for index, rule in enumerate(scan_index.RULES):
        for ascii_only, plains, leads in ((True, scan_index._ASCII_LOCATORS, scan_index._ASCII_LEAD_LOCATORS),
                                          (False, scan_index._LOCATORS, scan_index._LEAD_LOCATORS)):
            if leads[index] is None:
                continue
            plain, lead = plains[index], leads[index][1]
            for text in texts:
                expected = [m.start() for m in _every_start(plain, text) if m.start() > 0]
                assert [m.start() + 1 for m in _every_start(lead, text)] == expected, (rule.name, text)
                checked += len(expected)
    assert checked > 1000


def _every_start(pattern, text: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    """Each place ``pattern`` matches (its matches are one character long: finditer tries every place)."""
    return list(pattern.finditer(text))


def test_candidates_with_lead_locators_are_those_of_the_plain_ones() -> None:
    texts = [_fold(text) for text in SAMPLE + _texts(1717, 400)]
    fast = [sorted(scan.candidates(text)) for text in texts]
    saved = dict(scan._PLAIN_AT_START)
    try:
        scan._PLAIN_AT_START.clear()  # every rule searched as its table says: with the plain locators, below
        tables = {"_SEARCHES": (scan_index._SHORT_LOCATORS, scan_index._LOCATORS),
                  "_ASCII_SEARCHES": (scan_index._ASCII_SHORT_LOCATORS, scan_index._ASCII_LOCATORS)}
        kept = {name: getattr(scan, name) for name in tables}
        for name, (shorts, fulls) in tables.items():
            setattr(scan, name, tuple((rule.pattern.match, short.search, full.search)
                                      for rule, short, full in zip(scan_index.RULES, shorts, fulls)))
        try:
            reference = [sorted(scan.candidates(text)) for text in texts]
        finally:
            for name, table in kept.items():
                setattr(scan, name, table)
    finally:
        scan._PLAIN_AT_START.update(saved)
    assert sum(map(len, fast)) > len(texts)
    assert sum(1 for text in texts if text[:1].isalnum() and any(c[0] == 0 for c in scan.candidates(text))) > 10
    for text, found, expected in zip(texts, fast, reference):
        assert found == expected, text
