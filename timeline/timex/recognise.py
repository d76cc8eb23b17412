"""Phase 1: find temporal expressions and read them into typed, unanchored values.

:func:`recognise` runs every rule family's compiled pattern over the text,
keeps the longest of overlapping matches, then applies three small passes:
edge and approximation words ("early", "mid-", "about") become a ``mod``; a time
next to a day ("15:00 GMT Saturday") becomes one expression; the two ends of a
range ("from 2010 to 2012") are linked in one group and share a missing year.

Finding the matches fast, without changing them, is :mod:`timeline.timex.scan`'s
work. ``TimexSettings(use_triggers=False)`` runs every rule's own pattern over the
whole text instead: the slow reference the fast path is tested against.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter

from timeline.timex.clock_days import local_of_bracketed, share_day_in_clause
from timeline.timex.conjuncts import (join_listed_counts, join_listed_days, join_listed_seasons,
                                      share_year_after_parenthesis)
from timeline.timex.dayparts import join_part_of_day
from timeline.timex.modifiers import apply_modifiers
from timeline.timex.joins import (join_bc_part, join_day_next_to, join_of_that_year, join_spelled_year,
                                  join_week_of, join_year_ago, share_plural)
from timeline.timex.range_links import _RANGE_GAP, _RANGE_GAP_REACH, gap_reach, link_ranges  # noqa: F401
from timeline.timex.rule import Piece
from timeline.timex.scan import all_candidates, candidates
from timeline.timex.settings import TimexSettings
from timeline.timex.time_word_names import drop_named
from timeline.timex.unitof import join_unit_of, place_edge_durations
from timeline.timex.values import CalendarDate, Clock, Deictic, Mention, Weekday

# a web byline's separator between the date and the clock too: "15 Nov 2018 | 10:30 GMT", "Nov. 15, 2018 / 10:30 AM",
# "Thursday November 15 2018 - 13:05 GMT"
_CLOCK_GAP = re.compile(r"^(?:,?\s{1,2}(?:on\s|at\s)?|\s(?:on|at)\s|,\s|\s[|/@\u00b7\u2022\u2013-]\s)$")
_BRACKET_GAP = re.compile(r"^\),?\s(?:on\s)?$")
_LOCAL_TIME_GAP = re.compile(r"^\s(?:local|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s[tT]ime(?:\son|,)?\s$")
# A gap longer than this cannot be a clock's: not sliced and matched (most are far longer). Ranges are linked in
# timeline.timex.range_links, whose gaps and reach are read here too, where they stood before (the speed tests).
_CLOCK_GAP_REACH = gap_reach(_CLOCK_GAP)
# The settings of a call that gives none, built once (frozen: shared as they are)
_DEFAULT_SETTINGS = TimexSettings()



def recognise(text: str, settings: TimexSettings | None = None) -> list[Mention]:
    """Phase 1: the temporal expressions of ``text`` as typed, unanchored values.

    The result is sorted by position; spans never overlap and lie inside ``text``.
    This is the public entry point for stages that want the words without the
    DCT (for instance to infer the DCT's year from the text).

    Parameters
    ----------
    text : str
        Any string.
    settings : TimexSettings, optional
        Chunk size and text limit.

    Returns
    -------
    list of Mention
        Each with ``start``, ``end``, ``text``, ``value`` (a phase-1 model such as
        :class:`~timeline.timex.values.CalendarDate`), ``rule`` and ``group``.

    Examples
    --------
    >>> [(m.text, type(m.value).__name__) for m in recognise("He left on Nov. 15 and returned two days later.")]
    [('Nov. 15', 'CalendarDate'), ('two days later', 'Offset')]
    >>> recognise("Nov. 15")[0].value.year is None
    True
    """
    settings = settings or _DEFAULT_SETTINGS
    original = text[: settings.max_text_chars]
    text = fold_case(original)
    found: list[Mention] = []
    groups = 0
    for offset, chunk in _chunks(text, settings.max_chunk_chars):
        mentions, groups = _recognise_chunk(chunk, offset, text, groups, settings.use_triggers)
        found.extend(mentions)
    if text != original:
        found = [with_text(m, original) for m in found]
    return found


def with_text(mention: Mention, text: str) -> Mention:
    """``mention`` with its words read from ``text``, a view of the same length (folded, in sentence case).

    ``mention.model_copy(update={"text": ...})``, built as :func:`_mention` builds one, at a
    fifth of the cost: every mention of a text with a heading line is rebuilt so.

    >>> with_text(recognise("ON MONDAY")[0], "on Monday").text
    'Monday'
    """
    return _mention(mention.start, mention.end, text[mention.start:mention.end], mention.value, mention.rule,
                    mention.group)


# Letters that IGNORECASE matches as ASCII ones but str.lower() leaves apart (long s, Kelvin sign,
# dotted and dotless i): a rule would match "laſt month" and its builder fail to look "laſt" up.
# Folded one character for one, so every offset stays that of the original text.
_CASE_FOLDS = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0130": "I", "\u0131": "i"})
_FOLDED = tuple(chr(code) for code in _CASE_FOLDS)


def fold_case(text: str) -> str:
    """``text.translate(_CASE_FOLDS)``, without the translation when none of the four letters is in it.

    ``str.translate`` steps through a non-ASCII text character by character (about
    70 ns each: 40 ms on TBAQ with typographic quotes); looking for four characters first is
    a few microseconds.

    >>> fold_case("la\u017ft month"), fold_case("it\u2019s late")
    ('last month', 'it’s late')
    """
    return text.translate(_CASE_FOLDS) if any(letter in text for letter in _FOLDED) else text


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most ``size`` characters, cut after a newline or sentence end when one is near."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            window = text[start + size // 2:end]
            cut = max(window.rfind("\n"), window.rfind(". "))
            if cut >= 0:
                end = start + size // 2 + cut + 1
        yield start, text[start:end]
        start = end


def _recognise_chunk(chunk: str, offset: int, text: str, groups: int,
                     use_triggers: bool = True) -> tuple[list[Mention], int]:
    chosen = _select(drop_named(chunk, candidates(chunk) if use_triggers else all_candidates(chunk)))
    mentions: list[Mention] = []
    for pieces, rule in chosen:
        group = None
        if len(pieces) > 1:
            groups += 1
            group = groups
        for piece in pieces:
            s, e = piece.start + offset, piece.end + offset
            # The value was validated when the rule built it; the span comes from the match itself.
            mentions.append(_mention(s, e, text[s:e], piece.value, rule, group))
    mentions.sort(key=_START)
    # A pass runs only where some mention has a kind of value or a rule it needs (see _JOINS). No pass makes up a
    # rule name, so the rules found stay all there are; the kinds a pass that ran may make ("the night of April 18":
    # a clock) count as found from then on (a set of them all, not read again from the mentions after each pass).
    rules = {m.rule for m in mentions}
    kinds = {m.value.kind for m in mentions}
    for join, needs, makes in _JOINS:
        if needs is None or not (needs.isdisjoint(kinds) and needs.isdisjoint(rules)):
            mentions = join(mentions, text)
            kinds |= makes
    return link_ranges(mentions, text, groups)


_MENTION_FIELDS = ("start", "end", "text", "value", "rule", "group")
_START = attrgetter("start")  # a sort key read in C, not through a lambda's Python frame


def _mention(start: int, end: int, text: str, value: object, rule: str, group: int | None) -> Mention:
    """``Mention.model_construct(start=..., ..., group=...)``, three times as fast (it is called per mention).

    Sets what pydantic's ``model_construct`` sets for these six fields, every one
    of them given: the field values, the set of fields given, no extra and no
    private attributes. ``tests/timex/test_recognise_speed.py`` holds it to
    ``model_construct``.
    """
    mention, _set = object.__new__(Mention), object.__setattr__
    _set(mention, "__dict__", {"start": start, "end": end, "text": text, "value": value, "rule": rule, "group": group})
    _set(mention, "__pydantic_fields_set__", set(_MENTION_FIELDS))
    _set(mention, "__pydantic_extra__", None)
    _set(mention, "__pydantic_private__", None)
    return mention


def _select(candidates: Sequence[tuple[int, int, int, int, tuple[Piece, ...], str]]
            ) -> list[tuple[tuple[Piece, ...], str]]:
    """Greedy choice of non-overlapping candidates: longest first, then priority, then leftmost."""
    ordered = sorted(candidates, key=lambda c: (-(c[1] - c[0]), -c[2], c[0], c[3]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for start, end, _, _, pieces, name in ordered:
        i = bisect.bisect_left(starts, start)
        if (i < len(starts) and starts[i] < end) or (i > 0 and ends[i - 1] > start):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append((pieces, name))
    return chosen


def _join_clock_and_day(mentions: list[Mention], text: str) -> list[Mention]:
    """"15:00 GMT Saturday", "Saturday at 3 p.m.": a time and the day it falls on become one mention;
    "8 p.m. Eastern time on Tuesday": the place's time between them is the clock's zone, and the whole is one
    time on that day; before a date ("5:34 a.m. Baghdad time on March 20") the time falls on the date, both kept."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        # each join needs a clock, before the gap or after it: most pairs have none, and are not looked at further
        # (a value's kind tells its class, tests/timex/test_speed_joins_kinds.py; an isinstance miss costs more)
        if prev is None or (prev.value.kind != "clock" and m.value.kind != "clock"):
            out.append(m)
            continue
        if m.start - prev.end <= _CLOCK_GAP_REACH and _CLOCK_GAP.match(text[prev.end:m.start]):
            joined = _join(prev, m, text)
            if joined is not None:
                out[-1] = joined
                continue
        elif type(prev.value) is Clock and _LOCAL_TIME_GAP.match(text[prev.end:m.start]):
            joined = _join(prev, m, text)
            if joined is not None and isinstance(m.value, (Weekday, Deictic)):
                out[-1] = joined  # one expression, as "15:00 GMT Saturday" is: the zone is the clock's
                continue
            if joined is not None:  # a dated day stays its own expression, as WikiWars' gold keeps it
                out[-1] = prev.model_copy(update={"value": joined.value})
        elif type(prev.value) is Clock and text[prev.start - 1:prev.start] == "(" \
                and _BRACKET_GAP.match(text[prev.end:m.start]):
            joined = _join(prev, m, text)  # "(19:00 GMT) on Friday": the time falls on the day, the brackets
            if joined is not None:  # keep the spans apart (a span never holds a bracket it did not open)
                out[-1] = prev.model_copy(update={"value": joined.value})
        out.append(m)
    return out


def _join(a: Mention, b: Mention, text: str) -> Mention | None:
    clock, day = (a, b) if isinstance(a.value, Clock) else (b, a)
    if not isinstance(clock.value, Clock) or clock.value.day is not None:
        return None
    if not isinstance(day.value, (Weekday, Deictic, CalendarDate)):
        return None
    if isinstance(day.value, CalendarDate) and day.value.day is None:
        return None
    if a.group or b.group:
        return None
    day_value = day.value
    if getattr(day_value, "part_of_day", None):  # "midnight tonight": the clock is the finer reading
        day_value = day_value.model_copy(update={"part_of_day": None})
    value = clock.value.model_copy(update={"day": day_value})
    return Mention(start=a.start, end=b.end, text=text[a.start:b.end], value=value, rule=clock.rule)


# The passes over the sorted mentions, in order: modifiers first (their span is the expression's), then
# the joins of two mentions into one, the longer shapes after the ones they may contain. Each with what it
# needs to join anything, value kinds (a subclass has its base's) or rule names, one of which a mention must
# have: without, the pass would give the mentions back as they are, and is not run (most texts name no clock,
# no season, no year before Christ; each pass steps through every mention). None: every text is read. Then the
# kinds of value it may make that its mentions had not (most only change a value of the same kind).
# tests/timex/test_speed_joins_needs.py holds each pass to both.
_NONE: frozenset[str] = frozenset()
_JOINS: tuple[tuple[Callable[[list[Mention], str], list[Mention]], frozenset[str] | None, frozenset[str]], ...] = (
    (apply_modifiers, None, _NONE),
    (_join_clock_and_day, frozenset({"clock"}), _NONE),
    (share_day_in_clause, frozenset({"clock"}), _NONE),
    (local_of_bracketed, frozenset({"clock"}), _NONE),
    (join_spelled_year, frozenset({"spelled-year"}), _NONE),
    (join_year_ago, frozenset({"yearpart"}), _NONE),
    (join_of_that_year, frozenset({"that-unit", "neighbour", "calendar-shift"}), frozenset({"calendar"})),
    (join_bc_part, frozenset({"bc"}), _NONE),
    (share_plural, frozenset({"plural-weekday", "every-weekday", "quarter"}), frozenset({"recurrence"})),
    (share_year_after_parenthesis, frozenset({"calendar"}), _NONE),
    (join_listed_seasons, frozenset({"yearpart"}), _NONE),
    (join_listed_days, frozenset({"calendar"}), _NONE),
    (join_listed_counts, frozenset({"duration", "offset"}), _NONE),
    (join_week_of, frozenset({"calendar", "holiday"}), frozenset({"weekof", "holiday", "calendar"})),
    (join_day_next_to, frozenset({"weekday", "holiday", "calendar"}), frozenset({"daynextto"})),
    (join_part_of_day, frozenset({"weekday", "calendar"}), frozenset({"clock"})),
    (join_unit_of, frozenset({"calendar", "relative", "yearpart"}), frozenset({"unitof", "duration"})),
    (place_edge_durations, frozenset({"duration"}), _NONE))
