"""Find every rule's matches fast, without changing them.

One scan finds the trigger words (on bytes, every non-letter a space) and one the
character shapes (years, clocks); each rule is tried only in windows around its
triggers, and there through a *locator*: a pattern that steps in C over the
characters the rule cannot start with and tries the rule, written without
IGNORECASE, only where it can. Fewer windows: a rule whose every match holds two
of its trigger words (``Rule.pair``) is read only where two stand close, and a rule
bound to a month name (:func:`~timeline.timex.scan_index.name_bound`) not near one written
in lower case ("may"). Fewer tries: no match starts past the last trigger word of its
window, so a locator skips the window's last characters
(:data:`~timeline.timex.scan_index._TAILS`). :func:`all_candidates` runs every rule's own
pattern over the whole text: the slow reference :func:`candidates` is tested against.

This module is the search; its parts live apart, each read on its own: the hits
(:mod:`timeline.timex.scan_hits`), the windows (:mod:`timeline.timex.scan_windows`), the
tables built once from the rules (:mod:`timeline.timex.scan_index`) and the locators
(:mod:`timeline.timex.scan_locate`).

>>> [(c[0], c[1], c[5]) for c in candidates("Talks resume on Sunday.")]
[(16, 22, 'weekday')]
>>> sorted(candidates("Talks resume on Sunday.")) == sorted(all_candidates("Talks resume on Sunday."))
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.timex.lexicon import trie_pattern  # noqa: F401  (re-exported)
from timeline.timex.patterns import narrow
from timeline.timex.rule import Piece, Rule
from timeline.timex.scan_hits import _LOWER_TO_ASCII_LETTER, _hits, _trigger_hits  # noqa: F401  (re-exported)
from timeline.timex.scan_index import (_ASCII_LEAD_LOCATORS, _ASCII_LOCATORS, _ASCII_SHORT_LOCATORS, _LEAD_LOCATORS,
                                       _LOCATORS, _SHORT_LOCATORS, RULES)
from timeline.timex.scan_index import _LOOKAHEAD, _SHARED, _WINDOWS_OF, name_bound  # noqa: F401  (re-exported)
from timeline.timex.scan_locate import locator, search  # noqa: F401  (re-exported)
from timeline.timex.scan_windows import _window_map, _windows  # noqa: F401  (re-exported)

# The names marked re-exported are read through this module, where they stood before it was split: the locators
# by timeline.timex.modifiers, the scan's parts by the tests that hold them to their references.


# Rule index -> the bound methods candidates() calls: its pattern's match and its short and full locators' search,
# for any text and for narrow text. Bound once here, not per rule and chunk (a pass over TBAQ reads ~13,000 rules'
# windows): 0.8% fewer instructions a pass. A rule searched through lead locators (scan_index._LEADS) has their
# searches in place of the plain locators'; the short lead locator's search -> the plain locators' matches (short,
# full), tried at the text's first character, which has none before it for a lead locator to step on. Looked up
# through the search itself, so that a table of plain locators put in place of these (as tests do) is searched so.
_PLAIN_AT_START: dict[object, tuple[Callable[..., re.Match[str] | None], Callable[..., re.Match[str] | None]]] = {}


def _bound(shorts: tuple[re.Pattern[str], ...], fulls: tuple[re.Pattern[str], ...],
           leads: tuple[tuple[re.Pattern[str], re.Pattern[str]] | None, ...]
           ) -> tuple[tuple[Callable[..., re.Match[str] | None], ...], ...]:
    """Rule index -> (its pattern's match, its short and full locators' search), lead or plain (see above)."""
    table = []
    for rule, short, full, lead in zip(RULES, shorts, fulls, leads):
        searched = (short.search, full.search) if lead is None else (lead[0].search, lead[1].search)
        if lead is not None:
            _PLAIN_AT_START[searched[0]] = (short.match, full.match)
        table.append((rule.pattern.match, *searched))
    return tuple(table)


_SEARCHES = _bound(_SHORT_LOCATORS, _LOCATORS, _LEAD_LOCATORS)
_ASCII_SEARCHES = _bound(_ASCII_SHORT_LOCATORS, _ASCII_LOCATORS, _ASCII_LEAD_LOCATORS)


def candidates(chunk: str) -> list[tuple[int, int, int, int, tuple[Piece, ...], str]]:
    """Every rule's matches, each rule tried only in windows around its trigger words.

    One pass of :data:`~timeline.timex.scan_hits._TRIGGER` and one of
    :data:`~timeline.timex.scan_hits._SHAPE` find where each rule
    could match; the rule's own pattern then runs only over those windows.
    Lookbehinds still see the real text before a window.
    """
    size = len(chunk)
    windows = _window_map(_hits(chunk), size, chunk)
    # ASCII text, or text whose other characters are no word or space (typographic quotes, dashes): the fast ones
    fast = narrow(chunk)
    searches = _ASCII_SEARCHES if fast else _SEARCHES
    found: list[tuple[int, int, int, int, tuple[Piece, ...], str]] = []
    # only the rules with a window, in the order of RULES
    for index in sorted(windows):
        match_at, short, full = searches[index]
        plain = _PLAIN_AT_START.get(short)
        if plain is not None:  # a rule searched through lead locators: apart, the common loop below stays as lean
            _lead_search(index, chunk, windows[index], match_at, short, full, plain, found)
            continue
        done = 0
        bounds = iter(windows[index])
        for start, end in zip(bounds, bounds):  # the flat list's (start, end) pairs
            # no match starts past the window's last trigger word (scan_index._TAILS), unless the text's end cut
            # the window
            search = short if end < size else full
            # search() instead of finditer(): most windows hold no match, and one call is cheaper than an iterator.
            hit = search(chunk, start if start > done else done, end)
            while hit is not None:
                # The match read on the whole text, as finditer over the text reads it: the window's end may cut
                # a word the rule needs whole ("5 week|s", "1 week|a"), and a match may run past it.
                match = match_at(chunk, hit.start())
                if match is None:  # only the cut text matched here: look on
                    hit = search(chunk, hit.start() + 1, end)
                    continue
                if match.end() == match.start():  # an empty match: finditer knows how to step past it
                    _match_rule(index, RULES[index], chunk, match.start(), end, found)
                    break
                _add_match(index, RULES[index], match, found)
                done = match.end()
                hit = search(chunk, done, end)
    return found


_Search = Callable[[str, int, int], "re.Match[str] | None"]


def _lead_search(index: int, chunk: str, spans: list[int], match_at: _Search, short: _Search, full: _Search,
                 plain: tuple[_Search, _Search],
                 found: list[tuple[int, int, int, int, tuple[Piece, ...], str]]) -> None:
    """The loop of :func:`candidates` for a rule searched through its lead locators, whose matches stand one
    character before the starts they find: each search starts a character earlier, each start found is one later."""
    size, done = len(chunk), 0
    bounds = iter(spans)
    for start, end in zip(bounds, bounds):
        search = short if end < size else full
        at = start if start > done else done
        if at > 0:
            hit = search(chunk, at - 1, end)
            hit_at = -1 if hit is None else hit.start() + 1
        else:
            hit_at = _first_start(chunk, end, end < size, search, plain)
        while hit_at >= 0:
            match = match_at(chunk, hit_at)
            if match is None:
                hit = search(chunk, hit_at, end)
                hit_at = -1 if hit is None else hit.start() + 1
                continue
            if match.end() == match.start():
                _match_rule(index, RULES[index], chunk, match.start(), end, found)
                break
            _add_match(index, RULES[index], match, found)
            done = match.end()
            hit = search(chunk, done - 1, end)
            hit_at = -1 if hit is None else hit.start() + 1


def _first_start(chunk: str, end: int, short: bool, search: _Search, plain: tuple[_Search, _Search]) -> int:
    """The first start a lead locator's rule has in a window from the text's first character (-1: none).

    No character stands before the first for the lead locator to step on: there the plain locator is tried.
    """
    if plain[0 if short else 1](chunk, 0, end) is not None:
        return 0
    hit = search(chunk, 0, end)
    return -1 if hit is None else hit.start() + 1


def all_candidates(chunk: str) -> list[tuple[int, int, int, int, tuple[Piece, ...], str]]:
    """Every rule over the whole chunk: the slow reference for :func:`candidates`."""
    found: list[tuple[int, int, int, int, tuple[Piece, ...], str]] = []
    for index, rule in enumerate(RULES):
        _match_rule(index, rule, chunk, 0, len(chunk), found)
    return found


def _match_rule(index: int, rule: Rule, chunk: str, start: int, end: int,
                found: list[tuple[int, int, int, int, tuple[Piece, ...], str]]) -> None:
    for match in rule.pattern.finditer(chunk, start, end):
        _add_match(index, rule, match, found)


def _add_match(index: int, rule: Rule, match: re.Match[str],
               found: list[tuple[int, int, int, int, tuple[Piece, ...], str]]) -> None:
    built = rule.pieces(match)
    if built is None:  # impossible: block the span, emit nothing
        found.append((match.start(), match.end(), 99, index, (), rule.name))
        return
    if len(built) == 1:  # the common case, without the generators below
        if built[0].end > built[0].start:
            found.append((built[0].start, built[0].end, rule.priority, index, built, rule.name))
        return
    pieces = tuple(p for p in built if p.end > p.start)
    if pieces:
        start, end = min(p.start for p in pieces), max(p.end for p in pieces)
        found.append((start, end, rule.priority, index, pieces, rule.name))
