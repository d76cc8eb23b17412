"""The windows each rule is read in: the spans of text around its trigger words where a match can stand.

From the hits of :mod:`timeline.timex.scan_hits` and the tables of
:mod:`timeline.timex.scan_index`, one loop over the hits opens and merges each rule's
windows: near a word of its own, near two that stand close (``Rule.pair``, word pairs),
or right after some word (``Trigger.after_word``). Apart from the search
(:mod:`timeline.timex.scan`), which reads only the windows.
"""

from __future__ import annotations

import re

from timeline.timex.scan_index import (_AFTER_WORD_REACH, _NO_LAST, _NO_RULES, _RULES_BY_LOWER_NAME, _RULES_BY_WORD,
                                       _SHARED, _WORD_BEFORE, RULES)

def _windows(hits: list[tuple[int, int, str]], size: int, text: str = "") -> list[list[list[int]]]:
    """Rule index -> the merged ``[start, end]`` windows around its trigger hits (hits sorted by start).

    A rule with a ``pair`` gets a window only at a trigger word whose previous one (of
    its own words) starts at most ``pair`` characters before it; the window reaches
    back from the second word far enough to hold any first word that close. Given the
    ``text`` the hits were found in, a month or weekday name written there in lower case
    opens no window for the rules bound to a name (:func:`name_bound`). The windows of
    :func:`_flat_windows`, each as its own list.
    """
    return [[[spans[i], spans[i + 1]] for i in range(0, len(spans), 2)] for spans in _flat_windows(hits, size, text)]


def _flat_windows(hits: list[tuple[int, int, str]], size: int, text: str = "") -> list[list[int]]:
    """:func:`_windows`, each rule's windows as one flat list ``[start, end, start, end, ...]``.

    Flat, and clipped to the text once at the end: a pass over TBAQ opens ~20,000 windows, and a list
    per window and two clipping tests per hit cost a fifth of this loop (17.7 -> 14.1 ms). Only a rule's
    first window can start before the text and only its last end past it: a window is opened only past
    the last one's end, and a window ending past the text takes every later hit in.

    >>> from timeline.timex.scan_hits import _hits
    >>> text = "Talks resume on Sunday."
    >>> index = [r.name for r in RULES].index("weekday")
    >>> _flat_windows(_hits(text), len(text), text)[index] == [w for s in _windows(_hits(text), len(text), text)[index]
    ...                                                          for w in s]
    True
    """
    windows = _window_map(hits, size, text)
    return [windows.get(index, []) for index in range(len(RULES))]


def _window_map(hits: list[tuple[int, int, str]], size: int, text: str = "") -> dict[int, list[int]]:
    """:func:`_flat_windows` as a map from rule index to its flat windows, holding only the rules that have one.

    A chunk gives windows to a third of the rules or fewer: a list for each of them cost a third of this
    function (the empty lists built, and gathered by the garbage collector).

    >>> from timeline.timex.scan_hits import _hits
    >>> text = "Talks resume on Sunday."
    >>> _window_map(_hits(text), len(text), text) == {i: s for i, s in enumerate(_flat_windows(_hits(text), len(text),
    ...                                                                                      text)) if s}
    True
    """
    windows: dict[int, list[int]] = {}
    spans_of = windows.get
    last = list(_NO_LAST)  # where the last trigger word of each paired rule starts: none yet
    # hits stand where the lower-cased text has them: the text's own positions unless lower-casing lengthened it
    # ("\u0130" is the one character it lengthens: tests/timex/test_recognise_speed.py)
    cased = text if "\u0130" not in text else ""
    rules_of = _RULES_BY_WORD.get
    for hit_start, hit_end, word in hits:
        singles, pairs, after_words = rules_of(word, _NO_RULES)
        if cased and word in _RULES_BY_LOWER_NAME and cased[hit_start].islower():
            singles, pairs, after_words = _RULES_BY_LOWER_NAME[word]
        if after_words[1]:  # "a day", "per week": the word before, read once in the text, picks the rules
            if cased:
                found = _WORD_BEFORE.search(cased, max(0, hit_start - _AFTER_WORD_REACH), hit_start)
                after_word = after_words[0].get(found[1].lower()) if found else None
                if after_word:
                    singles += after_word
            else:  # no text, or one whose positions moved: every rule, as for a word of its own
                singles += after_words[1]
        for index, before, after in singles:
            spans = spans_of(index)
            # starts only grow (``before`` is the rule's own): a window that starts by the last one's end extends it
            if spans is None:
                windows[index] = [hit_start - before, hit_end + after]
            elif hit_start - before <= spans[-1]:
                if hit_end + after > spans[-1]:
                    spans[-1] = hit_end + after
            else:
                spans += (hit_start - before, hit_end + after)
        for index, before, after, reach, place in pairs:  # rare words (units)
            gap = hit_start - last[place]
            # reaches count a run of blanks once ("President's  Day", "Good\n\nFriday"): a wider gap is measured so
            if gap <= reach or (0 < reach < gap <= _BLANK_SLACK * reach and cased
                                and gap - _extra_blanks(cased, last[place], hit_start) <= reach):
                spans, start, end = spans_of(index), min(hit_start - reach, last[place]) - before, hit_end + after
                if spans is None:
                    windows[index] = [start, end]
                elif start <= spans[-1]:
                    if end > spans[-1]:
                        spans[-1] = end
                else:
                    spans += (start, end)
            last[place] = hit_start
    for spans in windows.values():
        if spans[0] < 0:
            spans[0] = 0
        if spans[-1] > size:
            spans[-1] = size
    for index, first in _SHARED:
        if first in windows:
            windows[index] = windows[first]  # read only from here on
    return windows


# A gap between a pair's two words is measured with its runs of blanks counted once only up to this many times the
# reach: a wider one holds more than blanks
_BLANK_SLACK = 4
_BLANK_RUN = re.compile(r"\s{2,}")


def _extra_blanks(text: str, start: int, end: int) -> int:
    """How many characters the runs of blanks in ``text[start:end]`` hold beyond one each.

    >>> _extra_blanks("President's  Day", 0, 13), _extra_blanks("Good    Friday", 0, 8)
    (1, 3)
    """
    return sum(len(run) - 1 for run in _BLANK_RUN.findall(text, start, end))


