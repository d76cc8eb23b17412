"""Find every rule's matches fast, without changing them.

One scan finds the trigger words (on bytes, every non-letter a space) and one the
character shapes (years, clocks); each rule is tried only in windows around its
triggers, and there through a *locator*: a pattern that steps in C over the
characters the rule cannot start with and tries the rule, written without
IGNORECASE, only where it can. Fewer windows: a rule whose every match holds two
of its trigger words (``Rule.pair``) is read only where two stand close, and a rule
bound to a month name (:func:`name_bound`) not near one written in lower case ("may").
Fewer tries: no match starts past the last trigger word of its window, so a locator
skips the window's last characters (:data:`_TAILS`). :func:`all_candidates` runs every rule's own pattern over the whole text: the slow
reference :func:`candidates` is tested against.

>>> [(c[0], c[1], c[5]) for c in candidates("Talks resume on Sunday.")]
[(16, 22, 'weekday')]
>>> sorted(candidates("Talks resume on Sunday.")) == sorted(all_candidates("Talks resume on Sunday."))
True
"""

from __future__ import annotations

import re

from timeline.timex import absolute, durations, periods, ranges, relative, seasons, sets, times, weekday
from timeline.timex.lexicon import LEXICON, SHAPES, trie_pattern, word_pattern
from timeline.timex.patterns import (ANY_CHARACTER, _re_parser, always_holds, case_sensitive, first_characters,
                                     narrow, outside_ascii)
from timeline.timex.rule import BOUNDARY, MONTH, MONTH_FULL, NOT_BEFORE, WEEKDAY, WEEKDAY_FULL, Piece, Rule
from timeline.timex.triggers import TRIGGERS, Trigger

RULES: tuple[Rule, ...] = (absolute.RULES + periods.RULES + seasons.RULES + weekday.RULES + relative.RULES
                           + durations.RULES + sets.RULES + times.RULES + ranges.RULES)

# A window ends this far past the longest match, so that trailing lookaheads ("2000 people") see real text.
_LOOKAHEAD = 16
# Rules tried near the same words with the same reach have the same windows: found once, for the first of them
# (the two counted durations, the cued and the shifted month...). Rule index -> the rule index whose windows it takes.
_SIGNATURES: dict[tuple[Trigger, int], int] = {}
_WINDOWS_OF = tuple(_SIGNATURES.setdefault((TRIGGERS[r.name], r.pair), i) for i, r in enumerate(RULES))
_SHARED = tuple((index, first) for index, first in enumerate(_WINDOWS_OF) if index != first)
# Rules read only where two of their trigger words stand close (Rule.pair), each with its place in the list
# of the last such word seen
_PAIRED = tuple(index for index, rule in enumerate(RULES) if rule.pair > 0 and _WINDOWS_OF[index] == index)
# Rules with pairs of trigger words (Trigger.pairs), each pair's second word with its place in the same list, after
# those of _PAIRED: the first word of a pair marks it, the second opens a window where it is marked close enough
_WORD_PAIRS = tuple((index, second) for index, rule in enumerate(RULES) if _WINDOWS_OF[index] == index
                    for second in sorted({b for _, b in TRIGGERS[rule.name].pairs}))
# trigger word -> the rules read near it, each as (rule index, characters a match may start before the word,
# end after it, the lookahead included), and the rules read near two of their words, each as (rule index,
# characters before the first word, after the second, the farthest the second starts after the first, place;
# a reach of -1 only marks the place), and the rules read near it only right after one of some words
# (Trigger.after_word), as a map from the word before to those rules, each as in the first, and all of them
_Rules = tuple[tuple[tuple[int, int, int], ...], tuple[tuple[int, int, int, int, int], ...],
               tuple[dict[str, tuple[tuple[int, int, int], ...]], tuple[tuple[int, int, int], ...]]]
_RULES_BY_WORD: dict[str, _Rules] = {}
_NO_AFTER_WORD: tuple[dict[str, tuple[tuple[int, int, int], ...]], tuple[tuple[int, int, int], ...]] = ({}, ())


def _add_rule_of_word(word: str, single: tuple[int, int, int] | None = None,
                      pair: tuple[int, int, int, int, int] | None = None,
                      after_word: tuple[int, int, int, frozenset[str]] | None = None) -> None:
    singles, pairs, after_words = _RULES_BY_WORD.get(word, ((), (), _NO_AFTER_WORD))
    if after_word:  # (word before -> its rules, every rule)
        by_first, every = after_words
        rule = after_word[:3]
        by_first = {**by_first, **{first: by_first.get(first, ()) + (rule,) for first in after_word[3]}}
        after_words = (by_first, every + (rule,))
    _RULES_BY_WORD[word] = (singles + ((single,) if single else ()), pairs + ((pair,) if pair else ()), after_words)


for _index, _rule in enumerate(RULES):
    if _WINDOWS_OF[_index] != _index:
        continue
    _trigger = TRIGGERS[_rule.name]
    # a rule with word pairs: each single word's window reaches back as far as a pair's, so that the windows of
    # the rule still open in the order they start (_flat_windows merges a window only into the last one)
    _before = _trigger.before + _trigger.reach
    for _word in _trigger.words:
        if _index in _PAIRED:
            _add_rule_of_word(_word, pair=(_index, _trigger.before, _trigger.after + _LOOKAHEAD, _rule.pair,
                                           _PAIRED.index(_index)))
        else:
            _add_rule_of_word(_word, single=(_index, _before, _trigger.after + _LOOKAHEAD))
    for _first, _second in sorted(_trigger.pairs):
        _place = len(_PAIRED) + _WORD_PAIRS.index((_index, _second))
        _add_rule_of_word(_first, pair=(_index, _trigger.before, _trigger.after + _LOOKAHEAD, -1, _place))
    for _place, (_paired, _second) in enumerate(_WORD_PAIRS, len(_PAIRED)):
        if _paired == _index:
            _add_rule_of_word(_second, pair=(_index, _trigger.before, _trigger.after + _LOOKAHEAD, _trigger.reach,
                                             _place))
    for _second in sorted({b for _, b in _trigger.after_word}):
        _firsts = tuple(sorted(a for a, b in _trigger.after_word if b == _second))
        _add_rule_of_word(_second, after_word=(_index, _before, _trigger.after + _LOOKAHEAD, frozenset(_firsts)))

def name_bound(rule: Rule) -> bool:
    """Whether every match of ``rule`` holds a month or weekday name that is one of its trigger words.

    Names match Capitalised or UPPER only (:mod:`timeline.timex.lexicon`): such a rule
    has nothing to find near a trigger word written in lower case ("may", "he sat"), and
    every match it has lies in the window of its own name. Read from the pattern: each
    name pattern of :mod:`timeline.timex.rule` in it is replaced by a mark that every match
    must then hold (:func:`~timeline.timex.patterns.always_holds`), if each word it reads
    is a trigger word of the rule, which has no other.

    >>> [name_bound(r) for r in RULES if r.name in ("month-year", "cued-month-on", "that-named")]
    [True, False, False]
    """
    words, source = TRIGGERS[rule.name].words, rule.pattern.pattern
    if not words <= _NAME_WORDS:
        return False
    for fragment, kind in _NAME_PATTERNS:
        read = {word for word in LEXICON.table(kind) if re.fullmatch(fragment, word.title())}
        if fragment in source and read <= words:
            source = source.replace(fragment, _MARK)
    try:
        return always_holds(re.compile(source, rule.pattern.flags), _MARK)
    except re.error:  # the mark left a pattern that does not compile: not read
        return False


_NAME_WORDS = frozenset(LEXICON.table("month")) | frozenset(LEXICON.table("weekday"))
# the longest first: none holds another, but a longer one read first could never be cut by a shorter
_NAME_PATTERNS = sorted(((MONTH, "month"), (MONTH_FULL, "month"), (WEEKDAY, "weekday"), (WEEKDAY_FULL, "weekday")),
                        key=lambda p: -len(p[0]))
_MARK = "\x00"
# name word -> its rules as in _RULES_BY_WORD, less the rules whose windows serve only rules bound to a name
# (:func:`name_bound`): read where the word is written in lower case. Rules read near two words keep every word
# (their last word seen must be the one before).
_BOUND = frozenset(first for first in set(_WINDOWS_OF)
                   if all(name_bound(RULES[i]) for i, f in enumerate(_WINDOWS_OF) if f == first))
_RULES_BY_LOWER_NAME = {word: (tuple(s for s in singles if s[0] not in _BOUND), pairs, after_words)
                        for word, (singles, pairs, after_words) in _RULES_BY_WORD.items() if word in _NAME_WORDS}
# a start no first word has: every hit (at 0 or later) stands more than its rule's pair after it
_NO_LAST = tuple([-RULES[index].pair - 1 for index in _PAIRED]
                 + [-TRIGGERS[RULES[index].name].reach - 1 for index, _ in _WORD_PAIRS])
_NO_RULES: _Rules = ((), (), _NO_AFTER_WORD)
# The run of letters right before a hit and one blank: a word of Trigger.after_word holds no other character. Read
# from at most the longest such word and its blank before the hit: a longer run is cut to its end, a window the more.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s\Z")
_AFTER_WORD_REACH = max((len(first) + 1 for t in TRIGGERS.values() for first, _ in t.after_word), default=0)

# Trigger words are whole runs of ASCII letters of the lower-cased text. Every other character becomes a space
# (non-ASCII ones too, one byte each, so positions stay), and the scan runs on those bytes starting with a
# literal space: the regex engine jumps from space to space in C. Should a trigger word ever hold another
# character, the scan runs on the lower-cased text itself (slower, same hits).
_TRIGGER_WORDS = sorted({w for t in TRIGGERS.values() for w in t.scanned if not w.startswith("@")})
_NOT_LETTER_TO_SPACE = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# The characters outside ASCII whose lower case holds an ASCII letter (dotted capital I, Kelvin sign)
_LOWER_TO_ASCII_LETTER = re.compile("[\u0130\u212a]")
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


def locator(pattern: re.Pattern[str], ascii_only: bool = False, tail: int = 0) -> re.Pattern[str]:
    """A pattern whose matches start exactly where ``pattern`` matches, but which is faster to search for.

    It steps only on the characters ``pattern`` can start with (the regex engine
    skips the others in C), looks back one character and tries ``pattern``,
    rewritten without IGNORECASE, from there. Its own match is that one
    character: read the real match with ``pattern.match`` at its start. With
    ``ascii_only`` it is right for :func:`~timeline.timex.patterns.narrow` text only (ASCII, or with
    typographic quotes and dashes). Falls back to ``pattern``
    itself when the starting characters cannot be read.

    With ``tail``, it finds only the starts at least ``tail`` characters before the end of
    the text searched (``endpos``): a test the regex engine makes at once, before the pattern.

    >>> name, text = re.compile(r"(?<!\\w)[A-Z]\\w+"), "on Sunday and Monday"
    >>> [(tail, locator(name, True, tail).search(text, 4)) for tail in (0, 6, 7)][1:]
    [(6, <re.Match object; span=(14, 15), match='M'>), (7, None)]
    """
    first = first_characters([pattern], ascii_only=ascii_only)
    if first == ANY_CHARACTER:
        return pattern
    # ".{n}" after the first character: the regex engine sees at once whether n characters are left there
    first += f"(?=(?s:.){{{tail - 1}}})" if tail > 1 else ""
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
# Rule index -> its locator, for any text and (faster) for narrow text (ASCII, or with typographic quotes).
_LOCATORS = tuple(locator(rule.pattern) for rule in RULES)
_ASCII_LOCATORS = tuple(locator(rule.pattern, ascii_only=True) for rule in RULES)


def _least_width(pattern: re.Pattern[str]) -> int:
    """The fewest characters a match of ``pattern`` spans (0, no bound, when unread).

    >>> _least_width(SHAPES["@year"]), _least_width(re.compile("a+"))
    (3, 1)
    """
    try:
        return int(_re_parser.parse(pattern.pattern, pattern.flags).getwidth()[0])
    except (AttributeError, TypeError, ValueError, KeyError):  # a Python whose parser looks different
        return 0


# Every match of a rule holds one of its trigger words (a window reaches ``before`` characters back from the word
# for a match to start there), so none starts past the last trigger word of its window; and a window reaches past
# the start of each of its words by the word and the rule's ``after`` (the lookahead included). Rule index -> the
# fewest characters that gives, the least of its words: its locator's ``tail`` in a window the text's end did not
# cut. Starts past the last trigger word were 43% of the places where a rule's pattern was tried (a pass over TBAQ:
# 24,000 of 57,700 tries; its searches 62 -> 55 ms).
_TAILS: dict[int, int] = {}
for _word, (_singles, _pairs, (_, _every)) in _RULES_BY_WORD.items():
    for _index, _, _after, *_ in _singles + _pairs + _every:
        _width = _least_width(SHAPES[_word]) if _word in SHAPES else len(_word)
        _TAILS[_index] = min(_TAILS.get(_index, _width + _after), _width + _after)
_SHORT_LOCATORS = tuple(locator(rule.pattern, tail=_TAILS.get(_WINDOWS_OF[i], 0)) for i, rule in enumerate(RULES))
_ASCII_SHORT_LOCATORS = tuple(locator(rule.pattern, ascii_only=True, tail=_TAILS.get(_WINDOWS_OF[i], 0))
                              for i, rule in enumerate(RULES))


def search(pattern: re.Pattern[str], locator: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, the first match found through ``locator`` (see :func:`locator`)."""
    if locator is pattern:
        return pattern.search(text)
    hit = locator.search(text)
    return None if hit is None else pattern.match(text, hit.start())


def candidates(chunk: str) -> list[tuple[int, int, int, int, tuple[Piece, ...], str]]:
    """Every rule's matches, each rule tried only in windows around its trigger words.

    One pass of :data:`_TRIGGER` and one of :data:`_SHAPE` find where each rule
    could match; the rule's own pattern then runs only over those windows.
    Lookbehinds still see the real text before a window.
    """
    size = len(chunk)
    windows = _window_map(_hits(chunk), size, chunk)
    # ASCII text, or text whose other characters are no word or space (typographic quotes, dashes): the fast ones
    fast = narrow(chunk)
    locators, short_locators = (_ASCII_LOCATORS, _ASCII_SHORT_LOCATORS) if fast else (_LOCATORS, _SHORT_LOCATORS)
    found: list[tuple[int, int, int, int, tuple[Piece, ...], str]] = []
    # only the rules with a window, in the order of RULES
    for index in sorted(windows):
        rule, short, full, done, spans = RULES[index], short_locators[index].search, locators[index].search, 0, \
            windows[index]
        bounds = iter(spans)
        for start, end in zip(bounds, bounds):  # the flat list's (start, end) pairs
            # no match starts past the window's last trigger word (_TAILS), unless the text's end cut the window
            search = short if end < size else full
            # search() instead of finditer(): most windows hold no match, and one call is cheaper than an iterator.
            hit = search(chunk, start if start > done else done, end)
            while hit is not None:
                # The match read on the whole text, as finditer over the text reads it: the window's end may cut
                # a word the rule needs whole ("5 week|s", "1 week|a"), and a match may run past it.
                match = rule.pattern.match(chunk, hit.start())
                if match is None:  # only the cut text matched here: look on
                    hit = search(chunk, hit.start() + 1, end)
                    continue
                if match.end() == match.start():  # an empty match: finditer knows how to step past it
                    _match_rule(index, rule, chunk, match.start(), end, found)
                    break
                _add_match(index, rule, match, found)
                done = match.end()
                hit = search(chunk, done, end)
    return found


def all_candidates(chunk: str) -> list[tuple[int, int, int, int, tuple[Piece, ...], str]]:
    """Every rule over the whole chunk: the slow reference for :func:`candidates`."""
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
    for match in _shape_matches(chunk):
        for group, name in enumerate(_SHAPE_NAMES, 1):
            start = match.start(group)
            if start >= ends[group - 1]:  # -1 when this shape does not match here
                ends[group - 1] = end = match.end(group)
                hits.append((start, end, name))
    hits.sort()
    return hits


# Where a shape can start, read on the text's bytes (one a character, any outside ASCII a "?"): a digit, an apostrophe
# or a "?" (the typographic one, a digit outside ASCII) becomes "0", the characters a shape holds after its first stay,
# every other becomes a space. Each shape of lexicon.SHAPES starts with a digit or an apostrophe followed by two digits
# (a year, "'97", an ISO date), by a full stop or colon and two digits (a clock), a slash and a digit, "0s" (a decade)
# or an ordinal's letters ("3rd"). A search for that steps from "0" to "0" in C, and _SHAPE, whose first character is
# a class, is tried at a few of the places it stepped through character by character (5.7 -> 4.7 ms a TBAQ pass).
_SHAPE_MARKS = bytes(48 if 48 <= c <= 57 or c in b"'?" else c if c in b":./sntdrh" else 32 for c in range(256))
_SHAPE_AT = re.compile(rb"0(?=00|0s|[:.]00|/0|st|nd|rd|th)")


def _shape_matches(chunk: str) -> list[re.Match[str]]:
    """``list(_SHAPE.finditer(chunk))``: each of its matches is one character long, so finditer tries every place
    and gives the match of each that has one; here only the places :data:`_SHAPE_AT` finds are tried.

    >>> [m.start() for m in _shape_matches("On 3rd May '97, 10:30 in the 1990s")] == [
    ...     m.start() for m in _SHAPE.finditer("On 3rd May '97, 10:30 in the 1990s")]
    True
    """
    match, found = _SHAPE.match, []
    for at in _SHAPE_AT.finditer(chunk.encode("ascii", "replace").translate(_SHAPE_MARKS)):
        shape = match(chunk, at.start())
        if shape is not None:
            found.append(shape)
    return found


def _trigger_hits(chunk: str, trigger: re.Pattern[bytes] | re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The trigger words of ``chunk`` as ``(start, end, word)``: through the byte scan, or on the text."""
    if isinstance(trigger.pattern, str):
        return [(m.start(), m.end(), m.group()) for m in trigger.finditer(chunk.lower())]  # type: ignore[misc]
    # The leading space stands for the start of the text: a word there has a non-letter before it. The bytes are
    # lower-cased, faster than a str holding any non-ASCII character is: the same letters, but for the two
    # characters outside ASCII that lower-case to an ASCII letter (tests/timex/test_recognise_speed.py)
    if _LOWER_TO_ASCII_LETTER.search(outside_ascii(chunk)) is None:
        letters = (" " + chunk).encode("ascii", "replace").lower().translate(_NOT_LETTER_TO_SPACE)
    else:
        letters = (" " + chunk.lower()).encode("ascii", "replace").translate(_NOT_LETTER_TO_SPACE)
    return [(m.start(1) - 1, m.end(1) - 1, m[1].decode()) for m in trigger.finditer(letters)]  # type: ignore[misc]


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
