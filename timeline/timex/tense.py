"""A small tense detector for the clause around a temporal expression.

It reads the words either side of the expression, inside its sentence, and lets
the nearest tense cue decide: auxiliaries and modals ("will", "would", "is to",
"plans to") say future; past auxiliaries, "said" and past-tense morphology
("-ed", irregular forms) say past; present auxiliaries say present. That is all
phase 2 needs to choose between the Sunday before and the Sunday after the DCT.

>>> clause_tense("Officials said on Sunday that talks failed.", 18, 24)
'past'
>>> clause_tense("The leaders will meet on Sunday in Paris.", 25, 31)
'future'
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "present", "future"]

_FUTURE = frozenset("will 'll shall won't wo gonna would 'd upcoming scheduled expected must should "
                    "expects intends intend aims slated expire expires expiring payable".split())
_PAST = frozenset("was were had did said told went came met began saw took made gave got held left won lost fell "
                  "rose struck brought sold found became thought knew grew led ran spoke wrote sent bought "
                  "sought caught taught built spent kept felt meant heard stood understood drove rode broke "
                  "chose stole woke sank sang rang drank ate fled bled fed shook threw flew drew withdrew "
                  "overthrew forgot hung swung stuck dug hid bit lit sat laid lay slid wore tore swore "
                  "fought hit put cut paid shot killed announced reported ago been set".split())
_PRESENT = frozenset("is are am has have does do says say".split())
_NOT_PAST = frozenset("need feed seed speed bed red shed weed deed breed bleed indeed hundred "
                      "united based related limited proposed alleged".split())
_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"'(])|\n\s*\n")


def clause_tense(text: str, start: int, end: int, window: int = 8) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, or None when no cue is near.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The expression's span.
    window : int
        How many words either side to read.

    Returns
    -------
    {"past", "present", "future"} or None
    """
    left, right = _clause_sides(text, start, end, window)
    if right.startswith(("'s", "\u2019s")):
        return "past"  # "Wednesday's ruling", "Thursday's closing price": news names events gone by
    written = _WORD.findall(left)[-window:], _WORD.findall(right)[:window]
    before, after = [w.lower() for w in written[0]], [w.lower() for w in written[1]]  # lowered once
    if before and before[-1] in _DEADLINE and "had" not in before and "had" not in after:
        return "future"  # "until Tuesday", "by Jan. 14": a deadline lies ahead, unless "had filed by Wednesday"
    if before[-3:] == ["as", "soon", "as"]:
        return "future"  # "as soon as Tuesday": the earliest of times still to come
    candidates = [(float(i), w) for i, w in enumerate(reversed(before))] + [(i + 0.5, w) for i, w in enumerate(after)]
    for position, word in sorted(candidates):
        if word not in _CUE_WORDS and not word.endswith("ed"):
            continue  # most words: no cue, and nothing _decide could read from them
        decided, tense = _decide(word, position, before, after, written)
        if decided:
            return tense
    return None


_UNDECIDED: tuple[bool, Tense | None] = (False, None)


def _decide(word: str, position: float, before: list[str], after: list[str],
            written: tuple[list[str], list[str]]) -> tuple[bool, Tense | None]:
    """Whether the (lower-cased) word at ``position`` decides the tense, and which.

    ``position`` counts words away from the expression: whole numbers on its left, halves on its
    right. ``written`` holds both sides as written, for the tests that need capitals.
    """
    left = position == int(position)
    if word in _FUTURE:
        # before the participle test: "is scheduled to close Monday"; but "had been due to expire
        # Friday", "had planned": a past perfect puts the plan itself in the past
        return True, "past" if _after_had(position, before) else "future"
    if _is_participle(word, position, before, after):
        return _UNDECIDED
    if word in _BE and left and _followed_by_to(position, before):
        return True, "future"  # "is to resume trading Tuesday"
    if word in _PLAN and left:
        # "planned to leave on Thursday": the plan's date is ahead of the planning;
        # "planned a rally on Saturday": the date may lie either side of the planning
        return True, "future" if _followed_by_to(position, before) or word == "planning" else None
    if word in _MODAL_AHEAD and _bare_verb_follows(position, *written):
        return True, "future"  # "can take part in the summit in April"
    if _is_adjective(word, position, before) or (word not in _AUXILIARIES
                                                 and _infinitive_between(position, written[0])):
        return _UNDECIDED  # "a still unspecified date"; "agreed to acquire the bank in January"
    tense = _cue(word)
    if tense == "past" and before and before[-1] in _UNBOUND:
        return True, None  # "extended to Nov. 16", "planned for March": the verb's past is not the date's
    return (True, tense) if tense is not None else _UNDECIDED


_QUOTES = re.compile("''|``|[\"\u201c\u201d]")


def _clause_sides(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """The text either side of the expression, cut at sentence ends and quotation marks.

    A quotation mark bounds a clause: in ``"He will leave Thursday," Castro said`` the
    quoted clause's "will" governs Thursday, not the attribution's "said".
    """
    left = text[max(0, start - 12 * window):start]
    right = text[end:end + 12 * window]
    cut = list(_SENTENCE_END.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    quote = list(_QUOTES.finditer(left))
    if quote:
        left = left[quote[-1].end():]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[:stop.start()]
    quote_right = _QUOTES.search(right)
    if quote_right:
        right = right[:quote_right.start()]
    return left, right


_DEADLINE = frozenset("until till by".split())
_UNBOUND = frozenset("to for through".split())
_BE = frozenset("is are was were".split())
_PLAN = frozenset("plan plans planned planning".split())
_MODAL_AHEAD = frozenset("can may might".split())
_PREMODIFIERS = frozenset("a an the its their his her our this that these those still as so newly "
                          "previously recently already once long".split())
_INFINITIVE_HEAD = re.compile(r"[a-z]+$")
_NOT_VERBS = frozenset("a an the its their his her our this that these those be".split())
# Every word _decide reads anything from, but for -ed forms; the rest are skipped unread.
_CUE_WORDS = _FUTURE | _PAST | _PRESENT | _BE | _PLAN | _MODAL_AHEAD


def _is_adjective(word: str, position: float, before: list[str]) -> bool:
    """An -ed form that modifies a noun: after a determiner or degree word, or an un- adjective."""
    if not word.endswith("ed"):
        return False
    if word.startswith("un") and len(word) > 6:  # unspecified, undisclosed, unnamed
        return True
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    return index > 0 and before[index - 1] in _PREMODIFIERS


def _infinitive_between(position: float, before: list[str]) -> bool:
    """Whether "to" + a verb stands between a left-side word and the expression (``before`` as written).

    In "agreed to acquire the bank in January" the date belongs to the acquiring,
    which the past of "agreed" does not place.
    """
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    for i in range(index + 1, len(before) - 1):
        following = before[i + 1]
        if before[i].lower() == "to" and _INFINITIVE_HEAD.match(following) and following not in _NOT_VERBS:
            return True
    return False


def _bare_verb_follows(position: float, before: list[str], after: list[str]) -> bool:
    """A modal followed by a plain verb ("can take"), not by "have" ("may have met": past)."""
    words = before[len(before) - int(position):] if position == int(position) else after[int(position) + 1:]
    return bool(words) and words[0].lower() not in {"have", "not", "be"} and words[0].islower()


def _after_had(position: float, before: list[str]) -> bool:
    """Whether "had" stands at most four words before the left-side word at ``position``."""
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    return "had" in before[max(0, index - 4):index]


def _followed_by_to(position: float, before: list[str]) -> bool:
    """Whether the left-side word at ``position`` (counted back from the expression) is followed by "to"."""
    index = len(before) - 1 - int(position)
    return index + 1 < len(before) and before[index + 1] == "to"


_AUXILIARIES = frozenset("was were had did been".split())
_PASSIVE_HEADS = frozenset("be been being is are to".split())


def _is_participle(word: str, position: float, before: list[str], after: list[str]) -> bool:
    """A past form after "be"/"to" ("must be returned", "to be held") is a participle, not a past tense."""
    if not (word.endswith("ed") or word in _PAST) or word in _AUXILIARIES:
        return False
    if position == int(position):  # left side: index counts back from the expression
        index = len(before) - 1 - int(position)
        previous = before[index - 1] if index > 0 else ""
    else:
        index = int(position)
        previous = after[index - 1] if index > 0 else ""
    return previous in _PASSIVE_HEADS


def _cue(word: str) -> Tense | None:
    if word in _FUTURE:
        return "future"
    if word in _PAST:
        return "past"
    if word in _PRESENT:
        return "present"
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST and not word.endswith("eed"):
        return "past"
    return None
