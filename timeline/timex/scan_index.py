"""The tables a scan reads: which rules each trigger word opens windows for, and how each rule is searched.

Built once, at import, from the rules and their triggers (:mod:`timeline.timex.triggers`),
and read on every text by :mod:`timeline.timex.scan_windows` and :mod:`timeline.timex.scan`:
apart from them so that the search reads as a loop over ready tables. Here are the rules
in the order the scan tries them (:data:`RULES`); the rules that share one window list
(:data:`_WINDOWS_OF`); each trigger word's rules with the reach of their windows, those
read near a pair of words or only after some word (:data:`_RULES_BY_WORD`); the rules
bound to a month or weekday name (:func:`name_bound`), not read near one written in lower
case; and each rule's locators (:mod:`timeline.timex.scan_locate`), the short ones
skipping the window's last characters, where no match starts (:data:`_TAILS`).

>>> [RULES[i].name for i in (0, _WINDOWS_OF[0])] == [RULES[0].name] * 2
True
"""

from __future__ import annotations

import re

from timeline.timex import absolute, durations, periods, ranges, relative, seasons, sets, times, weekday
from timeline.timex.lexicon import LEXICON, SHAPES
from timeline.timex.patterns import _re_parser, always_holds, first_characters
from timeline.timex.rule import MONTH, MONTH_FULL, WEEKDAY, WEEKDAY_FULL, Rule
from timeline.timex.scan_locate import lead_locator, locator
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


# Rules that can start with this many lower-case letters or more start in the middle of most words: their lead
# locators (scan_locate.lead_locator), stepping on the character before a start, are tried less often there. Rule
# index -> whether it is searched so (a duration's count, an offset's "a", "two", "the"; 18 rules). Instructions of
# a pass over TBAQ (callgrind, HEAD be0d42c 1194.2M) with 4, 6, 8, 10, 12, 14 letters: 1190.1, 1185.4, 1183.2,
# 1179.0 (-1.27%), 1187.7, 1195.2M; at HEAD c57bf4f 9 letters 1162.3M, 10 and 11 1163.1M. A rule that starts with
# fewer, a capital or a digit, is tried less often as it is.
_LEAD_LETTERS = 9
_LEADS = tuple(sum(1 for letter in "abcdefghijklmnopqrstuvwxyz"
                   if re.fullmatch(first_characters([rule.pattern], ascii_only=True), letter)) >= _LEAD_LETTERS
               for rule in RULES)


def _lead(index: int, ascii_only: bool) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The lead locators (short, full) of rule ``index`` when it is searched so, None when it is not."""
    rule, tail = RULES[index], _TAILS.get(_WINDOWS_OF[index], 0)
    if not _LEADS[index]:
        return None
    short, full = lead_locator(rule.pattern, ascii_only, tail), lead_locator(rule.pattern, ascii_only)
    return None if short is None or full is None else (short, full)


_LEAD_LOCATORS = tuple(_lead(index, False) for index in range(len(RULES)))
_ASCII_LEAD_LOCATORS = tuple(_lead(index, True) for index in range(len(RULES)))
