"""A past form that is no past tense where it stands: a participle after "be" or "to" ("to be held"),
an adjective before a noun ("a still unspecified date"), or the participle of a perfect ("has risen").

:mod:`timeline.timex.tense_decide` asks these before it lets an -ed form or an irregular past
say "past".

>>> is_participle("held", 0.0, ["to", "be", "held"], [])
True
"""

from __future__ import annotations

import re

from timeline.timex.verbs import BE_FORMS, PAST, PAST_BE, PLACING, PREMODIFIERS, STATES

# Stems of the reversative un- verbs: un- undoes a covering, fastening or holding ("unveil", "unlock", "unearth");
# "unveiled" is that verb's past, not the "not veiled" of "unspecified" (un- + a participle: not specified)
_REVERSIBLE = frozenset("veil leash cover lock fold seal earth load pack wrap roll tie plug zip button buckle chain "
                        "mask screw bolt hook tangle ravel furl burden horse seat cork clog clasp hitch fasten "
                        "shackle freeze block jam knot pin lace".split())


def _un_adjective(word: str) -> bool:
    """Whether an -ed word is un- + a participle, an adjective ("unspecified", "undisclosed", "unnamed"), not
    the past of a reversative un- verb ("unveiled", "unleashed", "unearthed") nor an under- verb ("undermined").

    >>> _un_adjective("unspecified"), _un_adjective("unexpected"), _un_adjective("unveiled")
    (True, True, False)
    >>> _un_adjective("unleashed"), _un_adjective("underscored"), _un_adjective("unfolded"), _un_adjective("used")
    (False, False, False, False)
    """
    if not (word.startswith("un") and word.endswith("ed") and len(word) > 6) or word.startswith("under"):
        return False
    stem = word[2:-2]
    return not any(stem in (verb, verb[:-1], verb + verb[-1]) for verb in _REVERSIBLE)


def is_adjective(word: str, position: float, before: list[str]) -> bool:
    """An -ed form that modifies a noun: after a determiner or degree word, or an un- adjective.

    Parameters
    ----------
    word : str
        The lower-cased -ed form.
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.

    Returns
    -------
    bool
        True when the form is an adjective, no verb with a tense.

    Examples
    --------
    >>> is_adjective("scheduled", 2.0, "the scheduled vote on".split())
    True
    >>> is_adjective("scheduled", 1.0, "it was scheduled on".split())
    False
    >>> is_adjective("unnamed", 0.0, [])
    True
    """
    if not word.endswith("ed"):
        return False
    if _un_adjective(word):  # unspecified, undisclosed, unnamed
        return True
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    if index + 1 < len(before) and before[index + 1] in _PREPOSITIONS:
        return False  # "the season that opened on Sept. 1": a relative clause's verb; an adjective takes a noun
    return index > 0 and before[index - 1] in PREMODIFIERS


# The prepositions that place an event at a time, and those that also bound one ("since")
_PREPOSITIONS = PLACING | frozenset("since until till by".split())


AUXILIARIES = PAST_BE | frozenset("had did been".split())
# After these a past form is a participle or an adjective: "to be held", "survivors remain scarred"; after "if" or
# "unless" it opens a condition with no subject or tense of its own ("If confirmed on Tuesday, she would ..."), which
# looks ahead as any condition does ("once" and "when" may tell the past: "When asked on Monday, he declined")
_PASSIVE_HEADS = BE_FORMS | frozenset("is are to if unless".split()) | STATES
# A clause of time opened by a participle has no tense either: the main clause's decides ("Once elected on Tuesday,
# she will move", "When asked on Monday, he declined"); "Though elected in March" concedes a fact, its past stays
_TENSELESS_HEADS = frozenset("once when".split())
# A prefix the word splitter leaves apart: "re-elected" is read "re", "elected"
_PREFIXES = frozenset("re co pre un de over under out mis".split())


def is_participle(word: str, position: float, before: list[str], after: list[str]) -> bool:
    """A past form after "be"/"to" ("must be returned", "to be held") or "if"/"unless" ("if confirmed") is a
    participle, not a past tense.

    Parameters
    ----------
    word : str
        The lower-cased past form.
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.
    after : list of str
        The lower-cased words right of the expression, in text order.

    Returns
    -------
    bool
        True when the word before is a form of "be", "to", "if", "unless" or a verb of state.

    Examples
    --------
    >>> is_participle("held", 1.0, "to be held on".split(), [])
    True
    >>> is_participle("held", 1.0, "talks were held on".split(), [])
    False
    >>> is_participle("confirmed", 1.0, "if confirmed on".split(), [])
    True
    >>> is_participle("elected", 1.0, "if re elected on".split(), []), is_participle("elected", 1.0, "once elected on".split(), [])
    (True, True)
    >>> is_participle("asked", 1.0, "he smiled when asked on".split(), [])
    False
    """
    if not (word.endswith("ed") or word in PAST) or word in AUXILIARIES:
        return False
    if position == int(position):  # left side: index counts back from the expression
        words, index = before, len(before) - 1 - int(position)
    else:
        words, index = after, int(position)
    previous = words[index - 1] if index > 0 else ""
    if previous in _PREFIXES and index > 1:  # "if re-elected on Tuesday"
        index, previous = index - 1, words[index - 2]
    return previous in _PASSIVE_HEADS or previous in _TENSELESS_HEADS and index == 1


PERFECT = re.compile(r"[a-z]{3,}(?:ed|en|wn)$")
NOT_PARTICIPLES = frozenset("often seven eleven women children citizen golden garden kitchen listen happen "
                             "open even given".split())


def participle_follows(position: float, before: list[str], after: list[str]) -> bool:
    """Whether the word after "has"/"have" is a past participle: "has risen", "have grown", "has been".

    Parameters
    ----------
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.
    after : list of str
        The lower-cased words right of the expression, in text order.

    Returns
    -------
    bool
        True when the word after the one at ``position`` is a participle.

    Examples
    --------
    >>> participle_follows(2.0, "prices have risen since".split(), [])
    True
    >>> participle_follows(2.0, "prices have often since".split(), [])
    False
    """
    if position == int(position):
        index = len(before) - int(position)
        following = before[index] if index < len(before) else (after[0] if after else "")
    else:
        following = after[int(position) + 1] if int(position) + 1 < len(after) else ""
    return following in PAST or (bool(PERFECT.match(following)) and following not in NOT_PARTICIPLES)


def after_had(position: float, before: list[str]) -> bool:
    """Whether "had" stands at most four words before the left-side word at ``position``.

    Parameters
    ----------
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.

    Returns
    -------
    bool
        True after "had" (a past perfect); always False on the right side.

    Examples
    --------
    >>> after_had(1.0, "he had left on".split()), after_had(1.0, "he has left on".split())
    (True, False)
    """
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    return "had" in before[max(0, index - 4):index]
