"""Phase 1: find temporal expressions and read them into typed, unanchored values.

:func:`recognise` runs every rule family's compiled pattern over the text,
keeps the longest of overlapping matches, then applies three small passes:
edge and approximation words ("early", "mid-", "about") become a ``mod``; a time
next to a day ("15:00 GMT Saturday") becomes one expression; the two ends of a
range ("from 2010 to 2012") are linked in one group and share a missing year.

Finding the matches fast, without changing them: one scan finds the trigger
words (on bytes, every non-letter a space) and one the character shapes (years,
clocks); each rule is tried only in windows around its triggers, and there
through a *locator*, a pattern that steps in C over the characters the rule
cannot start with and tries the rule, written without IGNORECASE, only where it
can. ``TimexSettings(use_triggers=False)`` runs every rule's own pattern over the
whole text instead: the slow reference the fast path is tested against.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from timeline.timex import absolute, durations, periods, ranges, relative, sets, times, weekday
from timeline.timex.joins import (join_bc_part, join_day_next_to, join_spelled_year, join_week_of, join_year_ago,
                                  share_plural)
from timeline.timex.lexicon import SHAPES, TRIGGERS, trie_pattern, word_pattern
from timeline.timex.patterns import ANY_CHARACTER, case_sensitive, first_characters
from timeline.timex.rule import BOUNDARY, NOT_BEFORE, Piece, Rule
from timeline.timex.settings import TimexSettings
from timeline.timex.values import CalendarDate, Clock, Deictic, Mention, Weekday, YearPart

RULES: tuple[Rule, ...] = (absolute.RULES + periods.RULES + weekday.RULES + relative.RULES
                           + durations.RULES + sets.RULES + times.RULES + ranges.RULES)

# trigger word -> (rule index, characters a match may start before it, end after it, the lookahead included)
_RULES_BY_WORD: dict[str, tuple[tuple[int, int, int], ...]] = {}
# A window ends this far past the longest match, so that trailing lookaheads ("2000 people") see real text.
_LOOKAHEAD = 16
for _index, _rule in enumerate(RULES):
    _trigger = TRIGGERS[_rule.name]
    for _word in _trigger.words:
        _RULES_BY_WORD[_word] = _RULES_BY_WORD.get(_word, ()) + ((_index, _trigger.before,
                                                                  _trigger.after + _LOOKAHEAD),)

_EDGE = re.compile(r"(?:^|(?<=[\s(\"']))(?P<w>(?i:the\s+(?:start|beginning|middle|end)\s+of|(?:the\s+)?end\s+of|"
                   r"early|earlier|late|later|mid|middle))[\s-]{1,2}$")
_APPROX = re.compile(r"(?:^|(?<=[\s(\"']))(?P<w>(?i:about|around|approximately|roughly|nearly|almost|some|"
                     r"more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|up\s+to|at\s+most|"
                     r"no\s+more\s+than|just\s+over|just\s+under))\s{1,2}$")
_APPROX_MOD = {"more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "less than": "LESS_THAN",
               "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
               "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
               "no more than": "EQUAL_OR_LESS"}
_CLOCK_GAP = re.compile(r"^(?:,?\s{1,2}(?:on\s|at\s)?|\s(?:on|at)\s|,\s)$")
_RANGE_GAP = re.compile(r"^\s?(?:[-\u2013\u2014]|(?i:to|through|thru|until|till|and))\s?$|^\s(?i:to|through|thru|until"
                        r"|till|and)\s$")
_RANGE_HEAD = re.compile(r"(?i:between|from)\s$")
_VAGUE_WORDS = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost"})

# Trigger words are whole runs of ASCII letters of the lower-cased text. Every other character becomes a space
# (non-ASCII ones too, one byte each, so positions stay), and the scan runs on those bytes starting with a
# literal space: the regex engine jumps from space to space in C. Should a trigger word ever hold another
# character, the scan runs on the lower-cased text itself (slower, same hits).
_TRIGGER_WORDS = sorted({w for t in TRIGGERS.values() for w in t.words if not w.startswith("@")})
_NOT_LETTER_TO_SPACE = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_TRIGGER: re.Pattern[bytes] | re.Pattern[str] = (
    re.compile(rb" (" + trie_pattern(_TRIGGER_WORDS).encode() + rb")(?![a-z])")
    if all(w.isascii() and w.isalpha() and w.islower() for w in _TRIGGER_WORDS) else
    re.compile(word_pattern(_TRIGGER_WORDS)))
_SHAPE_NAMES = tuple(name for name in SHAPES if name != "@digit")
# One pass finds every character shape: it steps on a character a shape can start with, looks back one
# character and captures, from there, each shape that matches (all of them, where several do).
_SHAPE = re.compile(rf"{first_characters([SHAPES[n] for n in _SHAPE_NAMES])}(?<=(?="
                    + "|".join(f"(?:{SHAPES[n].pattern})" for n in _SHAPE_NAMES) + ")"
                    + "".join(f"(?=({SHAPES[n].pattern}))?" for n in _SHAPE_NAMES) + "(?s:.))")


def _locator(pattern: re.Pattern[str], ascii_only: bool = False) -> re.Pattern[str]:
    """A pattern whose matches start exactly where ``pattern`` matches, but which is faster to search for.

    It steps only on the characters ``pattern`` can start with (the regex engine
    skips the others in C), looks back one character and tries ``pattern``,
    rewritten without IGNORECASE, from there. Its own match is that one
    character: read the real match with ``pattern.match`` at its start. With
    ``ascii_only`` it is right for ASCII text only. Falls back to ``pattern``
    itself when the starting characters cannot be read.
    """
    first = first_characters([pattern], ascii_only=ascii_only)
    if first == ANY_CHARACTER:
        return pattern
    # The rule's own boundary test, repeated first (it reads the character before): a letter inside a word
    # fails here at once instead of in the nested try of the whole pattern.
    not_before = _ASCII_NOT_BEFORE if ascii_only else NOT_BEFORE
    boundary = f"(?<!{not_before}{ANY_CHARACTER})" if pattern.pattern.startswith(BOUNDARY) else ""
    # For ASCII text the pattern is also written without IGNORECASE, which is faster to try; for any text it
    # stays as it is (rewritten it would search ~10% faster there but take three times as long to compile).
    body = (case_sensitive(pattern, ascii_only=True) if ascii_only else None) or pattern.pattern
    try:
        return re.compile(f"{first}{boundary}(?<=(?={body}){ANY_CHARACTER})", pattern.flags)
    except re.error:  # a pattern that cannot sit inside another (global inline flags)
        return pattern


_ASCII_NOT_BEFORE = first_characters([re.compile(NOT_BEFORE)], ascii_only=True)
# Rule index -> its locator, for any text and (faster) for ASCII text.
_LOCATORS = tuple(_locator(rule.pattern) for rule in RULES)
_ASCII_LOCATORS = tuple(_locator(rule.pattern, ascii_only=True) for rule in RULES)
_EDGE_AT, _APPROX_AT = _locator(_EDGE), _locator(_APPROX)
_ASCII_EDGE_AT, _ASCII_APPROX_AT = _locator(_EDGE, ascii_only=True), _locator(_APPROX, ascii_only=True)


def _search(pattern: re.Pattern[str], locator: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, the first match found through ``locator`` (see :func:`_locator`)."""
    if locator is pattern:
        return pattern.search(text)
    hit = locator.search(text)
    return None if hit is None else pattern.match(text, hit.start())


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
    settings = settings or TimexSettings()
    original = text[: settings.max_text_chars]
    text = original.translate(_CASE_FOLDS)
    found: list[Mention] = []
    groups = 0
    for offset, chunk in _chunks(text, settings.max_chunk_chars):
        mentions, groups = _recognise_chunk(chunk, offset, text, groups, settings.use_triggers)
        found.extend(mentions)
    if text != original:
        found = [m.model_copy(update={"text": original[m.start:m.end]}) for m in found]
    return found


# Letters that IGNORECASE matches as ASCII ones but str.lower() leaves apart (long s, Kelvin sign,
# dotted and dotless i): a rule would match "laſt month" and its builder fail to look "laſt" up.
# Folded one character for one, so every offset stays that of the original text.
_CASE_FOLDS = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0130": "I", "\u0131": "i"})


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
    chosen = _select(_candidates(chunk) if use_triggers else _all_candidates(chunk))
    mentions: list[Mention] = []
    for pieces, rule in chosen:
        group = None
        if len(pieces) > 1:
            groups += 1
            group = groups
        for piece in pieces:
            s, e = piece.start + offset, piece.end + offset
            # The value was validated when the rule built it; the span comes from the match itself.
            mentions.append(Mention.model_construct(start=s, end=e, text=text[s:e], value=piece.value, rule=rule,
                                                    group=group))
    mentions.sort(key=lambda m: m.start)
    mentions = _apply_modifiers(mentions, text)
    mentions = _join_clock_and_day(mentions, text)
    mentions = join_spelled_year(mentions, text)
    mentions = join_year_ago(mentions, text)
    mentions = join_bc_part(mentions, text)
    mentions = share_plural(mentions, text)
    mentions = join_week_of(mentions, text)
    mentions = join_day_next_to(mentions, text)
    return _link_ranges(mentions, text, groups)


def _candidates(chunk: str) -> list[tuple[int, int, int, int, tuple[Piece, ...], str]]:
    """Every rule's matches, each rule tried only in windows around its trigger words.

    One pass of :data:`_TRIGGER` and one of :data:`_SHAPE` find where each rule
    could match; the rule's own pattern then runs only over those windows.
    Lookbehinds still see the real text before a window.
    """
    windows = _windows(_hits(chunk), len(chunk))
    locators = _ASCII_LOCATORS if chunk.isascii() else _LOCATORS
    found: list[tuple[int, int, int, int, tuple[Piece, ...], str]] = []
    for index, spans in enumerate(windows):
        if not spans:
            continue
        rule, search = RULES[index], locators[index].search
        located = locators[index] is not rule.pattern
        for start, end in spans:
            # search() instead of finditer(): most windows hold no match, and one call is cheaper than an iterator.
            match = search(chunk, start, end)
            while match is not None:
                if located:  # the locator found where the rule matches; read that match
                    match = rule.pattern.match(chunk, match.start(), end)
                if match.end() == match.start():  # an empty match: finditer knows how to step past it
                    _match_rule(index, rule, chunk, match.start(), end, found)
                    break
                _add_match(index, rule, match, found)
                match = search(chunk, match.end(), end)
    return found


def _all_candidates(chunk: str) -> list[tuple[int, int, int, int, tuple[Piece, ...], str]]:
    """Every rule over the whole chunk: the slow reference for :func:`_candidates`."""
    found: list[tuple[int, int, int, int, tuple[Piece, ...], str]] = []
    for index, rule in enumerate(RULES):
        _match_rule(index, rule, chunk, 0, len(chunk), found)
    return found


def _hits(chunk: str) -> list[tuple[int, int, str]]:
    """Trigger words and character shapes of ``chunk`` as ``(start, end, name)``, sorted by position.

    Each shape keeps only the matches its own ``finditer`` would give (no two of
    one shape overlap), although one pass finds them all.
    """
    hits = _trigger_hits(chunk, _TRIGGER)
    ends = [0] * len(_SHAPE_NAMES)
    for match in _SHAPE.finditer(chunk):
        for group, name in enumerate(_SHAPE_NAMES, 1):
            start = match.start(group)
            if start >= ends[group - 1]:  # -1 when this shape does not match here
                ends[group - 1] = end = match.end(group)
                hits.append((start, end, name))
    hits.sort()
    return hits


def _trigger_hits(chunk: str, trigger: re.Pattern[bytes] | re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The trigger words of ``chunk`` as ``(start, end, word)``: through the byte scan, or on the text."""
    if isinstance(trigger.pattern, str):
        return [(m.start(), m.end(), m.group()) for m in trigger.finditer(chunk.lower())]  # type: ignore[misc]
    # The leading space stands for the start of the text: a word there has a non-letter before it.
    letters = (" " + chunk.lower()).encode("ascii", "replace").translate(_NOT_LETTER_TO_SPACE)
    return [(m.start(1) - 1, m.end(1) - 1, m[1].decode()) for m in trigger.finditer(letters)]  # type: ignore[misc]


def _windows(hits: list[tuple[int, int, str]], size: int) -> list[list[list[int]]]:
    """Rule index -> the merged ``[start, end]`` windows around its trigger hits (hits sorted by start)."""
    windows: list[list[list[int]]] = [[] for _ in RULES]
    for hit_start, hit_end, word in hits:
        for index, before, after in _RULES_BY_WORD.get(word, ()):
            start, end = hit_start - before, hit_end + after  # clipped to the text below (no min/max calls here)
            if start < 0:
                start = 0
            if end > size:
                end = size
            spans = windows[index]
            if spans and start <= spans[-1][1]:  # starts only grow (``before`` is the rule's own): extend the last
                if end > spans[-1][1]:
                    spans[-1][1] = end
            else:
                spans.append([start, end])
    return windows


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


def _apply_modifiers(mentions: list[Mention], text: str) -> list[Mention]:
    """Fold a preceding "early"/"the end of" (dates) or "about"/"more than" (all) into the span and mod."""
    out: list[Mention] = []
    for m in mentions:
        floor = out[-1].end if out else 0
        before = text[max(floor, m.start - 24):m.start]
        ascii_only = before.isascii()
        edge = (_search(_EDGE, _ASCII_EDGE_AT if ascii_only else _EDGE_AT, before)
                if m.value.timex_type in {"DATE", "TIME"} else None)
        approx = _search(_APPROX, _ASCII_APPROX_AT if ascii_only else _APPROX_AT, before)
        if approx and m.value.timex_type != "DURATION" and approx["w"].lower() not in _VAGUE_WORDS:
            approx = None  # "over the weekend", "under Friday's ruling": prepositions, not amounts
        hit = edge or approx
        if hit and m.value.mod is None:
            word = " ".join(hit["w"].lower().split())
            mod = _edge_mod(word) if hit is edge else _APPROX_MOD.get(word, "APPROX")
            start = m.start - (len(before) - hit.start("w"))
            m = m.model_copy(update={"start": start, "text": text[start:m.end],
                                     "value": m.value.model_copy(update={"mod": mod})})
        out.append(m)
    return out


def _edge_mod(word: str) -> str:
    if word.startswith(("mid", "the middle")):
        return "MID"
    if word.startswith(("early", "earlier", "the start", "the beginning")):
        return "START"
    return "END"


def _join_clock_and_day(mentions: list[Mention], text: str) -> list[Mention]:
    """"15:00 GMT Saturday", "Saturday at 3 p.m.": a time and the day it falls on become one mention."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _CLOCK_GAP.match(text[prev.end:m.start]):
            joined = _join(prev, m, text)
            if joined is not None:
                out[-1] = joined
                continue
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


def _link_ranges(mentions: list[Mention], text: str, groups: int) -> tuple[list[Mention], int]:
    """Link "between A and B", "from A to B", "A through B": one group, and A takes B's year if it lacks one."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.group is not None or b.group is not None or a.value.timex_type != "DATE" or b.value.timex_type != "DATE":
            continue
        gap = text[a.end:b.start]
        if not _RANGE_GAP.match(gap):
            continue
        headed = _RANGE_HEAD.search(text[max(0, a.start - 9):a.start]) is not None
        if not headed and gap.strip().lower() in {"and", ""}:
            out[i] = a.model_copy(update={"value": _share_year(a.value, b.value)})  # "spring and summer of 1979"
            continue
        if not headed and type(a.value) is not type(b.value):
            continue  # "a revision Friday to December's figures": only like ends make a range unheaded
        groups += 1
        out[i] = a.model_copy(update={"group": groups, "value": _share_year(a.value, b.value)})
        out[i + 1] = b.model_copy(update={"group": groups})
    return out, groups


def _share_year(first, second):  # type: ignore[no-untyped-def]
    """The first of two dates (range ends or "X and Y") written without its year takes the second's."""
    if isinstance(first, YearPart) and isinstance(second, YearPart) and first.part[0] not in "QH":
        if first.year is None and first.shift is None and first.direction == "auto" and second.year is not None:
            order = ("SP", "SU", "FA", "WI")
            later = first.part in order and second.part in order and order.index(first.part) > order.index(second.part)
            return first.model_copy(update={"year": second.year - 1 if later else second.year})
        return first
    if not (isinstance(first, CalendarDate) and isinstance(second, CalendarDate)):
        return first
    if first.year is not None or second.year is None or first.month is None:
        return first
    year = second.year - 1 if second.month is not None and first.month > second.month else second.year
    return first.model_copy(update={"year": year})
