"""scan_windows._flat_windows: each rule's windows in one flat list, clipped once at the end, as the windows a rule
would find on its own (its trigger hits widened by its reach, clipped to the text, overlapping ones merged).

The flat lists are what :func:`timeline.timex.scan.candidates` reads; texts here put trigger words at both
edges, where the clipping that moved out of the loop applies.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import scan_hits, scan_index, scan_windows

from .test_recognise_speed import _reference_windows


def _own_windows(hits: list[tuple[int, int, str]], size: int) -> list[list[int]]:
    """Each rule's windows found for it alone (test_recognise_speed's reference), flattened."""
    return [[edge for span in spans for edge in span] for spans in _reference_windows(hits, size)]


_WORDS = ["Sunday", "may", "March", "2018", "two years", "hours and 14 minutes", "last week", "10:30", "the", "ago"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), st.sampled_from([" ", ", ", " x "]))
def test_flat_windows_are_the_windows_each_rule_finds_alone(words: list[str], gap: str) -> None:
    text = gap.join(words)
    hits = scan_hits._hits(text)
    flat = scan_windows._flat_windows(hits, len(text))
    assert flat == _own_windows(hits, len(text))
    assert scan_windows._windows(hits, len(text)) == [[s[i:i + 2] for i in range(0, len(s), 2)] for s in flat]


def test_windows_at_both_edges_are_clipped_to_the_text() -> None:
    text = "Sunday"  # every reach runs past both ends
    flat = scan_windows._flat_windows(scan_hits._hits(text), len(text), text)
    index = [r.name for r in scan_index.RULES].index("weekday")
    assert flat[index] == [0, len(text)]
    assert all(0 <= s[0] and s[-1] <= len(text) for s in flat if s)
