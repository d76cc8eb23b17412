"""scan_windows._window_map: only the rules with a window, in a map, where a list held every rule's (most empty). Held
to the windows of the old full list (test_recognise_speed's reference, each rule's windows found alone) on random
texts of trigger words, and candidates read through it to the slow reference that runs every rule everywhere."""

from __future__ import annotations

import random

from timeline.timex import scan, scan_hits, scan_index, scan_windows

from .test_recognise_speed import _reference_windows

_WORDS = ["Sunday", "may", "May", "March", "2018", "two years", "hours and 14 minutes", "last week", "10:30", "the",
          "ago", "a day", "per week", "Good Friday", "President's  Day", "quarter", "1990s", "3rd", "4/5", "x"]


def test_the_map_holds_each_rule_with_a_window_and_its_windows() -> None:
    rng = random.Random(14)
    opened = 0
    for _ in range(3000):
        text = rng.choice([" ", ", ", "\n"]).join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 9)))
        hits = scan_hits._hits(text)
        windows = scan_windows._window_map(hits, len(text), text)
        # the reference has no text: its windows are those of the map given none
        plain = scan_windows._window_map(hits, len(text))
        reference = [[edge for span in spans for edge in span] for spans in _reference_windows(hits, len(text))]
        assert plain == {index: spans for index, spans in enumerate(reference) if spans}, text
        assert all(spans for spans in windows.values())
        every = [windows.get(i, []) for i in range(len(scan_index.RULES))]
        assert scan_windows._flat_windows(hits, len(text), text) == every
        opened += len(windows)
    assert opened > 3000 * 5  # rules with windows, not only empty maps, are compared


def test_candidates_through_the_map_are_every_rule_s_own_matches() -> None:
    rng = random.Random(41)
    for _ in range(300):
        text = rng.choice([" ", ", "]).join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 9))) + "."
        assert sorted(scan.candidates(text)) == sorted(scan.all_candidates(text)), text
