"""scan's short locators (session 15): in a window the text's end did not cut, a rule is tried only at starts at
least its tail (scan_index._TAILS) before the window's end, none past the window's last trigger word. Held to the full
locators (the reference: every start of the window tried) on sample and random texts, and candidates to the slow
reference that runs every rule everywhere; the claim the tails stand on, that each match a rule builds holds one of
its trigger words, is read on the same texts."""

from __future__ import annotations

import importlib
import random

import pytest

from timeline.timex import scan, scan_hits, scan_index, scan_windows

from .test_recognise_speed import SAMPLE

_WORDS = ["Sunday", "may", "May", "March 3", "2018", "two years", "hours and 14 minutes", "last week", "10:30",
          "the", "ago", "a day", "per week", "Good Friday", "quarter", "1990s", "3rd", "4/5", "x", "one", "half past",
          "in the morning", "six o'clock", "twenty-five", "years earlier", "next month", "'97", "Jan. 4"]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice([" ", ", ", "\n", " to "]).join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 12)))
            + rng.choice(["", ".", " people"]) for _ in range(count)]


# as recognise reads them: the letters IGNORECASE folds onto ASCII ones, folded
_fold = importlib.import_module("timeline.timex.recognise").fold_case
_TEXTS = [_fold(text) for text in SAMPLE + _random_texts(1525, 600)]


def test_candidates_are_those_the_full_locators_find() -> None:
    fast = [sorted(scan.candidates(text)) for text in _TEXTS]
    with pytest.MonkeyPatch.context() as patch:
        # every window searched with the full locators, as a window the text's end cut is
        for name, full in (("_SEARCHES", scan_index._LOCATORS), ("_ASCII_SEARCHES", scan_index._ASCII_LOCATORS)):
            patch.setattr(scan, name, tuple((rule.pattern.match, locator.search, locator.search)
                                            for rule, locator in zip(scan_index.RULES, full)))
        reference = [sorted(scan.candidates(text)) for text in _TEXTS]
    assert sum(map(len, fast)) > len(_TEXTS)  # texts with matches, not only empty lists, are compared
    for text, found, expected in zip(_TEXTS, fast, reference):
        assert found == expected, text


def test_candidates_are_every_rule_s_own_matches() -> None:
    for text in _random_texts(2026, 300):
        assert sorted(scan.candidates(text)) == sorted(scan.all_candidates(text)), text


def test_every_match_a_rule_builds_holds_one_of_its_trigger_words() -> None:
    checked = 0
    for text in _TEXTS:
        hits = scan_hits._hits(text)
        for index, rule in enumerate(scan_index.RULES):
            words = scan_index.TRIGGERS[rule.name].scanned
            for match in rule.pattern.finditer(text):
                if rule.pieces(match) == ():  # declined: builds nothing (an impossible date, None, blocks its span)
                    continue
                assert any(word in words and match.start() <= start < match.end() for start, _, word in hits), (
                    rule.name, text, match)
                checked += 1
    assert checked > 1000


def test_a_tail_is_no_longer_than_any_window_reaches_past_its_last_word() -> None:
    checked = 0
    for text in _random_texts(15, 300):
        hits = scan_hits._hits(text)
        for index, spans in scan_windows._window_map(hits, len(text), text).items():
            rule, trigger = scan_index.RULES[index], scan_index.TRIGGERS[scan_index.RULES[index].name]
            if rule.pair or trigger.pairs or trigger.after_word:  # windows only some of its words open
                continue
            # the words that open a window of the rule (a name in lower case opens none for a rule bound to one)
            opening = [start for start, _, word in hits if word in trigger.words
                       and not (word in scan_index._NAME_WORDS and text[start].islower())]
            for start, end in zip(spans[::2], spans[1::2]):
                inside = [at for at in opening if start <= at < end]
                if end < len(text) and inside:
                    assert end - max(inside) >= scan_index._TAILS[scan_index._WINDOWS_OF[index]], (rule.name, text)
                    checked += 1
    assert checked > 1000
